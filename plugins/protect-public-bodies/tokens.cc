#include "tokens.h"

#include <array>
#include <string>

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
// The byte folded (ASCII upper case lowered) in the low 8 bits and kClass
// in the high 8: the token loop looks up both with one load.
constexpr std::array<std::uint16_t, 256> kFoldAndClass = [] {
  std::array<std::uint16_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    table[b] = static_cast<std::uint16_t>(kClass[b] << 8 | Fold(b));
  }
  return table;
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
  // A copy of the text with a 0 byte (a separator) after it: the token loop
  // stops there with no bounds check per byte.
  thread_local std::string padded;
  padded.assign(text.data(), n);
  const auto* s = reinterpret_cast<const unsigned char*>(padded.c_str());
  std::size_t i = 0, last_end = 0;
  static const std::uint64_t kApostrophe = HashToken("'");
  static const std::uint64_t kAmpersand = HashToken("&");
  // Whether every byte since the previous token is a space or a hyphen, kept
  // up as the bytes are skipped (rather than read again at the next token).
  bool spaces_or_hyphens = true;
  // A hyphen with a space either side is a dash between two phrases
  // ("Gurpreet Bains - West Midlands Police"), not a join.
  bool gap_space = false, gap_hyphen = false;
  auto joined = [&](std::size_t begin) {
    return !out.empty() && begin - last_end <= 3 && spaces_or_hyphens && !(gap_space && gap_hyphen);
  };
  while (i < n) {
    const unsigned char c = s[i];
    if (kClass[c] == kSeparator && c != '\'' && c != '&') {
      spaces_or_hyphens = spaces_or_hyphens && (c == ' ' || c == '-');
      gap_space = gap_space || c == ' ';
      gap_hyphen = gap_hyphen || c == '-';
      ++i;  // spaces and ASCII punctuation
      continue;
    }
    const bool apostrophe =
        c == '\'' || (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x99);
    if (apostrophe || c == '&') {
      Token t;
      t.begin = i;
      t.end = i + (c == 0xE2 ? 3 : 1);
      t.hash = c == '&' ? kAmpersand : kApostrophe;
      t.joined = t.begin == last_end && !out.empty();
      out.push_back(t);
      i = last_end = t.end;
      spaces_or_hyphens = true;
      gap_space = gap_hyphen = false;
      continue;
    }
    if (c == 0xE2 && i + 1 < n && s[i + 1] == 0x80) {
      i += i + 3 <= n ? 3 : n - i;  // punctuation: dashes, quotes, bullets
      spaces_or_hyphens = false;
      continue;
    }
    const bool is_joined = joined(i);
    // Filled in place: a push_back of a copy was a call per token.
    Token& t = out.emplace_back();
    t.begin = i;
    t.joined = is_joined;
    t.hyphen = is_joined && i > last_end && s[i - 1] == '-';
    std::uint64_t h = kOffset;
    std::uint8_t seen = 0;  // the union of the token's byte classes
    for (;; ++i) {
      // Lower-case ASCII letters, most of the bytes, with the fewest tests.
      unsigned d = s[i];
      if (d - 'a' < 26u) {
        seen |= kLetterBit | kLowerBit;
        do {
          h = (h ^ d) * kPrime;
          d = s[++i];
        } while (d - 'a' < 26u);
      }
      const std::uint16_t fc = kFoldAndClass[d];
      std::uint8_t cls = static_cast<std::uint8_t>(fc >> 8);
      if (cls <= kE2) {                // one test for the common bytes
        if (cls == kSeparator) break;  // also at s[n]
        if (i + 2 < n && s[i + 1] == 0x80) break;
        cls = kHighBit;
      }
      seen |= cls;
      h = (h ^ (fc & 0xFF)) * kPrime;
    }
    t.end = i;
    t.hash = h;
    t.capital = IsUpper(c);
    t.upper = (seen & (kLetterBit | kLowerBit)) == kLetterBit && CountLetters(text, t) >= 2;
    t.digits = seen == kDigitBit;
    last_end = i;
    spaces_or_hyphens = true;
    gap_space = gap_hyphen = false;
  }
}

}  // namespace anonymiser::keep
