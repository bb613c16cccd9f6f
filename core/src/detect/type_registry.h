// The entity types the loaded redaction plugins declared, with their house style.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "anonymiser/redaction_plugin.h"

namespace anonymiser {

class TypeRegistry {
 public:
  // Registers every type `plugin` declares. The first plugin to declare a
  // type owns it (its Transform() is used for kTransform types).
  void Add(const RedactionPlugin* plugin);

  // Overrides the house style of `type` (e.g. "PERSON" -> "Adult {L}").
  // Throws Error(kConfig) for an unknown type.
  void SetStyle(const std::string& type, const std::string& style);

  // The declaration of `type`, or nullptr when no plugin declared it.
  const TypeInfo* Find(const std::string& type) const;

  // The plugin that owns `type`, or nullptr.
  const RedactionPlugin* Owner(const std::string& type) const;

  // Every registered type, sorted by name.
  std::vector<TypeInfo> All() const;

 private:
  struct Entry {
    TypeInfo info;
    const RedactionPlugin* owner = nullptr;
  };
  // The entry of `type`, or nullptr. Find() runs for every mention of every
  // unit, so the few types are hashed by length and three letters, with no
  // pass over the whole name before the one comparison.
  const Entry* Lookup(std::string_view type) const;
  Entry* Lookup(std::string_view type) {
    return const_cast<Entry*>(std::as_const(*this).Lookup(type));
  }
  static std::size_t Bucket(std::string_view type);

  std::vector<Entry> entries_;                       // in the order declared
  std::vector<std::vector<std::uint16_t>> buckets_;  // kBuckets lists of indices
  static constexpr std::size_t kBuckets = 64;
};

}  // namespace anonymiser
