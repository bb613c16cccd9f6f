// The entity types the loaded redaction plugins declared, with their house style.
#pragma once

#include <unordered_map>
#include <string>
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
  // Hashed: Find() runs for every mention of every unit.
  std::unordered_map<std::string, Entry> types_;
};

}  // namespace anonymiser
