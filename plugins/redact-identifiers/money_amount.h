// Amounts of money: a number with a currency symbol, code or name before or
// after it ("£12,500", "IR£8,800", "USD 1,850", "TRL 600,000,000",
// "50,000,000 Turkish liras (TRL)", "a sum of 5,000 pounds"). A sum paid or
// awarded is found in court and news records; a bare number is never taken.
#pragma once

#include <cstddef>
#include <string_view>

namespace anonymiser::identifiers {

struct MoneyAmount {
  std::size_t begin = 0;  // bytes of the text
  std::size_t end = 0;
  const char* rule = "";  // "money-symbol", "money-code" or "money-name"
  double score = 0.0;
};

// True when the byte at `pos` may start a currency symbol: '$', or the first
// byte of "£", "¥" or "€". One comparison; Scanner asks it of every byte
// that is not a word start.
constexpr bool MayStartCurrencySymbol(unsigned char c) {
  return c == '$' || c == 0xC2 || c == 0xE2;
}

// The length of the currency symbol at `pos` ("$" 1, "£" and "¥" 2, "€" 3), or 0.
inline std::size_t CurrencySymbolAt(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t p) {
    return p < text.size() ? static_cast<unsigned char>(text[p]) : 0;
  };
  const unsigned char c = byte(pos);
  if (c == '$') return 1;
  if (c == 0xC2) return byte(pos + 1) == 0xA3 || byte(pos + 1) == 0xA5 ? 2 : 0;
  if (c == 0xE2) return byte(pos + 1) == 0x82 && byte(pos + 2) == 0xAC ? 3 : 0;
  return 0;
}

// The amount introduced by a currency symbol at `pos` ("£12,500", "€3,000",
// "$400", "£5m", "£2.5 million"). One or two capitals written straight
// before the symbol belong to it ("IR£8,800", "US$400"). Returns false when
// no symbol starts at `pos` or no number follows it.
bool MoneyAfterSymbol(std::string_view text, std::size_t pos, MoneyAmount* out);

// The amount introduced by an ISO 4217 code at `pos`, a word start:
// "USD 1,850", "TRL 600,000,000", "EUR 3,000". Returns false unless `pos`
// starts one of the known codes followed by a space and a number.
bool MoneyAfterCode(std::string_view text, std::size_t pos, MoneyAmount* out);

// False when MoneyBeforeName(text, pos, ...) surely finds nothing: after the
// digits at `pos` (with "," and "." between groups) comes neither "m", "k"
// or "b" nor a space and a letter. A few byte tests for every number.
inline bool MayStartAmount(std::string_view text, std::size_t pos) {
  const auto digit = [&](std::size_t p) {
    return p < text.size() && text[p] >= '0' && text[p] <= '9';
  };
  const auto letter = [&](std::size_t p) {
    return p < text.size() &&
           ((text[p] >= 'a' && text[p] <= 'z') || (text[p] >= 'A' && text[p] <= 'Z'));
  };
  std::size_t p = pos;
  while (digit(p) || (p < text.size() && (text[p] == ',' || text[p] == '.') && digit(p + 1))) ++p;
  if (p >= text.size()) return false;
  const char c = text[p];
  if (c == 'm' || c == 'k' || c == 'b') return true;
  if (c == ' ') return letter(p + 1);
  return static_cast<unsigned char>(c) == 0xC2 && letter(p + 2);
}

// The amount of a number at `pos` (a word start) followed by a currency code
// or name: "600 EUR", "5,000 pounds", "50,000,000 Turkish liras (TRL)",
// "28,000 US Dollars (USD)", "2 million euros". Up to two capitalised words
// may stand between the number and the name ("Turkish", "US"); a code in
// brackets after the name is included. "pounds" after "weigh..." or before
// "ounces" is a weight, and "marks" needs a currency adjective ("Deutsche
// marks"): neither is taken alone. Returns false when no currency follows.
bool MoneyBeforeName(std::string_view text, std::size_t pos, MoneyAmount* out);

}  // namespace anonymiser::identifiers
