// Reads a date expression ("1st May 2014", "29.03.2014", "autumn 2018",
// "14:30 on 3 May", "2014/15") from a given position of a text.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "ascii_bytes.h"
#include "date_expression.h"

namespace anonymiser::dates {

// Whether a parse builds DateExpression::pieces. Finding needs only the
// span, rule, score and precision; rewriting needs the pieces, whose strings
// and vector cost allocations at every number of a text.
enum class DatePieces { kRecord, kSkip };

class DateParser {
 public:
  // Parses the longest date expression that starts exactly at byte `pos` of
  // `text`, which must be the start of a word. Returns nullopt when none
  // starts there. When `standalone` is false, the forms that are dates only
  // in context (a month name alone, a bare year) need a context word before
  // them ("in May", "during 2014"); when true (re-reading a span already
  // found), they are accepted as they are. With DatePieces::kSkip the result
  // is the same but its `pieces` are empty. Never throws on any input.
  static std::optional<DateExpression> ParseAt(std::string_view text, std::size_t pos,
                                               bool standalone,
                                               DatePieces pieces = DatePieces::kRecord);

  // The length of a time of day alone at byte `pos` (a word start): "23:30",
  // "18:02:44", "7.42pm", "6 pm", "01:10–04:00"; 0 when none. A time needs a
  // colon, am/pm, noon or o'clock, or a dot after a word that introduces a
  // time ("at 04.05"; "2.30" alone is a number); "6 and 8pm", "1400hrs" too.
  // Never throws.
  static std::size_t TimeAloneAt(std::string_view text, std::size_t pos);

  // Where the words that lead the day at byte `pos` (a word start) begin:
  // "the following " of "the following Tuesday", "last ", "Good " of "Good
  // Friday", "the " before a number ("the 3rd"); never before `floor` (the
  // end of the last mention); `pos` when none. ParseAt from there reads the
  // longer date when there is one. Never throws.
  static std::size_t LeadStart(std::string_view text, std::size_t pos, std::size_t floor);
};

}  // namespace anonymiser::dates
