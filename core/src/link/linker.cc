#include "link/linker.h"

#include <algorithm>
#include <unordered_map>

#include "link/person_name.h"
#include "text/fold.h"
#include "text/words.h"

namespace anonymiser {

namespace {

// Attribute names the linker reads per candidate or mention, made once.
const std::string kGiven = "given", kFamily = "family", kName = "name";
const std::string kEntityKey = kEntityAttribute, kInvertedKey = kInvertedAttribute,
                  kShortFormKey = kShortFormAttribute, kAbbreviationKey = kAbbreviationAttribute;

bool GenderFits(const Entity& e, const std::string& gender) {
  if (gender.empty()) return true;
  static const std::string kGender = "gender";
  const std::string& g = e.Attribute(kGender);
  return g.empty() || g == gender;
}

// A sentence-initial word glued to a known name ("Check Callum Reid's"):
// when the mention's full name is unknown but its last two or more words
// are a known person's full name, the mention shrinks to those words.
void TrimToKnownName(const std::string& text, Mention& m, PersonName& name, const CaseState& state,
                     const text::OrdinaryWords* ordinary) {
  if (name.tokens.size() < 3) return;
  auto known_full_name = [&](const std::string& key) {
    for (std::size_t i : state.EntitiesSpelled(key)) {
      const Entity& e = state.entities[i];
      if (e.type == "PERSON" && e.HasVariant(key)) return true;
    }
    return false;
  };
  if (known_full_name(name.Key())) return;
  const auto words = text::SplitWords(std::string_view(text).substr(m.begin, m.end - m.begin));
  for (std::size_t drop = 1; drop + 2 <= name.tokens.size() && drop <= 2; ++drop) {
    std::string key;
    for (std::size_t i = drop; i < name.tokens.size(); ++i)
      key += (key.empty() ? "" : " ") + name.tokens[i];
    if (!known_full_name(key)) continue;
    // Only ordinary words are glued on ("Check"); "Maria" of "Maria de
    // Souza" is her given name (the plugin found it in its lists), even with
    // "De Souza" known.
    if (m.attributes.count("given-listed") != 0) return;
    if (ordinary != nullptr &&
        !std::all_of(name.tokens.begin(), name.tokens.begin() + static_cast<long>(drop),
                     [&](const std::string& t) { return ordinary->MayBeOrdinary(t); }))
      return;
    // Title words come before the name tokens; find the word where the suffix starts.
    const std::size_t title_words = words.size() - name.tokens.size();
    if (title_words + drop >= words.size()) return;
    m.begin += words[title_words + drop].begin;
    name.tokens.erase(name.tokens.begin(), name.tokens.begin() + static_cast<long>(drop));
    name.title.clear();
    name.gender.clear();
    return;
  }
}

}  // namespace

Linker::Linker(const TypeRegistry& types, Nicknames nicknames, const text::OrdinaryWords* ordinary)
    : types_(types), ordinary_(ordinary), nicknames_(std::move(nicknames)) {}

Linker::Session::Session(const Linker& linker, CaseState& state, std::int64_t document_order)
    : linker_(linker), state_(state), document_order_(document_order) {
  // Candidates come from the case's spelling index, not a scan of every
  // entity: a case of an archive holds thousands.
  state_.RefreshSpellings();
}

Entity* Linker::Session::Pick(const std::vector<Entity*>& candidates) const {
  if (candidates.empty()) return nullptr;
  if (candidates.size() == 1) return candidates[0];
  Entity* best = nullptr;
  std::size_t best_pos = 0;
  for (Entity* c : candidates) {
    auto it = last_here_.find(c->id);
    if (it != last_here_.end() && (best == nullptr || it->second > best_pos)) {
      best = c;
      best_pos = it->second;
    }
  }
  if (best) return best;
  return *std::max_element(candidates.begin(), candidates.end(), [](Entity* a, Entity* b) {
    if (a->last_seen != b->last_seen) return a->last_seen < b->last_seen;
    return a->id > b->id;  // older (smaller id) wins ties
  });
}

Entity& Linker::Session::NewEntity(const std::string& type) {
  Entity& e = state_.AddEntity(type);
  const TypeInfo* info = linker_.types_.Find(type);
  // (Not one conditional expression, which would copy the style.)
  if (info && !info->style.empty())
    e.pseudonym = state_.NextPseudonym(info->style);
  else
    e.pseudonym = state_.NextPseudonym(type + " {L}");
  return e;
}

void Linker::Session::LinkUnit(const std::string& text, std::vector<Mention>& mentions) {
  // At most one new entity a mention: room for them all at once (growing
  // geometrically, as the units of a long document come one by one).
  auto& entities = state_.entities;
  if (const std::size_t needed = entities.size() + mentions.size(); needed > entities.capacity())
    entities.reserve(std::max(needed, 2 * entities.capacity()));
  for (auto& m : mentions) {
    ++position_;
    if (auto known = m.attributes.find(kEntityKey); known != m.attributes.end()) {
      std::int64_t id = std::stoll(known->second);
      last_here_[id] = position_;
      if (Entity* e = state_.FindEntity(id)) e->last_seen = document_order_;
      continue;
    }
    const TypeInfo* info = linker_.types_.Find(m.type);
    if (info == nullptr || info->treatment != Treatment::kEntity) continue;
    const std::string surface(
        text::StripPossessive(std::string_view(text).substr(m.begin, m.end - m.begin)));
    Entity* target = nullptr;

    if (m.type == "PERSON") {
      // "Wood, Alison": a name written surname first is read as "Alison Wood".
      const std::string spelled =
          m.attributes.count(kInvertedKey) ? NaturalOrder(surface) : surface;
      PersonName name = ParsePersonName(spelled, m.attributes);
      if (name.tokens.empty()) continue;  // a bare title: nothing to link
      TrimToKnownName(text, m, name, state_, linker_.ordinary_);
      // Only a title's gender narrows the candidates: the gender a plugin
      // guesses from a given-name list ("Reid" as a boy's name) must not
      // split "Ms Reid ... Reid" into two people.
      const std::string title_gender = GenderOfTitle(name.title);
      const std::string key = name.Key();
      std::vector<Entity*> exact, partial;
      for (std::size_t i : state_.EntitiesSpelled(key)) {
        Entity& e = state_.entities[i];
        if (e.type != "PERSON" || !GenderFits(e, title_gender)) continue;
        if (e.HasVariant(key)) exact.push_back(&e);
      }
      if (!exact.empty()) {
        // A bare name fitting several persons: titled means family name.
        if (exact.size() > 1 && name.tokens.size() == 1 && !name.title.empty()) {
          std::vector<Entity*> fam;
          for (Entity* e : exact)
            if (e->Attribute(kFamily) == key) fam.push_back(e);
          if (!fam.empty()) exact = fam;
        }
        target = Pick(exact);
      } else if (name.tokens.size() >= 2) {
        const std::string given = name.Given(), family = name.Family();
        const bool initial = given.size() == 1;
        // Every entity the rules below can accept is spelled by `family`
        // (its family attribute) or `given` (its bare-name attribute).
        std::vector<std::size_t> candidates = state_.EntitiesSpelled(family);
        const auto& by_given = state_.EntitiesSpelled(given);
        candidates.insert(candidates.end(), by_given.begin(), by_given.end());
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (std::size_t i : candidates) {
          Entity& e = state_.entities[i];
          if (e.type != "PERSON" || !GenderFits(e, title_gender)) continue;
          const std::string& ef = e.Attribute(kFamily);
          if (ef != family && !ef.empty()) continue;  // neither rule below can accept it
          const std::string& eg = e.Attribute(kGiven);
          const std::string& en = e.Attribute(kName);
          if (ef == family && (eg.empty() || (initial && eg[0] == given[0]) ||
                               linker_.nicknames_.Equivalent(eg, given)))
            partial.push_back(&e);
          else if (ef.empty() && eg.empty() && en == given)
            partial.push_back(&e);  // known so far by the given name alone
        }
        target = Pick(partial);
      }
      // A bare word already known as a place, school ... is that thing.
      if (target == nullptr && name.title.empty() && name.tokens.size() == 1)
        for (std::size_t i : state_.EntitiesSpelled(key)) {
          Entity& e = state_.entities[i];
          if (e.type != "PERSON" && e.HasVariant(key)) {
            target = &e;
            break;
          }
        }
      if (target != nullptr && target->type != "PERSON") {
        m.type = target->type;
      } else {
        if (target == nullptr) target = &NewEntity("PERSON");
        RecordPersonName(*target, name, spelled);
        // A short form of the given name is a spelling of this person too.
        const std::string given = name.Given();
        if (given.size() > 1 && target->Attribute(kGiven) != given) target->AddVariant(given);
      }
    } else {
      const std::string key = text::FoldForMatch(surface);
      const std::vector<std::size_t>& spelled = state_.EntitiesSpelled(key);
      for (std::size_t i : spelled) {
        Entity& e = state_.entities[i];
        if (e.type == m.type && e.HasVariant(key)) {
          target = &e;
          break;
        }
      }
      // A bare word first guessed to be a person, now found as a place (or
      // school ...): the place evidence wins. The entity takes the type and
      // a pseudonym of its house style, unless the user gave it one.
      if (target == nullptr)
        for (std::size_t i : spelled) {
          Entity& e = state_.entities[i];
          if (e.type == "PERSON" && e.Attribute(kName) == key && e.Attribute(kFamily).empty() &&
              e.Attribute(kGiven).empty()) {
            target = &e;
            if (e.known) {
              m.type = "PERSON";
            } else {
              const TypeInfo* place_info = linker_.types_.Find(m.type);
              e.type = m.type;
              e.pseudonym = state_.NextPseudonym(
                  place_info && !place_info->style.empty() ? place_info->style : m.type + " {L}");
              e.attributes.clear();
              e.dirty = true;
            }
            break;
          }
        }
      if (target == nullptr) {
        target = &NewEntity(m.type);
        target->original = surface;
      }
      target->AddVariant(key);
      // "Little Acorns" of "Little Acorns Day Nursery": the name without its
      // head, which the plugin found to name it alone too.
      // So does the abbreviation the text defined: "BHR" of "Baltic Harvest
      // Recruitment Ltd (BHR)".
      for (const std::string* attribute : {&kShortFormKey, &kAbbreviationKey})
        if (auto s = m.attributes.find(*attribute); s != m.attributes.end())
          target->AddVariant(text::FoldForMatch(s->second));
    }
    if (target->last_seen != document_order_) {
      target->last_seen = document_order_;
      target->dirty = true;
    }
    state_.Reindex(static_cast<std::size_t>(target - state_.entities.data()));
    last_here_[target->id] = position_;
    m.attributes[kEntityKey] = std::to_string(target->id);
  }
}

void Linker::Link(const std::vector<TextUnit>& units, std::vector<std::vector<Mention>>& by_unit,
                  CaseState& state, std::int64_t document_order) const {
  Session session(*this, state, document_order);
  for (std::size_t u = 0; u < by_unit.size(); ++u) session.LinkUnit(units[u].text, by_unit[u]);
}

}  // namespace anonymiser
