// The test package with the name "Okafor" planted in every part type a
// reader or a forensic examiner could see.
#pragma once

#include <string>

#include "docx_test_package.h"

namespace anonymiser::docx::testing {
namespace planted {

inline constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kRelNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* kTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

inline const std::string kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:styles "
    "xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
    "<w:style w:type='paragraph' w:styleId='Normal'><w:name w:val='Normal'/></w:style>"
    "</w:styles>";
inline const std::string kFontTable = "<?xml version='1.0'?><fonts/>";

inline std::string Root(const std::string& element, const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:") +
         element + " xmlns:w=\"" + kW + "\" xmlns:r=\"" + kRelNs +
         "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
         " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
         " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
         " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
         " xmlns:v=\"urn:schemas-microsoft-com:vml\""
         " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">" +
         body + "</w:" + element + ">";
}

inline std::string Rel(const std::string& id, const std::string& kind, const std::string& target,
                       bool external = false) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + kTypes + "/" + kind + "\" Target=\"" + target +
         "\"" + (external ? " TargetMode=\"External\"" : "") + "/>";
}

inline std::string Rels(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         body + "</Relationships>";
}

inline std::string Para(const std::string& runs) {
  return "<w:p w:rsidR=\"00A1B2C3\">" + runs + "</w:p>";
}
inline std::string Run(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

}  // namespace planted

// The package: body (split runs), tracked changes, text box (both branches),
// fields, hyperlink, table, content control, comment, notes, header, footer,
// settings, people, glossary, SmartArt, custom XML, core/app/custom
// properties, thumbnail, an embedded Word document.
inline Parts PlantedPackage() {
  using namespace planted;
  std::string body;
  // Split mid-word across runs, with a spell-check mark and a bookmark between.
  body += Para(
      "<w:r w:rsidRPr=\"00D4E5F6\"><w:rPr><w:b/></w:rPr><w:t>Ms Oka</w:t></w:r>"
      "<w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"0\" w:name=\"_b\"/>"
      "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">for visited.</w:t></w:r>"
      "<w:bookmarkEnd w:id=\"0\"/><w:proofErr w:type=\"spellEnd\"/>");
  // Tracked deletion and insertion, tracked move.
  body +=
      Para(Run("Seen by ") +
           "<w:del w:id=\"1\" w:author=\"Jane Okafor\" w:date=\"2020-01-01T00:00:00Z\">"
           "<w:r><w:delText>Okafor</w:delText></w:r></w:del>"
           "<w:ins w:id=\"2\" w:author=\"Jane Okafor\"><w:r><w:t>the worker</w:t></w:r></w:ins>");
  body += Para(
      "<w:moveFrom w:id=\"3\" w:author=\"Jane Okafor\"><w:r><w:t>Moved Okafor</w:t></w:r>"
      "</w:moveFrom>" +
      Run("Stays."));
  // Text box in both branches of mc:AlternateContent, with alt text.
  body += Para(
      "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline>"
      "<wp:docPr id=\"1\" name=\"Box 1\" descr=\"Photo of the Okafor family\" title=\"Okafor\"/>"
      "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" +
      Para(Run("Box: Okafor")) +
      "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>"
      "</mc:Choice><mc:Fallback><w:pict><v:shape alt=\"Okafor shape\"><v:textbox><w:txbxContent>" +
      Para(Run("Box: Okafor")) +
      "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>");
  // Complex fields: MERGEFIELD split over two instrText runs, HYPERLINK.
  body += Para(
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD Oka</w:instrText></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\">for_Name </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
      Run("Okafor_Name") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
  body += Para(
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"mailto:okafor@example.org\" "
      "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
      Run("write to us") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
  body += Para("<w:fldSimple w:instr=\" AUTHOR Okafor \">" + Run("Okafor") + "</w:fldSimple>");
  // Hyperlink with an external target and a tooltip.
  body += Para("<w:hyperlink r:id=\"rId20\" w:tooltip=\"Okafor page\">" + Run("the page") +
               "</w:hyperlink>");
  // Table, content control, comment, notes.
  body += "<w:tbl><w:tr><w:tc>" + Para(Run("Client: Okafor")) + "</w:tc></w:tr></w:tbl>";
  body +=
      "<w:sdt><w:sdtPr><w:alias w:val=\"Okafor alias\"/><w:tag w:val=\"Okafor-tag\"/>"
      "</w:sdtPr><w:sdtContent>" +
      Para(Run("Control Okafor")) + "</w:sdtContent></w:sdt>";
  body += Para("<w:commentRangeStart w:id=\"0\"/>" + Run("Commented") +
               "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>");
  body += Para(Run("Noted") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" +
               "<w:r><w:endnoteReference w:id=\"1\"/></w:r>");
  body += Para(Run("SmartArt follows") +
               "<w:r><w:drawing><wp:inline><wp:docPr id=\"2\" name=\"Diagram\"/>"
               "</wp:inline></w:drawing></w:r>");
  body +=
      "<w:sectPr w:rsidR=\"00A1B2C3\"><w:headerReference w:type=\"default\" r:id=\"rId2\"/>"
      "<w:footerReference w:type=\"default\" r:id=\"rId3\"/></w:sectPr>";

  Parts parts;
  parts.emplace_back("[Content_Types].xml",
                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                     "<Default Extension=\"rels\" ContentType=\"application/"
                     "vnd.openxmlformats-package.relationships+xml\"/>"
                     "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                     "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
                     "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                     "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                     "<Override PartName=\"/docProps/thumbnail.jpeg\" ContentType=\"image/jpeg\"/>"
                     "</Types>");
  parts.emplace_back(
      "_rels/.rels",
      Rels(Rel("rId1", "officeDocument", "word/document.xml") +
           "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
           "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
           Rel("rId3", "extended-properties", "docProps/app.xml") +
           Rel("rId4", "custom-properties", "docProps/custom.xml") +
           "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/package/2006/"
           "relationships/metadata/thumbnail\" Target=\"docProps/thumbnail.jpeg\"/>"));
  parts.emplace_back("word/document.xml", Root("document", "<w:body>" + body + "</w:body>"));
  parts.emplace_back(
      "word/_rels/document.xml.rels",
      Rels(Rel("rId2", "header", "header1.xml") + Rel("rId3", "footer", "footer1.xml") +
           Rel("rId4", "footnotes", "footnotes.xml") + Rel("rId5", "endnotes", "endnotes.xml") +
           Rel("rId6", "comments", "comments.xml") + Rel("rId7", "settings", "settings.xml") +
           Rel("rId12", "styles", "styles.xml") + Rel("rId13", "fontTable", "fontTable.xml") +
           "<Relationship Id=\"rId8\" Type=\"http://schemas.microsoft.com/office/2011/"
           "relationships/people\" Target=\"people.xml\"/>" +
           Rel("rId9", "glossaryDocument", "glossary/document.xml") +
           Rel("rId10", "customXml", "../customXml/item1.xml") +
           Rel("rId11", "diagramData", "diagrams/data1.xml") +
           Rel("rId20", "hyperlink", "https://example.org/okafor/Okafor.html", true)));
  parts.emplace_back("word/header1.xml", Root("hdr", Para(Run("Header Okafor"))));
  parts.emplace_back("word/footer1.xml", Root("ftr", Para(Run("Footer Okafor"))));
  parts.emplace_back("word/footnotes.xml",
                     Root("footnotes", "<w:footnote w:id=\"1\">" +
                                           Para(Run("Footnote about Okafor")) + "</w:footnote>"));
  parts.emplace_back(
      "word/endnotes.xml",
      Root("endnotes", "<w:endnote w:id=\"1\">" + Para(Run("Endnote Okafor")) + "</w:endnote>"));
  parts.emplace_back(
      "word/comments.xml",
      Root("comments", "<w:comment w:id=\"0\" w:author=\"Jane Okafor\" w:initials=\"JO\">" +
                           Para(Run("Ask Okafor")) + "</w:comment>"));
  parts.emplace_back(
      "word/settings.xml",
      Root("settings",
           "<w:attachedTemplate r:id=\"rId1\"/><w:docVars><w:docVar w:name=\"client\" "
           "w:val=\"Okafor\"/></w:docVars><w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/>"
           "<w:connectString w:val=\"Provider=x;Data Source=C:\\Users\\Okafor\\clients.xlsx\"/>"
           "<w:query w:val=\"SELECT * FROM Okafor\"/></w:mailMerge><w:rsids><w:rsidRoot "
           "w:val=\"00A1B2C3\"/>"
           "<w:rsid w:val=\"00D4E5F6\"/></w:rsids>"));
  parts.emplace_back(
      "word/_rels/settings.xml.rels",
      Rels(Rel("rId1", "attachedTemplate", "file:///C:/Users/okafor/Templates/Normal.dotm", true)));
  parts.emplace_back("word/people.xml",
                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w15:people "
                     "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
                     "<w15:person w15:author=\"Jane Okafor\"><w15:presenceInfo "
                     "w15:providerId=\"AD\" w15:userId=\"S::jane.okafor@example.org::1\"/>"
                     "</w15:person></w15:people>");
  parts.emplace_back("word/styles.xml", kStyles);
  parts.emplace_back("word/fontTable.xml", kFontTable);
  parts.emplace_back("word/glossary/document.xml",
                     Root("glossaryDocument", "<w:docParts><w:docPart><w:docPartBody>" +
                                                  Para(Run("Okafor building block")) +
                                                  "</w:docPartBody></w:docPart></w:docParts>"));
  parts.emplace_back(
      "word/diagrams/data1.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><dgm:dataModel "
      "xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><dgm:ptLst><dgm:pt>"
      "<dgm:t><a:bodyPr/><a:p><a:r><a:t>Oka</a:t></a:r><a:r><a:t>for node</a:t></a:r></a:p>"
      "</dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>");
  parts.emplace_back("customXml/item1.xml",
                     "<?xml version=\"1.0\"?><case><client>Okafor</client><ref>42</ref></case>");
  parts.emplace_back(
      "docProps/core.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Review of Okafor case</dc:title>"
      "<dc:subject>Okafor</dc:subject><dc:creator>Jane Okafor</dc:creator>"
      "<cp:keywords>okafor; review</cp:keywords><dc:description>About Okafor</dc:description>"
      "<cp:category>Okafor</cp:category><cp:lastModifiedBy>J. Okafor</cp:lastModifiedBy>"
      "</cp:coreProperties>");
  parts.emplace_back(
      "docProps/app.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties "
      "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
      "<Company>Okafor Ltd</Company><Manager>Mr Okafor</Manager></Properties>");
  parts.emplace_back(
      "docProps/custom.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties "
      "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
      "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
      "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Client\">"
      "<vt:lpwstr>Okafor</vt:lpwstr></property></Properties>");
  parts.emplace_back(
      "word/embeddings/Microsoft_Word_Document.docx",
      PackageBytes(MinimalDocx("<w:p><w:r><w:t>Embedded note by Okafor</w:t></w:r></w:p>")));
  parts.emplace_back("docProps/thumbnail.jpeg", "\xFF\xD8\xFF\xE0 first page: Okafor");
  return parts;
}

}  // namespace anonymiser::docx::testing
