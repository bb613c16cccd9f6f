// Helpers shared by the test suites: temporary folders, files, running the CLI.
#pragma once

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace anonymiser::testing {

namespace fs = std::filesystem;

// The repository root, the built CLI and plugin folder, the shared corpus.
inline fs::path SourceDir() { return ANONYMISER_SOURCE_DIR; }
inline fs::path CliPath() { return ANONYMISER_CLI; }
inline fs::path PluginDir() { return ANONYMISER_PLUGIN_DIR; }
inline fs::path DictionaryDir() { return ANONYMISER_DICT_DIR; }
inline fs::path SharedDir() { return SourceDir().parent_path() / "shared"; }

// A fresh folder under the system temp folder, removed with everything in it
// when the object goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    for (int i = 0; i < 100; ++i) {
      path_ = fs::temp_directory_path() / ("anonymiser-test-" + std::to_string(rd()));
      std::error_code ec;
      if (fs::create_directory(path_, ec)) return;
    }
    throw std::runtime_error("cannot create a temporary folder");
  }
  ~TempDir() {
    std::error_code ec;
    // Make everything writable again so read-only test folders can be removed.
    for (auto it = fs::recursive_directory_iterator(path_, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

inline void WriteFile(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

inline std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What a command printed and how it ended.
struct CommandResult {
  int exit_code = -1;  // the process's exit status, or 128+signal
  std::string out;     // standard output
  std::string err;     // standard error
};

// Quotes `arg` for /bin/sh.
inline std::string ShellQuote(const std::string& arg) {
  std::string q = "'";
  for (char c : arg) {
    if (c == '\'')
      q += "'\\''";
    else
      q += c;
  }
  return q + "'";
}

// Runs `command` through /bin/sh with `stdin_text` on standard input.
inline CommandResult RunShell(const std::string& command, const std::string& stdin_text = "") {
  TempDir io;
  WriteFile(io / "in", stdin_text);
  std::string full = command + " <" + ShellQuote((io / "in").string()) + " >" +
                     ShellQuote((io / "out").string()) + " 2>" + ShellQuote((io / "err").string());
  int status = std::system(full.c_str());
  CommandResult r;
  if (WIFEXITED(status))
    r.exit_code = WEXITSTATUS(status);
  else if (WIFSIGNALED(status))
    r.exit_code = 128 + WTERMSIG(status);
  r.out = ReadFile(io / "out");
  r.err = ReadFile(io / "err");
  return r;
}

// Runs the built CLI with `args` (each quoted).
inline CommandResult RunCli(const std::vector<std::string>& args,
                            const std::string& stdin_text = "") {
  std::string cmd = ShellQuote(CliPath().string());
  for (const auto& a : args) cmd += " " + ShellQuote(a);
  return RunShell(cmd, stdin_text);
}

// Every file below `dir`, recursively, sorted.
inline std::vector<fs::path> FilesBelow(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::exists(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

// `count` of `pieces` strung together, drawn by a fixed generator from
// `seed` and `salt`: the same odd text on every machine, for robustness tests
// of scanners ("worked", " as ", "£", half a UTF-8 character ...).
template <std::size_t N>
std::string TextOfPieces(const char* const (&pieces)[N], std::size_t seed, int count,
                         std::size_t salt) {
  std::string text;
  std::size_t x = seed * 2654435761u + salt;
  for (int k = 0; k < count; ++k) {
    x = x * 6364136223846793005u + 1442695040888963407u;
    text += pieces[(x >> 33) % N];
  }
  return text;
}

}  // namespace anonymiser::testing
