// The words a date or an age can start with, for a cheap first test.
#pragma once

#include <string_view>

namespace anonymiser::dates {

enum class Trigger {
  kNone,
  kDate,  // month, weekday and season names and abbreviations, "early", "mid",
          // "late", "end", "beginning", "start", "middle"
  kAge,   // "age", "aged", "a", "an", number words ("seventeen", "twenty")
};

// What `word` (ASCII letters, any case) may start: a date, an age, or nothing.
Trigger TriggerOf(std::string_view word);

}  // namespace anonymiser::dates
