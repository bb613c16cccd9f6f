// One case, one set of pseudonyms: end-to-end through the CLI with the real plugins.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "test_support.h"

namespace anonymiser::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(Case, ThreeDocumentsInThreeRunsShareOnePseudonymPerPerson) {
  TempDir dir;
  const std::string case_file = (dir / "case.anoncase").string();
  WriteFile(dir / "a/report.txt",
            "Shannon Okafor lives with her partner Daniel Price in Leeds. Ms Okafor told the "
            "health visitor that Daniel had been drinking.\n");
  WriteFile(dir / "b/plan.txt",
            "Action: the social worker will visit Shannon weekly. SHANNON OKAFOR'S GP will be "
            "told. Mr Price refused to engage.\n");
  WriteFile(dir / "c/press.txt",
            "The review into the care of Shannon’s son was published. Daniel Price was "
            "convicted. Okafor family members were consulted.\n");
  for (const char* d : {"a", "b", "c"}) {
    auto r =
        RunCli({"run", (dir / d).string(), "-o", (dir / "out" / d).string(), "--case", case_file});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const std::string all = ReadFile(dir / "out/a/report.txt") + ReadFile(dir / "out/b/plan.txt") +
                          ReadFile(dir / "out/c/press.txt");
  for (const char* name : {"Shannon", "SHANNON", "Okafor", "OKAFOR", "Daniel", "Price"})
    EXPECT_THAT(all, Not(HasSubstr(name))) << all;
  // Shannon is the first person of the case everywhere; Daniel the second.
  EXPECT_THAT(ReadFile(dir / "out/a/report.txt"),
              HasSubstr("Person A lives with her partner Person B"));
  EXPECT_THAT(ReadFile(dir / "out/a/report.txt"), HasSubstr("Person A told"));
  EXPECT_THAT(ReadFile(dir / "out/b/plan.txt"), HasSubstr("visit Person A weekly"));
  EXPECT_THAT(ReadFile(dir / "out/b/plan.txt"), HasSubstr("PERSON A'S GP"));
  EXPECT_THAT(ReadFile(dir / "out/b/plan.txt"), HasSubstr("Person B refused"));
  EXPECT_THAT(ReadFile(dir / "out/c/press.txt"), HasSubstr("Person A’s son"));
  EXPECT_THAT(ReadFile(dir / "out/c/press.txt"), HasSubstr("Person B was convicted"));
  // Re-running a document with the same case gives the same output.
  auto again =
      RunCli({"run", (dir / "a").string(), "-o", (dir / "again").string(), "--case", case_file});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(ReadFile(dir / "again/report.txt"), ReadFile(dir / "out/a/report.txt"));
}

TEST(Case, ANamedDraftWithKnownIdentitiesReadsLikeThePublishedReview) {
  TempDir dir;
  const auto samples = SourceDir() / "samples";
  auto r = RunCli({"run", (samples / "drafts").string(), "-o", (dir / "out").string(), "--known",
                   (samples / "case/known.csv").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "out/overview-report.txt"),
            ReadFile(samples / "expected/overview-report.txt"));
}

TEST(Case, KnownIdentitiesAreFoundInEverySpelling) {
  TempDir dir;
  WriteFile(dir / "known.csv", "original,pseudonym,type\nTyler Brennan,Baby T,PERSON\n");
  WriteFile(dir / "in/a.txt", "tyler was seen. TYLER’S cot. Brennan, Tyler (DOB withheld).\n");
  auto r = RunCli({"run", (dir / "in").string(), "-o", (dir / "out").string(), "--known",
                   (dir / "known.csv").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string out = ReadFile(dir / "out/a.txt");
  EXPECT_THAT(out, HasSubstr("BABY T’S cot"));
  EXPECT_THAT(out, Not(HasSubstr("Brennan")));
  EXPECT_THAT(out, Not(HasSubstr("TYLER")));
  EXPECT_THAT(out, Not(HasSubstr("tyler")));  // a listed identity in any case
}

TEST(Case, TheKeepListAlsoStopsFurtherOccurrencesOfAName) {
  TempDir dir;
  WriteFile(dir / "keep.txt", "Grace\n");
  WriteFile(dir / "in/a.txt", "Ms Grace Okafor visited. Grace is a value we keep.\n");
  auto r = RunCli({"run", (dir / "in").string(), "-o", (dir / "out").string(), "--keep",
                   (dir / "keep.txt").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "out/a.txt"), "Person A visited. Grace is a value we keep.\n");
}

TEST(Case, TwoProcessesOnOneCaseAgreeAndNeverDuplicateALetter) {
  TempDir dir;
  const std::string case_file = (dir / "case.anoncase").string();
  // Many documents each, naming the same people in a different order.
  for (int i = 0; i < 40; ++i) {
    WriteFile(dir / "x" / ("d" + std::to_string(i) + ".txt"),
              "Ms Amira Haddad met Mr Tomasz Nowak and Ms Li Wei" + std::to_string(i % 3) +
                  " in Leeds.\n");
    WriteFile(dir / "y" / ("d" + std::to_string(i) + ".txt"),
              "Mr Tomasz Nowak met Ms Amira Haddad and Mr Kofi Mensah" + std::to_string(i % 3) +
                  " in Leeds.\n");
  }
  const std::string cli = ShellQuote(CliPath().string());
  auto r = RunShell(cli + " run " + ShellQuote((dir / "x").string()) + " -o " +
                    ShellQuote((dir / "ox").string()) + " --case " + ShellQuote(case_file) +
                    " -q & " + cli + " run " + ShellQuote((dir / "y").string()) + " -o " +
                    ShellQuote((dir / "oy").string()) + " --case " + ShellQuote(case_file) +
                    " -q; a=$?; wait $!; b=$?; exit $((a + b))");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The same person has the same pseudonym in every output of both runs.
  std::regex haddad_x("^(Person [A-Z]+) met"), haddad_y("met (Person [A-Z]+) and");
  std::set<std::string> haddad;
  for (const auto& f : FilesBelow(dir / "ox")) {
    std::smatch m;
    std::string t = ReadFile(f);
    if (std::regex_search(t, m, haddad_x)) haddad.insert(m[1]);
  }
  for (const auto& f : FilesBelow(dir / "oy")) {
    std::smatch m;
    std::string t = ReadFile(f);
    if (std::regex_search(t, m, haddad_y)) haddad.insert(m[1]);
  }
  EXPECT_EQ(haddad.size(), 1u);
  // No pseudonym belongs to two entities, and the store is intact.
  auto list = RunCli({"case", "list", "--case", case_file});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  std::map<std::string, int> seen;
  std::istringstream lines(list.out);
  std::string line;
  while (std::getline(lines, line))
    if (line.rfind("Person ", 0) == 0 || line.rfind("Town ", 0) == 0)
      ++seen[line.substr(0, line.find('\t'))];
  EXPECT_FALSE(seen.empty());
  for (const auto& [p, n] : seen) EXPECT_EQ(n, 1) << p;
}

TEST(Case, OneBareSpellingGetsOnePseudonymWhicheverPluginFoundIt) {
  TempDir dir;
  WriteFile(dir / "in/a.txt",
            "Yours sincerely, Dr Anita Sharma, Castle Street Surgery, Haverleigh HV3 7QP\n");
  WriteFile(dir / "in/b.txt", "Jade moved to Haverleigh in 2019. Haverleigh is small.\n");
  auto r = RunCli({"run", (dir / "in").string(), "-o", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string a = ReadFile(dir / "out/a.txt"), b = ReadFile(dir / "out/b.txt");
  EXPECT_THAT(a + b, Not(HasSubstr("Haverleigh")));
  std::smatch ma, mb;
  ASSERT_TRUE(std::regex_search(a, ma, std::regex(", ([A-Za-z]+ [A-Z]+) \\[postcode\\]"))) << a;
  ASSERT_TRUE(std::regex_search(b, mb, std::regex("moved to ([A-Za-z]+ [A-Z]+) in"))) << b;
  EXPECT_EQ(ma[1], mb[1]) << a << b;
}

TEST(Case, ShortFormsOfAGivenNameAreTheSamePerson) {
  TempDir dir;
  WriteFile(dir / "in/a.txt", "William Okafor was seen. Later Bill Okafor said Bill was fine.\n");
  auto r = RunCli({"run", (dir / "in").string(), "-o", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "out/a.txt"),
            "Person A was seen. Later Person A said Person A was fine.\n");
}

TEST(Case, AnAbbreviationDefinedInBracketsIsTheBodyWhereverItIsUsed) {
  TempDir dir;
  WriteFile(dir / "in/a.txt",
            "Rent was paid to Baltic Harvest Recruitment Ltd (BHR).\nThe GLAA licenses BHR.\n");
  WriteFile(dir / "in/b.txt", "BHR's welfare officer did not reply.\n");
  auto r = RunCli({"run", (dir / "in").string(), "-o", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(
      ReadFile(dir / "out/a.txt"),
      "Rent was paid to Organisation A (Organisation A).\nThe GLAA licenses Organisation A.\n");
  EXPECT_EQ(ReadFile(dir / "out/b.txt"), "Organisation A's welfare officer did not reply.\n");
}

TEST(Case, TheCaseFileIsOwnerOnly) {
  TempDir dir;
  WriteFile(dir / "a.txt", "Ms Amira Haddad.\n");
  auto r = RunCli({"run", (dir / "a.txt").string(), "-o", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto perms = std::filesystem::status(dir / "out/case.anoncase").permissions();
  EXPECT_EQ(perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all),
            std::filesystem::perms::none);
}

TEST(Case, CaseCommandAddsListsExportsAndRemoves) {
  TempDir dir;
  const std::string c = (dir / "c.anoncase").string();
  ASSERT_EQ(RunCli({"case", "add", "Jade Brennan", "Mother", "--case", c}).exit_code, 0);
  auto list = RunCli({"case", "list", "--case", c});
  EXPECT_THAT(list.out, HasSubstr("Mother\tPERSON\tyes\tJade Brennan"));
  auto exp = RunCli({"case", "export", "--case", c});
  EXPECT_THAT(exp.out, HasSubstr("Jade Brennan,Mother,PERSON"));
  EXPECT_EQ(RunCli({"case", "remove", "Mother", "--case", c}).exit_code, 0);
  EXPECT_THAT(RunCli({"case", "list", "--case", c}).out, HasSubstr("0 entities"));
  WriteFile(dir / "junk.anoncase", "not sqlite at all, just text that is long enough ......");
  auto bad = RunCli({"case", "list", "--case", (dir / "junk.anoncase").string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("junk.anoncase"));
}

TEST(Case, ScanWritesAReviewReportAndIsIdempotent) {
  TempDir dir;
  const std::string c = (dir / "c.anoncase").string();
  WriteFile(dir / "in/a.txt", "Ms Amira Haddad moved to Leeds on 3 May 2021.\n");
  auto s1 = RunCli({"scan", (dir / "in").string(), "--case", c});
  ASSERT_EQ(s1.exit_code, 0) << s1.err;
  const std::string csv = ReadFile(dir / "scan-report.csv");
  EXPECT_THAT(csv, HasSubstr("Person A,PERSON,no,Ms Amira Haddad,1"));
  EXPECT_THAT(ReadFile(dir / "scan-report.html"), HasSubstr("<mark>Ms Amira Haddad</mark>"));
  auto s2 = RunCli({"scan", (dir / "in").string(), "--case", c});
  ASSERT_EQ(s2.exit_code, 0) << s2.err;
  EXPECT_EQ(ReadFile(dir / "scan-report.csv"), csv);
}

}  // namespace
}  // namespace anonymiser::testing
