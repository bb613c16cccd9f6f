#include "pdf_output_writer.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <string>

#include "anonymiser/error.h"

namespace anonymiser::pdf {
namespace {

constexpr double kFontSize = 10;
constexpr double kMinPageSide = 72;     // smaller pages are enlarged to one inch
constexpr double kMaxPageSide = 14400;  // the PDF limit, 200 inches

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct ObjectDeleter {
  void operator()(gpointer o) const { g_object_unref(o); }
};
struct FontMapDeleter {
  void operator()(PangoFontMap* m) const { g_object_unref(m); }
};
struct FontDeleter {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};

double Side(double v) { return std::clamp(v, kMinPageSide, kMaxPageSide); }

// `text` with invalid UTF-8 replaced, as pango requires.
std::string ValidUtf8(std::string text) {
  if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) return text;
  gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string out(valid);
  g_free(valid);
  return out;
}

void AddOutline(cairo_surface_t* surface, const std::vector<OutlineEntry>& entries, int parent,
                const EditedUnits& text, int page_count) {
  for (const OutlineEntry& entry : entries) {
    std::string title = ValidUtf8(text.Text(entry.unit));
    const int page = entry.page >= 1 && entry.page <= page_count ? entry.page : 1;
    const std::string link = "page=" + std::to_string(page);
    int id = cairo_pdf_surface_add_outline(surface, parent, title.c_str(), link.c_str(),
                                           static_cast<cairo_pdf_outline_flags_t>(0));
    AddOutline(surface, entry.children, id, text, page_count);
  }
}

// Draws `body` on the current page of `cr`, `width` x `height` points.
void TypesetPage(cairo_t* cr, PangoContext* context, PangoFontDescription* font,
                 const std::string& body, double width, double height) {
  const double margin = std::min(36.0, std::min(width, height) * 0.08);
  const double avail_w = width - 2 * margin;
  const double avail_h = height - 2 * margin;
  pango_cairo_update_context(cr, context);
  std::unique_ptr<PangoLayout, ObjectDeleter> layout(pango_layout_new(context));
  pango_layout_set_font_description(layout.get(), font);
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text(layout.get(), body.data(), static_cast<int>(body.size()));
  // Scale the text down until it fits; narrower scale means a wider layout.
  double scale = 1.0;
  for (int round = 0; round < 4; ++round) {
    pango_layout_set_width(layout.get(), static_cast<int>(avail_w / scale * PANGO_SCALE));
    int w = 0;
    int h = 0;
    pango_layout_get_size(layout.get(), &w, &h);
    const double text_h = static_cast<double>(h) / PANGO_SCALE * scale;
    if (text_h <= avail_h) break;
    scale *= avail_h / text_h;
  }
  cairo_save(cr);
  cairo_translate(cr, margin, margin);
  cairo_scale(cr, scale, scale);
  cairo_set_source_rgb(cr, 0, 0, 0);
  pango_cairo_show_layout(cr, layout.get());
  cairo_restore(cr);
}

}  // namespace

void PdfOutputWriter::Write(const PdfContent& content, const EditedUnits& text,
                            const std::filesystem::path& out) {
  const double first_w = content.pages.empty() ? 612 : Side(content.pages.front().width);
  const double first_h = content.pages.empty() ? 792 : Side(content.pages.front().height);
  std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
      cairo_pdf_surface_create(out.c_str(), first_w, first_h));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorCode::kOutput,
                out.string() + ": cannot create the PDF (" +
                    cairo_status_to_string(cairo_surface_status(surface.get())) + ")");
  static const std::pair<const char*, cairo_pdf_metadata_t> kMetadata[] = {
      {"Title", CAIRO_PDF_METADATA_TITLE},
      {"Author", CAIRO_PDF_METADATA_AUTHOR},
      {"Subject", CAIRO_PDF_METADATA_SUBJECT},
      {"Keywords", CAIRO_PDF_METADATA_KEYWORDS},
      {"Creator", CAIRO_PDF_METADATA_CREATOR}};
  for (const auto& [key, field] : kMetadata) {
    auto it = content.info_units.find(key);
    if (it == content.info_units.end()) continue;
    std::string value = ValidUtf8(text.Text(it->second));
    cairo_pdf_surface_set_metadata(surface.get(), field, value.c_str());
  }

  std::unique_ptr<cairo_t, ContextDeleter> cr(cairo_create(surface.get()));
  // A font map of our own, released (with its font caches) when done,
  // rather than pango's per-thread default that lives until the thread ends.
  std::unique_ptr<PangoFontMap, FontMapDeleter> font_map(pango_cairo_font_map_new());
  std::unique_ptr<PangoContext, ObjectDeleter> context(
      pango_font_map_create_context(font_map.get()));
  std::unique_ptr<PangoFontDescription, FontDeleter> font(pango_font_description_new());
  pango_font_description_set_family(font.get(), "DejaVu Sans,Sans");
  pango_font_description_set_absolute_size(font.get(), kFontSize * PANGO_SCALE);

  const int page_count = static_cast<int>(content.pages.size());
  for (const PageContent& page : content.pages) {
    const double w = Side(page.width);
    const double h = Side(page.height);
    cairo_pdf_surface_set_size(surface.get(), w, h);
    std::string body;
    for (const Piece& piece : page.pieces) {
      if (!body.empty()) body += "\n\n";
      body += text.Render(piece);
    }
    TypesetPage(cr.get(), context.get(), font.get(), ValidUtf8(std::move(body)), w, h);
    cairo_show_page(cr.get());
  }
  AddOutline(surface.get(), content.outline, CAIRO_PDF_OUTLINE_ROOT, text, page_count);
  cr.reset();
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorCode::kOutput,
                out.string() + ": cannot write the PDF (" +
                    cairo_status_to_string(cairo_surface_status(surface.get())) + ")");
}

}  // namespace anonymiser::pdf
