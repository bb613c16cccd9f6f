// A name in the body (hyphenated across a line end), a running header, the
// Author field, an outline entry, an annotation and a form field: after
// Write, in text and PDF output, the name is in no byte and no decoded text.
#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-toc.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "brennan_pdf.h"
#include "pdf_format_plugin.h"
#include "test_support.h"

namespace anonymiser::pdf {
namespace {

using anonymiser::testing::ReadFile;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool HasName(const std::string& s) { return Lower(s).find("brennan") != std::string::npos; }

// What the core would do: every unit of a known type wholly replaced, every
// "Brennan" elsewhere replaced by "Person A".
EditList ReplaceName(const std::vector<TextUnit>& units) {
  EditList edits;
  for (std::size_t u = 0; u < units.size(); ++u) {
    const std::string& text = units[u].text;
    if (!units[u].whole_type.empty()) {
      edits.push_back({u, 0, text.size(), "Person A"});
      continue;
    }
    const std::string lower = Lower(text);
    for (std::size_t at = lower.find("brennan"); at != std::string::npos;
         at = lower.find("brennan", at + 7))
      edits.push_back({u, at, at + 7, "Person A"});
  }
  return edits;
}

std::unique_ptr<Document> ReadWith(const std::filesystem::path& path, const std::string& mode) {
  PdfFormatPlugin plugin;
  PluginContext context;
  context.settings.Set("pdf.output", mode);
  plugin.Configure(context);
  return plugin.Read(path);
}

// All text poppler decodes from a PDF: pages, information, outline, XMP.
struct Decoded {
  int pages = 0;
  std::string text;
};

void AddToc(const poppler::toc_item* item, std::string& out) {
  for (const poppler::toc_item* child : item->children()) {
    auto title = child->title().to_utf8();
    out.append(title.begin(), title.end());
    out += '\n';
    AddToc(child, out);
  }
}

Decoded Decode(const std::filesystem::path& path) {
  Decoded d;
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.string()));
  if (!doc) return d;
  d.pages = doc->pages();
  for (int i = 0; i < d.pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    auto bytes = page->text().to_utf8();
    d.text.append(bytes.begin(), bytes.end());
    d.text += '\f';
  }
  for (const std::string& key : doc->info_keys()) {
    auto bytes = doc->info_key(key).to_utf8();
    d.text += key + "=" + std::string(bytes.begin(), bytes.end()) + "\n";
  }
  auto xmp = doc->metadata().to_utf8();
  d.text.append(xmp.begin(), xmp.end());
  std::unique_ptr<poppler::toc> toc(doc->create_toc());
  if (toc) AddToc(toc->root(), d.text);
  return d;
}

class LeakTest : public ::testing::Test {
 protected:
  void SetUp() override { WriteFile(input_, BrennanPdf()); }
  TempDir dir_;
  std::filesystem::path input_ = dir_ / "brennan.pdf";
};

TEST_F(LeakTest, ReadFindsTheNameEverywhereItIs) {
  auto doc = ReadWith(input_, "text");
  bool body = false, header = false, author = false, bookmark = false, annotation = false,
       annotation_author = false, field = false;
  int header_units = 0;
  for (const TextUnit& u : doc->units()) {
    if (u.part == Part::kBody) {
      EXPECT_EQ(u.text.find("CONFIDENTIAL"), std::string::npos) << u.text;
      if (u.text.find("visited Mrs Brennan at home") != std::string::npos) body = true;
    }
    if (u.part == Part::kHeader && HasName(u.text)) {
      header = true;
      ++header_units;
    }
    if (u.part == Part::kMetadata && u.location == "info Author") {
      author = u.text == "Siobhan Brennan" && u.whole_type == "PERSON";
    }
    if (u.part == Part::kBookmark && u.text == "Interview with Brennan") bookmark = true;
    if (u.part == Part::kAnnotation && u.text == "Ask Brennan about the visit") annotation = true;
    if (u.part == Part::kAnnotation && u.whole_type == "PERSON" && u.text == "Siobhan Brennan")
      annotation_author = true;
    if (u.part == Part::kField && u.text == "Siobhan Brennan") field = true;
  }
  EXPECT_TRUE(body) << "hyphenated name not joined";
  EXPECT_TRUE(header);
  EXPECT_EQ(header_units, 1) << "the running header must be one unit, not one per page";
  EXPECT_TRUE(author);
  EXPECT_TRUE(bookmark);
  EXPECT_TRUE(annotation);
  EXPECT_TRUE(annotation_author);
  EXPECT_TRUE(field);
}

TEST_F(LeakTest, TextOutputHoldsNoOriginalName) {
  auto doc = ReadWith(input_, "text");
  EXPECT_EQ(doc->output_extension(), ".txt");
  const auto out = dir_ / "out.txt";
  doc->Write(ReplaceName(doc->units()), out);
  const std::string text = ReadFile(out);
  EXPECT_FALSE(HasName(text)) << text;
  // Three pages and the trailing document section: three form feeds.
  EXPECT_EQ(std::count(text.begin(), text.end(), '\f'), 3) << text;
  // The header is written on every page with that page's own number.
  for (const char* n : {"1", "2", "3"})
    EXPECT_NE(text.find(std::string("Serious Case Review: Person A family / ") + n),
              std::string::npos)
        << text;
  EXPECT_NE(text.find("visited Mrs Person A at home"), std::string::npos) << text;
  EXPECT_NE(text.find("[annotation] Ask Person A about the visit"), std::string::npos) << text;
  EXPECT_NE(text.find("[Author] Person A"), std::string::npos) << text;
  EXPECT_NE(text.find("[bookmark] Interview with Person A"), std::string::npos) << text;
}

TEST_F(LeakTest, PdfOutputHoldsNoOriginalNameInBytesOrDecodedText) {
  auto doc = ReadWith(input_, "pdf");
  EXPECT_EQ(doc->output_extension(), ".pdf");
  const auto out = dir_ / "out.pdf";
  doc->Write(ReplaceName(doc->units()), out);
  const std::string bytes = ReadFile(out);
  EXPECT_FALSE(HasName(bytes));
  Decoded decoded = Decode(out);
  EXPECT_EQ(decoded.pages, 3);
  EXPECT_FALSE(HasName(decoded.text)) << decoded.text;
  EXPECT_NE(decoded.text.find("Author=Person A"), std::string::npos) << decoded.text;
  EXPECT_NE(decoded.text.find("Interview with Person A"), std::string::npos) << decoded.text;
  EXPECT_NE(decoded.text.find("Ask Person A about the visit"), std::string::npos) << decoded.text;
  EXPECT_NE(decoded.text.find("Person A family / 2"), std::string::npos) << decoded.text;
}

// The checks above can fail: without edits the name is found in both outputs.
TEST_F(LeakTest, WithoutEditsTheNameIsFoundInBothOutputs) {
  auto text_doc = ReadWith(input_, "text");
  text_doc->Write({}, dir_ / "plain.txt");
  EXPECT_TRUE(HasName(ReadFile(dir_ / "plain.txt")));
  auto pdf_doc = ReadWith(input_, "pdf");
  pdf_doc->Write({}, dir_ / "plain.pdf");
  Decoded decoded = Decode(dir_ / "plain.pdf");
  EXPECT_TRUE(HasName(decoded.text));
  EXPECT_NE(decoded.text.find("Author=Siobhan Brennan"), std::string::npos);
}

}  // namespace
}  // namespace anonymiser::pdf
