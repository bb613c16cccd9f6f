#include "age_expression.h"

#include <algorithm>
#include <array>

#include "ascii_bytes.h"
#include "date_parser.h"

namespace anonymiser::dates {
namespace {

constexpr std::array<std::string_view, 20> kSmall = {
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

class Reader {
 public:
  explicit Reader(std::string_view text) : t_(text) {}

  std::size_t Letters(std::size_t p) const { return AlphaRun(t_, p); }
  std::size_t DigitRun(std::size_t p) const { return dates::DigitRun(t_, p); }
  bool EndsWord(std::size_t p) const {
    return p >= t_.size() || !IsWordByte(static_cast<unsigned char>(t_[p]));
  }
  std::string LowerWord(std::size_t p, std::size_t n) const {
    std::string w(t_.substr(p, n));
    for (char& c : w) c = Lower(c);
    return w;
  }

  // A number as digits (0..120) or words ("twenty-three"); returns its length.
  std::size_t Number(std::size_t p, int* value) const {
    const std::size_t d = DigitRun(p);
    if (d > 0) {
      if (d > 3 || (p + d < t_.size() && IsLetter(t_[p + d]))) return 0;
      int v = 0;
      for (std::size_t i = 0; i < d; ++i) v = v * 10 + (t_[p + i] - '0');
      if (v > 120) return 0;
      *value = v;
      return d;
    }
    const std::size_t n = Letters(p);
    if (n == 0) return 0;
    const std::string w = LowerWord(p, n);
    for (int i = 1; i < 20; ++i)
      if (w == kSmall[i]) {
        *value = i;
        return n;
      }
    for (int i = 2; i < 10; ++i) {
      if (w != kTens[i]) continue;
      *value = i * 10;
      if (p + n + 1 < t_.size() && t_[p + n] == '-') {
        const std::size_t m = Letters(p + n + 1);
        const std::string unit = LowerWord(p + n + 1, m);
        for (int u = 1; u < 10; ++u)
          if (unit == kSmall[u]) {
            *value += u;
            return n + 1 + m;
          }
      }
      return n;
    }
    return 0;
  }

  // A unit word at `p`: "year(s)", "yr(s)", "month(s)", "week(s)", "day(s)".
  std::size_t Unit(std::size_t p, AgeUnit* unit, bool* plural) const {
    const std::size_t n = Letters(p);
    if (n == 0 || n > 6) return 0;  // "months" is the longest
    const char initial = Lower(t_[p]);
    if (initial != 'y' && initial != 'm' && initial != 'w' && initial != 'd') return 0;
    char lower[6];
    for (std::size_t i = 0; i < n; ++i) lower[i] = Lower(t_[p + i]);
    std::string_view w(lower, n);
    *plural = w.size() > 2 && w.back() == 's';
    if (*plural) w.remove_suffix(1);
    if (w == "year" || w == "yr") {
      *unit = AgeUnit::kYear;
    } else if (w == "month" || w == "mth") {
      *unit = AgeUnit::kMonth;
    } else if (w == "week" || w == "wk") {
      *unit = AgeUnit::kWeek;
    } else if (w == "day") {
      *unit = AgeUnit::kDay;
    } else {
      return 0;
    }
    return n;
  }

  // The length of a unit's abbreviation written on a number at `p`, as
  // forms give an age ("4m", "6w", "2y", "18mths", "3yrs", "10d"); 0 when none.
  std::size_t ShortUnit(std::size_t p, AgeUnit* unit) const {
    const std::size_t n = Letters(p);
    if (n == 0 || n > 4 || !EndsWord(p + n)) return 0;
    const std::string w = LowerWord(p, n);
    if (w == "m" || w == "mth" || w == "mths" || w == "mo" || w == "mos") {
      *unit = AgeUnit::kMonth;
    } else if (w == "w" || w == "wk" || w == "wks") {
      *unit = AgeUnit::kWeek;
    } else if (w == "y" || w == "yr" || w == "yrs") {
      *unit = AgeUnit::kYear;
    } else if (w == "d") {
      *unit = AgeUnit::kDay;
    } else {
      return 0;
    }
    return n;
  }

  // The end of a count in a smaller unit than `bigger` after an age's unit
  // that ends at `p` (" 8 months" of "3 years 8 months", ", 2 weeks", " and
  // 4 months"); 0 when none.
  std::size_t SmallerUnitAfter(std::size_t p, AgeUnit bigger) const {
    static constexpr std::string_view kUnitJoins[] = {" and ", ", ", " "};
    for (std::string_view join : kUnitJoins) {
      if (t_.substr(p, join.size()) != join) continue;
      const std::size_t q = p + join.size();
      int value = 0;
      const std::size_t num = Number(q, &value);
      if (num == 0 || q + num >= t_.size() || t_[q + num] != ' ') return 0;
      AgeUnit unit = AgeUnit::kYear;
      bool plural = false;
      const std::size_t u = Unit(q + num + 1, &unit, &plural);
      if (u == 0 || !EndsWord(q + num + 1 + u) ||
          static_cast<int>(unit) <= static_cast<int>(bigger))
        return 0;
      return q + num + 1 + u;
    }
    return 0;
  }

  // True when the number that ends at `end` counts something ("2 others",
  // "one of them", "3 children"): no age of a list.
  bool CountsAfter(std::size_t end) const {
    static constexpr std::string_view kCounted[] = {
        "of",      "other",   "others", "more", "people", "children", "siblings", "brothers",
        "sisters", "friends", "times",  "boys", "girls",  "men",      "women",    "members"};
    if (end + 1 >= t_.size() || t_[end] != ' ') return false;
    const std::string next = LowerWord(end + 1, Letters(end + 1));
    return std::find(std::begin(kCounted), std::end(kCounted), next) != std::end(kCounted);
  }

  // Takes the later numbers of a list of ages after the number that ends at
  // `p` (", 5", " and 8", ", and 8", " or 17") into `more`; returns where
  // the list ends. A number that counts something ("and 2 others", "and one
  // of them") ends the list before it.
  std::size_t ListAfter(std::size_t p, std::vector<std::pair<std::string, int>>* more) const {
    for (int k = 0; k < 8; ++k) {
      bool taken = false;
      static constexpr std::string_view kListJoins[] = {", and ", " and ", ", ", " or ", " & "};
      for (std::string_view join : kListJoins) {
        if (t_.substr(p, join.size()) != join) continue;
        const std::size_t q = p + join.size();
        int value = 0;
        const std::size_t num = Number(q, &value);
        if (num == 0 || !EndsWord(q + num) || CountsAfter(q + num)) break;
        more->emplace_back(std::string(join), value);
        p = q + num;
        taken = true;
        break;
      }
      if (!taken) break;
    }
    return p;
  }

  // The end of a range's upper end after the number that ends at `p`
  // ("-20", "–20", " to 20" of "18–20"), which must not be below `*value`:
  // `*value` becomes it. `p` when none.
  std::size_t RangeAfter(std::size_t p, int* value) const {
    static constexpr std::string_view kRangeJoints[] = {"-", "\xE2\x80\x93", " to "};
    for (std::string_view joint : kRangeJoints) {
      if (t_.substr(p, joint.size()) != joint) continue;
      int upper = 0;
      const std::size_t num = Number(p + joint.size(), &upper);
      if (num == 0 || upper < *value || !IsDigit(t_[p + joint.size()]) ||
          !EndsWord(p + joint.size() + num))
        return p;
      *value = upper;
      return p + joint.size() + num;
    }
    return p;
  }

  // "-year-old", " year old", " years old", "-years-old" at `p`; returns its length.
  std::size_t OldSuffix(std::size_t p, AgeUnit* unit, bool* compound) const {
    if (p >= t_.size() || (t_[p] != '-' && t_[p] != ' ')) return 0;
    bool plural = false;
    const std::size_t u = Unit(p + 1, unit, &plural);
    if (u == 0) return 0;
    const std::size_t q = p + 1 + u;
    if (q >= t_.size() || (t_[q] != '-' && t_[q] != ' ')) return 0;
    if (Letters(q + 1) != 3 || LowerWord(q + 1, 3) != "old" || !EndsWord(q + 4)) return 0;
    *compound = !plural;  // "a 23 year old" and "23-year-old" are adjectives
    return q + 4 - p;
  }

  // " years of age", " months of age" at `p`; returns its length.
  std::size_t OfAgeSuffix(std::size_t p, AgeUnit* unit) const {
    if (p >= t_.size() || t_[p] != ' ') return 0;
    bool plural = false;
    const std::size_t u = Unit(p + 1, unit, &plural);
    if (u == 0) return 0;
    const std::size_t q = p + 1 + u;
    if (q + 7 > t_.size() || LowerWord(q, 7) != " of age" || !EndsWord(q + 7)) return 0;
    return q + 7 - p;
  }

  std::string_view t_;
};

}  // namespace

namespace {

// True when the bytes before `pos`, folded to lower case, end with `tail`.
bool EndsBefore(std::string_view text, std::size_t pos, std::string_view tail) {
  if (pos < tail.size()) return false;
  for (std::size_t k = 0; k < tail.size(); ++k)
    if (Lower(text[pos - tail.size() + k]) != tail[k]) return false;
  return true;
}

// The start of the word that ends at `end` (letters, UTF-8, hyphens, apostrophes).
std::size_t WordStartBefore(std::string_view text, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && (IsLetter(text[b - 1]) || static_cast<unsigned char>(text[b - 1]) >= 0x80 ||
                   text[b - 1] == '-' || text[b - 1] == '\''))
    --b;
  return b;
}

// True when the number ending at `p` is the first of a date in figures: "/"
// and a digit follow ("11/11/1936", "14/3"), or a dot, digits, and a dot
// and a digit again ("11.11.1936"; not the decimal "2.5").
bool DateGoesOnAt(std::string_view text, std::size_t p) {
  if (p + 1 >= text.size() || !IsDigit(text[p + 1])) return false;
  if (text[p] == '/') return true;
  if (text[p] != '.') return false;
  std::size_t q = p + 1;
  while (q < text.size() && IsDigit(text[q])) ++q;
  return q + 1 < text.size() && text[q] == '.' && IsDigit(text[q + 1]);
}

// True when "'s " or "’s " ends right before `b` ("Mei-Ling’s mother").
bool PossessiveBefore(std::string_view text, std::size_t b) {
  return EndsBefore(text, b, "'s ") || EndsBefore(text, b, "\xE2\x80\x99s ");
}

// Words that make a number an estimate ("aged about 20", "male, approx 25").
constexpr std::string_view kHedges[] = {"about ",  "approx. ", "approx ", "approximately ",
                                        "around ", "roughly ", "circa ",  "c. ",
                                        "nearly ", "almost "};

// The length of the hedge that starts at `pos` ("about ", "approx. "), or 0.
std::size_t HedgeAt(std::string_view text, std::size_t pos) {
  for (std::string_view hedge : kHedges)
    if (pos + hedge.size() <= text.size() && EndsBefore(text, pos + hedge.size(), hedge))
      return hedge.size();
  return 0;
}

// The length of the hedge that ends at `pos`, starting a word ("approx " of
// "(approx 25"), or 0.
std::size_t HedgeBefore(std::string_view text, std::size_t pos) {
  for (std::string_view hedge : kHedges)
    if (EndsBefore(text, pos, hedge) &&
        (pos == hedge.size() || !IsWordByte(text[pos - hedge.size() - 1])))
      return hedge.size();
  return 0;
}

// True when a date's year ends at `end`: four digits ("1989", "02/09/2007")
// or two after "/" or "." ("02/09/07"), not "Chapter 5".
bool YearEndsAt(std::string_view text, std::size_t end) {
  std::size_t n = 0;
  while (n < end && n < 5 && IsDigit(text[end - 1 - n])) ++n;
  if (n == 4) return true;
  return n == 2 && end >= 3 && (text[end - 3] == '/' || text[end - 3] == '.');
}

// True when only spaces or a full stop lie between `pos` and the end of the
// line or of the text.
bool LineEndsAt(std::string_view text, std::size_t pos) {
  if (pos < text.size() && text[pos] == '.') ++pos;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos == text.size() || text[pos] == '\n' || text[pos] == '\r';
}

// True when a word's first byte `c` is an ASCII capital or starts a UTF-8
// letter ("Łucja": not sure of its case, taken as a name's).
bool StartsCapitalised(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') || u >= 0xC0;
}

// True when a word starting with a capital (ASCII, or a UTF-8 letter) ends
// at `end`.
bool CapitalisedWordEndsAt(std::string_view text, std::size_t end) {
  const std::size_t b = WordStartBefore(text, end);
  if (b == end || end - b < 2) return false;
  return StartsCapitalised(text[b]);
}

// The length of "10–11 months" or "3-4 weeks" at `pos` (`d` digits first)
// closed by a bracket, or 0.
std::size_t RangeWithUnitInBrackets(std::string_view text, std::size_t pos, std::size_t d) {
  const Reader r(text);
  std::size_t q = pos + d;
  if (text.substr(q).starts_with("\xE2\x80\x93")) {
    q += 3;
  } else if (q < text.size() && text[q] == '-') {
    ++q;
  } else {
    return 0;
  }
  const std::size_t d2 = r.DigitRun(q);
  if (d2 == 0 || d2 > 2 || q + d2 >= text.size() || text[q + d2] != ' ') return 0;
  AgeUnit unit = AgeUnit::kYear;
  bool plural = false;
  const std::size_t u = r.Unit(q + d2 + 1, &unit, &plural);
  if (u == 0 || q + d2 + 1 + u >= text.size() || text[q + d2 + 1 + u] != ')') return 0;
  return q + d2 + 1 + u - pos;
}

// True when `word` (lower case) names a relative: "son", "nan", "twins",
// "half-sister". The age rules take a number after such a word in brackets
// or as the subject of "was" or "is".
bool IsRelative(std::string_view word) {
  static constexpr std::string_view kRelatives[] = {
      "son",      "daughter",     "mother",       "father",       "brother",     "sister",
      "aunt",     "auntie",       "aunty",        "uncle",        "grandmother", "grandfather",
      "gran",     "granny",       "nan",          "nana",         "nanna",       "grandma",
      "grandad",  "granddad",     "grandpa",      "mum",          "dad",         "partner",
      "husband",  "wife",         "boyfriend",    "girlfriend",   "cousin",      "nephew",
      "niece",    "stepson",      "stepdaughter", "stepfather",   "stepmother",  "stepdad",
      "stepmum",  "half-brother", "half-sister",  "baby",         "child",       "sibling",
      "sons",     "daughters",    "brothers",     "sisters",      "twins",       "twin",
      "siblings", "children",     "grandson",     "granddaughter"};
  return std::find(std::begin(kRelatives), std::end(kRelatives), word) != std::end(kRelatives);
}

// True for a lower-case noun of a person that an age in brackets may follow:
// "a girl (9 yrs)", "two older males (17 and 19)".
bool IsPersonNoun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {
      "girl",  "boy",    "girls",  "boys",    "male",     "males",     "female",  "females",
      "man",   "men",    "woman",  "women",   "teenager", "teenagers", "toddler", "infant",
      "youth", "youths", "friend", "friends", "pupil",    "pupils",    "victim",  "suspect"};
  return std::find(std::begin(kNouns), std::end(kNouns), word) != std::end(kNouns);
}

// The length of a one- or two-digit number at `pos` (1 to 99) that stands
// alone after a capitalised word, between commas ("Leanne, 24, and") or in
// brackets ("Mother (19)", "Zain (then 13)", "Ruby-Jade (7 weeks)", "Rayan
// (6, Year 1)", "Chantelle Hargreaves (22; NHS No. ...)", "Johnny (six)"),
// with the unit when there is one ("7 weeks", "13yrs", "Kieran Mayhew, 13
// yrs, DOB": between commas only a year's abbreviation, as "Leeds, 3 years,"
// may be a stay); after a nickname in quotes ("Margaret ("Maggie", 19)");
// in brackets after "age" ("his age (12)", "Hodan's age (12)"); or in
// brackets after a date ("1948 (75 yrs)", "02/09/2007 (15)"); or 0.
std::size_t NameAgeAt(std::string_view text, std::size_t pos) {
  const Reader r(text);
  std::size_t d = r.DigitRun(pos);
  // ", now " or ", then " before the number ("Hope, now 11, is", "Brook,
  // then 18 months, had"): where the word before them ends; or "(now ",
  // "(then " ("the twins (now seven)").
  const std::size_t now_then = EndsBefore(text, pos, ", now ")    ? pos - 6
                               : EndsBefore(text, pos, ", then ") ? pos - 7
                                                                  : std::string_view::npos;
  const bool now_then_bracket = EndsBefore(text, pos, "(now ") || EndsBefore(text, pos, "(then ");
  const bool after_now_then = now_then != std::string_view::npos || now_then_bracket;
  // "Mary-Kate (nine) and Johnny (six)": a number word, in brackets; "her
  // son, now eleven,", "the twins (now seven)": after "now" or "then" too.
  const bool in_words = d == 0 && pos >= 2 && (text[pos - 1] == '(' || after_now_then);
  if (in_words) {
    int value = 0;
    d = r.Number(pos, &value);
    if (d == 0 || value < 1 || value > 99 || pos + d >= text.size()) return 0;
    const char end = text[pos + d];
    if (end != ')' && !(after_now_then && (end == ',' || end == ';' || end == '.'))) return 0;
  }
  // "Mrs Abena Mensah, 58" ending the line or the text: a genogram's list.
  const bool after_comma = pos >= 3 && text[pos - 1] == ' ' && text[pos - 2] == ',';
  if (!in_words && after_comma && d > 0 && d <= 2 && text[pos] != '0' &&
      LineEndsAt(text, pos + d) && CapitalisedWordEndsAt(text, pos - 2))
    return d;
  if (d == 0 || (!in_words && d > 2) || text[pos] == '0' || pos + d >= text.size()) return 0;
  std::size_t length = d;
  // "13yrs", "18mths": a unit's abbreviation written on the number, of two
  // letters or more ("5m" may be metres).
  if (!in_words && IsLetter(text[pos + d])) {
    AgeUnit unit = AgeUnit::kYear;
    const std::size_t u = r.ShortUnit(pos + d, &unit);
    if (u < 2 || pos + d + u >= text.size()) return 0;
    length = d + u;
  }
  const char after = text[pos + length];
  std::size_t word_end;                                       // the end of the word before
  auto bracket_before = [&](std::size_t at) -> std::size_t {  // "(", "(then ", "(now " before `at`
    if (at >= 3 && text[at - 1] == '(' && text[at - 2] == ' ') return at - 2;
    if (at >= 8 && text.substr(at - 6, 6) == "(then " && text[at - 7] == ' ') return at - 7;
    if (at >= 7 && text.substr(at - 5, 5) == "(now " && text[at - 6] == ' ') return at - 6;
    return std::string_view::npos;
  };
  // The length of the number, a space and a unit of age right before `close`
  // ("18 months,", "7 weeks)"), or 0.
  auto with_unit_before = [&](char close) -> std::size_t {
    AgeUnit unit = AgeUnit::kYear;
    bool plural = false;
    const std::size_t u = r.Unit(pos + d + 1, &unit, &plural);
    if (u == 0 || pos + d + 1 + u >= text.size() || text[pos + d + 1 + u] != close) return 0;
    return d + 1 + u;
  };
  // The same with a year's abbreviation only ("13 yrs,"), or 0.
  auto with_years_abbreviation_before = [&](char close) -> std::size_t {
    const std::size_t n = with_unit_before(close);
    const std::string_view unit = text.substr(pos + d + 1, n > d + 1 ? n - d - 1 : 0);
    return unit == "yrs" || unit == "yr" || unit == "Yrs" ? n : 0;
  };
  if (after_comma && (after == ',' || after == ')')) {
    word_end = pos - 2;  // "Leanne Whitaker, 24, and", "(... Dawn LANCASTER, 17)"
  } else if (after_comma && after == ' ' && pos + d + 1 < text.size() && text[pos + d + 1] == '(') {
    word_end = pos - 2;  // "Hope Nurse, 19 (Mark's daughter)"
  } else if (after_comma && after == ' ' &&
             (text.substr(pos + d).starts_with(" \u2013 ") ||
              text.substr(pos + d).starts_with(" - "))) {
    word_end = pos - 2;  // "Irene Smith, 72 – “Nana Reenie” to the family –"
  } else if (after_comma && after == ' ' && text.substr(pos + d).starts_with(" at the time")) {
    word_end = pos - 2;  // "Reece Flanagan-Oyelowo, 17 at the time, recruited"
  } else if (after_comma && after == ' ') {
    length = with_years_abbreviation_before(',');  // "Kieran Mayhew, 13 yrs, DOB"
    // "Zara, 7 weeks, seen by HV": a baby's age in weeks, months or days
    // (years may be a stay: "Leeds, 3 years,").
    if (length == 0) {
      const std::size_t n = with_unit_before(',');
      const std::string_view unit = text.substr(pos + d + 1, n > d + 1 ? n - d - 1 : 0);
      if (unit.starts_with("week") || unit.starts_with("wk") || unit.starts_with("month") ||
          unit.starts_with("mth") || unit.starts_with("day"))
        length = n;
    }
    if (length == 0) return 0;
    word_end = pos - 2;
  } else if (now_then != std::string_view::npos &&
             (after == ',' || after == ' ' || after == ';' ||
              (after == ')' && YearEndsAt(text, now_then)) ||
              (after == '.' && !(pos + d + 1 < text.size() && IsDigit(text[pos + d + 1]))))) {
    if (after == ' ') {  // "then 18 months,"
      length = with_unit_before(',');
      if (length == 0) return 0;
    }
    word_end = now_then;
    // "(DOB 03/04/2012, now 11)", "born 2012, now 11,": an age after a date.
    if (YearEndsAt(text, now_then)) return length;
  } else if (const std::size_t w = bracket_before(pos); w != std::string_view::npos) {
    if (const std::size_t range = RangeWithUnitInBrackets(text, pos, d)) {
      length = range;           // "Bay (10–11 months)"
    } else if (after == ' ') {  // "(7 weeks)", "(then 5 months)"
      length = with_unit_before(')');
      // "Bay Robson (14 months at the time of the incident)"
      if (length == 0) length = with_unit_before(' ');
      if (length != 0 && text[pos + length] == ' ' &&
          !text.substr(pos + length).starts_with(" at the time") &&
          !text.substr(pos + length).starts_with(" old"))
        length = 0;
      if (length == 0) return 0;
      // "DOB: 03/11/1948 (75 yrs)": an age with its unit after a date.
      if (w > 0 && IsDigit(text[w - 1])) return length;
    } else if (after == ')' && YearEndsAt(text, w)) {
      return length;  // "02/09/2007 (15)", "17 Aug 1989 (31)": an age after a date
    } else if (after != ')' && !((after == ',' || after == ';') && w == pos - 2)) {
      return 0;  // but "Rayan (6, Year 1 at ...)", "Chantelle Hargreaves (22; NHS No."
    }
    word_end = w;
  } else {
    return 0;
  }
  // "Romeo Lungu ("Ro"), 15,": a nickname in brackets between the name and its age.
  if (after_comma && word_end == pos - 2 && text[word_end - 1] == ')') {
    const std::size_t open = text.rfind('(', word_end - 1);
    if (open == std::string_view::npos || open < 2 || word_end - open > 30 ||
        text[open - 1] != ' ' || IsDigit(text[open + 1]))  // not "Jones (2019), 15"
      return 0;
    word_end = open - 1;
  }
  // "Margaret ("Maggie", 19)": a nickname in quotes opening the brackets.
  const bool quoted = word_end >= 2 && text[word_end - 1] == '"';
  if (quoted) --word_end;
  // "K.N. (16)": initials, each with its dot.
  if (word_end >= 4 && text[word_end - 1] == '.' && IsUpper(text[word_end - 2]) &&
      text[word_end - 3] == '.' && IsUpper(text[word_end - 4]))
    return length;
  std::size_t b = WordStartBefore(text, word_end);
  // "Child S (2)", "Baby T (5 months)": the report's pseudonym, a letter.
  if (word_end - b == 1 && StartsCapitalised(text[b]) && b >= 2 && text[b - 1] == ' ') {
    for (std::string_view head : {"child", "baby", "sibling", "adult", "person"})
      if (EndsBefore(text, b - 1, head) &&
          (b - 1 == head.size() || !IsLetter(text[b - 2 - head.size()])))
        return length;
  }
  if (b == word_end || word_end - b < 2) return 0;
  // A nickname of two or three words: Mohamed Abdullahi ("Moe Bandz", 15).
  for (int k = 0; quoted && k < 2 && b >= 2 && text[b - 1] == ' ' && text[b - 2] != '"'; ++k)
    b = WordStartBefore(text, b - 1);
  if (quoted && (b < 2 || text[b - 1] != '"' || text[b - 2] != '(')) return 0;
  // Capitalised (an ASCII capital, or a letter of UTF-8 such as "Łucja").
  if (StartsCapitalised(text[b])) return length;
  // "his age (12)", "Hodan's age (12)": the number in brackets after "age".
  if (text[pos - 1] == '(' && word_end - b == 3 && EndsBefore(text, word_end, "age")) return length;
  // "Sky (son, 15)", "(daughter, 4)": a kinship word in brackets;
  // "(Mei-Ling’s mother, 71)": after a person's name and "'s"; "her younger
  // daughter, now 17.": before ", now" or ", then".
  // "the twins (now seven)": before "(now" or "(then".
  // "her daughter (14)", "the baby (3 months)": right after the kinship word.
  if ((after == ')' && b > 0 && (text[b - 1] == '(' || PossessiveBefore(text, b))) ||
      (pos + length < text.size() && text[pos + length] == ')' && text[word_end] == ' ' &&
       text[word_end + 1] == '(') ||
      (now_then != std::string_view::npos && word_end == now_then) ||
      (after == ')' && now_then_bracket)) {
    const std::string word = r.LowerWord(b, word_end - b);
    if (IsRelative(word)) return length;
    // "a girl (9 yrs)": a person's noun right before the brackets.
    // (One age after one person: "the men (2)" counts them.)
    if (text[word_end] == ' ' && text[word_end + 1] == '(' && IsPersonNoun(word) &&
        word.back() != 's' && word != "men" && word != "women")
      return length;
  }
  return 0;
}

// The length of a list of ages in brackets starting at `pos`, after a
// kinship word or a capitalised name: "her sons (17 and 19)", "the children
// (4, 6 and 9)", "Jade and Tyler (15 and 12)"; the later numbers go into
// `more`. Or 0.
std::size_t BracketAgeListAt(std::string_view text, std::size_t pos,
                             std::vector<std::pair<std::string, int>>* more) {
  const Reader r(text);
  const std::size_t d = r.DigitRun(pos);
  if (d == 0 || d > 2 || text[pos] == '0' || pos < 3 || text[pos - 1] != '(' ||
      text[pos - 2] != ' ')
    return 0;
  std::vector<std::pair<std::string, int>> list;
  const std::size_t end = r.ListAfter(pos + d, &list);
  if (list.empty() || end >= text.size() || text[end] != ')') return 0;
  for (const auto& item : list)
    if (item.second < 1 || item.second > 99) return 0;
  const std::size_t word_end = pos - 2;
  const std::size_t b = WordStartBefore(text, word_end);
  if (word_end - b < 2) return 0;
  const std::string word = r.LowerWord(b, word_end - b);
  if (!IsRelative(word) && !IsPersonNoun(word) && !StartsCapitalised(text[b])) return 0;
  *more = std::move(list);
  return end - pos;
}

// The length of a one- or two-digit number at `pos` (1 to 99) that is a
// person's age by the verb before it: "Karolina was 18.", "Ms Davies-Campbell
// is 26.", "she was 16 when", "was nearly four,", "had just turned 16 in",
// "Patrick turns 17 in February", "Jade is turning 15 next month", after a
// capitalised word or "he"/"she", and before the end of a clause (". , ; :"
// or " when", " and", " at the time"; after "turned", "turns" or "turning"
// also " in", " that", " last", " next" ...).
// "The score was 18.", "it was 5" and "the road turns 90 degrees" are no ages.
std::size_t AgeAfterVerbAt(std::string_view text, std::size_t pos) {
  // Every verb and word of degree below ends one space before the number.
  if (pos == 0 || text[pos - 1] != ' ') return 0;
  const Reader r(text);
  // Digits ("18") or a number word ("nine", "twenty-three").
  int value = 0;
  const std::size_t d = r.Number(pos, &value);
  if (d == 0 || value < 1 || value > 110 || text[pos] == '0') return 0;
  // "was nearly four", "is almost 16", "was only 15": a word of degree between.
  std::size_t q = pos;
  static constexpr std::string_view kAdverbs[] = {" nearly ", " almost ", " only ", " just ",
                                                  " barely ", " now ",    " then "};
  for (std::string_view adverb : kAdverbs)
    if (EndsBefore(text, q, adverb)) {
      q -= adverb.size() - 1;
      break;
    }
  std::size_t verb_start;
  bool turned = false;
  if (EndsBefore(text, q, " was ")) {
    verb_start = q - 5;
  } else if (EndsBefore(text, q, " is ")) {
    verb_start = q - 4;
  } else if (const std::size_t turn = EndsBefore(text, q, " turned ")    ? 8
                                      : EndsBefore(text, q, " turns ")   ? 7
                                      : EndsBefore(text, q, " turning ") ? 9
                                                                         : 0;
             turn != 0) {  // "had just turned 16", "when she turned 18", "he turns 17 in"
    verb_start = q - turn;
    turned = true;
    static constexpr std::string_view kAuxiliaries[] = {" had",  " has",     " just", " recently",
                                                        " then", " finally", " is",   " was",
                                                        " be",   " will",    " soon"};
    for (int k = 0; k < 2; ++k)
      for (std::string_view aux : kAuxiliaries)
        if (EndsBefore(text, verb_start, aux)) {
          verb_start -= aux.size();
          break;
        }
  } else {
    return 0;
  }
  const std::size_t e = pos + d;
  if (e < text.size()) {
    const char after = text[e];
    const std::string_view rest = text.substr(e);
    bool clause_end = after == '.' || after == ',' || after == ';' || after == ':' ||
                      after == '?' || after == '!' || after == ')' || rest.starts_with(" when ") ||
                      rest.starts_with(" and ") || rest.starts_with(" at the ") ||
                      rest.starts_with(" (");
    // "turned 16 in May", "turned 18 that summer"; never "turned 90 degrees".
    static constexpr std::string_view kClauseStarts[] = {
        " in ",      " on ",   " that ", " this ", " last ", " next ", " during ",
        " shortly ", " just ", " but ",  " so ",   " she ",  " he ",   " later "};
    if (turned)
      for (std::string_view next : kClauseStarts) clause_end = clause_end || rest.starts_with(next);
    if (!clause_end) return 0;
    // "was 18.5", "is 26,000": a number goes on.
    if ((after == '.' || after == ',') && e + 1 < text.size() && IsDigit(text[e + 1])) return 0;
  }
  if (verb_start > 1 && text[verb_start - 1] == ')') {
    // "Granny Morag (maternal grandmother) is 71": the subject before the brackets.
    const std::size_t open = text.rfind('(', verb_start - 1);
    if (open == std::string_view::npos || open < 2 || verb_start - open > 80 ||
        text[open - 1] != ' ')
      return 0;
    verb_start = open - 1;
  } else if (verb_start > 1 && text[verb_start - 1] == ',') {
    // "Grace Adebayo-Mensah, was 19 when": a comma between name and verb.
    --verb_start;
    // "Granny Morag, who lives nearby, is 71": the subject before a relative clause.
    const std::size_t b = WordStartBefore(text, verb_start);
    if (b < verb_start && IsLower(text[b])) {
      const std::size_t from = verb_start > 120 ? verb_start - 120 : 0;
      const std::string_view window = text.substr(from, verb_start - from);
      std::size_t who = window.rfind(", who ");
      if (who == std::string_view::npos) who = window.rfind(", whose ");
      if (who != std::string_view::npos && window.find('.', who) == std::string_view::npos)
        verb_start = from + who;
    }
  }
  const std::size_t b = WordStartBefore(text, verb_start);
  if (verb_start - b < 2) return 0;
  const std::string_view subject = text.substr(b, verb_start - b);
  const auto first = static_cast<unsigned char>(subject[0]);
  const bool capitalised = (first >= 'A' && first <= 'Z') || first >= 0xC0;
  std::string folded(subject);
  for (char& c : folded) c = Lower(c);
  // "her nan is 71", "the victim was 16": a word for a relative or a person.
  static constexpr std::string_view kPeople[] = {
      "boy",      "girl",     "victim",   "applicant", "complainant", "defendant",
      "deceased", "teenager", "youngest", "eldest",    "oldest"};
  const bool person = IsRelative(folded) || std::find(std::begin(kPeople), std::end(kPeople),
                                                      folded) != std::end(kPeople);
  const bool pronoun = folded == "he" || folded == "she" || folded == "who" || person;
  // "It", "This", "There" and the like start sentences without being anybody.
  const bool not_person = folded == "it" || folded == "this" || folded == "that" ||
                          folded == "there" || folded == "what" || folded == "which" ||
                          folded == "score" || folded == "total" || folded == "number";
  if (not_person || !(pronoun || capitalised)) return 0;
  return d;
}

// The length of a decade of life at `pos` after "his", "her" or "their"
// and perhaps "early", "mid", "late" ("in her 30s", "his late forties",
// "their mid-20s"); 0 when none ("the 1990s", "the late 90s" are eras).
std::size_t DecadeAgeAt(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kDecades[] = {"twenties", "thirties",  "forties",  "fifties",
                                                  "sixties",  "seventies", "eighties", "nineties"};
  const Reader r(text);
  std::size_t n = 0;
  const std::size_t digits = r.DigitRun(pos);
  if (digits == 2 && text[pos] >= '2' && text[pos + 1] == '0') {
    n = 2;
    if (pos + 3 < text.size() && text[pos + 2] == '\'') ++n;  // "30's"
    if (pos + n >= text.size() || Lower(text[pos + n]) != 's') return 0;
    ++n;
  } else if (const std::size_t letters = r.Letters(pos);
             digits == 0 && letters >= 7 && letters <= 9 && Lower(text[pos + letters - 1]) == 's') {
    const std::string w = r.LowerWord(pos, letters);
    if (std::find(std::begin(kDecades), std::end(kDecades), w) == std::end(kDecades)) return 0;
    n = w.size();
  } else {
    return 0;
  }
  if (!r.EndsWord(pos + n)) return 0;
  std::size_t q = pos;
  static constexpr std::string_view kDegrees[] = {"early ", "mid ", "mid-", "late "};
  for (std::string_view degree : kDegrees)
    if (EndsBefore(text, q, degree)) {
      q -= degree.size();
      break;
    }
  static constexpr std::string_view kOwners[] = {"his ", "her ", "their "};
  for (std::string_view owner : kOwners)
    if (EndsBefore(text, q, owner) && (q == owner.size() || !IsLetter(text[q - owner.size() - 1])))
      return n;
  return 0;
}

// The length of a number at `pos` (1 to 110, digits or words) that is a
// person's age by "at" before it, at a sentence's start (after a
// paragraph's number too) or after a comma, and a personal pronoun after it
// (he, she, they, I; a comma between): "At 16 he moved out", "4.2 At 16 he",
// "Later, at 14, she left school", "At sixteen I"; or 0. A time or an
// address is no age: "At 16:00 he", "At 9.30 she", "at 14 Acacia Road she";
// nor a number in the middle of a clause ("looked at 3 he").
std::size_t AgeAtStartAt(std::string_view text, std::size_t pos) {
  if (!EndsBefore(text, pos, "at ")) return 0;
  const Reader r(text);
  int value = 0;
  const std::size_t d = r.Number(pos, &value);
  if (d == 0 || value < 1 || value > 110 || text[pos] == '0') return 0;
  const std::size_t at = pos - 3;
  if (at > 0 && IsWordByte(text[at - 1])) return 0;  // "that 16", "Pat 16"
  std::size_t b = at;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0) {
    const char c = text[b - 1];
    const bool start = c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' ||
                       c == '\n' || c == '\r' || c == '(' || c == '"' ||
                       (IsDigit(c) && text[at] == 'A');  // "4.2 At 16"
    if (!start) return 0;
  }
  std::size_t e = pos + d;
  if (e < text.size() && text[e] == ',') ++e;
  if (e >= text.size() || text[e] != ' ') return 0;
  ++e;
  const std::size_t n = r.Letters(e);
  if (n == 0 || n > 4 || !r.EndsWord(e + n)) return 0;
  const std::string pronoun = r.LowerWord(e, n);
  return pronoun == "he" || pronoun == "she" || pronoun == "they" || pronoun == "i" ? d : 0;
}

// True when `word` (lower case) is a word for a person that an estimated
// age may describe ("male", "woman", "driver"); `*plural` is set for
// "males", "men".
bool PersonNoun(std::string_view word, bool* plural) {
  static constexpr std::string_view kPeople[] = {
      "male",     "female",    "man",        "woman",     "boy",    "girl",    "lad",
      "youth",    "teenager",  "adult",      "person",    "driver", "suspect", "offender",
      "attacker", "passenger", "individual", "gentleman", "lady"};
  *plural = false;
  if (word == "men" || word == "women") {
    *plural = true;
    return true;
  }
  if (word.size() > 3 && word.back() == 's') {
    *plural = true;
    word.remove_suffix(1);
  }
  return std::find(std::begin(kPeople), std::end(kPeople), word) != std::end(kPeople);
}

// The length of an estimated age at `pos`: digits (1 to 110) after a hedge
// ("approx", "approx.", "approximately", "about", "around", "roughly",
// "circa", "c."), with a range and a unit of years when they follow ("18–20
// yrs", "25yrs"), where the words before describe a person. The hedge comes
// after a comma or a bracket, and the last word before it, or before one or
// two short descriptions between commas, is a word for a person: "male,
// approx 25", "Driver male, Asian, approx 25.", "two older males (approx
// 18–20 yrs)"; a plural word only with the unit ("the men (about 20)" may
// count them). The number ends its phrase. 0 when not: "approx 25 minutes",
// "the man lived there, approx 3 yrs", "it rose, approx 25." ("aged about
// 20" is read with "aged").
std::size_t ApproxAgeAt(std::string_view text, std::size_t pos) {
  const Reader r(text);
  const std::size_t d = r.DigitRun(pos);
  if (d == 0 || d > 3 || text[pos] == '0') return 0;
  int value = 0;
  for (std::size_t k = 0; k < d; ++k) value = value * 10 + (text[pos + k] - '0');
  if (value > 110) return 0;
  // The hedge, after a comma or a bracket (read below): most numbers have none.
  const std::size_t hedge = HedgeBefore(text, pos);
  if (hedge == 0 || pos - hedge < 2) return 0;
  // The range and the unit of years.
  std::size_t end = r.RangeAfter(pos + d, &value);
  bool years = false;
  AgeUnit unit = AgeUnit::kYear;
  if (end < text.size() && IsLetter(text[end])) {
    const std::size_t u = r.ShortUnit(end, &unit);
    if (u == 0 || unit != AgeUnit::kYear) return 0;
    end += u;
    years = true;
  } else if (end + 1 < text.size() && text[end] == ' ') {
    bool plural = false;
    const std::size_t u = r.Unit(end + 1, &unit, &plural);
    if (u != 0 && unit == AgeUnit::kYear && r.EndsWord(end + 1 + u)) {
      end += 1 + u;
      years = true;
    }
  }
  // It ends its phrase.
  if (end < text.size()) {
    const char c = text[end];
    const std::string_view rest = text.substr(end);
    const bool phrase_end =
        c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' || c == '\n' ||
        c == '\r' || (c == '.' && !(end + 1 < text.size() && IsDigit(text[end + 1]))) ||
        rest.starts_with(" and ") || rest.starts_with(" with ") || rest.starts_with(" wearing ");
    if (!phrase_end) return 0;
  }
  std::size_t e = pos - hedge;  // the end of the words that describe the person
  if (text[e - 1] == '(') {
    e -= 1;
    if (e > 0 && text[e - 1] == ' ') --e;
  } else if (text[e - 1] == ' ' && text[e - 2] == ',') {
    e -= 2;
  } else {
    return 0;
  }
  // The last word of each description back, over at most two of one or two words.
  for (int description = 0; description < 3; ++description) {
    const std::size_t b = WordStartBefore(text, e);
    if (b == e) return 0;
    bool plural = false;
    if (PersonNoun(r.LowerWord(b, e - b), &plural)) return !plural || years ? end - pos : 0;
    std::size_t s = b;
    if (s >= 2 && text[s - 1] == ' ' && text[s - 2] != ',') {  // a second word
      s = WordStartBefore(text, s - 1);
      if (s == b - 1) return 0;
    }
    if (s < 2 || text[s - 1] != ' ' || text[s - 2] != ',') return 0;
    e = s - 2;
  }
  return 0;
}

// True when the date `cell` holds a time ("18/10/2021 22:47", "3 May 2014
// at 2pm"): an event's, not a birth's.
bool TimeIn(std::string_view cell) {
  if (cell.find(':') != std::string_view::npos || cell.find(" at ") != std::string_view::npos)
    return true;
  return cell.size() > 2 && Lower(cell.back()) == 'm' &&
         (Lower(cell[cell.size() - 2]) == 'a' || Lower(cell[cell.size() - 2]) == 'p');
}

// True when `c` separates the cells of a table row.
bool CellSeparator(char c) { return c == '|' || c == '\t'; }

// The cell whose text ends at `end` (a separator or a line's end after it):
// [*begin, end) with the spaces around it trimmed; returns the position of
// the separator before it, or npos when the cell starts its row.
std::size_t CellBefore(std::string_view text, std::size_t end, std::size_t* begin,
                       std::size_t* trimmed_end) {
  std::size_t e = end;
  while (e > 0 && text[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && !CellSeparator(text[b - 1]) && text[b - 1] != '\n') --b;
  const std::size_t separator =
      b > 0 && CellSeparator(text[b - 1]) ? b - 1 : std::string_view::npos;
  while (b < e && text[b] == ' ') ++b;
  *begin = b;
  *trimmed_end = e;
  return separator;
}

// Cell `column` of the table row `line` (0: the text before its first
// `separator`), spaces trimmed; empty when the row has fewer cells.
std::string_view CellOf(std::string_view line, char separator, std::size_t column) {
  std::size_t b = 0;
  for (std::size_t k = 0; k < column; ++k) {
    b = line.find(separator, b);
    if (b == std::string_view::npos) return {};
    ++b;
  }
  std::size_t e = line.find(separator, b);
  if (e == std::string_view::npos) e = line.size();
  while (b < e && line[b] == ' ') ++b;
  while (e > b && (line[e - 1] == ' ' || line[e - 1] == '\r')) --e;
  return line.substr(b, e - b);
}

// The first row of the table whose row starts at byte `row`: the topmost of
// the lines just above it that hold `separator` (rules such as "|---|---|"
// passed, at most 60 lines up); empty when the row is the table's first.
std::string_view FirstRowAbove(std::string_view text, std::size_t row, char separator) {
  std::string_view first;
  for (int k = 0; k < 60 && row > 0; ++k) {
    const std::size_t end = row - 1;  // the line break
    std::size_t begin = end;
    while (begin > 0 && text[begin - 1] != '\n') --begin;
    const std::string_view line = text.substr(begin, end - begin);
    if (line.find(separator) == std::string_view::npos) break;
    if (line.find_first_not_of("|-:+ \t\r") != std::string_view::npos) first = line;
    row = begin;
  }
  return first;
}

// True when the header cells of a date and of the number after it name a
// date of birth or an age: "DOB", "Date of birth", "D.O.B.", "Born"; "Age",
// "Age (yrs)".
bool BirthOrAgeHeader(std::string_view date_head, std::string_view age_head) {
  std::string date(date_head), age(age_head);
  for (char& c : date) c = Lower(c);
  for (char& c : age) c = Lower(c);
  for (std::string_view birth : {"birth", "dob", "d.o.b", "born"})
    if (date.find(birth) != std::string::npos) return true;
  return age.starts_with("age") && (age.size() == 3 || !IsLetter(age[3]));
}

// The length of a number (0 to 120) alone in a cell of a table row (cells
// between "|" or tabs) right after a cell that holds only a date of birth,
// a whole day with its year from 1900 on and no time, which in turn follows
// a cell of words, the person's name or role: "| Zofia Brennan | 17.08.2014
// | 9 | St Hugh's |", "Jakub<TAB>02/01/2020<TAB>4". When the table has a
// header, it names the date a date of birth or the number an age ("Name |
// DOB | Age"). 0 for a number after any other cell; after a date that leads
// its row or follows a date or a time ("| 12/03/2023 | 5 | HV visit |": a
// chronology's event and a count); after a date with a time ("| lobby |
// 18/10/2021 22:47 | 2 |"); under other headers ("Type | Date | Count").
std::size_t TableAgeAt(std::string_view text, std::size_t pos) {
  const Reader r(text);
  const std::size_t d = r.DigitRun(pos);
  if (d == 0 || d > 3 || (text[pos] == '0' && d > 1)) return 0;
  int value = 0;
  for (std::size_t k = 0; k < d; ++k) value = value * 10 + (text[pos + k] - '0');
  if (value > 120) return 0;
  // The number fills its cell.
  std::size_t e = pos + d;
  while (e < text.size() && text[e] == ' ') ++e;
  if (e < text.size() && !CellSeparator(text[e]) && text[e] != '\n' && text[e] != '\r') return 0;
  std::size_t s = pos;
  while (s > 0 && text[s - 1] == ' ') --s;
  if (s == 0 || !CellSeparator(text[s - 1])) return 0;
  // The cell before it, a date of birth, and the cell before that, words.
  std::size_t date_begin = 0, date_end = 0, name_begin = 0, name_end = 0;
  const std::size_t date_separator = CellBefore(text, s - 1, &date_begin, &date_end);
  if (date_separator == std::string_view::npos || date_begin >= date_end) return 0;
  const std::optional<DateExpression> date =
      DateParser::ParseAt(text.substr(0, date_end), date_begin, true, DatePieces::kSkip);
  if (!date || date->precision != Precision::kDay || !date->has_year || date->year < 1900 ||
      date_begin + date->length != date_end ||
      TimeIn(text.substr(date_begin, date_end - date_begin)))
    return 0;
  CellBefore(text, date_separator, &name_begin, &name_end);
  if (name_begin >= name_end || !IsLetter(text[name_begin])) return 0;
  const std::optional<DateExpression> name =  // "| Mon | 12/03/2023 | 5 |"
      DateParser::ParseAt(text.substr(0, name_end), name_begin, true, DatePieces::kSkip);
  if (name && name_begin + name->length == name_end) return 0;
  // The header, when the first row is one (not a row of data with its date).
  std::size_t row = s;
  while (row > 0 && text[row - 1] != '\n') --row;
  const char separator = text[s - 1];
  const std::string_view first = FirstRowAbove(text, row, separator);
  if (first.empty()) return d;
  const auto column = static_cast<std::size_t>(
      std::count(text.begin() + static_cast<std::ptrdiff_t>(row),
                 text.begin() + static_cast<std::ptrdiff_t>(s), separator));
  const std::string_view date_head = CellOf(first, separator, column - 1);
  const std::optional<DateExpression> data =
      date_head.empty() ? std::nullopt : DateParser::ParseAt(date_head, 0, true, DatePieces::kSkip);
  if (data && data->length == date_head.size()) return d;
  return BirthOrAgeHeader(date_head, CellOf(first, separator, column)) ? d : 0;
}

// True when "N weeks" at `pos` is a pregnancy's length: before "gestation"
// or "pregnant" ("19 weeks gestation", "19 weeks' gestation", "9 weeks
// pregnant"), or after "born at", "pregnant (at|about|approx.)".
bool GestationAround(std::string_view text, std::size_t pos, std::size_t end) {
  const std::string_view rest = text.substr(end, std::min<std::size_t>(16, text.size() - end));
  std::string after(rest);
  for (char& c : after) c = Lower(c);
  if (after.starts_with(" gestation") || after.starts_with("' gestation") ||
      after.starts_with("\xE2\x80\x99 gestation") || after.starts_with(" pregnant") ||
      after.starts_with(" of pregnancy") || after.starts_with(" of gestation"))
    return true;
  for (std::string_view before : {"born at ", "pregnant at ", "pregnant ", "pregnant approx. ",
                                  "pregnant about ", "pregnant around ", "gestation of "})
    if (EndsBefore(text, pos, before)) return true;
  return false;
}

// After "Age" at `at`: " at death |", " at print:" (" at " and one to three
// words, then a colon or a bar); the position after the colon or bar, or 0.
std::size_t AgeAtLabelEnd(std::string_view text, std::size_t at) {
  if (!text.substr(at).starts_with(" at ")) return 0;
  std::size_t q = at + 4;
  int words = 0;
  while (q < text.size() && words < 3) {
    const std::size_t b = q;
    while (q < text.size() && IsLetter(text[q])) ++q;
    if (q == b) return 0;
    ++words;
    while (q < text.size() && text[q] == ' ') ++q;
    if (q < text.size() && (text[q] == ':' || text[q] == '|')) return q + 1;
  }
  return 0;
}

}  // namespace

std::optional<AgeExpression> AgeParser::ParseAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  const Reader r(text);
  AgeExpression age;
  std::size_t p = pos;
  const std::size_t n = r.Letters(p);
  const std::string word = n > 0 && n <= 4 ? r.LowerWord(p, n) : std::string();
  // "Age at death | 84 years", "Age at print: 10 weeks": a form's label too.
  const std::size_t age_at = word == "age" ? AgeAtLabelEnd(text, p + n) : 0;
  const bool label =
      word == "age" && ((p + n + 1 < text.size() && text[p + n] == ':') || age_at != 0);
  const bool ages = word == "ages";
  if ((word == "aged" || word == "age" || ages) && p + n < text.size() &&
      (text[p + n] == ' ' || label)) {
    // "aged 17", "age 4", "age of 15", "aged 3 months", "aged seventeen years";
    // a form's "Age: 13 weeks"; a list, "aged 16 and 17", "ages 3, 5 and 8";
    // a range, "aged 18-20" (banded by its upper end); an estimate, "aged
    // about 20", "aged approx. 25" (the hedge is part of the prefix).
    std::size_t q = age_at != 0 ? age_at : p + n + 1;
    while (label && q < text.size() && (text[q] == ' ' || text[q] == '\t')) ++q;
    if (word == "age" && r.Letters(q) == 2 && r.LowerWord(q, 2) == "of" && q + 2 < text.size() &&
        text[q + 2] == ' ')
      q += 3;
    if (word == "aged") q += HedgeAt(text, q);
    age.prefix = std::string(text.substr(p, q - p));
    age.rule = "aged";
    age.score = 0.9;
    int value = 0;
    const std::size_t num = r.Number(q, &value);
    if (num == 0 && !ages) {
      // "Age: 4m", "aged 18mths": the unit's abbreviation on the number.
      const std::size_t digits = r.DigitRun(q);
      AgeUnit unit = AgeUnit::kYear;
      const std::size_t u = digits > 0 && digits <= 2 ? r.ShortUnit(q + digits, &unit) : 0;
      if (u == 0) return std::nullopt;
      for (std::size_t k = 0; k < digits; ++k) age.value = age.value * 10 + (text[q + k] - '0');
      age.unit = unit;
      age.suffix = std::string(text.substr(q + digits, u));
      age.length = q + digits + u - pos;
      return age;
    }
    if (num == 0) return std::nullopt;
    // "DOB / age: 11/11/1936", "age: 11.11.1936": a date of birth, read by
    // the date parser (but "aged 2.5 years" is an age).
    if (DateGoesOnAt(text, q + num)) return std::nullopt;
    age.value = value;
    std::size_t end = r.RangeAfter(q + num, &age.value);  // "18–20" goes on after "18"
    if (!r.EndsWord(end)) return std::nullopt;
    if (end == q + num) end = r.ListAfter(end, &age.more);
    if (ages && age.more.empty()) return std::nullopt;  // "for ages 2 hours"
    if (!age.more.empty()) age.rule = "aged-list";
    bool plural = false;
    AgeUnit unit = AgeUnit::kYear;
    if (end < text.size() && text[end] == ' ') {
      const std::size_t u = r.Unit(end + 1, &unit, &plural);
      if (u > 0 && r.EndsWord(end + 1 + u)) {
        std::size_t stop = end + 1 + u;
        // "aged 3 years 8 months": banded by the larger unit, the smaller dropped.
        const std::size_t smaller = r.SmallerUnitAfter(stop, unit);
        const std::size_t after = smaller != 0 ? smaller : stop;
        std::size_t old = after;
        if (after + 4 <= text.size() && text[after] == ' ' && r.LowerWord(after + 1, 3) == "old" &&
            r.EndsWord(after + 4))
          old = after + 4;
        age.suffix = std::string(text.substr(end, stop - end)) +
                     std::string(text.substr(after, old - after));
        age.unit = unit;
        end = old;
      }
    }
    age.length = end - pos;
    return age;
  }
  if ((word == "a" || word == "an") && p + n < text.size() && text[p + n] == ' ') {
    // "a 23-year-old", "an 18 year old".
    auto inner = ParseAt(text, p + n + 1);
    if (!inner || inner->rule == "aged") return std::nullopt;
    inner->prefix = std::string(text.substr(p, n + 1)) + inner->prefix;
    inner->article = true;
    inner->length += n + 1;
    return inner;
  }
  // A number alone, banded: "Leanne Whitaker, 24, and", "Mother (19)" (with
  // its unit, "7 weeks", banded like any other age); "Karolina was 18.";
  // "17" of "aged 16 and 17".
  auto alone = [&](std::size_t d, const char* rule, double score) {
    r.Number(p, &age.value);
    age.length = d;
    age.rule = rule;
    age.score = score;
    return age;
  };
  if (const std::size_t d = BracketAgeListAt(text, p, &age.more)) {
    r.Number(p, &age.value);
    age.length = d;
    age.rule = "bracket-age-list";
    age.score = 0.7;
    return age;
  }
  if (const std::size_t d = NameAgeAt(text, p))
    return alone(d, r.Letters(p) == d || r.DigitRun(p) == d ? "name-age" : "name-age-unit", 0.7);
  if (const std::size_t d = AgeAfterVerbAt(text, p)) return alone(d, "age-after-verb", 0.7);
  if (const std::size_t d = AgeAtStartAt(text, p)) return alone(d, "age-at", 0.7);
  if (const std::size_t d = ApproxAgeAt(text, p)) return alone(d, "approx-age", 0.7);
  if (const std::size_t d = TableAgeAt(text, p)) return alone(d, "table-age", 0.8);
  if (const std::size_t d = DecadeAgeAt(text, p)) {
    age.length = d;
    age.rule = "age-decade";
    age.score = 0.8;
    return age;
  }
  // "14yo", "a 16 y/o": the years of an age, as notes abbreviate them.
  if (const std::size_t digits = r.DigitRun(p); digits > 0 && digits <= 3) {
    static constexpr std::string_view kYearsMarks[] = {"yo", "y/o", " y/o", " yo"};
    for (std::string_view mark : kYearsMarks) {
      const std::size_t end = p + digits + mark.size();
      if (end > text.size() || !EndsBefore(text, end, mark) || !r.EndsWord(end) || text[p] == '0')
        continue;
      for (std::size_t k = 0; k < digits; ++k) age.value = age.value * 10 + (text[p + k] - '0');
      age.suffix = std::string(text.substr(p + digits, mark.size()));
      age.compound = true;
      age.length = end - p;
      age.rule = "year-old";
      age.score = 0.9;
      return age;
    }
  }
  int value = 0;
  std::size_t num = r.Number(p, &value);
  if (num == 0) return std::nullopt;
  // "2 to 4 weeks old", "2-4 years old": a range, banded by its upper end.
  bool range = false;
  static constexpr std::string_view kRangeJoints[] = {" to ", "-", "\xE2\x80\x93", " or "};
  for (std::string_view joint : kRangeJoints) {
    if (text.substr(p + num, joint.size()) != joint) continue;
    int upper = 0;
    const std::size_t second = r.Number(p + num + joint.size(), &upper);
    if (second == 0 || upper < value) continue;
    AgeUnit probe_unit = AgeUnit::kYear;
    bool probe_compound = false;
    const std::size_t after = p + num + joint.size() + second;
    if (r.OldSuffix(after, &probe_unit, &probe_compound) == 0 &&
        r.OfAgeSuffix(after, &probe_unit) == 0)
      continue;
    num = after - p;
    value = upper;
    range = true;
    break;
  }
  AgeUnit unit = AgeUnit::kYear;
  bool compound = false;
  // "19 weeks gestation", "born at 37 weeks": a pregnancy's length.
  if (!range && p + num < text.size() && text[p + num] == ' ') {
    bool plural = false;
    const std::size_t u = r.Unit(p + num + 1, &unit, &plural);
    if (u > 0 && unit == AgeUnit::kWeek && r.EndsWord(p + num + 1 + u) &&
        GestationAround(text, p, p + num + 1 + u)) {
      age.value = value;
      age.unit = unit;
      age.suffix = std::string(text.substr(p + num, 1 + u));
      age.length = num + 1 + u;
      age.rule = "gestation";
      age.score = 0.8;
      return age;
    }
    unit = AgeUnit::kYear;
  }
  // "3 years 8 months old", "2 years and 4 months of age": banded by the
  // larger unit, the smaller dropped.
  if (!range && p + num < text.size() && text[p + num] == ' ') {
    bool plural = false;
    AgeUnit big = AgeUnit::kYear;
    const std::size_t u = r.Unit(p + num + 1, &big, &plural);
    const std::size_t unit_end = p + num + 1 + u;
    const std::size_t smaller =
        u > 0 && r.EndsWord(unit_end) ? r.SmallerUnitAfter(unit_end, big) : 0;
    if (smaller != 0) {
      std::size_t end = 0;
      const char* tail_rule = "years-old";
      if (smaller + 4 <= text.size() && r.LowerWord(smaller, 4) == " old" &&
          r.EndsWord(smaller + 4)) {
        end = smaller + 4;
      } else if (smaller + 7 <= text.size() && r.LowerWord(smaller, 7) == " of age" &&
                 r.EndsWord(smaller + 7)) {
        end = smaller + 7;
        tail_rule = "years-of-age";
      }
      if (end != 0) {
        age.value = value;
        age.unit = big;
        age.suffix = std::string(text.substr(p + num, 1 + u)) +
                     std::string(text.substr(smaller, end - smaller));
        age.length = end - p;
        age.rule = tail_rule;
        age.score = 0.9;
        return age;
      }
    }
  }
  std::size_t old = r.OldSuffix(p + num, &unit, &compound);
  const char* rule = compound ? "year-old" : "years-old";
  if (old == 0) {
    old = r.OfAgeSuffix(p + num, &unit);
    rule = "years-of-age";
  }
  if (old == 0) return std::nullopt;
  age.value = value;
  age.unit = unit;
  age.compound = compound;
  age.suffix = std::string(text.substr(p + num, old));
  age.length = num + old;
  age.rule = range ? "age-range" : rule;
  age.score = 0.9;
  return age;
}

bool AgeParser::MayStartAt(std::string_view text, std::size_t pos) {
  const Reader r(text);
  // A space or hyphen and the initial of "year", "yr", "month", "week", "day" at `p`.
  const auto unit_after = [&](std::size_t p) {
    if (p + 1 >= text.size() || (text[p] != ' ' && text[p] != '-')) return false;
    const char u = Lower(text[p + 1]);
    return u == 'y' || u == 'm' || u == 'w' || u == 'd';
  };
  if (pos >= text.size()) return false;
  const std::size_t d = r.DigitRun(pos);
  if (d > 0) {
    if (unit_after(pos + d)) return true;
    // "14yo", "30s".
    if (pos + d < text.size() &&
        (Lower(text[pos + d]) == 'y' || Lower(text[pos + d]) == 's' || text[pos + d] == '\''))
      return true;
    // "2 to 4 weeks old", "2-4 years old".
    std::size_t q = pos + d;
    if (text.substr(q, 4) == " to " || text.substr(q, 4) == " or ")
      q += 4;
    else if (q < text.size() && text[q] == '-')
      q += 1;
    else if (text.substr(q, 3) == "\xE2\x80\x93")
      q += 3;
    if (q != pos + d) {
      const std::size_t d2 = r.DigitRun(q);
      if (d2 > 0 && unit_after(q + d2)) return true;
    }
    // "| 17.08.2014 | 9 |": a number in a table's cell.
    if (pos >= 1 && (CellSeparator(text[pos - 1]) ||
                     (pos >= 2 && text[pos - 1] == ' ' && CellSeparator(text[pos - 2]))))
      return true;
    // "Leanne, 24,", "Mother (19)": the costliest test, after the byte tests.
    if (NameAgeAt(text, pos) != 0) return true;
    // "her sons (17 and 19)".
    if (pos >= 1 && text[pos - 1] == '(') {
      std::vector<std::pair<std::string, int>> more;
      if (BracketAgeListAt(text, pos, &more) != 0) return true;
    }
    // "was 18.", "aged 16 and 17", "turned 16", "turning 16", "nearly 4",
    // "At 16", "approx 25", "approx. 25", "circa 25": the words before decide.
    if (text[pos] == '0' || d > 3 || pos < 2 || text[pos - 1] != ' ') return false;
    const char before = Lower(text[pos - 2]);
    return before == 's' || before == ',' || before == 'd' || before == 'r' || before == 'y' ||
           before == 't' || before == 'g' || before == 'x' || before == '.' || before == 'a' ||
           (before == 'w' && EndsBefore(text, pos, " now ")) ||
           (before == 'n' && EndsBefore(text, pos, " then "));
  }
  const std::size_t n = r.Letters(pos);
  if (n == 0) return false;
  if (pos >= 2 && text[pos - 1] == '(' && pos + n < text.size() && text[pos + n] == ')')
    return true;  // "(nine)"
  const bool spaced = pos + n < text.size() && (text[pos + n] == ' ' || text[pos + n] == ':');
  if (n <= 4 && spaced) {
    const std::string_view w = text.substr(pos, n);
    if (w.size() >= 3 && Lower(w[0]) == 'a' && Lower(w[1]) == 'g' && Lower(w[2]) == 'e' &&
        (n == 3 || Lower(w[3]) == 'd' || Lower(w[3]) == 's'))
      return true;
    if (Lower(w[0]) == 'a' && (n == 1 || (n == 2 && Lower(w[1]) == 'n')))
      return MayStartAt(text, pos + n + 1);
  }
  if (unit_after(pos + n)) return true;
  // "in her thirties".
  if (EndsBefore(text, pos, "his ") || EndsBefore(text, pos, "her ") ||
      EndsBefore(text, pos, "their ") || EndsBefore(text, pos, "mid-") ||
      EndsBefore(text, pos, "early ") || EndsBefore(text, pos, "mid ") ||
      EndsBefore(text, pos, "late "))
    return true;
  // "who was nine at the time", "was nearly four", "At sixteen I": a number
  // word after "was", "is", "turned", "turns", "turning", "at" or a word of degree.
  static constexpr std::string_view kWordsBefore[] = {"was ",     " is ",  "turned ", "turns ",
                                                      "turning ", "at ",   "nearly ", "almost ",
                                                      "only ",    "just ", "now ",    "then "};
  for (std::string_view before : kWordsBefore)
    if (EndsBefore(text, pos, before)) return true;
  // "twenty-three-year-old".
  if (pos + n + 1 < text.size() && text[pos + n] == '-') {
    const std::size_t m = r.Letters(pos + n + 1);
    return m > 0 && unit_after(pos + n + 1 + m);
  }
  return false;
}

namespace {

// The band of `value` in `unit` ("15-19", "3-5"); a number of days as it is.
std::string BandOf(int value, AgeUnit unit) {
  int lo = 0, hi = 0;
  switch (unit) {
    case AgeUnit::kYear:
      lo = value / 5 * 5;
      hi = lo + 4;
      break;
    case AgeUnit::kMonth:
      lo = value / 3 * 3;
      hi = lo + 2;
      break;
    case AgeUnit::kWeek:
      lo = value / 4 * 4;
      hi = lo + 3;
      break;
    case AgeUnit::kDay:
      return std::to_string(value);
  }
  if (lo == 0 && value > 0) lo = 1;
  return std::to_string(lo) + "-" + std::to_string(hi);
}

}  // namespace

std::string BandAge(const AgeExpression& age) {
  const std::string band = BandOf(age.value, age.unit);
  std::string tail;
  for (const auto& [words, value] : age.more) tail += words + BandOf(value, age.unit);
  if (age.unit == AgeUnit::kDay) return age.prefix + band + tail + age.suffix;
  std::string prefix = age.prefix;
  if (age.article) {
    // "an" before "8..." "11-..." "18-..." (eight, eleven, eighteen, eighty), else "a".
    const bool vowel_sound =
        band[0] == '8' || band.rfind("11-", 0) == 0 || band.rfind("18-", 0) == 0;
    const bool capital = !prefix.empty() && prefix[0] == 'A';
    prefix = std::string(capital ? "A" : "a") + (vowel_sound ? "n " : " ");
  }
  std::string suffix = age.suffix;
  if (!age.compound && !suffix.empty()) {
    // A singular unit word after a band becomes plural: " year" -> " years".
    for (const char* unit : {"year", "month", "week", "yr"}) {
      const std::string u = std::string(" ") + unit;
      const std::size_t at = suffix.find(u);
      if (at == std::string::npos) continue;
      const std::size_t after = at + u.size();
      if (after >= suffix.size() || suffix[after] != 's') suffix.insert(after, "s");
      break;
    }
  }
  return prefix + band + tail + suffix;
}

}  // namespace anonymiser::dates
