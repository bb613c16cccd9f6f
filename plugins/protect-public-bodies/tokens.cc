#include "tokens.h"

#include <array>

namespace anonymiser::keep {
namespace {

constexpr std::uint64_t kOffset = 1469598103934665603ULL;
constexpr std::uint64_t kPrime = 1099511628211ULL;

constexpr bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr unsigned char Fold(unsigned char c) {
  return IsUpper(c) ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

std::uint64_t Mix(std::uint64_t h, unsigned char c) { return (h ^ Fold(c)) * kPrime; }

// What a byte is, looked up once per byte of the text (Tokenise touches
// every byte): 0 for a byte that separates tokens, kE2 for 0xE2 (which may
// start the punctuation "\xE2\x80.." that ends a token), else the bits.
enum : std::uint8_t {
  kSeparator = 0,
  kE2 = 1,
  kLetterBit = 2,  // ASCII letter
  kLowerBit = 4,
  kDigitBit = 8,
  kHighBit = 16,  // a byte of a multi-byte UTF-8 character
};
constexpr std::array<std::uint8_t, 256> kClass = [] {
  std::array<std::uint8_t, 256> cls{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    cls[b] = IsUpper(b)   ? kLetterBit
             : IsLower(b) ? kLetterBit | kLowerBit
             : IsDigit(b) ? kDigitBit
             : b == 0xE2  ? kE2
             : b >= 0x80  ? kHighBit
                          : kSeparator;
  }
  return cls;
}();
constexpr std::array<unsigned char, 256> kFold = [] {
  std::array<unsigned char, 256> fold{};
  for (int c = 0; c < 256; ++c)
    fold[static_cast<std::size_t>(c)] = Fold(static_cast<unsigned char>(c));
  return fold;
}();

// The ASCII letters of token `t`: counted only for the few tokens without a
// lower-case letter, to tell "NHS" (upper) from "A" or "A1".
int CountLetters(std::string_view text, const Token& t) {
  int letters = 0;
  for (std::size_t k = t.begin; k < t.end; ++k)
    letters += (kClass[static_cast<unsigned char>(text[k])] & kLetterBit) != 0;
  return letters;
}

}  // namespace

std::uint64_t HashToken(std::string_view token) {
  if (token == "\xE2\x80\x99") token = "'";
  std::uint64_t h = kOffset;
  for (char c : token) h = Mix(h, static_cast<unsigned char>(c));
  return h;
}

void Tokenise(std::string_view text, std::vector<Token>& out) {
  out.clear();
  const std::size_t n = text.size();
  std::size_t i = 0, last_end = 0;
  static const std::uint64_t kApostrophe = HashToken("'");
  static const std::uint64_t kAmpersand = HashToken("&");
  auto joined = [&](std::size_t begin) {
    if (out.empty()) return false;
    if (begin - last_end > 3) return false;
    for (std::size_t k = last_end; k < begin; ++k)
      if (text[k] != ' ' && text[k] != '-') return false;
    return true;
  };
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (kClass[c] == kSeparator && c != '\'' && c != '&') {
      ++i;  // spaces and ASCII punctuation
      continue;
    }
    const bool apostrophe =
        c == '\'' || (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                      static_cast<unsigned char>(text[i + 2]) == 0x99);
    if (apostrophe || c == '&') {
      Token t;
      t.begin = i;
      t.end = i + (c == 0xE2 ? 3 : 1);
      t.hash = c == '&' ? kAmpersand : kApostrophe;
      t.joined = t.begin == last_end && !out.empty();
      out.push_back(t);
      i = last_end = t.end;
      continue;
    }
    if (c == 0xE2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      i += i + 3 <= n ? 3 : n - i;  // punctuation: dashes, quotes, bullets
      continue;
    }
    Token t;
    t.begin = i;
    t.joined = joined(i);
    t.hyphen = t.joined && i > last_end && text[i - 1] == '-';
    std::uint64_t h = kOffset;
    std::uint8_t seen = 0;  // the union of the token's byte classes
    for (; i < n; ++i) {
      const unsigned char d = static_cast<unsigned char>(text[i]);
      std::uint8_t cls = kClass[d];
      if (cls <= kE2) {  // one test for the common bytes
        if (cls == kSeparator) break;
        if (i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80) break;
        cls = kHighBit;
      }
      seen |= cls;
      h = (h ^ kFold[d]) * kPrime;
    }
    t.end = i;
    t.hash = h;
    t.capital = IsUpper(c);
    t.upper = (seen & (kLetterBit | kLowerBit)) == kLetterBit && CountLetters(text, t) >= 2;
    t.digits = seen == kDigitBit;
    out.push_back(t);
    last_end = i;
  }
}

}  // namespace anonymiser::keep
