// The interface a format plugin (plain text, DOCX, PDF ...) implements.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/plugin.h"

namespace anonymiser {

class FormatPlugin : public Plugin {
 public:
  // File name extensions this plugin reads, lower case with the dot (".docx").
  virtual std::vector<std::string> extensions() const = 0;

  // How sure the plugin is that it can read a file named `path` whose first
  // bytes are `head` (up to 4 KiB): 0 = not at all, 100 = certain. The core
  // picks the plugin with the highest answer.
  virtual int Sniff(const std::filesystem::path& path, std::string_view head) const = 0;

  // Reads the file. Throws Error(kInput, "<path>: <reason>") for a file that
  // is damaged or not of this format, Error(kUnsupported, ...) for one that
  // cannot be handled (encrypted, legacy format), Error(kLimit, ...) when a
  // limit from the settings is exceeded. Safe to call concurrently.
  virtual std::unique_ptr<Document> Read(const std::filesystem::path& path) const = 0;
};

}  // namespace anonymiser
