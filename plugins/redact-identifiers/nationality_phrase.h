// A nationality attached to a person: "a British national", "an Irish
// citizen", "Djibouti nationals", "a national of the United Kingdom", "of
// Turkish nationality". With a name, an age and a town it narrows a family
// down to a few; alone ("the British Government", "Irish law") it says
// nothing of a person and is left alone.
#pragma once

#include <cstddef>
#include <string_view>

namespace anonymiser::identifiers {

struct NationalityPhrase {
  std::size_t begin = 0;  // bytes of the text
  std::size_t end = 0;
  const char* rule = "";  // "nationality-noun", "national-of", "of-nationality"
  double score = 0.0;
};

// True when the ASCII word of `n` letters at `pos` is one NationalityAt
// reads: "national(s)", "citizen(s)", "nationality", "citizenship", all in
// lower case. Two byte compares for most words.
inline bool IsNationalityWord(std::string_view text, std::size_t pos, std::size_t n) {
  if (n < 7 || n > 11 || (text[pos] != 'n' && text[pos] != 'c')) return false;
  const std::string_view w = text.substr(pos, n);
  return w == "national" || w == "nationals" || w == "nationality" || w == "citizen" ||
         w == "citizens" || w == "citizenship";
}

// The phrase around the nationality word of `n` letters at `pos`:
//  "nationality-noun": one to three capitalised words straight before
//    "national(s)"/"citizen(s)", e.g. "British national", "Sri Lankan
//    citizens" (span: the words and the noun); determiners ("The", "A")
//    are not nationalities;
//  "national-of": "national(s)/citizen(s) of (the) X" with X capitalised
//    words, "of" and "and" between them (span: X);
//  "of-nationality": "of X nationality/citizenship" (span: X and the noun).
// `floor` is the first byte the phrase may start at (the end of the last
// mention found). Returns false when the word has none of these around it.
bool NationalityAt(std::string_view text, std::size_t pos, std::size_t n, std::size_t floor,
                   NationalityPhrase* out);

}  // namespace anonymiser::identifiers
