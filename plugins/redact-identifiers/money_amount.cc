#include "money_amount.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "ascii_bytes.h"

namespace anonymiser::identifiers {
namespace {

// ISO 4217 codes of currencies a UK or European record may name, current
// and pre-euro. Words that are also English ("ALL") are left out.
constexpr std::array<std::string_view, 62> kCodes = {
    "AUD", "ATS", "AZN", "BAM", "BDT", "BEF", "BGN", "BYN", "BYR", "CAD", "CHF", "CNY", "CYP",
    "CZK", "DEM", "DKK", "EEK", "EGP", "ESP", "EUR", "FIM", "FRF", "GBP", "GEL", "GRD", "HKD",
    "HRK", "HUF", "IEP", "ILS", "INR", "ISK", "ITL", "JPY", "KES", "LKR", "LTL", "LUF", "LVL",
    "MDL", "MKD", "MTL", "NGN", "NLG", "NOK", "NZD", "PKR", "PLN", "PTE", "ROL", "RON", "RSD",
    "RUB", "SEK", "SGD", "SIT", "SKK", "TRL", "TRY", "UAH", "USD", "ZAR"};

// A three-letter code as one integer, for a binary search of kCodes.
constexpr std::uint32_t Pack(std::string_view code) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(code[0])) << 16) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(code[1])) << 8) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(code[2]));
}

constexpr std::array<std::uint32_t, kCodes.size()> kPackedCodes = [] {
  std::array<std::uint32_t, kCodes.size()> packed{};
  for (std::size_t i = 0; i < kCodes.size(); ++i) packed[i] = Pack(kCodes[i]);
  std::sort(packed.begin(), packed.end());
  return packed;
}();

// Currency names, lower case, singular and plural.
constexpr std::array<std::string_view, 60> kNames = {
    "pound",    "pounds",   "euro",    "euros",   "dollar",    "dollars",    "lira",    "liras",
    "lire",     "franc",    "francs",  "mark",    "marks",     "zloty",      "zlotys",  "zlote",
    "zlotych",  "rouble",   "roubles", "ruble",   "rubles",    "krona",      "kronor",  "krone",
    "kroner",   "koruna",   "korunas", "forint",  "forints",   "kuna",       "kunas",   "leu",
    "lei",      "lev",      "leva",    "levs",    "dinar",     "dinars",     "drachma", "drachmas",
    "peseta",   "pesetas",  "escudo",  "escudos", "schilling", "schillings", "guilder", "guilders",
    "hryvnia",  "hryvnias", "rupee",   "rupees",  "yen",       "yuan",       "pence",   "cents",
    "sterling", "manat",    "lari",    "denars"};

constexpr std::array<std::string_view, kNames.size()> kSortedNames = [] {
  std::array<std::string_view, kNames.size()> sorted = kNames;
  std::sort(sorted.begin(), sorted.end());
  return sorted;
}();

// For each first letter, a bit for each length of a currency name with it.
constexpr std::array<std::uint32_t, 26> kNameLengths = [] {
  std::array<std::uint32_t, 26> lengths{};
  for (std::string_view name : kNames)
    lengths[static_cast<std::size_t>(name[0] - 'a')] |= 1u << name.size();
  return lengths;
}();

class AmountReader {
 public:
  explicit AmountReader(std::string_view text) : t_(text) {}

  bool EndsWord(std::size_t p) const { return p >= t_.size() || !IsWordByte(t_[p]); }

  std::size_t DigitsAt(std::size_t p) const { return DigitRun(t_, p); }

  std::size_t LettersAt(std::size_t p) const { return AlphaRun(t_, p); }

  bool WordIs(std::size_t p, std::size_t n, std::string_view lower) const {
    if (n != lower.size()) return false;
    for (std::size_t k = 0; k < n; ++k)
      if (Lower(t_[p + k]) != lower[k]) return false;
    return true;
  }

  bool IsCode(std::size_t p) const {
    if (p + 3 > t_.size() || !IsUpper(t_[p]) || !IsUpper(t_[p + 1]) || !IsUpper(t_[p + 2]) ||
        !EndsWord(p + 3))
      return false;
    return std::binary_search(kPackedCodes.begin(), kPackedCodes.end(), Pack(t_.substr(p, 3)));
  }

  // A space (or a no-break space) at `p`: its length, or 0.
  std::size_t SpaceAt(std::size_t p) const {
    if (p < t_.size() && t_[p] == ' ') return 1;
    if (p + 1 < t_.size() && static_cast<unsigned char>(t_[p]) == 0xC2 &&
        static_cast<unsigned char>(t_[p + 1]) == 0xA0)
      return 2;
    return 0;
  }

  // A number at `p`: "400", "12,500", "1,500,000,000", "1.500.000", "12.50",
  // "2.5", then a multiplier ("m", "bn", "k", " million", " billion",
  // " thousand"). Returns its end, or 0.
  std::size_t Number(std::size_t p) const {
    std::size_t e = p + DigitsAt(p);
    if (e == p) return 0;
    bool grouped = false;
    while (e + 4 <= t_.size() && (t_[e] == ',' || t_[e] == '.') && DigitsAt(e + 1) == 3 &&
           (e + 4 == t_.size() || !IsDigit(t_[e + 4]))) {
      e += 4;
      grouped = true;
    }
    if (!grouped || t_[e - 4] == ',') {
      // Pence and cents: "12.50", "2.5 million".
      if (e + 1 < t_.size() && t_[e] == '.' && DigitsAt(e + 1) >= 1 && DigitsAt(e + 1) <= 2)
        e += 1 + DigitsAt(e + 1);
    }
    if (e < t_.size() && (t_[e] == 'm' || t_[e] == 'k') && EndsWord(e + 1)) return e + 1;
    if (e + 1 < t_.size() && t_[e] == 'b' && t_[e + 1] == 'n' && EndsWord(e + 2)) return e + 2;
    if (!EndsWord(e)) return 0;
    const std::size_t s = SpaceAt(e);
    const char m = s ? Lower(t_[e + s]) : '\0';
    if (m == 'm' || m == 'b' || m == 't') {
      const std::size_t n = LettersAt(e + s);
      if (WordIs(e + s, n, "million") || WordIs(e + s, n, "billion") ||
          WordIs(e + s, n, "thousand") || WordIs(e + s, n, "bn") || WordIs(e + s, n, "m"))
        return e + s + n;
    }
    return e;
  }

  // " (USD)" after a currency name: its end, or `p`.
  std::size_t CodeInBrackets(std::size_t p) const {
    if (p + 6 <= t_.size() && t_[p] == ' ' && t_[p + 1] == '(' && IsCode(p + 2) && t_[p + 5] == ')')
      return p + 6;
    return p;
  }

  bool IsName(std::size_t p, std::size_t n) const {
    if (n < 3 || n > 10) return false;
    // Most words have a first letter and length no currency name has.
    const char first = Lower(t_[p]);
    if (!IsLower(first) || !(kNameLengths[static_cast<std::size_t>(first - 'a')] & (1u << n)))
      return false;
    char lower[10];
    for (std::size_t k = 0; k < n; ++k) lower[k] = Lower(t_[p + k]);
    return std::binary_search(kSortedNames.begin(), kSortedNames.end(), std::string_view(lower, n));
  }

  // "pounds" as a weight: "weighed 7 pounds", "7 pounds 4 ounces".
  bool IsWeight(std::size_t number, std::size_t name_end) const {
    const std::size_t from = number > 24 ? number - 24 : 0;
    for (std::size_t p = from; p + 5 <= number; ++p)
      if (WordIs(p, 5, "weigh")) return true;
    std::size_t q = name_end;
    if (const std::size_t s = SpaceAt(q)) q += s;
    if (q < t_.size() && IsDigit(t_[q])) return true;
    const std::size_t n = LettersAt(q);
    return WordIs(q, n, "oz") || (n >= 5 && WordIs(q, 5, "ounce"));
  }

 private:
  std::string_view t_;
};

}  // namespace

bool MoneyAfterSymbol(std::string_view text, std::size_t pos, MoneyAmount* out) {
  const std::size_t len = CurrencySymbolAt(text, pos);
  if (len == 0) return false;
  const AmountReader r(text);
  std::size_t p = pos + len;
  if (p < text.size() && text[p] == ' ') ++p;
  if (p >= text.size() || !IsDigit(text[p])) return false;
  const std::size_t end = r.Number(p);
  if (end == 0) return false;
  std::size_t begin = pos;
  // "IR£", "US$", "NZ$": capitals written onto the symbol.
  std::size_t letters = 0;
  while (letters < 3 && begin > letters && IsUpper(text[begin - letters - 1])) ++letters;
  if (letters > 0 && letters < 3 && (begin == letters || !IsWordByte(text[begin - letters - 1])))
    begin -= letters;
  *out = {begin, end, "money-symbol", 0.9};
  return true;
}

bool MoneyAfterCode(std::string_view text, std::size_t pos, MoneyAmount* out) {
  const AmountReader r(text);
  if (!r.IsCode(pos)) return false;
  const std::size_t s = r.SpaceAt(pos + 3);
  if (s == 0 || pos + 3 + s >= text.size() || !IsDigit(text[pos + 3 + s])) return false;
  const std::size_t end = r.Number(pos + 3 + s);
  if (end == 0) return false;
  *out = {pos, end, "money-code", 0.9};
  return true;
}

bool MoneyBeforeName(std::string_view text, std::size_t pos, MoneyAmount* out) {
  const AmountReader r(text);
  const std::size_t number_end = r.Number(pos);
  if (number_end == 0) return false;
  std::size_t p = number_end;
  std::size_t s = r.SpaceAt(p);
  if (s == 0) return false;
  p += s;
  if (r.IsCode(p)) {
    *out = {pos, p + 3, "money-code", 0.9};
    return true;
  }
  // Up to two capitalised words ("Turkish", "US", "Deutsche") or "new"/"old"
  // before the name.
  bool adjective = false;
  for (int word = 0; word < 3; ++word) {
    const std::size_t n = r.LettersAt(p);
    if (n == 0 || !r.EndsWord(p + n)) return false;
    if (r.IsName(p, n)) {
      // A currency's name is not written in capitals: "4471 Jordan STERLING"
      // is a collar number and a name.
      bool capitals = n > 1;
      for (std::size_t k = p; k < p + n && capitals; ++k) capitals = IsUpper(text[k]);
      if (capitals) return false;
      const bool mark = r.WordIs(p, n, "mark") || r.WordIs(p, n, "marks");
      if (mark && !adjective) return false;
      const bool pound = r.WordIs(p, n, "pound") || r.WordIs(p, n, "pounds");
      std::size_t end = p + n;
      if (pound && r.IsWeight(pos, end)) return false;
      if (end + 9 <= text.size() && text[end] == ' ' && r.WordIs(end + 1, 8, "sterling") &&
          r.EndsWord(end + 9))
        end += 9;
      *out = {pos, r.CodeInBrackets(end), "money-name", 0.85};
      return true;
    }
    if (word == 2) return false;
    if (!(IsUpper(text[p]) || r.WordIs(p, n, "new") || r.WordIs(p, n, "old"))) return false;
    adjective = true;
    p += n;
    s = r.SpaceAt(p);
    if (s == 0) return false;
    p += s;
  }
  return false;
}

}  // namespace anonymiser::identifiers
