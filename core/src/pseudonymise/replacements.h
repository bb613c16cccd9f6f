// The replacements of one document: the edits its format plugin applies and,
// beside each, the facts the audit log records about it.
//
// A document can have millions, so they are kept small and never copied:
// the edits are the very list handed to Document::Write(); the facts (24
// bytes each) name the mention's type, plugin and rule as interned numbers
// (text::InternId), and the replaced text is read from the document's units.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "anonymiser/block_list.h"
#include "anonymiser/document.h"
#include "text/interned.h"

namespace anonymiser {

// One replacement, as read from Replacements: valid while they are.
struct Replacement {
  const Edit& edit;           // what changes in the document
  std::size_t mention_begin;  // where the mention starts (the edit may start
                              // earlier: "a" -> "an" before a pseudonym)
  double score;               // the mention's score
  std::uint16_t type_id;      // the mention's type, plugin and rule, interned
  std::uint16_t plugin_id;
  std::uint16_t rule_id;

  std::string_view type() const { return text::Interned(type_id); }
  std::string_view plugin() const { return text::Interned(plugin_id); }
  std::string_view rule() const { return text::Interned(rule_id); }
  // The replaced text (never logged unless asked), from `units`, the units
  // the replacement was made for.
  std::string_view Original(const std::vector<TextUnit>& units) const {
    return std::string_view(units[edit.unit].text).substr(mention_begin, edit.end - mention_begin);
  }
};

class Replacements {
 public:
  // Appends `edit` (after every edit added so far, in (unit, begin) order)
  // for a mention starting at `mention_begin` (>= edit.begin) found with
  // `score` by the plugin and rule of type `type`.
  void Add(Edit edit, std::size_t mention_begin, double score, std::string_view type,
           std::string_view plugin, std::string_view rule) {
    facts_.push_back(Facts{score, static_cast<std::uint32_t>(mention_begin - edit.begin),
                           text::InternId(type), text::InternId(plugin), text::InternId(rule)});
    edits_.push_back(std::move(edit));
  }

  // Adds the number of replacements of each type to `counts` (by type name):
  // counted by interned type first, so no string is made per replacement.
  template <typename Count>
  void AddCountsByType(std::map<std::string, Count>& counts) const {
    std::unordered_map<std::uint16_t, Count> by_id;
    for (const Facts& f : facts_) ++by_id[f.type_id];
    for (const auto& [id, n] : by_id) counts[std::string(text::Interned(id))] += n;
  }

  std::size_t size() const { return edits_.size(); }
  bool empty() const { return edits_.empty(); }
  // The edits, for Document::Write().
  const EditList& edits() const { return edits_; }
  // Replacement `i` (< size()).
  Replacement operator[](std::size_t i) const {
    const Edit& e = edits_[i];
    const Facts& f = facts_[i];
    return Replacement{e, e.begin + f.lead, f.score, f.type_id, f.plugin_id, f.rule_id};
  }

  class const_iterator {
   public:
    const_iterator(const Replacements* list, std::size_t i) : list_(list), i_(i) {}
    Replacement operator*() const { return (*list_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) {
      return a.i_ == b.i_ && a.list_ == b.list_;
    }

   private:
    const Replacements* list_;
    std::size_t i_;
  };
  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, size()); }

 private:
  struct Facts {
    double score;
    std::uint32_t lead;  // mention_begin - edit.begin: a few bytes ("an ", "in ")
    std::uint16_t type_id;
    std::uint16_t plugin_id;
    std::uint16_t rule_id;
  };

  EditList edits_;
  BlockList<Facts> facts_;
};

}  // namespace anonymiser
