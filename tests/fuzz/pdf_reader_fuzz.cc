// Fuzz target: format-pdf's reader (poppler) and both of its writers.
#include "format_exercise.h"
#include "fuzz_targets.h"
#include "pdf_format_plugin.h"

namespace anonymiser::fuzz {

namespace {

pdf::PdfFormatPlugin* MakePlugin(const char* output) {
  auto* p = new pdf::PdfFormatPlugin();
  PluginContext context;
  context.settings.Set("pdf.output", output);
  context.settings.Set("limit.max-pages", "200");
  p->Configure(context);
  return p;
}

}  // namespace

int FuzzPdfReader(const std::uint8_t* data, std::size_t size) {
  static pdf::PdfFormatPlugin* as_text = MakePlugin("text");
  static pdf::PdfFormatPlugin* as_pdf = MakePlugin("pdf");
  // The length parity picks the writer, so both are covered without doubling the time.
  if ((size & 1) == 0)
    ExerciseFormat(*as_pdf, "input.pdf", data, size);
  else
    ExerciseFormat(*as_text, "input.pdf", data, size);
  return 0;
}

}  // namespace anonymiser::fuzz
