// Reading a DOCX package: every file entry of a zip archive, inflated in
// memory, with the safety limits checked before and during inflation.
#pragma once

#include <string>
#include <vector>

#include "docx_options.h"

namespace anonymiser::docx {

// One file of a zip archive.
struct ZipEntry {
  std::string name;  // as stored, e.g. "word/document.xml"
  std::string data;  // the uncompressed bytes
};

// Returns the file entries of the zip archive `bytes` (the content of `file`,
// used in messages) in their order in the archive; directory entries are
// left out. The central directory is authoritative: local entries it does
// not list are ignored.
// Throws Error(kInput) for a damaged or truncated archive, an entry name
// with "..", a backslash or an absolute path, or an entry whose data does not
// match its header; Error(kUnsupported) for encrypted entries or unknown
// compression; Error(kLimit) when the number of entries, the total
// uncompressed size or an entry's compression ratio exceeds `options`.
std::vector<ZipEntry> ReadZip(const std::string& bytes, const std::string& file,
                              const DocxOptions& options);

}  // namespace anonymiser::docx
