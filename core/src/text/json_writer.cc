#include "text/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace anonymiser::text {

void JsonWriter::String(std::string_view s) {
  out_.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time while none needs escaping (most text): a byte
    // below 0x20, '"' or '\\' sets the top bit of its lane (SWAR).
    while (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      const auto zero_byte = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
      const std::uint64_t control = (w - 0x2020202020202020ull) & ~w & kHigh;
      if ((control | zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '\\'))) != 0) break;
      i += 8;
    }
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(s.substr(run, i - run));
    run = i + 1;
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
