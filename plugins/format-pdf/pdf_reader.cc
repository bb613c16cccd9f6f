#include "pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-embedded-file.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <exception>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>
#include <utility>

#include "anonymiser/error.h"
#include "glib_extras_reader.h"
#include "paragraph_builder.h"
#include "running_lines.h"
#include "text_normaliser.h"
#include "xmp_reader.h"

namespace anonymiser::pdf {
namespace {

constexpr std::size_t kMaxOutlineItems = 100000;

std::string Utf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// poppler-cpp returns the XMP stream's bytes as Latin-1 characters; the
// stream itself is UTF-8 (XMP requires it).
std::string XmpBytes(const poppler::ustring& s) {
  for (auto c : s)
    if (c > 0xFF) return Utf8(s);
  std::string bytes = s.to_latin1();
  return bytes;
}

// The output label of an XMP value: names the property only when it is a
// standard one, since a custom property name is text from the file that no
// detector sees.
std::string XmpLabel(const std::string& property) {
  static const char* const kStandard[] = {
      "dc:", "xmp:", "pdf:", "xmpMM:", "xmpRights:", "photoshop:", "x:", "pdfaid:"};
  bool known = false;
  for (const char* prefix : kStandard)
    if (property.rfind(prefix, 0) == 0) known = true;
  for (char c : property)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != ':') known = false;
  return known ? "[XMP " + property + "] " : "[XMP] ";
}

bool IsBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n\f") == std::string::npos; }

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of("\n\f", start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// How many threads read the pages of a document of `pages` pages: one per
// 16 pages up to the machine's cores (opening the document again for each
// costs little next to the text of 16 pages).
int PageThreads(int pages) {
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return std::clamp(pages / 16, 1, std::min(cores, 8));
}

// Reads the first bytes of the file; throws kInput when it cannot be read or
// has no %PDF header in its first 1024 bytes.
void CheckHeader(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInput, path.string() + ": cannot open the file");
  char head[1024];
  in.read(head, sizeof head);
  std::string_view view(head, static_cast<std::size_t>(in.gcount()));
  if (view.empty()) throw Error(ErrorCode::kInput, path.string() + ": empty file, not a PDF");
  if (view.find("%PDF-") == std::string_view::npos)
    throw Error(ErrorCode::kInput, path.string() + ": not a PDF file (no %PDF header)");
}

// Builds the PdfContent, one unit at a time.
class ContentBuilder {
 public:
  std::size_t AddUnit(std::string text, Part part, std::string location,
                      std::string whole_type = "") {
    TextUnit unit;
    unit.text = std::move(text);
    unit.part = part;
    unit.location = std::move(location);
    unit.whole_type = std::move(whole_type);
    content_.units.push_back(std::move(unit));
    return content_.units.size() - 1;
  }
  PdfContent& content() { return content_; }

 private:
  PdfContent content_;
};

void AddOutline(ContentBuilder& builder, const std::vector<OutlineItem>& items,
                std::vector<OutlineEntry>& out, const std::string& number_prefix, int depth) {
  int n = 0;
  for (const OutlineItem& item : items) {
    ++n;
    std::string number = number_prefix + std::to_string(n);
    std::string title = TextNormaliser::Normalise(item.title);
    OutlineEntry entry;
    entry.page = item.page;
    entry.unit = builder.AddUnit(ParagraphBuilder::CollapseSpaces(title), Part::kBookmark,
                                 "outline " + number);
    builder.content().document_pieces.push_back(
        {entry.unit, std::string(static_cast<std::size_t>(depth) * 2, ' ') + "[bookmark] ",
         std::nullopt});
    AddOutline(builder, item.children, entry.children, number + ".", depth + 1);
    out.push_back(std::move(entry));
  }
}

}  // namespace

PdfContent PdfReader::Read(const std::filesystem::path& path, const ReadOptions& options) {
  const std::string name = path.string();
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw Error(ErrorCode::kInput, name + ": cannot read the file (" + ec.message() + ")");
  if (static_cast<std::int64_t>(size) > options.max_file_size)
    throw Error(ErrorCode::kLimit,
                name + ": file is " + std::to_string(size) + " bytes, over the limit of " +
                    std::to_string(options.max_file_size) + " (limit.max-file-size)");
  CheckHeader(path);

  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_file(name, options.password, options.password));
  if (!doc)
    throw Error(ErrorCode::kInput,
                name +
                    ": damaged PDF that cannot be repaired (no usable cross-reference table "
                    "or trailer), or a truncated file");
  if (doc->is_locked()) {
    if (options.password.empty())
      throw Error(ErrorCode::kUnsupported,
                  name + ": encrypted: a user password is needed (--password)");
    throw Error(ErrorCode::kUnsupported,
                name + ": encrypted: the password given does not open it (--password)");
  }
  const int page_count = doc->pages();
  if (page_count > options.max_pages)
    throw Error(ErrorCode::kLimit, name + ": " + std::to_string(page_count) +
                                       " pages, over the limit of " +
                                       std::to_string(options.max_pages) + " (limit.max-pages)");
  if (page_count <= 0) throw Error(ErrorCode::kInput, name + ": the PDF has no pages");

  GlibExtrasReader extras(path, options.password);

  // Pass 1: every page's lines and size, on up to PageThreads() threads each
  // with its own poppler document (one is not safe to share), one poppler
  // page alive a thread; then the extras (annotations, forms), in order.
  std::vector<std::vector<std::string>> page_lines(static_cast<std::size_t>(page_count));
  std::vector<PageContent> pages(static_cast<std::size_t>(page_count));
  std::atomic<bool> any_text{false};
  std::atomic<int> next_page{0};
  auto read_pages = [&](poppler::document* d) {
    for (int i = next_page++; i < page_count; i = next_page++) {
      const auto p = static_cast<std::size_t>(i);
      std::unique_ptr<poppler::page> page(d->create_page(i));
      if (!page) continue;
      poppler::rectf box = page->page_rect(poppler::crop_box);
      double w = box.width() > 0 ? box.width() : 612;
      double h = box.height() > 0 ? box.height() : 792;
      const auto orientation = page->orientation();
      if (orientation == poppler::page::landscape || orientation == poppler::page::seascape)
        std::swap(w, h);
      pages[p].width = w;
      pages[p].height = h;
      std::string text = TextNormaliser::Normalise(
          Utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout)));
      if (!IsBlank(text)) any_text = true;
      page_lines[p] = SplitLines(text);
    }
  };
  const int threads = PageThreads(page_count);
  std::vector<std::unique_ptr<poppler::document>> more_docs;
  for (int t = 1; t < threads; ++t) {
    std::unique_ptr<poppler::document> d(
        poppler::document::load_from_file(name, options.password, options.password));
    if (!d || d->is_locked()) break;  // read on with the threads there are
    more_docs.push_back(std::move(d));
  }
  {
    std::vector<std::thread> pool;
    std::exception_ptr error;
    std::mutex error_mu;
    auto guarded = [&](poppler::document* d) {
      try {
        read_pages(d);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mu);
        if (!error) error = std::current_exception();
        next_page = page_count;  // the others stop too
      }
    };
    for (auto& d : more_docs) pool.emplace_back(guarded, d.get());
    guarded(doc.get());
    for (auto& t : pool) t.join();
    if (error) std::rethrow_exception(error);
  }
  more_docs.clear();
  std::vector<std::vector<PageExtra>> page_extras(static_cast<std::size_t>(page_count));
  for (int i = 0; i < page_count; ++i)
    page_extras[static_cast<std::size_t>(i)] = extras.PageItems(i);
  if (!any_text)
    throw Error(ErrorCode::kUnsupported,
                name + ": no text layer: page 1 has no text; OCR is not supported");

  ContentBuilder builder;
  // Running headers and footers: one unit each, placed on every page they occur on.
  RunningLines running = RunningLineDetector::Detect(page_lines);
  std::vector<std::size_t> running_unit(running.lines.size());
  for (bool top : {true, false}) {  // headers first, in reading order
    for (std::size_t i = 0; i < running.lines.size(); ++i) {
      const RunningLine& line = running.lines[i];
      if (line.top != top) continue;
      std::string where = top ? "running header" : "running footer";
      where += " (" + std::to_string(line.pages.size()) + " pages, first page " +
               std::to_string(line.pages.front() + 1) + ")";
      running_unit[i] = builder.AddUnit(line.text, top ? Part::kHeader : Part::kFooter, where);
    }
  }

  for (std::size_t p = 0; p < pages.size(); ++p) {
    PageContent& page = pages[p];
    const std::string where = "page " + std::to_string(p + 1);
    std::vector<std::string>& lines = page_lines[p];
    std::vector<Piece> footers;
    for (const RunningLineAt& at : running.per_page[p]) {
      Piece piece{running_unit[at.running], "", at.instance};
      if (running.lines[at.running].top)
        page.pieces.push_back(std::move(piece));
      else
        footers.push_back(std::move(piece));
      lines[at.line].clear();
    }
    for (std::string& paragraph : ParagraphBuilder::Build(lines))
      page.pieces.push_back({builder.AddUnit(std::move(paragraph), Part::kBody, where), "", {}});
    lines.clear();
    lines.shrink_to_fit();
    for (PageExtra& extra : page_extras[p]) {
      std::string text = ParagraphBuilder::CollapseSpaces(TextNormaliser::Normalise(extra.text));
      if (text.empty()) continue;
      page.pieces.push_back(
          {builder.AddUnit(std::move(text), extra.part, extra.location, extra.whole_type),
           extra.prefix,
           {}});
    }
    for (Piece& piece : footers) page.pieces.push_back(std::move(piece));
  }
  builder.content().pages = std::move(pages);

  // Document information dictionary.
  static const char* const kInfoKeys[] = {"Title",    "Author",  "Subject",
                                          "Keywords", "Creator", "Producer"};
  for (const char* key : kInfoKeys) {
    std::string value =
        ParagraphBuilder::CollapseSpaces(TextNormaliser::Normalise(Utf8(doc->info_key(key))));
    if (value.empty()) continue;
    std::size_t unit =
        builder.AddUnit(std::move(value), Part::kMetadata, std::string("info ") + key,
                        std::string(key) == "Author" ? "PERSON" : "");
    builder.content().info_units[key] = unit;
    builder.content().document_pieces.push_back({unit, std::string("[") + key + "] ", {}});
  }

  // XMP packet.
  for (XmpValue& value : XmpReader::Read(XmpBytes(doc->metadata()))) {
    std::string text = ParagraphBuilder::CollapseSpaces(TextNormaliser::Normalise(value.text));
    if (text.empty()) continue;
    std::size_t unit = builder.AddUnit(std::move(text), Part::kMetadata, "XMP " + value.property,
                                       value.whole_type);
    builder.content().document_pieces.push_back({unit, XmpLabel(value.property), {}});
  }

  // Outline.
  AddOutline(builder, extras.Outline(kMaxOutlineItems), builder.content().outline, "", 0);

  // Attachments: names and descriptions (the files themselves are never written).
  if (doc->has_embedded_files()) {
    int n = 0;
    for (poppler::embedded_file* file : doc->embedded_files()) {
      ++n;
      if (file == nullptr || !file->is_valid()) continue;
      const std::string at = "attachment " + std::to_string(n);
      std::string file_name =
          ParagraphBuilder::CollapseSpaces(TextNormaliser::Normalise(file->name()));
      if (!file_name.empty()) {
        std::size_t unit = builder.AddUnit(std::move(file_name), Part::kAttachment, at + " name");
        builder.content().document_pieces.push_back({unit, "[attachment] ", {}});
      }
      std::string description =
          ParagraphBuilder::CollapseSpaces(TextNormaliser::Normalise(Utf8(file->description())));
      if (!description.empty()) {
        std::size_t unit =
            builder.AddUnit(std::move(description), Part::kAttachment, at + " description");
        builder.content().document_pieces.push_back({unit, "[attachment description] ", {}});
      }
    }
  }
  return std::move(builder.content());
}

}  // namespace anonymiser::pdf
