// The ordinary lower-case words of English (dictionaries/english/
// common-words.tsv, from SCOWL): a name spelt like one ("will", "grace",
// "cope") is found again only where it is capitalised, while a name that is
// no word ("kayden", "okafor") is found in any case, as in a quoted text
// message ("tell kayden to stop").
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace anonymiser::text {

class OrdinaryWords {
 public:
  // No list: every word may be an ordinary one.
  OrdinaryWords() = default;

  // Reads `file` (lines "word<TAB>level", # comments). A missing file gives
  // no list; an unreadable one throws Error(kConfig) naming it.
  static OrdinaryWords Load(const std::filesystem::path& file);

  // True when `folded` (lower case, as FoldForMatch gives) is an ordinary
  // word, or when no list was loaded.
  bool MayBeOrdinary(std::string_view folded) const;

  std::size_t size() const { return words_.size(); }

 private:
  // The slot of `word` in slots_: where it is, or the empty slot it would take.
  std::size_t Slot(std::string_view word) const;

  std::shared_ptr<const std::string> data_;  // the file's bytes (shared: copies stay valid)
  std::vector<std::string_view> words_;      // into *data_
  // Open addressing over words_ (index + 1, 0 empty), at most half full:
  // every name of every entity is looked up when a document is indexed.
  std::vector<std::uint32_t> slots_;
};

}  // namespace anonymiser::text
