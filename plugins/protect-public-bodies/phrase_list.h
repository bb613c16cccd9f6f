// A set of phrases (public bodies, statutes, roles) matched word by word
// against a tokenised text.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
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
  // joined to the one before), or nullptr. Sets *count to its number of tokens.
  // Inline: for most tokens the filter refuses at once, without a call.
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

  std::vector<Phrase> phrases_;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_first_;
  std::bitset<0x10000> first_;
};

}  // namespace anonymiser::keep
