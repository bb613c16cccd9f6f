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
#include "pseudonymise/replacements.h"

namespace anonymiser {

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
  // Appended to `out`, after the replacements of earlier units.
  void Render(std::size_t unit, const std::string& text, const std::vector<Mention>& mentions,
              Replacements& out) const;
  // The same, on their own.
  Replacements Render(std::size_t unit, const std::string& text,
                      const std::vector<Mention>& mentions) const {
    Replacements out;
    Render(unit, text, mentions, out);
    return out;
  }

 private:
  // The replacement of `m`, of type `info` (null: unknown), before case and
  // articles are adjusted.
  std::string Pseudonym(const Mention& m, const TypeInfo* info, std::string_view original) const;
  // True if the case's policy for `type` is "generalise" (the default).
  bool Generalises(const std::string& type) const;

  const TypeRegistry& types_;
  const CaseState& state_;
};

}  // namespace anonymiser
