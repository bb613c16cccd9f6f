#include "penalty_period.h"

#include <array>

#include "ascii_bytes.h"

namespace anonymiser::dates {
namespace {

constexpr std::array<std::string_view, 19> kSmall = {
    "one",     "two",     "three",     "four",     "five",    "six",      "seven",
    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};

// Penalty words after a period ("three months' imprisonment").
constexpr std::array<std::string_view, 22> kAfter = {
    "imprisonment", "detention", "custody",     "custodial",        "prison",  "jail",
    "gaol",         "probation", "suspension",  "disqualification", "ban",     "curfew",
    "sentence",     "sentences", "order",       "orders",           "tagging", "tag",
    "remand",       "exclusion", "confinement", "incarceration"};

// Penalty words before a period ("sentenced to 20 years").
constexpr std::array<std::string_view, 26> kBefore = {
    "sentenced", "sentence",  "sentences",  "imprisoned", "imprisonment", "jailed",
    "detained",  "detention", "custody",    "suspended",  "disqualified", "disqualification",
    "banned",    "ban",       "forfeiture", "curfew",     "probation",    "remanded",
    "remand",    "tagged",    "excluded",   "exclusion",  "prison",       "confinement",
    "penalty",   "punishment"};

// Words that end the few words allowed between a period and its penalty
// word: "two weeks in order to", "six months the order".
constexpr std::array<std::string_view, 18> kStops = {
    "in",   "of", "for", "to", "the",  "a",     "an",     "and",   "or",
    "with", "by", "on",  "at", "from", "after", "before", "later", "ago"};

class Reader {
 public:
  explicit Reader(std::string_view text) : t_(text) {}

  std::size_t Letters(std::size_t p) const { return AlphaRun(t_, p); }
  std::size_t Digits(std::size_t p) const { return DigitRun(t_, p); }
  bool EndsWord(std::size_t p) const { return p >= t_.size() || !IsWordByte(t_[p]); }
  // A right single quotation mark, the possessive of "three months’".
  bool CurlyApostropheAt(std::size_t p) const {
    return p + 3 <= t_.size() && static_cast<unsigned char>(t_[p]) == 0xE2 &&
           static_cast<unsigned char>(t_[p + 1]) == 0x80 &&
           static_cast<unsigned char>(t_[p + 2]) == 0x99;
  }
  bool WordIs(std::size_t p, std::size_t n, std::string_view lower) const {
    if (n != lower.size() || p + n > t_.size()) return false;
    for (std::size_t k = 0; k < n; ++k)
      if (Lower(t_[p + k]) != lower[k]) return false;
    return true;
  }
  template <std::size_t N>
  bool WordIn(std::size_t p, std::size_t n, const std::array<std::string_view, N>& words) const {
    for (std::string_view w : words)
      if (WordIs(p, n, w)) return true;
    return false;
  }

  // A number at `p`: 1-3 digits, or "one" ... "ninety-nine". Its length, or 0.
  std::size_t Number(std::size_t p) const {
    const std::size_t d = Digits(p);
    if (d > 0) return d <= 3 && !IsLetter(p + d < t_.size() ? t_[p + d] : ' ') ? d : 0;
    const std::size_t n = Letters(p);
    if (WordIn(p, n, kSmall)) return n;
    if (!WordIn(p, n, kTens)) return 0;
    if (p + n + 1 < t_.size() && t_[p + n] == '-') {
      const std::size_t m = Letters(p + n + 1);
      for (std::size_t k = 0; k < 9; ++k)
        if (WordIs(p + n + 1, m, kSmall[k])) return n + 1 + m;
    }
    return n;
  }

  // "day(s)", "week(s)", "month(s)", "year(s)", "hour(s)" at `p`: its length, or 0.
  std::size_t Unit(std::size_t p) const {
    std::size_t n = Letters(p);
    if (n < 3 || n > 6 || !(EndsWord(p + n) || CurlyApostropheAt(p + n))) return 0;
    const std::size_t stem = Lower(t_[p + n - 1]) == 's' ? n - 1 : n;
    return WordIs(p, stem, "day") || WordIs(p, stem, "week") || WordIs(p, stem, "month") ||
                   WordIs(p, stem, "year") || WordIs(p, stem, "hour")
               ? n
               : 0;
  }

  // A number, a space or hyphen, maybe "additional", and a unit at `p`; its end, or 0.
  std::size_t Duration(std::size_t p, bool* hyphenated) const {
    const std::size_t num = Number(p);
    if (num == 0 || p + num >= t_.size()) return 0;
    std::size_t q = p + num;
    *hyphenated = t_[q] == '-';
    if (t_[q] != ' ' && t_[q] != '-') return 0;
    ++q;
    const std::size_t extra = Letters(q);
    if (!*hyphenated && (WordIs(q, extra, "additional") || WordIs(q, extra, "further") ||
                         WordIs(q, extra, "extra")))
      q += extra + 1;
    const std::size_t unit = Unit(q);
    return unit == 0 ? 0 : q + unit;
  }

  // The end of a possessive at `p` ("’", "'", "’s", "'s"), or `p`.
  std::size_t PossessiveEnd(std::size_t p) const {
    std::size_t q = p;
    if (CurlyApostropheAt(q))
      q += 3;
    else if (q < t_.size() && t_[q] == '\'')
      ++q;
    else
      return p;
    if (q < t_.size() && t_[q] == 's' && EndsWord(q + 1)) ++q;
    return q;
  }

  // After the end of a period: a possessive, then up to two words, then a
  // penalty word ("’ imprisonment", "'s detention", " supervision order").
  bool PenaltyAfter(std::size_t p) const {
    p = PossessiveEnd(p);
    bool community = false;
    for (int words = 0; words < 3; ++words) {
      if (p >= t_.size() || t_[p] != ' ') return false;
      ++p;
      std::size_t n = Letters(p);
      // "community-service", "non-custodial": the part after the last hyphen.
      while (n > 0 && p + n + 1 < t_.size() && t_[p + n] == '-' && IsLetter(t_[p + n + 1])) {
        p += n + 1;
        n = Letters(p);
      }
      if (n == 0) return false;
      // "service" only as "community service" ("three days service users ...").
      if (WordIs(p, n, "service")) return community;
      if (WordIn(p, n, kAfter)) return true;
      if (WordIs(p, n, "leave"))
        return WordIs(p + n + 1, 2, "to") &&
               (WordIs(p + n + 4, 6, "remain") || WordIs(p + n + 4, 5, "enter"));
      if (WordIn(p, n, kStops) || !EndsWord(p + n)) return false;
      community = WordIs(p, n, "community");
      p += n;
    }
    return false;
  }

  // Before `pos`: "to", "of" or "for", and a penalty word within eight words
  // of the same sentence.
  bool PenaltyBefore(std::size_t pos) const {
    std::size_t p = pos;
    for (int words = 0; words < 9; ++words) {
      while (p > 0 && !IsWordByte(t_[p - 1])) {
        const char c = t_[p - 1];
        if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == ':') return false;
        --p;
      }
      std::size_t b = p;
      while (b > 0 && IsLetter(t_[b - 1])) --b;
      if (b == p || (b > 0 && IsWordByte(t_[b - 1]))) return false;
      const std::size_t n = p - b;
      if (words == 0) {
        if (!(WordIs(b, n, "to") || WordIs(b, n, "of") || WordIs(b, n, "for"))) return false;
      } else if (WordIn(b, n, kBefore)) {
        return true;
      }
      p = b;
    }
    return false;
  }

 private:
  std::string_view t_;
};

}  // namespace

std::optional<PenaltyPeriod> PenaltyPeriodParser::ParseAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  const Reader r(text);
  const std::size_t first = r.Letters(pos);
  if (r.WordIs(pos, first, "life")) {
    const std::size_t q = pos + first + 1;
    if (q < text.size() && text[q - 1] == ' ') {
      const std::size_t n = r.Letters(q);
      if ((r.WordIs(q, n, "imprisonment") || r.WordIs(q, n, "sentence")) && r.EndsWord(q + n))
        return PenaltyPeriod{q + n - pos, "penalty-life", 0.85};
    }
    return std::nullopt;
  }
  // Most numbers are followed by no unit: refused on the first letter after
  // them (units start d, w, m, y, h; "additional", "further", "extra").
  // A hyphen ("two-year", "twenty-one years") goes to the full parse.
  const std::size_t after = pos + (first > 0 ? first : r.Digits(pos));
  if (after + 1 >= text.size() || (text[after] != ' ' && text[after] != '-')) return std::nullopt;
  if (text[after] == ' ') {
    switch (Lower(text[after + 1])) {
      case 'd':
      case 'w':
      case 'm':
      case 'y':
      case 'h':
      case 'a':
      case 'f':
      case 'e':
        break;
      default:
        return std::nullopt;
    }
  }
  bool hyphenated = false;
  std::size_t end = r.Duration(pos, &hyphenated);
  if (end == 0) return std::nullopt;
  // "three years and four months", "2 years, 6 months", "1 year 6 months".
  while (!hyphenated) {
    std::size_t q = end;
    if (q + 5 <= text.size() && r.WordIs(q + 1, 3, "and") && text[q] == ' ' && text[q + 4] == ' ')
      q += 5;
    else if (q + 2 <= text.size() && text[q] == ',' && text[q + 1] == ' ')
      q += 2;
    else if (q < text.size() && text[q] == ' ')
      q += 1;
    else
      break;
    bool h = false;
    const std::size_t next = r.Duration(q, &h);
    if (next == 0 || h) break;
    end = next;
  }
  if (r.PenaltyAfter(end) || r.PenaltyBefore(pos))
    return PenaltyPeriod{r.PossessiveEnd(end) - pos, "penalty-period", 0.8};
  return std::nullopt;
}

}  // namespace anonymiser::dates
