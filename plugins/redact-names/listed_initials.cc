#include "listed_initials.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "plugin_text/ascii.h"

namespace anonymiser::names {
namespace {

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
constexpr std::array<std::string_view, 40> kAcronyms = {
    "GP",  "SW",  "HV",  "HR",  "IT",  "LA",  "PA",   "MP",   "QC",  "KC",
    "DI",  "DS",  "DC",  "PC",  "PS",  "NHS", "CEO",  "CFO",  "COO", "DSL",
    "SLT", "SMT", "IRO", "ICB", "CCG", "YOT", "CPS",  "MASH", "ALL", "AND",
    "THE", "FOR", "TBC", "AOB", "N/A", "NA",  "ASAP", "VAT",  "UK",  "GB"};

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
        const std::string_view word = line.substr(i, e - i);
        const bool capitals = std::all_of(word.begin(), word.end(), IsUpper);
        const bool alone =
            e >= line.size() ||
            !(std::isalnum(static_cast<unsigned char>(line[e])) ||
              static_cast<unsigned char>(line[e]) >= 0x80 || line[e] == '/' || line[e] == '-');
        if (depth == 0 && capitals && alone && (word.size() == 2 || word.size() == 3) &&
            (i == 0 || !(static_cast<unsigned char>(line[i - 1]) >= 0x80 || line[i - 1] == '-')) &&
            std::find(kAcronyms.begin(), kAcronyms.end(), word) == kAcronyms.end()) {
          Mention m;
          m.begin = line_begin + i;
          m.end = line_begin + e;
          m.type = "PERSON";
          m.rule = "listed-initials";
          m.score = 0.8;
          m.attributes["initials"] = std::string(word);
          out.push_back(std::move(m));
        }
        i = e;
      }
    }
    line_begin = line_end + 1;
  }
}

}  // namespace anonymiser::names
