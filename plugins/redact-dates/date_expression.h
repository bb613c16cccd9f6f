// A date as written in a text: its calendar value and the pieces it was
// written with, so that it can be written again in the same style.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "calendar_words.h"

namespace anonymiser::dates {

enum class PieceKind {
  kLiteral,      // separators and words kept as written: " ", "/", " of ", "mid-"
  kTime,         // a time of day, kept as written ("14:30")
  kWeekday,      // "Tuesday", "Tue"
  kDay,          // "14", "03", "14th"
  kDay2,         // the end day of a range ("8-10 July")
  kMonthName,    // "August", "Aug"
  kMonthNumber,  // "06", "6"
  kYear,         // "2014", "14"
  kYear2,        // the second year of "2014/15"
  kSeason,       // "autumn"
  kArticle,      // "the" of "the 24th of January", dropped with the day it leads
};

struct Piece {
  PieceKind kind = PieceKind::kLiteral;
  std::string text;  // as written
  LetterCase letter_case = LetterCase::kTitle;
  bool abbreviated = false;  // names written short ("Aug", "Tue")
  bool welsh = false;        // a month's name written in Welsh ("Mehefin")
  bool padded = false;       // numbers written with a leading zero ("03")
  bool ordinal = false;      // days written with a suffix ("14th")
  int digits = 4;            // years: 2 or 4 digits
};

// How precise the written date is. kWeekday, kDayOfMonth and kHoliday name
// a day without its month or year: "the following Tuesday", "Mon 4th", "the
// 3rd", "Christmas Eve".
enum class Precision { kDay, kMonth, kSeason, kYear, kWeekday, kDayOfMonth, kHoliday };

struct DateExpression {
  std::size_t length = 0;  // bytes of text covered
  Precision precision = Precision::kDay;
  bool has_year = false;
  int year = 0;               // when has_year
  int month = 0;              // 1..12 for kDay and kMonth
  int day = 0;                // kDay
  int day2 = 0;               // end of a day range, or 0
  int year2 = 0;              // second year of an academic or financial year, or 0
  int season = -1;            // 0 spring .. 3 winter, for kSeason
  int weekday = -1;           // the weekday as written, or -1
  std::vector<Piece> pieces;  // concatenated, they give the text back exactly
  std::string rule;           // for the audit log: "day-month-year", "numeric-dmy" ...
  double score = 0.9;
};

}  // namespace anonymiser::dates
