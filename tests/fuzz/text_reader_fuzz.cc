// Fuzz target: format-text's reader and writer.
#include "format_exercise.h"
#include "fuzz_targets.h"
#include "text_format_plugin.h"

namespace anonymiser::fuzz {

int FuzzTextReader(const std::uint8_t* data, std::size_t size) {
  static format_text::TextFormatPlugin* plugin = [] {
    auto* p = new format_text::TextFormatPlugin();
    p->Configure(PluginContext{});
    return p;
  }();
  ExerciseFormat(*plugin, "input.txt", data, size);
  return 0;
}

}  // namespace anonymiser::fuzz
