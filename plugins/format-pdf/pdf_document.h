// A PDF read into text units, written back as text or as a new PDF.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "anonymiser/document.h"
#include "pdf_content.h"

namespace anonymiser::pdf {

// How Write renders the document.
enum class OutputMode { kText, kPdf };

class PdfDocument : public Document {
 public:
  // `source` names the input in error messages.
  PdfDocument(PdfContent content, OutputMode mode, std::filesystem::path source);

  const std::vector<TextUnit>& units() const override;
  std::string format() const override;
  // ".txt" for text output, ".pdf" for PDF output.
  std::string output_extension() const override;
  // Text output: see TextOutputWriter; PDF output: see PdfOutputWriter.
  // Throws Error(kInternal) for edits that do not fit the units, kOutput when
  // `out` cannot be written.
  void Write(const EditList& edits, const std::filesystem::path& out) const override;

 private:
  PdfContent content_;
  OutputMode mode_;
  std::filesystem::path source_;
};

}  // namespace anonymiser::pdf
