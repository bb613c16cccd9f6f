#include "place_lexicon.h"

#include <algorithm>
#include <atomic>

#include "word_fold.h"
#include "word_list_reader.h"

namespace anonymiser::places {
namespace {

// Merges the facts of two lists about one word: flags add up, the phrase
// length is the longest, the common level and street type come from their list.
std::uint32_t MergeFacts(std::uint32_t old, std::uint32_t add) {
  const std::uint32_t len_mask = 0xFFu << 13;
  const std::uint32_t len = std::max(old & len_mask, add & len_mask);
  std::uint32_t merged = ((old | add) & ~len_mask) | len;
  if ((old & 0x7F) != 0) merged = (merged & ~0x7Fu) | (old & 0x7F);
  if ((old & (3u << 7)) != 0) merged = (merged & ~(3u << 7)) | (old & (3u << 7));
  return merged;
}

std::uint32_t Or(std::uint32_t old, std::uint32_t add) { return old | add; }

}  // namespace

void AppendTokenKey(std::string_view text, const Token& token, std::string& key) {
  std::string_view t = text.substr(token.begin, token.end - token.begin);
  if (token.kind == TokenKind::kWord) {
    AppendFolded(t, key);
    if (token.possessive) key += "'s";
  } else {
    key += t;
  }
}

std::size_t PlaceLexicon::PhraseKey(std::string_view phrase, std::string& key) {
  Tokenise(phrase, scratch_);
  key.clear();
  for (std::size_t i = 0; i < scratch_.size(); ++i) {
    if (i > 0) key += ' ';
    AppendTokenKey(phrase, scratch_[i], key);
  }
  return scratch_.size();
}

void PlaceLexicon::AddWord(std::string_view word, std::uint32_t bits) {
  // Most entries are short ASCII words: folded on the stack, no string.
  char buffer[32];
  if (word.size() <= sizeof(buffer) && FoldAscii(word, buffer)) {
    words_.Insert(std::string_view(buffer, word.size()), bits, MergeFacts);
    return;
  }
  key_scratch_.clear();
  AppendFolded(word, key_scratch_);
  words_.Insert(key_scratch_, bits, MergeFacts);
}

void PlaceLexicon::AddPhrase(std::string_view phrase, std::uint8_t kind) {
  std::string key;
  const std::size_t n = PhraseKey(phrase, key);
  if (n == 0 || scratch_.front().kind != TokenKind::kWord) return;
  phrases_.Insert(key, kind, Or);
  std::string first;
  AppendTokenKey(phrase, scratch_.front(), first);
  words_.Insert(first, static_cast<std::uint32_t>(std::min<std::size_t>(n, 255)) << 13, MergeFacts);
  const Token& last = scratch_.back();
  if (n >= 2 && last.kind == TokenKind::kWord) {
    // Keyed like a word of the text (no "'s"), as the finder looks it up.
    AddWord(phrase.substr(last.begin, last.end - last.begin), PlaceWordFacts::kPhraseEnd);
  }
}

namespace {

// Sets `out` to `phrase` with hyphens for spaces when it is a place of three
// or more words joined by a lower-case word ("Stow on the Wold",
// "Newcastle upon Tyne"); returns false (and leaves `out` alone) otherwise.
bool HyphenatedForm(std::string_view phrase, std::string& out) {
  int words = 1;
  bool lower_inside = false;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    if (phrase[i] != ' ') continue;
    ++words;
    const bool last_word = phrase.find(' ', i + 1) == std::string_view::npos;
    if (!last_word && i + 1 < phrase.size() && phrase[i + 1] >= 'a' && phrase[i + 1] <= 'z')
      lower_inside = true;
  }
  if (words < 3 || !lower_inside) return false;
  out.assign(phrase);
  for (char& c : out)
    if (c == ' ') c = '-';
  return true;
}

}  // namespace

PlaceLexicon PlaceLexicon::Load(const std::filesystem::path& dir) {
  static std::atomic<std::uint64_t> loaded{0};
  PlaceLexicon lex;
  lex.serial_ = ++loaded;
  lex.phrases_.Reserve(8000);
  lex.words_.Reserve(260000);
  std::string hyphenated;
  ReadWordList(dir / "places" / "gb-places.txt", [&](std::string_view p, std::string_view) {
    lex.AddPhrase(p, kGbPlace);
    // "Stow on the Wold" is written "Stow-on-the-Wold" too.
    if (HyphenatedForm(p, hyphenated)) lex.AddPhrase(hyphenated, kGbPlace);
  });
  ReadWordList(dir / "places" / "countries.txt",
               [&](std::string_view p, std::string_view) { lex.AddPhrase(p, kCountry); });
  ReadWordList(dir / "places" / "world-regions.txt",
               [&](std::string_view p, std::string_view) { lex.AddPhrase(p, kRegion); });
  ReadWordList(dir / "places" / "welsh-place-words.txt", [&](std::string_view p, std::string_view) {
    lex.AddWord(p, PlaceWordFacts::kWelshPlaceWord);
  });
  ReadWordList(dir / "places" / "world-towns.txt", [&](std::string_view p, std::string_view) {
    lex.AddWord(p, PlaceWordFacts::kWorldTown);
  });
  ReadWordList(dir / "places" / "not-places.txt",
               [&](std::string_view p, std::string_view) { lex.AddPhrase(p, kNotPlace); });
  ReadWordList(dir / "places" / "uk-nations.txt",
               [&](std::string_view p, std::string_view) { lex.AddPhrase(p, kNotPlace); });
  auto add_street = [&](std::string_view s, std::string_view weak) {
    lex.AddWord(s, (weak == "weak" ? 2u : 1u) << 7);
  };
  ReadWordList(dir / "places" / "street-types.txt", add_street);
  ReadWordList(dir / "places" / "street-types-extra.txt", add_street);
  ReadWordList(dir / "places" / "institutions.tsv", [&](std::string_view head,
                                                        std::string_view type) {
    std::string key;
    const std::size_t n = lex.PhraseKey(head, key);
    if (n == 0) return;
    lex.max_institution_tokens_ = std::max(lex.max_institution_tokens_, static_cast<int>(n));
    // A head listed twice takes its last line's type.
    if (lex.institution_index_.Find(key) == nullptr) {
      lex.institution_index_.Insert(key, static_cast<std::uint32_t>(lex.institutions_.size()));
      lex.institutions_.emplace_back();
    }
    Institution& institution = lex.institutions_[*lex.institution_index_.Find(key)];
    institution.type = std::string(type.empty() ? "SCHOOL" : type);
    // The attribute and rule are spelt here once, not per mention.
    institution.kind = institution.type;
    for (char& c : institution.kind) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (institution.kind == "gp_practice") institution.kind = "gp-practice";
    institution.rule = "name+" + institution.kind;
    std::string first;
    AppendTokenKey(head, lex.scratch_.front(), first);
    lex.words_.Insert(first, PlaceWordFacts::kInstitutionStart, MergeFacts);
    const Token& last = lex.scratch_.back();
    if (n >= 2 && last.kind == TokenKind::kWord) {
      // Keyed like a word of the text (no "'s"), as the finder looks it up.
      lex.AddWord(head.substr(last.begin, last.end - last.begin), PlaceWordFacts::kInstitutionEnd);
    }
  });
  ReadWordList(dir / "places" / "organisation-suffixes.txt", [&](std::string_view s,
                                                                 std::string_view kind) {
    lex.AddWord(
        s, PlaceWordFacts::kOrgSuffix | (kind == "body" ? PlaceWordFacts::kBodyHead : 0u) |
               (kind == "public" ? PlaceWordFacts::kBodyHead | PlaceWordFacts::kPublicHead : 0u));
  });
  ReadWordList(dir / "places" / "uk-public-service-words.txt",
               [&](std::string_view w, std::string_view) {
                 lex.AddWord(w, PlaceWordFacts::kUkServiceWord);
               });
  ReadWordList(dir / "english" / "common-words.tsv", [&](std::string_view w, std::string_view lv) {
    std::uint32_t level = 0;
    for (char c : lv) {
      if (c < '0' || c > '9' || level > 1000) break;
      level = level * 10 + static_cast<std::uint32_t>(c - '0');
    }
    if (level == 0 || level > 127) level = 60;
    lex.AddWord(w, level);
  });
  auto add_given = [&](std::string_view n, std::string_view) {
    lex.AddWord(n, PlaceWordFacts::kGiven);
  };
  ReadWordList(dir / "names" / "given-names.tsv", add_given);
  ReadWordList(dir / "names" / "given-names-extra.tsv", add_given);
  ReadWordList(dir / "names" / "titles.tsv", [&](std::string_view t, std::string_view) {
    lex.AddWord(t, PlaceWordFacts::kTitle);
  });
  lex.scratch_.clear();
  lex.scratch_.shrink_to_fit();
  return lex;
}

std::size_t PlaceLexicon::size() const {
  return phrases_.size() + words_.size() + institutions_.size();
}

}  // namespace anonymiser::places
