#include "date_parser.h"

#include <algorithm>
#include <array>
#include <string>

#include "ascii_bytes.h"
#include "civil_date.h"

namespace anonymiser::dates {
namespace {

// Words that lead a weekday or a holiday and place it: "the following
// Tuesday", "last Friday", "that Christmas".
constexpr std::string_view kModifiers[] = {"following", "next", "previous", "same",
                                           "last",      "this", "that"};
// The first words of holidays named with a weekday ("Good Friday"): the scan
// reaches them at the weekday.
constexpr std::string_view kHolidayLeads[] = {"good", "shrove",    "ash",         "maundy",
                                              "palm", "mothering", "remembrance", "black"};

// A parse in progress: the expression built so far and the position reached.
struct State {
  DateExpression e;
  std::size_t pos = 0;
};

class Parser {
 public:
  Parser(std::string_view text, bool standalone, DatePieces pieces)
      : t_(text), standalone_(standalone), record_(pieces == DatePieces::kRecord) {}

  std::optional<DateExpression> ParseAt(std::size_t pos) {
    if (pos >= t_.size()) return std::nullopt;
    // "w/c 5 June", "w/c 12/06/2023", "w/b 18/3", "w/e 22/3": the week
    // commencing, beginning or ending on a day.
    if (WeekPrefixAt(pos)) {
      std::optional<DateExpression> inner = ParseAt(pos + 4);
      if (!inner || inner->precision != Precision::kDay) return std::nullopt;
      if (record_) {
        Piece p;
        p.text = std::string(t_.substr(pos, 4));
        inner->pieces.insert(inner->pieces.begin(), std::move(p));
      }
      inner->length += 4;
      inner->rule = std::string(WeekPrefixRule(Lower(t_[pos + 2]))) + inner->rule;
      return inner;
    }
    // The longest parse so far, when `found` (a plain State: an empty
    // std::optional of one costs clearing all its bytes at each word).
    State best;
    bool found = false;
    auto consider = [&](std::optional<State> s) {
      if (s && (!found || s->pos > best.pos)) {
        best = std::move(*s);
        found = true;
      }
    };
    if (IsDigit(t_[pos])) {
      // Each parser is tried only where the digits are of its kind: its
      // first test, made here before a State is built for it.
      const std::size_t digits = DigitsAt(pos);
      if (NumericSeparatorAt(pos + digits)) consider(Numeric(Start(pos)));
      if (digits <= 2 && (At(pos + digits, "-") || At(pos + digits, "\xE2\x80\x93")))
        consider(NumericDayRange(Start(pos)));
      if (digits <= 2 && pos + digits < t_.size() && IsLetter(t_[pos + digits]))
        consider(DayMonthYearCompact(Start(pos)));
      if (digits <= 2) consider(TimeThenDate(Start(pos)));
      if (DayDigitsAt(pos)) consider(DayFirst(Start(pos)));
      if (digits == 4) consider(Year(Start(pos)));
      if (digits == 4) consider(Decade(Start(pos)));
      if (OrdinalAt(pos)) consider(OrdinalAlone(Start(pos), pos));
    } else if (IsLetter(t_[pos])) {
      const std::size_t n = LettersAt(pos);
      const std::string_view word = t_.substr(pos, n);
      const CalendarWord cw = LookUpCalendarWord(word);
      switch (cw.kind) {
        case CalendarWord::Kind::kMonth:
          consider(MonthFirst(Start(pos), /*allow_alone=*/true));
          break;
        case CalendarWord::Kind::kWeekday:
          consider(WeekdayDate(Start(pos)));
          consider(WeekdayAlone(Start(pos), /*led=*/false));
          break;
        case CalendarWord::Kind::kSeason:
          consider(SeasonYear(Start(pos)));
          break;
        case CalendarWord::Kind::kNone:
          consider(Qualified(Start(pos)));
          if (HolidayNameAt(pos) != 0) {
            consider(HolidayYear(Start(pos)));
            consider(HolidayAlone(Start(pos), /*led=*/false));
          } else if (EqualsCI(word, "the") || OneOfCI(word, kModifiers)) {
            consider(Led(Start(pos)));
          }
          break;
      }
    }
    if (!found) return std::nullopt;
    if (best.e.precision == Precision::kDay) TrailingTime(best);
    best.e.length = best.pos - pos;
    return std::move(best.e);
  }

  // The length of a time of day (or a range of them) alone at `pos`, marked
  // by a colon, am/pm, noon or o'clock ("23:30", "18:02:44", "7.42pm"), or
  // with a dot after a word that introduces a time ("at 04.05", "after
  // 9.30"); an hour before a marked end ("6 and 8pm"); "1400hrs"; 0 when none.
  std::size_t TimeAloneAt(std::size_t pos) const {
    if (DecimalBefore(pos)) return 0;
    State s = Start(pos);
    if (TimeOfDay(s)) {
      const std::string_view time = t_.substr(pos, s.pos - pos);
      const bool marked = Marked(time);
      // Unmarked, "0.25" is a fraction ("by 0.25"); a time is written "00.25".
      // With no word that introduces a time before it, a range of two
      // quarter hours is a time still ("ran 9.30–12.30").
      if (!marked && !TimeWordBefore(pos))
        return QuantityAfter(s.pos) ? 0 : QuarterHourRangeAt(pos);
      if (!marked && (time.starts_with("0.") || QuantityAfter(s.pos))) return 0;
      const std::size_t end = s.pos;
      RangeEnd(s);
      // "from 3.25 to 4.10 per cent", "from 4.25 to 3.75": numbers, not times.
      if (!marked && (QuantityAfter(s.pos) || (s.pos == end && RangeJoinBeforeNumber(end))))
        return 0;
      return s.pos - pos;
    }
    if (const std::size_t range = HourRangeAt(pos); range != 0) return range;
    return ClockHoursAt(pos);
  }

  // The start of the words before `pos` that lead the day at `pos` ("the
  // following " of "the following Tuesday", "last ", "Good " of "Good
  // Friday", "the " of "the 3rd"), not before `floor`; `pos` when none.
  std::size_t LeadStart(std::size_t pos, std::size_t floor) const {
    // The word that ends one space before `end` and starts at or after `floor`.
    auto word_before = [&](std::size_t end, std::size_t* begin) -> std::string_view {
      if (end < 2 || t_[end - 1] != ' ') return {};
      std::size_t b = end - 1;
      while (b > 0 && IsLetter(t_[b - 1])) --b;
      if (b == end - 1 || b < floor || (b > 0 && IsWordByte(t_[b - 1]))) return {};
      *begin = b;
      return t_.substr(b, end - 1 - b);
    };
    // Before a number, only "the" before an ordinal ("the 3rd").
    if (IsDigit(t_[pos]))
      return pos >= 4 && t_[pos - 1] == ' ' && EqualsCI(t_.substr(pos - 4, 3), "the") &&
                     (pos == 4 || !IsWordByte(t_[pos - 5])) && pos - 4 >= floor && OrdinalAt(pos)
                 ? pos - 4
                 : pos;
    std::size_t b1 = pos;
    const std::string_view w1 = word_before(pos, &b1);
    if (w1.empty()) return pos;
    if (OneOfCI(w1, kHolidayLeads)) return b1;
    if (!OneOfCI(w1, kModifiers)) return pos;
    std::size_t b0 = b1;
    const std::string_view w0 = word_before(b1, &b0);
    return !w0.empty() && EqualsCI(w0, "the") ? b0 : b1;
  }

 private:
  State Start(std::size_t pos) const {
    State s;
    s.pos = pos;
    return s;
  }

  std::size_t DigitsAt(std::size_t p) const { return DigitRun(t_, p); }
  std::size_t LettersAt(std::size_t p) const { return AlphaRun(t_, p); }
  // True when nothing word-like follows position `p`. A dash ("13/03/2023–
  // 15/03/2023") and the "T" of an ISO time ("2023-06-05T09:14") end a word.
  bool EndsWord(std::size_t p) const {
    if (p >= t_.size() || !IsWordByte(static_cast<unsigned char>(t_[p]))) return true;
    if (At(p, "\xE2\x80\x93") || At(p, "\xE2\x80\x94")) return true;
    return t_[p] == 'T' && p > 0 && IsDigit(t_[p - 1]) && p + 3 < t_.size() && IsDigit(t_[p + 1]) &&
           IsDigit(t_[p + 2]) && t_[p + 3] == ':';
  }
  // True when `s` is written at `p`. Compared byte by byte, inline: the
  // joins and marks tried at each number (" - ", " to ", " and " ...) are
  // short and mostly differ in their first bytes; a call to memcmp for each
  // cost more than the comparison.
  bool At(std::size_t p, std::string_view s) const {
    if (p > t_.size() || t_.size() - p < s.size()) return false;
    for (std::size_t k = 0; k < s.size(); ++k)
      if (t_[p + k] != s[k]) return false;
    return true;
  }
  bool AtWordCI(std::size_t p, std::string_view lower_word) const {
    return p + lower_word.size() <= t_.size() &&
           EqualsCI(t_.substr(p, lower_word.size()), lower_word) && EndsWord(p + lower_word.size());
  }
  // True when `word` is `lower_word` in any case.
  static bool EqualsCI(std::string_view word, std::string_view lower_word) {
    if (word.size() != lower_word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
      if (Lower(word[i]) != lower_word[i]) return false;
    return true;
  }
  template <std::size_t N>
  static bool OneOfCI(std::string_view word, const std::string_view (&lower_words)[N]) {
    for (std::string_view w : lower_words)
      if (EqualsCI(word, w)) return true;
    return false;
  }
  // The letters of the word at `p`.
  std::string_view WordAt(std::size_t p) const { return t_.substr(p, LettersAt(p)); }
  // True when the number at `p` goes on from a number and a dot before it
  // ("5" of "3.5 March", a paragraph's or a section's number).
  bool DecimalBefore(std::size_t p) const {
    return p >= 2 && t_[p - 1] == '.' && IsDigit(t_[p - 2]);
  }
  // True when "w/c ", "w/b " or "w/e " (week commencing, beginning, ending) starts at `p`.
  bool WeekPrefixAt(std::size_t p) const {
    if (p + 4 >= t_.size() || Lower(t_[p]) != 'w' || t_[p + 1] != '/' || t_[p + 3] != ' ')
      return false;
    const char k = Lower(t_[p + 2]);
    return k == 'c' || k == 'b' || k == 'e';
  }
  static std::string_view WeekPrefixRule(char kind) {
    return kind == 'c' ? "week-commencing-" : kind == 'b' ? "week-beginning-" : "week-ending-";
  }
  // True when the word starting at `p` starts a sentence, a line or a
  // paragraph: only spaces since the start, a full stop or a line break, or
  // a paragraph's number ("3.7 Christmas.") before it.
  bool SentenceStartAt(std::size_t p) const {
    while (p > 0 && (t_[p - 1] == ' ' || t_[p - 1] == '\t')) --p;
    if (p == 0) return true;
    const char c = t_[p - 1];
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r' || c == '(' ||
           c == '"' || IsDigit(c);
  }
  // True when a capitalised word ends just before `p` (spaces between) that
  // makes a name with the word at `p`: "Father Christmas", "Red October"; at
  // a sentence's start too, unless the word is one that starts sentences
  // ("At Christmas", "The October holidays").
  bool NameWordBefore(std::size_t p) const {
    static constexpr std::string_view kOpeners[] = {
        "the",   "at",         "on",      "in",    "over", "during", "since", "until",
        "till",  "by",         "before",  "after", "from", "for",    "of",    "this",
        "that",  "last",       "next",    "and",   "but",  "so",     "then",  "around",
        "about", "throughout", "between", "early", "late", "mid",    "every", "each"};
    std::size_t e = p;
    while (e > 0 && t_[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && IsLetter(t_[b - 1])) --b;
    if (b == e || !IsUpper(t_[b]) || (b > 0 && IsWordByte(t_[b - 1]))) return false;
    return !SentenceStartAt(b) || !OneOfCI(t_.substr(b, e - b), kOpeners);
  }
  // True when the word after the space at `p` is capitalised (not "I"): a
  // name or a title goes on ("the October Revolution", "Christmas Appeal").
  bool NameWordAfter(std::size_t p) const {
    if (p + 1 >= t_.size() || t_[p] != ' ' || !IsUpper(t_[p + 1])) return false;
    return !(t_[p + 1] == 'I' && EndsWord(p + 2));
  }
  static int Number(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
  }

  // Appends `p` to the expression's pieces, unless pieces are not recorded
  // (the frequent parsers also skip building `p` then).
  void Push(State& s, Piece&& p) const {
    if (record_) s.e.pieces.push_back(std::move(p));
  }
  // Takes `word`, a calendar word at `s.pos` looked up as `cw` and written in
  // `lc`, as a piece of `kind`, and the dot after an abbreviation ("Tue.").
  void TakeCalendarWord(State& s, PieceKind kind, std::string_view word, LetterCase lc,
                        const CalendarWord& cw) const {
    if (record_) {
      Piece p;
      p.kind = kind;
      p.text = std::string(word);
      p.letter_case = lc;
      p.abbreviated = cw.abbreviated;
      p.welsh = cw.welsh;
      Push(s, std::move(p));
    }
    s.pos += word.size();
    if (cw.abbreviated && s.pos < t_.size() && t_[s.pos] == '.') TakeLiteral(s, 1);
  }
  void AddLiteral(State& s, std::string_view text) const {
    if (text.empty() || !record_) return;
    if (!s.e.pieces.empty() && s.e.pieces.back().kind == PieceKind::kLiteral) {
      s.e.pieces.back().text += text;
      return;
    }
    Piece p;
    p.text = std::string(text);
    Push(s, std::move(p));
  }
  // Takes `n` bytes as a piece of `kind`; `digits`, when not 0, how many
  // digits it is written with (else Piece's default).
  void Take(State& s, std::size_t n, PieceKind kind, int digits = 0) const {
    if (!record_) {
      s.pos += n;
      return;
    }
    Piece p;
    p.kind = kind;
    p.text = std::string(t_.substr(s.pos, n));
    if (digits != 0) p.digits = digits;
    Push(s, std::move(p));
    s.pos += n;
  }
  // Take() for `n` digits.
  void TakeDigits(State& s, std::size_t n, PieceKind kind) const {
    Take(s, n, kind, static_cast<int>(n));
  }
  void TakeLiteral(State& s, std::size_t n) const {
    AddLiteral(s, t_.substr(s.pos, n));
    s.pos += n;
  }

  // The length of one to three spaces (ASCII or no-break) at `p`; 0 when none.
  std::size_t SpacesAt(std::size_t p) const {
    const std::size_t start = p;
    for (int count = 0; count < 3; ++count) {
      if (p < t_.size() && t_[p] == ' ') {
        ++p;
      } else if (At(p, "\xC2\xA0")) {
        p += 2;
      } else {
        break;
      }
    }
    return p - start;
  }
  // One to three spaces (ASCII or no-break).
  bool Spaces(State& s) const {
    const std::size_t n = SpacesAt(s.pos);
    if (n == 0) return false;
    TakeLiteral(s, n);
    return true;
  }
  // An optional comma followed by spaces, or spaces alone. Measured before
  // anything is taken, so that a failure leaves `s` without copying it.
  bool CommaSpaces(State& s) const {
    const std::size_t comma = s.pos < t_.size() && t_[s.pos] == ',' ? 1 : 0;
    const std::size_t spaces = SpacesAt(s.pos + comma);
    if (spaces == 0) return false;
    TakeLiteral(s, comma + spaces);
    return true;
  }
  // A word (any case) followed by spaces: "of ", "on ".
  bool WordThenSpaces(State& s, std::string_view lower_word) const {
    if (!AtWordCI(s.pos, lower_word)) return false;
    const std::size_t spaces = SpacesAt(s.pos + lower_word.size());
    if (spaces == 0) return false;
    TakeLiteral(s, lower_word.size() + spaces);
    return true;
  }

  // A day of the month, 1..31, with an optional ordinal suffix.
  bool DayNumber(State& s, PieceKind kind, int* value) const {
    const std::size_t n = DigitsAt(s.pos);
    if (n < 1 || n > 2) return false;
    const int v = Number(t_.substr(s.pos, n));
    if (v < 1 || v > 31) return false;
    std::size_t len = n;
    bool ordinal = false;
    if (LettersAt(s.pos + n) == 2) {
      const char a = Lower(t_[s.pos + n]), b = Lower(t_[s.pos + n + 1]);
      if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
          (a == 't' && b == 'h')) {
        len += 2;
        ordinal = true;
      }
    }
    if (!EndsWord(s.pos + len)) return false;
    if (record_) {
      Piece p;
      p.kind = kind;
      p.text = std::string(t_.substr(s.pos, len));
      p.padded = n == 2 && t_[s.pos] == '0';
      p.ordinal = ordinal;
      p.letter_case = ordinal && t_[s.pos + n] >= 'A' && t_[s.pos + n] <= 'Z' ? LetterCase::kUpper
                                                                              : LetterCase::kLower;
      Push(s, std::move(p));
    }
    s.pos += len;
    *value = v;
    return true;
  }

  // True when `p` holds a separator of a numeric date ("/", ".", "-").
  bool NumericSeparatorAt(std::size_t p) const {
    return p < t_.size() && (t_[p] == '/' || t_[p] == '.' || t_[p] == '-');
  }

  // True when a digit and a separator of a numeric date come right before
  // `p`: the number there goes on a longer run ("1.2.3", "12/03/2014/5").
  bool NumberRunBefore(std::size_t p) const {
    return p > 1 && NumericSeparatorAt(p - 1) && IsDigit(t_[p - 2]);
  }

  // True when one or two digits of a day of the month (1..31) start at `p`:
  // what DayNumber reads first. Checked before the bytes around them are.
  bool DayDigitsAt(std::size_t p) const {
    const std::size_t n = DigitsAt(p);
    if (n < 1 || n > 2) return false;
    const int v = Number(t_.substr(p, n));
    return v >= 1 && v <= 31;
  }

  // True when one of the `bytes` bytes from `from` is the capital a month
  // name starts with (MonthName accepts only capitalised or upper-case names).
  bool MonthInitialWithin(std::size_t from, std::size_t bytes) const {
    static constexpr std::array<bool, 256> kMonthInitial = [] {
      std::array<bool, 256> initial{};
      // English months, then Welsh ones (Ionawr, Chwefror, Ebrill, Gorffennaf,
      // Hydref, Tachwedd, Rhagfyr).
      for (char c : std::string_view("JFMASONDICEGHTR"))
        initial[static_cast<unsigned char>(c)] = true;
      return initial;
    }();
    const std::size_t end = std::min(t_.size(), from + bytes);
    for (std::size_t p = from; p < end; ++p)
      if (kMonthInitial[static_cast<unsigned char>(t_[p])]) return true;
    return false;
  }

  // A month name, capitalised or in capitals, full or abbreviated (with an
  // optional dot); with `welsh` given, a Welsh month's name too, and
  // *welsh says which was read.
  bool MonthName(State& s, bool* abbreviated, bool* welsh = nullptr) const {
    // Capitalised or in capitals, it starts with a capital: most words
    // ("34 of the Convention") are refused before they are read.
    if (s.pos >= t_.size() || !IsUpper(t_[s.pos])) return false;
    const std::size_t n = LettersAt(s.pos);
    if (n == 0 || !EndsWord(s.pos + n)) return false;
    const std::string_view word = t_.substr(s.pos, n);
    CalendarWord cw = LookUpCalendarWord(word);
    if (cw.kind != CalendarWord::Kind::kMonth && welsh != nullptr) cw = LookUpWelshMonth(word);
    if (cw.kind != CalendarWord::Kind::kMonth) return false;
    const LetterCase lc = CaseOf(word);
    if (lc != LetterCase::kTitle && lc != LetterCase::kUpper) return false;
    TakeCalendarWord(s, PieceKind::kMonthName, word, lc, cw);
    s.e.month = cw.index;
    *abbreviated = cw.abbreviated;
    if (welsh != nullptr) *welsh = cw.welsh;
    return true;
  }

  // A four-digit year from 1800 to 2199.
  bool Year4(State& s, PieceKind kind, int* value) const {
    if (DigitsAt(s.pos) != 4 || !EndsWord(s.pos + 4)) return false;
    const int v = Number(t_.substr(s.pos, 4));
    if (v < 1800 || v > 2199) return false;
    TakeDigits(s, 4, kind);
    *value = v;
    return true;
  }

  // A time of day: "14:30", "2.30pm", "2pm", "09:15 am".
  bool TimeOfDay(State& s) const {
    const std::size_t h = DigitsAt(s.pos);
    // "1745hrs", "0930 hours": a 24-hour clock's four digits and their unit.
    // (Not "1200 hours of community service": only "hrs", and no "of" after.)
    if (h == 4 && Number(t_.substr(s.pos, 2)) <= 23 && Number(t_.substr(s.pos + 2, 2)) <= 59)
      if (const std::size_t unit = HoursUnitAt(s.pos + 4);
          unit != 0 && unit <= 4 && !At(s.pos + 4 + unit, " of ")) {
        Take(s, 4 + unit, PieceKind::kTime);
        return true;
      }
    if (h < 1 || h > 2) return false;
    const int hour = Number(t_.substr(s.pos, h));
    std::size_t p = s.pos + h;
    bool minutes = false;
    if (p + 2 < t_.size() && (t_[p] == ':' || t_[p] == '.') && DigitsAt(p + 1) == 2) {
      if (Number(t_.substr(p + 1, 2)) > 59) return false;
      const bool colon = t_[p] == ':';
      p += 3;
      minutes = true;
      // Seconds: "18:02:44".
      if (colon && p + 2 < t_.size() && t_[p] == ':' && DigitsAt(p + 1) == 2 &&
          Number(t_.substr(p + 1, 2)) <= 59 && EndsWord(p + 3))
        p += 3;
    }
    bool meridiem = false;
    // "17.45hrs", "09:30 hours": a 24-hour clock's unit.
    if (minutes)
      if (const std::size_t unit = HoursUnitAt(p)) {
        if (hour > 23 || !EndsWord(p + unit)) return false;
        Take(s, p + unit - s.pos, PieceKind::kTime);
        return true;
      }
    std::size_t q = p;
    if (q < t_.size() && t_[q] == ' ') ++q;
    if (q + 1 < t_.size() && (Lower(t_[q]) == 'a' || Lower(t_[q]) == 'p')) {
      if (Lower(t_[q + 1]) == 'm' && EndsWord(q + 2)) {
        p = q + 2;
        meridiem = true;
      } else if (q + 3 < t_.size() && t_[q + 1] == '.' && Lower(t_[q + 2]) == 'm' &&
                 t_[q + 3] == '.') {
        p = q + 4;  // "2.30 p.m."
        meridiem = true;
      }
    }
    // "12 noon", "12.00 midnight", "3 o'clock".
    if (!meridiem && p + 1 < t_.size() && t_[p] == ' ' &&
        (Lower(t_[p + 1]) == 'n' || Lower(t_[p + 1]) == 'm' || Lower(t_[p + 1]) == 'o')) {
      static constexpr std::string_view kMarkers[] = {"noon", "midnight", "o'clock",
                                                      "o\xE2\x80\x99"
                                                      "clock"};
      for (std::string_view marker : kMarkers) {
        if (!AtWordCI(p + 1, marker)) continue;
        if (marker[0] == 'o' ? minutes || hour > 12 : hour != 12) return false;
        p += 1 + marker.size();
        meridiem = true;
        break;
      }
    }
    if (!minutes && !meridiem) return false;
    if (hour > (meridiem ? 12 : 23)) return false;
    if (!EndsWord(p)) return false;
    Take(s, p - s.pos, PieceKind::kTime);
    return true;
  }

  // The length of "hrs", " hrs", "hours" or " hours" at `p`, ending a word; or 0.
  std::size_t HoursUnitAt(std::size_t p) const {
    for (std::string_view unit : {"hrs", " hrs", "hours", " hours"})
      if (At(p, unit) && EndsWord(p + unit.size())) return unit.size();
    return 0;
  }

  bool ValidDay(const DateExpression& e) const {
    const int y = e.has_year ? e.year : 2000;  // 2000 is a leap year: 29 February is allowed
    if (e.day < 1 || e.day > DaysInMonth(y, e.month)) return false;
    if (e.day2 != 0 && (e.day2 <= e.day || e.day2 > DaysInMonth(y, e.month))) return false;
    return true;
  }

  // "14", "14th", "8-10", "10 and 12", "1st to 3rd": a day or a day range.
  bool DayOrRange(State& s) const {
    if (!DayNumber(s, PieceKind::kDay, &s.e.day)) return false;
    static constexpr std::string_view kJoins[] = {"-",     "\xE2\x80\x93", " - ", " \xE2\x80\x93 ",
                                                  " and ", " to ",         " & ", "/"};
    for (std::string_view join : kJoins) {
      if (!At(s.pos, join)) continue;
      State r = s;
      TakeLiteral(r, join.size());
      if (DayNumber(r, PieceKind::kDay2, &r.e.day2)) s = std::move(r);
      break;
    }
    return true;
  }

  // "14th August 2014", "1 May", "8-10 July 1996", "1st of May, 2014".
  std::optional<State> DayFirst(State s) const {
    // The month name starts at most 27 bytes on ("31st \u2013 31st  of  May"):
    // most numbers have no capital month initial that near, and are refused
    // before the day, range and spaces are read.
    if (!DayDigitsAt(s.pos) || !MonthInitialWithin(s.pos, 28) || DecimalBefore(s.pos))
      return std::nullopt;
    if (!DayOrRange(s)) return std::nullopt;
    if (s.e.day2 == 0 && s.pos < t_.size() && t_[s.pos] == '-') return DayMonthYearHyphenated(s);
    if (!Spaces(s)) return std::nullopt;
    WordThenSpaces(s, "of");
    bool abbreviated = false, welsh = false;
    // "30 Mehefin 2022": a Welsh month only with its year.
    if (!MonthName(s, &abbreviated, &welsh)) return std::nullopt;
    State y = s;
    bool year = CommaSpaces(y) && Year4(y, PieceKind::kYear, &y.e.year);
    if (!year) {
      y = s;
      year = ShortYearAfterMonth(y);
    }
    if (year) {
      y.e.has_year = true;
      s = std::move(y);
    } else if (welsh) {
      return std::nullopt;
    }
    s.e.precision = Precision::kDay;
    if (!ValidDay(s.e)) return std::nullopt;
    const bool range = s.e.day2 != 0;
    s.e.rule = std::string(range ? "day-range-month" : "day-month") + (s.e.has_year ? "-year" : "");
    s.e.score = s.e.has_year ? 0.95 : 0.85;
    return s;
  }

  // Takes the two digits at `s.pos` as a year's last two ("21" of
  // "3-Nov-21"), from '50 on of the 1900s, as "3/6/15" reads.
  void TakeTwoDigitYear(State& s) const {
    const int yy = Number(t_.substr(s.pos, 2));
    s.e.year = yy + (yy < 50 ? 2000 : 1900);
    TakeDigits(s, 2, PieceKind::kYear);
  }

  // A four-digit year (Year4), or a year's last two digits ending the word,
  // at `s.pos`: "1948" or "21" of "3-Nov-21", "09FEB24".
  bool FullOrTwoDigitYear(State& s) const {
    if (Year4(s, PieceKind::kYear, &s.e.year)) return true;
    if (DigitsAt(s.pos) != 2 || !EndsWord(s.pos + 2)) return false;
    TakeTwoDigitYear(s);
    return true;
  }

  // The year that ends a system's day and month ("03-Nov-1948", "09FEB24"):
  // the whole day's date with `rule` and `score`, or nullopt when no year
  // follows or no such day exists.
  std::optional<State> DayDateWithYear(State s, const char* rule, double score) const {
    if (!FullOrTwoDigitYear(s)) return std::nullopt;
    s.e.has_year = true;
    s.e.precision = Precision::kDay;
    if (!ValidDay(s.e)) return std::nullopt;
    s.e.rule = rule;
    s.e.score = score;
    return s;
  }

  // A year's last two digits one space after a day and month, ending the
  // phrase: "3rd Nov 23 |", "14 March 24." (not "3 May 23 people", "3 May
  // 23:00", "1 June 24,5").
  bool ShortYearAfterMonth(State& s) const {
    const std::size_t p = s.pos + 1;
    if (!At(s.pos, " ") || DigitsAt(p) != 2 || !EndsWord(p + 2) || !YearEndsCleanly(p + 2))
      return false;
    std::size_t q = p + 2;
    if (q < t_.size() && (t_[q] == ':' || t_[q] == '-')) return false;
    while (q < t_.size() && t_[q] == ' ') ++q;
    if (q < t_.size() && (IsLower(t_[q]) || IsDigit(t_[q]))) return false;
    TakeLiteral(s, 1);
    TakeTwoDigitYear(s);
    return true;
  }

  // "03-Nov-1948", "3-Nov-21": hospital and police systems' dates, the day
  // (read already) and the month's name and the year joined by hyphens.
  std::optional<State> DayMonthYearHyphenated(State s) const {
    TakeLiteral(s, 1);
    bool abbreviated = false;
    if (!MonthName(s, &abbreviated) || s.pos + 2 >= t_.size() || t_[s.pos] != '-')
      return std::nullopt;
    TakeLiteral(s, 1);
    return DayDateWithYear(s, "day-month-year", 0.95);
  }

  // "May 1st, 2014", "August 14", "May 2014", and (in context) "May".
  std::optional<State> MonthFirst(State s, bool allow_alone) const {
    const std::size_t start = s.pos;
    bool abbreviated = false;
    if (!MonthName(s, &abbreviated)) return std::nullopt;
    {
      State d = s;
      if (Spaces(d) && DayOrRange(d)) {
        State y = d;
        if (CommaSpaces(y) && Year4(y, PieceKind::kYear, &y.e.year)) {
          y.e.has_year = true;
          d = std::move(y);
        }
        d.e.precision = Precision::kDay;
        if (ValidDay(d.e)) {
          const bool range = d.e.day2 != 0;
          d.e.rule =
              std::string(range ? "month-day-range" : "month-day") + (d.e.has_year ? "-year" : "");
          d.e.score = d.e.has_year ? 0.95 : 0.75;
          return d;
        }
      }
    }
    {
      State y = s;
      if (CommaSpaces(y) && Year4(y, PieceKind::kYear, &y.e.year)) {
        y.e.has_year = true;
        y.e.precision = Precision::kMonth;
        y.e.rule = "month-year";
        y.e.score = 0.9;
        return y;
      }
    }
    {
      // "Aug '23", "in Sept ’22", "February '25": the year's last two digits.
      State y = s;
      if (Spaces(y) && ApostropheYear(y)) {
        y.e.has_year = true;
        y.e.precision = Precision::kMonth;
        y.e.rule = "month-short-year";
        y.e.score = 0.85;
        return y;
      }
    }
    // "March to August 2015", "June and September 2019": a month before another.
    static constexpr std::string_view kMonthJoins[] = {
        " to ", " and ", " until ", " - ", "-", " \xE2\x80\x93 ", "\xE2\x80\x93", " or "};
    for (std::string_view join : kMonthJoins) {
      if (!At(s.pos, join)) continue;
      const std::size_t next = s.pos + join.size();
      const std::size_t n = LettersAt(next);
      const std::string_view word = t_.substr(next, n);
      if (n > 0 && EndsWord(next + n) && IsWrittenMonth(word)) {
        s.e.precision = Precision::kMonth;
        s.e.rule = "month-before-month";
        s.e.score = 0.8;
        return s;
      }
      break;
    }
    // "March last year", "in June the previous year": the year said in words
    // (not a family name: "Grace May last year").
    static constexpr std::string_view kYearWords[] = {
        " last year",          " this year",       " next year",    " the previous year",
        " the following year", " the year before", " of last year", " of this year"};
    for (std::string_view tail : kYearWords)
      if (At(s.pos, tail) && EndsWord(s.pos + tail.size()) && !NameWordBefore(start)) {
        TakeLiteral(s, tail.size());
        s.e.precision = Precision::kMonth;
        s.e.rule = "month-year-in-words";
        s.e.score = 0.8;
        return s;
      }
    if (!allow_alone) return std::nullopt;
    s.e.precision = Precision::kMonth;
    s.e.rule = "month-in-context";
    s.e.score = 0.7;
    // An abbreviation alone only after a word that introduces it or alone in
    // brackets, and not one that is also a name or a word ("in Sept;", "cut
    // in Oct", "mid-Dec", "the 26th (Feb)"; not "with Jan", "Mar").
    if (abbreviated) {
      const bool bracketed = start > 0 && t_[start - 1] == '(' && At(s.pos, ")");
      return (standalone_ || bracketed || MonthContextBefore(start) || MonthAndDashBefore(start)) &&
                     !AmbiguousAbbreviation(s.e.month)
                 ? std::optional<State>(s)
                 : std::nullopt;
    }
    if (standalone_ || MonthContextBefore(start) || MonthAndDashBefore(start)) return s;
    if (!MonthAloneAt(start, s.pos, s.e.month)) return std::nullopt;
    s.e.rule = "month-alone";
    return s;
  }

  // True for the months whose abbreviation is also a name or a word: Jan,
  // Mar, Jun, Jul.
  static bool AmbiguousAbbreviation(int month) {
    return month == 1 || month == 3 || month == 6 || month == 7;
  }

  // True when the month name at [start, end) (month `month`) is a month
  // without a word that introduces it ("after the October incident", "The
  // October holidays."): capitalised, not a month that is also a word or a
  // name ("May", "March", "June", "August"), and not in a name or title
  // ("Red October", "the October Revolution").
  bool MonthAloneAt(std::size_t start, std::size_t end, int month) const {
    if (month == 3 || month == 5 || month == 6 || month == 8) return false;
    if (CaseOf(t_.substr(start, end - start)) != LetterCase::kTitle) return false;
    return !NameWordBefore(start) && !NameWordAfter(end);
  }

  // The lower-case word just before `pos` (skipping spaces), at most 12 letters.
  std::string WordBefore(std::size_t pos) const {
    std::string w(WordBeforeAsWritten(pos));
    for (char& c : w) c = Lower(c);
    return w;
  }

  // The word WordBefore lower-cases, as written; empty when there is none.
  std::string_view WordBeforeAsWritten(std::size_t pos) const {
    std::size_t p = pos;
    while (p > 0 && (t_[p - 1] == ' ' || t_[p - 1] == '-')) --p;
    std::size_t b = p;
    while (b > 0 && IsLetter(t_[b - 1]) && p - b < 12) --b;
    if (b > 0 && IsWordByte(static_cast<unsigned char>(t_[b - 1]))) return {};
    return t_.substr(b, p - b);
  }

  // True when the word before `pos` (WordBefore) is one of `words` (lower
  // case), compared in place: no string is built for it.
  template <std::size_t N>
  bool WordBeforeIsOneOf(std::size_t pos, const std::string_view (&words)[N]) const {
    return OneOfCI(WordBeforeAsWritten(pos), words);
  }

  bool MonthContextBefore(std::size_t pos) const {
    static constexpr std::string_view kWords[] = {
        "in",      "during", "since", "until", "till", "by",        "from",    "before",
        "after",   "early",  "mid",   "late",  "of",   "last",      "next",    "throughout",
        "between", "and",    "to",    "this",  "that", "following", "previous"};
    return WordBeforeIsOneOf(pos, kWords);
  }

  // True when a month and a dash or slash come right before `pos`: the
  // second month of "Aug–Sept", "Jan/Feb", "Oct - Nov" (with a year after it,
  // "Aug–Sept 2021", the second is a date of its own anyway).
  bool MonthAndDashBefore(std::size_t pos) const {
    std::size_t p = pos;
    while (p > 0 && t_[p - 1] == ' ') --p;
    if (p >= 3 && t_.substr(p - 3, 3) == "\xE2\x80\x93")
      p -= 3;
    else if (p >= 1 && (t_[p - 1] == '-' || t_[p - 1] == '/'))
      --p;
    else
      return false;
    return IsWrittenMonth(WordBeforeAsWritten(p));
  }

  // True when `word` is a month's name or abbreviation written as one:
  // capitalised or in capitals ("Sept", "AUG"; not "march").
  static bool IsWrittenMonth(std::string_view word) {
    if (LookUpCalendarWord(word).kind != CalendarWord::Kind::kMonth) return false;
    const LetterCase lc = CaseOf(word);
    return lc == LetterCase::kTitle || lc == LetterCase::kUpper;
  }

  // "on 14/3", "by 30/04", "w/c 3/6": a day and month written in figures.
  bool DayMonthContextBefore(std::size_t pos) const {
    static constexpr std::string_view kWords[] = {
        "on", "by",      "until", "till", "from",  "before", "after", "since",
        "of", "between", "and",   "to",   "dated", "c",      "b",     "e"};  // "w/c", "w/b", "w/e"
    return WordBeforeIsOneOf(pos, kWords);
  }

  // True when a verb in the past tense ends right before `pos` ("sent 2/2",
  // "shared 12/2)"), and what follows the day and month ending at `end` is no
  // word in lower case ("attended 3/4 sessions" counts sessions).
  bool PastVerbBefore(std::size_t pos, std::size_t end) const {
    static constexpr std::string_view kIrregular[] = {"sent", "seen", "met",  "rang", "spoke",
                                                      "told", "held", "saw",  "took", "gave",
                                                      "went", "came", "left", "made", "paid"};
    const std::string_view word = WordBeforeAsWritten(pos);
    const bool regular = word.size() >= 4 && EqualsCI(word.substr(word.size() - 2), "ed");
    if (!regular && !OneOfCI(word, kIrregular)) return false;
    std::size_t q = end;
    while (q < t_.size() && t_[q] == ' ') ++q;
    return q == end || q >= t_.size() || !IsLower(t_[q]);
  }

  // True when the word before `pos` makes "12/03" a number of something:
  // "a 12/03", "form 12/03", "section 12/03", "scored 10/10".
  bool NumberWordBefore(std::size_t pos) const {
    static constexpr std::string_view kWords[] = {
        "a",       "an",      "the",  "no",   "number",  "ref",    "form",  "page",  "para",
        "section", "chapter", "case", "file", "version", "scored", "score", "rated", "marks"};
    return WordBeforeIsOneOf(pos, kWords);
  }

  // [begin, end) is a cell of its own in a table written with tabs: a
  // chronology's date column ("22/3<TAB>HV<TAB>...").
  bool TableCell(std::size_t begin, std::size_t end) const {
    const bool starts = begin == 0 || t_[begin - 1] == '\t' || t_[begin - 1] == '\n';
    return starts && end < t_.size() &&
           (t_[end] == '\t' || At(end, "  "));  // "22/1   Call from": spaces as a tab
  }

  // True when the day and month ending at `end` end a sentence or a line:
  // "rang on the family's behalf 12/3.", "Summer Hassan \u2013 20/3<end of line>".
  bool EndsSentenceOrLine(std::size_t end) const {
    if (end >= t_.size() || t_[end] == '\n' || t_[end] == '\r') return true;
    if (t_[end] != '.' && t_[end] != ';') return false;
    return end + 1 >= t_.size() || t_[end + 1] == ' ' || t_[end + 1] == '\n' || t_[end + 1] == '\r';
  }

  // A year written with its last two digits after an apostrophe (' or ’):
  // "'23", "’99" (from '50 on the 1900s, as "3/6/15" reads). Not "'23s",
  // "'23.5" or "'234".
  bool ApostropheYear(State& s) const {
    const std::size_t mark = ApostropheAt(t_, s.pos);
    const std::size_t p = s.pos + mark;
    if (mark == 0 || DigitsAt(p) != 2 || !EndsWord(p + 2) || !YearEndsCleanly(p + 2)) return false;
    TakeLiteral(s, mark);
    TakeTwoDigitYear(s);
    return true;
  }

  // "Tuesday 14th August 2014", "Tue, 3 May", "Friday the 13th of June".
  std::optional<State> WeekdayDate(State s) const {
    const std::size_t n = LettersAt(s.pos);
    const std::string_view word = t_.substr(s.pos, n);
    const CalendarWord cw = LookUpCalendarWord(word);
    const LetterCase lc = CaseOf(word);
    if (cw.kind != CalendarWord::Kind::kWeekday || !EndsWord(s.pos + n) ||
        (lc != LetterCase::kTitle && lc != LetterCase::kUpper))
      return std::nullopt;
    TakeCalendarWord(s, PieceKind::kWeekday, word, lc, cw);
    s.e.weekday = cw.index;
    if (!CommaSpaces(s)) return std::nullopt;
    WordThenSpaces(s, "the");
    std::optional<State> inner = DayFirst(s);
    if (!inner) inner = MonthFirst(s, /*allow_alone=*/false);
    if (!inner || inner->e.precision != Precision::kDay) inner = Numeric(s, /*introduced=*/true);
    if (!inner || inner->e.precision != Precision::kDay) {
      // "Mon 4th", "Friday the 13th": a day of a month not named.
      inner = s;
      if (!OrdinalAt(s.pos) || !DayNumber(*inner, PieceKind::kDay, &inner->e.day))
        return std::nullopt;
      inner->e.precision = Precision::kDayOfMonth;
      inner->e.rule = "day";
      inner->e.score = 0.85;
    }
    inner->e.rule = "weekday-" + inner->e.rule;
    return inner;
  }

  // Takes the weekday name at `s.pos` as a piece: in full, in any case but
  // mixed, or a capitalised abbreviation other than "Sat" and "Sun" (words
  // as well; "Sat" when `saturday`). False when there is none.
  bool WeekdayWord(State& s, bool saturday = false) const {
    const std::size_t n = LettersAt(s.pos);
    if (n == 0 || !EndsWord(s.pos + n)) return false;
    const std::string_view word = t_.substr(s.pos, n);
    const CalendarWord cw = LookUpCalendarWord(word);
    const LetterCase lc = CaseOf(word);
    if (cw.kind != CalendarWord::Kind::kWeekday || lc == LetterCase::kMixed) return false;
    if (cw.abbreviated && (lc == LetterCase::kLower || cw.index > (saturday ? 5 : 4))) return false;
    TakeCalendarWord(s, PieceKind::kWeekday, word, lc, cw);
    if (s.e.weekday < 0) s.e.weekday = cw.index;
    return true;
  }

  // Takes " evening", " morning", " pm" ... after a weekday. Returns 1
  // when one was taken, 0 when none follows, -1 when it is plural ("on
  // Tuesday evenings": a habit, no day).
  int PartOfDay(State& s) const {
    static constexpr std::string_view kParts[] = {"morning",   "afternoon", "evening",
                                                  "night",     "lunchtime", "teatime",
                                                  "overnight", "am",        "pm"};
    if (s.pos >= t_.size() || t_[s.pos] != ' ') return 0;
    const std::size_t p = s.pos + 1;
    const std::size_t n = LettersAt(p);
    if (n == 0 || !EndsWord(p + n)) return 0;
    const std::string_view word = t_.substr(p, n);
    for (std::string_view part : kParts) {
      if (EqualsCI(word, part)) {
        TakeLiteral(s, 1 + n);
        return 1;
      }
      if (n == part.size() + 1 && Lower(word.back()) == 's' &&
          EqualsCI(word.substr(0, n - 1), part))
        return -1;
    }
    return 0;
  }

  // "Sunday", "Sunday evening", "Friday into Saturday", "Tues": a weekday
  // naming one day, after a word that introduces a day ("on", "since", "by"
  // ..., "the" after one) or with its part of the day ("Sunday morning");
  // after a lead ("the following Tuesday", read by Led) whatever comes
  // before; "Sat" after "on", "by", "until", "from" ... and before the
  // clause ends or its part of the day ("on Sat.", "by Sat pm"; "on Sat nav"
  // stays; "Sun" never alone: the newspaper). A weekday in full, capitalised,
  // ending the phrase of a verb without "on" (WeekdayEndsVerbPhrase:
  // "returns to school Monday.") scores lower. Not a habit: "every
  // Tuesday", "on a Tuesday", "on Tuesday evenings".
  std::optional<State> WeekdayAlone(State s, bool led) const {
    static constexpr std::string_view kContext[] = {
        "on",    "by",   "since",   "until",      "till",     "from", "before",
        "after", "of",   "over",    "throughout", "during",   "last", "next",
        "this",  "that", "between", "previous",   "following"};
    static constexpr std::string_view kSaturdayLeads[] = {"on",   "by",    "until",  "till",
                                                          "from", "since", "before", "after"};
    const std::size_t start = s.pos;
    const bool saturday_led = WordBeforeIsOneOf(start, kSaturdayLeads);
    if (!WeekdayWord(s, standalone_ || saturday_led)) return std::nullopt;
    const bool saturday = s.e.weekday == 5 && LettersAt(start) == 3;  // "Sat"
    const int part = PartOfDay(s);
    if (part < 0) return std::nullopt;
    if (saturday && !standalone_ && part == 0 && !TimeAfter(s.pos) && t_[s.pos - 1] != '.' &&
        !PhraseEndsAt(s.pos))
      return std::nullopt;
    // Weekdays joined by slashes, a timetable's days: "Mon/Wed", "Mon/Tue/Fri".
    bool slashed = false;
    while (At(s.pos, "/")) {
      State r = s;
      TakeLiteral(r, 1);
      if (!WeekdayWord(r, /*saturday=*/true) || PartOfDay(r) < 0) break;
      s = std::move(r);
      slashed = true;
    }
    // A second weekday: "Friday into Saturday", "Monday and Tuesday".
    bool joined = false;
    static constexpr std::string_view kWeekdayJoins[] = {
        " and ", " or ",         " to ", " until ",        " till ", " into ",
        "-",     "\xE2\x80\x93", " - ",  " \xE2\x80\x93 ", " & "};
    for (std::string_view join : kWeekdayJoins) {
      if (!At(s.pos, join)) continue;
      State r = s;
      TakeLiteral(r, join.size());
      if (WeekdayWord(r) && PartOfDay(r) >= 0) {
        s = std::move(r);
        joined = true;
      }
      break;
    }
    if (!standalone_ && !led && !slashed) {
      std::string before = WordBefore(start);
      if (before == "every" || before == "each" || before == "a") return std::nullopt;
      // "on the Tuesday": "the" after a word that introduces a day.
      if (before == "the") {
        std::size_t the = start;
        while (the > 0 && t_[the - 1] == ' ') --the;
        before = the >= 3 ? WordBefore(the - 3) : std::string();
      }
      if (part == 0 && !TimeAfter(s.pos) &&
          std::find(std::begin(kContext), std::end(kContext), before) == std::end(kContext)) {
        if (joined || !WeekdayEndsVerbPhrase(start, s.pos)) return std::nullopt;
        s.e.precision = Precision::kWeekday;
        s.e.rule = "weekday-after-verb";
        s.e.score = 0.7;
        return s;
      }
    }
    s.e.precision = Precision::kWeekday;
    s.e.rule = "weekday";
    s.e.score = 0.8;
    return s;
  }

  // True when punctuation that ends a phrase (". , ; : ) ! ?", a line's
  // end, the text's end) comes at `p`.
  bool PhraseEndsAt(std::size_t p) const {
    if (p >= t_.size()) return true;
    const char c = t_[p];
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' ||
           c == '\n' || c == '\r';
  }

  // True when the weekday at [start, end), written in full and capitalised,
  // ends the phrase of a verb without "on": "Hodan returns to school
  // Monday.", "back at work Tuesday,", "He was discharged Friday;". A word
  // in lower case comes right before it, none of an article, a possessive or
  // a join of a range, nor after an article ("a typical Monday."); the
  // phrase ends after it, and no list of days goes on. "Wednesday was fine",
  // "open Monday to Friday.", "attends Monday, Tuesday and Thursday", "his
  // Sunday.", "a Sun reporter" stay.
  bool WeekdayEndsVerbPhrase(std::size_t start, std::size_t end) const {
    static constexpr std::string_view kNotVerbs[] = {
        "a",   "an",  "the",   "every", "each",    "any",  "one", "some", "no",    "per",
        "his", "her", "their", "my",    "our",     "your", "its", "to",   "until", "till",
        "and", "or",  "into",  "thru",  "through", "than", "nor", "s"};
    static constexpr std::string_view kArticles[] = {"a", "an", "the", "every", "each", "any"};
    const std::string_view word = WordAt(start);
    const CalendarWord cw = LookUpCalendarWord(word);
    if (cw.abbreviated || CaseOf(word) != LetterCase::kTitle || !PhraseEndsAt(end)) return false;
    if (start < 3 || t_[start - 1] != ' ' || !IsLetter(t_[start - 2])) return false;
    std::size_t b = start - 1;
    while (b > 0 && IsLetter(t_[b - 1])) --b;
    if (!IsLower(t_[b]) || (b > 0 && (IsWordByte(t_[b - 1]) || t_[b - 1] == '\''))) return false;
    if (OneOfCI(t_.substr(b, start - 1 - b), kNotVerbs)) return false;
    // "attends Monday, Tuesday and Thursday mornings": a list of days is a timetable.
    if (At(end, ", ") && LookUpCalendarWord(WordAt(end + 2)).kind == CalendarWord::Kind::kWeekday)
      return false;
    return !WordBeforeIsOneOf(b, kArticles);
  }

  // True when a marked time of day follows `p` (", 4pm", " at 16:00"): it
  // places the weekday before it ("Sunday 4pm") as a part of the day does.
  bool TimeAfter(std::size_t p) const {
    State t = Start(p);
    if (t.pos < t_.size() && t_[t.pos] == ',') ++t.pos;
    if (!Spaces(t)) return false;
    WordThenSpaces(t, "at");
    const std::size_t from = t.pos;
    return TimeOfDay(t) && Marked(t_.substr(from, t.pos - from));
  }

  // A day led by the words that place it: "the following Tuesday", "last
  // Friday", "that Christmas", "the 3rd", "the 24th of January".
  std::optional<State> Led(State s) const {
    const std::size_t start = s.pos;
    if (AtWordCI(s.pos, "the")) {
      State t = s;
      Take(t, 3, PieceKind::kArticle);
      if (Spaces(t) && t.pos < t_.size() && IsDigit(t_[t.pos])) {
        if (!OrdinalAt(t.pos)) return std::nullopt;
        std::optional<State> day = DayFirst(t);
        std::optional<State> alone = OrdinalAlone(t, start);
        if (day && (!alone || day->pos >= alone->pos)) return day;
        return alone;
      }
    }
    WordThenSpaces(s, "the");
    bool modifier = false;
    for (std::string_view word : kModifiers)
      if (WordThenSpaces(s, word)) {
        modifier = true;
        break;
      }
    if (!modifier || s.pos >= t_.size() || !IsLetter(t_[s.pos])) return std::nullopt;
    switch (LookUpCalendarWord(WordAt(s.pos)).kind) {
      case CalendarWord::Kind::kWeekday:
        return WeekdayAlone(s, /*led=*/true);
      case CalendarWord::Kind::kNone:
        return HolidayAlone(s, /*led=*/true);
      default:
        return std::nullopt;
    }
  }

  // True when a day of the month written as an ordinal ("3rd", "24TH") starts at `p`.
  bool OrdinalAt(std::size_t p) const {
    const std::size_t n = DigitsAt(p);
    if (n < 1 || n > 2 || LettersAt(p + n) != 2) return false;
    const char a = Lower(t_[p + n]), b = Lower(t_[p + n + 1]);
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
           (a == 't' && b == 'h');
  }

  // "3rd" of "on 3rd", "the 3rd" (from Led, `context_at` then at "the"),
  // "the 3rd and 4th": the days of a month not named, as ordinals, after a
  // word that introduces a date and before the clause goes on ("on the 3rd
  // floor", "the 5th Chamber" are no dates).
  std::optional<State> OrdinalAlone(State s, std::size_t context_at) const {
    static constexpr std::string_view kContext[] = {
        "on", "by", "until", "till", "from", "since", "before", "after", "between", "of", "to"};
    if (!OrdinalAt(s.pos) || DecimalBefore(s.pos)) return std::nullopt;
    if (!DayNumber(s, PieceKind::kDay, &s.e.day)) return std::nullopt;
    static constexpr std::string_view kOrdinalJoins[] = {
        " and the ", " to the ",       " and ", " to ", "-",   "\xE2\x80\x93",
        " - ",       " \xE2\x80\x93 ", "/",     " & ",  " or "};
    for (std::string_view join : kOrdinalJoins) {
      if (!At(s.pos, join)) continue;
      State r = s;
      TakeLiteral(r, join.size());
      if (OrdinalAt(r.pos) && DayNumber(r, PieceKind::kDay2, &r.e.day2) && r.e.day2 > r.e.day)
        s = std::move(r);
      break;
    }
    // A range of ordinals ("on leave 15th–22nd") is a date without a word before.
    if (!standalone_ &&
        (!(s.e.day2 != 0 || WordBeforeIsOneOf(context_at, kContext)) || !DayEndsClauseAt(s.pos)))
      return std::nullopt;
    s.e.precision = Precision::kDayOfMonth;
    s.e.rule = "ordinal-day";
    s.e.score = 0.75;
    return s;
  }

  // True when a day alone ends its phrase at `p`: punctuation, the end, or a
  // word that starts a clause or a phrase of its own ("on the 3rd police
  // attended", "the 3rd at 10pm"), not a noun it numbers ("the 3rd floor").
  bool DayEndsClauseAt(std::size_t p) const {
    static constexpr std::string_view kNext[] = {
        "and",    "at",     "when",    "but",   "to",  "with",  "in",  "for",  "as",
        "after",  "before", "until",   "she",   "he",  "they",  "we",  "i",    "it",
        "there",  "police", "the",     "her",   "his", "their", "so",  "then", "about",
        "around", "or",     "because", "while", "was", "were",  "mum", "dad",  "a"};
    if (p >= t_.size()) return true;
    const char c = t_[p];
    if (c == '.') return !(p + 1 < t_.size() && IsDigit(t_[p + 1]));
    if (c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' || c == '\t' ||
        c == '\n' || c == '\r')
      return true;
    if (c != ' ') return false;
    if (At(p + 1, "(")) return true;  // "on the 26th (Feb)"
    if (At(p + 1, "\xE2\x80\x93") || At(p + 1, "\xE2\x80\x94") || At(p + 1, "- ")) return true;
    const std::string_view next = WordAt(p + 1);
    if (next.empty() || !EndsWord(p + 1 + next.size())) return false;
    if (IsUpper(next[0]) && next != "I") return false;
    return OneOfCI(next, kNext);
  }

  // A numeric date written with one zero-padded day or month ("29.03.2014"),
  // or with two digits for both ("29.12.2014"), pads both: that is its style.
  static void PadTogether(std::vector<Piece>& pieces) {
    bool any_zero = false, all_two = true;
    for (const Piece& p : pieces) {
      if (p.kind != PieceKind::kDay && p.kind != PieceKind::kMonthNumber) continue;
      any_zero |= p.padded;
      all_two &= p.text.size() == 2;
    }
    const bool padded = any_zero || all_two;
    for (Piece& p : pieces)
      if (p.kind == PieceKind::kDay || p.kind == PieceKind::kMonthNumber) p.padded = padded;
  }

  // "29.03.2014", "03/06/2015", "3/6/15", "2015-06-03", "06/2015".
  // `introduced`: a word that introduces a date (a weekday: "Thurs 7/3")
  // comes before, so a day and a month alone are a date.
  // `after_range`: the first day of a range and a dash come before
  // ("16-17/12/23"), read by NumericDayRange.
  std::optional<State> Numeric(State s, bool introduced = false, bool after_range = false) const {
    const std::size_t start = s.pos;
    if (!after_range && NumberRunBefore(start)) return std::nullopt;
    const std::size_t n1 = DigitsAt(start);
    if (n1 == 0 || !NumericSeparatorAt(start + n1)) return std::nullopt;
    const char sep = t_[start + n1];
    const std::size_t p2 = start + n1 + 1;
    const std::size_t n2 = DigitsAt(p2);
    if (n2 == 0) return std::nullopt;
    auto finish_ok = [&](std::size_t end) {
      // Not part of a longer run such as "1.2.3.4" or "12/03/2014/5".
      if (!EndsWord(end)) return false;
      if (end + 1 < t_.size() && (t_[end] == sep || t_[end] == '/' || t_[end] == '.') &&
          IsDigit(t_[end + 1]))
        return false;
      return true;
    };
    auto number_piece = [&](std::size_t pos, std::size_t len, PieceKind kind) {
      Piece p;
      p.kind = kind;
      p.text = std::string(t_.substr(pos, len));
      p.padded = len == 2 && t_[pos] == '0';
      p.digits = static_cast<int>(len);
      return p;
    };
    // The numbers of a date, each (position, length, kind), with the one-byte
    // separator before each but the first; padded alike; `s` ends after them.
    struct Field {
      std::size_t pos, len;
      PieceKind kind;
    };
    auto push_fields = [&](std::initializer_list<Field> fields) {
      for (const Field& f : fields) {
        if (f.pos != start) AddLiteral(s, t_.substr(f.pos - 1, 1));
        Push(s, number_piece(f.pos, f.len, f.kind));
        s.pos = f.pos + f.len;
      }
      PadTogether(s.e.pieces);
    };
    // ISO: 2015-06-03 (also with / or .).
    if (n1 == 4 && (n2 == 1 || n2 == 2) && p2 + n2 < t_.size() && t_[p2 + n2] == sep) {
      const std::size_t p3 = p2 + n2 + 1;
      const std::size_t n3 = DigitsAt(p3);
      if ((n3 == 1 || n3 == 2) && finish_ok(p3 + n3)) {
        s.e.year = Number(t_.substr(start, 4));
        s.e.month = Number(t_.substr(p2, n2));
        s.e.day = Number(t_.substr(p3, n3));
        s.e.has_year = true;
        if (s.e.year < 1800 || s.e.year > 2199 || !IsValid({s.e.year, s.e.month, s.e.day}))
          return std::nullopt;
        push_fields({{start, 4, PieceKind::kYear},
                     {p2, n2, PieceKind::kMonthNumber},
                     {p3, n3, PieceKind::kDay}});
        s.e.precision = Precision::kDay;
        s.e.rule = "numeric-iso";
        s.e.score = 0.95;
        return s;
      }
      return std::nullopt;
    }
    // ISO year and month: "2023-12" (but "2010-11", the next year's two
    // digits, is an academic year, which Year reads).
    if (n1 == 4 && n2 == 2 && sep == '-' && finish_ok(p2 + 2)) {
      const int year = Number(t_.substr(start, 4));
      const int month = Number(t_.substr(p2, 2));
      if (year < 1900 || year > 2099 || month < 1 || month > 12 || month == (year + 1) % 100)
        return std::nullopt;
      s.e.year = year;
      s.e.month = month;
      s.e.has_year = true;
      push_fields({{start, 4, PieceKind::kYear}, {p2, 2, PieceKind::kMonthNumber}});
      s.e.precision = Precision::kMonth;
      s.e.rule = "numeric-iso-month";
      s.e.score = 0.8;
      return s;
    }
    if (n1 > 2 || n2 > 4) return std::nullopt;
    // Day, month, year: 29.03.2014, 3/6/15.
    if (n2 <= 2 && p2 + n2 < t_.size() && t_[p2 + n2] == sep) {
      const std::size_t p3 = p2 + n2 + 1;
      const std::size_t n3 = DigitsAt(p3);
      if ((n3 != 2 && n3 != 4) || !finish_ok(p3 + n3)) return std::nullopt;
      int year = Number(t_.substr(p3, n3));
      if (n3 == 2) year += year < 50 ? 2000 : 1900;
      s.e.year = year;
      s.e.month = Number(t_.substr(p2, n2));
      s.e.day = Number(t_.substr(start, n1));
      s.e.has_year = true;
      if (year < 1800 || year > 2199 || !IsValid({year, s.e.month, s.e.day})) return std::nullopt;
      push_fields({{start, n1, PieceKind::kDay},
                   {p2, n2, PieceKind::kMonthNumber},
                   {p3, n3, PieceKind::kYear}});
      s.e.precision = Precision::kDay;
      s.e.rule = n3 == 4 ? "numeric-dmy" : "numeric-dmy-short-year";
      s.e.score = n3 == 4 ? 0.95 : 0.85;
      return s;
    }
    // Day and month after a word that introduces a date: "on 14/3", "by 30/04";
    // or both in two digits, as no fraction or score is written: "hired 14/03".
    // ("Fri 26.05": after a weekday also with a full stop.)
    if ((sep == '/' ||
         (sep == '.' && introduced && n1 == 2 && n2 == 2 && !QuantityAfter(p2 + n2))) &&
        n2 <= 2 && finish_ok(p2 + n2) &&
        (standalone_ || introduced || DayMonthContextBefore(start) || TableCell(start, p2 + n2) ||
         TimeAfter(p2 + n2) ||  // "14/2 17:00", "3/3 at 10:30"
         (!NumberWordBefore(start) && ((n1 == 2 && n2 == 2) || PastVerbBefore(start, p2 + n2) ||
                                       EndsSentenceOrLine(p2 + n2))))) {
      s.e.day = Number(t_.substr(start, n1));
      s.e.month = Number(t_.substr(p2, n2));
      if (!IsValid({2000, s.e.month, s.e.day})) return std::nullopt;  // 2000: 29/02 is allowed
      push_fields({{start, n1, PieceKind::kDay}, {p2, n2, PieceKind::kMonthNumber}});
      s.e.precision = Precision::kDay;
      s.e.rule = "numeric-dm";
      s.e.score = 0.75;
      return s;
    }
    // Month and year: 06/2015.
    if (sep == '/' && n2 == 4 && finish_ok(p2 + 4)) {
      const int month = Number(t_.substr(start, n1));
      const int year = Number(t_.substr(p2, 4));
      if (month < 1 || month > 12 || year < 1900 || year > 2099) return std::nullopt;
      s.e.month = month;
      s.e.year = year;
      s.e.has_year = true;
      Push(s, number_piece(start, n1, PieceKind::kMonthNumber));
      AddLiteral(s, t_.substr(start + n1, 1));
      Push(s, number_piece(p2, 4, PieceKind::kYear));
      s.pos = p2 + 4;
      s.e.precision = Precision::kMonth;
      s.e.rule = "numeric-month-year";
      s.e.score = 0.8;
      return s;
    }
    return std::nullopt;
  }

  // "16-17/12/23", "26–27/12": a range of days before a month in figures (a
  // night shift, a weekend); with the range, a day and month alone are a date.
  std::optional<State> NumericDayRange(State s) const {
    const std::size_t start = s.pos;
    if (NumberRunBefore(start)) return std::nullopt;
    const std::size_t n1 = DigitsAt(start);
    int first = 0;
    if (!DayNumber(s, PieceKind::kDay, &first) || s.pos != start + n1) return std::nullopt;
    const std::size_t dash = At(s.pos, "-") ? 1 : At(s.pos, "\xE2\x80\x93") ? 3 : 0;
    const std::size_t n2 = DigitsAt(s.pos + dash);
    if (dash == 0 || n2 == 0 || n2 > 2 || !At(s.pos + dash + n2, "/")) return std::nullopt;
    TakeLiteral(s, dash);
    std::optional<State> rest = Numeric(Start(s.pos), /*introduced=*/true, /*after_range=*/true);
    if (!rest || rest->e.precision != Precision::kDay) return std::nullopt;
    for (Piece& p : rest->e.pieces) {
      if (p.kind != PieceKind::kDay) continue;
      p.kind = PieceKind::kDay2;  // the date read after the dash ends the range
      break;
    }
    s.e.day = first;
    s.e.day2 = rest->e.day;
    s.e.month = rest->e.month;
    s.e.year = rest->e.year;
    s.e.has_year = rest->e.has_year;
    s.e.precision = Precision::kDay;
    if (!ValidDay(s.e)) return std::nullopt;
    for (Piece& p : rest->e.pieces) Push(s, std::move(p));
    s.pos = rest->pos;
    s.e.rule = s.e.has_year ? "numeric-day-range-year" : "numeric-day-range";
    s.e.score = 0.8;
    return s;
  }

  // "09FEB24", "9Feb2024": a police or hospital system's date, the day, the
  // month's three-letter abbreviation and the year written together.
  std::optional<State> DayMonthYearCompact(State s) const {
    const std::size_t start = s.pos;
    if (start > 0 && IsWordByte(static_cast<unsigned char>(t_[start - 1]))) return std::nullopt;
    const std::size_t n = DigitsAt(start);
    if (n < 1 || n > 2 || LettersAt(start + n) != 3) return std::nullopt;
    const std::string_view month = t_.substr(start + n, 3);
    const CalendarWord cw = LookUpCalendarWord(month);
    const LetterCase lc = CaseOf(month);
    if (cw.kind != CalendarWord::Kind::kMonth ||
        (lc != LetterCase::kTitle && lc != LetterCase::kUpper))
      return std::nullopt;
    if (DigitsAt(start + n + 3) == 0) return std::nullopt;  // the year follows at once
    s.e.day = Number(t_.substr(start, n));
    s.e.month = cw.index;
    if (record_) {
      Piece day;
      day.kind = PieceKind::kDay;
      day.text = std::string(t_.substr(start, n));
      day.padded = n == 2 && t_[start] == '0';
      Push(s, std::move(day));
    }
    s.pos = start + n;
    TakeCalendarWord(s, PieceKind::kMonthName, month, lc, cw);  // a digit follows, no dot
    return DayDateWithYear(s, "day-month-year-compact", 0.9);
  }

  // "14:30 on 3 May", "2pm on Tuesday 4 June 2019".
  std::optional<State> TimeThenDate(State s) const {
    if (!TimeOfDay(s)) return std::nullopt;
    if (!Spaces(s) || !WordThenSpaces(s, "on")) return std::nullopt;
    std::optional<State> inner;
    if (s.pos < t_.size() && IsDigit(t_[s.pos])) {
      inner = Numeric(s);
      std::optional<State> d = DayFirst(s);
      if (d && (!inner || d->pos > inner->pos)) inner = std::move(d);
    } else {
      inner = WeekdayDate(s);
      if (!inner) inner = MonthFirst(s, /*allow_alone=*/false);
    }
    if (!inner || inner->e.precision != Precision::kDay) return std::nullopt;
    inner->e.rule = "time-" + inner->e.rule;
    return inner;
  }

  // A time after a date: " at 14:30", " 22:47", ", 4.00pm", "T09:14:07"
  // (ISO), and the end of a range of times ("10:30–11:45").
  void TrailingTime(State& s) const {
    State t = s;
    bool found = Spaces(t) && WordThenSpaces(t, "at") && TimeOfDay(t);
    if (!found) {
      t = s;
      if (t.pos < t_.size() && t_[t.pos] == 'T') {
        TakeLiteral(t, 1);
        found = TimeOfDay(t);  // with its seconds
      } else {
        if (t.pos < t_.size() && t_[t.pos] == ',') TakeLiteral(t, 1);
        const std::size_t from = t.pos;
        found = Spaces(t) && TimeOfDay(t);
        // Without "at", only "22:47" or "4.00pm": "22.07.2020, 19.08.2020"
        // is a list of dates.
        found = found && Marked(t_.substr(from, t.pos - from));
      }
    }
    if (!found) return;
    RangeEnd(t);
    s = std::move(t);
  }

  // A time with a colon ("22:47") or a word ("4.00pm", "12 noon"): "19.08"
  // alone is no time.
  static bool Marked(std::string_view time) {
    return std::any_of(time.begin(), time.end(), [](char c) { return c == ':' || IsLetter(c); });
  }

  // The length of "9.30–12.30", "10.45 - 11.15" at `pos`: two dotted times
  // of the day on the quarter hour joined by a dash, the first not led by a
  // currency sign or a number ("£9.30–12.30"), the second ending the word; or 0.
  std::size_t QuarterHourRangeAt(std::size_t pos) const {
    if (pos > 0 && (IsDigit(t_[pos - 1]) || t_[pos - 1] == '.' || t_[pos - 1] == '$' ||
                    static_cast<unsigned char>(t_[pos - 1]) >= 0x80))
      return 0;
    auto quarter_hour = [&](std::size_t p) -> std::size_t {  // "9.30" at p: its length, or 0
      const std::size_t h = DigitsAt(p);
      if (h < 1 || h > 2 || (h == 1 && t_[p] == '0') || Number(t_.substr(p, h)) > 23 ||
          p + h + 3 > t_.size() || t_[p + h] != '.' || DigitsAt(p + h + 1) != 2)
        return 0;
      const int minute = Number(t_.substr(p + h + 1, 2));
      return minute % 15 == 0 ? h + 3 : 0;
    };
    const std::size_t first = quarter_hour(pos);
    if (first == 0) return 0;
    std::size_t p = pos + first;
    std::size_t dash = 0;
    for (std::string_view join : {"-", "\xE2\x80\x93", " - ", " \xE2\x80\x93 "})
      if (At(p, join)) dash = join.size();
    if (dash == 0) return 0;
    p += dash;
    const std::size_t second = quarter_hour(p);
    if (second == 0 || !EndsWord(p + second) ||
        (p + second < t_.size() && t_[p + second] == '.' && p + second + 1 < t_.size() &&
         IsDigit(t_[p + second + 1])))
      return 0;
    return p + second - pos;
  }

  // True when the word before `pos` introduces a time: "at 04.05", "after 9.30".
  bool TimeWordBefore(std::size_t pos) const {
    static constexpr std::string_view kWords[] = {"at",   "after", "before", "until",  "till",
                                                  "from", "by",    "around", "approx", "between"};
    if (WordBeforeIsOneOf(pos, kWords)) return true;
    // "at about 10.30", "at approximately 1.30".
    for (std::string_view lead : {"at about ", "at approximately ", "at roughly "})
      if (pos >= lead.size() && AtWordCI(pos - lead.size(), lead.substr(0, lead.size() - 1)))
        return true;
    return false;
  }

  // True when a quantity's unit follows `end`: "by 2.50 per cent", "at 3.25%",
  // "at 12.50 each", "at 3.50 a week" (not "at 9.30 a meeting").
  bool QuantityAfter(std::size_t end) const {
    if (end < t_.size() && t_[end] == '%') return true;
    if (FollowedByCountNoun(end)) return true;
    if (end + 1 >= t_.size() || t_[end] != ' ') return false;
    static constexpr std::string_view kUnits[] = {"per",    "percent", "pence", "p",
                                                  "points", "litres",  "each"};
    for (std::string_view unit : kUnits)
      if (AtWordCI(end + 1, unit)) return true;
    const std::size_t article = AtWordCI(end + 1, "a") ? 2 : AtWordCI(end + 1, "an") ? 3 : 0;
    if (article == 0 || end + 1 + article >= t_.size() || t_[end + article] != ' ') return false;
    static constexpr std::string_view kPeriods[] = {"day",  "week", "month", "year",
                                                    "hour", "unit", "head",  "time"};
    for (std::string_view period : kPeriods)
      if (AtWordCI(end + 1 + article, period)) return true;
    return false;
  }

  // "6 and 8pm", "2-4pm": an hour alone before the marked end of its range.
  std::size_t HourRangeAt(std::size_t pos) const {
    const std::size_t h = DigitsAt(pos);
    if (h < 1 || h > 2 || pos + h >= t_.size() || Number(t_.substr(pos, h)) > 12 ||
        Number(t_.substr(pos, h)) == 0)
      return 0;
    // The join starts with a dash, or a space and "and", "to", "until" or a dash.
    const char after = t_[pos + h];
    const char next = pos + h + 1 < t_.size() ? t_[pos + h + 1] : '\0';
    if (after != '-' && after != '\xE2' &&
        !(after == ' ' &&
          (next == 'a' || next == 't' || next == 'u' || next == '-' || next == '\xE2')))
      return 0;
    static constexpr std::string_view kHourJoins[] = {
        " and ", " to ", "-", "\xE2\x80\x93", " - ", " \xE2\x80\x93 ", " until "};
    for (std::string_view join : kHourJoins) {
      if (!At(pos + h, join)) continue;
      State r = Start(pos + h + join.size());
      const std::size_t from = r.pos;
      if (!TimeOfDay(r) || !Marked(t_.substr(from, r.pos - from))) return 0;
      return r.pos - pos;
    }
    return 0;
  }

  // "1400hrs", "at 0230 hours": a four-digit time of a police log, before
  // "hrs" or, after a word that introduces a time, "hours" ("1200 hours of
  // work" is no time).
  std::size_t ClockHoursAt(std::size_t pos) const {
    if (DigitsAt(pos) != 4) return 0;
    const int hhmm = Number(t_.substr(pos, 4));
    if (hhmm / 100 > 23 || hhmm % 100 > 59) return 0;
    std::size_t p = pos + 4;
    const bool spaced = p < t_.size() && t_[p] == ' ';
    if (spaced) ++p;
    const std::size_t n = LettersAt(p);
    const std::string_view unit = t_.substr(p, n);
    const bool hrs = EqualsCI(unit, "hrs") || EqualsCI(unit, "hr");
    if (!(hrs || (spaced && EqualsCI(unit, "hours") && TimeWordBefore(pos))) || !EndsWord(p + n))
      return 0;
    if (AtWordCI(p + n + 1, "of")) return 0;
    return p + n - pos;
  }

  // True when a join of a range and a number follow `p` (" to 3.75").
  bool RangeJoinBeforeNumber(std::size_t p) const {
    for (std::string_view join : kRangeJoins)
      if (At(p, join) && p + join.size() < t_.size() && IsDigit(t_[p + join.size()])) return true;
    return false;
  }

  // The words and dashes that join the ends of a range of times.
  static constexpr std::string_view kRangeJoins[] = {
      "\xE2\x80\x93", "-", " - ", " \xE2\x80\x93 ", " to ", " and ", " until "};

  // Takes the end of a range of times after the time that ends at `t`
  // ("10:30–11:45", "1am to 4am"), when there is one.
  void RangeEnd(State& t) const {
    for (std::string_view join : kRangeJoins) {
      if (!At(t.pos, join)) continue;
      State r = t;
      TakeLiteral(r, join.size());
      if (TimeOfDay(r)) t = std::move(r);
      break;
    }
  }

  // "the 1980s", "1970's": a decade.
  std::optional<State> Decade(State s) const {
    const std::size_t p = s.pos;
    if (NumberRunBefore(p) || t_[p + 3] != '0') return std::nullopt;
    const int y = Number(t_.substr(p, 4));
    if (y < 1900 || y > 2090) return std::nullopt;
    const std::size_t suffix = At(p + 4, "s") ? 1 : At(p + 4, "'s") ? 2 : 0;
    if (suffix == 0 || !EndsWord(p + 4 + suffix)) return std::nullopt;
    Take(s, 4 + suffix, PieceKind::kYear);
    s.e.year = y;
    s.e.has_year = true;
    s.e.precision = Precision::kYear;
    s.e.rule = "decade";
    s.e.score = 0.75;
    return s;
  }

  // "autumn 2018", "summer of 2017".
  std::optional<State> SeasonYear(State s) const {
    const std::size_t n = LettersAt(s.pos);
    const std::string_view word = t_.substr(s.pos, n);
    const CalendarWord cw = LookUpCalendarWord(word);
    const LetterCase lc = CaseOf(word);
    if (cw.kind != CalendarWord::Kind::kSeason || !EndsWord(s.pos + n) || lc == LetterCase::kMixed)
      return std::nullopt;
    TakeCalendarWord(s, PieceKind::kSeason, word, lc, cw);  // never abbreviated
    // "Spring and summer 2021", "autumn to winter 2019": a season before
    // another and its year, alone (as "March" of "March to August 2015").
    for (std::string_view join : {" and ", " to ", " into "}) {
      if (!At(s.pos, join)) continue;
      if (!SeasonYear(Start(s.pos + join.size()))) break;
      s.e.season = cw.index;
      s.e.precision = Precision::kSeason;
      s.e.rule = "season-before-season";
      s.e.score = 0.8;
      return s;
    }
    if (!Spaces(s)) return std::nullopt;
    WordThenSpaces(s, "term");  // "the autumn term 2021", "spring term of 2020"
    WordThenSpaces(s, "of");
    if (!Year4(s, PieceKind::kYear, &s.e.year)) return std::nullopt;
    // "Winter 2016/17": the season across two years.
    if (At(s.pos, "/") && DigitsAt(s.pos + 1) == 2 && EndsWord(s.pos + 3) &&
        Number(t_.substr(s.pos + 1, 2)) == (s.e.year + 1) % 100) {
      TakeLiteral(s, 1);
      TakeDigits(s, 2, PieceKind::kYear2);
      s.e.year2 = s.e.year + 1;
    }
    s.e.has_year = true;
    s.e.season = cw.index;
    s.e.precision = Precision::kSeason;
    s.e.rule = "season-year";
    s.e.score = 0.9;
    return s;
  }

  // The length of the name of a holiday or festival at `p` ("Christmas Eve",
  // "New Year’s Day", "Good Friday", "Eid al-Fitr"), capitalised; 0 when none.
  std::size_t HolidayNameAt(std::size_t p) const {
    static constexpr std::string_view kHolidays[] = {"christmas",
                                                     "easter",
                                                     "new year",
                                                     "new year's eve",
                                                     "new year's day",
                                                     "new year\xE2\x80\x99s eve",
                                                     "new year\xE2\x80\x99s day",
                                                     "halloween",
                                                     "hallowe'en",
                                                     "bonfire night",
                                                     "boxing day",
                                                     "christmas eve",
                                                     "christmas day",
                                                     "easter sunday",
                                                     "easter monday",
                                                     "easter saturday",
                                                     "good friday",
                                                     "shrove tuesday",
                                                     "ash wednesday",
                                                     "maundy thursday",
                                                     "palm sunday",
                                                     "mothering sunday",
                                                     "remembrance sunday",
                                                     "black friday",
                                                     "ramadan",
                                                     "eid",
                                                     "eid al-fitr",
                                                     "eid al-adha",
                                                     "eid ul-fitr",
                                                     "eid ul-adha",
                                                     "diwali",
                                                     "hanukkah",
                                                     "passover",
                                                     "vaisakhi",
                                                     "hogmanay",
                                                     "whitsun",
                                                     "chinese new year",
                                                     "lunar new year",
                                                     "valentine's day",
                                                     "valentine\xE2\x80\x99s day",
                                                     "mother's day",
                                                     "mother\xE2\x80\x99s day",
                                                     "father's day",
                                                     "father\xE2\x80\x99s day",
                                                     "burns night",
                                                     "st patrick's day",
                                                     "st patrick\xE2\x80\x99s day",
                                                     "st. patrick's day",
                                                     "st andrew's day",
                                                     "st andrew\xE2\x80\x99s day",
                                                     "st david's day",
                                                     "st david\xE2\x80\x99s day",
                                                     "st george's day",
                                                     "st george\xE2\x80\x99s day",
                                                     "st valentine's day",
                                                     "guy fawkes night",
                                                     "fireworks night",
                                                     "armistice day",
                                                     "pancake day",
                                                     "twelfth night",
                                                     "twelfth",
                                                     "yom kippur",
                                                     "rosh hashanah",
                                                     "navratri",
                                                     "christmas holidays",
                                                     "easter holidays",
                                                     "summer holidays"};
    if (p >= t_.size() || !IsUpper(t_[p])) return 0;
    std::size_t len = 0;
    for (std::string_view h : kHolidays) {
      if (h.size() <= len || Lower(t_[p]) != h[0]) continue;
      bool same = p + h.size() <= t_.size() && EndsWord(p + h.size());
      for (std::size_t k = 1; same && k < h.size(); ++k) same = Lower(t_[p + k]) == h[k];
      if (same) len = h.size();
    }
    return len;
  }

  // "Christmas 2015", "Easter of 2016", "New Year 2014", "Ramadan 2022",
  // "Eid al-Fitr 2021": a holiday or festival of a year, as precise as its year.
  std::optional<State> HolidayYear(State s) const {
    const std::size_t len = HolidayNameAt(s.pos);
    if (len == 0) return std::nullopt;
    TakeLiteral(s, len);
    if (!Spaces(s)) return std::nullopt;
    WordThenSpaces(s, "of");
    if (!Year4(s, PieceKind::kYear, &s.e.year) || !YearEndsCleanly(s.pos)) return std::nullopt;
    s.e.has_year = true;
    s.e.precision = Precision::kYear;
    s.e.rule = "holiday-year";
    s.e.score = 0.85;
    return s;
  }

  // "Christmas", "Boxing Day", "Christmas night", "New Year’s Day", "the
  // Easter weekend", "that Christmas" (after a lead, read by Led): a holiday
  // alone names its day or days. Not in a name or title ("Father Christmas",
  // "the Easter Rising"; a capitalised word after it is a name unless a word
  // that introduces a time comes before: "over Christmas Zain stayed"), nor a
  // thing ("a Christmas present", "Easter eggs"), nor a habit ("every Christmas").
  std::optional<State> HolidayAlone(State s, bool led) const {
    static constexpr std::string_view kTails[] = {
        "night",  "morning", "evening",  "afternoon", "lunchtime", "weekend",  "week",
        "period", "holiday", "holidays", "break",     "time",      "fortnight"};
    static constexpr std::string_view kThings[] = {
        "present",  "presents",    "gift",     "gifts",   "card",   "cards",   "tree",
        "trees",    "decorations", "jumper",   "jumpers", "egg",    "eggs",    "lights",
        "market",   "markets",     "shopping", "carol",   "carols", "song",    "songs",
        "film",     "films",       "party",    "parties", "bonus",  "pudding", "hamper",
        "stocking", "stockings",   "show",     "concert", "hunt",   "bunny",   "cake"};
    static constexpr std::string_view kTimeWords[] = {
        "at",     "on", "over", "during", "since", "until",      "till",  "after",
        "before", "by", "from", "of",     "for",   "throughout", "around"};
    const std::size_t start = s.pos;
    const std::size_t len = HolidayNameAt(s.pos);
    if (len == 0) return std::nullopt;
    TakeLiteral(s, len);
    const bool introduced = !standalone_ && WordBeforeIsOneOf(start, kTimeWords);
    if (s.pos + 1 < t_.size() && t_[s.pos] == ' ' && IsLetter(t_[s.pos + 1])) {
      const std::string_view next = WordAt(s.pos + 1);
      if (OneOfCI(next, kTails) && EndsWord(s.pos + 1 + next.size())) {
        TakeLiteral(s, 1 + next.size());
      } else if (OneOfCI(next, kThings) || (!introduced && NameWordAfter(s.pos))) {
        return std::nullopt;
      }
    }
    if (!standalone_ && !led) {
      if (NameWordBefore(start)) return std::nullopt;
      const std::string before = WordBefore(start);
      if (before == "every" || before == "each" || before == "a" || before == "an")
        return std::nullopt;
    }
    s.e.precision = Precision::kHoliday;
    s.e.rule = "holiday";
    s.e.score = 0.75;
    return s;
  }

  // "mid June 2020", "early July", "late 2019", "mid-2015", "end of May 2014".
  std::optional<State> Qualified(State s) const {
    static constexpr std::string_view kPrefixes[] = {"early", "mid", "late"};
    static constexpr std::string_view kOfPrefixes[] = {"end", "beginning", "start", "middle"};
    const std::size_t n = LettersAt(s.pos);
    const std::string_view word = t_.substr(s.pos, n);
    if (CaseOf(word) == LetterCase::kMixed) return std::nullopt;
    bool matched = false;
    for (std::string_view q : kPrefixes) {
      if (!EqualsCI(word, q)) continue;
      TakeLiteral(s, n);
      if (s.pos < t_.size() && t_[s.pos] == '-') {
        TakeLiteral(s, 1);
      } else if (!Spaces(s)) {
        return std::nullopt;
      }
      matched = true;
    }
    for (std::string_view q : kOfPrefixes) {
      if (matched || !EqualsCI(word, q)) continue;
      TakeLiteral(s, n);
      if (!Spaces(s) || !WordThenSpaces(s, "of")) return std::nullopt;
      WordThenSpaces(s, "the");
      matched = true;
    }
    if (!matched) return std::nullopt;
    std::optional<State> inner;
    if (s.pos < t_.size() && IsDigit(t_[s.pos])) {
      State y = s;
      if (Year4(y, PieceKind::kYear, &y.e.year) && YearEndsCleanly(y.pos)) {
        y.e.has_year = true;
        y.e.precision = Precision::kYear;
        y.e.rule = "qualified-year";
        inner = std::move(y);
      }
    } else {
      State m = s;
      inner = MonthFirst(m, /*allow_alone=*/true);
      if (inner && inner->e.precision != Precision::kMonth) inner.reset();
      if (inner) {
        inner->e.rule = "qualified-" + inner->e.rule;
      } else {
        inner = SeasonYear(s);
        if (inner) inner->e.rule = "qualified-" + inner->e.rule;
      }
    }
    if (!inner) return std::nullopt;
    inner->e.score = 0.85;
    return inner;
  }

  bool YearEndsCleanly(std::size_t end) const {
    if (end < t_.size() && (t_[end] == '%')) return false;
    if (end + 1 < t_.size() && (t_[end] == '/' || t_[end] == ',' || t_[end] == '.') &&
        IsDigit(t_[end + 1]))
      return false;
    return true;
  }

  // "2014" in a date context, "2014/15", "2014-2015".
  std::optional<State> Year(State s) const {
    const std::size_t start = s.pos;
    if (start > 0) {
      const char b = t_[start - 1];
      if (b == '$' || b == '#' || b == '/' || b == '-' || b == '+') return std::nullopt;
      if (DecimalBefore(start)) return std::nullopt;
      if (start >= 2 && At(start - 2, "\xC2\xA3")) return std::nullopt;      // £
      if (start >= 3 && At(start - 3, "\xE2\x82\xAC")) return std::nullopt;  // €
    }
    if (DigitsAt(start) != 4) return std::nullopt;
    const int y = Number(t_.substr(start, 4));
    if (y < 1900 || y > 2099) return std::nullopt;
    if (!Year4(s, PieceKind::kYear, &s.e.year)) return std::nullopt;
    s.e.has_year = true;
    s.e.precision = Precision::kYear;
    // An academic or financial year: 2014/15, 2014-15, 2012–13, 2014/2015.
    const std::size_t join = s.pos + 2 < t_.size() && (t_[s.pos] == '/' || t_[s.pos] == '-') ? 1
                             : At(s.pos, "\xE2\x80\x93")                                     ? 3
                                                                                             : 0;
    if (join != 0) {
      const std::size_t p = s.pos + join;
      const std::size_t n = DigitsAt(p);
      if ((n == 2 && Number(t_.substr(p, 2)) == (y + 1) % 100) ||
          (n == 4 && Number(t_.substr(p, 4)) == y + 1)) {
        if (EndsWord(p + n)) {
          TakeLiteral(s, join);
          TakeDigits(s, n, PieceKind::kYear2);
          s.e.year2 = y + 1;
          s.e.rule = "academic-year";
          s.e.score = 0.85;
          return s;
        }
      }
    }
    if (!YearEndsCleanly(s.pos)) return std::nullopt;
    if (standalone_) {
      s.e.rule = "year";
      s.e.score = 0.85;
      return s;
    }
    static constexpr std::string_view kContext[] = {
        "in",         "during",        "since",  "until",  "till",   "by",        "from",
        "before",     "after",         "of",     "year",   "early",  "late",      "mid",
        "between",    "and",           "to",     "circa",  "c",      "around",    "born",
        "throughout", "spring",        "summer", "autumn", "winter", "christmas", "easter",
        "about",      "approximately", "or",     "than"};
    // A number followed by a counted noun is a quantity ("2000 people",
    // "about 1950 referrals"), whatever comes before it: below the threshold.
    if (FollowedByCountNoun(s.pos)) {
      s.e.rule = "number-before-count-noun";
      s.e.score = 0.3;
      return s;
    }
    if (WordBeforeIsOneOf(start, kContext)) {
      s.e.rule = "year-in-context";
      s.e.score = 0.85;
      return s;
    }
    // Elsewhere ("the 2014 review", "2014 was") a number from 1900 to 2099 in
    // a review is nearly always a year.
    s.e.rule = "bare-year";
    s.e.score = 0.6;
    return s;
  }

  bool FollowedByCountNoun(std::size_t end) const {
    std::size_t p = end;
    if (p < t_.size() && t_[p] == ' ') ++p;
    const std::size_t n = LettersAt(p);
    if (n < 2 || n > 13) return false;
    std::string w(t_.substr(p, n));
    for (char& c : w) c = Lower(c);
    static constexpr std::string_view kNouns[] = {"people",     "persons",
                                                  "children",   "adults",
                                                  "pounds",     "euros",
                                                  "dollars",    "households",
                                                  "families",   "cases",
                                                  "referrals",  "miles",
                                                  "metres",     "meters",
                                                  "km",         "kg",
                                                  "words",      "pages",
                                                  "hours",      "minutes",
                                                  "calls",      "visits",
                                                  "staff",      "times",
                                                  "incidents",  "professionals",
                                                  "students",   "pupils",
                                                  "members",    "items",
                                                  "records",    "responses",
                                                  "reports",    "employees",
                                                  "victims",    "offences",
                                                  "crimes",     "arrests",
                                                  "beds",       "patients",
                                                  "homes",      "places",
                                                  "units",      "copies",
                                                  "signatures", "votes",
                                                  "troops",     "soldiers",
                                                  "officers",   "applications",
                                                  "complaints", "gbp",
                                                  "eur",        "usd",
                                                  "m",          "ml",
                                                  "mg",         "g",
                                                  "cm",         "mm",
                                                  "ft",         "feet",
                                                  "sq"};
    return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
  }

  std::string_view t_;
  bool standalone_;
  bool record_;  // build DateExpression::pieces
};

}  // namespace

std::optional<DateExpression> DateParser::ParseAt(std::string_view text, std::size_t pos,
                                                  bool standalone, DatePieces pieces) {
  return Parser(text, standalone, pieces).ParseAt(pos);
}

std::size_t DateParser::TimeAloneAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || !IsDigit(text[pos])) return 0;
  return Parser(text, /*standalone=*/false, DatePieces::kSkip).TimeAloneAt(pos);
}

std::size_t DateParser::LeadStart(std::string_view text, std::size_t pos, std::size_t floor) {
  if (pos >= text.size()) return pos;
  return Parser(text, /*standalone=*/false, DatePieces::kSkip).LeadStart(pos, floor);
}

}  // namespace anonymiser::dates
