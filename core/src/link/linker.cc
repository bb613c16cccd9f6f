#include "link/linker.h"

#include <algorithm>
#include <unordered_map>

#include "link/person_name.h"
#include "text/fold.h"
#include "text/words.h"

namespace anonymiser {

namespace {

// Attribute names the linker reads per candidate, made once.
const std::string kGiven = "given", kFamily = "family", kName = "name";

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

void Linker::Link(const std::vector<TextUnit>& units, std::vector<std::vector<Mention>>& by_unit,
                  CaseState& state, std::int64_t document_order) const {
  // Position (in mention order) of each entity's latest mention in this document.
  std::unordered_map<std::int64_t, std::size_t> last_here;
  // Candidates come from the case's spelling index, not a scan of every
  // entity: a case of an archive holds thousands.
  state.RefreshSpellings();
  std::size_t position = 0;

  auto pick = [&](std::vector<Entity*>& candidates) -> Entity* {
    if (candidates.empty()) return nullptr;
    if (candidates.size() == 1) return candidates[0];
    Entity* best = nullptr;
    std::size_t best_pos = 0;
    for (Entity* c : candidates) {
      auto it = last_here.find(c->id);
      if (it != last_here.end() && (best == nullptr || it->second > best_pos)) {
        best = c;
        best_pos = it->second;
      }
    }
    if (best) return best;
    return *std::max_element(candidates.begin(), candidates.end(), [](Entity* a, Entity* b) {
      if (a->last_seen != b->last_seen) return a->last_seen < b->last_seen;
      return a->id > b->id;  // older (smaller id) wins ties
    });
  };

  auto new_entity = [&](const std::string& type) -> Entity& {
    Entity& e = state.AddEntity(type);
    const TypeInfo* info = types_.Find(type);
    e.pseudonym = state.NextPseudonym(info && !info->style.empty() ? info->style : type + " {L}");
    return e;
  };

  for (std::size_t u = 0; u < by_unit.size(); ++u) {
    const std::string& text = units[u].text;
    for (auto& m : by_unit[u]) {
      ++position;
      if (m.attributes.count(kEntityAttribute)) {
        std::int64_t id = std::stoll(m.attributes[kEntityAttribute]);
        last_here[id] = position;
        if (Entity* e = state.FindEntity(id)) e->last_seen = document_order;
        continue;
      }
      const TypeInfo* info = types_.Find(m.type);
      if (info == nullptr || info->treatment != Treatment::kEntity) continue;
      const std::string surface(
          text::StripPossessive(std::string_view(text).substr(m.begin, m.end - m.begin)));
      Entity* target = nullptr;

      if (m.type == "PERSON") {
        PersonName name = ParsePersonName(surface, m.attributes);
        if (name.tokens.empty()) continue;  // a bare title: nothing to link
        TrimToKnownName(text, m, name, state, ordinary_);
        // Only a title's gender narrows the candidates: the gender a plugin
        // guesses from a given-name list ("Reid" as a boy's name) must not
        // split "Ms Reid ... Reid" into two people.
        const std::string title_gender = GenderOfTitle(name.title);
        const std::string key = name.Key();
        std::vector<Entity*> exact, partial;
        for (std::size_t i : state.EntitiesSpelled(key)) {
          Entity& e = state.entities[i];
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
          target = pick(exact);
        } else if (name.tokens.size() >= 2) {
          const std::string given = name.Given(), family = name.Family();
          const bool initial = given.size() == 1;
          // Every entity the rules below can accept is spelled by `family`
          // (its family attribute) or `given` (its bare-name attribute).
          std::vector<std::size_t> candidates = state.EntitiesSpelled(family);
          const auto& by_given = state.EntitiesSpelled(given);
          candidates.insert(candidates.end(), by_given.begin(), by_given.end());
          std::sort(candidates.begin(), candidates.end());
          candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
          for (std::size_t i : candidates) {
            Entity& e = state.entities[i];
            if (e.type != "PERSON" || !GenderFits(e, title_gender)) continue;
            const std::string& ef = e.Attribute(kFamily);
            if (ef != family && !ef.empty()) continue;  // neither rule below can accept it
            const std::string& eg = e.Attribute(kGiven);
            const std::string& en = e.Attribute(kName);
            if (ef == family &&
                (eg.empty() || (initial && eg[0] == given[0]) || nicknames_.Equivalent(eg, given)))
              partial.push_back(&e);
            else if (ef.empty() && eg.empty() && en == given)
              partial.push_back(&e);  // known so far by the given name alone
          }
          target = pick(partial);
        }
        // A bare word already known as a place, school ... is that thing.
        if (target == nullptr && name.title.empty() && name.tokens.size() == 1)
          for (std::size_t i : state.EntitiesSpelled(key)) {
            Entity& e = state.entities[i];
            if (e.type != "PERSON" && e.HasVariant(key)) {
              target = &e;
              break;
            }
          }
        if (target != nullptr && target->type != "PERSON") {
          m.type = target->type;
        } else {
          if (target == nullptr) target = &new_entity("PERSON");
          RecordPersonName(*target, name, surface);
          // A short form of the given name is a spelling of this person too.
          const std::string given = name.Given();
          if (given.size() > 1 && target->Attribute(kGiven) != given) target->AddVariant(given);
        }
      } else {
        const std::string key = text::FoldForMatch(surface);
        for (std::size_t i : state.EntitiesSpelled(key)) {
          Entity& e = state.entities[i];
          if (e.type == m.type && e.HasVariant(key)) {
            target = &e;
            break;
          }
        }
        // A bare word first guessed to be a person, now found as a place (or
        // school ...): the place evidence wins. The entity takes the type and
        // a pseudonym of its house style, unless the user gave it one.
        if (target == nullptr)
          for (std::size_t i : state.EntitiesSpelled(key)) {
            Entity& e = state.entities[i];
            if (e.type == "PERSON" && e.Attribute(kName) == key && e.Attribute(kFamily).empty() &&
                e.Attribute(kGiven).empty()) {
              target = &e;
              if (e.known) {
                m.type = "PERSON";
              } else {
                const TypeInfo* place_info = types_.Find(m.type);
                e.type = m.type;
                e.pseudonym = state.NextPseudonym(
                    place_info && !place_info->style.empty() ? place_info->style : m.type + " {L}");
                e.attributes.clear();
                e.dirty = true;
              }
              break;
            }
          }
        if (target == nullptr) {
          target = &new_entity(m.type);
          target->original = surface;
        }
        target->AddVariant(key);
      }
      if (target->last_seen != document_order) {
        target->last_seen = document_order;
        target->dirty = true;
      }
      state.Reindex(static_cast<std::size_t>(target - state.entities.data()));
      last_here[target->id] = position;
      m.attributes[kEntityAttribute] = std::to_string(target->id);
    }
  }
}

}  // namespace anonymiser
