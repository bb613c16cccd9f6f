// The redact-places plugin: places, addresses, local institutions and businesses.
#pragma once

#include <memory>
#include <vector>

#include "anonymiser/redaction_plugin.h"
#include "place_finder.h"
#include "place_lexicon.h"

namespace anonymiser::places {

class PlacesPlugin : public RedactionPlugin {
 public:
  PluginInfo info() const override;
  // Loads the place lists from `context.dictionary_dir`; throws Error(kConfig)
  // naming a missing file.
  void Configure(const PluginContext& context) override;
  // PLACE, ADDRESS, SCHOOL, GP_PRACTICE, HOSPITAL, NURSERY, ORGANISATION.
  std::vector<TypeInfo> types() const override;
  // Appends the mentions PlaceFinder finds. Finds nothing before Configure().
  void Find(const TextUnit& unit, std::vector<Mention>& out) const override;

 private:
  std::unique_ptr<PlaceLexicon> lexicon_;
  std::unique_ptr<PlaceFinder> finder_;
};

}  // namespace anonymiser::places
