#include "trigger_words.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_set>

namespace anonymiser::dates {
namespace {

const std::unordered_set<std::string_view>& DateWords() {
  static const std::unordered_set<std::string_view> words = {
      "january",   "february",  "march",   "april",     "may",      "june",      "july",
      "august",    "september", "october", "november",  "december", "jan",       "feb",
      "mar",       "apr",       "jun",     "jul",       "aug",      "sep",       "sept",
      "oct",       "nov",       "dec",     "monday",    "tuesday",  "wednesday", "thursday",
      "friday",    "saturday",  "sunday",  "mon",       "tue",      "tues",      "wed",
      "thu",       "thur",      "thurs",   "fri",       "sat",      "sun",       "spring",
      "summer",    "autumn",    "winter",  "early",     "mid",      "late",      "end",
      "beginning", "start",     "middle",  "christmas", "easter",   "new",       "halloween",
      "bonfire"};
  return words;
}

const std::unordered_set<std::string_view>& AgeWords() {
  static const std::unordered_set<std::string_view> words = {
      "age",      "aged",     "a",       "an",      "one",       "two",      "three",    "four",
      "five",     "six",      "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
      "thirty",   "forty",    "fifty",   "sixty",   "seventy",   "eighty",   "ninety"};
  return words;
}

// A trigger word is at most nine letters: its first eight, lower-cased and
// packed into one integer, with its length and ninth letter, identify it.
struct Key {
  std::uint64_t first8 = 0;
  std::uint8_t size = 0;
  char ninth = 0;
  bool operator==(const Key&) const = default;
};

Key KeyOf(std::string_view word) {
  Key k;
  k.size = static_cast<std::uint8_t>(word.size());
  for (std::size_t i = 0; i < word.size() && i < 8; ++i) {
    const char c = word[i];
    const auto lower = static_cast<unsigned char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    k.first8 |= static_cast<std::uint64_t>(lower) << (8 * i);
  }
  if (word.size() == 9) {
    const char c = word[8];
    k.ninth = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return k;
}

// An open-addressing table of the trigger words. TriggerOf runs for every
// word of a text: one multiply and, for most words, one empty slot.
class TriggerTable {
 public:
  TriggerTable() {
    for (std::string_view w : DateWords()) Insert(KeyOf(w), Trigger::kDate);
    for (std::string_view w : AgeWords()) Insert(KeyOf(w), Trigger::kAge);
  }

  Trigger Find(const Key& key) const {
    for (std::size_t s = SlotOf(key);; s = (s + 1) % kSlots) {
      if (slots_[s].trigger == Trigger::kNone) return Trigger::kNone;
      if (slots_[s].key == key) return slots_[s].trigger;
    }
  }

 private:
  static constexpr std::size_t kSlots = 256;  // more than twice the words: short probes
  struct Slot {
    Key key;
    Trigger trigger = Trigger::kNone;
  };

  static std::size_t SlotOf(const Key& key) {
    const std::uint64_t h = (key.first8 ^ (static_cast<std::uint64_t>(key.size) << 59) ^
                             static_cast<std::uint64_t>(static_cast<unsigned char>(key.ninth))) *
                            0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(h >> 56);
  }

  // A word in both lists keeps its first trigger (DateWords are inserted first,
  // as TriggerOf always looked them up first).
  void Insert(const Key& key, Trigger trigger) {
    std::size_t s = SlotOf(key);
    for (; slots_[s].trigger != Trigger::kNone; s = (s + 1) % kSlots)
      if (slots_[s].key == key) return;
    slots_[s] = {key, trigger};
  }

  std::array<Slot, kSlots> slots_{};
};

}  // namespace

Trigger TriggerOf(std::string_view word) {
  if (word.empty() || word.size() > 9) return Trigger::kNone;
  static const TriggerTable table;
  return table.Find(KeyOf(word));
}

}  // namespace anonymiser::dates
