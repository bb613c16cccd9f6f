// redact-identifiers through the built CLI: labels in `run`, code-point spans in `detect`.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace anonymiser::identifiers {
namespace {

using anonymiser::testing::ReadFile;
using anonymiser::testing::RunCli;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

TEST(CliIdentifiers, RunReplacesEachByItsLabel) {
  TempDir dir;
  WriteFile(dir / "in/letter.txt",
            "NHS number 943 476 5919, DOB 12/03/2014, tel 07700 900123, e-mail "
            "jo@example.org, postcode LS1 4AP.\n");
  const auto r = RunCli({"run", (dir / "in/letter.txt").string(), "-o", (dir / "out").string(),
                         "--plugins", "redact-identifiers", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "out/letter.txt"),
            "NHS number [NHS number], DOB [date of birth], tel [phone number], e-mail "
            "[email address], postcode [postcode].\n");
}

TEST(CliIdentifiers, DetectGivesCodePointOffsets) {
  TempDir dir;
  // "é" is two bytes but one code point: the span starts at code point 8.
  WriteFile(dir / "in.jsonl", "{\"id\": \"1\", \"text\": \"Caf\\u00e9 ref 40593/04\"}\n");
  const auto r =
      RunCli({"detect", "--jsonl", (dir / "in.jsonl").string(), "--plugins", "redact-identifiers"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"start\":9"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"end\":17"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("CASE_REF"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace anonymiser::identifiers
