// The test PDF of the leak tests: the name "Brennan" in the body (hyphenated
// across a line end), a running header, the Author and Title, an outline
// entry, an annotation (contents and author) and a form field value.
#pragma once

#include <string>

#include "hand_written_pdf.h"

namespace anonymiser::pdf {

inline std::string BrennanPdf() {
  testing::HandWrittenPdf pdf;
  for (int n = 1; n <= 3; ++n) {
    const std::string num = std::to_string(n);
    testing::HandWrittenPage page;
    page.content =
        "BT /F1 9 Tf 72 760 Td (CONFIDENTIAL / Serious Case Review: Brennan family / " + num +
        ") Tj ET\n"
        "BT /F1 12 Tf 72 700 Td 15 TL (Section " +
        num +
        ". The social worker visited Mrs Bren-) Tj T* (nan at home on a Tuesday morning.) Tj "
        "T* (The plan was agreed by everyone present at meeting " +
        num +
        ".) Tj ET\n"
        "BT /F1 9 Tf 300 40 Td (Page " +
        num + ") Tj ET\n";
    pdf.pages.push_back(page);
  }
  pdf.pages[1].annotations.push_back(
      "<< /Type /Annot /Subtype /Text /Rect [500 700 520 720] /Contents (Ask Brennan about the "
      "visit) /T (Siobhan Brennan) >>");
  pdf.info = "/Author (Siobhan Brennan) /Title (Review of the Brennan family)";
  pdf.outline_title = "Interview with Brennan";
  pdf.field_value = "Siobhan Brennan";
  return pdf.Bytes();
}

}  // namespace anonymiser::pdf
