// The plain-text format plugin: UTF-8 (with or without BOM), UTF-16 with BOM
// and legacy single-byte code pages, written back byte for byte outside the
// replaced spans, in the input's own encoding and line endings.
#pragma once

#include <cstdint>

#include "anonymiser/format_plugin.h"

namespace anonymiser::format_text {

class TextFormatPlugin : public FormatPlugin {
 public:
  PluginInfo info() const override;
  void Configure(const PluginContext& context) override;
  std::vector<std::string> extensions() const override;
  int Sniff(const std::filesystem::path& path, std::string_view head) const override;
  std::unique_ptr<Document> Read(const std::filesystem::path& path) const override;

 private:
  std::int64_t max_file_size_ = std::int64_t{512} << 20;
};

}  // namespace anonymiser::format_text
