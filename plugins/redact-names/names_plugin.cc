#include "names_plugin.h"

#include "anonymiser/version.h"

namespace anonymiser::names {

PluginInfo NamesPlugin::info() const {
  return PluginInfo{"redact-names", kToolVersion, PluginKind::kRedaction,
                    "person names: titles, given and family names, initials, in context"};
}

void NamesPlugin::Configure(const PluginContext& context) {
  lexicon_ = std::make_unique<NameLexicon>(NameLexicon::Load(context.dictionary_dir));
  finder_ = std::make_unique<NameFinder>(*lexicon_);
}

std::vector<TypeInfo> NamesPlugin::types() const {
  return {TypeInfo{"PERSON", Treatment::kEntity, "Person {L}"}};
}

void NamesPlugin::Find(const TextUnit& unit, std::vector<Mention>& out) const {
  if (finder_) finder_->Find(unit.text, out);
}

}  // namespace anonymiser::names
