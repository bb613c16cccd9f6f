// Splitting text into words for matching known variants.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace anonymiser::text {

// A word: bytes [begin, end) of the text.
struct WordSpan {
  std::size_t begin;
  std::size_t end;
  bool ascii = true;  // every byte of the word is ASCII (set by NextWord and SplitWords)
};

// The words of `s`: maximal runs of letters, digits and combining marks; an
// apostrophe (' or ’) or hyphen between two of them joins them ("O'Sullivan",
// "Lily-Mae", "Shannon’s").
// `s` must be valid UTF-8.
std::vector<WordSpan> SplitWords(std::string_view s);

namespace internal {
// Byte classes for NextWordAt's inline fast path.
enum ByteClass : unsigned char { kOther = 0, kAsciiWord = 1, kJoiner = 2, kNonAscii = 4 };
extern const std::array<unsigned char, 256> kByteClass;
// NextWordAt for any text: decodes UTF-8 and asks ICU about non-ASCII letters.
bool ScanWord(std::string_view s, std::size_t from, WordSpan& out);
}  // namespace internal

// Sets `out` to the first word of `s` that starts at or after byte `from`,
// where `from` is 0 or the end of a word found before, and returns true;
// returns false (leaving `out` alone) when there is none. Calling it from 0,
// then from each word's end, gives exactly the words of SplitWords(s),
// without building the vector.
// Inline because it is called for every word of every text: an ASCII word
// between ASCII separators (nearly all) is found here without a call. (An
// out-parameter, not an optional: a 24-byte optional is returned through
// memory, and reading it back whole stalled the loops that call this.)
inline bool NextWordAt(std::string_view s, std::size_t from, WordSpan& out) {
  using internal::kByteClass;
  const std::size_t n = s.size();
  std::size_t i = from;
  auto cls = [&](std::size_t k) { return kByteClass[static_cast<unsigned char>(s[k])]; };
  while (i < n && (cls(i) & (internal::kAsciiWord | internal::kNonAscii)) == 0) ++i;
  if (i >= n) return false;
  if (cls(i) != internal::kAsciiWord) return internal::ScanWord(s, i, out);
  const std::size_t begin = i;
  while (++i < n && cls(i) == internal::kAsciiWord) {
  }
  if (i < n && cls(i) != internal::kOther)
    return internal::ScanWord(s, begin, out);  // a joiner or a non-ASCII byte follows
  out.begin = begin;
  out.end = i;
  out.ascii = true;
  return true;
}

// NextWordAt, as an optional: nullopt when there is no further word.
inline std::optional<WordSpan> NextWord(std::string_view s, std::size_t from) {
  WordSpan w{0, 0};
  if (!NextWordAt(s, from, w)) return std::nullopt;
  return w;
}

// True if the word starting at s[begin] starts with an upper-case letter.
bool StartsUpper(std::string_view s, std::size_t begin);

}  // namespace anonymiser::text
