#include "trigger_words.h"

#include <bitset>
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
    for (std::string_view w : DateWords()) f.set(QuickHash(w));
    for (std::string_view w : AgeWords()) f.set(QuickHash(w));
    return f;
  }();
  return filter;
}

}  // namespace

Trigger TriggerOf(std::string_view word) {
  if (word.empty() || word.size() > 9) return Trigger::kNone;
  char buf[9];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(buf, word.size());
  if (!Filter().test(QuickHash(lower))) return Trigger::kNone;
  if (DateWords().count(lower) != 0) return Trigger::kDate;
  if (AgeWords().count(lower) != 0) return Trigger::kAge;
  return Trigger::kNone;
}

}  // namespace anonymiser::dates
