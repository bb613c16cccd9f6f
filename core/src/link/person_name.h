// How a person's name is split for linking: title, given names, family name.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "case_store/case_state.h"

namespace anonymiser {

struct PersonName {
  std::string title;                // folded, without a full stop: "ms", "dc"
  std::vector<std::string> tokens;  // folded name words after the title
  std::string gender;               // "f", "m" or "" (from the title or a hint)

  // The folded key of the whole name without title: "shannon okafor".
  std::string Key() const;
  // The last token when there are two or more, or the only token when titled.
  std::string Family() const;
  // The first token when there are two or more tokens.
  std::string Given() const;
};

// Parses `surface` (a PERSON mention's text, possessive already stripped).
// `hints` are the mention's attributes ("title", "given", "family",
// "gender"), used when present.
PersonName ParsePersonName(std::string_view surface,
                           const std::map<std::string, std::string>& hints);

// True if `folded_word` (e.g. "mrs", "dc") is a personal title or rank.
bool IsPersonalTitle(std::string_view folded_word);

// "Alison Wood" of "Wood, Alison" and "B O'Neill" of "O'Neill B": a name
// written surname first, in the usual order.
std::string NaturalOrder(std::string_view inverted);

// The gender a title implies: "f", "m" or "".
std::string GenderOfTitle(std::string_view folded_title);

// Records what `name` (spelt `surface` in the text) tells about person `e`:
// its variants (full name, given name, family name, "given family"), the
// given and family names and gender when not yet known, and the fullest
// original spelling. Marks `e` dirty when anything changed.
void RecordPersonName(Entity& e, const PersonName& name, const std::string& surface);

}  // namespace anonymiser
