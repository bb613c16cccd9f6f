// What a batch did, for people (Print) and for programs (WriteJson).
#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace anonymiser {

struct BatchSummary {
  struct FileNote {
    std::string file;
    std::string reason;
  };

  std::uint64_t files = 0;        // input files found
  std::uint64_t written = 0;      // anonymised and written
  std::uint64_t unchanged = 0;    // done by an earlier run, input and output unchanged: skipped
  std::uint64_t failed = 0;       // see `failures`
  std::uint64_t unsupported = 0;  // no plugin reads them: skipped (--unsupported skip)
  std::uint64_t copied = 0;       // no plugin reads them: copied (--unsupported copy)
  std::uint64_t abandoned = 0;    // not finished because the run was interrupted
  int signal = 0;                 // the signal that interrupted the run, 0 when none
  int exit_status = 0;
  std::uint64_t bytes_read = 0;     // size of the inputs processed (written or failed)
  std::uint64_t bytes_written = 0;  // size of the outputs written
  double seconds = 0;               // wall-clock time of the run
  std::map<std::string, std::uint64_t> replacements_by_type;
  std::vector<FileNote> failures;  // in input order
  std::vector<FileNote> skipped;   // unsupported files, links out of the tree ...

  // Splits an error message "<file>: <reason>" into file and reason when it
  // starts with `file`; otherwise the whole message is the reason.
  static FileNote Note(const std::string& file, const std::string& message);

  std::uint64_t replacements() const;
  double MegabytesPerSecond() const;  // bytes_read / 1e6 / seconds (0 when no time passed)
  double FilesPerSecond() const;      // (written + failed) / seconds

  // The summary for people: counts, speed, replacements by type, failures and
  // skipped files with their reasons.
  void Print(std::ostream& out) const;

  // The summary as JSON (fields documented in README.md, "Batch").
  Poco::JSON::Object::Ptr ToJson() const;

  // Writes ToJson() to `path` atomically (temporary file, then rename).
  // Throws Error(kOutput) naming the file.
  void WriteJson(const std::filesystem::path& path) const;
};

}  // namespace anonymiser
