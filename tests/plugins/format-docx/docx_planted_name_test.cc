// A .docx with the name "Okafor" planted in every part type a reader or a
// forensic examiner could see; after replacing every occurrence the plugin
// found, the name must be in none of the output's zip entries.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "docx_planted_package.h"
#include "test_support.h"

namespace anonymiser::docx::testing {
namespace {

using anonymiser::testing::TempDir;

// Parameter: the "revisions" setting.
class PlantedNameTest : public ::testing::TestWithParam<std::string> {
 protected:
  TempDir dir_;
};

INSTANTIATE_TEST_SUITE_P(Revisions, PlantedNameTest, ::testing::Values("accept", "redact"));

TEST_P(PlantedNameTest, EveryOccurrenceIsFoundAndNoneSurvives) {
  const bool redact = GetParam() == "redact";
  WritePackage(dir_ / "planted.docx", PlantedPackage());
  DocxPlugin plugin = MakePlugin({{"revisions", GetParam()}});
  auto doc = plugin.Read(dir_ / "planted.docx");
  const std::vector<TextUnit>& units = doc->units();

  // Each planted place is read as its own kind of unit.
  std::map<Part, int> parts;
  for (const TextUnit& u : units)
    if (Lower(u.text).find("okafor") != std::string::npos) ++parts[u.part];
  for (Part p : {Part::kBody, Part::kTable, Part::kHeader, Part::kFooter, Part::kFootnote,
                 Part::kEndnote, Part::kComment, Part::kTextBox, Part::kField, Part::kHyperlink,
                 Part::kAltText, Part::kMetadata, Part::kOther})
    EXPECT_GT(parts[p], 0) << PartName(p);
  EXPECT_EQ(parts[Part::kRevision] > 0, redact);

  // The split name is one word of the paragraph's text.
  auto body = std::find_if(units.begin(), units.end(),
                           [](const TextUnit& u) { return u.part == Part::kBody; });
  ASSERT_NE(body, units.end());
  EXPECT_EQ(body->text, "Ms Okafor visited.");
  EXPECT_EQ(body->location, "word/document.xml paragraph 1");

  // Accepting revisions: the deleted and moved-from text is not a unit.
  for (const TextUnit& u : units) {
    if (redact) break;
    EXPECT_EQ(u.text.find("Moved Okafor"), std::string::npos) << u.location;
    if (u.part == Part::kBody) {
      EXPECT_NE(u.text, "Seen by Okafor");
    }
  }

  // The field code joined across its instrText runs.
  EXPECT_TRUE(std::any_of(units.begin(), units.end(), [](const TextUnit& u) {
    return u.part == Part::kField && u.text == " MERGEFIELD Okafor_Name ";
  }));
  // The embedded document's text is read too.
  EXPECT_TRUE(std::any_of(units.begin(), units.end(), [](const TextUnit& u) {
    return u.location ==
               "word/embeddings/Microsoft_Word_Document.docx: word/document.xml paragraph 1" &&
           u.text == "Embedded note by Okafor";
  }));
  // Authors are whole PERSON units.
  EXPECT_TRUE(std::any_of(units.begin(), units.end(), [](const TextUnit& u) {
    return u.whole_type == "PERSON" && u.text == "Jane Okafor";
  }));

  EditList edits = ReplaceEverywhere(units, "Okafor", "Person A");
  ASSERT_FALSE(edits.empty());
  doc->Write(edits, dir_ / "out.docx");

  std::map<std::string, std::string> entries = InflateAllDeep(dir_ / "out.docx");
  EXPECT_TRUE(entries.count("word/embeddings/Microsoft_Word_Document.docx!word/document.xml"));
  ASSERT_TRUE(entries.count("word/document.xml"));
  for (const auto& [name, data] : entries)
    EXPECT_EQ(Lower(data).find("okafor"), std::string::npos) << name << ":\n" << data;

  // A DOCX has no folder entries, and the content types come first.
  for (const auto& [name, data] : entries) EXPECT_NE(name.back(), '/') << name;
  EXPECT_EQ(anonymiser::testing::ReadFile(dir_ / "out.docx").substr(30, 19), "[Content_Types].xml");

  // Thumbnail, template path, revision-session ids and authors are gone.
  EXPECT_EQ(entries.count("docProps/thumbnail.jpeg"), 0u);
  EXPECT_EQ(entries["[Content_Types].xml"].find("thumbnail"), std::string::npos);
  EXPECT_EQ(entries["_rels/.rels"].find("thumbnail"), std::string::npos);
  EXPECT_EQ(entries["word/settings.xml"].find("attachedTemplate"), std::string::npos);
  EXPECT_EQ(entries["word/_rels/settings.xml.rels"].find("Templates"), std::string::npos);
  for (const char* part : {"word/document.xml", "word/settings.xml"})
    EXPECT_EQ(entries[part].find("rsid"), std::string::npos) << part;
  EXPECT_NE(entries["word/comments.xml"].find("w:author=\"Author\""), std::string::npos);
  EXPECT_NE(entries["word/comments.xml"].find("w:initials=\"A\""), std::string::npos);
  EXPECT_NE(entries["docProps/core.xml"].find("<dc:creator>Author</dc:creator>"),
            std::string::npos);
  EXPECT_NE(entries["word/people.xml"].find("w15:author=\"Author\""), std::string::npos);
  // Tracked changes accepted: the insertion stays, unwrapped; or both kept.
  EXPECT_EQ(entries["word/document.xml"].find("<w:ins ") != std::string::npos, redact);
  EXPECT_EQ(entries["word/document.xml"].find("<w:del ") != std::string::npos, redact);
  EXPECT_EQ(entries["word/document.xml"].find("<w:moveFrom ") != std::string::npos, redact);
  EXPECT_NE(entries["word/document.xml"].find("the worker"), std::string::npos);

  // The replacement took the first run (bold) and the second run kept its rest.
  const std::string& xml = entries["word/document.xml"];
  EXPECT_NE(xml.find("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Ms Person A</w:t>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\"> visited.</w:t>"),
            std::string::npos);

  // Read back: every unit outside the replacements is unchanged.
  auto again = plugin.Read(dir_ / "out.docx");
  EXPECT_EQ(CompareUnits(units, edits, again->units()), "");
  // Unchanged parts are copied byte for byte, parsed or not.
  EXPECT_EQ(entries["word/styles.xml"], planted::kStyles);
  EXPECT_EQ(entries["word/fontTable.xml"], planted::kFontTable);
  EXPECT_NE(entries["word/diagrams/data1.xml"].find(">Person A<"), std::string::npos);
}

TEST(PlantedNameThreadsTest, ReadAndWriteFromSeveralThreadsAtOnce) {
  TempDir dir;
  WritePackage(dir / "planted.docx", PlantedPackage());
  const DocxPlugin plugin = MakePlugin();
  std::vector<std::string> failures(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      try {
        for (int round = 0; round < 5; ++round) {
          auto doc = plugin.Read(dir / "planted.docx");
          std::filesystem::path out = dir / ("out" + std::to_string(t) + ".docx");
          std::filesystem::remove(out);
          doc->Write(ReplaceEverywhere(doc->units(), "Okafor", "Person A"), out);
        }
      } catch (const std::exception& e) {
        failures[t] = e.what();
      }
    });
  for (auto& thread : threads) thread.join();
  for (const std::string& failure : failures) EXPECT_EQ(failure, "");
  for (int t = 0; t < 4; ++t)
    for (const auto& [name, data] : InflateAllDeep(dir / ("out" + std::to_string(t) + ".docx")))
      EXPECT_EQ(Lower(data).find("okafor"), std::string::npos) << name;
}

}  // namespace
}  // namespace anonymiser::docx::testing
