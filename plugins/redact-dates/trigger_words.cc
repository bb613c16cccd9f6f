#include "trigger_words.h"

#include <array>
#include <cstdint>
#include <string>

namespace anonymiser::dates {
namespace {}  // namespace

// An open-addressing table of the trigger words. TriggerOf runs for every
// word of a text: one multiply and, for most words, one empty slot.
class TriggerTable {
 public:
  TriggerTable() {
    for (std::string_view w : kDateTriggerWords)
      Insert(TriggerKey::At(w, 0, w.size()), Trigger::kDate);
    for (std::string_view w : kAgeTriggerWords)
      Insert(TriggerKey::At(w, 0, w.size()), Trigger::kAge);
    Insert(TriggerKey::At("life", 0, 4), Trigger::kLife);
  }

  Trigger Find(const TriggerKey& key) const {
    if (key.size_ == 0 || key.size_ == TriggerKey::kTooLong) return Trigger::kNone;
    for (std::size_t s = SlotOf(key);; s = (s + 1) % kSlots) {
      if (slots_[s].trigger == Trigger::kNone) return Trigger::kNone;
      if (slots_[s].key == key) return slots_[s].trigger;
    }
  }

 private:
  static constexpr std::size_t kSlots = 256;  // more than twice the words: short probes
  struct Slot {
    TriggerKey key;
    Trigger trigger = Trigger::kNone;
  };

  static std::size_t SlotOf(const TriggerKey& key) {
    const std::uint64_t h =
        (key.first8_ ^ (static_cast<std::uint64_t>(key.size_) << 59) ^ key.ninth_) *
        0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(h >> 56);
  }

  // A word in both lists keeps its first trigger (DateWords are inserted first,
  // as TriggerOf always looked them up first).
  void Insert(const TriggerKey& key, Trigger trigger) {
    std::size_t s = SlotOf(key);
    for (; slots_[s].trigger != Trigger::kNone; s = (s + 1) % kSlots)
      if (slots_[s].key == key) return;
    slots_[s] = {key, trigger};
  }

  std::array<Slot, kSlots> slots_{};
};

Trigger TriggerOf(const TriggerKey& word) {
  static const TriggerTable table;
  return table.Find(word);
}

Trigger TriggerOf(std::string_view word) { return TriggerOf(TriggerKey::At(word, 0, word.size())); }

}  // namespace anonymiser::dates
