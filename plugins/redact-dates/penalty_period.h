// The length of a sentence, order or penalty ("sentenced to three years and
// four months' imprisonment", "a two-year supervision order", "suspended for
// 18 months", "life imprisonment"): court and news records give it, so with
// a date it finds the case. Other durations ("over six weeks", "for two days
// the health visitor ...") tell a review's story and are never taken.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace anonymiser::dates {

struct PenaltyPeriod {
  std::size_t length = 0;  // bytes of text covered, from the position parsed
  const char* rule = "";   // "penalty-period" or "penalty-life"
  double score = 0.0;
};

class PenaltyPeriodParser {
 public:
  // Parses a penalty period starting exactly at byte `pos` of `text` (a word
  // start):
  //  - "life imprisonment", "life sentence" ("penalty-life", the two words);
  //  - a duration: a number (digits up to 999, or words "one" ... "ninety-nine"),
  //    optionally "additional"/"further"/"extra", a unit (hour, day, week,
  //    month, year; singular, plural or "-year"), and optionally more
  //    number-unit pairs ("three years and four months", "2 years 6 months").
  //    The span ends after the last unit and its possessive, if any
  //    ("three months’", "one year's": "[period] imprisonment" reads well).
  //    It is a penalty period ("penalty-period") only when a penalty word
  //    governs it: straight after it, possibly after a possessive and up to
  //    two other words ("months' imprisonment", "years’ leave to remain",
  //    "two-year supervision order": imprisonment, detention, custody, prison,
  //    probation, disqualification, ban, curfew, sentence, order, community
  //    service, tag, remand, exclusion, suspension), or before it in the same
  //    sentence (within eight words: sentenced, sentence, imprisoned, jailed,
  //    detained, custody, suspended, disqualified, banned, forfeiture, curfew,
  //    probation, remanded ...) with "to", "of" or "for" straight before the
  //    number ("sentenced to 20 years", "suspended for 18 months").
  // Returns nullopt otherwise. Never throws on any input.
  static std::optional<PenaltyPeriod> ParseAt(std::string_view text, std::size_t pos);
};

}  // namespace anonymiser::dates
