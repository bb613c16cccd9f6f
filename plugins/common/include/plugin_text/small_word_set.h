// A fixed set of short words for the rules' lists ("officer", "van", "the"),
// built at compile time and tested without a call per member.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace anonymiser::plugin_text {

// A set of N words of 1 to 16 bytes each. A word asked about is packed into
// two integers and compared with the packed members, after a check that some
// member has its length and a one-bit filter: most words asked about are
// refused without a comparison (std::find over string_views made a memcmp
// call per member of the same length).
template <std::size_t N>
class SmallWordSet {
 public:
  constexpr explicit SmallWordSet(const std::array<std::string_view, N>& words) {
    for (std::size_t k = 0; k < N; ++k) {
      if (words[k].empty() || words[k].size() > kMaxSize)
        throw "SmallWordSet: word empty or too long";  // compile-time only
      packed_[k] = Pack(words[k]);
      lengths_ |= 1u << words[k].size();
      const std::size_t bit = BloomBit(packed_[k]);
      bloom_[bit / 64] |= std::uint64_t{1} << (bit % 64);
      const auto first = static_cast<unsigned char>(words[k][0]);
      first_bytes_[first / 64] |= std::uint64_t{1} << (first % 64);
    }
  }

  // False when `word` as written, once folded to lower case, cannot be a
  // member: its first byte is ASCII and, lowered, starts none. Folding maps
  // each code point on its own, so an ASCII first byte folds to its lower
  // case. Spares folding most words only to find them in no set.
  constexpr bool MayHoldFolded(std::string_view word) const {
    if (word.empty()) return true;
    auto c = static_cast<unsigned char>(word[0]);
    if (c >= 0x80) return true;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + ('a' - 'A'));
    return (first_bytes_[c / 64] >> (c % 64) & 1) != 0;
  }

  // True when `word` is one of the set's words, byte for byte.
  constexpr bool Contains(std::string_view word) const {
    if (word.size() > kMaxSize || (lengths_ & (1u << word.size())) == 0) return false;
    const Packed p = Pack(word);
    // One bit of 1,024 refuses most other words before the members are compared.
    const std::size_t bit = BloomBit(p);
    if ((bloom_[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0) return false;
    for (const Packed& q : packed_) {
      if (q.low == p.low && q.high == p.high && q.size == p.size) return true;
    }
    return false;
  }

 private:
  static constexpr std::size_t kMaxSize = 16;
  struct Packed {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    std::size_t size = 0;
  };
  // Bytes 0-7 of the word in `low`, 8-15 in `high`, first byte lowest. At run
  // time, on little-endian machines, from (overlapping) 8- or 4-byte loads
  // shifted into place rather than a byte at a time.
  static constexpr Packed Pack(std::string_view word) {
    Packed p;
    p.size = word.size();
    const std::size_t n = word.size();
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little && n >= 4) {
      const char* s = word.data();
      if (n >= 8) {
        p.low = Load<std::uint64_t>(s);
        if (n > 8) p.high = Load<std::uint64_t>(s + n - 8) >> (8 * (16 - n));
      } else {
        const std::uint64_t last =
            static_cast<std::uint64_t>(Load<std::uint32_t>(s + n - 4)) >> (8 * (8 - n));
        p.low = Load<std::uint32_t>(s) | last << 32;
      }
      return p;
    }
    for (std::size_t k = 0; k < n; ++k) {
      const std::uint64_t byte = static_cast<unsigned char>(word[k]);
      if (k < 8) {
        p.low |= byte << (8 * k);
      } else {
        p.high |= byte << (8 * (k - 8));
      }
    }
    return p;
  }
  template <typename T>
  static T Load(const char* s) {
    T w;
    std::memcpy(&w, s, sizeof w);
    return w;
  }
  static constexpr std::size_t BloomBit(const Packed& p) {
    return static_cast<std::size_t>(
        ((p.low ^ (p.high * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull) >> 54);
  }
  std::array<Packed, N> packed_{};
  std::array<std::uint64_t, 16> bloom_{};
  std::array<std::uint64_t, 4> first_bytes_{};  // a bit per first byte of a member
  std::uint32_t lengths_ = 0;
};

}  // namespace anonymiser::plugin_text
