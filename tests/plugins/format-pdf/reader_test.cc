// The plugin's contract: sniffing, settings, bad input, limits.
#include <cairo-pdf.h>
#include <gtest/gtest.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>

#include "anonymiser/error.h"
#include "hand_written_pdf.h"
#include "pdf_format_plugin.h"
#include "test_support.h"

namespace anonymiser::pdf {
namespace {

using anonymiser::testing::ReadFile;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

std::string SimplePdf(int pages) {
  testing::HandWrittenPdf pdf;
  for (int n = 1; n <= pages; ++n)
    pdf.pages.push_back({"BT /F1 12 Tf 72 700 Td (Page " + std::to_string(n) +
                             " of a short letter to the office.) Tj ET",
                         {}});
  return pdf.Bytes();
}

PdfFormatPlugin Configured(const std::map<std::string, std::string>& settings) {
  PdfFormatPlugin plugin;
  PluginContext context;
  for (const auto& [k, v] : settings) context.settings.Set(k, v);
  plugin.Configure(context);
  return plugin;
}

// Reads `path` and returns the Error it throws (fails the test if none).
Error ReadError(const PdfFormatPlugin& plugin, const std::filesystem::path& path) {
  try {
    plugin.Read(path);
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    return e;
  }
  ADD_FAILURE() << "no error for " << path;
  return Error(ErrorCode::kInternal, "none");
}

TEST(PdfPluginTest, InfoAndExtensions) {
  PdfFormatPlugin plugin;
  EXPECT_EQ(plugin.info().name, "format-pdf");
  EXPECT_EQ(plugin.info().kind, PluginKind::kFormat);
  EXPECT_EQ(plugin.extensions(), std::vector<std::string>{".pdf"});
}

TEST(PdfPluginTest, SniffsTheHeaderEvenAfterLeadingJunk) {
  PdfFormatPlugin plugin;
  EXPECT_EQ(plugin.Sniff("a.bin", "%PDF-1.7\n"), 90);
  EXPECT_EQ(plugin.Sniff("a.bin", std::string(500, 'x') + "%PDF-1.3"), 90);
  EXPECT_EQ(plugin.Sniff("a.PDF", "hello"), 10);
  EXPECT_EQ(plugin.Sniff("a.txt", "hello"), 0);
  EXPECT_EQ(plugin.Sniff("a.txt", std::string(2000, 'x') + "%PDF-1.3"), 0);
}

TEST(PdfPluginTest, RejectsAnUnknownOutputMode) {
  try {
    Configured({{"pdf.output", "docx"}});
    FAIL() << "accepted pdf.output=docx";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConfig);
  }
}

TEST(PdfPluginTest, NotAPdfIsAnInputError) {
  TempDir dir;
  WriteFile(dir / "letter.pdf", "Dear Sir, this is plain text.\n");
  Error e = ReadError(Configured({}), dir / "letter.pdf");
  EXPECT_EQ(e.code(), ErrorCode::kInput);
  EXPECT_NE(std::string(e.what()).find("not a PDF"), std::string::npos) << e.what();
  WriteFile(dir / "empty.pdf", "");
  EXPECT_EQ(ReadError(Configured({}), dir / "empty.pdf").code(), ErrorCode::kInput);
}

TEST(PdfPluginTest, TruncatedFileIsRepairedOrAnInputError) {
  TempDir dir;
  const std::string bytes = SimplePdf(3);
  for (std::size_t keep : {bytes.size() / 8, bytes.size() / 2, bytes.size() - 40}) {
    const auto path = dir / ("cut" + std::to_string(keep) + ".pdf");
    WriteFile(path, bytes.substr(0, keep));
    try {
      auto doc = Configured({}).Read(path);
      doc->Write({}, dir / ("cut" + std::to_string(keep) + ".txt"));
    } catch (const Error& e) {
      EXPECT_TRUE(e.code() == ErrorCode::kInput || e.code() == ErrorCode::kUnsupported) << e.what();
      EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    }
  }
}

TEST(PdfPluginTest, PageWithoutTextIsNoTextLayer) {
  TempDir dir;
  testing::HandWrittenPdf pdf;
  pdf.pages.push_back({"0 0 0 rg 72 72 200 200 re f", {}});
  WriteFile(dir / "scan.pdf", pdf.Bytes());
  Error e = ReadError(Configured({}), dir / "scan.pdf");
  EXPECT_EQ(e.code(), ErrorCode::kUnsupported);
  EXPECT_NE(std::string(e.what()).find("no text layer: page 1 has no text; OCR is not supported"),
            std::string::npos);
}

TEST(PdfPluginTest, PartlyTextlessDocumentIsRead) {
  TempDir dir;
  testing::HandWrittenPdf pdf;
  pdf.pages.push_back({"0 0 0 rg 72 72 200 200 re f", {}});
  pdf.pages.push_back({"BT /F1 12 Tf 72 700 Td (Some text on page two.) Tj ET", {}});
  WriteFile(dir / "part.pdf", pdf.Bytes());
  auto doc = Configured({}).Read(dir / "part.pdf");
  doc->Write({}, dir / "part.txt");
  EXPECT_EQ(ReadFile(dir / "part.txt"), "\fSome text on page two.\n");
}

TEST(PdfPluginTest, LimitsAreEnforced) {
  TempDir dir;
  WriteFile(dir / "three.pdf", SimplePdf(3));
  EXPECT_EQ(ReadError(Configured({{"limit.max-pages", "2"}}), dir / "three.pdf").code(),
            ErrorCode::kLimit);
  EXPECT_EQ(ReadError(Configured({{"limit.max-file-size", "100"}}), dir / "three.pdf").code(),
            ErrorCode::kLimit);
  EXPECT_NO_THROW(Configured({{"limit.max-pages", "3"}, {"limit.max-file-size", "1M"}})
                      .Read(dir / "three.pdf"));
}

TEST(PdfPluginTest, TextOutputSeparatesPagesWithOneFormFeed) {
  TempDir dir;
  WriteFile(dir / "three.pdf", SimplePdf(3));
  auto doc = Configured({}).Read(dir / "three.pdf");
  ASSERT_EQ(doc->units().size(), 3u);
  EXPECT_EQ(doc->units()[1].location, "page 2");
  EXPECT_EQ(doc->format(), "pdf");
  doc->Write({{1, 0, 4, "Sheet"}}, dir / "three.txt");
  EXPECT_EQ(ReadFile(dir / "three.txt"),
            "Page 1 of a short letter to the office.\n"
            "\fSheet 2 of a short letter to the office.\n"
            "\fPage 3 of a short letter to the office.\n");
}

TEST(PdfPluginTest, PagesReadOnSeveralThreadsStayInOrder) {
  // 80 pages: read by up to 5 threads (one per 16 pages, up to the cores).
  TempDir dir;
  WriteFile(dir / "long.pdf", SimplePdf(80));
  auto doc = Configured({}).Read(dir / "long.pdf");
  ASSERT_EQ(doc->units().size(), 80u);
  for (std::size_t i = 0; i < 80; ++i) {
    EXPECT_EQ(doc->units()[i].location, "page " + std::to_string(i + 1));
    EXPECT_EQ(doc->units()[i].text,
              "Page " + std::to_string(i + 1) + " of a short letter to the office.");
  }
}

TEST(PdfPluginTest, EditsOutsideTheUnitsAreRefused) {
  TempDir dir;
  WriteFile(dir / "one.pdf", SimplePdf(1));
  auto doc = Configured({}).Read(dir / "one.pdf");
  EXPECT_THROW(doc->Write({{5, 0, 1, "x"}}, dir / "a.txt"), Error);
  EXPECT_THROW(doc->Write({{0, 3, 1000, "x"}}, dir / "b.txt"), Error);
  EXPECT_THROW(doc->Write({{0, 5, 9, "x"}, {0, 6, 7, "y"}}, dir / "c.txt"), Error);
}

TEST(PdfPluginTest, PdfOutputIsANewDocumentOfTheSamePageCount) {
  TempDir dir;
  WriteFile(dir / "three.pdf", SimplePdf(3));
  auto doc = Configured({{"pdf.output", "pdf"}}).Read(dir / "three.pdf");
  doc->Write({}, dir / "three-out.pdf");
  // Re-read the output with the plugin itself.
  auto again = Configured({}).Read(dir / "three-out.pdf");
  std::size_t body = 0;
  for (const TextUnit& u : again->units())
    if (u.part == Part::kBody) ++body;
  EXPECT_EQ(body, 3u);
  EXPECT_EQ(again->units()[0].text, "Page 1 of a short letter to the office.");
}

// Text drawn with ligature glyphs and a soft hyphen (cairo + pango keep them
// in the text layer) reads as plain words.
TEST(PdfPluginTest, LigaturesAndSoftHyphensAreNormalised) {
  TempDir dir;
  const auto path = dir / "ligatures.pdf";
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), 595, 842);
  cairo_t* cr = cairo_create(surface);
  PangoLayout* layout = pango_cairo_create_layout(cr);
  pango_layout_set_text(
      layout, "The of\uFB01cer visited the \uFB02at of Mrs Bren\u00ADnan on Tuesday.", -1);
  cairo_move_to(cr, 40, 40);
  pango_cairo_show_layout(cr, layout);
  g_object_unref(layout);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);

  auto doc = Configured({}).Read(path);
  ASSERT_FALSE(doc->units().empty());
  EXPECT_EQ(doc->units()[0].text, "The officer visited the flat of Mrs Brennan on Tuesday.");
}

}  // namespace
}  // namespace anonymiser::pdf
