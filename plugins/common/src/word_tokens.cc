#include "plugin_text/word_tokens.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <climits>
#include <cstdint>
#include <cstring>

namespace anonymiser::plugin_text {
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

// What the tokeniser needs to know of an ASCII byte, from one table look-up:
// most text is ASCII letters and spaces, and the predicates above cost several
// comparisons each. Bytes of 0x80 and above are class 0 and take the decoding
// path. The classes agree exactly with the predicates above.
enum ByteClass : std::uint8_t {
  kUpper = 1,
  kLower = 2,
  kDigit = 4,
  kSpace = 8,
  kBreak = 16,   // a line break or a tab (always with kSpace)
  kJoiner = 32,  // ' or -, which may join two parts of a word
  kGoesOn = 64,  // ' or - or a byte of 0x80 and above: a word may go on past it
};
constexpr std::uint8_t kLetter = kUpper | kLower;

constexpr std::array<std::uint8_t, 256> MakeByteClasses() {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 'A'; c <= 'Z'; ++c) classes[static_cast<std::size_t>(c)] = kUpper;
  for (int c = 'a'; c <= 'z'; ++c) classes[static_cast<std::size_t>(c)] = kLower;
  for (int c = '0'; c <= '9'; ++c) classes[static_cast<std::size_t>(c)] = kDigit;
  classes[' '] = kSpace;
  // A tab starts a table's cell as a line break starts a line: "19.01.2021<TAB>Caol
  // Medical Practice<TAB>..." has no name or address running across cells.
  classes['\t'] = classes['\n'] = classes['\r'] = classes['\f'] = classes['\v'] = kSpace | kBreak;
  classes['\''] = classes['-'] = kJoiner | kGoesOn;
  for (int c = 0x80; c <= 0xFF; ++c) classes[static_cast<std::size_t>(c)] = kGoesOn;
  return classes;
}
constexpr std::array<std::uint8_t, 256> kByteClass = MakeByteClasses();

// Scans the rest of a word token from `i` (after letters that `letters` and
// `any_lower` already count), for words that go on past a run of ASCII
// letters; sets t.end, t.all_caps and t.possessive and returns the index after
// the token (and after a possessive 's). s[n] must be 0.
int32_t FinishWord(const uint8_t* s, int32_t i, int32_t n, Token& t, int letters, bool any_lower) {
  int32_t end = i;
  while (i < n) {
    const int32_t run = i;
    std::uint8_t seen = 0;
    while ((kByteClass[s[i]] & kLetter) != 0) seen |= kByteClass[s[i++]];  // stops at s[n]
    if (i != run) {
      letters = letters < 2 ? letters + (i - run) : letters;
      any_lower = any_lower || (seen & kLower) != 0;
      end = i;
      if (i >= n) break;
    }
    // Any other ASCII byte but ' and - ends the word.
    if (s[i] < 0x80 && (kByteClass[s[i]] & kJoiner) == 0) break;
    // Anything else, one code point at a time.
    int32_t j = i;
    UChar32 d;
    U8_NEXT(s, j, n, d);
    if (d >= 0x80 && IsNonAsciiLetterOrMark(d)) {
      letters = letters < 2 ? letters + 1 : letters;
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
  return i;
}

// Leaves `i` after the digits (any script) that continue a number token.
void FinishNumber(const uint8_t* s, int32_t& i, int32_t n) {
  while (i < n) {
    if (s[i] < 0x80) {
      if ((kByteClass[s[i]] & kDigit) == 0) return;
      ++i;
      continue;
    }
    int32_t j = i;
    UChar32 d;
    U8_NEXT(s, j, n, d);
    if (d < 0 || !IsDigit(d)) return;
    i = j;
  }
}

// Starts a token at `begin` after what lay between it and the previous one.
Token& NewToken(std::vector<Token>& out, int32_t begin, bool& line_start, bool& space) {
  Token& t = out.emplace_back();  // filled in place: copying a token costs as much
  t.begin = static_cast<std::uint32_t>(begin);
  t.line_start = line_start;
  t.space_before = space;
  line_start = false;
  space = false;
  return t;
}

// The bytes of `text` that are tokenised: up to 2 GiB.
int32_t TokenisedSize(std::string_view text) {
  return text.size() > static_cast<std::size_t>(INT32_MAX) ? INT32_MAX
                                                           : static_cast<int32_t>(text.size());
}

// Tokenise for s[0, n), where s[n] is 0: the letter loops stop there (as at
// any byte of class 0) with no bounds check per byte.
void TokeniseTerminated(const uint8_t* s, int32_t n, std::vector<Token>& out) {
  out.clear();
  int32_t i = 0;
  bool line_start = true;
  bool space = false;
  while (i < n) {
    const int32_t start = i;
    const std::uint8_t cls = kByteClass[s[i]];
    if ((cls & kSpace) != 0) {
      space = true;
      // Three spaces in a row part a plain-text table's columns as a tab does
      // ("Tomasz Grabowski   Independent member"). s[n] is 0, and s[i - 1] a
      // space only after one.
      line_start = line_start || (cls & kBreak) != 0 ||
                   (s[i] == ' ' && s[i + 1] == ' ' && i > 0 && s[i - 1] == ' ');
      ++i;
      continue;
    }
    if ((cls & kLetter) != 0) {
      // The common case, a word starting with an ASCII letter: skip the ASCII
      // letters after it, noting lower case only when the first is upper case
      // (a lower-case first letter already makes the word not all capitals).
      // (By pointer: the loops then cost four instructions a letter, not five.)
      const uint8_t* p = s + i + 1;
      bool any_lower = (cls & kLower) != 0;
      if (any_lower) {
        while ((kByteClass[*p] & kLetter) != 0) ++p;
      } else {
        std::uint8_t seen = 0;
        while ((kByteClass[*p] & kLetter) != 0) seen |= kByteClass[*p++];
        any_lower = (seen & kLower) != 0;
      }
      const auto j = static_cast<int32_t>(p - s);
      if ((kByteClass[*p] & kGoesOn) == 0) {
        // The word ends at any byte but ' - and UTF-8 (s[n] is 0): the token
        // is complete, stored whole rather than field by field.
        out.push_back(Token{.begin = static_cast<std::uint32_t>(start),
                            .end = static_cast<std::uint32_t>(j),
                            .kind = TokenKind::kWord,
                            .capitalised = (cls & kUpper) != 0,
                            .all_caps = !any_lower && j - i >= 2,
                            .line_start = line_start,
                            .space_before = space});
        line_start = false;
        i = j;
        // The space after most words, taken here rather than by a turn of the
        // loop (s[n] is 0, never a space).
        space = *p == ' ';
        i += space ? 1 : 0;
      } else {
        Token& t = NewToken(out, start, line_start, space);
        t.kind = TokenKind::kWord;
        t.capitalised = (cls & kUpper) != 0;
        i = FinishWord(s, j, n, t, j - i >= 2 ? 2 : 1, any_lower);
      }
      continue;
    }
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      U8_NEXT(s, i, n, c);
      if (c >= 0 && IsSpace(c)) {
        space = true;
        if (IsLineBreak(c)) line_start = true;
        continue;
      }
    }
    Token& t = NewToken(out, start, line_start, space);
    if (c >= 0 && IsLetterOrMark(c)) {
      t.kind = TokenKind::kWord;
      t.capitalised = IsUpperLetter(c);
      i = FinishWord(s, i, n, t, 1, IsLowerLetter(c));
    } else if (c >= 0 && IsDigit(c)) {
      t.kind = TokenKind::kNumber;
      FinishNumber(s, i, n);
      t.end = static_cast<std::uint32_t>(i);
    } else {
      t.kind = TokenKind::kPunct;
      t.punct = c < 0 ? 0xFFFD : static_cast<char32_t>(c);
      t.end = static_cast<std::uint32_t>(i);
    }
  }
}

}  // namespace

void Tokenise(std::string_view text, std::vector<Token>& out) {
  const int32_t n = TokenisedSize(text);
  thread_local std::string padded;  // the text with a 0 byte after it
  padded.assign(text.data(), static_cast<std::size_t>(n));
  TokeniseTerminated(reinterpret_cast<const uint8_t*>(padded.c_str()), n, out);
}

std::span<const Token> UnitTokens(std::string_view text) {
  struct Memo {
    bool filled = false;
    std::string text;  // a copy (the same bytes may come at another address), 0 after it
    std::vector<Token> tokens;
  };
  thread_local Memo memo;
  const int32_t n = TokenisedSize(text);
  if (!memo.filled || memo.text.size() != static_cast<std::size_t>(n) ||
      std::memcmp(memo.text.data(), text.data(), memo.text.size()) != 0) {
    memo.filled = false;  // stays so if the copy or Tokenise fails to allocate
    memo.text.assign(text.data(), static_cast<std::size_t>(n));
    TokeniseTerminated(reinterpret_cast<const uint8_t*>(memo.text.c_str()), n, memo.tokens);
    memo.filled = true;
  }
  return memo.tokens;
}

namespace {

// The full case folding of one two-byte UTF-8 code point (U+0080..U+07FF),
// when that is at most two bytes of UTF-8; len 0 when it is longer ("İ" folds
// to "i̇") and ICU must fold the word.
struct TwoByteFold {
  std::uint8_t len = 0;
  char bytes[2] = {0, 0};
};

// ICU's folding of every two-byte code point, asked once: case folding is
// context-free, so a word folds code point by code point, and the accented
// Latin, Greek and Cyrillic letters of names need no ICU call per word.
const std::array<TwoByteFold, 0x800>& TwoByteFolds() {
  static const std::array<TwoByteFold, 0x800> table = [] {
    std::array<TwoByteFold, 0x800> folds{};
    std::string utf8;
    for (UChar32 c = 0x80; c < 0x800; ++c) {
      icu::UnicodeString u(c);
      u.foldCase();
      utf8.clear();
      u.toUTF8String(utf8);
      if (utf8.empty() || utf8.size() > 2) continue;
      TwoByteFold& f = folds[static_cast<std::size_t>(c)];
      f.len = static_cast<std::uint8_t>(utf8.size());
      f.bytes[0] = utf8[0];
      if (utf8.size() == 2) f.bytes[1] = utf8[1];
    }
    return folds;
  }();
  return table;
}

// For eight ASCII bytes (high bits clear): 0x80 in each byte that is 'A'..'Z'.
// No byte's sum carries into the next, as every byte is below 0x80.
std::uint64_t UpperMask(std::uint64_t x) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  const std::uint64_t at_least_a = x + kOnes * (0x80 - 'A');
  const std::uint64_t above_z = x + kOnes * (0x80 - 'Z' - 1);
  return at_least_a & ~above_z & (kOnes * 0x80);
}

// Writes to `to` the ASCII letters of from[0, n) lower-cased, up to the first
// byte that is not ASCII, in blocks of eight or four bytes (blocks may overlap:
// they write the same bytes again); returns the index of that byte, or of one
// in the last block before it, or n.
std::size_t LowerAsciiPrefix(const unsigned char* from, unsigned char* to, std::size_t n) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::size_t i = 0;
  if (n >= 8) {
    for (;;) {
      std::uint64_t x;
      std::memcpy(&x, from + i, sizeof x);
      if ((x & kHigh) != 0) return i;
      x |= UpperMask(x) >> 2;  // 'A'..'Z' + 0x20
      std::memcpy(to + i, &x, sizeof x);
      if (i + 8 == n) return n;
      i = i + 16 <= n ? i + 8 : n - 8;
    }
  }
  if (n >= 4) {
    for (;;) {
      std::uint32_t x;
      std::memcpy(&x, from + i, sizeof x);
      if ((x & static_cast<std::uint32_t>(kHigh)) != 0) return i;
      x |= static_cast<std::uint32_t>(UpperMask(x)) >> 2;
      std::memcpy(to + i, &x, sizeof x);
      if (i + 4 == n) return n;
      i = n - 4;
    }
  }
  return 0;
}

[[gnu::noinline]] void FoldWithIcu(std::string_view word, std::string& out) {
  out.clear();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.foldCase();
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString('\''));
  u.toUTF8String(out);
}

}  // namespace

void FoldWord(std::string_view word, std::string& out) {
  // ASCII keeps its length and the two-byte folds taken here are never longer
  // than what they replace, so the result fits in word.size() bytes. (resize
  // rather than assign: std::string::assign costs more than the folding.)
  const std::size_t n = word.size();
  out.resize(n);
  const auto* s = reinterpret_cast<const unsigned char*>(word.data());
  auto* o = reinterpret_cast<unsigned char*>(out.data());
  std::size_t i = LowerAsciiPrefix(s, o, n);
  for (; i < n; ++i) {
    const unsigned char b = s[i];
    if (b >= 0x80) break;
    o[i] = static_cast<unsigned char>(b | (static_cast<unsigned>(b - 'A') < 26u ? 0x20 : 0));
  }
  if (i == n) return;
  // Not ASCII from `i` on: two-byte letters from the table, ’ as ', reading at
  // `i` and writing at `w` <= `i`.
  std::size_t w = i;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      o[w++] = static_cast<unsigned char>(b | (static_cast<unsigned>(b - 'A') < 26u ? 0x20 : 0));
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      const TwoByteFold& f =
          TwoByteFolds()[(static_cast<std::size_t>(b & 0x1F) << 6) | (s[i + 1] & 0x3Fu)];
      if (f.len != 0) {
        o[w++] = static_cast<unsigned char>(f.bytes[0]);
        if (f.len == 2) o[w++] = static_cast<unsigned char>(f.bytes[1]);
        i += 2;
        continue;
      }
    } else if (b == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x99) {
      o[w++] = '\'';  // ’
      i += 3;
      continue;
    }
    // Longer folds, other scripts, invalid UTF-8: ICU decides, as it always did.
    FoldWithIcu(word, out);
    return;
  }
  out.resize(w);
}

}  // namespace anonymiser::plugin_text
