// An immutable-after-loading hash table from folded words to small values,
// built for fast loading of large word lists: keys live in one arena string,
// slots are open-addressed (linear probing), no allocation per entry.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace anonymiser::plugin_text {

class WordTable {
 public:
  // Prepares room for about `expected` entries without rehashing.
  void Reserve(std::size_t expected);

  // Inserts `key` with `value`; when `key` is present already, its value
  // becomes merge(old, value).
  template <typename Merge>
  void Insert(std::string_view key, std::uint32_t value, Merge merge) {
    if ((count_ + 1) * 4 > slots_.size() * 3) Grow();
    const std::size_t h = Hash(key);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.len == kEmpty) {
        s.off = static_cast<std::uint32_t>(arena_.size());
        s.len = static_cast<std::uint32_t>(key.size());
        s.hash = static_cast<std::uint32_t>(h);
        s.value = value;
        arena_.append(key);
        ++count_;
        return;
      }
      if (s.hash == static_cast<std::uint32_t>(h) && KeyOf(s) == key) {
        s.value = merge(s.value, value);
        return;
      }
    }
  }
  void Insert(std::string_view key, std::uint32_t value) {
    Insert(key, value, [](std::uint32_t, std::uint32_t v) { return v; });
  }

  // The value of `key`, or nullptr when absent. Inline, with an inline key
  // comparison: the look-up is on the hot path of every plugin using it.
  const std::uint32_t* Find(std::string_view key) const {
    const std::size_t h = Hash(key);
    const std::size_t mask = slots_.size() - 1;
    const Slot* slots = slots_.data();
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots[i];
      if (s.len == kEmpty) return nullptr;
      if (s.hash == static_cast<std::uint32_t>(h) && s.len == key.size() &&
          SameBytes(arena_.data() + s.off, key.data(), key.size())) {
        return &s.value;
      }
    }
  }
  bool Contains(std::string_view key) const { return Find(key) != nullptr; }
  std::size_t size() const { return count_; }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    std::uint32_t off = 0;
    std::uint32_t len = kEmpty;
    std::uint32_t hash = 0;
    std::uint32_t value = 0;
  };
  // A multiply-xor hash of 8 bytes a step: the keys are short words, on which
  // std::hash (Murmur, an out-of-line call) costs several times more.
  static std::size_t Hash(std::string_view key) {
    const char* p = key.data();
    std::size_t n = key.size();
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    while (n >= 8) {
      h = Mix(h, Load8(p));
      p += 8;
      n -= 8;
    }
    if (n >= 4) {
      // 4 to 7 bytes left: two overlapping 4-byte reads.
      h = Mix(h, (static_cast<std::uint64_t>(Load4(p)) << 32) | Load4(p + n - 4));
    } else if (n > 0) {
      const auto b = [p](std::size_t i) {
        return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
      };
      h = Mix(h, (b(0) << 16) | (b(n / 2) << 8) | b(n - 1));
    }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
  // a[0, n) == b[0, n), by 8- or 4-byte words (the last one overlapping).
  static bool SameBytes(const char* a, const char* b, std::size_t n) {
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 < n; i += 8)
        if (Load8(a + i) != Load8(b + i)) return false;
      return Load8(a + n - 8) == Load8(b + n - 8);
    }
    if (n >= 4) return Load4(a) == Load4(b) && Load4(a + n - 4) == Load4(b + n - 4);
    for (std::size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  static std::uint64_t Mix(std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * 0x94D049BB133111EBull;
    return h ^ (h >> 32);
  }
  static std::uint64_t Load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
  }
  static std::uint32_t Load4(const char* p) {
    std::uint32_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
  }
  std::string_view KeyOf(const Slot& s) const {
    return std::string_view(arena_).substr(s.off, s.len);
  }
  void Grow();

  std::string arena_;
  std::vector<Slot> slots_ = std::vector<Slot>(16);
  std::size_t count_ = 0;
};

}  // namespace anonymiser::plugin_text
