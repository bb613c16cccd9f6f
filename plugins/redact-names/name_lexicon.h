// The word lists the person-name rules consult, loaded once from the
// dictionaries folder and then only read (safe to share between threads).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace anonymiser::names {

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

class NameLexicon {
 public:
  // Loads every list below from `dir` (the dictionaries folder). Throws
  // Error(kConfig, "<file>: ...") when a file is missing or unreadable.
  static NameLexicon Load(const std::filesystem::path& dir);

  // All look-ups take a key folded with FoldWord().

  // 'f', 'm' or 'u' (either) for a known given name, 0 otherwise.
  char GivenGender(std::string_view key) const;
  bool IsFamily(std::string_view key) const { return family_.find(key) != family_.end(); }
  // The SCOWL frequency level of an ordinary English word (10 = very common,
  // up to 60), or 0 when the word is not an ordinary lower-case word.
  int CommonLevel(std::string_view key) const;
  // For a title ("mr", "dc", "cllr"): 'f', 'm' or 'u'; 0 when not a title.
  char TitleGender(std::string_view key) const;
  // Kinship and relationship nouns ("son", "mother", "partner").
  bool IsKinship(std::string_view key) const { return kinship_.find(key) != kinship_.end(); }
  // Verbs whose subject is a person ("said", "told", "disclosed").
  bool IsPersonVerb(std::string_view key) const { return verbs_.find(key) != verbs_.end(); }
  // Capitalised words that are never names on their own (months, days,
  // festivals, "God"), whatever the name lists say.
  bool IsNotName(std::string_view key) const { return not_names_.find(key) != not_names_.end(); }

  std::size_t size() const;

 private:
  WordMap<char> given_;
  WordSet family_;
  WordMap<std::uint8_t> common_;
  WordMap<char> titles_;
  WordSet kinship_;
  WordSet verbs_;
  WordSet not_names_;
};

}  // namespace anonymiser::names
