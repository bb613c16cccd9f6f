#include "text_format_plugin.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "anonymiser/error.h"
#include "text_document.h"

namespace anonymiser::format_text {

namespace fs = std::filesystem;

PluginInfo TextFormatPlugin::info() const {
  return {"format-text", "1.0.0", PluginKind::kFormat,
          "plain text: UTF-8, UTF-16 with BOM, legacy single-byte code pages"};
}

void TextFormatPlugin::Configure(const PluginContext& context) {
  max_file_size_ = context.settings.GetInt("limit.max-file-size", max_file_size_);
}

std::vector<std::string> TextFormatPlugin::extensions() const {
  return {".txt", ".text", ".md", ".csv", ".tsv", ".log"};
}

int TextFormatPlugin::Sniff(const fs::path& path, std::string_view head) const {
  (void)head;
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto exts = extensions();
  return std::find(exts.begin(), exts.end(), ext) != exts.end() ? 50 : 0;
}

std::unique_ptr<Document> TextFormatPlugin::Read(const fs::path& path) const {
  const std::string file = path.string();
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) throw Error(ErrorCode::kInput, file + ": cannot read: " + ec.message());
  if (static_cast<std::int64_t>(size) > max_file_size_)
    throw Error(ErrorCode::kLimit, file + ": file is " + std::to_string(size >> 20) +
                                       " MiB, above the limit of " +
                                       std::to_string(max_file_size_ >> 20) +
                                       " MiB (--max-file-size)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInput, file + ": cannot open: " + std::strerror(errno));
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::size_t>(in.gcount()) != size)
    throw Error(ErrorCode::kInput, file + ": file changed while being read");
  Encoding enc = DetectEncoding(bytes, file);
  return std::make_unique<TextDocument>(std::move(bytes), std::move(enc), file);
}

}  // namespace anonymiser::format_text
