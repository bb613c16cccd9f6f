// The leak check and the public bodies a run keeps: a town's name inside
// "Kent Police" is published on purpose, the same name on its own is a leak.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.h"

namespace anonymiser {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace ::anonymiser::testing;

class VerifyKept : public ::testing::Test {
 protected:
  void SetUp() override {
    kase_ = (dir_ / "case.anoncase").string();
    auto r = RunCli({"case", "add", "Kent", "Town K", "--type", "PLACE", "--case", kase_});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  CommandResult Verify(const std::string& text, const std::vector<std::string>& extra = {}) {
    const auto file = dir_ / "out.txt";
    WriteFile(file, text);
    std::vector<std::string> args{"verify", "--case", kase_, file.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunCli(args);
  }
  TempDir dir_;
  std::string kase_;
};

TEST_F(VerifyKept, ANameInsideAKeptPublicBodyIsListedAsKeptNotCounted) {
  auto r = Verify("The referral went to Kent Police on the same day.\n");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("kept: "));
  EXPECT_THAT(r.out, HasSubstr("0 hits (and 1 inside kept public bodies or titles)"));
}

TEST_F(VerifyKept, TheSameNameOutsideIsALeak) {
  auto r = Verify("Kent Police visited the family in Kent.\n");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("1 hit (and 1 inside kept"));
  EXPECT_THAT(r.out, Not(HasSubstr("Kent\"")));  // the report names the pseudonym only
}

TEST(VerifyOrdinaryWords, AnOrdinaryWordSpelledLikeASurnameIsNoLeakInLowerCase) {
  TempDir dir;
  const std::string kase = (dir / "case.anoncase").string();
  for (const char* name : {"Cope", "Kayden"}) {
    auto r = RunCli({"case", "add", name, std::string("Person ") + name[0], "--case", kase});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  WriteFile(dir / "out.txt", "She could not cope.\n");
  auto ok = RunCli({"verify", "--case", kase, (dir / "out.txt").string()});
  EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
  // Capitalised it is the surname; a name that is no word counts in any case.
  WriteFile(dir / "out.txt", "Mr Cope came.\n");
  EXPECT_EQ(RunCli({"verify", "--case", kase, (dir / "out.txt").string()}).exit_code, 1);
  WriteFile(dir / "out.txt", "tell kayden to stop\n");
  EXPECT_EQ(RunCli({"verify", "--case", kase, (dir / "out.txt").string()}).exit_code, 1);
  // A run replaces what verify counts, and no more.
  WriteFile(dir / "in/note.txt", "Mr Cope said he could not cope. Texts: \"tell kayden\".\n");
  auto run = RunCli(
      {"run", (dir / "in").string(), "-o", (dir / "out").string(), "--case", kase, "--verify"});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_EQ(ReadFile(dir / "out/note.txt"),
            "Person C said he could not cope. Texts: \"tell Person K\".\n");
}

TEST_F(VerifyKept, UnderTheStrictPolicyNothingIsKept) {
  auto r = Verify("The referral went to Kent Police.\n", {"--policy", "strict"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.out, Not(HasSubstr("kept: ")));
}

}  // namespace
}  // namespace anonymiser
