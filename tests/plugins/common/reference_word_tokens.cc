// The tokeniser and word folding of plugins/common as they were before they
// were shaped for speed (one code point at a time, ICU for every non-ASCII
// word), kept as the oracle the fast versions must agree with byte for byte.
#include "reference_word_tokens.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <climits>

namespace anonymiser::plugin_text::reference {
using plugin_text::Token;
using plugin_text::TokenKind;

namespace {

bool IsNonAsciiLetterOrMark(UChar32 c) {
  if (u_isalpha(c)) return true;
  const int8_t t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

inline bool IsLetterOrMark(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return IsNonAsciiLetterOrMark(c);
}

bool IsUpperLetter(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

bool IsLowerLetter(UChar32 c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(c);
}

bool IsDigit(UChar32 c) { return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c); }

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(c);
}

// A tab starts a cell of a table as a line break starts a line.
bool IsLineBreak(UChar32 c) {
  return c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0B ||
         c == 0x0C || c == 0x85;
}

// Reads the code point at `i` without advancing; returns -1 at the end or for
// an invalid sequence.
UChar32 PeekAt(const uint8_t* s, int32_t i, int32_t n) {
  if (i >= n) return -1;
  UChar32 c;
  U8_NEXT(s, i, n, c);
  return c;
}

}  // namespace

void Tokenise(std::string_view text, std::vector<Token>& out) {
  out.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = text.size() > static_cast<std::size_t>(INT32_MAX)
                        ? INT32_MAX
                        : static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool line_start = true;
  bool space = false;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      U8_NEXT(s, i, n, c);
    }
    if (c >= 0 && IsSpace(c)) {
      space = true;
      if (IsLineBreak(c)) line_start = true;
      // Three ASCII spaces in a row: a table's column gap.
      if (c == ' ' && start >= 2 && s[start - 1] == ' ' && s[start - 2] == ' ') line_start = true;
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(start);
    t.line_start = line_start;
    t.space_before = space;
    line_start = false;
    space = false;
    if (c >= 0 && IsLetterOrMark(c)) {
      t.kind = TokenKind::kWord;
      t.capitalised = IsUpperLetter(c);
      int letters = 1;
      bool any_lower = IsLowerLetter(c);
      int32_t end = i;
      while (i < n) {
        int32_t j = i;
        UChar32 d;
        if (s[j] < 0x80) {
          d = s[j++];
          if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
            ++letters;
            any_lower = any_lower || d >= 'a';
            i = j;
            end = j;
            continue;
          }
        } else {
          U8_NEXT(s, j, n, d);
        }
        if (d >= 0 && IsLetterOrMark(d)) {
          ++letters;
          any_lower = any_lower || IsLowerLetter(d);
          i = j;
          end = j;
          continue;
        }
        if (d >= 0 && (IsApostrophe(d) || IsHyphen(d))) {
          UChar32 next = PeekAt(s, j, n);
          if (next >= 0 && IsLetterOrMark(next)) {
            if (IsApostrophe(d) && (next == 's' || next == 'S')) {
              int32_t k = j;
              U8_FWD_1(s, k, n);
              UChar32 after = PeekAt(s, k, n);
              if (after < 0 || !IsLetterOrMark(after)) {
                // "Shannon's": the possessive stays outside the token.
                t.possessive = true;
                i = k;
                break;
              }
            }
            i = j;
            continue;
          }
        }
        break;
      }
      t.end = static_cast<std::uint32_t>(end);
      t.all_caps = letters >= 2 && !any_lower;
    } else if (c >= 0 && IsDigit(c)) {
      t.kind = TokenKind::kNumber;
      while (i < n) {
        int32_t j = i;
        UChar32 d;
        U8_NEXT(s, j, n, d);
        if (d < 0 || !IsDigit(d)) break;
        i = j;
      }
      t.end = static_cast<std::uint32_t>(i);
    } else {
      t.kind = TokenKind::kPunct;
      t.punct = c < 0 ? 0xFFFD : static_cast<char32_t>(c);
      t.end = static_cast<std::uint32_t>(i);
    }
    out.push_back(t);
  }
}

void FoldWord(std::string_view word, std::string& out) {
  out.clear();
  bool ascii = true;
  for (char ch : word) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    out.reserve(word.size());
    for (char ch : word) out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
    return;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.foldCase();
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString('\''));
  u.toUTF8String(out);
}

}  // namespace anonymiser::plugin_text::reference
