#include "word_fold.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "place_tokens.h"

namespace anonymiser::places {
namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// Lowers the capitals of 8 ASCII bytes at once (SWAR): a byte's high bit in
// `ge_a` says it is >= 'A', in `gt_z` that it is > 'Z'; no sum carries into
// the next byte because every byte is below 0x80.
std::uint64_t LowerAscii8(std::uint64_t w) {
  const std::uint64_t ge_a = w + kOnes * (0x80 - 'A');
  const std::uint64_t gt_z = w + kOnes * (0x80 - 'Z' - 1);
  return w | ((ge_a & ~gt_z & kHighBits) >> 2);  // 0x80 >> 2 = 0x20: 'A' -> 'a'
}

// The folded UTF-8 form of each code point U+0080..U+07FF (two UTF-8
// bytes), asked of FoldWord() once per thread and code point. Case folding
// maps each code point on its own (it has no context), so a word's folding is
// the concatenation of its code points' foldings.
class TwoByteFolds {
 public:
  // Appends the folding of the code point written `lead`, `trail`.
  void Append(unsigned char lead, unsigned char trail, std::string& out) {
    const std::size_t index = ((lead & 0x1Fu) << 6 | (trail & 0x3Fu)) - 0x80;
    Entry& e = entries_[index];
    if (e.size == kUnknown) Fill(lead, trail, e);
    out.append(e.bytes, e.size);
  }

 private:
  static constexpr std::uint8_t kUnknown = 0xFF;
  struct Entry {
    std::uint8_t size = kUnknown;
    char bytes[15] = {};
  };
  static void Fill(unsigned char lead, unsigned char trail, Entry& e) {
    const char in[2] = {static_cast<char>(lead), static_cast<char>(trail)};
    std::string folded;
    FoldWord(std::string_view(in, 2), folded);
    // Full foldings are at most three code points (9 bytes); keep the room check.
    if (folded.size() > sizeof(e.bytes)) folded.resize(sizeof(e.bytes));
    std::memcpy(e.bytes, folded.data(), folded.size());
    e.size = static_cast<std::uint8_t>(folded.size());
  }
  std::array<Entry, 0x800 - 0x80> entries_;
};

// Folds `word` (not all ASCII) into `out` from byte `start` on.
void AppendFoldedNonAscii(std::string_view word, std::string& out) {
  thread_local TwoByteFolds two_byte;
  const std::size_t start = out.size();
  const auto* s = reinterpret_cast<const unsigned char*>(word.data());
  const std::size_t n = word.size();
  for (std::size_t k = 0; k < n;) {
    const unsigned char c = s[k];
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++k;
    } else if (c >= 0xC2 && c <= 0xDF && k + 1 < n && (s[k + 1] & 0xC0) == 0x80) {
      two_byte.Append(c, s[k + 1], out);
      k += 2;
    } else {
      // Three- or four-byte letters (and ’) or bad bytes: ICU folds the word.
      thread_local std::string folded;
      FoldWord(word, folded);
      out.resize(start);
      out += folded;
      return;
    }
  }
}

}  // namespace

bool FoldAscii(std::string_view word, char* dst) {
  const std::size_t n = word.size();
  const char* src = word.data();
  // Lowers the 8 (or 4) bytes at `at` unless one is not ASCII. Blocks may
  // overlap bytes done before: lowering reads `src`, so doing a byte twice
  // gives the same result, and no word needs a loop byte by byte.
  auto lower8 = [&](std::size_t at) {
    std::uint64_t w;
    std::memcpy(&w, src + at, 8);
    if ((w & kHighBits) != 0) return false;
    w = LowerAscii8(w);
    std::memcpy(dst + at, &w, 8);
    return true;
  };
  auto lower4 = [&](std::size_t at) {
    std::uint32_t w;
    std::memcpy(&w, src + at, 4);
    if ((w & static_cast<std::uint32_t>(kHighBits)) != 0) return false;
    w = static_cast<std::uint32_t>(LowerAscii8(w));  // the upper 4 bytes stay 0
    std::memcpy(dst + at, &w, 4);
    return true;
  };
  if (n >= 8) {
    for (std::size_t k = 0; k + 8 <= n; k += 8) {
      if (!lower8(k)) return false;
    }
    return n % 8 == 0 || lower8(n - 8);
  }
  if (n >= 4) return lower4(0) && lower4(n - 4);
  for (std::size_t k = 0; k < n; ++k) {
    const auto c = static_cast<unsigned char>(src[k]);
    if (c >= 0x80) return false;
    dst[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return true;
}

void AppendFolded(std::string_view word, std::string& out) {
  const std::size_t start = out.size();
  out.resize(start + word.size());
  if (FoldAscii(word, out.data() + start)) return;
  out.resize(start);
  AppendFoldedNonAscii(word, out);
}

}  // namespace anonymiser::places
