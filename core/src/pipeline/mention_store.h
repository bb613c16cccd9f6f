// The mentions of a document's units between the stages, packed.
//
// A Mention costs a few hundred bytes (three strings and a map of
// attributes); a long document has one every few dozen bytes of text, so
// held as Mentions they take many times the document's size. Packed, one
// takes about 32 bytes plus its attributes' text. Each stage unpacks a unit,
// works on it and packs it again (or frees it).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "anonymiser/mention.h"

namespace anonymiser {

class MentionStore {
 public:
  MentionStore() = default;
  // A store of `units` units, each without mentions.
  explicit MentionStore(std::size_t units) : packed_(units) {}

  // The number of units.
  std::size_t units() const { return packed_.size(); }

  // The number of mentions of unit `unit`.
  std::size_t Count(std::size_t unit) const;

  // The mentions of unit `unit`, equal to what was last Set() (all fields,
  // in order).
  std::vector<Mention> Get(std::size_t unit) const;

  // Replaces the mentions of unit `unit`. Calls for different units may run
  // on different threads at once. Throws Error(kInternal) for a mention
  // beyond 4 GiB of its unit's text.
  void Set(std::size_t unit, const std::vector<Mention>& mentions);

  // Frees the mentions of unit `unit`.
  void Clear(std::size_t unit) { std::string().swap(packed_[unit]); }

 private:
  std::vector<std::string> packed_;  // per unit: a count, fixed records, attributes
};

}  // namespace anonymiser
