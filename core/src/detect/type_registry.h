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
  // The entry of `type`, or nullptr. Find() runs several times for every
  // mention of every unit, so the few types are hashed by length and three
  // letters into a table probed in place, and compared without a call.
  const Entry* Lookup(std::string_view type) const;
  Entry* Lookup(std::string_view type) {
    return const_cast<Entry*>(std::as_const(*this).Lookup(type));
  }
  // The slot where `type`'s search starts.
  std::size_t Slot(std::string_view type) const;
  // Puts entries_[i] in its slot.
  void Place(std::size_t i);

  std::vector<Entry> entries_;  // in the order declared
  // Open addressing: the index into entries_ of the type in each slot, or
  // kEmpty. Grown to stay at most half full.
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
  std::vector<std::uint32_t> slots_;
  std::size_t slot_mask_ = 0;  // slots_.size() - 1
};

}  // namespace anonymiser
