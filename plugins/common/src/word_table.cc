#include "plugin_text/word_table.h"

namespace anonymiser::plugin_text {

void WordTable::Reserve(std::size_t expected) {
  std::size_t want = 16;
  while (want * 3 < expected * 4 + 4) want *= 2;
  if (want <= slots_.size()) return;
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(want, Slot{});
  const std::size_t mask = want - 1;
  for (const Slot& s : old) {
    if (s.len == kEmpty) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].len != kEmpty) i = (i + 1) & mask;
    slots_[i] = s;
  }
  arena_.reserve(expected * 8);
}

void WordTable::Grow() { Reserve(slots_.size() * 2); }

}  // namespace anonymiser::plugin_text
