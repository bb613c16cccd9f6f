// The date policy: writes a parsed date again, generalised to month and
// year or shifted by a number of days, in the style it was written in.
#pragma once

#include <string>
#include <string_view>

#include "date_expression.h"

namespace anonymiser::dates {

// "14 June 2020" -> "June 2020", "29.03.2014" -> "03.2014", "Tuesday 14th
// August 2014" -> "August 2014", "14:30 on 3 May" -> "May". The weekday, the
// day (or day range) and any time are dropped with the separator next to
// them; everything else stays as written. Dates without a day ("May 2014",
// "autumn 2018", "2014") are returned unchanged.
//
// A day named without its month ("the following Tuesday", "Sunday
// evening") keeps the words around its weekday, which becomes "[day]"
// ("the following [day]"); "the 3rd" and "Mon 4th" become "[date]"; a
// holiday alone ("Christmas Eve") is as precise as a month and stays.
std::string Generalise(const DateExpression& date);

inline constexpr std::string_view kDayPlaceholder = "[day]";
inline constexpr std::string_view kDatePlaceholder = "[date]";

// The date moved by `days`, in exactly the format it was written in:
// ordinal suffixes and weekdays recomputed, two-digit years kept two-digit,
// names kept full or abbreviated and in the same capitals.
//
// Dates less precise than a day move by the same offset, taken at a fixed
// point of the period, and keep their precision:
//  - a month ("May 2014", "early July") becomes the month in which its 15th
//    day lands;
//  - a season becomes the season in which its middle day (15 April, 15 July,
//    15 October, 15 January) lands; winter Y is December Y-1 to February Y;
//  - a year (and an academic year "2014/15") becomes the year in which its
//    1 July lands.
// A date written without a year is placed in the reference year 2000 (a leap
// year, so 29 February exists) and written back without one; a weekday
// written with it moves by the same number of days.
// A day range ("8-10 July 1996") moves both ends; when they land in
// different months it is written "30 July 1996 - 1 August 1996" in the
// same style. A weekday alone moves by the same number of days ("last
// Friday" by 3 -> "last Monday"); "the 3rd" and "Mon 4th", whose month is not
// known, become "[date]"; a holiday alone stays. The same input always gives
// the same output.
std::string Shift(const DateExpression& date, long days);

}  // namespace anonymiser::dates
