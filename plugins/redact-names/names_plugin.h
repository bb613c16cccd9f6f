// The redact-names plugin: person names in any form a draft uses.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "anonymiser/redaction_plugin.h"
#include "name_finder.h"
#include "name_lexicon.h"

namespace anonymiser::names {

class NamesPlugin : public RedactionPlugin {
 public:
  PluginInfo info() const override;
  // Loads the name lists from `context.dictionary_dir`; throws Error(kConfig)
  // naming a missing file.
  void Configure(const PluginContext& context) override;
  std::vector<TypeInfo> types() const override;
  // Appends PERSON mentions (see NameFinder). Finds nothing before Configure().
  void Find(const TextUnit& unit, std::vector<Mention>& out) const override;

 private:
  std::unique_ptr<NameLexicon> lexicon_;
  std::unique_ptr<NameFinder> finder_;
};

}  // namespace anonymiser::names
