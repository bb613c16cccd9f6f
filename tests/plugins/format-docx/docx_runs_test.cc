// Reading paragraphs split into runs and writing replacements back into them;
// tracked-change policies; sniffing; settings.
#include <gtest/gtest.h>

#include "docx_test_package.h"
#include "test_support.h"

namespace anonymiser::docx::testing {
namespace {

using anonymiser::testing::TempDir;

class RunsTest : public ::testing::Test {
 protected:
  // Reads `body` as a package, replaces the bytes of `target` in unit 0 with
  // `replacement`, writes, and returns the output's document.xml.
  std::string Rewrite(const std::string& body, const std::string& target,
                      const std::string& replacement, std::string* unit_text = nullptr) {
    WritePackage(dir_ / "in.docx", MinimalDocx(body));
    auto doc = MakePlugin().Read(dir_ / "in.docx");
    EXPECT_FALSE(doc->units().empty());
    if (doc->units().empty()) return "";
    const std::string& text = doc->units()[0].text;
    if (unit_text) *unit_text = text;
    std::size_t at = text.find(target);
    EXPECT_NE(at, std::string::npos) << text;
    doc->Write({Edit{0, at, at + target.size(), replacement}}, dir_ / "out.docx");
    auto again = MakePlugin().Read(dir_ / "out.docx");
    std::string expected = text.substr(0, at) + replacement + text.substr(at + target.size());
    EXPECT_EQ(again->units().at(0).text, expected);
    return InflateAll(dir_ / "out.docx")["word/document.xml"];
  }

  TempDir dir_;
};

TEST_F(RunsTest, ReplacementSpanningThreeRunsGoesIntoTheFirst) {
  std::string xml = Rewrite(
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Lily-M</w:t></w:r><w:r><w:t>ae Oka</w:t></w:r>"
      "<w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t>for's bag</w:t></w:r></w:p>",
      "Lily-Mae Okafor", "Child L");
  EXPECT_NE(xml.find("<w:b/></w:rPr><w:t xml:space=\"preserve\">Child L</w:t>"), std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">'s bag</w:t>"),
            std::string::npos)
      << xml;
}

TEST_F(RunsTest, TabsBreaksAndSymbolsAreText) {
  std::string text;
  std::string xml = Rewrite(
      "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
      "<w:r><w:t>Name:</w:t><w:tab/><w:t>Ann</w:t><w:br/><w:t>Smith</w:t>"
      "<w:noBreakHyphen/><w:t>Jones</w:t><w:sym w:font=\"Symbol\" w:char=\"03B1\"/>"
      "<w:sym w:font=\"Wingdings\" w:char=\"F04A\"/></w:r></w:p>",
      "Ann\nSmith-Jones", "Person B", &text);
  EXPECT_EQ(text, "Name:\tAnn\nSmith-Jones\xCE\xB1");
  // The break and hyphen inside the replaced span are gone, the tab before it stays.
  EXPECT_EQ(xml.find("<w:br/>"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("<w:noBreakHyphen/>"), std::string::npos);
  EXPECT_NE(xml.find("<w:tab/>"), std::string::npos);
}

TEST_F(RunsTest, ReplacementStartingOnATabLandsInTheNextRun) {
  std::string xml =
      Rewrite("<w:p><w:r><w:t>A</w:t><w:tab/></w:r><w:r><w:t>Okafor</w:t></w:r></w:p>", "\tOkafor",
              " Person A");
  EXPECT_EQ(xml.find("<w:tab/>"), std::string::npos);
  EXPECT_NE(xml.find(">A</w:t>"), std::string::npos);
}

TEST_F(RunsTest, HyperlinkSmartTagAndInsertedRunsJoinTheParagraph) {
  std::string text;
  Rewrite(
      "<w:p><w:r><w:t xml:space=\"preserve\">See </w:t></w:r><w:hyperlink w:anchor=\"x\">"
      "<w:r><w:t>Ok</w:t></w:r></w:hyperlink><w:smartTag w:uri=\"u\" w:element=\"place\">"
      "<w:r><w:t>afor</w:t></w:r></w:smartTag><w:ins w:id=\"1\" w:author=\"X\"><w:r><w:t> now"
      "</w:t></w:r></w:ins></w:p>",
      "Okafor", "Person A", &text);
  EXPECT_EQ(text, "See Okafor now");
}

TEST_F(RunsTest, RedactRevisionsKeepsBothSidesAndRedactsTheDeletedText) {
  WritePackage(dir_ / "in.docx",
               MinimalDocx("<w:p><w:r><w:t>Kept</w:t></w:r><w:del w:id=\"1\" w:author=\"Ann Lee\">"
                           "<w:r><w:delText xml:space=\"preserve\"> Okafor</w:delText></w:r>"
                           "</w:del></w:p>"));
  auto doc = MakePlugin({{"revisions", "redact"}}).Read(dir_ / "in.docx");
  const auto& units = doc->units();
  std::size_t deleted = units.size();
  for (std::size_t i = 0; i < units.size(); ++i)
    if (units[i].part == Part::kRevision && units[i].text == " Okafor") deleted = i;
  ASSERT_LT(deleted, units.size());
  doc->Write({Edit{deleted, 1, 7, "Person A"}}, dir_ / "out.docx");
  std::string xml = InflateAll(dir_ / "out.docx")["word/document.xml"];
  EXPECT_NE(xml.find("<w:delText xml:space=\"preserve\"> Person A</w:delText>"), std::string::npos)
      << xml;
  EXPECT_NE(xml.find("w:author=\"Author\""), std::string::npos);
  EXPECT_EQ(xml.find("Ann Lee"), std::string::npos);

  // The default accepts the change: the deleted run is gone from the output.
  auto accepted = MakePlugin().Read(dir_ / "in.docx");
  for (const TextUnit& u : accepted->units()) EXPECT_NE(u.part, Part::kRevision);
  accepted->Write({}, dir_ / "accepted.docx");
  std::string accepted_xml = InflateAll(dir_ / "accepted.docx")["word/document.xml"];
  EXPECT_EQ(accepted_xml.find("Okafor"), std::string::npos);
  EXPECT_EQ(accepted_xml.find("w:del"), std::string::npos);
  EXPECT_NE(accepted_xml.find("Kept"), std::string::npos);
}

TEST_F(RunsTest, AcceptingADeletionKeepsTheRangeMarksInside) {
  WritePackage(dir_ / "in.docx",
               MinimalDocx("<w:p><w:r><w:t>A</w:t></w:r><w:del w:id=\"1\" w:author=\"X\">"
                           "<w:bookmarkStart w:id=\"7\" w:name=\"mark\"/><w:r><w:delText>gone"
                           "</w:delText></w:r></w:del><w:r><w:t>B</w:t></w:r>"
                           "<w:bookmarkEnd w:id=\"7\"/></w:p>"));
  MakePlugin().Read(dir_ / "in.docx")->Write({}, dir_ / "out.docx");
  std::string xml = InflateAll(dir_ / "out.docx")["word/document.xml"];
  EXPECT_EQ(xml.find("gone"), std::string::npos);
  EXPECT_NE(xml.find("<w:bookmarkStart w:id=\"7\" w:name=\"mark\"/>"), std::string::npos) << xml;
}

TEST_F(RunsTest, DeletedTableRowIsRemovedWhenAccepting) {
  WritePackage(dir_ / "in.docx",
               MinimalDocx("<w:tbl><w:tr><w:trPr><w:del w:id=\"1\" w:author=\"A B\"/></w:trPr>"
                           "<w:tc><w:p><w:del w:id=\"2\" w:author=\"A B\"><w:r><w:delText>Okafor"
                           "</w:delText></w:r></w:del></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r>"
                           "<w:t>Row two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"));
  auto doc = MakePlugin().Read(dir_ / "in.docx");
  doc->Write({}, dir_ / "out.docx");
  std::string xml = InflateAll(dir_ / "out.docx")["word/document.xml"];
  EXPECT_EQ(xml.find("Okafor"), std::string::npos);
  EXPECT_EQ(xml.find("<w:tr>"), xml.rfind("<w:tr>"));
  EXPECT_NE(xml.find("Row two"), std::string::npos);
}

TEST_F(RunsTest, StrictNamespacesAndOtherPrefixesAreRead) {
  Parts parts = MinimalDocx("");
  parts[2].second =
      "<?xml version=\"1.0\"?><ns0:document xmlns:ns0=\"http://purl.oclc.org/ooxml/"
      "wordprocessingml/main\"><ns0:body><ns0:p><ns0:r><ns0:t>Strict Okafor</ns0:t></ns0:r>"
      "</ns0:p></ns0:body></ns0:document>";
  WritePackage(dir_ / "strict.docx", parts);
  auto doc = MakePlugin().Read(dir_ / "strict.docx");
  ASSERT_EQ(doc->units().size(), 1u);
  EXPECT_EQ(doc->units()[0].text, "Strict Okafor");
}

TEST_F(RunsTest, MainDocumentIsFoundThroughThePackageRelationships) {
  WritePackage(dir_ / "alt.docx",
               MinimalDocx("<w:p><w:r><w:t>Elsewhere</w:t></w:r></w:p>", "word/document2.xml"));
  auto doc = MakePlugin().Read(dir_ / "alt.docx");
  ASSERT_EQ(doc->units().size(), 1u);
  EXPECT_EQ(doc->units()[0].location, "word/document2.xml paragraph 1");
  doc->Write({Edit{0, 0, 9, "Here"}}, dir_ / "out.docx");
  EXPECT_NE(InflateAll(dir_ / "out.docx")["word/document2.xml"].find(">Here<"), std::string::npos);
}

TEST_F(RunsTest, StreamedZipWithDataDescriptorsIsRead) {
  WritePackage(dir_ / "streamed.docx",
               MinimalDocx("<w:p><w:r><w:t>Streamed Okafor</w:t></w:r></w:p>"), true);
  auto doc = MakePlugin().Read(dir_ / "streamed.docx");
  ASSERT_EQ(doc->units().size(), 1u);
  EXPECT_EQ(doc->units()[0].text, "Streamed Okafor");
  doc->Write({Edit{0, 9, 15, "Person A"}}, dir_ / "out.docx");
  EXPECT_EQ(MakePlugin().Read(dir_ / "out.docx")->units()[0].text, "Streamed Person A");
}

TEST_F(RunsTest, FieldKeywordSurvivesAnEditCoveringIt) {
  WritePackage(dir_ / "in.docx",
               MinimalDocx("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
                           "xml:space=\"preserve\"> MERGEFIELD Okafor_Name </w:instrText></w:r>"
                           "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                           "<w:p><w:fldSimple w:instr=\" AUTHOR \"><w:r><w:t>x</w:t></w:r>"
                           "</w:fldSimple></w:p>"));
  auto doc = MakePlugin().Read(dir_ / "in.docx");
  std::vector<std::size_t> fields;
  for (std::size_t i = 0; i < doc->units().size(); ++i)
    if (doc->units()[i].part == Part::kField) fields.push_back(i);
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(doc->units()[fields[0]].text, " MERGEFIELD Okafor_Name ");
  // Detection took the keyword for a given name; the keyword stays.
  doc->Write({Edit{fields[0], 1, 18, "Person A"}, Edit{fields[1], 1, 7, "Person B"}},
             dir_ / "out.docx");
  auto again = MakePlugin().Read(dir_ / "out.docx");
  std::vector<std::string> texts;
  for (const TextUnit& u : again->units())
    if (u.part == Part::kField) texts.push_back(u.text);
  EXPECT_EQ(texts, (std::vector<std::string>{" MERGEFIELD Person A_Name ", " AUTHOR "}));
}

TEST_F(RunsTest, EditsOutOfRangeAreRefused) {
  WritePackage(dir_ / "in.docx", MinimalDocx("<w:p><w:r><w:t>Short</w:t></w:r></w:p>"));
  auto doc = MakePlugin().Read(dir_ / "in.docx");
  EXPECT_THROW(doc->Write({Edit{0, 2, 99, "x"}}, dir_ / "a.docx"), Error);
  EXPECT_THROW(doc->Write({Edit{5, 0, 1, "x"}}, dir_ / "b.docx"), Error);
  EXPECT_THROW(doc->Write({Edit{0, 3, 4, "x"}, Edit{0, 1, 2, "y"}}, dir_ / "c.docx"), Error);
}

TEST(DocxPluginTest, SniffsZipAndOleByExtension) {
  DocxPlugin plugin;
  const std::string zip("PK\x03\x04rest", 8);
  const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  EXPECT_EQ(plugin.Sniff("a.docx", zip), 90);
  EXPECT_EQ(plugin.Sniff("a.DOCX", zip), 90);
  EXPECT_EQ(plugin.Sniff("a.docm", zip), 90);
  EXPECT_EQ(plugin.Sniff("a.doc", zip), 80);
  EXPECT_EQ(plugin.Sniff("a.xlsx", zip), 0);
  EXPECT_EQ(plugin.Sniff("a.docx", ole), 60);
  EXPECT_EQ(plugin.Sniff("a.doc", ole), 60);
  EXPECT_EQ(plugin.Sniff("a.txt", "hello"), 0);
  EXPECT_EQ(plugin.info().name, "format-docx");
  EXPECT_EQ(plugin.info().kind, PluginKind::kFormat);
}

TEST(DocxPluginTest, BadSettingsAreConfigErrors) {
  for (auto [key, value] : std::vector<std::pair<std::string, std::string>>{
           {"revisions", "maybe"}, {"limit.max-ratio", "0"}, {"limit.max-entries", "many"}}) {
    try {
      MakePlugin({{key, value}});
      ADD_FAILURE() << key;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kConfig);
      EXPECT_NE(std::string(e.what()).find(key), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace anonymiser::docx::testing
