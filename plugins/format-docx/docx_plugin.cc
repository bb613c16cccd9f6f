#include "docx_plugin.h"

#include <libxml/parser.h>

#include <fstream>
#include <sstream>
#include <system_error>

#include "anonymiser/error.h"
#include "anonymiser/version.h"
#include "docx_document.h"
#include "zip_reader.h"

namespace anonymiser::docx {
namespace {

const std::string_view kZipMagic("PK\x03\x04", 4);
const std::string_view kEmptyZipMagic("PK\x05\x06", 4);
const std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

std::string LowerExtension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

bool IsWordExtension(const std::string& ext) {
  return ext == ".docx" || ext == ".docm" || ext == ".dotx" || ext == ".dotm";
}

bool StartsWith(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

}  // namespace

DocxPlugin::DocxPlugin() { xmlInitParser(); }

PluginInfo DocxPlugin::info() const {
  return PluginInfo{"format-docx", kToolVersion, PluginKind::kFormat,
                    "Word documents (.docx): every part, tracked changes and metadata"};
}

void DocxPlugin::Configure(const PluginContext& context) {
  options_ = DocxOptions::FromSettings(context.settings);
}

std::vector<std::string> DocxPlugin::extensions() const {
  return {".docx", ".docm", ".dotx", ".dotm", ".doc"};
}

int DocxPlugin::Sniff(const std::filesystem::path& path, std::string_view head) const {
  std::string ext = LowerExtension(path);
  if (StartsWith(head, kZipMagic) && IsWordExtension(ext)) return 90;
  if (StartsWith(head, kZipMagic) && ext == ".doc") return 80;  // a .docx renamed
  if (StartsWith(head, kOleMagic) && (IsWordExtension(ext) || ext == ".doc")) return 60;
  return 0;
}

std::unique_ptr<Document> DocxPlugin::Read(const std::filesystem::path& path) const {
  const std::string file = path.string();
  std::error_code ec;
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) throw Error(ErrorCode::kInput, file + ": cannot read the file (" + ec.message() + ")");
  if (size > static_cast<std::uintmax_t>(options_.max_file_size))
    throw Error(ErrorCode::kLimit,
                file + ": file size " + std::to_string(size) + " exceeds limit.max-file-size");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in) throw Error(ErrorCode::kInput, file + ": cannot read the file");
  std::string bytes = buffer.str();

  if (StartsWith(bytes, kOleMagic)) {
    if (LowerExtension(path) == ".doc")
      throw Error(ErrorCode::kUnsupported,
                  file + ": legacy .doc format is not supported; save as .docx");
    throw Error(ErrorCode::kUnsupported,
                file +
                    ": encrypted or legacy Word file: an OLE compound file, not a zip package "
                    "(save as unencrypted .docx)");
  }
  if (!StartsWith(bytes, kZipMagic) && !StartsWith(bytes, kEmptyZipMagic))
    throw Error(ErrorCode::kInput, file + ": not a DOCX file (not a zip archive)");
  return DocxDocument::Read(path, ReadZip(bytes, file, options_), options_);
}

}  // namespace anonymiser::docx
