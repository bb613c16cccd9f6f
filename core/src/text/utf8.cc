#include "text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace anonymiser::text {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t SequenceLength(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  auto cont = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 == 0xE0 && b1 < 0xA0) return 0;   // overlong
    if (b0 == 0xED && b1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 == 0xF0 && b1 < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && b1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

std::size_t FindInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII, eight bytes at a time.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      while (i + 8 <= s.size()) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        if (word & 0x8080808080808080ULL) break;
        i += 8;
      }
      continue;
    }
    std::size_t n = SequenceLength(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::vector<std::size_t> BytesToCodePoints(std::string_view s,
                                           const std::vector<std::size_t>& byte_offsets) {
  std::vector<std::size_t> out;
  out.reserve(byte_offsets.size());
  std::size_t byte = 0, cp = 0;
  for (std::size_t target : byte_offsets) {
    target = std::min(target, s.size());
    // Count lead bytes only: eight bytes at a time (a byte continues a
    // character when its top bits are 10), then one by one.
    while (byte + 8 <= target) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + byte, 8);
      const std::uint64_t continuation = word & ~(word << 1) & 0x8080808080808080ULL;
      // The continuation bytes, counted by summing their top bits (one
      // multiply: std::popcount is a library call without -mpopcnt).
      cp += 8 - static_cast<std::size_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
      byte += 8;
    }
    while (byte < target) {
      if ((static_cast<unsigned char>(s[byte]) & 0xC0) != 0x80) ++cp;
      ++byte;
    }
    out.push_back(cp);
  }
  return out;
}

std::size_t CodePointCount(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string ScrubUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t n = SequenceLength(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace anonymiser::text
