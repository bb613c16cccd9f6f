// Folding text for matching: the key under which two spellings of one
// identifier compare equal.
#pragma once

#include <string>
#include <string_view>

namespace anonymiser::text {

// Returns `s` folded for matching: Unicode compatibility-normalised (NFKC),
// case-folded, diacritics removed ("Siobhán" -> "siobhan"), curly apostrophes
// and quotes made straight, dashes made "-", runs of white space made one
// space, and leading/trailing space removed. `s` must be valid UTF-8.
std::string FoldForMatch(std::string_view s);

namespace internal {
std::string_view StripPossessiveSuffix(std::string_view s);
}  // namespace internal

// Strips a trailing possessive ("'s", "’s", or a lone "'" after s) from `s`.
// Inline because every word of a text comes here: most end in none of 's',
// 'S', '\'' or the last byte of '’' (0x99) and return at once.
inline std::string_view StripPossessive(std::string_view s) {
  if (s.size() < 3) return s;  // a possessive suffix needs a word before it
  const char last = s.back();
  if (last != 's' && last != 'S' && last != '\'' && last != '\x99') return s;
  return internal::StripPossessiveSuffix(s);
}

// True if every letter in `s` is upper case and it has at least two letters.
bool IsAllCaps(std::string_view s);

}  // namespace anonymiser::text
