// Builds PDF files from raw object bodies, with a correct cross-reference
// table, so a test can write any object graph: loops, lies, dangling references.
#pragma once

#include <string>
#include <vector>

#include "pdf_file.h"

namespace anonymiser::hostile {

// `objects[i]` is the body of object i + 1 (e.g. "<< /Type /Catalog /Pages 2 0 R >>").
// Object 1 is the catalog (the trailer's /Root).
inline std::string RawPdf(const std::vector<std::string>& objects) {
  return anonymiser::testing::PdfFromObjects(objects, 1);
}

// A page (for object lists built with RawPdf) whose parent is object `parent`,
// showing `text` with the font in object `font` and the content in object `content`.
inline std::string RawPage(int parent, int font, int content) {
  return "<< /Type /Page /Parent " + std::to_string(parent) +
         " 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 " + std::to_string(font) +
         " 0 R >> >> /Contents " + std::to_string(content) + " 0 R >>";
}

inline std::string RawFont() {
  return "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
}

inline std::string RawContent(const std::string& text) {
  const std::string ops = "BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET";
  return "<< /Length " + std::to_string(ops.size()) + " >>\nstream\n" + ops + "\nendstream";
}

}  // namespace anonymiser::hostile
