// A per-thread memo of what a plugin's lists say of a word, keyed by the
// word's bytes as written: the capitalised words of a text recur ("Court",
// "Applicant", "Istanbul"), and folding a word and looking it up in the
// lexicon cost ~200 instructions, a hit here ~40. Direct-mapped: a word
// replaces whatever shared its slot; words over 16 bytes are not cached.
// `Value` is what is remembered of a word (trivially copyable): bits of a
// lexicon, or a plugin's own analysis of the word kept as it is used.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace anonymiser::plugin_text {

template <typename Value>
class BasicWordFactsCache {
 public:
  // A word of 1 to 16 bytes, packed. Longer words are not cached.
  struct Key {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    std::uint32_t size = 0;  // 0: no key (an empty slot, or a word not cached)
  };

  // Makes the cache answer for the lexicon numbered `lexicon_serial`,
  // forgetting what it knew of another one.
  void Use(std::uint64_t lexicon_serial) {
    if (serial_ == lexicon_serial && !slots_.empty()) return;
    slots_.assign(kSlots, Slot{});
    serial_ = lexicon_serial;
  }

  // The key of `word` as written; size 0 when the word is too long. Reads
  // only the word's bytes (overlapping 8- or 4-byte loads): the pair of loads
  // and the size identify the word.
  static Key KeyOf(std::string_view word) {
    Key k;
    const std::size_t n = word.size();
    if (n == 0 || n > 16) return k;
    const char* p = word.data();
    if (n >= 8) {
      std::memcpy(&k.low, p, 8);
      std::memcpy(&k.high, p + n - 8, 8);
    } else if (n >= 4) {
      std::uint32_t first;
      std::uint32_t last;
      std::memcpy(&first, p, 4);
      std::memcpy(&last, p + n - 4, 4);
      k.low = first | static_cast<std::uint64_t>(last) << 32;
    } else {
      for (std::size_t i = 0; i < n; ++i) {
        k.low |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
      }
    }
    k.size = static_cast<std::uint32_t>(n);
    return k;
  }

  // Sets `value` to what is cached of `key` and returns true, or returns
  // false (leaving `value` alone). `key` must have a size.
  bool Find(const Key& key, Value& value) const {
    const Slot& s = slots_[SlotOf(key)];
    if (s.key.size != key.size || s.key.low != key.low || s.key.high != key.high) return false;
    value = s.value;
    return true;
  }
  // Remembers `value` for `key` (replacing whatever shared its slot).
  void Put(const Key& key, const Value& value) {
    Slot& s = slots_[SlotOf(key)];
    s.key = key;
    s.value = value;
  }

 private:
  static constexpr int kSlotBits = 12;
  static constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;
  struct Slot {
    Key key;
    Value value{};
  };
  static std::size_t SlotOf(const Key& k) {
    const std::uint64_t h =
        (k.low * 0x9E3779B97F4A7C15ull) ^ (k.high * 0xC2B2AE3D27D4EB4Full) ^ k.size;
    return static_cast<std::size_t>((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull >> (64 - kSlotBits));
  }

  std::vector<Slot> slots_;
  std::uint64_t serial_ = 0;
};

// The cache of a lexicon's bits for each word.
using WordFactsCache = BasicWordFactsCache<std::uint32_t>;

}  // namespace anonymiser::plugin_text
