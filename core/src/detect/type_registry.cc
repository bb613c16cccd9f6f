#include "detect/type_registry.h"

#include <algorithm>

#include "anonymiser/error.h"

namespace anonymiser {

void TypeRegistry::Add(const RedactionPlugin* plugin) {
  for (const auto& t : plugin->types())
    if (types_.count(t.name) == 0) types_[t.name] = Entry{t, plugin};
}

void TypeRegistry::SetStyle(const std::string& type, const std::string& style) {
  auto it = types_.find(type);
  if (it == types_.end())
    throw Error(ErrorCode::kConfig, "style for unknown entity type '" + type + "'");
  it->second.info.style = style;
}

const TypeInfo* TypeRegistry::Find(const std::string& type) const {
  auto it = types_.find(type);
  return it == types_.end() ? nullptr : &it->second.info;
}

const RedactionPlugin* TypeRegistry::Owner(const std::string& type) const {
  auto it = types_.find(type);
  return it == types_.end() ? nullptr : it->second.owner;
}

std::vector<TypeInfo> TypeRegistry::All() const {
  std::vector<TypeInfo> out;
  for (const auto& [name, e] : types_) out.push_back(e.info);
  std::sort(out.begin(), out.end(),
            [](const TypeInfo& a, const TypeInfo& b) { return a.name < b.name; });
  return out;
}

}  // namespace anonymiser
