// Turning `anonymise run` arguments into a list of files to process.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace anonymiser {

// One input file and where its output goes (relative to the output folder).
struct InputFile {
  std::filesystem::path path;      // as found
  std::filesystem::path relative;  // mirrored under the output folder
  bool named = false;              // given on the command line (not found in a folder)
};

// Collects the files of `inputs` (files, or folders walked recursively in
// name order). A folder's files keep their path relative to the folder
// ("2024/a.txt" for "reports/2024/a.txt" when the input is "reports"); a
// named file keeps its name.
// Symbolic links are not followed out of the folder they are in; temporary
// files of an interrupted run are ignored. Throws Error(kUsage) when an
// input does not exist, and when `output_dir` is an input folder or lies
// inside one (outputs would be read back as inputs).
std::vector<InputFile> CollectInputs(const std::vector<std::filesystem::path>& inputs,
                                     const std::filesystem::path& output_dir,
                                     std::vector<std::string>& skipped);

}  // namespace anonymiser
