#include "link/person_name.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "text/fold.h"
#include "text/words.h"

namespace anonymiser {

namespace {

// Hashed: every single-word variant and every word before a found name is
// tested.
const std::unordered_set<std::string_view>& Titles() {
  static const std::unordered_set<std::string_view> titles = {
      "mr",        "mrs",        "ms",
      "miss",      "mx",         "dr",
      "sir",       "dame",       "lady",
      "lord",      "prof",       "professor",
      "rev",       "revd",       "fr",
      "cllr",      "councillor", "dc",
      "ds",        "di",         "dci",
      "dsi",       "pc",         "pcso",
      "sgt",       "sergeant",   "insp",
      "inspector", "supt",       "ch",
      "det",       "detective",  "constable",
      "judge",     "hhj",        "master",
      "nurse",     "chief",      "superintendent",
      "imam",      "rabbi",      "pastor",
      "canon",     "bishop",     "captain",
      "capt",      "lieutenant", "lt",
      "colonel",   "commander",  "magistrate",
      "midwife",   "baroness",   "baron",
      "officer",   "justice",    "wpc",
      "dsupt",     "reverend",   "sr",
      "sn",        "hca",        "hv",
      "ps"};
  return titles;
}

std::string StripDots(std::string s) {
  std::erase(s, '.');
  return s;
}

}  // namespace

bool IsPersonalTitle(std::string_view folded_word) {
  // The shortest and longest titles, taken from the list: most words asked
  // about are refused by their length, without hashing.
  static const auto [shortest, longest] = [] {
    std::size_t low = static_cast<std::size_t>(-1), high = 0;
    for (std::string_view t : Titles()) {
      low = std::min(low, t.size());
      high = std::max(high, t.size());
    }
    return std::pair{low, high};
  }();
  if (folded_word.size() < shortest || folded_word.size() > longest) return false;
  return Titles().count(folded_word) != 0;
}

std::string NaturalOrder(std::string_view inverted) {
  auto trim = [](std::string_view v) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return v;
  };
  const std::string_view whole = trim(inverted);
  std::string_view family, rest;
  if (const auto comma = whole.find(','); comma != std::string_view::npos) {
    family = trim(whole.substr(0, comma));
    rest = trim(whole.substr(comma + 1));
  } else if (const auto space = whole.rfind(' '); space != std::string_view::npos) {
    family = trim(whole.substr(0, space));
    rest = trim(whole.substr(space + 1));
  } else {
    return std::string(inverted);
  }
  if (family.empty() || rest.empty()) return std::string(inverted);
  std::string out(rest);
  out += ' ';
  out += family;
  return out;
}

std::string GenderOfTitle(std::string_view t) {
  if (t == "mr" || t == "sir" || t == "lord" || t == "fr") return "m";
  if (t == "mrs" || t == "ms" || t == "miss" || t == "dame" || t == "lady") return "f";
  return "";
}

std::string PersonName::Key() const {
  std::string k;
  for (const auto& t : tokens) {
    if (!k.empty()) k += ' ';
    k += t;
  }
  return k;
}

std::string PersonName::Family() const {
  if (tokens.size() >= 2 || (!title.empty() && tokens.size() == 1)) return tokens.back();
  return "";
}

std::string PersonName::Given() const { return tokens.size() >= 2 ? tokens.front() : ""; }

PersonName ParsePersonName(std::string_view surface,
                           const std::map<std::string, std::string>& hints) {
  static const std::string kPlural = "plural", kTitle = "title", kGender = "gender";
  PersonName name;
  const auto words = text::SplitWords(surface);
  name.tokens.reserve(words.size());
  for (const auto& w : words) {
    std::string folded = text::FoldForMatch(surface.substr(w.begin, w.end - w.begin));
    if (name.tokens.empty() && IsPersonalTitle(StripDots(folded))) {
      if (name.title.empty()) name.title = StripDots(folded);
      continue;  // "Det Sgt": several title words
    }
    name.tokens.push_back(std::move(folded));
  }
  // "Okafors" for the Okafor family: the person's family name is the stem.
  if (hints.count(kPlural) != 0 && name.tokens.size() == 1 && name.tokens[0].size() > 3 &&
      name.tokens[0].back() == 's')
    name.tokens[0].pop_back();
  if (auto it = hints.find(kTitle); it != hints.end() && !it->second.empty())
    name.title = StripDots(text::FoldForMatch(it->second));
  name.gender = GenderOfTitle(name.title);
  if (auto it = hints.find(kGender); it != hints.end() && name.gender.empty())
    name.gender = it->second;
  return name;
}

}  // namespace anonymiser

namespace anonymiser {

namespace {

// Sets attribute `key` of `e` to `value` when it is unset or empty (one
// lookup), marking `e` dirty.
void FillAttribute(Entity& e, const std::string& key, const std::string& value) {
  auto [it, added] = e.attributes.try_emplace(key, value);
  if (!added) {
    if (!it->second.empty()) return;
    it->second = value;
  }
  e.dirty = true;
}

}  // namespace

void RecordPersonName(Entity& e, const PersonName& name, const std::string& surface) {
  // The attribute names, made once (this runs for every person mention).
  static const std::string kGiven = "given", kFamily = "family", kGender = "gender", kName = "name";
  e.AddVariant(name.Key());
  const std::string given = name.Given(), family = name.Family();
  if (!family.empty()) FillAttribute(e, kFamily, family);
  if (given.size() > 1) FillAttribute(e, kGiven, given);
  if (!name.gender.empty()) FillAttribute(e, kGender, name.gender);
  // References into the map stay valid as attributes are added.
  const std::string& known_given = e.Attribute(kGiven);
  const std::string& known_family = e.Attribute(kFamily);
  if (name.tokens.size() == 1 && name.title.empty() && known_given.empty() && known_family.empty())
    FillAttribute(e, kName, name.tokens[0]);
  e.AddVariant(known_given);
  e.AddVariant(known_family);
  if (!known_given.empty() && !known_family.empty()) e.AddVariant(known_given + " " + known_family);
  if (surface.size() > e.original.size()) {
    e.original = surface;
    e.dirty = true;
  }
}

}  // namespace anonymiser
