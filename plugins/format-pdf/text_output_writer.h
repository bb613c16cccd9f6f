// Writes a read PDF, anonymised, as UTF-8 text.
#pragma once

#include <filesystem>

#include "edited_units.h"
#include "pdf_content.h"

namespace anonymiser::pdf {

class TextOutputWriter {
 public:
  // Writes to `out`: each page's pieces (running header, paragraphs,
  // annotations and form field values, running footer) separated by a blank
  // line, pages separated by one form feed; then, when the document has any,
  // one more form feed and a section headed "[document properties,
  // bookmarks and attachments]" with one labelled line per document-level
  // unit (information entries, XMP values, outline titles, attachment names).
  // Throws Error(kOutput) naming `out` when it cannot be written.
  static void Write(const PdfContent& content, const EditedUnits& text,
                    const std::filesystem::path& out);
};

}  // namespace anonymiser::pdf
