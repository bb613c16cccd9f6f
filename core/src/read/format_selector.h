// Stage 1 of the pipeline: which format plugin reads a file.
#pragma once

#include <filesystem>
#include <vector>

#include "anonymiser/format_plugin.h"

namespace anonymiser {

class FormatSelector {
 public:
  // `plugins` must outlive the selector.
  explicit FormatSelector(std::vector<const FormatPlugin*> plugins);

  // The plugin that answers Sniff() highest for `path` (its first 4 KiB).
  // Throws Error(kInput) when the file is missing, unreadable or not a regular
  // file (a pipe or device is never opened), and
  // Error(kUnsupported) naming the extension when no plugin reads it.
  const FormatPlugin& Select(const std::filesystem::path& path) const;

  // True if some plugin lists the extension of `path`.
  bool HandlesExtension(const std::filesystem::path& path) const;

 private:
  std::vector<const FormatPlugin*> plugins_;
};

}  // namespace anonymiser
