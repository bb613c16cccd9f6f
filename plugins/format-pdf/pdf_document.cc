#include "pdf_document.h"

#include <utility>

#include "edited_units.h"
#include "pdf_output_writer.h"
#include "text_output_writer.h"

namespace anonymiser::pdf {

PdfDocument::PdfDocument(PdfContent content, OutputMode mode, std::filesystem::path source)
    : content_(std::move(content)), mode_(mode), source_(std::move(source)) {}

const std::vector<TextUnit>& PdfDocument::units() const { return content_.units; }

std::string PdfDocument::format() const { return "pdf"; }

std::string PdfDocument::output_extension() const {
  return mode_ == OutputMode::kPdf ? ".pdf" : ".txt";
}

void PdfDocument::Write(const EditList& edits, const std::filesystem::path& out) const {
  EditedUnits text(content_.units, edits, source_.string());
  if (mode_ == OutputMode::kPdf)
    PdfOutputWriter::Write(content_, text, out);
  else
    TextOutputWriter::Write(content_, text, out);
}

}  // namespace anonymiser::pdf
