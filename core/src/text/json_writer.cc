#include "text/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace anonymiser::text {

namespace {

// True if byte `c` must be escaped in a JSON string.
bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The index of the first byte of `s` that must be escaped, or s.size().
std::size_t FirstToEscape(std::string_view s) {
  std::size_t i = 0;
  // Eight bytes at a time while none needs escaping (most text): a byte
  // below 0x20, '"' or '\\' sets the top bit of its lane (SWAR).
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto zero_byte = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  while (i + 8 <= s.size()) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const std::uint64_t control = (w - 0x2020202020202020ull) & ~w & kHigh;
    if ((control | zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '\\'))) != 0) break;
    i += 8;
  }
  while (i < s.size() && !NeedsEscape(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

}  // namespace

void JsonWriter::String(std::string_view s) {
  std::size_t i = FirstToEscape(s);
  if (i == s.size()) {  // nothing to escape (nearly always): one copy
    const std::size_t at = out_.size();
    out_.resize(at + s.size() + 2);
    char* p = out_.data() + at;
    p[0] = '"';
    if (!s.empty()) std::memcpy(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
    return;
  }
  out_.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (; i < s.size(); i += FirstToEscape(s.substr(i))) {
    const auto c = static_cast<unsigned char>(s[i]);
    out_.append(s.substr(run, i - run));
    run = ++i;
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out_ += buf;
      }
    }
  }
  out_.append(s.substr(run));
  out_.push_back('"');
}

void JsonWriter::Unsigned(std::uint64_t n) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_.append(buf, r.ptr);
}

void JsonWriter::Number(double x) {
  if (!std::isfinite(x)) {
    out_ += "null";
    return;
  }
  // Scores are hundredths from 0 to 1 ("0.85"): written directly, as the
  // general format below writes them, without its cost.
  const double hundredths = std::round(x * 100);
  if (hundredths >= 0 && hundredths <= 100 && std::fabs(x * 100 - hundredths) < 1e-9) {
    const int h = static_cast<int>(hundredths);
    if (h == 0 || h == 100) {
      out_ += h == 0 ? '0' : '1';
    } else {
      out_ += "0.";
      out_ += static_cast<char>('0' + h / 10);
      if (h % 10 != 0) out_ += static_cast<char>('0' + h % 10);
    }
    return;
  }
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::general, 6);
  out_.append(buf, r.ptr);
}

}  // namespace anonymiser::text
