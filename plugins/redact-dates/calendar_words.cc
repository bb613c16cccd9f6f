#include "calendar_words.h"

#include <array>

namespace anonymiser::dates {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kWelshMonths = {
    "ionawr",     "chwefror", "mawrth", "ebrill", "mai",      "mehefin",
    "gorffennaf", "awst",     "medi",   "hydref", "tachwedd", "rhagfyr"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 4> kSeasons = {"spring", "summer", "autumn", "winter"};

// A spelling of a calendar word, lower case, and what it names.
struct CalendarSpelling {
  std::string_view word;
  CalendarWord meaning;
};

// Every spelling LookUpCalendarWord knows, by its first letter: the names
// in full; the months' conventional abbreviations, three letters or "sept"
// ("may" is in full); the weekdays' three letters, "tues", "thur", "thurs"
// and "weds". No letter starts more than kMaxSpellings of them.
constexpr std::size_t kMaxSpellings = 10;
struct SpellingsOfLetter {
  std::array<CalendarSpelling, kMaxSpellings> spellings{};
  std::size_t count = 0;
};
constexpr std::array<SpellingsOfLetter, 26> kCalendarSpellings = [] {
  std::array<SpellingsOfLetter, 26> by_letter{};
  auto add = [&](std::string_view word, CalendarWord::Kind kind, int index, bool abbreviated) {
    SpellingsOfLetter& of = by_letter[static_cast<std::size_t>(word[0] - 'a')];
    of.spellings[of.count++] = {word, {kind, index, abbreviated}};
  };
  using Kind = CalendarWord::Kind;
  for (int m = 0; m < 12; ++m) add(kMonths[m], Kind::kMonth, m + 1, false);
  for (int m = 0; m < 12; ++m)
    if (kMonths[m] != "may") add(kMonths[m].substr(0, 3), Kind::kMonth, m + 1, true);
  add("sept", Kind::kMonth, 9, true);
  for (int d = 0; d < 7; ++d) add(kWeekdays[d], Kind::kWeekday, d, false);
  for (int d = 0; d < 7; ++d) add(kWeekdays[d].substr(0, 3), Kind::kWeekday, d, true);
  add("tues", Kind::kWeekday, 1, true);
  add("thur", Kind::kWeekday, 3, true);
  add("thurs", Kind::kWeekday, 3, true);
  add("weds", Kind::kWeekday, 2, true);
  for (int s = 0; s < 4; ++s) add(kSeasons[s], Kind::kSeason, s, false);
  return by_letter;
}();

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `a` and `b` are the same bytes: compared inline, as calendar
// words are a few letters long.
bool SameBytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}
char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

LetterCase CaseOf(std::string_view word) {
  bool first_upper = false, rest_upper = true, rest_lower = true;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    const bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    if (i == 0) {
      first_upper = up;
      if (!up && !low) return LetterCase::kMixed;
      continue;
    }
    if (up) rest_lower = false;
    if (low) rest_upper = false;
  }
  if (first_upper && word.size() > 1 && rest_upper) return LetterCase::kUpper;
  if (first_upper && rest_lower) return LetterCase::kTitle;
  if (!first_upper && rest_lower) return LetterCase::kLower;
  return LetterCase::kMixed;
}

std::string ApplyCase(std::string_view lower, LetterCase letter_case) {
  std::string out(lower);
  switch (letter_case) {
    case LetterCase::kUpper:
      for (char& c : out) c = Upper(c);
      break;
    case LetterCase::kLower:
      break;
    case LetterCase::kTitle:
    case LetterCase::kMixed:
      if (!out.empty()) out[0] = Upper(out[0]);
      break;
  }
  return out;
}

CalendarWord LookUpCalendarWord(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return {};
  char buf[9];
  for (std::size_t i = 0; i < word.size(); ++i) buf[i] = Lower(word[i]);
  const std::string_view w(buf, word.size());
  if (w[0] < 'a' || w[0] > 'z') return {};
  const SpellingsOfLetter& of = kCalendarSpellings[static_cast<std::size_t>(w[0] - 'a')];
  for (std::size_t k = 0; k < of.count; ++k)
    if (SameBytes(of.spellings[k].word, w)) return of.spellings[k].meaning;
  return {};
}

CalendarWord LookUpWelshMonth(std::string_view word) {
  if (word.size() < 3 || word.size() > 10) return {};
  char buf[10];
  for (std::size_t i = 0; i < word.size(); ++i) buf[i] = Lower(word[i]);
  const std::string_view w(buf, word.size());
  for (std::size_t m = 0; m < kWelshMonths.size(); ++m)
    if (SameBytes(kWelshMonths[m], w)) {
      CalendarWord cw{CalendarWord::Kind::kMonth, static_cast<int>(m) + 1, false};
      cw.welsh = true;
      return cw;
    }
  return {};
}

std::string WelshMonthName(int month) { return std::string(kWelshMonths[(month - 1) % 12]); }

std::string MonthName(int month, bool abbreviated, bool long_september) {
  const std::string full(kMonths[(month - 1) % 12]);
  if (!abbreviated) return full;
  if (month == 9 && long_september) return "sept";
  return full.substr(0, 3);
}

std::string WeekdayName(int weekday, bool abbreviated) {
  const std::string full(kWeekdays[((weekday % 7) + 7) % 7]);
  return abbreviated ? full.substr(0, 3) : full;
}

std::string SeasonName(int season) { return std::string(kSeasons[((season % 4) + 4) % 4]); }

std::string OrdinalSuffix(int day) {
  if (day % 100 >= 11 && day % 100 <= 13) return "th";
  switch (day % 10) {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
  }
}

}  // namespace anonymiser::dates
