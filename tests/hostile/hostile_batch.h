// A batch of one good file and one hostile file run through `anonymise run`:
// the hostile file must get a clear error naming it, leave no output and no
// temporary file, and the good file must still be written.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace anonymiser::hostile {

namespace fs = std::filesystem;
using anonymiser::testing::CliPath;
using anonymiser::testing::CommandResult;
using anonymiser::testing::FilesBelow;
using anonymiser::testing::ReadFile;
using anonymiser::testing::RunShell;
using anonymiser::testing::ShellQuote;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

class HostileBatch : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(CliPath())) GTEST_SKIP() << "CLI not built: " << CliPath();
    WriteFile(in() / "good.txt", "Dear Ms Okafor,\n\nJade Okafor met the social worker.\n");
    WriteFile(dir_ / "known.csv", "original,pseudonym,type\nJade Okafor,Mother,PERSON\n");
  }

  fs::path in() const { return dir_.path() / "in"; }
  fs::path out() const { return dir_.path() / "out"; }

  // Runs `prefix anonymise run in/ -o out/ --case ... --known ... extra`, killed
  // after five minutes so a hang fails the test instead of stalling the suite.
  CommandResult Run(const std::vector<std::string>& extra = {}, const std::string& prefix = "") {
    std::string cmd = prefix + "timeout -s KILL 300 " + ShellQuote(CliPath().string()) + " run " +
                      ShellQuote(in().string()) + " -o " + ShellQuote(out().string()) + " --case " +
                      ShellQuote((dir_ / "case.anoncase").string()) + " --known " +
                      ShellQuote((dir_ / "known.csv").string()) + " -j 2";
    for (const std::string& a : extra) cmd += " " + ShellQuote(a);
    return RunShell(cmd);
  }

  // The `error:` line the run printed for `input`, or "" when there is none.
  static std::string ErrorLine(const CommandResult& r, const fs::path& input) {
    const std::string start = "error: " + input.string() + ": ";
    std::size_t at = r.err.find(start);
    if (at == std::string::npos) return "";
    return r.err.substr(at, r.err.find('\n', at) - at);
  }

  // Checks the run refused in()/`name` with an error naming it and holding
  // `words`, wrote the good file, and left nothing for the hostile file.
  void ExpectRefused(const CommandResult& r, const std::string& name, const std::string& words) {
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const std::string line = ErrorLine(r, in() / name);
    EXPECT_NE(line, "") << "no error naming " << (in() / name) << ":\n" << r.err;
    EXPECT_NE(line.find(words), std::string::npos) << line;
    ExpectGoodWritten();
    ExpectNothingFor(name);
  }

  // Checks writing the output of in()/`name` failed with an error naming that
  // output and holding `words`, the good file was written, and nothing is left
  // for `name` (no temporary file).
  void ExpectWriteFailed(const CommandResult& r, const std::string& name,
                         const std::string& words) {
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const std::string line = ErrorLine(r, out() / name);
    EXPECT_NE(line, "") << "no error naming " << (out() / name) << ":\n" << r.err;
    EXPECT_NE(line.find(words), std::string::npos) << line;
    ExpectGoodWritten();
    ExpectNothingFor(name);
  }

  // The good file's output exists, anonymised.
  void ExpectGoodWritten() {
    ASSERT_TRUE(fs::exists(out() / "good.txt")) << "the batch did not go on to the good file";
    const std::string text = ReadFile(out() / "good.txt");
    EXPECT_EQ(text.find("Okafor"), std::string::npos) << text;
    EXPECT_NE(text.find("Mother"), std::string::npos) << text;
  }

  // No file below out() is named after `name` (its stem), and no temporary file is left.
  void ExpectNothingFor(const std::string& name) {
    const std::string stem = fs::path(name).stem().string();
    for (const fs::path& f : FilesBelow(out())) {
      const std::string file = f.filename().string();
      EXPECT_EQ(file.find(stem), std::string::npos) << "left behind: " << f;
      EXPECT_FALSE(file.ends_with(".tmp")) << "temporary file left behind: " << f;
    }
  }

  TempDir dir_;
};

}  // namespace anonymiser::hostile
