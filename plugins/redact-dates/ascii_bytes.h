// The byte tests every reader of this plugin uses (dates, ages, periods,
// the scan for trigger words): ASCII classes, and runs of them.
#pragma once

#include <cstddef>
#include <string_view>

namespace anonymiser::dates {

constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
constexpr char Lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
// True for ASCII letters and digits and every byte of a multi-byte UTF-8
// character: what may not touch a date on either side.
constexpr bool IsWordByte(unsigned char c) {
  return IsDigit(static_cast<char>(c)) || IsLetter(static_cast<char>(c)) || c >= 0x80;
}

// How many bytes from `p` on satisfy `is` (0 when `p` is at or past the end).
template <typename Pred>
std::size_t RunLength(std::string_view text, std::size_t p, Pred is) {
  std::size_t n = 0;
  while (p + n < text.size() && is(text[p + n])) ++n;
  return n;
}

}  // namespace anonymiser::dates
