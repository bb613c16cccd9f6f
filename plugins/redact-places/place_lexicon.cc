#include "place_lexicon.h"

#include "word_list_reader.h"

namespace anonymiser::places {

void AppendTokenKey(std::string_view text, const Token& token, std::string& key) {
  std::string_view t = text.substr(token.begin, token.end - token.begin);
  if (token.kind == TokenKind::kWord) {
    std::string folded;
    FoldWord(t, folded);
    key += folded;
    if (token.possessive) key += "'s";
  } else {
    key += t;
  }
}

void PlaceLexicon::AddPhrase(std::string_view phrase, std::uint8_t kind) {
  Tokenise(phrase, scratch_);
  if (scratch_.empty() || scratch_.front().kind != TokenKind::kWord) return;
  std::string key;
  for (std::size_t i = 0; i < scratch_.size(); ++i) {
    if (i > 0) key += ' ';
    AppendTokenKey(phrase, scratch_[i], key);
  }
  phrases_[key] |= kind;
  std::string first;
  AppendTokenKey(phrase, scratch_.front(), first);
  std::uint8_t& max = phrase_starts_[first];
  const std::size_t n = std::min<std::size_t>(scratch_.size(), 255);
  if (n > max) max = static_cast<std::uint8_t>(n);
}

PlaceLexicon PlaceLexicon::Load(const std::filesystem::path& dir) {
  PlaceLexicon lex;
  std::string key;
  lex.phrases_.reserve(8000);
  ReadWordList(dir / "places" / "gb-places.txt",
               [&](std::string_view p, std::string_view) { lex.AddPhrase(p, kGbPlace); });
  ReadWordList(dir / "places" / "countries.txt",
               [&](std::string_view p, std::string_view) { lex.AddPhrase(p, kCountry); });
  ReadWordList(dir / "places" / "not-places.txt",
               [&](std::string_view p, std::string_view) { lex.AddPhrase(p, kNotPlace); });
  auto add_street = [&](std::string_view s, std::string_view weak) {
    FoldWord(s, key);
    lex.streets_[key] = weak == "weak" ? 2 : 1;
  };
  ReadWordList(dir / "places" / "street-types.txt", add_street);
  ReadWordList(dir / "places" / "street-types-extra.txt", add_street);
  ReadWordList(dir / "places" / "institutions.tsv",
               [&](std::string_view head, std::string_view type) {
                 Tokenise(head, lex.scratch_);
                 std::string k;
                 for (std::size_t i = 0; i < lex.scratch_.size(); ++i) {
                   if (i > 0) k += ' ';
                   AppendTokenKey(head, lex.scratch_[i], k);
                 }
                 lex.max_institution_tokens_ =
                     std::max(lex.max_institution_tokens_, static_cast<int>(lex.scratch_.size()));
                 lex.institutions_[k] = std::string(type.empty() ? "SCHOOL" : type);
               });
  ReadWordList(dir / "places" / "organisation-suffixes.txt",
               [&](std::string_view s, std::string_view) {
                 FoldWord(s, key);
                 lex.org_suffixes_.insert(key);
               });
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
  lex.given_.reserve(50000);
  auto add_given = [&](std::string_view n, std::string_view) {
    FoldWord(n, key);
    lex.given_.insert(key);
  };
  ReadWordList(dir / "names" / "given-names.tsv", add_given);
  ReadWordList(dir / "names" / "given-names-extra.tsv", add_given);
  ReadWordList(dir / "names" / "titles.tsv", [&](std::string_view t, std::string_view) {
    FoldWord(t, key);
    lex.titles_.insert(key);
  });
  lex.scratch_.clear();
  lex.scratch_.shrink_to_fit();
  return lex;
}

std::uint8_t PlaceLexicon::PhraseKindOf(std::string_view key) const {
  auto it = phrases_.find(key);
  return it == phrases_.end() ? 0 : it->second;
}

int PlaceLexicon::MaxPhraseTokens(std::string_view first_key) const {
  auto it = phrase_starts_.find(first_key);
  return it == phrase_starts_.end() ? 0 : it->second;
}

int PlaceLexicon::StreetType(std::string_view key) const {
  auto it = streets_.find(key);
  return it == streets_.end() ? 0 : it->second;
}

std::string_view PlaceLexicon::InstitutionType(std::string_view key) const {
  auto it = institutions_.find(key);
  return it == institutions_.end() ? std::string_view() : std::string_view(it->second);
}

int PlaceLexicon::CommonLevel(std::string_view key) const {
  auto it = common_.find(key);
  return it == common_.end() ? 0 : it->second;
}

std::size_t PlaceLexicon::size() const {
  return phrases_.size() + streets_.size() + institutions_.size() + org_suffixes_.size() +
         common_.size() + given_.size() + titles_.size();
}

}  // namespace anonymiser::places
