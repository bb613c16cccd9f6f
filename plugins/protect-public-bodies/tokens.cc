#include "tokens.h"

namespace anonymiser::keep {
namespace {

constexpr std::uint64_t kOffset = 1469598103934665603ULL;
constexpr std::uint64_t kPrime = 1099511628211ULL;

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

std::uint64_t Mix(std::uint64_t h, unsigned char c) {
  if (IsUpper(c)) c = static_cast<unsigned char>(c - 'A' + 'a');
  return (h ^ c) * kPrime;
}

}  // namespace

std::uint64_t HashToken(std::string_view token) {
  if (token == "\xE2\x80\x99") token = "'";
  std::uint64_t h = kOffset;
  for (char c : token) h = Mix(h, static_cast<unsigned char>(c));
  return h;
}

void Tokenise(std::string_view text, std::vector<Token>& out) {
  out.clear();
  const std::size_t n = text.size();
  std::size_t i = 0, last_end = 0;
  static const std::uint64_t kApostrophe = HashToken("'");
  static const std::uint64_t kAmpersand = HashToken("&");
  auto joined = [&](std::size_t begin) {
    if (out.empty()) return false;
    if (begin - last_end > 3) return false;
    for (std::size_t k = last_end; k < begin; ++k)
      if (text[k] != ' ' && text[k] != '-') return false;
    return true;
  };
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool apostrophe =
        c == '\'' || (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                      static_cast<unsigned char>(text[i + 2]) == 0x99);
    if (apostrophe || c == '&') {
      Token t;
      t.begin = i;
      t.end = i + (c == 0xE2 ? 3 : 1);
      t.hash = c == '&' ? kAmpersand : kApostrophe;
      t.joined = t.begin == last_end && !out.empty();
      out.push_back(t);
      i = last_end = t.end;
      continue;
    }
    if (c == 0xE2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      i += i + 3 <= n ? 3 : n - i;  // punctuation: dashes, quotes, bullets
      continue;
    }
    if (!(IsUpper(c) || IsLower(c) || IsDigit(c) || c >= 0x80)) {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    t.joined = joined(i);
    t.hyphen = t.joined && i > last_end && text[i - 1] == '-';
    std::uint64_t h = kOffset;
    int letters = 0, lower = 0, digits = 0;
    while (i < n) {
      const unsigned char d = static_cast<unsigned char>(text[i]);
      if (d == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80) break;
      if (!(IsUpper(d) || IsLower(d) || IsDigit(d) || d >= 0x80)) break;
      letters += IsUpper(d) || IsLower(d);
      lower += IsLower(d);
      digits += IsDigit(d);
      h = Mix(h, d);
      ++i;
    }
    t.end = i;
    t.hash = h;
    t.capital = IsUpper(c);
    t.upper = letters >= 2 && lower == 0;
    t.digits = digits == static_cast<int>(t.end - t.begin);
    out.push_back(t);
    last_end = i;
  }
}

}  // namespace anonymiser::keep
