#include "listed_initials.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "person_mention.h"
#include "plugin_text/ascii.h"

namespace anonymiser::names {
namespace {

using plugin_text::ApostropheAt;
using plugin_text::IsAlpha;
using plugin_text::IsUpper;
using plugin_text::Lower;

// Labels that start a line of people, lower case, without the colon.
constexpr std::array<std::string_view, 16> kLabels = {
    "present",     "attendees", "attending",       "in attendance",   "attendance", "also present",
    "apologies",   "absent",    "action",          "actions",         "action by",  "distribution",
    "circulation", "cc",        "members present", "minutes taken by"};

// Two- and three-letter acronyms of roles, bodies and things that stand in
// such lines without being anybody's initials.
constexpr std::array<std::string_view, 44> kAcronyms = {
    "GP",  "SW",  "HV",  "HR",  "IT",  "LA",  "PA",   "MP",   "QC",  "KC",  "DI",
    "DS",  "DC",  "PC",  "PS",  "NHS", "CEO", "CFO",  "COO",  "DSL", "SLT", "SMT",
    "IRO", "ICB", "CCG", "YOT", "YJS", "YJB", "CPS",  "MASH", "ALL", "AND", "THE",
    "FOR", "TBC", "AOB", "N/A", "NA",  "DA",  "ASAP", "VAT",  "UK",  "GB",  "SEN"};

// Family roles whose holder's initials a review gives in brackets:
// "Father (KL)", "Maternal grandmother (JT)". Lower case.
constexpr std::array<std::string_view, 30> kFamilyRoles = {
    "mother",       "father",      "stepmother", "stepfather", "grandmother", "grandfather",
    "grandma",      "grandad",     "granddad",   "nan",        "nana",        "uncle",
    "aunt",         "auntie",      "brother",    "sister",     "stepbrother", "stepsister",
    "half-brother", "half-sister", "sibling",    "partner",    "boyfriend",   "girlfriend",
    "son",          "daughter",    "cousin",     "carer",      "husband",     "wife"};

// Acronyms that follow a family role in brackets without being initials:
// "Mother (CP)" for a child protection plan, "Father (DV)".
constexpr std::array<std::string_view, 12> kRoleAcronyms = {
    "CP", "CIN", "LAC", "CLA", "DV", "DA", "ASD", "MH", "LD", "YP", "PR", "NFA"};

bool StartsWithLabel(std::string_view line) {
  std::size_t p = 0;
  while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
  const std::size_t colon = line.find(':', p);
  if (colon == std::string_view::npos || colon - p > 20) return false;
  std::string label;
  for (std::size_t k = p; k < colon; ++k) label.push_back(Lower(line[k]));
  while (!label.empty() && label.back() == ' ') label.pop_back();
  return std::find(kLabels.begin(), kLabels.end(), label) != kLabels.end();
}

}  // namespace

void FindListedInitials(std::string_view text, std::vector<Mention>& out) {
  std::size_t line_begin = 0;
  while (line_begin < text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    if (StartsWithLabel(line)) {
      int depth = 0;  // inside brackets
      for (std::size_t i = line.find(':') + 1; i < line.size();) {
        const char c = line[i];
        if (c == '(' || c == '[') ++depth;
        if ((c == ')' || c == ']') && depth > 0) --depth;
        if (!IsAlpha(c)) {
          ++i;
          continue;
        }
        std::size_t e = i;
        while (e < line.size() && IsAlpha(line[e])) ++e;
        // "BO'D", "BO’D" (Bridget O'Donnell): an apostrophe between capitals.
        std::size_t quotes = 0;  // bytes of apostrophes in the word
        while (e < line.size() && IsUpper(line[e - 1])) {
          const std::size_t q = ApostropheAt(line, e);
          // One capital after it ends the word: "O'D", not "O'Donnell".
          if (q == 0 || e + q >= line.size() || !IsUpper(line[e + q]) ||
              (e + q + 1 < line.size() && IsAlpha(line[e + q + 1])))
            break;
          quotes += q;
          e += q + 1;
        }
        const std::string_view word = line.substr(i, e - i);
        const std::size_t letters = word.size() - quotes;
        const bool capitals = std::all_of(word.begin(), word.end(), [](char ch) {
          return IsUpper(ch) || ch == '\'' || static_cast<unsigned char>(ch) >= 0x80;
        });
        const bool alone =
            e >= line.size() ||
            !(std::isalnum(static_cast<unsigned char>(line[e])) ||
              static_cast<unsigned char>(line[e]) >= 0x80 || line[e] == '/' || line[e] == '-');
        if (depth == 0 && capitals && alone &&
            (letters == 2 || letters == 3 || (quotes != 0 && letters == 4)) &&
            (i == 0 || !(static_cast<unsigned char>(line[i - 1]) >= 0x80 || line[i - 1] == '-')) &&
            std::find(kAcronyms.begin(), kAcronyms.end(), word) == kAcronyms.end()) {
          AddPersonMention(out, line_begin + i, line_begin + e, "listed-initials", 0.8)
              .attributes["initials"] = std::string(word);
        }
        i = e;
      }
    }
    line_begin = line_end + 1;
  }
}

void FindBracketedInitials(std::string_view text, std::span<const Mention> names,
                           std::vector<Mention>& out) {
  for (const Mention& name : names) {
    if (name.end > text.size() || name.begin >= name.end) continue;
    // "Hope Ramsay (HR)": one space (or none) and a bracket right after the name.
    std::size_t p = name.end;
    if (p < text.size() && text[p] == ' ') ++p;
    if (p >= text.size() || text[p] != '(') continue;
    if (name.type != "PERSON") continue;  // (after the bracket: most names have none)
    std::size_t e = p + 1;
    while (e < text.size() && IsUpper(text[e])) ++e;
    const std::size_t letters = e - p - 1;
    if (letters < 2 || letters > 4 || e >= text.size() || text[e] != ')') continue;
    const std::string_view initials = text.substr(p + 1, letters);
    // The last initial is that of the name's last word.
    std::size_t last_word = name.end;
    while (last_word > name.begin && IsAlpha(text[last_word - 1])) --last_word;
    if (last_word >= name.end || text[last_word] != initials.back()) continue;
    // The first is that of a capitalised word before it on the line: the
    // given name, or a nickname in quotes before the family name.
    const std::size_t line_begin = text.rfind('\n', name.begin);
    const std::size_t from = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    const std::size_t window = name.begin > from + 60 ? name.begin - 60 : from;
    bool first_fits = false;
    for (std::size_t k = window; k < last_word && !first_fits; ++k)
      first_fits = text[k] == initials.front() && (k == 0 || !IsAlpha(text[k - 1])) &&
                   k + 1 < text.size() && !IsUpper(text[k + 1]);
    if (!first_fits) continue;
    AddPersonMention(out, p + 1, e, "bracketed-initials", 0.85).attributes["initials"] =
        std::string(initials);
  }
}

void FindInitialsKey(std::string_view text, std::span<const Mention> names,
                     std::vector<Mention>& out) {
  for (const Mention& name : names) {
    if (name.end > text.size() || name.begin >= name.end) continue;
    // Back from the name over spaces, one separator and spaces.
    std::size_t p = name.begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    // Most names have none: a separator ends with the byte before p (– and —
    // end with 0x93 and 0x94), tested before the comparisons.
    if (p == 0) continue;
    const char before = text[p - 1];
    if (before != '-' && before != ':' && before != '=' && before != '\x93' && before != '\x94')
      continue;
    if (name.type != "PERSON") continue;
    static constexpr std::string_view kDashes[] = {"\u2013", "\u2014", "-", ":", "="};
    std::size_t sep = 0;
    for (std::string_view d : kDashes)
      if (p >= d.size() && text.substr(p - d.size(), d.size()) == d) {
        sep = d.size();
        break;
      }
    if (sep == 0) continue;
    std::size_t e = p - sep;
    while (e > 0 && text[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && IsUpper(text[b - 1])) --b;
    const std::size_t letters = e - b;
    if (letters < 2 || letters > 4) continue;
    // At the start of its line (after spaces or a bullet).
    std::size_t q = b;
    while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t' || text[q - 1] == '*')) --q;
    if (q > 0 && text[q - 1] != '\n') continue;
    const std::string_view initials = text.substr(b, letters);
    if (std::find(kAcronyms.begin(), kAcronyms.end(), initials) != kAcronyms.end()) continue;
    bool first_fits = false;
    for (std::size_t k = name.begin; k < name.end && !first_fits; ++k)
      first_fits = text[k] == initials.front() && (k == name.begin || !IsAlpha(text[k - 1]));
    if (!first_fits) continue;
    AddPersonMention(out, b, e, "initials-key", 0.85).attributes["initials"] =
        std::string(initials);
  }
}

void FindRoleInitials(std::string_view text, std::vector<Mention>& out) {
  for (std::size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    std::size_t e = open + 1;
    while (e < text.size() && IsUpper(text[e])) ++e;
    const std::size_t letters = e - open - 1;
    if (letters < 2 || letters > 3 || e >= text.size() || text[e] != ')') continue;
    const std::string_view initials = text.substr(open + 1, letters);
    if (std::find(kAcronyms.begin(), kAcronyms.end(), initials) != kAcronyms.end() ||
        std::find(kRoleAcronyms.begin(), kRoleAcronyms.end(), initials) != kRoleAcronyms.end())
      continue;
    // The role word right before, one space (or none) before the bracket.
    std::size_t word_end = open;
    if (word_end > 0 && text[word_end - 1] == ' ') --word_end;
    std::size_t b = word_end;
    while (b > 0 && (IsAlpha(text[b - 1]) || text[b - 1] == '-')) --b;
    if (b == word_end || word_end - b > 12) continue;
    std::string role;
    for (std::size_t k = b; k < word_end; ++k) role.push_back(Lower(text[k]));
    if (std::find(kFamilyRoles.begin(), kFamilyRoles.end(), role) == kFamilyRoles.end()) continue;
    AddPersonMention(out, open + 1, e, "role-initials", 0.8).attributes["initials"] =
        std::string(initials);
  }
}

}  // namespace anonymiser::names
