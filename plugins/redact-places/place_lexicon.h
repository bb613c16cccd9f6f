// The word lists the place rules consult, loaded once from the dictionaries
// folder and then only read (safe to share between threads).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "place_tokens.h"

namespace anonymiser::places {

// Hash for heterogeneous look-ups: find(std::string_view) without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using WordMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// Appends to `key` the look-up form of tokens[i] of `text`: a word folded with
// FoldWord() (plus "'s" when possessive), anything else as written. Phrases
// join their tokens' forms with one space.
void AppendTokenKey(std::string_view text, const Token& token, std::string& key);

// What a phrase of the place lists is.
enum PhraseKind : std::uint8_t {
  kGbPlace = 1,   // a town, village, city, county or area of the UK
  kCountry = 2,   // a country or territory
  kNotPlace = 4,  // a capitalised word that is never a place alone
};

class PlaceLexicon {
 public:
  // Loads every list from `dir` (the dictionaries folder). Throws
  // Error(kConfig, "<file>: ...") when a file is missing or unreadable.
  static PlaceLexicon Load(const std::filesystem::path& dir);

  // Phrase look-ups take keys built with AppendTokenKey().
  // The PhraseKind bits of a phrase, 0 when unknown.
  std::uint8_t PhraseKindOf(std::string_view key) const;
  // The most tokens of a phrase starting with the word `first_key` (0: none).
  int MaxPhraseTokens(std::string_view first_key) const;

  // Word look-ups take one word folded with FoldWord().
  // 1 for a street type ("road"), 2 for a weak one ("court"), 0 otherwise.
  int StreetType(std::string_view key) const;
  // The entity type of an institution head phrase ("primary school" is not
  // one; "school" is), or an empty view.
  std::string_view InstitutionType(std::string_view key) const;
  int MaxInstitutionTokens() const { return max_institution_tokens_; }
  bool IsOrganisationSuffix(std::string_view key) const {
    return org_suffixes_.find(key) != org_suffixes_.end();
  }
  // SCOWL level of an ordinary lower-case English word (10 = commonest), 0 if none.
  int CommonLevel(std::string_view key) const;
  bool IsGivenName(std::string_view key) const { return given_.find(key) != given_.end(); }
  bool IsTitle(std::string_view key) const { return titles_.find(key) != titles_.end(); }

  std::size_t size() const;

 private:
  void AddPhrase(std::string_view phrase, std::uint8_t kind);

  WordMap<std::uint8_t> phrases_;
  WordMap<std::uint8_t> phrase_starts_;
  WordMap<std::uint8_t> streets_;
  WordMap<std::string> institutions_;
  int max_institution_tokens_ = 1;
  WordSet org_suffixes_;
  WordMap<std::uint8_t> common_;
  WordSet given_;
  WordSet titles_;
  std::vector<Token> scratch_;
};

}  // namespace anonymiser::places
