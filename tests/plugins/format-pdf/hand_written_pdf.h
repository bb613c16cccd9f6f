// Builds small PDF files byte by byte for the tests: text pages, a document
// information dictionary, an outline, annotations and a filled form field.
#pragma once

#include <string>
#include <vector>

#include "pdf_file.h"

namespace anonymiser::pdf::testing {

struct HandWrittenPage {
  // Content stream operators, e.g. "BT /F1 12 Tf 72 700 Td (Hello) Tj ET".
  std::string content;
  // Extra annotation dictionaries ("<< /Type /Annot ... >>") shown on the page.
  std::vector<std::string> annotations;
};

struct HandWrittenPdf {
  std::vector<HandWrittenPage> pages;
  std::string info;           // entries of the Info dictionary, e.g. "/Author (A B)"
  std::string outline_title;  // one outline entry pointing at page 1 when not empty
  std::string field_value;    // a text form field on page 1 with this value when not empty

  // The file's bytes, with a correct cross-reference table.
  std::string Bytes() const {
    std::vector<std::string> objects;  // object i + 1
    auto add = [&objects](const std::string& body) {
      objects.push_back(body);
      return objects.size();
    };
    const std::size_t catalog = add("");
    const std::size_t pages_obj = add("");
    const std::size_t font =
        add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
            "/Encoding /WinAnsiEncoding >>");
    std::vector<std::size_t> page_ids;
    for (std::size_t i = 0; i < pages.size(); ++i) page_ids.push_back(add(""));
    std::size_t field = 0;
    if (!field_value.empty())
      field = add("<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (" + field_value +
                  ") /Rect [72 500 300 520] /P " + std::to_string(page_ids[0]) + " 0 R >>");
    std::string kids;
    for (std::size_t i = 0; i < pages.size(); ++i) {
      const HandWrittenPage& page = pages[i];
      const std::size_t stream = add("<< /Length " + std::to_string(page.content.size()) +
                                     " >>\nstream\n" + page.content + "\nendstream");
      std::string annots;
      for (const std::string& a : page.annotations) annots += std::to_string(add(a)) + " 0 R ";
      if (i == 0 && field != 0) annots += std::to_string(field) + " 0 R ";
      objects[page_ids[i] - 1] = "<< /Type /Page /Parent " + std::to_string(pages_obj) +
                                 " 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 " +
                                 std::to_string(font) + " 0 R >> >> /Contents " +
                                 std::to_string(stream) + " 0 R" +
                                 (annots.empty() ? "" : " /Annots [" + annots + "]") + " >>";
      kids += std::to_string(page_ids[i]) + " 0 R ";
    }
    objects[pages_obj - 1] =
        "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
    std::string catalog_body = "<< /Type /Catalog /Pages " + std::to_string(pages_obj) + " 0 R";
    if (!outline_title.empty()) {
      const std::size_t outlines = add("");
      const std::size_t item =
          add("<< /Title (" + outline_title + ") /Parent " + std::to_string(outlines) +
              " 0 R /Dest [" + std::to_string(page_ids[0]) + " 0 R /Fit] >>");
      objects[outlines - 1] = "<< /Type /Outlines /First " + std::to_string(item) + " 0 R /Last " +
                              std::to_string(item) + " 0 R /Count 1 >>";
      catalog_body += " /Outlines " + std::to_string(outlines) + " 0 R";
    }
    if (field != 0) catalog_body += " /AcroForm << /Fields [" + std::to_string(field) + " 0 R] >>";
    objects[catalog - 1] = catalog_body + " >>";
    std::size_t info_obj = 0;
    if (!info.empty()) info_obj = add("<< " + info + " >>");

    return anonymiser::testing::PdfFromObjects(objects, catalog, info_obj);
  }
};

}  // namespace anonymiser::pdf::testing
