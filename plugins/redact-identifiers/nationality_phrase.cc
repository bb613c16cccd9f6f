#include "nationality_phrase.h"

#include <array>

#include "ascii_bytes.h"

namespace anonymiser::identifiers {
namespace {

// Letters of a nationality: ASCII, UTF-8 ("Türk"), hyphens ("Bosnian-Herzegovinian").
constexpr bool IsNameByte(char c) {
  return IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80 || c == '-';
}

// Capitalised words before "national"/"citizen" that are not nationalities.
constexpr std::array<std::string_view, 28> kNotNationalities = {
    "The",     "A",        "An",      "This",    "That",    "These",    "Those",
    "His",     "Her",      "Their",   "Its",     "Our",     "Any",      "Every",
    "Each",    "Some",     "Other",   "Another", "Foreign", "Senior",   "Fellow",
    "Private", "Ordinary", "Elderly", "Older",   "Young",   "National", "Third"};

bool Is(std::string_view text, std::size_t p, std::size_t n, std::string_view word) {
  return text.substr(p, n) == word;
}

// The capitalised word ending at `end` (exclusive): its start, or npos.
std::size_t CapitalisedWordBefore(std::string_view text, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && IsNameByte(text[b - 1])) --b;
  if (b == end || !IsUpper(text[b]) || (b > 0 && IsWordByte(text[b - 1])))
    return std::string_view::npos;
  for (std::string_view w : kNotNationalities)
    if (Is(text, b, end - b, w)) return std::string_view::npos;
  return b;
}

// One to three capitalised words (with "and" between two) ending at `end`
// followed by a space: the first byte of the first, or npos.
std::size_t NationalityBefore(std::string_view text, std::size_t end, std::size_t floor) {
  std::size_t begin = std::string_view::npos;
  std::size_t p = end;
  for (int words = 0; words < 3; ++words) {
    if (p < floor + 2 || text[p - 1] != ' ') break;
    const std::size_t b = CapitalisedWordBefore(text, p - 1);
    if (b == std::string_view::npos || b < floor) {
      // "British and Irish citizens": the word before "and" may take part.
      if (begin != std::string_view::npos && p >= 5 && Is(text, p - 4, 3, "and") &&
          p - 4 > floor + 1 && text[p - 5] == ' ') {
        const std::size_t a = CapitalisedWordBefore(text, p - 5);
        if (a != std::string_view::npos && a >= floor) begin = a;
      }
      break;
    }
    begin = b;
    p = b;
  }
  return begin;
}

// "national" is also an adjective ("the Turkish national courts", "Polish
// national law"): as a noun it ends a phrase or is followed by a clause.
bool EndsNounPhrase(std::string_view text, std::size_t end) {
  static constexpr std::array<std::string_view, 30> kFollowers = {
      "who", "whose", "and",  "or", "of",     "with",     "was",      "is",     "has",       "had",
      "in",  "at",    "from", "by", "living", "residing", "resident", "born",   "currently", "then",
      "now", "since", "for",  "on", "to",     "but",      "named",    "called", "he",        "she"};
  if (end >= text.size() || text[end] != ' ') return end >= text.size() || !IsWordByte(text[end]);
  std::size_t e = end + 1;
  if (e < text.size() && IsUpper(text[e])) return true;
  while (e < text.size() && IsLower(text[e])) ++e;
  for (std::string_view w : kFollowers)
    if (Is(text, end + 1, e - end - 1, w)) return true;
  return false;
}

}  // namespace

bool NationalityAt(std::string_view text, std::size_t pos, std::size_t n, std::size_t floor,
                   NationalityPhrase* out) {
  const std::size_t end = pos + n;
  const bool singular = n <= 8 && text[end - 1] != 's';  // "citizen", "national"
  if (singular && !EndsNounPhrase(text, end)) return false;
  const std::size_t begin = NationalityBefore(text, pos, floor);
  if (begin != std::string_view::npos) {
    *out = {begin, end, "nationality-noun", 0.8};
    return true;
  }
  // "a national of the United Kingdom", "citizens of Turkey".
  std::size_t p = end;
  if (!(p + 4 < text.size() && Is(text, p, 4, " of "))) return false;
  p += 4;
  if (p + 4 < text.size() && Is(text, p, 4, "the ")) p += 4;
  const std::size_t x = p;
  std::size_t x_end = 0;
  for (int words = 0; words < 8 && p < text.size(); ++words) {
    std::size_t e = p;
    while (e < text.size() && IsNameByte(text[e])) ++e;
    if (e == p) break;
    if (IsUpper(text[p])) {
      x_end = e;
    } else if (!(x_end != 0 && (Is(text, p, e - p, "of") || Is(text, p, e - p, "and")))) {
      break;
    }
    if (e >= text.size() || text[e] != ' ') break;
    p = e + 1;
  }
  if (x_end == 0) return false;
  // The odd "a national of the United Kingdom national" of some judgments.
  if (x_end + 9 <= text.size() && Is(text, x_end, 9, " national") &&
      (x_end + 9 == text.size() || !IsWordByte(text[x_end + 9])))
    x_end += 9;
  *out = {x, x_end, "national-of", 0.8};
  return true;
}

}  // namespace anonymiser::identifiers
