// The small pieces: normalisation, paragraphs, running lines, edits.
#include <gtest/gtest.h>

#include "anonymiser/error.h"
#include "edited_units.h"
#include "paragraph_builder.h"
#include "running_lines.h"
#include "text_normaliser.h"
#include "xmp_reader.h"

namespace anonymiser::pdf {
namespace {

TEST(TextNormaliserTest, ExpandsLigaturesAndDropsInvisibleCharacters) {
  EXPECT_EQ(TextNormaliser::Normalise("\xEF\xAC\x81nal o\xEF\xAC\x80"
                                      "ence"),
            "final offence");
  EXPECT_EQ(TextNormaliser::Normalise("Bren\xC2\xAD"
                                      "nan"),
            "Brennan");
  EXPECT_EQ(TextNormaliser::Normalise("a\xC2\xA0"
                                      "b\tc\x01"),
            "a b c");
  EXPECT_EQ(TextNormaliser::Normalise("\xEF\xBC\xA1\xEF\xBC\xA2"), "AB");  // full-width
  EXPECT_EQ(TextNormaliser::Normalise("bad \xFF byte"), "bad \xEF\xBF\xBD byte");
}

TEST(ParagraphBuilderTest, JoinsLinesAndHyphenatedWords) {
  auto p = ParagraphBuilder::Build(
      {"The worker met Mrs Bren-", "nan at  home.", "", "Next one.", "Well-", "Being Board"});
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "The worker met Mrs Brennan at home.");
  // Not joined: the next line starts with a capital.
  EXPECT_EQ(p[1], "Next one. Well- Being Board");
}

TEST(ParagraphBuilderTest, DropsEmptyParagraphs) {
  EXPECT_TRUE(ParagraphBuilder::Build({"", "   ", ""}).empty());
}

TEST(RunningLineDetectorTest, FindsHeadersWithChangingPageNumbers) {
  std::vector<std::vector<std::string>> pages;
  for (int n = 1; n <= 4; ++n)
    pages.push_back({"CONFIDENTIAL / Serious Case Review: Child M / " + std::to_string(n + 9),
                     "Body text " + std::string(n, 'x'), "", "More body " + std::string(n, 'y'),
                     "Page " + std::to_string(n)});
  RunningLines found = RunningLineDetector::Detect(pages);
  ASSERT_EQ(found.lines.size(), 2u);
  bool header = false, footer = false;
  for (const RunningLine& l : found.lines) {
    EXPECT_EQ(l.pages.size(), 4u);
    if (l.top) header = l.text == "CONFIDENTIAL / Serious Case Review: Child M / 10";
    if (!l.top) footer = l.text == "Page 1";
  }
  EXPECT_TRUE(header);
  EXPECT_TRUE(footer);
  ASSERT_EQ(found.per_page[2].size(), 2u);
  EXPECT_EQ(found.per_page[2][0].line, 0u);
  EXPECT_EQ(found.per_page[2][0].instance, "CONFIDENTIAL / Serious Case Review: Child M / 12");
}

TEST(RunningLineDetectorTest, IgnoresLinesOnAMinorityOfPages) {
  std::vector<std::vector<std::string>> pages = {
      {"Introduction", "a"}, {"Other", "b"}, {"Introduction", "c"}, {"Third", "d"}};
  EXPECT_TRUE(RunningLineDetector::Detect(pages).lines.empty());
  EXPECT_TRUE(RunningLineDetector::Detect({{"Only page", "x"}}).lines.empty());
}

// A page whose first line is `first`, then body lines unique to page `p`.
std::vector<std::string> PageStartingWith(const std::string& first, int p) {
  const std::string tag(static_cast<std::size_t>(p + 1), static_cast<char>('a' + p));
  return {first, "Body one " + tag, "Body two " + tag, "Body three " + tag, "Body four " + tag};
}

TEST(RunningLineDetectorTest, GroupsOnlyPageNumbersNotOtherVaryingDigits) {
  // A reference that changes from page to page must not hide behind the
  // first page's copy: it is no running line (each page's copy stays a body
  // line that detectors see).
  std::vector<std::vector<std::string>> refs;
  for (const char* ref : {"40213", "91876", "55120"})
    refs.push_back(PageStartingWith(std::string("Our ref: ") + ref, static_cast<int>(refs.size())));
  EXPECT_TRUE(RunningLineDetector::Detect(refs).lines.empty());

  // Two runs varying (page number and a visit number): not grouped either.
  std::vector<std::vector<std::string>> two;
  for (int n = 1; n <= 3; ++n)
    two.push_back(PageStartingWith(
        "Visit " + std::to_string(10 - n) + " / page " + std::to_string(n), n - 1));
  EXPECT_TRUE(RunningLineDetector::Detect(two).lines.empty());

  // Numbers that do not increase are no page numbers.
  std::vector<std::vector<std::string>> down;
  for (int n : {9, 4, 2})
    down.push_back(PageStartingWith("Room " + std::to_string(n), static_cast<int>(down.size())));
  EXPECT_TRUE(RunningLineDetector::Detect(down).lines.empty());

  // Page numbers are grouped.
  std::vector<std::vector<std::string>> numbered;
  for (int n = 1; n <= 3; ++n)
    numbered.push_back(PageStartingWith("Review / " + std::to_string(n), n - 1));
  EXPECT_EQ(RunningLineDetector::Detect(numbered).lines.size(), 1u);

  // Identical copies are still grouped when other copies differ.
  std::vector<std::vector<std::string>> same;
  for (const char* ref : {"40213", "40213", "40213", "91876"})
    same.push_back(PageStartingWith(std::string("Our ref: ") + ref, static_cast<int>(same.size())));
  RunningLines found = RunningLineDetector::Detect(same);
  ASSERT_EQ(found.lines.size(), 1u);
  EXPECT_EQ(found.lines[0].text, "Our ref: 40213");
  EXPECT_EQ(found.lines[0].pages.size(), 3u);
  EXPECT_TRUE(found.per_page[3].empty());
}

TEST(RunningLineDetectorTest, MapsOffsetsAcrossPageNumbers) {
  const std::string a = "Review 9 of Brennan / 9";
  const std::string b = "Review 10 of Brennan / 10";
  // "Brennan" starts at 12 in a and at 13 in b.
  EXPECT_EQ(RunningLineDetector::MapOffset(a, b, 12, false), 13u);
  EXPECT_EQ(RunningLineDetector::MapOffset(a, b, 19, true), 20u);
  EXPECT_EQ(RunningLineDetector::MapOffset(a, b, 7, false), 7u);  // start of the digit run
  EXPECT_EQ(RunningLineDetector::MapOffset(a, b, 8, true), 9u);   // end of the digit run
  EXPECT_EQ(RunningLineDetector::MapOffset(a, b, a.size(), true), b.size());
}

TEST(EditedUnitsTest, AppliesEditsToUnitsAndRunningInstances) {
  std::vector<TextUnit> units(2);
  units[0].text = "Review of Brennan / 9";
  units[1].text = "Jo Brennan met Jo.";
  EditList edits = {{0, 10, 17, "Person A"}, {1, 0, 10, "Person A"}, {1, 15, 17, "B"}};
  EditedUnits text(units, edits, "f.pdf");
  EXPECT_EQ(text.Text(0), "Review of Person A / 9");
  EXPECT_EQ(text.Text(1), "Person A met B.");
  EXPECT_EQ(text.Render({0, "", std::string("Review of Brennan / 10")}), "Review of Person A / 10");
  EXPECT_EQ(text.Render({1, "[x] ", std::nullopt}), "[x] Person A met B.");
}

TEST(EditedUnitsTest, RejectsOverlappingOrUnsortedEdits) {
  std::vector<TextUnit> units(1);
  units[0].text = "abcdef";
  EditList overlap = {{0, 0, 3, "x"}, {0, 2, 4, "y"}};
  EXPECT_THROW(EditedUnits(units, overlap, "f.pdf"), Error);
  EditList past_end = {{0, 2, 7, "x"}};
  EXPECT_THROW(EditedUnits(units, past_end, "f.pdf"), Error);
}

TEST(XmpReaderTest, ReadsTextNodesAndAttributeProperties) {
  const std::string packet =
      "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
      "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
      "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
      "xmlns:pdf='http://ns.adobe.com/pdf/1.3/' pdf:Producer='Writer'>"
      "<dc:creator><rdf:Seq><rdf:li>John Doe</rdf:li></rdf:Seq></dc:creator>"
      "</rdf:Description></rdf:RDF></x:xmpmeta>";
  auto values = XmpReader::Read(packet);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].property, "pdf:Producer");
  EXPECT_EQ(values[0].text, "Writer");
  EXPECT_EQ(values[1].property, "dc:creator");
  EXPECT_EQ(values[1].text, "John Doe");
  EXPECT_EQ(values[1].whole_type, "PERSON");
  EXPECT_TRUE(XmpReader::Read("<not xml").empty());
}

}  // namespace
}  // namespace anonymiser::pdf
