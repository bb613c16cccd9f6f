#include "trigger_words.h"

#include <bitset>
#include <string>
#include <unordered_set>

namespace anonymiser::dates {
namespace {

const std::unordered_set<std::string_view>& Words() {
  static const std::unordered_set<std::string_view> words = {
      "january",   "february",  "march",     "april",    "may",      "june",      "july",
      "august",    "september", "october",   "november", "december", "jan",       "feb",
      "mar",       "apr",       "jun",       "jul",      "aug",      "sep",       "sept",
      "oct",       "nov",       "dec",       "monday",   "tuesday",  "wednesday", "thursday",
      "friday",    "saturday",  "sunday",    "mon",      "tue",      "tues",      "wed",
      "thu",       "thur",      "thurs",     "fri",      "sat",      "sun",       "spring",
      "summer",    "autumn",    "winter",    "early",    "mid",      "late",      "end",
      "beginning", "start",     "middle",    "age",      "aged",     "a",         "an",
      "one",       "two",       "three",     "four",     "five",     "six",       "seven",
      "eight",     "nine",      "ten",       "eleven",   "twelve",   "thirteen",  "fourteen",
      "fifteen",   "sixteen",   "seventeen", "eighteen", "nineteen", "twenty",    "thirty",
      "forty",     "fifty",     "sixty",     "seventy",  "eighty",   "ninety"};
  return words;
}

std::size_t QuickHash(std::string_view lower) {
  std::size_t h = lower.size();
  for (char c : lower) h = h * 31 + static_cast<unsigned char>(c);
  return h & 0xFFFF;
}

// A bit per QuickHash value of a trigger word: most other words are refused
// by one bit test, without hashing them fully or comparing bytes.
const std::bitset<0x10000>& Filter() {
  static const std::bitset<0x10000> filter = [] {
    std::bitset<0x10000> f;
    for (std::string_view w : Words()) f.set(QuickHash(w));
    return f;
  }();
  return filter;
}

}  // namespace

bool MayStartDateOrAge(std::string_view word) {
  if (word.empty() || word.size() > 9) return false;
  char buf[9];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(buf, word.size());
  if (!Filter().test(QuickHash(lower))) return false;
  return Words().count(lower) != 0;
}

}  // namespace anonymiser::dates
