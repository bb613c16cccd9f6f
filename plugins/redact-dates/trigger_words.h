// The words a date or an age can start with, for a cheap first test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace anonymiser::dates {

enum class Trigger {
  kNone,
  kDate,  // month, weekday and season names and abbreviations, "early", "mid",
          // "late", "end", "beginning", "start", "middle"
  kAge,   // "age", "aged", "a", "an", number words ("seventeen", "twenty")
};

// A word as TriggerOf looks it up: its first eight letters lower-cased and
// packed into one integer, its ninth letter and its length.
class TriggerKey {
 public:
  // The key of the `n` ASCII letters (any case) at text[pos]. Where the text
  // holds eight bytes from `pos`, they are read in one load: Find makes a key
  // for every word of a text, and most words are shorter than nine letters.
  static TriggerKey At(std::string_view text, std::size_t pos, std::size_t n);

  bool operator==(const TriggerKey&) const = default;

 private:
  friend class TriggerTable;
  static constexpr std::size_t kTooLong = 10;  // no trigger word has ten letters

  std::uint64_t first8_ = 0;
  std::uint64_t ninth_ = 0;
  std::size_t size_ = 0;  // letters, at most kTooLong
};

// What `word` (ASCII letters, any case) may start: a date, an age, or nothing.
Trigger TriggerOf(std::string_view word);
Trigger TriggerOf(const TriggerKey& word);

}  // namespace anonymiser::dates
