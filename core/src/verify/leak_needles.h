// What the leak check looks for: every original and variant of every entity
// of a case, as sequences of folded words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "case_store/case_state.h"

namespace anonymiser::verify {

// One spelling of one entity.
struct Needle {
  std::vector<std::string> words;  // folded words, e.g. {"shannon", "okafor"}
  std::string spelling;            // the folded spelling ("shannon okafor")
  std::string pseudonym;           // the entity's pseudonym ("Person A")
  std::string type;                // "PERSON"
  std::string original;            // the entity's fullest original form
};

// Splits `s` into words: maximal runs of Unicode letters, digits and
// combining marks. Returns byte ranges [begin, end). `s` must be valid UTF-8.
std::vector<std::pair<std::size_t, std::size_t>> LeakWords(std::string_view s);

// Folds one word for matching (text::FoldForMatch, with a fast path for ASCII).
std::string FoldWord(std::string_view word);

class NeedleSet {
 public:
  // Every entity's original and variants. A spelling of one word shorter than
  // three characters is left out (too many false hits); so is a spelling
  // with no word at all.
  explicit NeedleSet(const CaseState& state);

  const std::vector<Needle>& needles() const { return needles_; }

  // The needles whose first word is `folded_word`.
  const std::vector<std::size_t>* StartingWith(const std::string& folded_word) const;

 private:
  void Add(const std::string& spelling, const Entity& entity);

  std::vector<Needle> needles_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
};

}  // namespace anonymiser::verify
