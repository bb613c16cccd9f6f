// Stage 4 of the pipeline: mentions become entities of the case.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/mention.h"
#include "case_store/case_state.h"
#include "detect/type_registry.h"
#include "link/nicknames.h"
#include "text/ordinary_words.h"

namespace anonymiser {

// The attribute under which a linked mention carries its entity id.
inline constexpr const char* kEntityAttribute = "entity";
// The attribute of a mention of a family name in the plural ("the Woods"),
// rendered "Person A family".
inline constexpr const char* kPluralAttribute = "plural";
// The attribute of an institution's mention giving the part of its name that
// names it alone ("Little Acorns" of "Little Acorns Day Nursery"): linked as
// one more spelling of the entity, so completion finds it elsewhere.
inline constexpr const char* kShortFormAttribute = "short-form";
// The attribute of a body's mention giving the abbreviation the text defined
// for it ("BHR" of "Baltic Harvest Recruitment Ltd (BHR)"): linked as one
// more spelling of the entity.
inline constexpr const char* kAbbreviationAttribute = "abbreviation";
// On a PERSON mention written surname first ("Wood, Alison", "O'Neill B"):
// the linker reads it as "Alison Wood".
inline constexpr const char* kInvertedAttribute = "inverted";

class Linker {
 public:
  // `types` must outlive the linker. `nicknames` makes "Bill Okafor" the
  // same person as "William Okafor". `ordinary` (if any, outliving the
  // linker) tells a word glued before a known name ("Check Callum Reid") from
  // a given name ("Maria de Souza" after "De Souza").
  explicit Linker(const TypeRegistry& types, Nicknames nicknames = {},
                  const text::OrdinaryWords* ordinary = nullptr);

  // Links every mention of a kEntity type in `by_unit` (the mentions of each
  // unit of `units`, in reading order) to an entity of `state`, creating
  // entities (with the next pseudonym of their house style) as needed, and
  // sets the mention's kEntityAttribute. Mentions already carrying an entity
  // (found from a known variant) are kept as they are.
  //
  // Persons are linked through folded variants: full name, given name,
  // family name, title + family name, initial + family name, a short form
  // of the given name + family name ("Bill Okafor" for "William Okafor"). Ambiguity rule:
  // a bare family or given name that fits several persons goes to the one
  // mentioned most recently before it in this document; failing that, to
  // the one seen in the most recent document; failing that, the oldest. A
  // title's gender ("Ms", "Mr") narrows the candidates first. Nothing is
  // ever left unlinked: a name that fits nobody becomes a new entity.
  //
  // One bare spelling is one thing in a case: an untitled single word that
  // is already a place (school, ...) joins that entity; a place whose
  // spelling is a person known only by that bare word (a guess) turns that
  // entity into the place, with a place pseudonym (documents written in an
  // earlier run keep the old one until run again). A titled name ("Mr Kent")
  // never joins a place, and a user-given identity never changes.
  void Link(const std::vector<TextUnit>& units, std::vector<std::vector<Mention>>& by_unit,
            CaseState& state, std::int64_t document_order) const;

  // The same, one unit at a time: a document's units are given to LinkUnit()
  // in reading order, and the result is what Link() gives for them all.
  // `linker` and `state` must outlive the session.
  class Session {
   public:
    Session(const Linker& linker, CaseState& state, std::int64_t document_order);
    // Links the mentions of the next unit, whose text is `text`.
    void LinkUnit(const std::string& text, std::vector<Mention>& mentions);

   private:
    // The candidate a bare name goes to (the ambiguity rule above).
    Entity* Pick(const std::vector<Entity*>& candidates) const;
    // A new entity of `type` with the next pseudonym of its house style.
    Entity& NewEntity(const std::string& type);

    const Linker& linker_;
    CaseState& state_;
    std::int64_t document_order_;
    // Position (in mention order) of each entity's latest mention in this document.
    std::unordered_map<std::int64_t, std::size_t> last_here_;
    std::size_t position_ = 0;
  };

 private:
  const TypeRegistry& types_;
  const text::OrdinaryWords* ordinary_ = nullptr;
  Nicknames nicknames_;
};

}  // namespace anonymiser
