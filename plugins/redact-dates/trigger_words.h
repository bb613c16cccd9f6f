// The words a date or an age can start with, for a cheap first test.
#pragma once

#include <string_view>

namespace anonymiser::dates {

// True when `word` (ASCII letters, any case) may start a date or an age:
// month, weekday and season names and abbreviations, "early", "mid",
// "late", "end", "beginning", "start", "middle", "age", "aged", "a", "an",
// and number words ("seventeen", "twenty"). False for anything else.
bool MayStartDateOrAge(std::string_view word);

}  // namespace anonymiser::dates
