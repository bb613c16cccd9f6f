#include "detect/type_registry.h"

#include <algorithm>

#include "anonymiser/error.h"

namespace anonymiser {

std::size_t TypeRegistry::Bucket(std::string_view type) {
  if (type.empty()) return 0;
  const auto c = [&](std::size_t i) { return static_cast<unsigned char>(type[i]); };
  return (type.size() * 7 + c(0) * 3 + c(type.size() / 2) * 5 + c(type.size() - 1)) % kBuckets;
}

const TypeRegistry::Entry* TypeRegistry::Lookup(std::string_view type) const {
  if (buckets_.empty()) return nullptr;
  for (std::uint16_t i : buckets_[Bucket(type)])
    if (entries_[i].info.name == type) return &entries_[i];
  return nullptr;
}

void TypeRegistry::Add(const RedactionPlugin* plugin) {
  if (buckets_.empty()) buckets_.resize(kBuckets);
  for (const auto& t : plugin->types()) {
    if (Lookup(t.name) != nullptr) continue;
    buckets_[Bucket(t.name)].push_back(static_cast<std::uint16_t>(entries_.size()));
    entries_.push_back(Entry{t, plugin});
  }
}

void TypeRegistry::SetStyle(const std::string& type, const std::string& style) {
  Entry* e = Lookup(type);
  if (e == nullptr) throw Error(ErrorCode::kConfig, "style for unknown entity type '" + type + "'");
  e->info.style = style;
}

const TypeInfo* TypeRegistry::Find(const std::string& type) const {
  const Entry* e = Lookup(type);
  return e == nullptr ? nullptr : &e->info;
}

const RedactionPlugin* TypeRegistry::Owner(const std::string& type) const {
  const Entry* e = Lookup(type);
  return e == nullptr ? nullptr : e->owner;
}

std::vector<TypeInfo> TypeRegistry::All() const {
  std::vector<TypeInfo> out;
  for (const Entry& e : entries_) out.push_back(e.info);
  std::sort(out.begin(), out.end(),
            [](const TypeInfo& a, const TypeInfo& b) { return a.name < b.name; });
  return out;
}

}  // namespace anonymiser
