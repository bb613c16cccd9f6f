// End-to-end tests of the CLI with the fixture redaction plugin.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sstream>

#include "test_support.h"

namespace anonymiser::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Runs the CLI with the fixture plugin folder added.
CommandResult Cli(std::vector<std::string> args, const std::string& in = "") {
  args.insert(args.begin() + 1, "--plugin-dir=" FIXTURE_PLUGIN_DIR);
  return RunCli(args, in);
}

TEST(Cli, HelpVersionAndUnknownCommand) {
  EXPECT_EQ(RunCli({"--help"}).exit_code, 0);
  EXPECT_THAT(RunCli({"--version"}).out, HasSubstr("anonymise"));
  auto r = RunCli({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("unknown command"));
  for (const char* cmd : {"run", "detect", "plugins"}) {
    auto h = RunCli({cmd, "--help"});
    EXPECT_EQ(h.exit_code, 0) << cmd;
    EXPECT_THAT(h.out, HasSubstr("usage")) << cmd;
  }
}

TEST(Cli, DetectAnswersInCodePointsAfterNonAsciiText) {
  const std::string line = R"({"id": "d1", "text": "Zoë’s café — Ms Okafor’s visit"})";
  auto r = Cli({"detect", "--jsonl", "-"}, line + "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // "Zoë’s café — " is 13 code points; "Ms Okafor" is 9 more.
  EXPECT_THAT(r.out, HasSubstr(R"("start":13,"end":22,"type":"PERSON")"));
  EXPECT_THAT(r.out, HasSubstr(R"({"id":"d1")"));
}

TEST(Cli, DetectReportsFurtherOccurrencesOfANameAndBadLines) {
  auto r = Cli({"detect", "--jsonl", "-"}, R"({"id": 7, "text": "Mr Brennan met Brennan."})"
                                           "\nnot json\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr(R"("start":15,"end":22)"));
  EXPECT_THAT(r.out, HasSubstr(R"("error")"));
  EXPECT_THAT(r.err, HasSubstr("line 2"));
}

TEST(Cli, DetectNamesWhyALineIsBadInOneWholeMessagePerLine) {
  // Workers answer lines in parallel: each message must reach stderr whole,
  // and say what is wrong, not only "JSON Exception".
  std::string in;
  for (int i = 0; i < 200; ++i) in += "Hello world\n";
  auto r = Cli({"detect", "--jsonl", "-", "-j4"}, in);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("unexpected byte 'H'"));
  std::istringstream err(r.err);
  std::string line;
  int lines = 0;
  while (std::getline(err, line)) {
    ++lines;
    EXPECT_THAT(line, ::testing::MatchesRegex(
                          "-: line [0-9]+: JSON Exception: unexpected byte 'H' in value"));
  }
  EXPECT_EQ(lines, 200);
}

TEST(Cli, PluginsListsLoadedAndRefusedWithReasons) {
  auto r = RunCli({"plugins", "--plugin-dir=" FIXTURE_BAD_DIR});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, HasSubstr("format-text"));
  EXPECT_THAT(r.out, HasSubstr("fixture-old-api.so: built for plugin API version 999"));
  EXPECT_THAT(r.out, HasSubstr("fixture-not-a-plugin.so: not an Anonymiser plugin"));
}

TEST(Cli, RunRefusesToStartWhenAPluginFailsToLoad) {
  // An old or broken plugin would detect nothing; running without it could
  // leave names in place, so nothing is processed and nothing is written.
  TempDir dir;
  WriteFile(dir / "in/a.txt", "Mr Okafor saw Ms Reid.\n");
  auto r = RunCli({"run", (dir / "in").string(), "-o", (dir / "out").string(),
                   "--plugin-dir=" FIXTURE_BAD_DIR});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("fixture-old-api.so: plugin refused: built for plugin API"));
  EXPECT_FALSE(std::filesystem::exists(dir / "out/a.txt"));
}

TEST(Cli, RunReplacesNamesInOutputFileAndFolderNamesAndResumesThem) {
  TempDir dir;
  WriteFile(dir / "in/Okafor family/Reid letter.txt", "Mr Okafor saw Ms Reid.\n");
  WriteFile(dir / "in/okafor-notes.txt", "Notes.\n");
  auto r = Cli({"run", (dir / "in").string(), "-o", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& f : FilesBelow(dir / "out")) {
    EXPECT_EQ(f.string().find("kafor"), std::string::npos) << f;
    EXPECT_EQ(f.string().find("Reid"), std::string::npos) << f;
  }
  EXPECT_EQ(ReadFile(dir / "out/Person A family/Person B letter.txt"), "Person A saw Person B.\n");
  EXPECT_TRUE(std::filesystem::exists(dir / "out/Person A-notes.txt"));
  // The same command again: both outputs are found under their new names.
  r = Cli({"run", (dir / "in").string(), "-o", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("0 written, 2 unchanged"));
  // --keep-file-names keeps them as they were.
  r = Cli({"run", (dir / "in").string(), "-o", (dir / "kept").string(), "--keep-file-names"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir / "kept/Okafor family/Reid letter.txt"));
}

TEST(Cli, RunAnonymisesAFolderIntoTheSameRelativeNames) {
  TempDir dir;
  WriteFile(dir / "in/a.txt", "Mr Okafor saw Ms Reid.\nOkafor left.\n");
  WriteFile(dir / "in/sub/b.txt", "Ms Reid wrote to Mr Okafor on 12/03/2014.\n");
  auto r = Cli({"run", (dir / "in").string(), "-o", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "out/a.txt"), "Person A saw Person B.\nPerson A left.\n");
  EXPECT_EQ(ReadFile(dir / "out/sub/b.txt"), "Person B wrote to Person A on 03/2014.\n");
}

TEST(Cli, AKnownNameIsNotReplacedInsideAKeptPublicBody) {
  TempDir dir;
  // "Mr Kent" makes Kent a person; "Kent Police" stays whole.
  WriteFile(dir / "a.txt", "Mr Kent rang Kent Police about Kent.\n");
  auto r = Cli({"run", (dir / "a.txt").string(), "-o", (dir / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "out/a.txt"), "Person A rang Kent Police about Person A.\n");
  auto d = Cli({"detect", "--jsonl", "-"}, R"({"id":1,"text":"Kent Police"})"
                                           "\n");
  EXPECT_THAT(d.out, HasSubstr(R"("spans":[])"));
}

TEST(Cli, BadInputsAreClearErrorsAndTheRestIsWritten) {
  TempDir dir;
  WriteFile(dir / "good.txt", "Mr Okafor.\n");
  WriteFile(dir / "empty.txt", "");
  WriteFile(dir / "binary.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  WriteFile(dir / "mixed.txt", "caf\xC3\xA9 and caf\xE9\n");
  auto r = Cli({"run", (dir / "good.txt").string(), (dir / "empty.txt").string(),
                (dir / "binary.txt").string(), (dir / "mixed.txt").string(), "-o",
                (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("empty.txt: empty file"));
  EXPECT_THAT(r.err, HasSubstr("binary.txt: binary file"));
  EXPECT_THAT(r.err, HasSubstr("mixed.txt: invalid UTF-8 at byte 13"));
  EXPECT_EQ(ReadFile(dir / "out/good.txt"), "Person A.\n");
  // Nothing partial, no temp files: one document output besides the case's own files.
  std::vector<std::string> names;
  for (const auto& f : FilesBelow(dir / "out"))
    if (f.filename().string().rfind("case.anoncase", 0) != 0)
      names.push_back(f.filename().string());
  EXPECT_THAT(names, ::testing::ElementsAre("good.txt"));
}

TEST(Cli, AMissingInputIsAUsageError) {
  TempDir dir;
  auto r = Cli({"run", (dir / "nope.txt").string(), "-o", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("nope.txt: no such file"));
}

TEST(Cli, AnUnwritableOutputFolderFailsEachFileAndLeavesNothing) {
  if (geteuid() == 0) {
    // root ignores permissions; use a path under a regular file instead.
    TempDir dir;
    WriteFile(dir / "a.txt", "Mr Okafor.\n");
    WriteFile(dir / "blocker", "x");
    auto r = Cli({"run", (dir / "a.txt").string(), "-o", (dir / "blocker/out").string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("cannot create the output folder"));
    return;
  }
  TempDir dir;
  WriteFile(dir / "a.txt", "Mr Okafor.\n");
  std::filesystem::create_directories(dir / "out");
  chmod((dir / "out").c_str(), 0555);
  auto r = Cli({"run", (dir / "a.txt").string(), "-o", (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("not writable"));
  EXPECT_TRUE(FilesBelow(dir / "out").empty());
}

TEST(Cli, RefusesAnOutputFolderInsideAnInputFolderAndNeverOverwritesInputs) {
  TempDir dir;
  WriteFile(dir / "in/a.txt", "Mr Okafor.\n");
  auto r = Cli({"run", (dir / "in").string(), "-o", (dir / "in/out").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("inside the input folder"));
  auto r2 = Cli({"run", (dir / "in/a.txt").string(), "-o", (dir / "in").string()});
  EXPECT_EQ(r2.exit_code, 1);
  EXPECT_THAT(r2.err, HasSubstr("would overwrite an input"));
  EXPECT_EQ(ReadFile(dir / "in/a.txt"), "Mr Okafor.\n");
}

TEST(Cli, UnsupportedFilesInAFolderAreSkippedCopiedOrFailed) {
  TempDir dir;
  WriteFile(dir / "in/a.txt", "Mr Okafor.\n");
  WriteFile(dir / "in/photo.jpg", "\xFF\xD8\xFF");
  auto skip = Cli({"run", (dir / "in").string(), "-o", (dir / "o1").string()});
  EXPECT_EQ(skip.exit_code, 0);
  EXPECT_THAT(skip.out, HasSubstr("skipped"));
  EXPECT_FALSE(std::filesystem::exists(dir / "o1/photo.jpg"));
  auto copy =
      Cli({"run", (dir / "in").string(), "-o", (dir / "o2").string(), "--unsupported=copy"});
  EXPECT_EQ(copy.exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(dir / "o2/photo.jpg"));
  auto fail =
      Cli({"run", (dir / "in").string(), "-o", (dir / "o3").string(), "--unsupported=fail"});
  EXPECT_EQ(fail.exit_code, 1);
  EXPECT_THAT(fail.err, HasSubstr("photo.jpg: no format plugin"));
}

TEST(Cli, BadOptionValuesAreUsageErrors) {
  TempDir dir;
  WriteFile(dir / "a.txt", "x\n");
  auto r = Cli({"run", (dir / "a.txt").string(), "-o", (dir / "o").string(), "--policy=lax"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--policy takes default or strict"));
  auto r2 = Cli({"run", (dir / "a.txt").string()});
  EXPECT_EQ(r2.exit_code, 2);
  EXPECT_THAT(r2.err, HasSubstr("output"));
}

}  // namespace
}  // namespace anonymiser::testing
