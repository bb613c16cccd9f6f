// A proleptic Gregorian calendar date and the arithmetic the date policy needs.
#pragma once

namespace anonymiser::dates {

struct CivilDate {
  int year = 2000;
  int month = 1;  // 1..12
  int day = 1;    // 1..DaysInMonth(year, month)
};

// True for leap years of the Gregorian calendar.
bool IsLeapYear(int year);

// The number of days of `month` (1..12) in `year`; 0 for a month out of range.
int DaysInMonth(int year, int month);

// True when `date` names a real day.
bool IsValid(const CivilDate& date);

// Days since 1970-01-01 (negative before). Exact for every valid date.
long DaysFromCivil(const CivilDate& date);

// The inverse of DaysFromCivil.
CivilDate CivilFromDays(long days);

// `date` moved by `days` (may be negative).
CivilDate AddDays(const CivilDate& date, long days);

// 0 = Monday ... 6 = Sunday.
int Weekday(const CivilDate& date);

}  // namespace anonymiser::dates
