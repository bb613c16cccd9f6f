// Appends JSON values to a string: the small, allocation-light writer behind
// `anonymise detect`, whose answers are written once per input line and must
// not cost more than detecting the line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace anonymiser::text {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  // Appends `s` as a JSON string: quotes, backslashes and control characters
  // escaped (\n, \t ... or \u00XX); every other byte copied, so valid UTF-8
  // stays valid UTF-8.
  void String(std::string_view s);
  // Appends `n` in decimal.
  void Unsigned(std::uint64_t n);
  // Appends `x` with up to 6 significant digits ("0.9", "1"); NaN and
  // infinities, which JSON cannot hold, become null.
  void Number(double x);
  // Appends `raw` unchanged (a literal such as null, or a value already JSON).
  void Raw(std::string_view raw) { out_.append(raw); }
  // Appends "key": (a key followed by a colon; the caller writes the value).
  void Key(std::string_view key) {
    String(key);
    out_.push_back(':');
  }

 private:
  std::string& out_;
};

}  // namespace anonymiser::text
