#include "link/variant_index.h"

#include <algorithm>
#include <bit>
#include <unordered_set>

#include "link/linker.h"
#include "link/person_name.h"
#include "text/fold.h"
#include "text/words.h"

namespace anonymiser {

namespace {

// The length of the apostrophe at `p` of `s`: 1 for ', 3 for ’ (U+2019),
// 0 for anything else or past the end.
std::size_t ApostropheAt(std::string_view s, std::size_t p) {
  if (p >= s.size()) return 0;
  if (s[p] == '\'') return 1;
  return s.substr(p, 3) == "\u2019" ? 3 : 0;
}

const std::string kFamily = "family";  // the attribute, made once

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The first-word test's key of a folded word: its length and three of its
// bytes, mixed. Shaped for speed: an ASCII word's key is computed from the
// word as written by lowering three bytes, without reading the whole word.
std::uint64_t FirstWordKey(std::size_t size, char first, char second, char last) {
  std::uint64_t h = size;
  h = (h << 8) ^ static_cast<unsigned char>(first);
  h = (h << 8) ^ static_cast<unsigned char>(second);
  h = (h << 8) ^ static_cast<unsigned char>(last);
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

// The key of a folded (non-empty) word.
std::uint64_t FoldedKey(std::string_view folded) {
  return FirstWordKey(folded.size(), folded[0], folded[folded.size() > 1 ? 1 : 0], folded.back());
}

// The key of an ASCII word (non-empty) as written: that of its folded form,
// which is the word in lower case.
std::uint64_t AsciiKey(std::string_view w) {
  return FirstWordKey(w.size(), LowerAscii(w[0]), LowerAscii(w[w.size() > 1 ? 1 : 0]),
                      LowerAscii(w.back()));
}

// Folds one word into `out` (reusing its buffer), quickly when it is ASCII.
void FoldWord(std::string_view w, std::string& out) {
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80) {
      out = text::FoldForMatch(w);
      return;
    }
  out.assign(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// The words of a text from a candidate first word on, scanned and folded
// only as far as matching a phrase needs them. Shaped for speed: Find reads
// every word of every unit, most words start no variant, and only candidates
// come here. An ASCII word (nearly all) is compared with a folded phrase word
// by lowering it on the fly; only others are folded, once each.
class Lookahead {
 public:
  explicit Lookahead(std::string_view text) : text_(text) {}

  // Starts over at `first`, a word of the text.
  void Reset(text::WordSpan first) {
    if (words_.capacity() == 0) words_.reserve(8);
    count_ = 0;
    Append(first);
  }

  // The word `k` places after the first (0: the first one), or nullptr when
  // the text has fewer words.
  const text::WordSpan* Word(std::size_t k) { return k < count_ ? &words_[k].span : ScanTo(k); }

  // The text of word `k` without a trailing possessive. Word(k) must have
  // returned a word.
  std::string_view Stripped(std::size_t k) const {
    const text::WordSpan& w = words_[k].span;
    return text::StripPossessive(text_.substr(w.begin, w.end - w.begin));
  }

  // Word `k` folded, possessive stripped. Word(k) must have returned a word.
  const std::string& Folded(std::size_t k) {
    Entry& e = words_[k];
    if (!e.has_folded) {
      FoldWord(Stripped(k), e.folded);
      e.has_folded = true;
    }
    return e.folded;
  }

  // True if word `k`, folded and possessive stripped, is `folded`. Word(k)
  // must have returned a word.
  bool Equals(std::size_t k, std::string_view folded) {
    Entry& e = words_[k];
    if (e.has_folded) return e.folded == folded;
    if (!e.span.ascii) return Folded(k) == folded;
    const std::string_view w = Stripped(k);
    if (w.size() != folded.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
      if (LowerAscii(w[i]) != folded[i]) return false;
    return true;
  }

 private:
  struct Entry {
    text::WordSpan span{0, 0};
    bool has_folded = false;
    std::string folded;
  };

  void Append(text::WordSpan w) {
    if (count_ == words_.size()) words_.emplace_back();
    Entry& e = words_[count_++];
    e.span = w;
    e.has_folded = false;
  }

  const text::WordSpan* ScanTo(std::size_t k) {
    while (count_ <= k) {
      auto w = text::NextWord(text_, words_[count_ - 1].span.end);
      if (!w) return nullptr;
      Append(*w);
    }
    return &words_[k].span;
  }

  std::string_view text_;
  // The first count_ entries are the first word and those read after it;
  // entries past them are kept for their buffers.
  std::vector<Entry> words_;
  std::size_t count_ = 0;
};

}  // namespace

VariantIndex::VariantIndex(const CaseState& state, const text::OrdinaryWords* ordinary) {
  if (state.entities.empty()) return;
  // One index is built for every document of `detect`: size everything once.
  // Each variant adds at most two phrases (itself and a plural), each
  // person at most two of initials.
  std::size_t variants = 0, persons = 0, bytes = 0;
  for (const auto& e : state.entities) {
    variants += e.variants.size();
    persons += e.type == "PERSON";
    for (const auto& v : e.variants) bytes += v.size();
  }
  const std::size_t most_phrases = 2 * variants + 2 * persons;
  phrases_.reserve(most_phrases);
  variants_.reserve(most_phrases);
  words_.reserve(2 * most_phrases);
  chars_.reserve(2 * bytes + 8 * persons);
  first_phrase_.assign(std::bit_ceil(std::max<std::size_t>(16, 2 * most_phrases)), kNone);
  slot_mask_ = first_phrase_.size() - 1;
  std::vector<std::string_view> words;  // reused for every variant
  for (const auto& e : state.entities) {
    for (const auto& v : e.variants) {
      // Variants are folded phrases; index them by the words SplitWords would produce.
      words.clear();
      const std::string_view phrase(v);
      std::size_t pos = 0;
      while (auto w = text::NextWord(phrase, pos)) {
        words.push_back(phrase.substr(w->begin, w->end - w->begin));
        pos = w->end;
      }
      if (words.empty()) continue;
      if (words.size() == 1 && IsPersonalTitle(words[0])) continue;
      // Two letters are too often a word or an acronym, except a person's
      // initials as the text wrote them ("JS" of the minutes): those match
      // only in capitals.
      const bool caps_only = words.size() == 1 && words[0].size() < 3;
      if (caps_only && !(words[0].size() == 2 && e.type == "PERSON" && IsTwoCapitals(e.original)))
        continue;
      // One word in any case when it is no ordinary word ("kayden"), or when
      // the user listed the identity and no list says otherwise; "cope" of
      // Mr Cope only capitalised.
      const bool any_case =
          words.size() == 1 && (ordinary != nullptr ? !ordinary->MayBeOrdinary(words[0]) : e.known);
      Add(words, e, any_case && !caps_only, caps_only);
      // "the Woods" of Mrs Wood: a person's family name in the plural.
      if (e.type == "PERSON" && words.size() == 1 && !caps_only && words[0].size() >= 3 &&
          e.Attribute(kFamily) == words[0]) {
        const std::string plural = std::string(words[0]) + "s";
        const bool plural_any_case = ordinary != nullptr ? !ordinary->MayBeOrdinary(plural) : false;
        const std::string_view plural_word[] = {plural};
        Add(plural_word, e, plural_any_case, false, /*plural=*/true);
      }
    }
  }
  // A person's initials, as chronologies and minutes write them after the
  // name ("GA" and "GAM" of Grace Adebayo-Mensah, "TJK" of Thomas James
  // Kent): found only in capitals, and never the acronyms of roles and
  // services that tables are full of.
  std::vector<std::string> initials_of;  // reused for every person
  for (const auto& e : state.entities) {
    if (e.type != "PERSON") continue;
    PersonInitials(e.original, initials_of);
    for (const std::string& initials : initials_of) {
      if (IsServiceAcronym(initials)) continue;
      const std::string_view initials_word[] = {initials};
      Add(initials_word, e, /*any_case=*/false, /*caps_only=*/true);
    }
  }
  // About 32 bits a first word: few words of a text pass the test needlessly.
  const std::size_t bits = std::bit_ceil(std::max<std::size_t>(64 * 64, phrases_.size() * 32));
  first_words_.assign(bits / 64, 0);
  word_mask_ = bits / 64 - 1;
  for (const Phrase& p : phrases_) {
    const std::string_view first = Word(p.first_word);
    const std::uint64_t h = FoldedKey(first);
    first_words_[(h >> 6) & word_mask_] |= std::uint64_t{1} << (h & 63);
    first_bytes_ |= std::uint64_t{1} << (static_cast<unsigned char>(first[0]) & 63);
    first_sizes_ |= std::uint64_t{1} << std::min<std::size_t>(first.size(), 63);
  }
}

inline bool VariantIndex::MayStartAsciiWord(std::string_view w) const {
  if (((first_bytes_ >> (static_cast<unsigned char>(LowerAscii(w[0])) & 63)) & 1) == 0)
    return false;
  // Its folded form is the word in lower case, possessive stripped: as long
  // as the word, or two bytes shorter ("Okafor's"); ASCII words end in a
  // letter or digit, never in "s'".
  const bool size_fits =
      ((first_sizes_ >> std::min<std::size_t>(w.size(), 63)) & 1) != 0 ||
      (w.size() >= 3 && ((first_sizes_ >> std::min<std::size_t>(w.size() - 2, 63)) & 1) != 0);
  return size_fits && MayStartVariant(AsciiKey(text::StripPossessive(w)));
}

bool VariantIndex::IsTwoCapitals(std::string_view s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

bool VariantIndex::IsCapitals(std::string_view s) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  std::size_t letters = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (upper(s[k])) {
      ++letters;
      continue;
    }
    // "BO'D", "BO’D": an apostrophe between two capitals, as O'Donnell's initial.
    const std::size_t quote = ApostropheAt(s, k);
    if (quote == 0 || k == 0 || !upper(s[k - 1]) || k + quote >= s.size() || !upper(s[k + quote]))
      return false;
    k += quote - 1;
  }
  return letters >= 2 && letters <= 4;
}

void VariantIndex::PersonInitials(std::string_view name, std::vector<std::string>& out) {
  out.clear();
  // The first letter of each word but titles, and of each part of a
  // hyphenated word; ASCII capitals only.
  // by_quote: "bo'd" of Bridget O'Donnell, the way minutes write an O' name's initial.
  std::string by_word, by_part, by_quote, folded;
  std::size_t pos = 0;
  while (auto w = text::NextWord(name, pos)) {
    pos = w->end;
    const std::string_view word = name.substr(w->begin, w->end - w->begin);
    if (by_word.empty()) {  // titles come first
      FoldWord(word, folded);
      std::erase(folded, '.');
      if (IsPersonalTitle(folded)) continue;
    }
    if (word.empty() || word[0] < 'A' || word[0] > 'Z') return;  // "de Souza", "Łucja": not sure
    by_word += static_cast<char>(word[0] - 'A' + 'a');
    by_part += static_cast<char>(word[0] - 'A' + 'a');
    by_quote += static_cast<char>(word[0] - 'A' + 'a');
    const std::size_t quote = ApostropheAt(word, 1);
    if (quote != 0 && word.size() > 1 + quote && word[1 + quote] >= 'A' && word[1 + quote] <= 'Z') {
      by_quote += '\'';
      by_quote += static_cast<char>(word[1 + quote] - 'A' + 'a');
    }
    for (std::size_t k = 1; k + 1 < word.size(); ++k)
      if (word[k] == '-' && word[k + 1] >= 'A' && word[k + 1] <= 'Z')
        by_part += static_cast<char>(word[k + 1] - 'A' + 'a');
  }
  if (by_word.size() >= 2 && by_word.size() <= 4) out.push_back(by_word);
  if (by_part != by_word && by_part.size() >= 2 && by_part.size() <= 4) out.push_back(by_part);
  const std::size_t quoted_letters =
      by_quote.size() - std::count(by_quote.begin(), by_quote.end(), '\'');
  if (by_quote != by_word && quoted_letters >= 3 && quoted_letters <= 4) out.push_back(by_quote);
}

bool VariantIndex::IsServiceAcronym(std::string_view folded) {
  // Hashed: every person's initials are tested when a document is indexed.
  static const std::unordered_set<std::string_view> kAcronyms = {
      "gp",  "hv",  "sw",  "pc",   "dc",   "ds",   "di",   "ps",   "mp",   "la",
      "hr",  "it",  "ed",  "ae",   "cp",   "dv",   "da",   "qc",   "kc",   "uk",
      "gb",  "tv",  "nhs", "cps",  "cid",  "dsl",  "iro",  "yot",  "icb",  "ccg",
      "ceo", "sen", "ehc", "cin",  "caf",  "taf",  "fgm",  "asb",  "dci",  "dwp",
      "sar", "dhr", "scr", "cspr", "mash", "pcso", "idva", "isva", "send", "camhs"};
  return kAcronyms.count(folded) != 0;
}

std::size_t VariantIndex::Slot(std::string_view first) const {
  std::size_t slot = (FoldedKey(first) >> 32) & slot_mask_;
  while (first_phrase_[slot] != kNone && Word(phrases_[first_phrase_[slot]].first_word) != first)
    slot = (slot + 1) & slot_mask_;
  return slot;
}

bool VariantIndex::SameWords(const Phrase& p, std::span<const std::string_view> words) const {
  if (p.size != words.size()) return false;
  for (std::size_t k = 0; k < words.size(); ++k)
    if (Word(p.first_word + static_cast<std::uint32_t>(k)) != words[k]) return false;
  return true;
}

void VariantIndex::Add(std::span<const std::string_view> words, const Entity& entity, bool any_case,
                       bool caps_only, bool plural) {
  const std::size_t slot = Slot(words[0]);
  std::uint32_t found = first_phrase_[slot];
  while (found != kNone && !SameWords(phrases_[found], words)) found = phrases_[found].next;
  if (found == kNone) {
    Phrase phrase;
    phrase.first_word = static_cast<std::uint32_t>(words_.size());
    phrase.size = static_cast<std::uint32_t>(words.size());
    for (std::string_view w : words) {
      words_.push_back(
          {static_cast<std::uint32_t>(chars_.size()), static_cast<std::uint32_t>(w.size())});
      chars_ += w;
    }
    // Longest phrases first, so the first match at a word is the longest;
    // of equally long ones, the first added first.
    std::uint32_t before = kNone;  // the phrase the new one follows
    for (std::uint32_t p = first_phrase_[slot]; p != kNone && phrases_[p].size >= words.size();
         p = phrases_[p].next)
      before = p;
    found = static_cast<std::uint32_t>(phrases_.size());
    std::uint32_t& link = before == kNone ? first_phrase_[slot] : phrases_[before].next;
    phrase.next = link;
    link = found;
    phrases_.push_back(phrase);
  } else {
    for (std::uint32_t v = phrases_[found].first_variant; v != kNone; v = variants_[v].next)
      if (variants_[v].entity == entity.id) return;  // the same spelling twice for one entity
  }
  Phrase& phrase = phrases_[found];
  const auto added = static_cast<std::uint32_t>(variants_.size());
  variants_.push_back({entity.id, entity.type, any_case, caps_only, plural});
  if (phrase.first_variant == kNone)
    phrase.first_variant = added;
  else
    variants_[phrase.last_variant].next = added;
  phrase.last_variant = added;
}

void VariantIndex::Find(const std::string& text, const std::vector<Mention>& taken,
                        std::vector<Mention>& out, bool any_case) const {
  if (phrases_.empty()) return;
  auto overlaps_taken = [&](std::size_t b, std::size_t e) {
    auto it = std::lower_bound(taken.begin(), taken.end(), b,
                               [](const Mention& m, std::size_t pos) { return m.end <= pos; });
    return it != taken.end() && it->begin < e;
  };
  auto only_space_between = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) {
      char c = text[k];
      // "Lotus Nails & Spa": an ampersand joins the words of a name too.
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '.' && c != '&') return false;
    }
    return true;
  };
  // Most words start no variant: a word whose key is not among the first
  // words' is passed over without folding it or looking it up.
  Lookahead words(text);
  std::string title;  // reused
  text::WordSpan previous{0, 0};
  bool has_previous = false;
  std::size_t pos = 0;  // where the next word is looked for
  auto move_past = [&](text::WordSpan w) {
    previous = w;
    has_previous = true;
    pos = w.end;
  };
  text::WordSpan first{0, 0};
  while (text::NextWordAt(text, pos, first)) {
    // A possessive is stripped from an ASCII word by at most two bytes:
    // "Okafor's" stays non-empty.
    if (first.ascii &&
        !MayStartAsciiWord(std::string_view(text).substr(first.begin, first.end - first.begin))) {
      move_past(first);
      continue;
    }
    // A word already taken (most names are: the plugins found them) starts
    // no phrase: every span from it would overlap what is taken.
    if (overlaps_taken(first.begin, first.begin + 1)) {
      move_past(first);
      continue;
    }
    words.Reset(first);
    if (!first.ascii && (words.Folded(0).empty() || !MayStartVariant(FoldedKey(words.Folded(0))))) {
      move_past(first);
      continue;
    }
    std::size_t matched = 0;  // words of the variant found here
    int title_before = -1;    // unknown yet
    for (std::uint32_t pi = FirstPhrase(words.Folded(0)); pi != kNone; pi = phrases_[pi].next) {
      const Phrase& p = phrases_[pi];
      const std::size_t n = p.size;
      if (words.Word(n - 1) == nullptr) continue;  // fewer words left than the phrase has
      bool ok = true;
      for (std::size_t k = 1; k < n && ok; ++k)
        ok = words.Equals(k, Word(p.first_word + static_cast<std::uint32_t>(k))) &&
             only_space_between(words.Word(k - 1)->end, words.Word(k)->begin);
      if (!ok) continue;
      std::size_t b = first.begin;
      const text::WordSpan last = *words.Word(n - 1);
      // The possessive stays outside the span.
      const std::size_t e = last.begin + words.Stripped(n - 1).size();
      // Text already taken stays taken, whichever variant fits here (many
      // entities of a large case share a first name: test this first).
      if (overlaps_taken(b, e)) continue;
      for (std::uint32_t vi = p.first_variant; vi != kNone; vi = variants_[vi].next) {
        const Variant& v = variants_[vi];
        if (n == 1 && !v.any_case && !any_case && !text::StartsUpper(text, first.begin)) continue;
        if (v.caps_only && !IsCapitals(words.Stripped(0))) continue;
        // Include a title right before a person's name ("Ms Okafor"), one
        // that is not taken itself.
        const text::WordSpan* prev = has_previous ? &previous : nullptr;
        if (v.type == "PERSON" && prev != nullptr && only_space_between(prev->end, first.begin)) {
          if (title_before < 0) {
            FoldWord(text::StripPossessive(
                         std::string_view(text).substr(prev->begin, prev->end - prev->begin)),
                     title);
            std::erase(title, '.');
            title_before = IsPersonalTitle(title) && !overlaps_taken(prev->begin, prev->end);
          }
          if (title_before == 1) b = prev->begin;
        }
        Mention m;
        m.begin = b;
        m.end = e;
        m.type = v.type;
        m.rule = "case-variant";
        m.plugin = "core";
        m.score = 1.0;
        m.attributes[kEntityAttribute] = std::to_string(v.entity);
        if (v.plural) m.attributes[kPluralAttribute] = "1";
        out.push_back(std::move(m));
        matched = n;
        break;
      }
      if (matched) break;
    }
    move_past(*words.Word(matched ? matched - 1 : 0));
  }
}

}  // namespace anonymiser
