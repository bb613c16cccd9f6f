#include "tokens.h"

#include <array>
#include <bit>
#include <cstring>
#include <string>

namespace anonymiser::keep {
namespace {

constexpr std::uint64_t kOffset = 1469598103934665603ULL;
constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;  // odd: a bijection
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x80 * kOnes;

constexpr bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// The 8 bytes at `p`, the first in the low bits.
std::uint64_t Load8(const unsigned char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}

// The high bit of every byte of `word` that is an ASCII byte in [first,
// last], the other bits clear. Each byte is subtracted from with its high
// bit set, so no borrow crosses bytes.
std::uint64_t BytesIn(std::uint64_t word, unsigned char first, unsigned char last) {
  const std::uint64_t set = word | kHighBits;
  return (set - first * kOnes) & ~(set - (last + 1) * kOnes) & ~word & kHighBits;
}

// `word` with the letters `letters` marks (by their high bits) lower-cased.
std::uint64_t Fold(std::uint64_t word, std::uint64_t letters) {
  return word | (letters >> 2);  // 0x80 >> 2 is 0x20, the case bit
}

// One step of the token hash: 8 bytes (lower-cased, zero-filled past the
// token's end: a token holds no 0 byte).
std::uint64_t Mix(std::uint64_t h, std::uint64_t word) { return (h ^ word) * kMultiplier; }

// The token hash after its last step: the high bits, which depend on every
// byte, folded into the low bits that the filters test. (Tokens of at most 8
// bytes all hash apart: every step is a bijection.)
std::uint64_t Finish(std::uint64_t h) { return h ^ (h >> 32); }

// The token hash of the `size` (> 0) bytes at `p`, which may be read up to 7
// bytes past the end.
std::uint64_t HashPadded(const unsigned char* p, std::size_t size) {
  std::uint64_t h = kOffset;
  for (; size >= 8; p += 8, size -= 8) {
    const std::uint64_t word = Load8(p);
    h = Mix(h, Fold(word, BytesIn(word | (0x20 * kOnes), 'a', 'z')));
  }
  if (size > 0) {
    const std::uint64_t word = Load8(p) & (~0ULL >> (64 - 8 * size));
    h = Mix(h, Fold(word, BytesIn(word | (0x20 * kOnes), 'a', 'z')));
  }
  return Finish(h);
}

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
// The ASCII letters of token `t`: counted only for the few tokens without a
// lower-case letter, to tell "NHS" (upper) from "A" or "A1".
int CountLetters(std::string_view text, const Token& t) {
  int letters = 0;
  for (std::size_t k = t.begin; k < t.end; ++k)
    letters += (kClass[static_cast<unsigned char>(text[k])] & kLetterBit) != 0;
  return letters;
}

// The bytes the loop between tokens passes: ASCII bytes other than letters,
// digits, "'", "&" and 0 (the 0 after the text stops the loop).
constexpr std::array<bool, 256> kSkip = [] {
  std::array<bool, 256> skip{};
  for (int c = 1; c < 256; ++c) skip[c] = kClass[c] == kSeparator && c != '\'' && c != '&';
  return skip;
}();

// True when the `size` bytes between two tokens join them: at most three
// bytes, all spaces or all hyphens (a hyphen with a space either side is a
// dash between two phrases, "Gurpreet Bains - West Midlands Police").
inline bool JoinsWords(const unsigned char* gap, std::size_t size) {
  // Most gaps are one space: settled by the first test.
  if (size == 1) return gap[0] == ' ' || gap[0] == '-';
  if (size == 0) return true;
  if (size > 3 || (gap[0] != ' ' && gap[0] != '-')) return false;
  for (std::size_t k = 1; k < size; ++k)
    if (gap[k] != gap[0]) return false;
  return true;
}

// A token of ASCII letters at s[begin] (`s` is the padded text), read 8
// bytes at a time with no test per byte (most tokens): sets `t`'s end, hash
// and upper (t.begin is `begin`), and returns true. Returns false,
// setting nothing, when the token holds a digit or a byte of 0x80 or more
// (UTF-8), left to the loop per byte.
bool LettersToken(const unsigned char* s, std::size_t begin, Token& t) {
  std::uint64_t h = kOffset;
  std::uint64_t lower = 0;  // high bits of the lower-case letters seen so far
  std::size_t end = begin;
  for (;;) {
    const std::uint64_t word = Load8(s + end);
    // With the case bit set, both cases of a letter are in 'a'..'z'.
    const std::uint64_t letters8 = BytesIn(word | (0x20 * kOnes), 'a', 'z');
    const std::uint64_t lower8 = letters8 & (word << 2);  // the case bit moved to the high bit
    if (letters8 == kHighBits) {                          // 8 more letters
      h = Mix(h, Fold(word, letters8));
      lower |= lower8;
      end += 8;
      continue;
    }
    const std::uint64_t stop = ~letters8 & kHighBits;  // high bits of the other bytes
    const std::size_t size = static_cast<std::size_t>(std::countr_zero(stop)) / 8;
    if (kClass[s[end + size]] != kSeparator) return false;  // a digit or UTF-8 goes on
    if (size > 0) {
      const std::uint64_t keep = ((stop & (0 - stop)) >> 7) - 1;  // the bytes before it
      h = Mix(h, Fold(word, letters8) & keep);
      lower |= lower8 & keep;
      end += size;
    }
    break;
  }
  t.end = end;
  t.hash = Finish(h);
  t.upper = lower == 0 && end - begin >= 2;
  return true;
}

}  // namespace

std::uint64_t HashToken(std::string_view token) {
  if (token == "\xE2\x80\x99") token = "'";
  if (token.empty()) return Finish(kOffset);
  std::string padded(token);
  padded.append(8, '\0');
  return HashPadded(reinterpret_cast<const unsigned char*>(padded.data()), token.size());
}

void Tokenise(std::string_view text, std::vector<Token>& out) {
  out.clear();
  const std::size_t n = text.size();
  // A copy of the text with 0 bytes (separators) after it: the token loop
  // stops there with no bounds check per byte, and may read 8 bytes at a
  // time.
  thread_local std::string padded;
  padded.assign(text.data(), n);
  padded.append(8, '\0');
  const auto* s = reinterpret_cast<const unsigned char*>(padded.c_str());
  std::size_t i = 0, last_end = 0;
  bool first = true;  // no token yet
  for (;;) {
    while (kSkip[s[i]]) ++i;  // spaces and ASCII punctuation
    const unsigned char c = s[i];
    // Most tokens start with a letter or a digit: one test passes them.
    if (kClass[c] <= kE2) {
      if (i >= n) break;
      if (c == 0) {  // a 0 byte in the text separates like punctuation
        ++i;
        continue;
      }
      const bool apostrophe =
          c == '\'' || (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x99);
      if (apostrophe || c == '&') {
        Token& t = out.emplace_back();
        t.begin = i;
        t.end = i + (c == 0xE2 ? 3 : 1);
        t.hash = c == '&' ? kAmpersandHash : kApostropheHash;
        // An apostrophe joins with no gap ("Women's"); "&" stands between
        // spaces as a word does ("Brighton & Hove").
        const std::size_t gap = i - last_end;
        t.joined = !first && (gap == 0 || (c == '&' && JoinsWords(s + last_end, gap)));
        first = false;
        i = last_end = t.end;
        continue;
      }
      if (c == 0xE2 && i + 1 < n && s[i + 1] == 0x80) {
        i += i + 3 <= n ? 3 : n - i;  // punctuation: dashes, quotes, bullets
        continue;
      }
    }
    // Filled in place: a push_back of a copy was a call per token.
    Token& t = out.emplace_back();
    t.begin = i;
    if (!first && JoinsWords(s + last_end, i - last_end)) {
      t.joined = true;
      // The byte before is the previous token's when the gap is empty.
      t.hyphen = s[i - 1] == '-';
    } else if (!first && i - last_end == 2 && s[last_end] == ',' && s[last_end + 1] == ' ') {
      t.comma = true;
    }
    first = false;
    t.capital = kClass[c] == kLetterBit;  // a letter, not lower case
    if (LettersToken(s, i, t)) {
      i = t.end;
    } else {
      std::uint8_t seen = 0;  // the union of the token's byte classes
      for (;; ++i) {
        std::uint8_t cls = kClass[s[i]];
        if (cls <= kE2) {                // one test for the common bytes
          if (cls == kSeparator) break;  // also at s[n]
          if (i + 2 < n && s[i + 1] == 0x80) break;
          cls = kHighBit;
        }
        seen |= cls;
      }
      t.end = i;
      t.hash = HashPadded(s + t.begin, i - t.begin);
      t.upper = (seen & (kLetterBit | kLowerBit)) == kLetterBit && CountLetters(text, t) >= 2;
      t.digits = seen == kDigitBit;
    }
    last_end = i;
    if (s[i] == ' ') ++i;  // most often after a word: one turn less of the loop above
  }
}

}  // namespace anonymiser::keep
