// Ages as reviews write them ("aged 17", "a 23-year-old", "13-week-old",
// "17 years old", "17 years of age", "age 4") and their banded rewrite.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace anonymiser::dates {

enum class AgeUnit { kYear, kMonth, kWeek, kDay };

struct AgeExpression {
  std::size_t length = 0;  // bytes of text covered
  int value = 0;           // the number, whatever the unit
  AgeUnit unit = AgeUnit::kYear;
  std::string prefix;  // everything before the number: "aged ", "a ", "An ", ""
  std::string suffix;  // everything after it: "-year-old", " years old", " months", ""
  // The later numbers of a list ("aged 16 and 17", "ages 3, 5 and 8"): the
  // words before each (" and ", ", ") and its value. The suffix follows the last.
  std::vector<std::pair<std::string, int>> more;
  bool article = false;   // prefix is "a "/"an ": it must agree with the band
  bool compound = false;  // "-year-old": the unit stays singular
  std::string rule;       // "aged", "aged-list", "year-old", "years-old"
  double score = 0.9;
};

class AgeParser {
 public:
  // Parses the longest age expression starting exactly at byte `pos` of
  // `text` (a word start), or returns nullopt. Numbers may be digits (0-120)
  // or English words ("seventeen", "twenty-three"). A list after "aged" or
  // "ages" is one expression ("aged 16 and 17"); so is an age in two units
  // ("3 years 8 months old", banded by the larger); a form's "Age: 4m" takes
  // the unit's letter written on the number. Never throws.
  static std::optional<AgeExpression> ParseAt(std::string_view text, std::size_t pos);

  // False when ParseAt(text, pos) surely finds nothing: `pos` starts neither
  // "age"/"aged" nor "a"/"an" before such a start, nor a number followed by a
  // space or hyphen and a unit initial (y, m, w, d). A few byte tests, so
  // that Find parses only the numbers that may be ages.
  static bool MayStartAt(std::string_view text, std::size_t pos);
};

// The age written with its number replaced by a band, keeping the words
// around it:
//  - years: five-year bands 0-4 (written 1-4 from age 1), 5-9, 10-14, 15-19 ...
//    ("aged 17" -> "aged 15-19", "a 23-year-old" -> "a 20-24-year-old");
//  - months: three-month bands 1-2, 3-5, 6-8 ... ("aged 7 months" -> "aged 6-8 months");
//  - weeks: four-week bands 1-3, 4-7, 8-11, 12-15 ... ("13-week-old" -> "12-15-week-old");
//  - days are left as written (a newborn's age in days identifies nobody on its own).
// "a"/"an" before the number is corrected for the band ("an 18-year-old" ->
// "a 15-19-year-old"), and a singular unit becomes plural ("aged 1 year" ->
// "aged 1-4 years"). Every number of a list is banded ("aged 16 and 17" ->
// "aged 15-19 and 15-19").
std::string BandAge(const AgeExpression& age);

}  // namespace anonymiser::dates
