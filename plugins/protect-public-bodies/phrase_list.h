// A set of phrases (public bodies, statutes, roles) matched word by word
// against a tokenised text.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tokens.h"

namespace anonymiser::keep {

// What a phrase's word demands of the text's word.
enum class Case { kAny, kCapital, kUpper };

struct Phrase {
  std::vector<std::uint64_t> hashes;
  std::vector<Case> cases;
  std::string type;  // "PUBLIC_BODY", "LEGISLATION", "ROLE"
  std::string rule;  // "police-force-list" ...
};

class PhraseList {
 public:
  // Adds `phrase` (words as written in a list file: a capitalised word must
  // be capitalised in the text, a word in capitals must be in capitals, a
  // lower-case word matches any case).
  void Add(std::string_view phrase, const std::string& type, const std::string& rule);

  // Adds every line of `file` that is not empty or a "#" comment. Throws
  // Error(kConfig, "<file>: <reason>") when the file cannot be read.
  void Load(const std::filesystem::path& file, const std::string& type, const std::string& rule);

  // The longest phrase whose words are tokens[at], tokens[at+1] ... (each
  // joined to the one before; "&" in the text for "and"), or nullptr. Sets *count to its number of
  // tokens. Inline: for most tokens the filter refuses at once, without a call.
  const Phrase* LongestAt(const std::vector<Token>& tokens, std::size_t at,
                          std::size_t* count) const {
    if (at >= tokens.size() || !MayStartWith(tokens[at].hash)) return nullptr;
    return LongestMatchAt(tokens, at, count);
  }

  // False when no phrase can start with a token of this hash (a cheap test;
  // [] rather than test(), which checks the index, masked here).
  bool MayStartWith(std::uint64_t hash) const { return first_[hash & 0xFFFF]; }

  // Bit (hash & 0xFFFF) is set for the hash of every phrase's first word.
  const std::bitset<0x10000>& FirstWordFilter() const { return first_; }

  std::size_t size() const { return phrases_.size(); }

 private:
  // LongestAt for a token that passed the filter.
  const Phrase* LongestMatchAt(const std::vector<Token>& tokens, std::size_t at,
                               std::size_t* count) const;

  static constexpr std::uint32_t kNone = 0xFFFFFFFF;

  // A phrase's word as the matching reads it.
  struct Word {
    std::uint64_t hash = 0;
    Case word_case = Case::kAny;
    bool comma = false;  // ", " before it, not a space ("Tees, Esk and Wear Valleys ...")
  };

  // A phrase in the list of those with its first word: its words are
  // words_[first_word, first_word + size), entries_[next] the next phrase.
  // The first word's case is here too: most phrases are refused, or are
  // one word, without reading words_.
  struct Entry {
    std::uint32_t phrase = 0;  // index in phrases_
    std::uint32_t first_word = 0;
    std::uint32_t size = 0;
    std::uint32_t next = kNone;
    Case first_case = Case::kAny;
  };

  // One slot of the open-addressing table from a first word's hash to the
  // head of its list of entries (head == kNone: an empty slot).
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t head = kNone;
  };

  // The slot holding `hash`, or the empty slot where it would go.
  std::size_t SlotOf(std::uint64_t hash) const;

  // Makes room for one more first word: doubles the table when it would be
  // more than half full.
  void GrowSlots();

  std::vector<Phrase> phrases_;
  // Per first word, a list of its phrases longest first (phrases of one
  // length in the order added): the first that matches is the answer. Kept
  // in three flat arrays, so that a search touches a few cache lines.
  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::size_t used_slots_ = 0;
  std::vector<Entry> entries_;
  std::vector<Word> words_;
  std::bitset<0x10000> first_;
};

}  // namespace anonymiser::keep
