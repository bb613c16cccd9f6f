// Stage 5 of the pipeline: the replacement text of every mention.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/mention.h"
#include "case_store/case_state.h"
#include "detect/type_registry.h"
#include "text/interned.h"

namespace anonymiser {

// One replacement with the facts the audit log records about it.
// A document can have millions, so only what the log needs is kept, small:
// the mention's names are interned numbers (text::InternId), its attributes
// are dropped, and the replaced text is read from the document's units.
struct Replacement {
  Edit edit;                  // what changes in the document
  std::size_t mention_begin;  // where the mention starts (the edit may start
                              // earlier: "a" -> "an" before a pseudonym)
  double score;               // the mention's score
  std::uint16_t type_id;      // the mention's type, plugin and rule, interned
  std::uint16_t plugin_id;
  std::uint16_t rule_id;

  std::string_view type() const { return text::Interned(type_id); }
  std::string_view plugin() const { return text::Interned(plugin_id); }
  std::string_view rule() const { return text::Interned(rule_id); }
  // The replaced text (never logged unless asked), from `units`, the units
  // the replacement was made for.
  std::string_view Original(const std::vector<TextUnit>& units) const {
    return std::string_view(units[edit.unit].text).substr(mention_begin, edit.end - mention_begin);
  }
};

class Renderer {
 public:
  // `types` and `state` must outlive the renderer. `state` supplies the
  // entities' pseudonyms, the date shift and the per-type policies
  // (settings "policy.DATE", "policy.AGE" ...).
  Renderer(const TypeRegistry& types, const CaseState& state);

  // The replacements for the mentions of one unit (sorted, non-overlapping),
  // in order. Replacements that would not change the text are left out.
  //  - kEntity: the entity's pseudonym; in upper case when the original is
  //    ALL CAPS; with a capital first letter at the start of a sentence; a
  //    preceding "a"/"an" is corrected to suit the pseudonym.
  //  - kLabel: the type's style text ("[NHS number]").
  //  - kTransform: what the owning plugin's Transform() returns under the
  //    case's policy for the type, else "[<type in lower case>]"; a day
  //    generalised after "on" gets "in" ("on 3 May 2021" -> "in May 2021").
  //  - kKeep spans are markers: they produce nothing.
  std::vector<Replacement> Render(std::size_t unit, const std::string& text,
                                  const std::vector<Mention>& mentions) const;

 private:
  std::string Pseudonym(const Mention& m, const std::string& original) const;
  // True if the case's policy for `type` is "generalise" (the default).
  bool Generalises(const std::string& type) const;

  const TypeRegistry& types_;
  const CaseState& state_;
};

}  // namespace anonymiser
