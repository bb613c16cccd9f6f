#include "pdf_format_plugin.h"

#include <poppler/cpp/poppler-global.h>

#include <algorithm>
#include <cctype>
#include <mutex>

#include "anonymiser/error.h"
#include "anonymiser/version.h"

namespace anonymiser::pdf {
namespace {

void IgnorePopplerMessage(const std::string& message, void* closure) {
  (void)message;
  (void)closure;
}

}  // namespace

PdfFormatPlugin::PdfFormatPlugin() {
  // Poppler prints recoverable damage to stderr; the plugin reports errors itself.
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
}

PluginInfo PdfFormatPlugin::info() const {
  return {"format-pdf", kToolVersion, PluginKind::kFormat,
          "PDF text layer (poppler); writes anonymised text, or with --pdf-output pdf a new PDF "
          "typeset from the text (simplified layout: no original fonts, images or positions)"};
}

void PdfFormatPlugin::Configure(const PluginContext& context) {
  const Settings& s = context.settings;
  const std::string output = s.Get("pdf.output", "text");
  if (output == "text" || output.empty())
    mode_ = OutputMode::kText;
  else if (output == "pdf")
    mode_ = OutputMode::kPdf;
  else
    throw Error(ErrorCode::kConfig,
                "setting pdf.output=" + output + ": must be \"text\" or \"pdf\"");
  options_.password = s.Get("password");
  options_.max_file_size = s.GetInt("limit.max-file-size", options_.max_file_size);
  options_.max_pages = s.GetInt("limit.max-pages", options_.max_pages);
}

std::vector<std::string> PdfFormatPlugin::extensions() const { return {".pdf"}; }

int PdfFormatPlugin::Sniff(const std::filesystem::path& path, std::string_view head) const {
  if (head.substr(0, 1024).find("%PDF") != std::string_view::npos) return 90;
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".pdf" ? 10 : 0;
}

std::unique_ptr<Document> PdfFormatPlugin::Read(const std::filesystem::path& path) const {
  return std::make_unique<PdfDocument>(PdfReader::Read(path, options_), mode_, path);
}

}  // namespace anonymiser::pdf
