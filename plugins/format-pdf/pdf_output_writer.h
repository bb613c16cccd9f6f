// Writes a read PDF, anonymised, as a new PDF typeset from its text.
#pragma once

#include <filesystem>

#include "edited_units.h"
#include "pdf_content.h"

namespace anonymiser::pdf {

class PdfOutputWriter {
 public:
  // Typesets each page's pieces with pango (DejaVu/Sans, 10 pt, wrapped,
  // scaled down to fit when a page holds more text than fits) on a page of
  // the input page's size: one output page per input page. The layout is
  // simplified (no columns, fonts, images or positions are kept). Sets Title,
  // Author, Subject, Keywords and Creator from the anonymised document
  // information and adds the anonymised outline. Nothing else of the input
  // is written: XMP and attachment names are not carried (they appear in the
  // text output only). Throws Error(kOutput) naming `out` on failure.
  static void Write(const PdfContent& content, const EditedUnits& text,
                    const std::filesystem::path& out);
};

}  // namespace anonymiser::pdf
