// Splitting text into words for matching known variants.
#pragma once

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

// The first word of `s` that starts at or after byte `from`, where `from` is
// 0 or the end of a word NextWord returned before; nullopt when there is
// none. Calling it from 0, then from each word's end, gives exactly the words
// of SplitWords(s), without building the vector.
std::optional<WordSpan> NextWord(std::string_view s, std::size_t from);

// True if the word starting at s[begin] starts with an upper-case letter.
bool StartsUpper(std::string_view s, std::size_t begin);

}  // namespace anonymiser::text
