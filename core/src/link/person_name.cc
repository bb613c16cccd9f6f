#include "link/person_name.h"

#include <algorithm>
#include <set>

#include "text/fold.h"
#include "text/words.h"

namespace anonymiser {

namespace {

const std::set<std::string, std::less<>>& Titles() {
  static const std::set<std::string, std::less<>> titles = {
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

bool IsPersonalTitle(std::string_view folded_word) { return Titles().count(folded_word) != 0; }

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
  PersonName name;
  for (const auto& w : text::SplitWords(surface)) {
    std::string folded = text::FoldForMatch(surface.substr(w.begin, w.end - w.begin));
    if (name.tokens.empty() && IsPersonalTitle(StripDots(folded))) {
      if (name.title.empty()) name.title = StripDots(folded);
      continue;  // "Det Sgt": several title words
    }
    name.tokens.push_back(std::move(folded));
  }
  // "Okafors" for the Okafor family: the person's family name is the stem.
  if (hints.count("plural") != 0 && name.tokens.size() == 1 && name.tokens[0].size() > 3 &&
      name.tokens[0].back() == 's')
    name.tokens[0].pop_back();
  if (auto it = hints.find("title"); it != hints.end() && !it->second.empty())
    name.title = StripDots(text::FoldForMatch(it->second));
  name.gender = GenderOfTitle(name.title);
  if (auto it = hints.find("gender"); it != hints.end() && name.gender.empty())
    name.gender = it->second;
  return name;
}

}  // namespace anonymiser

namespace anonymiser {

void RecordPersonName(Entity& e, const PersonName& name, const std::string& surface) {
  e.AddVariant(name.Key());
  const std::string given = name.Given(), family = name.Family();
  if (!family.empty() && e.Attribute("family").empty()) {
    e.attributes["family"] = family;
    e.dirty = true;
  }
  if (given.size() > 1 && e.Attribute("given").empty()) {
    e.attributes["given"] = given;
    e.dirty = true;
  }
  if (!name.gender.empty() && e.Attribute("gender").empty()) {
    e.attributes["gender"] = name.gender;
    e.dirty = true;
  }
  if (name.tokens.size() == 1 && name.title.empty() && e.Attribute("name").empty() &&
      e.Attribute("given").empty() && e.Attribute("family").empty()) {
    e.attributes["name"] = name.tokens[0];
    e.dirty = true;
  }
  for (const char* part : {"given", "family"}) e.AddVariant(e.Attribute(part));
  if (!e.Attribute("given").empty() && !e.Attribute("family").empty())
    e.AddVariant(e.Attribute("given") + " " + e.Attribute("family"));
  if (surface.size() > e.original.size()) {
    e.original = surface;
    e.dirty = true;
  }
}

}  // namespace anonymiser
