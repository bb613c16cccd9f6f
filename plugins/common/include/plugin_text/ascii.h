// Byte tests the redaction plugins' scanners share: ASCII classes, the bytes
// that may not touch an identifier, and runs of a class. Constexpr and
// inline: they run on every byte of every text.
#pragma once

#include <cstddef>
#include <string_view>

namespace anonymiser::plugin_text {

constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
constexpr bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
// An ASCII letter or digit, or any byte of a multi-byte UTF-8 character:
// what may not touch a date or an identifier on either side.
constexpr bool IsWordByte(char c) { return IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }
constexpr char Lower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// The length of the apostrophe at `p`: 1 for ', 3 for ’ (U+2019 in UTF-8),
// 0 for anything else or past the end.
constexpr std::size_t ApostropheAt(std::string_view text, std::size_t p) {
  if (p >= text.size()) return 0;
  if (text[p] == '\'') return 1;
  return text.substr(p, 3) == "\xE2\x80\x99" ? 3 : 0;
}

// How many bytes from `p` on satisfy `is` (0 when `p` is at or past the end).
template <typename Pred>
std::size_t RunLength(std::string_view text, std::size_t p, Pred is) {
  std::size_t n = 0;
  while (p + n < text.size() && is(text[p + n])) ++n;
  return n;
}

// Runs of one ASCII class from `p` (0 at or past the end). The tests go to
// RunLength as lambdas, which inline, not as function pointers.
inline std::size_t DigitRun(std::string_view text, std::size_t p) {
  return RunLength(text, p, [](char c) { return IsDigit(c); });
}
inline std::size_t AlphaRun(std::string_view text, std::size_t p) {
  return RunLength(text, p, [](char c) { return IsAlpha(c); });
}
inline std::size_t UpperRun(std::string_view text, std::size_t p) {
  return RunLength(text, p, [](char c) { return IsUpper(c); });
}
inline std::size_t LowerRun(std::string_view text, std::size_t p) {
  return RunLength(text, p, [](char c) { return IsLower(c); });
}

}  // namespace anonymiser::plugin_text
