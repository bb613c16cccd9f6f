// The format-docx plugin: reads and writes Word documents (.docx, .docm,
// .dotx, .dotm), and refuses legacy and encrypted Word files clearly.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/format_plugin.h"
#include "docx_options.h"

namespace anonymiser::docx {

class DocxPlugin : public FormatPlugin {
 public:
  // Initialises libxml2 once, before any thread parses with it.
  DocxPlugin();

  PluginInfo info() const override;

  // Reads "revisions" and the "limit.*" settings (see DocxOptions).
  void Configure(const PluginContext& context) override;

  std::vector<std::string> extensions() const override;

  // 90 for a zip with a Word extension (80 for a zip named .doc); 60 for an
  // OLE compound file with a Word extension (so Read can say it is encrypted
  // or legacy); else 0.
  int Sniff(const std::filesystem::path& path, std::string_view head) const override;

  // Throws Error(kUnsupported) for an OLE compound file (an encrypted .docx
  // or a legacy .doc), Error(kInput) for anything else that is not a readable
  // DOCX package, Error(kLimit) when a limit is exceeded.
  std::unique_ptr<Document> Read(const std::filesystem::path& path) const override;

 private:
  DocxOptions options_;
};

}  // namespace anonymiser::docx
