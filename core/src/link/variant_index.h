// Finds further occurrences of the case's known spellings in text.
//
// Detection may find "Shannon Okafor" once; the variant index then finds
// every "Shannon", "OKAFOR" and "Ms Okafor’s" elsewhere, whether or not a
// plugin recognised them. Built once from a CaseState and then read-only, so
// many threads may use one index.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/mention.h"
#include "case_store/case_state.h"
#include "text/ordinary_words.h"

namespace anonymiser {

class VariantIndex {
 public:
  // Indexes every variant of every entity of `state`. Single-word variants
  // shorter than three characters are skipped, except a person's two
  // initials written in capitals ("JS"), which match only so. A person's
  // initials ("GA", "GAM" of Grace Adebayo-Mensah; not "GP", "PC" and other
  // acronyms of services) are indexed too, matching only in capitals. A person's
  // family name is also indexed in the plural ("Woods", "Okafors"), found
  // with the attribute "plural" (rendered "Person A family"). With
  // `ordinary` (read only while indexing), a single-word variant that is no
  // ordinary word ("kayden") matches in any case.
  explicit VariantIndex(const CaseState& state, const text::OrdinaryWords* ordinary = nullptr);

  // Appends to `out` a mention (rule "case-variant", plugin "core", score 1,
  // kEntityAttribute set) for every occurrence in `text` of an indexed
  // variant that does not overlap a span in `taken` (sorted by begin). A
  // single-word variant matches in any case when the index has the
  // ordinary-word list and the variant is no ordinary word ("kayden"), and
  // only capitalised when it is one ("Grace" but not "grace", "Cope" but not
  // "cope", even for an identity the user listed); without the list, only a
  // listed identity's single words match in any case ("tyler"). Longer
  // variants match in any case. A personal
  // title right before a person's name is included in the span. The longest
  // variant starting at a word wins.
  // With `any_case`, single-word variants match in any case too (for file
  // names, often written in lower case: "okafor-letter.txt").
  void Find(const std::string& text, const std::vector<Mention>& taken, std::vector<Mention>& out,
            bool any_case = false) const;

  bool empty() const { return phrases_.empty(); }

 private:
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  // One entity that a phrase names. A phrase's variants are chained in the
  // order the state lists them (the first that fits a place in the text
  // wins there).
  struct Variant {
    std::int64_t entity;
    std::string type;
    bool any_case;   // a known identity or no ordinary word: single words match in any case
    bool caps_only;  // two initials ("JS"): match only as two capitals
    bool plural;     // the family name in the plural ("woods" of Wood): a "plural" mention
    std::uint32_t next = kNone;  // the phrase's next variant
  };
  // A sequence of folded words, words_[first_word, first_word + size), and
  // the entities it names. Phrases of one first word are chained longest
  // first; of equally long ones, the first added first.
  struct Phrase {
    std::uint32_t first_word;
    std::uint32_t size;
    std::uint32_t first_variant = kNone;
    std::uint32_t last_variant = kNone;
    std::uint32_t next = kNone;  // the next phrase with the same first word
  };
  // A folded word: bytes [begin, begin + size) of chars_.
  struct WordRef {
    std::uint32_t begin;
    std::uint32_t size;
  };

  void Add(std::span<const std::string_view> words, const Entity& entity, bool any_case,
           bool caps_only, bool plural = false);
  // Word `w` of words_.
  std::string_view Word(std::uint32_t w) const {
    return std::string_view(chars_).substr(words_[w].begin, words_[w].size);
  }
  // True if phrase `p` is exactly `words`.
  bool SameWords(const Phrase& p, std::span<const std::string_view> words) const;
  // The slot of first_phrase_ for the folded word `first`: the one holding
  // its phrases, or the empty one where they go.
  std::size_t Slot(std::string_view first) const;
  // The longest phrase starting with the folded word `first`, or kNone.
  std::uint32_t FirstPhrase(std::string_view first) const { return first_phrase_[Slot(first)]; }
  static bool IsTwoCapitals(std::string_view s);
  // Two to four ASCII capitals ("GA", "TJK"), an apostrophe between two of
  // them allowed ("BO'D", "BO’D").
  static bool IsCapitals(std::string_view s);
  // The folded initials of a person's name ("ga" and "gam" of "Grace
  // Adebayo-Mensah"; "bo" and "bo'd" of "Bridget O'Donnell"; none for one
  // word or a word not starting with an ASCII capital), two to four letters,
  // into `out` (emptied first).
  static void PersonInitials(std::string_view name, std::vector<std::string>& out);
  // Acronyms of roles and services ("gp", "pc", "nhs") that are never
  // taken for a person's initials.
  static bool IsServiceAcronym(std::string_view folded);
  bool MayStartVariant(std::uint64_t key) const {
    return (first_words_[(key >> 6) & word_mask_] >> (key & 63)) & 1;
  }
  // False when the ASCII word `w` (as written, possessive and all) starts no
  // variant: its first letter and length are tested first (cheaper than its
  // key, and most words fail them), then its key.
  bool MayStartAsciiWord(std::string_view w) const;

  // Every phrase's words end to end, with no allocation per phrase or word:
  // an index is built for every document of `detect`.
  std::string chars_;
  std::vector<WordRef> words_;
  std::vector<Phrase> phrases_;
  std::vector<Variant> variants_;
  // Open addressing by first word: the first phrase of each first word, or
  // kNone. At most half full.
  std::vector<std::uint32_t> first_phrase_;
  std::size_t slot_mask_ = 0;  // first_phrase_.size() - 1
  // A bitset with a bit (a key made of the length and three bytes of a folded first word) set for
  // every first word of a phrase: a cheap test that rules out most words of a text before anything
  // is folded or looked up. Sized to the number of keys.
  std::vector<std::uint64_t> first_words_;
  std::uint64_t word_mask_ = 0;  // first_words_.size() - 1
  // Bit (c & 63) for the first byte c of every folded first word, and bit
  // min(size, 63) for its size in bytes.
  std::uint64_t first_bytes_ = 0;
  std::uint64_t first_sizes_ = 0;
};

}  // namespace anonymiser
