// Names of months, weekdays and seasons: recognising them as written and
// writing them back in the same style.
#pragma once

#include <string>
#include <string_view>

namespace anonymiser::dates {

// How a word was capitalised.
enum class LetterCase { kTitle, kUpper, kLower, kMixed };

// The capitalisation of `word` (letters only are considered).
LetterCase CaseOf(std::string_view word);

// `word` (lower case) rewritten in `letter_case` (kMixed gives title case).
std::string ApplyCase(std::string_view lower, LetterCase letter_case);

// What a calendar word names.
struct CalendarWord {
  enum class Kind { kNone, kMonth, kWeekday, kSeason } kind = Kind::kNone;
  int index = 0;             // month 1..12, weekday 0 (Monday)..6, season 0 (spring)..3 (winter)
  bool abbreviated = false;  // "Aug", "Sept", "Tue"
  bool welsh = false;        // a Welsh month's name ("Mehefin")
};

// Recognises `word` (letters only, any case) as a month, weekday or season
// name, full or abbreviated. Returns kind kNone for anything else.
CalendarWord LookUpCalendarWord(std::string_view word);

// Recognises `word` (letters only, any case) as a Welsh month's name
// ("Ionawr" .. "Rhagfyr"), returning kind kMonth with `welsh` set, or kNone.
// Several are also words or names ("Mai", "Medi", "Mawrth" is Tuesday too):
// the parser accepts them only in a date with a day and a year.
CalendarWord LookUpWelshMonth(std::string_view word);

// The Welsh name of month 1..12, in lower case ("mehefin").
std::string WelshMonthName(int month);

// The name of month 1..12, abbreviated to three letters when `abbreviated`
// ("Sep"; "Sept" when `long_september`), in lower case.
std::string MonthName(int month, bool abbreviated, bool long_september);

// The name of weekday 0 (Monday)..6, three letters when `abbreviated`, lower case.
std::string WeekdayName(int weekday, bool abbreviated);

// "spring", "summer", "autumn", "winter" for 0..3.
std::string SeasonName(int season);

// "st", "nd", "rd" or "th" for a day of the month.
std::string OrdinalSuffix(int day);

}  // namespace anonymiser::dates
