#include "dates_plugin.h"

#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "age_expression.h"
#include "ascii_bytes.h"
#include "calendar_words.h"
#include "date_parser.h"
#include "date_rewriter.h"
#include "penalty_period.h"
#include "trigger_words.h"

namespace anonymiser::dates {
namespace {

// The rule of a time of day found alone ("at 23:30"); Transform() knows it.
constexpr const char* kTimeOfDayRule = "time-of-day";

// What Find's scan needs to know of a byte, in one table look-up: it reads
// every byte of every text.
enum ByteClass : std::uint8_t { kSeparator, kLetter, kOtherWordByte };
constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    classes[b] = IsLetter(static_cast<char>(b)) ? kLetter
                 : IsWordByte(b)                ? kOtherWordByte
                                                : kSeparator;
  }
  return classes;
}();
ByteClass ClassOf(char c) { return kByteClass[static_cast<unsigned char>(c)]; }

const char* PrecisionName(Precision p) {
  switch (p) {
    case Precision::kDay:
      return "day";
    case Precision::kMonth:
      return "month";
    case Precision::kSeason:
      return "season";
    case Precision::kYear:
      return "year";
    case Precision::kWeekday:
      return "weekday";
    case Precision::kDayOfMonth:
      return "day-of-month";
    case Precision::kHoliday:
      return "holiday";
  }
  return "day";
}

// How many of the eight bytes at `p` are ASCII letters before the first
// that is not (8 when all are), found in one load and a few operations on
// it. Every byte's high bit tells its class: lower-cased, a byte is a
// letter when adding 0x80 - 'a' sets its high bit and adding 0x80 - '{'
// does not; a byte that had its high bit set (UTF-8) is no letter.
std::size_t LeadingLetters8(const char* p) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x80 * kOnes;
  std::uint64_t bytes = 0;
  std::memcpy(&bytes, p, 8);
  const std::uint64_t lower = (bytes | 0x20 * kOnes) & ~kHigh;
  const std::uint64_t from_a = lower + (0x80 - 'a') * kOnes;
  const std::uint64_t past_z = lower + (0x80 - '{') * kOnes;
  const std::uint64_t letters = from_a & ~past_z & ~bytes & kHigh;
  return static_cast<std::size_t>(std::countr_zero(~letters & kHigh)) / 8;
}

// The length of the run of ASCII letters at `pos`. Find counts the letters
// of every word of a text; eight at a time, a word's end costs no branch
// that fails to be predicted, as a loop's exit at each word's end does.
std::size_t LetterRun(std::string_view text, std::size_t pos) {
  std::size_t n = 0;
  if constexpr (std::endian::native == std::endian::little) {
    while (pos + n + 8 <= text.size()) {
      const std::size_t k = LeadingLetters8(text.data() + pos + n);
      n += k;
      if (k < 8) return n;
    }
  }
  while (pos + n < text.size() && IsLetter(text[pos + n])) ++n;
  return n;
}

// The end of the run of word bytes from `pos`. None of them can start a
// date or an age (each is inside a word), so Find passes them in one scan.
std::size_t WordEnd(std::string_view text, std::size_t pos) {
  while (pos < text.size() && ClassOf(text[pos]) != kSeparator) ++pos;
  return pos;
}

// Where Find's next turn may start after the letters of a word ending at
// `pos`: after the word's other word bytes (WordEnd) or, when one space and
// a word byte follow the letters (most words), after the space, which saves
// the turn the test of the space as a separator.
std::size_t NextWordStart(std::string_view text, std::size_t pos) {
  if (pos + 1 < text.size() && text[pos] == ' ' && ClassOf(text[pos + 1]) != kSeparator)
    return pos + 1;
  return WordEnd(text, pos);
}

// True when an en or em dash (UTF-8 E2 80 93/94) starts at `pos`.
bool DashAt(std::string_view text, std::size_t pos) {
  return pos + 2 < text.size() && text[pos] == '\xE2' && text[pos + 1] == '\x80' &&
         (text[pos + 2] == '\x93' || text[pos + 2] == '\x94');
}

// True when the word at `pos` may be the number of an age after "a"/"an":
// digits, or a word AgeParser reads there (a number word, or "a", "an",
// "age", "aged"), all of them age triggers. "a decision", "an application"
// are refused here without running the age parser.
bool MayStartAge(std::string_view text, std::size_t pos) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= '0' && c <= '9') return true;
  const std::size_t n = AlphaRun(text, pos);
  return n > 0 && TriggerOf(text.substr(pos, n)) == Trigger::kAge;
}

// True when `date`, read at `i` with a low score, is rather a time alone:
// "at 1930 hours" is a time, not a year before a counted noun.
bool TimeRatherThanDate(std::string_view text, std::size_t i, const DateExpression& date,
                        Trigger trigger) {
  return date.score < 0.5 && trigger == Trigger::kNone &&
         DateParser::TimeAloneAt(text, i) >= date.length;
}

// The date that Find takes at `i` (a word start, of a word that may start
// a date: `trigger` kNone or kDate), or nullopt. It starts before `i`, at
// `*begin`, when words that lead it place it ("the following Tuesday",
// "last Friday", "Good Friday", "the 3rd"), never before `emitted_end`;
// else `*begin` is left at `i`.
std::optional<DateExpression> DateAt(std::string_view text, std::size_t i, std::size_t emitted_end,
                                     Trigger trigger, std::size_t* begin) {
  if (const std::size_t lead = DateParser::LeadStart(text, i, emitted_end); lead < i) {
    std::optional<DateExpression> led =
        DateParser::ParseAt(text, lead, /*standalone=*/false, DatePieces::kSkip);
    if (led && lead + led->length > i) {
      *begin = lead;
      if (TimeRatherThanDate(text, i, *led, trigger)) return std::nullopt;
      return led;
    }
  }
  std::optional<DateExpression> date =
      DateParser::ParseAt(text, i, /*standalone=*/false, DatePieces::kSkip);
  if (date && TimeRatherThanDate(text, i, *date, trigger)) return std::nullopt;
  return date;
}

// Where a date found at `begin` starts once what leads it is taken in: a
// quarter ("Q3 2021") or a month and a slash ("Mar/Apr 2023"); never before
// `floor` (the end of the last mention).
std::size_t WidenedDateStart(std::string_view text, std::size_t begin, std::size_t floor) {
  auto word_starts_at = [&](std::size_t at) {
    return at == 0 || std::isalnum(static_cast<unsigned char>(text[at - 1])) == 0;
  };
  // "Q3 2021", "Q2 2023/24": a quarter before a year.
  if (begin >= floor + 3 && text[begin - 1] == ' ' && text[begin - 2] >= '1' &&
      text[begin - 2] <= '4' && text[begin - 3] == 'Q' && word_starts_at(begin - 3) &&
      begin < text.size() && text[begin] >= '0' && text[begin] <= '9')
    return begin - 3;
  // "Mar/Apr 2023": a month before the month, after a slash.
  if (begin >= floor + 4 && text[begin - 1] == '/') {
    // Three letters ("Mar", "May") or an abbreviation of four ("Sept").
    for (std::size_t n : {3, 4}) {
      if (begin < floor + n + 1 || !word_starts_at(begin - 1 - n)) continue;
      const std::size_t b = begin - 1 - n;
      if (text[b] < 'A' || text[b] > 'Z') continue;
      const CalendarWord word = LookUpCalendarWord(text.substr(b, n));
      if (word.kind == CalendarWord::Kind::kMonth && (n == 3 || word.abbreviated)) return b;
    }
  }
  return begin;
}

}  // namespace

PluginInfo DatesPlugin::info() const {
  return {"redact-dates", "1.0.0", PluginKind::kRedaction,
          "dates (DATE) and ages (AGE), generalised, shifted, kept or redacted by policy"};
}

std::vector<TypeInfo> DatesPlugin::types() const {
  return {{"DATE", Treatment::kTransform, "[date]"}, {"AGE", Treatment::kTransform, "[age]"}};
}

void DatesPlugin::Find(const TextUnit& unit, std::vector<Mention>& out) const {
  const std::string_view text = unit.text;
  const std::size_t size = text.size();
  std::size_t i = 0;
  std::size_t emitted_end = 0;  // the end of the last mention emitted
  while (true) {
    // Every turn starts after a separator (or at the start): a word start.
    while (i < size && ClassOf(text[i]) == kSeparator) ++i;
    if (i >= size) break;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const ByteClass cls = ClassOf(text[i]);
    Trigger trigger = Trigger::kNone;
    if (cls == kLetter) {
      const std::size_t n = LetterRun(text, i);
      if (MayBeTrigger(text, i, n)) trigger = TriggerOf(TriggerKey::At(text, i, n));
      // "w/c 5 June", "w/b 18/3", "w/e 22/3": the week commencing, beginning or ending on a date.
      if (n == 1 && (c == 'w' || c == 'W') && i + 3 < size && text[i + 1] == '/' &&
          (Lower(text[i + 2]) == 'c' || Lower(text[i + 2]) == 'b' || Lower(text[i + 2]) == 'e') &&
          text[i + 3] == ' ')
        trigger = Trigger::kDate;
      // "a"/"an" only start an age when a number follows: "a 23-year-old".
      if (trigger == Trigger::kAge && n <= 2 &&
          !(i + n + 1 < size && text[i + n] == ' ' && MayStartAge(text, i + n + 1)))
        trigger = Trigger::kNone;
      if (trigger == Trigger::kNone) {
        i = NextWordStart(text, i + n);
        continue;
      }
    } else if (c >= 0x80) {
      // A dash between dates ("13/03/2023–15/03/2023") separates like a space.
      if (DashAt(text, i)) {
        i += 3;
        continue;
      }
      i = WordEnd(text, i + 1);
      continue;
    }
    const bool may_be_age =
        (trigger == Trigger::kNone || trigger == Trigger::kAge) && AgeParser::MayStartAt(text, i);
    const std::optional<AgeExpression> age =
        may_be_age ? AgeParser::ParseAt(text, i) : std::nullopt;
    // Where the date starts: before i when words that lead it place it.
    std::size_t date_begin = i;
    const std::optional<DateExpression> date =
        trigger == Trigger::kNone || trigger == Trigger::kDate
            ? DateAt(text, i, emitted_end, trigger, &date_begin)
            : std::nullopt;
    std::optional<PenaltyPeriod> period;
    if (!age && !date && trigger != Trigger::kDate) period = PenaltyPeriodParser::ParseAt(text, i);
    // The mention found at `begin`; the scan goes on after it.
    auto emit = [&](std::size_t begin, std::size_t length, const char* type, std::string_view rule,
                    double score) -> Mention& {
      Mention& m = out.emplace_back();
      m.begin = begin;
      m.end = begin + length;
      m.type = type;
      m.rule.assign(rule);
      m.score = score;
      i = emitted_end = begin + length;
      return m;
    };
    if (period) {
      emit(i, period->length, "DATE", period->rule, period->score).attributes["precision"] =
          "period";
    } else if (age && (!date || i + age->length >= date_begin + date->length)) {
      emit(i, age->length, "AGE", age->rule, age->score);
    } else if (date) {
      const std::size_t end = date_begin + date->length;
      date_begin = WidenedDateStart(text, date_begin, emitted_end);
      emit(date_begin, end - date_begin, "DATE", date->rule, date->score).attributes["precision"] =
          PrecisionName(date->precision);
    } else if (const std::size_t time =
                   trigger == Trigger::kNone && !age ? DateParser::TimeAloneAt(text, i) : 0;
               time != 0) {
      // A time of day places an event as a date does: "at 23:30", "[18:02:44]".
      emit(i, time, "DATE", kTimeOfDayRule, 0.8).attributes["precision"] = "time";
    } else {
      i = WordEnd(text, i + 1);
      continue;
    }
    // A date or an age that ended inside a word: pass the rest of the word.
    // (A dash after it starts the next: "13/03/2023–15/03/2023".)
    if (i < size && ClassOf(text[i - 1]) != kSeparator && !DashAt(text, i)) i = WordEnd(text, i);
  }
}

std::optional<std::string> DatesPlugin::Transform(const Mention& mention, std::string_view original,
                                                  const TransformContext& context) const {
  const std::string& policy = context.policy;
  if (mention.type == "AGE") {
    if (policy.empty() || policy == "keep") return std::string(original);
    if (policy == "redact") return std::string("[age]");
    if (policy != "band") return std::nullopt;
    // "her late 30s" is a band already.
    if (mention.rule == "age-decade") return std::string(original);
    // "24" of "Leanne, 24,", "18" of "Karolina was 18.", "16" of "At 16 he",
    // "9" of "| 17.08.2014 | 9 |": the number alone.
    if (mention.rule == "name-age" || mention.rule == "age-after-verb" ||
        mention.rule == "age-at" || mention.rule == "table-age") {
      // Digits or a number word ("nine"), read as "aged <it>".
      const std::string probe = "aged " + std::string(original);
      const std::optional<AgeExpression> parsed = AgeParser::ParseAt(probe, 0);
      if (!parsed || parsed->length != probe.size()) return std::nullopt;
      AgeExpression bare;
      bare.value = parsed->value;
      bare.length = original.size();
      return BandAge(bare);
    }
    // "7 weeks" of "Ruby-Jade (7 weeks)" reads as "aged 7 weeks"; so do
    // "19 weeks" of "19 weeks gestation" and "18–20 yrs" of "males (approx
    // 18–20 yrs)", written back without "aged".
    const bool bare = mention.rule == "gestation" || mention.rule == "approx-age" ||
                      mention.rule == "bracket-age-list";
    const std::string text = mention.rule == "name-age-unit" || bare
                                 ? "aged " + std::string(original)
                                 : std::string(original);
    const std::optional<AgeExpression> age = AgeParser::ParseAt(text, 0);
    if (!age || age->length != text.size()) return std::nullopt;
    std::string banded = BandAge(*age);
    if (bare && banded.starts_with("aged ")) banded.erase(0, 5);
    return banded;
  }
  if (policy == "keep") return std::string(original);
  // A time alone has no day to generalise; shifting days leaves it as it is.
  if (mention.rule == kTimeOfDayRule) return std::string(policy == "shift" ? original : "[time]");
  // A penalty period has no calendar value to generalise or shift.
  if (mention.rule.starts_with("penalty-")) return std::string("[period]");
  if (policy == "redact") return std::string("[date]");
  // A decade ("the 1980s") is as general as a date gets; shifting leaves it.
  if (mention.rule == "decade") return std::string(original);
  // "Spring" of "Spring and summer 2021": general, but with no year of its
  // own to shift by (the label then, not the real season beside a shifted one).
  if (mention.rule == "season-before-season")
    return policy == "shift" ? std::nullopt : std::optional<std::string>(std::string(original));
  const bool generalise = policy.empty() || policy == "generalise" || policy == "generalize";
  if (!generalise && policy != "shift") return std::nullopt;
  const std::optional<DateExpression> date = DateParser::ParseAt(original, 0, /*standalone=*/true);
  if (!date || date->length != original.size()) return std::nullopt;
  return generalise ? Generalise(*date) : Shift(*date, context.shift_days);
}

}  // namespace anonymiser::dates
