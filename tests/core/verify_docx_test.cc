// The leak check on DOCX outputs: a name planted in any part is found and
// reported without revealing it; a real run's output passes.
#include <Poco/DateTime.h>
#include <Poco/Zip/Compress.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "test_support.h"

namespace anonymiser::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>
</Types>)";

const char* kW =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

std::string P(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// The parts of a small DOCX; `plant` replaces the text of one of them.
struct DocxParts {
  std::string body = "The review met in March.";
  std::string split_runs = "";  // extra paragraph XML in the body
  std::string header = "Practice review";
  std::string footnote = "See the chronology.";
  std::string comment = "Check the date.";
  std::string creator = "Review Team";
  std::string custom = "Draft";
  std::string link_target = "https://example.org/review";
};

std::string BuildDocx(const DocxParts& p) {
  std::map<std::string, std::string> parts;
  parts["[Content_Types].xml"] = kContentTypes;
  parts["_rels/.rels"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
      R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
      R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>)"
      "</Relationships>";
  parts["word/_rels/document.xml.rels"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>)"
      R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>)"
      R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>)"
      R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target=")" +
      p.link_target + R"(" TargetMode="External"/></Relationships>)";
  parts["word/document.xml"] =
      std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:document )") + kW + "><w:body>" +
      P(p.body) + p.split_runs +
      R"(<w:p><w:r><w:t xml:space="preserve">Note</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>)"
      R"(<w:commentRangeStart w:id="0"/><w:r><w:t>here</w:t></w:r><w:commentRangeEnd w:id="0"/>)"
      R"(<w:r><w:commentReference w:id="0"/></w:r><w:hyperlink r:id="rId4"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>)"
      R"(<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr></w:body></w:document>)";
  parts["word/header1.xml"] = std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:hdr )") + kW +
                              ">" + P(p.header) + "</w:hdr>";
  parts["word/footnotes.xml"] =
      std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:footnotes )") + kW +
      R"(><w:footnote w:id="1">)" + P(p.footnote) + "</w:footnote></w:footnotes>";
  parts["word/comments.xml"] =
      std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:comments )") + kW +
      R"(><w:comment w:id="0" w:author="Reviewer">)" + P(p.comment) + "</w:comment></w:comments>";
  parts["docProps/core.xml"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Review</dc:title><dc:creator>)" +
      p.creator + "</dc:creator></cp:coreProperties>";
  parts["docProps/custom.xml"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Subject"><vt:lpwstr>)" +
      p.custom + "</vt:lpwstr></property></Properties>";
  std::ostringstream zip;
  Poco::Zip::Compress c(zip, true);
  for (const auto& [name, data] : parts) {
    std::istringstream in(data);
    c.addFile(in, Poco::DateTime(2024, 1, 1), name, Poco::Zip::ZipCommon::CM_DEFLATE);
  }
  c.close();
  return zip.str();
}

class VerifyDocx : public ::testing::Test {
 protected:
  void SetUp() override {
    kase_ = (dir_ / "case.anoncase").string();
    auto r = RunCli({"case", "add", "Grace Okafor", "Person C", "--case", kase_});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  CommandResult Verify(const DocxParts& parts) {
    const fs::path file = dir_ / "out.docx";
    WriteFile(file, BuildDocx(parts));
    return RunCli({"verify", "--case", kase_, file.string()});
  }
  TempDir dir_;
  std::string kase_;
};

// Expects a hit in `part` and nothing revealing the name.
void ExpectHit(const CommandResult& r, const std::string& part) {
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("out.docx: " + part));
  EXPECT_THAT(r.out, HasSubstr("PERSON \"Person C\""));
  EXPECT_THAT(r.out, Not(HasSubstr("Okafor")));
  EXPECT_THAT(r.out, Not(HasSubstr("okafor")));
}

TEST_F(VerifyDocx, CleanPackagePasses) {
  auto r = Verify(DocxParts{});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("0 hits"));
}

TEST_F(VerifyDocx, FindsNameInBody) {
  DocxParts p;
  p.body = "Ms GRACE OKAFOR&#8217;s visit";
  ExpectHit(Verify(p), "word/document.xml, line");
}

TEST_F(VerifyDocx, FindsNameSplitAcrossRuns) {
  DocxParts p;
  p.split_runs =
      "<w:p><w:r><w:t>Mrs Oka</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>for</w:t></w:r></w:p>";
  ExpectHit(Verify(p), "word/document.xml (paragraphs), paragraph 2");
}

TEST_F(VerifyDocx, FindsNameInHeaderFootnoteAndComment) {
  for (const std::string part : {"header", "footnote", "comment"}) {
    DocxParts p;
    if (part == "header") p.header = "Okafor family";
    if (part == "footnote") p.footnote = "Spoke to Gr&#225;ce Okafor.";
    if (part == "comment") p.comment = "ask okafor";
    const std::string entry = part == "header"     ? "word/header1.xml"
                              : part == "footnote" ? "word/footnotes.xml"
                                                   : "word/comments.xml";
    ExpectHit(Verify(p), entry);
  }
}

TEST_F(VerifyDocx, FindsNameInPropertiesAndLinkTarget) {
  DocxParts creator;
  creator.creator = "Grace Okafor";
  ExpectHit(Verify(creator), "docProps/core.xml");
  DocxParts custom;
  custom.custom = "Case of G. Okafor";
  ExpectHit(Verify(custom), "docProps/custom.xml");
  DocxParts link;
  link.link_target = "mailto:grace.okafor@example.org";
  ExpectHit(Verify(link), "word/_rels/document.xml.rels");
}

TEST_F(VerifyDocx, ShowOriginalsPrintsTheSpelling) {
  DocxParts p;
  p.body = "Grace Okafor";
  const fs::path file = dir_ / "out.docx";
  WriteFile(file, BuildDocx(p));
  auto r = RunCli({"verify", "--case", kase_, "--show-originals", file.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("original \"Grace Okafor\""));
}

TEST_F(VerifyDocx, OutputOfARealRunPasses) {
  DocxParts p;
  p.body = "Grace Okafor met the health visitor.";
  p.header = "Okafor family review";
  p.footnote = "Grace said she was tired.";
  p.comment = "Ask Ms Okafor.";
  p.creator = "Grace Okafor";
  WriteFile(dir_ / "in/review.docx", BuildDocx(p));
  auto run = RunCli({"run", (dir_ / "in/review.docx").string(), "-o", (dir_ / "out").string(),
                     "--case", kase_, "--verify"});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("leak check: no original identifier"));
  auto r = RunCli({"verify", "--case", kase_, (dir_ / "out").string()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

}  // namespace
}  // namespace anonymiser::testing
