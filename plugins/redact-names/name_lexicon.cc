#include "name_lexicon.h"

#include <atomic>
#include <string>

#include "name_tokens.h"
#include "word_list_reader.h"

namespace anonymiser::names {
namespace {

std::uint32_t GenderCode(std::string_view field) {
  if (field == "f" || field == "m") return static_cast<std::uint32_t>(field.front());
  return 'u';
}

// Merges the facts of two lists about one word; two given-name genders that
// differ become 'u'.
std::uint32_t MergeFacts(std::uint32_t old, std::uint32_t add) {
  const std::uint32_t g_old = old & 0xFF, g_add = add & 0xFF;
  std::uint32_t merged = (old | add) & ~0xFFu;
  if (g_old != 0 && g_add != 0 && g_old != g_add) {
    merged |= 'u';
  } else {
    merged |= g_old != 0 ? g_old : g_add;
  }
  // Titles and common levels come from one list each: keep the first non-zero.
  const std::uint32_t title_old = old & (0xFFu << 16);
  if (title_old != 0) merged = (merged & ~(0xFFu << 16)) | title_old;
  const std::uint32_t common_old = old & (0x7Fu << 9);
  if (common_old != 0) merged = (merged & ~(0x7Fu << 9)) | common_old;
  return merged;
}

}  // namespace

NameLexicon NameLexicon::Load(const std::filesystem::path& dir) {
  static std::atomic<std::uint64_t> loaded{0};
  NameLexicon lex;
  lex.id_ = ++loaded;
  lex.table_.Reserve(180000);
  std::string key;
  auto add = [&](std::string_view word, std::uint32_t bits) {
    FoldWord(word, key);
    lex.table_.Insert(key, bits, MergeFacts);
  };
  auto add_given = [&](std::string_view name, std::string_view gender) {
    add(name, GenderCode(gender));
  };
  ReadWordList(dir / "names" / "given-names.tsv", add_given);
  ReadWordList(dir / "names" / "given-names-extra.tsv", add_given);
  auto add_family = [&](std::string_view name, std::string_view) { add(name, WordFacts::kFamily); };
  ReadWordList(dir / "names" / "family-names.txt", add_family);
  ReadWordList(dir / "names" / "family-names-extra.txt", add_family);
  ReadWordList(dir / "english" / "common-words.tsv", [&](std::string_view w, std::string_view lv) {
    std::uint32_t level = 0;
    for (char c : lv) {
      if (c < '0' || c > '9' || level > 1000) break;
      level = level * 10 + static_cast<std::uint32_t>(c - '0');
    }
    if (level == 0 || level > 127) level = 60;
    add(w, level << 9);
  });
  ReadWordList(dir / "names" / "titles.tsv", [&](std::string_view t, std::string_view gender) {
    add(t, GenderCode(gender) << 16);
  });
  auto flag = [&](std::uint32_t bit) {
    return [&add, bit](std::string_view w, std::string_view) { add(w, bit); };
  };
  ReadWordList(dir / "names" / "kinship.txt", flag(WordFacts::kKinship));
  ReadWordList(dir / "names" / "person-verbs.txt", flag(WordFacts::kVerb));
  ReadWordList(dir / "names" / "not-names.txt", flag(WordFacts::kNotName));
  // One-word places only: a name word that is also a place is weaker alone.
  auto add_place = [&](std::string_view p, std::string_view) {
    if (p.find(' ') == std::string_view::npos) add(p, WordFacts::kPlace);
  };
  ReadWordList(dir / "places" / "gb-places.txt", add_place);
  ReadWordList(dir / "places" / "countries.txt", add_place);
  ReadWordList(dir / "places" / "world-regions.txt", add_place);
  // The UK's nations: a place and never a given name ("Britain" is one in
  // some lists), so alone they are no person; "Mr Wales" still is.
  ReadWordList(dir / "places" / "uk-nations.txt", [&](std::string_view p, std::string_view) {
    if (p.find(' ') != std::string_view::npos) return;
    FoldWord(p, key);
    lex.table_.Insert(key, WordFacts::kPlace, [](std::uint32_t old, std::uint32_t place) {
      return (old & ~0xFFu) | place;
    });
  });
  return lex;
}

std::size_t NameLexicon::size() const { return table_.size(); }

}  // namespace anonymiser::names
