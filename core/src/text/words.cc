#include "text/words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace anonymiser::text {

namespace {

constexpr std::array<unsigned char, 256> MakeByteClasses() {
  std::array<unsigned char, 256> t{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 0x80)
      t[b] = internal::kNonAscii;
    else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))
      t[b] = internal::kAsciiWord;
    else if (b == '\'' || b == '-')
      t[b] = internal::kJoiner;
  }
  return t;
}

}  // namespace

const std::array<unsigned char, 256> internal::kByteClass = MakeByteClasses();

namespace {

// Decodes the code point at s[i]; sets `len` to its byte length.
UChar32 Decode(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
  len = static_cast<std::size_t>(j) - i;
  return c;
}

inline unsigned char ClassOf(char c) { return internal::kByteClass[static_cast<unsigned char>(c)]; }

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c < 0) return false;
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
         u_charType(c) == U_COMBINING_SPACING_MARK;
}

bool IsJoiner(UChar32 c) { return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010; }

}  // namespace

bool internal::ScanWord(std::string_view s, std::size_t i, WordSpan& out) {
  const std::size_t n = s.size();
  // Find the word's first character.
  std::size_t len = 0;
  while (true) {
    while (i < n && (ClassOf(s[i]) & (internal::kAsciiWord | internal::kNonAscii)) == 0) ++i;
    if (i >= n) return false;
    if (ClassOf(s[i]) == internal::kAsciiWord) {
      len = 1;
      break;
    }
    if (IsWordChar(Decode(s, i, len))) break;
    i += len;
  }
  const std::size_t begin = i;
  bool ascii = len == 1;
  i += len;
  // Extend it over word characters and inner joiners.
  while (i < n) {
    const unsigned char cls = ClassOf(s[i]);
    if (cls == internal::kAsciiWord) {
      ++i;
      continue;
    }
    if (cls == internal::kOther) break;  // ASCII, neither word nor joiner
    UChar32 c = Decode(s, i, len);
    if (IsWordChar(c)) {
      ascii = ascii && len == 1;
      i += len;
      continue;
    }
    if (IsJoiner(c) && i + len < n) {
      std::size_t len2;
      UChar32 next = Decode(s, i + len, len2);
      if (IsWordChar(next)) {
        ascii = ascii && len == 1 && len2 == 1;
        i += len + len2;
        continue;
      }
    }
    break;
  }
  out.begin = begin;
  out.end = i;
  out.ascii = ascii;
  return true;
}

std::vector<WordSpan> SplitWords(std::string_view s) {
  std::vector<WordSpan> words;
  std::size_t pos = 0;
  while (auto w = NextWord(s, pos)) {
    words.push_back(*w);
    pos = w->end;
  }
  return words;
}

bool StartsUpper(std::string_view s, std::size_t begin) {
  if (begin >= s.size()) return false;
  std::size_t len;
  UChar32 c = Decode(s, begin, len);
  return c >= 0 && u_isupper(c);
}

}  // namespace anonymiser::text
