// Fuzz target: format-docx's reader (zip, XML parts) and writer.
#include "docx_plugin.h"
#include "format_exercise.h"
#include "fuzz_targets.h"

namespace anonymiser::fuzz {

int FuzzDocxReader(const std::uint8_t* data, std::size_t size) {
  // Default limits except a smaller inflated total, so a legal but large
  // package cannot exceed the fuzzer's memory limit.
  static docx::DocxPlugin* plugin = [] {
    auto* p = new docx::DocxPlugin();
    PluginContext context;
    context.settings.Set("limit.max-uncompressed", "256M");
    p->Configure(context);
    return p;
  }();
  ExerciseFormat(*plugin, "input.docx", data, size);
  return 0;
}

}  // namespace anonymiser::fuzz
