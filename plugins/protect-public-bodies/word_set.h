// A small fixed set of words, tested by token hash.
#pragma once

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "tokens.h"

namespace anonymiser::keep {

class WordSet {
 public:
  // The set of `words` (lower case).
  WordSet(std::initializer_list<const char*> words) {
    for (const char* w : words) {
      hashes_.push_back(HashToken(w));
      filter_.set(hashes_.back() & 0xFFF);
    }
  }

  // True when a token with this hash is one of the words. Most other tokens
  // are refused by one bit test.
  // The hashes of the words.
  const std::vector<std::uint64_t>& hashes() const { return hashes_; }

  bool Has(std::uint64_t hash) const {
    if (!filter_[hash & 0xFFF]) return false;  // [] does not check the (masked) index
    for (std::uint64_t h : hashes_)
      if (h == hash) return true;
    return false;
  }

 private:
  std::vector<std::uint64_t> hashes_;
  std::bitset<0x1000> filter_;
};

}  // namespace anonymiser::keep
