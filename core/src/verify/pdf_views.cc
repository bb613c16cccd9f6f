// The leak check's view of a PDF, through poppler-cpp.
#include <poppler-document.h>
#include <poppler-embedded-file.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-toc.h>

#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>

#include "anonymiser/error.h"
#include "text/utf8.h"
#include "verify/output_views.h"

namespace anonymiser::verify {

namespace {

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return text::ScrubUtf8(std::string_view(bytes.data(), bytes.size()));
}

void OutlineText(const poppler::toc_item& item, int depth, std::string& out) {
  out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + Utf8(item.title()) + "\n";
  if (depth > 64) return;
  for (const poppler::toc_item* child : item.children())
    if (child) OutlineText(*child, depth + 1, out);
}

void Quiet(const std::string&, void*) {}

}  // namespace

void PdfViews(const std::filesystem::path& file, const ViewSink& sink) {
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(Quiet, nullptr); });
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInput, file.string() + ": cannot read");
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string bytes = ss.str();
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
    throw Error(ErrorCode::kLimit, file.string() + ": too large to check");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw Error(ErrorCode::kInput, file.string() + ": not a PDF poppler can open");
  if (doc->is_locked())
    throw Error(ErrorCode::kUnsupported, file.string() + ": encrypted PDF; cannot check it");
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    sink(TextView{"page " + std::to_string(i + 1), Utf8(page->text()),
                  TextView::Where::kLineColumn});
  }
  for (const auto& key : doc->info_keys())
    sink(TextView{"metadata " + key, Utf8(doc->info_key(key)), TextView::Where::kNone});
  const std::string xmp = Utf8(doc->metadata());
  if (!xmp.empty())
    sink(TextView{"metadata XMP", DecodeXmlEntities(xmp), TextView::Where::kLineColumn});
  std::unique_ptr<poppler::toc> toc(doc->create_toc());
  if (toc && toc->root()) {
    std::string outline;
    for (const poppler::toc_item* item : toc->root()->children())
      if (item) OutlineText(*item, 0, outline);
    sink(TextView{"outline", outline, TextView::Where::kParagraph});
  }
  if (doc->has_embedded_files()) {
    std::string names;
    for (const poppler::embedded_file* f : doc->embedded_files())
      if (f) names += f->name() + " " + Utf8(f->description()) + "\n";
    sink(TextView{"attachments", text::ScrubUtf8(names), TextView::Where::kParagraph});
  }
  // Strings left uncompressed in the file (annotations, form fields, names).
  sink(TextView{"raw bytes", DecodeTextBytes(bytes), TextView::Where::kLineColumn});
}

}  // namespace anonymiser::verify
