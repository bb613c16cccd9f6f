// Finding the needles of a case in a piece of text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "verify/leak_needles.h"

namespace anonymiser::verify {

// One occurrence of a needle.
struct Occurrence {
  std::size_t needle = 0;  // index into NeedleSet::needles()
  std::size_t begin = 0;   // byte offset of the first word in the text searched
  std::size_t end = 0;     // byte offset just past the last word
};

class LeakScanner {
 public:
  // `needles` must outlive the scanner.
  explicit LeakScanner(const NeedleSet& needles) : needles_(needles) {}

  // Every occurrence of every needle in `text` (valid UTF-8), on word
  // boundaries: each word of the text is folded (NFKC, case, diacritics) and
  // a needle matches a run of consecutive words equal to its words, whatever
  // separates them (space, line break, punctuation, tags).
  std::vector<Occurrence> Find(std::string_view text) const;

 private:
  const NeedleSet& needles_;
};

// "line L, column C" (1-based; C counts bytes) of byte `offset` in `text`.
std::string LineLocation(std::string_view text, std::size_t offset);

// 1-based line number of byte `offset` in `text`.
std::size_t LineNumber(std::string_view text, std::size_t offset);

}  // namespace anonymiser::verify
