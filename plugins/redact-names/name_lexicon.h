// The word lists the person-name rules consult, loaded once from the
// dictionaries folder and then only read (safe to share between threads).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "word_table.h"

namespace anonymiser::names {

// Everything the lists say of one word, from a single look-up.
class WordFacts {
 public:
  WordFacts() = default;
  explicit WordFacts(std::uint32_t bits) : bits_(bits) {}
  // 'f', 'm' or 'u' for a given name, 0 otherwise.
  char given() const { return static_cast<char>(bits_ & 0xFF); }
  bool family() const { return (bits_ & kFamily) != 0; }
  // SCOWL level of the ordinary word (10 = commonest), 0 when none.
  int common() const { return static_cast<int>((bits_ >> 9) & 0x7F); }
  // 'f', 'm' or 'u' for a title, 0 otherwise.
  char title() const { return static_cast<char>((bits_ >> 16) & 0xFF); }
  bool kinship() const { return (bits_ & kKinship) != 0; }
  bool person_verb() const { return (bits_ & kVerb) != 0; }
  bool not_name() const { return (bits_ & kNotName) != 0; }
  // A one-word place name (town, county, country): "Leeds" is also a surname.
  bool place() const { return (bits_ & kPlace) != 0; }

  static constexpr std::uint32_t kFamily = 1u << 8;
  static constexpr std::uint32_t kKinship = 1u << 24;
  static constexpr std::uint32_t kVerb = 1u << 25;
  static constexpr std::uint32_t kNotName = 1u << 26;
  static constexpr std::uint32_t kPlace = 1u << 27;

 private:
  std::uint32_t bits_ = 0;
};

class NameLexicon {
 public:
  // Loads every list below from `dir` (the dictionaries folder). Throws
  // Error(kConfig, "<file>: ...") when a file is missing or unreadable.
  static NameLexicon Load(const std::filesystem::path& dir);

  // All look-ups take a key folded with FoldWord().

  // Everything known of `key` (all false/0 when it is in no list).
  WordFacts Facts(std::string_view key) const {
    const std::uint32_t* v = table_.Find(key);
    return v ? WordFacts(*v) : WordFacts();
  }
  // 'f', 'm' or 'u' (either) for a known given name, 0 otherwise.
  char GivenGender(std::string_view key) const { return Facts(key).given(); }
  bool IsFamily(std::string_view key) const { return Facts(key).family(); }
  // The SCOWL frequency level of an ordinary English word (10 = very common,
  // up to 60), or 0 when the word is not an ordinary lower-case word.
  int CommonLevel(std::string_view key) const { return Facts(key).common(); }
  // For a title ("mr", "dc", "cllr"): 'f', 'm' or 'u'; 0 when not a title.
  char TitleGender(std::string_view key) const { return Facts(key).title(); }
  // Kinship and relationship nouns ("son", "mother", "partner").
  bool IsKinship(std::string_view key) const { return Facts(key).kinship(); }
  // Verbs whose subject is a person ("said", "told", "disclosed").
  bool IsPersonVerb(std::string_view key) const { return Facts(key).person_verb(); }
  // Capitalised words that are never names on their own (months, days,
  // festivals, "God"), whatever the name lists say.
  bool IsNotName(std::string_view key) const { return Facts(key).not_name(); }

  std::size_t size() const;
  // Different for every lexicon loaded in the process (copies share it), so
  // that caches of look-ups can tell lexicons apart.
  std::uint64_t id() const { return id_; }

 private:
  WordTable table_;
  std::uint64_t id_ = 0;
};

}  // namespace anonymiser::names
