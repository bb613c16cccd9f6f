#include "name_lexicon.h"

#include <string>

#include "name_tokens.h"
#include "word_list_reader.h"

namespace anonymiser::names {
namespace {

template <typename Map>
auto Lookup(const Map& map, std::string_view key) -> typename Map::mapped_type {
  auto it = map.find(key);
  return it == map.end() ? typename Map::mapped_type{} : it->second;
}

char GenderCode(std::string_view field) {
  if (field == "f" || field == "m") return field.front();
  return 'u';
}

}  // namespace

NameLexicon NameLexicon::Load(const std::filesystem::path& dir) {
  NameLexicon lex;
  std::string key;
  auto add_given = [&](std::string_view name, std::string_view gender) {
    FoldWord(name, key);
    const char g = GenderCode(gender);
    auto [it, inserted] = lex.given_.emplace(key, g);
    if (!inserted && it->second != g) it->second = 'u';
  };
  lex.given_.reserve(60000);
  ReadWordList(dir / "names" / "given-names.tsv", add_given);
  ReadWordList(dir / "names" / "given-names-extra.tsv", add_given);
  lex.family_.reserve(60000);
  auto add_family = [&](std::string_view name, std::string_view) {
    FoldWord(name, key);
    lex.family_.insert(key);
  };
  ReadWordList(dir / "names" / "family-names.txt", add_family);
  ReadWordList(dir / "names" / "family-names-extra.txt", add_family);
  lex.common_.reserve(80000);
  ReadWordList(dir / "english" / "common-words.tsv", [&](std::string_view w, std::string_view lv) {
    int level = 0;
    for (char c : lv) {
      if (c < '0' || c > '9') break;
      level = level * 10 + (c - '0');
    }
    if (level <= 0 || level > 255) level = 60;
    FoldWord(w, key);
    lex.common_.emplace(key, static_cast<std::uint8_t>(level));
  });
  ReadWordList(dir / "names" / "titles.tsv", [&](std::string_view t, std::string_view gender) {
    FoldWord(t, key);
    lex.titles_.emplace(key, GenderCode(gender));
  });
  auto into = [&](WordSet& set) {
    return [&set, &key](std::string_view w, std::string_view) {
      FoldWord(w, key);
      set.insert(key);
    };
  };
  ReadWordList(dir / "names" / "kinship.txt", into(lex.kinship_));
  ReadWordList(dir / "names" / "person-verbs.txt", into(lex.verbs_));
  ReadWordList(dir / "names" / "not-names.txt", into(lex.not_names_));
  return lex;
}

char NameLexicon::GivenGender(std::string_view key) const { return Lookup(given_, key); }

int NameLexicon::CommonLevel(std::string_view key) const { return Lookup(common_, key); }

char NameLexicon::TitleGender(std::string_view key) const { return Lookup(titles_, key); }

std::size_t NameLexicon::size() const {
  return given_.size() + family_.size() + common_.size() + titles_.size() + kinship_.size() +
         verbs_.size() + not_names_.size();
}

}  // namespace anonymiser::names
