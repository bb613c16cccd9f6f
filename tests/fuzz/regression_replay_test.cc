// Replays every input the fuzzers once crashed on (tests/fuzz/regressions/<target>/)
// through the same harness the libFuzzer executables use, so the normal g++
// build and the sanitizer build check the fixes stay fixed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "format_exercise.h"
#include "fuzz_targets.h"
#include "test_support.h"
#include "text_format_plugin.h"

namespace anonymiser::fuzz {
namespace {

namespace fs = std::filesystem;
using anonymiser::testing::FilesBelow;
using anonymiser::testing::ReadFile;
using anonymiser::testing::SourceDir;

struct Target {
  const char* name;
  int (*run)(const std::uint8_t*, std::size_t);
};

const Target kTargets[] = {{"text_reader", FuzzTextReader},
                           {"docx_reader", FuzzDocxReader},
                           {"pdf_reader", FuzzPdfReader},
                           {"detection", FuzzDetection}};

int Replay(const Target& target, const fs::path& file) {
  std::string bytes = ReadFile(file);
  return target.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

class RegressionReplay : public ::testing::TestWithParam<Target> {};

// A crash, sanitizer report or stray exception ends the test binary: the test fails.
TEST_P(RegressionReplay, EveryKeptInputRunsCleanly) {
  for (const fs::path& file : FilesBelow(fs::path(FUZZ_REGRESSION_DIR) / GetParam().name)) {
    if (file.filename() == "README.md") continue;
    SCOPED_TRACE(file.string());
    Replay(GetParam(), file);
  }
}

// The samples pass through every target too, so a harness that stopped
// reading anything would show.
TEST_P(RegressionReplay, SamplesRunCleanly) {
  for (const fs::path& file : FilesBelow(SourceDir() / "samples")) {
    SCOPED_TRACE(file.string());
    Replay(GetParam(), file);
  }
}

INSTANTIATE_TEST_SUITE_P(Targets, RegressionReplay, ::testing::ValuesIn(kTargets),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(FuzzHarness, ReadsAndWritesASampleText) {
  format_text::TextFormatPlugin plugin;
  plugin.Configure(PluginContext{});
  std::string bytes = ReadFile(SourceDir() / "samples/drafts/overview-report.txt");
  EXPECT_TRUE(ExerciseFormat(plugin, "sample.txt",
                             reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
  std::string nul("a\0b", 3);
  EXPECT_FALSE(ExerciseFormat(plugin, "nul.txt", reinterpret_cast<const std::uint8_t*>(nul.data()),
                              nul.size()));
}

TEST(FuzzHarness, WordEditsAreSortedAndDisjoint) {
  std::vector<TextUnit> units(2);
  units[0].text = "Dear Ms Okafor, thank you.";
  units[1].text = "é Grace";
  EditList edits = WordEdits(units);
  ASSERT_EQ(edits.size(), 4u);
  EXPECT_EQ(units[0].text.substr(edits[0].begin, edits[0].end - edits[0].begin), "Dear");
  EXPECT_EQ(units[0].text.substr(edits[2].begin, edits[2].end - edits[2].begin), "Okafor");
  EXPECT_EQ(edits[3].unit, 1u);
  EXPECT_EQ(units[1].text.substr(edits[3].begin, edits[3].end - edits[3].begin), "Grace");
}

}  // namespace
}  // namespace anonymiser::fuzz
