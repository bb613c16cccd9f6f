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

// Strips a trailing possessive ("'s", "’s", or a lone "'" after s) from `s`.
std::string_view StripPossessive(std::string_view s);

// True if every letter in `s` is upper case and it has at least two letters.
bool IsAllCaps(std::string_view s);

}  // namespace anonymiser::text
