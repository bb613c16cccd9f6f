// Writing a DOCX package.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace anonymiser::docx {

// One file to write: views into strings that outlive the WriteZip call.
struct ZipEntryView {
  std::string_view name;
  std::string_view data;
};

// Writes `entries` as a zip archive to the new file `out`, in the given order
// except that "[Content_Types].xml" goes first. Entry dates are fixed so the
// same input gives the same bytes; no folder entries are written. Throws
// Error(kOutput) naming `out`.
void WriteZip(const std::vector<ZipEntryView>& entries, const std::filesystem::path& out);

// The same, into the seekable stream `out`; `name` is used in errors.
void WriteZip(const std::vector<ZipEntryView>& entries, std::ostream& out, const std::string& name);

}  // namespace anonymiser::docx
