// Stage 6 of the pipeline: an output file exists complete or not at all.
#pragma once

#include <filesystem>

namespace anonymiser {

class AtomicOutput {
 public:
  // Prepares to write `final_path`: creates its folder and picks a temporary
  // name beside it (".<name>.anonymiser-<random>.tmp"). Throws Error(kOutput)
  // naming the folder when it cannot be created or written.
  explicit AtomicOutput(const std::filesystem::path& final_path);

  // Removes the temporary file unless Commit() succeeded.
  ~AtomicOutput();

  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  // Where to write.
  const std::filesystem::path& temp_path() const { return temp_; }

  // Flushes the temporary file to disk and renames it to the final path,
  // replacing any older output. Throws Error(kOutput) on failure (the
  // temporary file is then removed by the destructor).
  void Commit();

 private:
  std::filesystem::path final_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

}  // namespace anonymiser
