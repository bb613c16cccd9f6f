// The words a date or an age can start with, for a cheap first test.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace anonymiser::dates {

enum class Trigger {
  kNone,
  kDate,  // month, weekday and season names and abbreviations, "early", "mid",
          // "late", "end", "beginning", "start", "middle"
  kAge,   // "age", "aged", "a", "an", number words ("seventeen", "twenty")
  kLife,  // "life": may start a penalty period ("life imprisonment")
};

// A word as TriggerOf looks it up: its first eight letters lower-cased and
// packed into one integer, its ninth letter and its length.
class TriggerKey {
 public:
  // The key of the `n` ASCII letters (any case) at text[pos]. Where the text
  // holds eight bytes from `pos`, they are read in one load: Find makes a key
  // for every word of a text (inline, below), and most words are shorter
  // than nine letters.
  static TriggerKey At(std::string_view text, std::size_t pos, std::size_t n);

  bool operator==(const TriggerKey&) const = default;

 private:
  friend class TriggerTable;
  static constexpr std::size_t kTooLong = 10;  // no trigger word has ten letters

  std::uint64_t first8_ = 0;
  std::uint64_t ninth_ = 0;
  std::size_t size_ = 0;  // letters, at most kTooLong
};

inline TriggerKey TriggerKey::At(std::string_view text, std::size_t pos, std::size_t n) {
  TriggerKey key;
  if (n > 9) {
    key.size_ = kTooLong;
    return key;
  }
  key.size_ = n;
  std::uint64_t bytes = 0;
  if (std::endian::native == std::endian::little && pos + 8 <= text.size()) {
    std::memcpy(&bytes, text.data() + pos, 8);
  } else {
    for (std::size_t i = 0; i < n && i < 8; ++i)
      bytes |= static_cast<std::uint64_t>(static_cast<unsigned char>(text[pos + i])) << (8 * i);
  }
  // Setting bit 5 lower-cases an ASCII letter; the bytes after the word are masked off.
  const std::uint64_t mask = n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
  key.first8_ = (bytes | 0x2020202020202020ULL) & mask;
  if (n == 9) key.ninth_ = static_cast<unsigned char>(text[pos + 8]) | 0x20;
  return key;
}

// The trigger words, lower case.
inline constexpr std::string_view kDateTriggerWords[] = {
    "january",   "february",  "march",    "april",    "may",       "june",      "july",
    "august",    "september", "october",  "november", "december",  "jan",       "feb",
    "mar",       "apr",       "jun",      "jul",      "aug",       "sep",       "sept",
    "oct",       "nov",       "dec",      "monday",   "tuesday",   "wednesday", "thursday",
    "friday",    "saturday",  "sunday",   "mon",      "tue",       "tues",      "wed",
    "weds",      "thu",       "thur",     "thurs",    "fri",       "sat",       "sun",
    "spring",    "summer",    "autumn",   "winter",   "early",     "mid",       "late",
    "end",       "beginning", "start",    "middle",   "christmas", "easter",    "new",
    "halloween", "bonfire",   "boxing",   "ramadan",  "eid",       "diwali",    "hanukkah",
    "passover",  "vaisakhi",  "hogmanay", "whitsun",  "chinese",   "lunar",     "valentine",
    "mother",    "father",    "burns",    "st",       "guy",       "fireworks", "armistice",
    "pancake",   "twelfth",   "yom",      "rosh",     "navratri"};
inline constexpr std::string_view kAgeTriggerWords[] = {
    "age",      "aged",     "ages",     "a",       "an",      "one",       "two",      "three",
    "four",     "five",     "six",      "seven",   "eight",   "nine",      "ten",      "eleven",
    "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",   "thirty",   "forty",    "fifty",   "sixty",   "seventy",   "eighty",   "ninety",
    "twenties", "thirties", "forties",  "fifties", "sixties", "seventies", "eighties", "nineties"};

// For each first and second letter (second 26: the one-letter "a"): bit n
// for each trigger word of n letters that starts with them, and bit 16 + k
// for each third letter 'a' + k (bit 42 for two-letter words). "life" is
// counted in.
inline constexpr std::array<std::array<std::uint64_t, 27>, 26> kTriggerShapes = [] {
  std::array<std::array<std::uint64_t, 27>, 26> shapes{};
  auto add = [&](std::string_view w) {
    const std::size_t second = w.size() > 1 ? static_cast<std::size_t>(w[1] - 'a') : 26;
    std::uint64_t bits = std::uint64_t{1} << w.size();
    if (w.size() > 1) bits |= std::uint64_t{1} << (16 + (w.size() > 2 ? w[2] - 'a' : 26));
    shapes[static_cast<std::size_t>(w[0] - 'a')][second] |= bits;
  };
  for (std::string_view w : kDateTriggerWords) add(w);
  for (std::string_view w : kAgeTriggerWords) add(w);
  add("life");
  return shapes;
}();

// False when no trigger word has the first three letters and the length of
// the `n` ASCII letters at text[pos]: one table look-up that spares
// TriggerOf most words of a text ("the", "and", "that" among them).
inline bool MayBeTrigger(std::string_view text, std::size_t pos, std::size_t n) {
  if (n > 9) return false;
  const auto letter = [&](std::size_t k) {
    return static_cast<std::size_t>((text[pos + k] | 0x20) - 'a');
  };
  const std::uint64_t shape = kTriggerShapes[letter(0)][n > 1 ? letter(1) : 26];
  if ((shape & (std::uint64_t{1} << n)) == 0) return false;
  return n == 1 || (shape & (std::uint64_t{1} << (16 + (n > 2 ? letter(2) : 26)))) != 0;
}

// What `word` (ASCII letters, any case) may start: a date, an age (number
// words also start penalty periods), "life imprisonment", or nothing.
Trigger TriggerOf(std::string_view word);
Trigger TriggerOf(const TriggerKey& word);

}  // namespace anonymiser::dates
