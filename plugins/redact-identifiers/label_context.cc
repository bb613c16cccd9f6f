#include "label_context.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ascii_bytes.h"

namespace anonymiser::identifiers {
namespace {

// How a keyword is used.
enum class Use {
  kSpecific,
  kGeneric,    // "no", "number": a more specific keyword just before it wins
  kCountable,  // "job", "referral": also a noun before a count ("the referral 100 days later")
};

struct Keyword {
  std::array<const char*, 3> words;  // lower case, in order; unused entries are null
  Label label;
  Use use;
  // When not 0, the one byte that must join the words ("a/c"); otherwise
  // any two bytes may.
  char joiner = 0;
};

constexpr Keyword kKeywords[] = {
    {{"nhs"}, Label::kNhs, Use::kSpecific},
    {{"ni", "number"}, Label::kNi, Use::kSpecific},
    {{"ni", "no"}, Label::kNi, Use::kSpecific},
    {{"nino"}, Label::kNi, Use::kSpecific},
    {{"national", "insurance"}, Label::kNi, Use::kSpecific},
    {{"tel"}, Label::kPhone, Use::kSpecific},
    {{"telephone"}, Label::kPhone, Use::kSpecific},
    {{"phone"}, Label::kPhone, Use::kSpecific},
    {{"mobile"}, Label::kPhone, Use::kSpecific},
    {{"mob"}, Label::kPhone, Use::kSpecific},
    {{"fax"}, Label::kPhone, Use::kSpecific},
    {{"contact", "number"}, Label::kPhone, Use::kSpecific},
    {{"call"}, Label::kPhone, Use::kSpecific},
    {{"postcode"}, Label::kPostcode, Use::kSpecific},
    {{"post", "code"}, Label::kPostcode, Use::kSpecific},
    {{"registration"}, Label::kVehicle, Use::kSpecific},
    {{"reg"}, Label::kVehicle, Use::kSpecific},
    {{"vehicle"}, Label::kVehicle, Use::kSpecific},
    {{"number", "plate"}, Label::kVehicle, Use::kSpecific},
    {{"car"}, Label::kVehicle, Use::kSpecific},
    // The police's Vehicle Registration Mark / Number: "VRM YX19 BCD", "partial VRN YX19".
    {{"vrm"}, Label::kVehicle, Use::kSpecific},
    {{"vrn"}, Label::kVehicle, Use::kSpecific},
    {{"plate"}, Label::kVehicle, Use::kSpecific},
    {{"ref"}, Label::kReference, Use::kSpecific},
    {{"reference"}, Label::kReference, Use::kSpecific},
    {{"case", "no"}, Label::kReference, Use::kSpecific},
    {{"case", "number"}, Label::kReference, Use::kSpecific},
    {{"crime", "no"}, Label::kReference, Use::kSpecific},
    {{"crime", "number"}, Label::kReference, Use::kSpecific},
    {{"crime", "reference"}, Label::kReference, Use::kSpecific},
    {{"incident"}, Label::kReference, Use::kCountable},
    {{"log"}, Label::kReference, Use::kCountable},
    {{"application", "no"}, Label::kReference, Use::kSpecific},
    {{"application", "number"}, Label::kReference, Use::kSpecific},
    {{"applications", "nos"}, Label::kReference, Use::kSpecific},
    {{"account"}, Label::kReference, Use::kSpecific},
    {{"acc", "no"}, Label::kReference, Use::kSpecific},
    {{"a", "c"}, Label::kReference, Use::kSpecific, '/'},  // "a/c", an account ("a c" is none)
    // A solicitor's Document Exchange box: "DX 16011 Halifax".
    {{"dx"}, Label::kReference, Use::kSpecific},
    {{"sort", "code"}, Label::kReference, Use::kSpecific},
    {{"claim"}, Label::kReference, Use::kSpecific},
    {{"policy", "number"}, Label::kReference, Use::kSpecific},
    {{"payroll"}, Label::kReference, Use::kSpecific},
    {{"patient", "id"}, Label::kReference, Use::kSpecific},
    {{"hospital", "number"}, Label::kReference, Use::kSpecific},
    {{"hospital", "no"}, Label::kReference, Use::kSpecific},
    {{"mrn"}, Label::kReference, Use::kSpecific},
    // Scotland's Community Health Index number: "CHI 0101801234", "CHI: 120375 4567".
    {{"chi"}, Label::kReference, Use::kSpecific},
    {{"chi", "number"}, Label::kReference, Use::kSpecific},
    {{"chi", "no"}, Label::kReference, Use::kSpecific},
    {{"cad"}, Label::kReference, Use::kSpecific},
    // The Children's Reporter's referral number: "SCRA 20/06658".
    {{"scra"}, Label::kReference, Use::kSpecific},
    // The Home Office's right-to-work or immigration status share code:
    // "share code W7K-3RP-9TZ"; a registrant's NMC "PIN 06H1174O".
    {{"share", "code"}, Label::kReference, Use::kSpecific},
    {{"pin"}, Label::kReference, Use::kSpecific},
    // Police crime systems by name: the Met's CRIS ("CRIS 5203417/20"),
    // STORM incident logs and Athena crime records.
    {{"cris"}, Label::kReference, Use::kSpecific},
    {{"storm"}, Label::kReference, Use::kSpecific},
    {{"athena"}, Label::kReference, Use::kSpecific},
    {{"ubrn"}, Label::kReference, Use::kSpecific},
    {{"gmc"}, Label::kReference, Use::kSpecific},
    {{"nmc"}, Label::kReference, Use::kSpecific},
    {{"practice", "code"}, Label::kReference, Use::kSpecific},
    {{"ods", "code"}, Label::kReference, Use::kSpecific},
    {{"acc"}, Label::kReference, Use::kSpecific},
    {{"crime"}, Label::kReference, Use::kSpecific},
    {{"account", "ending"}, Label::kReference, Use::kSpecific},
    {{"card", "ending"}, Label::kReference, Use::kSpecific},
    {{"custody", "number"}, Label::kReference, Use::kSpecific},
    {{"custody", "record"}, Label::kReference, Use::kSpecific},
    {{"occurrence"}, Label::kReference, Use::kCountable},
    // A person's police records: the Police National Computer's ID ("PNC:
    // 24/0031877X", "PNCID 21/123456A"), the Criminal Records Office number
    // ("CRO 012345/19K") and the Arrest/Summons Number ("ASN 2400AB0100000012345X").
    {{"pnc"}, Label::kReference, Use::kSpecific},
    {{"pncid"}, Label::kReference, Use::kSpecific},
    {{"police", "national", "computer"}, Label::kReference, Use::kSpecific},
    {{"cro"}, Label::kReference, Use::kSpecific},
    {{"asn"}, Label::kReference, Use::kSpecific},
    // Other records an agency numbers, named without "no." or "ref": "job
    // 8830", "referral 31-0042", "serial 0093", "intel 3390021", "bleep 2290"
    // (a doctor's pager), "docket", "ticket"; and reports kept as records
    // ("intelligence report 61/0093"; "report" alone is often a title before a
    // year, "Annual Report 2019").
    {{"job"}, Label::kReference, Use::kCountable},
    {{"referral"}, Label::kReference, Use::kCountable},
    {{"serial"}, Label::kReference, Use::kCountable},
    {{"intel"}, Label::kReference, Use::kSpecific},
    {{"intelligence"}, Label::kReference, Use::kSpecific},
    {{"intel", "report"}, Label::kReference, Use::kSpecific},
    {{"intelligence", "report"}, Label::kReference, Use::kSpecific},
    {{"crime", "report"}, Label::kReference, Use::kSpecific},
    {{"incident", "report"}, Label::kReference, Use::kSpecific},
    {{"bleep"}, Label::kReference, Use::kSpecific},
    {{"pager"}, Label::kReference, Use::kSpecific},
    {{"docket"}, Label::kReference, Use::kCountable},
    {{"ticket"}, Label::kReference, Use::kCountable},
    {{"membership"}, Label::kReference, Use::kSpecific},
    {{"file", "no"}, Label::kReference, Use::kSpecific},
    {{"urn"}, Label::kReference, Use::kSpecific},
    {{"uprn"}, Label::kReference, Use::kSpecific},
    {{"call", "sign"}, Label::kReference, Use::kSpecific},
    {{"callsign"}, Label::kReference, Use::kSpecific},
    {{"tracking", "number"}, Label::kReference, Use::kSpecific},
    {{"employee", "number"}, Label::kReference, Use::kSpecific},
    {{"imei"}, Label::kReference, Use::kSpecific},
    {{"upn"}, Label::kReference, Use::kSpecific},
    {{"uln"}, Label::kReference, Use::kSpecific},
    {{"pupil", "number"}, Label::kReference, Use::kSpecific},
    {{"child", "id"}, Label::kReference, Use::kSpecific},
    {{"person", "id"}, Label::kReference, Use::kSpecific},
    {{"client", "id"}, Label::kReference, Use::kSpecific},
    {{"passport"}, Label::kReference, Use::kSpecific},
    {{"licence", "number"}, Label::kReference, Use::kSpecific},
    {{"driving", "licence"}, Label::kReference, Use::kSpecific},
    {{"membership", "number"}, Label::kReference, Use::kSpecific},
    {{"case", "ref"}, Label::kReference, Use::kSpecific},
    // A police officer's collar (shoulder) number after the rank: "PC 4471 Baxter".
    {{"pc"}, Label::kReference, Use::kSpecific},
    {{"dc"}, Label::kReference, Use::kSpecific},
    {{"pcso"}, Label::kReference, Use::kSpecific},
    {{"ps"}, Label::kReference, Use::kSpecific},
    {{"ds"}, Label::kReference, Use::kSpecific},
    {{"sgt"}, Label::kReference, Use::kSpecific},
    {{"collar"}, Label::kReference, Use::kSpecific},
    {{"shoulder"}, Label::kReference, Use::kSpecific},
    {{"id"}, Label::kReference, Use::kGeneric},
    {{"no"}, Label::kReference, Use::kGeneric},
    {{"nos"}, Label::kReference, Use::kGeneric},
    {{"number"}, Label::kReference, Use::kGeneric},
};

struct Word {
  std::size_t begin = 0, end = 0;
};

// True for the bytes that may stand between an adjacent label and its
// number: " :.#-(" and tab.
bool IsAdjacentSeparator(char c) {
  return c == ' ' || c == ':' || c == '.' || c == '#' || c == '-' || c == '(' || c == ')' ||
         c == '\t';
}

bool Equals(std::string_view text, const Word& w, const char* lower) {
  std::size_t i = 0;
  for (; lower[i] != '\0'; ++i)
    if (w.begin + i >= w.end || Lower(text[w.begin + i]) != lower[i]) return false;
  return w.begin + i == w.end;
}

// The number of words of `k` (1..3).
constexpr int Length(const Keyword& k) { return k.words[2] ? 3 : k.words[1] ? 2 : 1; }

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
    if (j > 0 && k.joiner != 0 && (words[at + j - 1].begin != w.end + 1 || text[w.end] != k.joiner))
      return false;
  }
  return true;
}

// The keywords whose last word starts with each letter 'a'..'z', in kKeywords
// order (which decides between keywords of equal length). LabelBefore runs
// before every number of the text: comparing a word with the few keywords
// that can end with it, not all of them, is most of its cost.
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

// For each first letter 'a'..'z' and length 1..12 of a keyword's last word, a
// bit for each of its last letters: "in" (the shape of "id") is refused by
// one look-up.
constexpr auto kLastWordEnds = [] {
  std::array<std::array<std::uint32_t, 13>, 26> ends{};
  for (const Keyword& k : kKeywords) {
    const char* last = k.words[static_cast<std::size_t>(Length(k) - 1)];
    std::size_t size = 0;
    while (last[size] != '\0') ++size;
    ends[static_cast<std::size_t>(last[0] - 'a')][size] |= std::uint32_t{1}
                                                           << (last[size - 1] - 'a');
  }
  return ends;
}();

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
    match.countable = best->use == Use::kCountable;
    if (best->use == Use::kGeneric) {
      // "NHS no.", "tel. no": the specific keyword just before the generic one.
      const int next = at + Length(*best);
      if (next < count && words[next - 1].begin - words[next].end <= 2) {
        for (const Keyword& k : kKeywords)
          if (k.use != Use::kGeneric && k.label != Label::kReference &&
              EndsAt(text, words, count, next, k)) {
            match.label = k.label;
            break;
          }
      }
    }
    match.adjacent = true;
    for (std::size_t i = words[at].end; i < pos; ++i)
      if (!IsAdjacentSeparator(text[i])) match.adjacent = false;
    return match;
  }
  return match;
}

bool MayHaveAdjacentLabel(std::string_view text, std::size_t pos) {
  std::size_t e = std::min(pos, text.size());
  while (e > 0 && IsAdjacentSeparator(text[e - 1])) --e;
  std::size_t b = e;
  while (b > 0 && e - b <= 12 && IsAlpha(text[b - 1])) --b;
  const std::size_t size = e - b;
  if (size == 0 || size > 12) return false;
  const auto first = static_cast<std::size_t>(Lower(text[b]) - 'a');
  const auto last = static_cast<std::size_t>(Lower(text[e - 1]) - 'a');
  return (kLastWordEnds[first][size] >> last) & 1u;
}

}  // namespace anonymiser::identifiers
