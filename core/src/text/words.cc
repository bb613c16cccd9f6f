#include "text/words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace anonymiser::text {

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

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c < 0) return false;
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
         u_charType(c) == U_COMBINING_SPACING_MARK;
}

bool IsJoiner(UChar32 c) { return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010; }

inline bool IsAsciiWordByte(unsigned char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}

}  // namespace

std::vector<WordSpan> SplitWords(std::string_view s) {
  std::vector<WordSpan> words;
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII fast path: skip non-word ASCII bytes and runs of ASCII letters
    // and digits without decoding (most of the text).
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80 && !IsAsciiWordByte(b0)) {
      ++i;
      continue;
    }
    std::size_t len;
    UChar32 c = Decode(s, i, len);
    if (!IsWordChar(c)) {
      i += len;
      continue;
    }
    const std::size_t begin = i;
    i += len;
    while (i < s.size()) {
      if (IsAsciiWordByte(static_cast<unsigned char>(s[i]))) {
        ++i;
        continue;
      }
      c = Decode(s, i, len);
      if (IsWordChar(c)) {
        i += len;
        continue;
      }
      if (IsJoiner(c) && i + len < s.size()) {
        std::size_t len2;
        UChar32 next = Decode(s, i + len, len2);
        if (IsWordChar(next)) {
          i += len + len2;
          continue;
        }
      }
      break;
    }
    words.push_back({begin, i});
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
