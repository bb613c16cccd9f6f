#include "calendar_words.h"

#include <array>

namespace anonymiser::dates {
namespace {

constexpr std::array<const char*, 12> kMonths = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
constexpr std::array<const char*, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};
constexpr std::array<const char*, 4> kSeasons = {"spring", "summer", "autumn", "winter"};

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
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
  CalendarWord none;
  if (word.size() < 3 || word.size() > 9) return none;
  char buf[10];
  for (std::size_t i = 0; i < word.size(); ++i) buf[i] = Lower(word[i]);
  const std::string_view w(buf, word.size());
  auto full_or_prefix = [&](const char* name, std::size_t min_abbrev) -> int {
    const std::string_view n(name);
    if (w == n) return 1;
    if (w.size() >= min_abbrev && w.size() < n.size() && n.substr(0, w.size()) == w &&
        w.size() <= 4)
      return 2;
    return 0;
  };
  for (int m = 0; m < 12; ++m) {
    if (w[0] != kMonths[m][0]) continue;
    const int r = full_or_prefix(kMonths[m], 3);
    // Only the conventional abbreviations: three letters, or "Sept".
    if (r == 1) return {CalendarWord::Kind::kMonth, m + 1, false};
    if (r == 2 && (w.size() == 3 || (m == 8 && w == "sept")))
      return {CalendarWord::Kind::kMonth, m + 1, true};
  }
  for (int d = 0; d < 7; ++d) {
    if (w[0] != kWeekdays[d][0]) continue;
    const int r = full_or_prefix(kWeekdays[d], 3);
    if (r == 1) return {CalendarWord::Kind::kWeekday, d, false};
    if (r == 2 && (w.size() == 3 || w == "tues" || w == "thur" || w == "thurs"))
      return {CalendarWord::Kind::kWeekday, d, true};
  }
  if (w == "thurs") return {CalendarWord::Kind::kWeekday, 3, true};
  if (w == "weds") return {CalendarWord::Kind::kWeekday, 2, true};
  for (int s = 0; s < 4; ++s)
    if (w == kSeasons[s]) return {CalendarWord::Kind::kSeason, s, false};
  return none;
}

std::string MonthName(int month, bool abbreviated, bool long_september) {
  const std::string full = kMonths[(month - 1) % 12];
  if (!abbreviated) return full;
  if (month == 9 && long_september) return "sept";
  return full.substr(0, 3);
}

std::string WeekdayName(int weekday, bool abbreviated) {
  const std::string full = kWeekdays[((weekday % 7) + 7) % 7];
  return abbreviated ? full.substr(0, 3) : full;
}

std::string SeasonName(int season) { return kSeasons[((season % 4) + 4) % 4]; }

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
