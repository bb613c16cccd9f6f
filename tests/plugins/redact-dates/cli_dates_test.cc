// The date and age policies through the built CLI: `anonymise run --dates ... --ages ...`.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace anonymiser::dates {
namespace {

using anonymiser::testing::ReadFile;
using anonymiser::testing::RunCli;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

constexpr const char* kDraft =
    "The review began on 14 June 2020. On Tuesday 14th August 2014 a 23-year-old was seen; "
    "the case closed on 29.03.2014.\n";

std::string RunPolicies(const std::string& dates, const std::string& ages) {
  TempDir dir;
  WriteFile(dir / "in/draft.txt", kDraft);
  const auto r = RunCli({"run", (dir / "in/draft.txt").string(), "-o", (dir / "out").string(),
                         "--plugins", "redact-dates", "--dates", dates, "--ages", ages, "-q"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return ReadFile(dir / "out/draft.txt");
}

TEST(CliDates, GeneraliseAndBand) {
  EXPECT_EQ(RunPolicies("generalise", "band"),
            "The review began in June 2020. In August 2014 a 20-24-year-old was seen; "
            "the case closed in 03.2014.\n");
}

// Days without their month and times without a colon are replaced too; "on
// the 17th of March" generalised reads "in March".
TEST(CliDates, DaysWithoutTheirMonthAndTimesWithADot) {
  TempDir dir;
  WriteFile(dir / "in/notes.txt",
            "They met on Sunday evening and again on the 17th of March; the scan was at 04.40 "
            "and she left on the 9th.\n");
  const auto r = RunCli({"run", (dir / "in/notes.txt").string(), "-o", (dir / "out").string(),
                         "--plugins", "redact-dates", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "out/notes.txt"),
            "They met on [day] evening and again in March; the scan was at [time] and she left "
            "on [date].\n");
}

TEST(CliDates, ShiftIsTheSameAcrossTheDocumentsOfACase) {
  TempDir dir;
  WriteFile(dir / "in/a.txt", kDraft);
  WriteFile(dir / "in/b.txt", kDraft);
  const auto r = RunCli({"run", (dir / "in").string(), "-o", (dir / "out").string(), "--plugins",
                         "redact-dates", "--dates", "shift", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string a = ReadFile(dir / "out/a.txt"), b = ReadFile(dir / "out/b.txt");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.find("14 June 2020"), std::string::npos) << a;
  EXPECT_EQ(a.find("29.03.2014"), std::string::npos) << a;
  EXPECT_NE(a.find("a 23-year-old"), std::string::npos) << a;
}

TEST(CliDates, KeepAndRedact) {
  EXPECT_EQ(RunPolicies("keep", "keep"), kDraft);
  EXPECT_EQ(RunPolicies("redact", "keep"),
            "The review began on [date]. On [date] a 23-year-old was seen; the case closed on "
            "[date].\n");
}

}  // namespace
}  // namespace anonymiser::dates
