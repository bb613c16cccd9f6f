// The word lists the place rules consult, loaded once from the dictionaries
// folder and then only read (safe to share between threads).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "place_tokens.h"
#include "word_table.h"

namespace anonymiser::places {

// Appends to `key` the look-up form of tokens[i] of `text`: a word folded with
// FoldWord() (plus "'s" when possessive), anything else as written. Phrases
// join their tokens' forms with one space.
void AppendTokenKey(std::string_view text, const Token& token, std::string& key);

// An institution head phrase ("school", "medical centre") and what it makes.
struct Institution {
  std::string type;  // the entity type: "SCHOOL", "GP_PRACTICE" ...
  std::string kind;  // the attribute "kind": "school", "gp-practice" ...
  std::string rule;  // the rule: "name+school", "name+gp-practice" ...
};

// What a phrase of the place lists is.
enum PhraseKind : std::uint8_t {
  kGbPlace = 1,   // a town, village, city, county or area of the UK
  kCountry = 2,   // a country or territory
  kNotPlace = 4,  // a capitalised word that is never a place alone
  kRegion = 8,    // a province, state or region of another country
};

// Everything the lists say of one word, from a single look-up.
class PlaceWordFacts {
 public:
  PlaceWordFacts() = default;
  explicit PlaceWordFacts(std::uint32_t bits) : bits_(bits) {}
  // SCOWL level of the ordinary lower-case word (10 = commonest), 0 if none.
  int common() const { return static_cast<int>(bits_ & 0x7F); }
  // 1 for a street type ("road"), 2 for a weak one ("court"), 0 otherwise.
  int street() const { return static_cast<int>((bits_ >> 7) & 3); }
  // The first word of an institution head ("school", "medical").
  bool institution_start() const { return (bits_ & kInstitutionStart) != 0; }
  // The last word of an institution head of two or more words ("centre" of
  // "medical centre"): such a head can end only at such a word.
  bool institution_end() const { return (bits_ & kInstitutionEnd) != 0; }
  bool org_suffix() const { return (bits_ & kOrgSuffix) != 0; }
  // The head word of a body's name ("Court", "Church", "Centre"): a suffix
  // that needs a distinctive word before it.
  bool body_head() const { return (bits_ & kBodyHead) != 0; }
  // The head word of a public body's name ("Court", "Council"): a body head
  // that counts only when the name is not that of a UK place.
  bool public_head() const { return (bits_ & kPublicHead) != 0; }
  // A word of UK public services ("Youth", "Probation", "NHS").
  bool uk_service_word() const { return (bits_ & kUkServiceWord) != 0; }
  // A one-word town outside the UK ("Rypin", "Siverek"), in no UK list.
  bool world_town() const { return (bits_ & kWorldTown) != 0; }
  bool given() const { return (bits_ & kGiven) != 0; }
  bool title() const { return (bits_ & kTitle) != 0; }
  // The last word of a listed phrase of two or more words ("Keynes" of
  // "Milton Keynes"): a longer phrase can end only at such a word.
  bool phrase_end() const { return (bits_ & kPhraseEnd) != 0; }
  // A Welsh word that starts a farm's, house's or hamlet's name ("Cwm", "Plas").
  bool welsh_place_word() const { return (bits_ & kWelshPlaceWord) != 0; }
  // The most words of a listed place or non-place phrase starting with this word.
  int max_phrase_tokens() const { return static_cast<int>((bits_ >> 13) & 0xFF); }
  std::uint32_t bits() const { return bits_; }

  static constexpr std::uint32_t kInstitutionStart = 1u << 9;
  static constexpr std::uint32_t kOrgSuffix = 1u << 10;
  static constexpr std::uint32_t kGiven = 1u << 11;
  static constexpr std::uint32_t kTitle = 1u << 12;
  static constexpr std::uint32_t kBodyHead = 1u << 21;
  static constexpr std::uint32_t kPublicHead = 1u << 22;
  static constexpr std::uint32_t kUkServiceWord = 1u << 23;
  static constexpr std::uint32_t kPhraseEnd = 1u << 24;
  static constexpr std::uint32_t kWorldTown = 1u << 25;
  static constexpr std::uint32_t kInstitutionEnd = 1u << 26;
  static constexpr std::uint32_t kWelshPlaceWord = 1u << 27;

 private:
  std::uint32_t bits_ = 0;
};

class PlaceLexicon {
 public:
  // Loads every list from `dir` (the dictionaries folder). Throws
  // Error(kConfig, "<file>: ...") when a file is missing or unreadable.
  static PlaceLexicon Load(const std::filesystem::path& dir);

  // Phrase look-ups take keys built with AppendTokenKey().
  // The PhraseKind bits of a phrase, 0 when unknown.
  std::uint8_t PhraseKindOf(std::string_view key) const {
    const std::uint32_t* v = phrases_.Find(key);
    return v ? static_cast<std::uint8_t>(*v) : 0;
  }
  // The institution an institution head phrase ("school", "medical centre")
  // makes, or nullptr.
  const Institution* InstitutionOf(std::string_view key) const {
    const std::uint32_t* index = institution_index_.Find(key);
    return index ? &institutions_[*index] : nullptr;
  }
  int MaxInstitutionTokens() const { return max_institution_tokens_; }

  // Word look-ups take one word folded with FoldWord().
  PlaceWordFacts Facts(std::string_view key) const {
    const std::uint32_t* v = words_.Find(key);
    return v ? PlaceWordFacts(*v) : PlaceWordFacts();
  }
  int MaxPhraseTokens(std::string_view first_key) const {
    return Facts(first_key).max_phrase_tokens();
  }
  int StreetType(std::string_view key) const { return Facts(key).street(); }
  bool IsOrganisationSuffix(std::string_view key) const { return Facts(key).org_suffix(); }
  int CommonLevel(std::string_view key) const { return Facts(key).common(); }
  bool IsGivenName(std::string_view key) const { return Facts(key).given(); }
  bool IsTitle(std::string_view key) const { return Facts(key).title(); }

  std::size_t size() const;
  // A number no other lexicon loaded in this process has (never 0): caches
  // of look-ups tell lexicons apart by it.
  std::uint64_t serial() const { return serial_; }

 private:
  void AddPhrase(std::string_view phrase, std::uint8_t kind);
  void AddWord(std::string_view word, std::uint32_t bits);
  // Folds `phrase` token by token into `key`; returns the number of tokens.
  std::size_t PhraseKey(std::string_view phrase, std::string& key);

  WordTable phrases_;
  WordTable words_;
  // The institutions, found by their head's key through institution_index_
  // (a WordTable look-up is inline and cheaper than a std::unordered_map's).
  std::vector<Institution> institutions_;
  WordTable institution_index_;
  int max_institution_tokens_ = 1;
  std::vector<Token> scratch_;
  std::string key_scratch_;
  std::uint64_t serial_ = 0;  // reused by AddWord(): no string per entry
};

}  // namespace anonymiser::places
