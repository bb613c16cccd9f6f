// Reads a PDF file into text units placed on output pages.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "pdf_content.h"

namespace anonymiser::pdf {

struct ReadOptions {
  std::string password;                              // user (or owner) password; empty for none
  std::int64_t max_file_size = 512LL * 1024 * 1024;  // bytes
  std::int64_t max_pages = 10000;
};

class PdfReader {
 public:
  // Reads `path`: page text in reading order (poppler's reading-order layout,
  // which keeps columns apart), normalised (NFKC, hyphenation across line
  // ends joined), one unit per paragraph; running headers and footers as one
  // unit each; annotations and form field values after their page's text;
  // then document information, XMP values, outline titles and attachment
  // names. Throws Error naming `path`: kInput (not a PDF, damaged beyond
  // repair), kUnsupported (encrypted without the right password; no page has
  // text), kLimit (size or page count over the options' limits).
  static PdfContent Read(const std::filesystem::path& path, const ReadOptions& options);
};

}  // namespace anonymiser::pdf
