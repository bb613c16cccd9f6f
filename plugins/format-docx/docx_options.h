// What the DOCX plugin reads from the settings: the tracked-changes policy and
// the safety limits applied to every input package.
#pragma once

#include <cstdint>

#include "anonymiser/settings.h"

namespace anonymiser::docx {

struct DocxOptions {
  // true: "revisions" = "redact" (keep deleted and moved-from text and redact
  // it); false: "accept" (the default: tracked changes are accepted on write).
  bool redact_revisions = false;
  std::int64_t max_file_size = std::int64_t{512} << 20;   // "limit.max-file-size"
  std::int64_t max_uncompressed = std::int64_t{1} << 30;  // "limit.max-uncompressed" (total)
  std::int64_t max_ratio = 100;                           // "limit.max-ratio" (per entry)
  std::int64_t max_entries = 10000;                       // "limit.max-entries"
  int max_xml_depth = 256;                                // "limit.max-xml-depth"

  // Reads the options from `settings`, keeping the defaults for missing keys.
  // Throws Error(kConfig) naming the key for a value that is not a number, not
  // positive, or (for "revisions") neither "accept" nor "redact".
  static DocxOptions FromSettings(const Settings& settings);
};

}  // namespace anonymiser::docx
