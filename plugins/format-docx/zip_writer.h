// Writing a DOCX package.
#pragma once

#include <filesystem>
#include <vector>

#include "zip_reader.h"

namespace anonymiser::docx {

// Writes `entries` as a zip archive to the new file `out`, in the given order
// except that "[Content_Types].xml" goes first. Entry dates are fixed so the
// same input gives the same bytes; no folder entries are written. Throws
// Error(kOutput) naming `out`.
void WriteZip(const std::vector<ZipEntry>& entries, const std::filesystem::path& out);

}  // namespace anonymiser::docx
