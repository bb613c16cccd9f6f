// Stage 6 of the pipeline: an output file exists complete or not at all.
#pragma once

#include <filesystem>
#include <string>

namespace anonymiser {

class AtomicOutput {
 public:
  // Prepares to write `final_path`: creates its folder and picks a temporary
  // name beside it (".<name>.anonymiser-<pid>-<random>.tmp"). Throws
  // Error(kOutput) naming `final_path` and its folder when the folder cannot
  // be created or written.
  explicit AtomicOutput(const std::filesystem::path& final_path);

  // Removes the temporary file unless Commit() succeeded: on every path out
  // of a write (error, time limit, exception) the temporary file goes. Only a
  // killed process leaves one behind; see RemoveStaleTempFiles().
  ~AtomicOutput();

  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  // Where to write.
  const std::filesystem::path& temp_path() const { return temp_; }

  // `message` (from an error writing temp_path()) with every mention of the
  // temporary file replaced by the final path, which is the name the user knows.
  std::string NameFinal(const std::string& message) const;

  // Flushes the temporary file to disk and renames it to the final path,
  // replacing any older output. Throws Error(kOutput) on failure (the
  // temporary file is then removed by the destructor).
  void Commit();

 private:
  std::filesystem::path final_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

// Removes, below `dir`, the temporary files AtomicOutput left behind when
// its process was killed (the process id in the name no longer runs); a
// temporary file of a process still running is kept. Returns how many were
// removed. Never throws: an unreadable folder is left alone.
std::size_t RemoveStaleTempFiles(const std::filesystem::path& dir);

}  // namespace anonymiser
