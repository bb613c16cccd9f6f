#include "places_plugin.h"

#include "anonymiser/version.h"

namespace anonymiser::places {

PluginInfo PlacesPlugin::info() const {
  return PluginInfo{"redact-places", kToolVersion, PluginKind::kRedaction,
                    "places, addresses, schools, GP practices, hospitals, nurseries, businesses"};
}

void PlacesPlugin::Configure(const PluginContext& context) {
  lexicon_ = std::make_unique<PlaceLexicon>(PlaceLexicon::Load(context.dictionary_dir));
  finder_ = std::make_unique<PlaceFinder>(*lexicon_);
}

std::vector<TypeInfo> PlacesPlugin::types() const {
  return {
      TypeInfo{"PLACE", Treatment::kEntity, "Town {L}"},
      TypeInfo{"ADDRESS", Treatment::kLabel, "[address]"},
      TypeInfo{"SCHOOL", Treatment::kEntity, "School {L}"},
      TypeInfo{"GP_PRACTICE", Treatment::kEntity, "GP Practice {L}"},
      TypeInfo{"HOSPITAL", Treatment::kEntity, "Hospital {L}"},
      TypeInfo{"NURSERY", Treatment::kEntity, "Nursery {L}"},
      TypeInfo{"CARE_HOME", Treatment::kEntity, "Care Home {L}"},
      TypeInfo{"ORGANISATION", Treatment::kEntity, "Organisation {L}"},
  };
}

void PlacesPlugin::Find(const TextUnit& unit, std::vector<Mention>& out) const {
  if (finder_) finder_->Find(unit.text, out);
}

}  // namespace anonymiser::places
