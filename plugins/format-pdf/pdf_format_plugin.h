// The format-pdf plugin: reads the text layer of PDF files.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/format_plugin.h"
#include "pdf_document.h"
#include "pdf_reader.h"

namespace anonymiser::pdf {

// Settings read by Configure:
//   "pdf.output"           "text" (default): UTF-8 text, pages separated by a
//                          form feed, document properties, bookmarks and
//                          attachment names in a trailing section;
//                          "pdf": a new PDF typeset from the anonymised text
//                          (simplified layout), one page per input page.
//   "password"             the user password of encrypted files.
//   "limit.max-file-size"  default 512M.
//   "limit.max-pages"      default 10000.
class PdfFormatPlugin : public FormatPlugin {
 public:
  PdfFormatPlugin();

  PluginInfo info() const override;
  // Throws Error(kConfig) for an unknown "pdf.output" or a limit that is not a number.
  void Configure(const PluginContext& context) override;
  std::vector<std::string> extensions() const override;
  // 90 when "%PDF" is in the first 1024 bytes (files with leading junk
  // included), 10 for a ".pdf" name without it (so Read explains), else 0.
  int Sniff(const std::filesystem::path& path, std::string_view head) const override;
  std::unique_ptr<Document> Read(const std::filesystem::path& path) const override;

 private:
  ReadOptions options_;
  OutputMode mode_ = OutputMode::kText;
};

}  // namespace anonymiser::pdf
