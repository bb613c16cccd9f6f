#include "label_context.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ascii_bytes.h"

namespace anonymiser::identifiers {
namespace {

struct Keyword {
  std::array<const char*, 3> words;  // lower case, in order; unused entries are null
  Label label;
  bool generic;  // "no", "number": a more specific keyword just before it wins
};

constexpr Keyword kKeywords[] = {
    {{"nhs"}, Label::kNhs, false},
    {{"ni", "number"}, Label::kNi, false},
    {{"ni", "no"}, Label::kNi, false},
    {{"nino"}, Label::kNi, false},
    {{"national", "insurance"}, Label::kNi, false},
    {{"tel"}, Label::kPhone, false},
    {{"telephone"}, Label::kPhone, false},
    {{"phone"}, Label::kPhone, false},
    {{"mobile"}, Label::kPhone, false},
    {{"mob"}, Label::kPhone, false},
    {{"fax"}, Label::kPhone, false},
    {{"contact", "number"}, Label::kPhone, false},
    {{"call"}, Label::kPhone, false},
    {{"postcode"}, Label::kPostcode, false},
    {{"post", "code"}, Label::kPostcode, false},
    {{"registration"}, Label::kVehicle, false},
    {{"reg"}, Label::kVehicle, false},
    {{"vehicle"}, Label::kVehicle, false},
    {{"number", "plate"}, Label::kVehicle, false},
    {{"car"}, Label::kVehicle, false},
    {{"ref"}, Label::kReference, false},
    {{"reference"}, Label::kReference, false},
    {{"case", "no"}, Label::kReference, false},
    {{"case", "number"}, Label::kReference, false},
    {{"crime", "no"}, Label::kReference, false},
    {{"crime", "number"}, Label::kReference, false},
    {{"crime", "reference"}, Label::kReference, false},
    {{"incident"}, Label::kReference, false},
    {{"log"}, Label::kReference, false},
    {{"application", "no"}, Label::kReference, false},
    {{"application", "number"}, Label::kReference, false},
    {{"applications", "nos"}, Label::kReference, false},
    {{"account"}, Label::kReference, false},
    {{"acc", "no"}, Label::kReference, false},
    {{"sort", "code"}, Label::kReference, false},
    {{"claim"}, Label::kReference, false},
    {{"policy", "number"}, Label::kReference, false},
    {{"payroll"}, Label::kReference, false},
    {{"patient", "id"}, Label::kReference, false},
    {{"hospital", "number"}, Label::kReference, false},
    {{"hospital", "no"}, Label::kReference, false},
    {{"mrn"}, Label::kReference, false},
    // Scotland's Community Health Index number: "CHI 0101801234", "CHI: 120375 4567".
    {{"chi"}, Label::kReference, false},
    {{"chi", "number"}, Label::kReference, false},
    {{"chi", "no"}, Label::kReference, false},
    {{"cad"}, Label::kReference, false},
    {{"ubrn"}, Label::kReference, false},
    {{"gmc"}, Label::kReference, false},
    {{"nmc"}, Label::kReference, false},
    {{"practice", "code"}, Label::kReference, false},
    {{"ods", "code"}, Label::kReference, false},
    {{"acc"}, Label::kReference, false},
    {{"crime"}, Label::kReference, false},
    {{"account", "ending"}, Label::kReference, false},
    {{"card", "ending"}, Label::kReference, false},
    {{"custody", "number"}, Label::kReference, false},
    {{"custody", "record"}, Label::kReference, false},
    {{"occurrence"}, Label::kReference, false},
    {{"membership"}, Label::kReference, false},
    {{"file", "no"}, Label::kReference, false},
    {{"urn"}, Label::kReference, false},
    {{"uprn"}, Label::kReference, false},
    {{"call", "sign"}, Label::kReference, false},
    {{"callsign"}, Label::kReference, false},
    {{"tracking", "number"}, Label::kReference, false},
    {{"employee", "number"}, Label::kReference, false},
    {{"imei"}, Label::kReference, false},
    {{"upn"}, Label::kReference, false},
    {{"uln"}, Label::kReference, false},
    {{"pupil", "number"}, Label::kReference, false},
    {{"child", "id"}, Label::kReference, false},
    {{"person", "id"}, Label::kReference, false},
    {{"client", "id"}, Label::kReference, false},
    {{"passport"}, Label::kReference, false},
    {{"licence", "number"}, Label::kReference, false},
    {{"driving", "licence"}, Label::kReference, false},
    {{"membership", "number"}, Label::kReference, false},
    {{"case", "ref"}, Label::kReference, false},
    // A police officer's collar (shoulder) number after the rank: "PC 4471 Baxter".
    {{"pc"}, Label::kReference, false},
    {{"dc"}, Label::kReference, false},
    {{"pcso"}, Label::kReference, false},
    {{"ps"}, Label::kReference, false},
    {{"ds"}, Label::kReference, false},
    {{"sgt"}, Label::kReference, false},
    {{"collar"}, Label::kReference, false},
    {{"shoulder"}, Label::kReference, false},
    {{"id"}, Label::kReference, true},
    {{"no"}, Label::kReference, true},
    {{"nos"}, Label::kReference, true},
    {{"number"}, Label::kReference, true},
};

struct Word {
  std::size_t begin = 0, end = 0;
};

bool Equals(std::string_view text, const Word& w, const char* lower) {
  std::size_t i = 0;
  for (; lower[i] != '\0'; ++i)
    if (w.begin + i >= w.end || Lower(text[w.begin + i]) != lower[i]) return false;
  return w.begin + i == w.end;
}

// The number of words of `k` (1..3).
int Length(const Keyword& k) { return k.words[2] ? 3 : k.words[1] ? 2 : 1; }

// True when keyword `k` ends with words[at] (words are listed nearest first)
// and its earlier words are words[at+1], words[at+2] with at most two bytes
// between them.
bool EndsAt(std::string_view text, const Word* words, int count, int at, const Keyword& k) {
  const int len = Length(k);
  if (at + len > count) return false;
  for (int j = 0; j < len; ++j) {
    const Word& w = words[at + j];
    if (!Equals(text, w, k.words[static_cast<std::size_t>(len - 1 - j)])) return false;
    if (j > 0 && words[at + j - 1].begin - w.end > 2) return false;
  }
  return true;
}

// The keywords whose last word starts with each letter 'a'..'z', in kKeywords
// order (which decides between keywords of equal length). LabelBefore runs
// before every number of the text: comparing a word with the few keywords
// that can end with it, not all 57, is most of its cost.
const std::array<std::vector<const Keyword*>, 26>& KeywordsByLastLetter() {
  static const std::array<std::vector<const Keyword*>, 26> index = [] {
    std::array<std::vector<const Keyword*>, 26> by_letter;
    for (const Keyword& k : kKeywords) {
      const char first = k.words[static_cast<std::size_t>(Length(k) - 1)][0];
      by_letter[static_cast<std::size_t>(first - 'a')].push_back(&k);
    }
    return by_letter;
  }();
  return index;
}

// For each letter 'a'..'z', a bit for each length (1..12) of a keyword's
// last word starting with it: most words before a number ("of", "the",
// "paragraph") are refused with one look-up, before any keyword is compared.
const std::array<std::uint32_t, 26>& LastWordShapes() {
  static const std::array<std::uint32_t, 26> shapes = [] {
    std::array<std::uint32_t, 26> by_letter{};
    for (const Keyword& k : kKeywords) {
      const std::string_view last = k.words[static_cast<std::size_t>(Length(k) - 1)];
      by_letter[static_cast<std::size_t>(last[0] - 'a')] |= std::uint32_t{1} << last.size();
    }
    return by_letter;
  }();
  return shapes;
}

}  // namespace

LabelMatch LabelBefore(std::string_view text, std::size_t pos) {
  LabelMatch match;
  if (pos > text.size()) pos = text.size();
  const std::size_t limit = pos > 32 ? pos - 32 : 0;
  // Up to five words before `pos` on the same line, nearest first.
  Word words[5];
  int count = 0;
  std::size_t p = pos;
  while (p > limit && count < 5) {
    const char c = text[p - 1];
    if (c == '\n' || c == '\r') break;
    if (!IsAlpha(c)) {
      --p;
      continue;
    }
    const std::size_t end = p;
    while (p > limit && IsAlpha(text[p - 1])) --p;
    if (p == limit && p > 0 && IsAlpha(text[p - 1])) break;  // a word cut by the window
    words[count++] = {p, end};
  }
  for (int at = 0; at < count; ++at) {
    if (pos - words[at].end > 12) break;
    const Keyword* best = nullptr;
    const char first = Lower(text[words[at].begin]);
    const std::size_t size = words[at].end - words[at].begin;
    if (size > 12) continue;
    if (first < 'a' || first > 'z') continue;
    if (!(LastWordShapes()[static_cast<std::size_t>(first - 'a')] & (std::uint32_t{1} << size)))
      continue;
    for (const Keyword* k : KeywordsByLastLetter()[static_cast<std::size_t>(first - 'a')])
      if (EndsAt(text, words, count, at, *k) && (!best || Length(*k) > Length(*best))) best = k;
    if (!best) continue;
    match.label = best->label;
    if (best->generic) {
      // "NHS no.", "tel. no": the specific keyword just before the generic one.
      const int next = at + Length(*best);
      if (next < count && words[next - 1].begin - words[next].end <= 2) {
        for (const Keyword& k : kKeywords)
          if (!k.generic && k.label != Label::kReference && EndsAt(text, words, count, next, k)) {
            match.label = k.label;
            break;
          }
      }
    }
    match.adjacent = true;
    for (std::size_t i = words[at].end; i < pos; ++i) {
      const char c = text[i];
      if (c != ' ' && c != ':' && c != '.' && c != '#' && c != '-' && c != '(' && c != '\t')
        match.adjacent = false;
    }
    return match;
  }
  return match;
}

}  // namespace anonymiser::identifiers
