// Opening the case a command works in, with the user's known identities and
// policies applied.
#pragma once

#include <filesystem>
#include <memory>

#include "case_store/case_store.h"
#include "cli/common_options.h"

namespace anonymiser::cli {

// Opens the case file from `options` (or `default_path` when none was given),
// adds the --known identities and stores --dates/--ages policies in it.
// Throws Error(kConfig) naming the file on any problem.
std::unique_ptr<CaseStore> OpenCase(const CommonOptions& options,
                                    const std::filesystem::path& default_path);

}  // namespace anonymiser::cli
