#include "date_parser.h"

#include <algorithm>
#include <string>

#include "ascii_bytes.h"
#include "civil_date.h"

namespace anonymiser::dates {
namespace {

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
    // "w/c 5 June", "w/c 12/06/2023": the week commencing a day.
    if (pos + 4 < t_.size() && Lower(t_[pos]) == 'w' && t_[pos + 1] == '/' &&
        Lower(t_[pos + 2]) == 'c' && t_[pos + 3] == ' ') {
      std::optional<DateExpression> inner = ParseAt(pos + 4);
      if (!inner || inner->precision != Precision::kDay) return std::nullopt;
      if (record_) {
        Piece p;
        p.text = std::string(t_.substr(pos, 4));
        inner->pieces.insert(inner->pieces.begin(), std::move(p));
      }
      inner->length += 4;
      inner->rule = "week-commencing-" + inner->rule;
      return inner;
    }
    std::optional<State> best;
    auto consider = [&](std::optional<State> s) {
      if (s && (!best || s->pos > best->pos)) best = std::move(s);
    };
    if (IsDigit(t_[pos])) {
      consider(Numeric(Start(pos)));
      consider(TimeThenDate(Start(pos)));
      consider(DayFirst(Start(pos)));
      consider(Year(Start(pos)));
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
          break;
        case CalendarWord::Kind::kSeason:
          consider(SeasonYear(Start(pos)));
          break;
        case CalendarWord::Kind::kNone:
          consider(Qualified(Start(pos)));
          consider(HolidayYear(Start(pos)));
          break;
      }
    }
    if (!best) return std::nullopt;
    if (best->e.precision == Precision::kDay) TrailingTime(*best);
    best->e.length = best->pos - pos;
    return std::move(best->e);
  }

  // The length of a time of day (or a range of them) alone at `pos`, marked
  // by a colon or am/pm ("23:30", "18:02:44", "7.42pm"); 0 when none.
  std::size_t TimeAloneAt(std::size_t pos) const {
    State s = Start(pos);
    if (!TimeOfDay(s) || !Marked(t_.substr(pos, s.pos - pos))) return 0;
    RangeEnd(s);
    return s.pos - pos;
  }

 private:
  State Start(std::size_t pos) const {
    State s;
    s.pos = pos;
    return s;
  }

  std::size_t DigitsAt(std::size_t p) const { return RunLength(t_, p, IsDigit); }
  std::size_t LettersAt(std::size_t p) const { return RunLength(t_, p, IsLetter); }
  // True when nothing word-like follows position `p`. A dash ("13/03/2023–
  // 15/03/2023") and the "T" of an ISO time ("2023-06-05T09:14") end a word.
  bool EndsWord(std::size_t p) const {
    if (p >= t_.size() || !IsWordByte(static_cast<unsigned char>(t_[p]))) return true;
    if (At(p, "\xE2\x80\x93") || At(p, "\xE2\x80\x94")) return true;
    return t_[p] == 'T' && p > 0 && IsDigit(t_[p - 1]) && p + 3 < t_.size() && IsDigit(t_[p + 1]) &&
           IsDigit(t_[p + 2]) && t_[p + 3] == ':';
  }
  bool At(std::size_t p, std::string_view s) const { return t_.substr(p, s.size()) == s; }
  bool AtWordCI(std::size_t p, std::string_view lower_word) const {
    if (p + lower_word.size() > t_.size()) return false;
    for (std::size_t i = 0; i < lower_word.size(); ++i)
      if (Lower(t_[p + i]) != lower_word[i]) return false;
    return EndsWord(p + lower_word.size());
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
  void Take(State& s, std::size_t n, PieceKind kind) const {
    if (!record_) {
      s.pos += n;
      return;
    }
    Piece p;
    p.kind = kind;
    p.text = std::string(t_.substr(s.pos, n));
    Push(s, std::move(p));
    s.pos += n;
  }
  void TakeLiteral(State& s, std::size_t n) const {
    AddLiteral(s, t_.substr(s.pos, n));
    s.pos += n;
  }

  // One to three spaces (ASCII or no-break).
  bool Spaces(State& s) const {
    std::size_t p = s.pos, count = 0;
    while (count < 3) {
      if (p < t_.size() && t_[p] == ' ') {
        ++p;
      } else if (At(p, "\xC2\xA0")) {
        p += 2;
      } else {
        break;
      }
      ++count;
    }
    if (count == 0) return false;
    TakeLiteral(s, p - s.pos);
    return true;
  }
  // An optional comma followed by spaces, or spaces alone.
  bool CommaSpaces(State& s) const {
    State t = s;
    if (t.pos < t_.size() && t_[t.pos] == ',') TakeLiteral(t, 1);
    if (!Spaces(t)) return false;
    s = std::move(t);
    return true;
  }
  // A word (any case) followed by spaces: "of ", "on ".
  bool WordThenSpaces(State& s, std::string_view lower_word) const {
    if (!AtWordCI(s.pos, lower_word)) return false;
    State t = s;
    TakeLiteral(t, lower_word.size());
    if (!Spaces(t)) return false;
    s = std::move(t);
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

  // True when one of the `bytes` bytes from `from` is the capital a month
  // name starts with (MonthName accepts only capitalised or upper-case names).
  bool MonthInitialWithin(std::size_t from, std::size_t bytes) const {
    const std::size_t end = std::min(t_.size(), from + bytes);
    for (std::size_t p = from; p < end; ++p) {
      switch (t_[p]) {
        case 'J':
        case 'F':
        case 'M':
        case 'A':
        case 'S':
        case 'O':
        case 'N':
        case 'D':
          return true;
        default:
          break;
      }
    }
    return false;
  }

  // A month name, capitalised or in capitals, full or abbreviated (with an optional dot).
  bool MonthName(State& s, bool* abbreviated) const {
    const std::size_t n = LettersAt(s.pos);
    if (n == 0 || !EndsWord(s.pos + n)) return false;
    const std::string_view word = t_.substr(s.pos, n);
    const CalendarWord cw = LookUpCalendarWord(word);
    if (cw.kind != CalendarWord::Kind::kMonth) return false;
    const LetterCase lc = CaseOf(word);
    if (lc != LetterCase::kTitle && lc != LetterCase::kUpper) return false;
    if (record_) {
      Piece p;
      p.kind = PieceKind::kMonthName;
      p.text = std::string(word);
      p.letter_case = lc;
      p.abbreviated = cw.abbreviated;
      Push(s, std::move(p));
    }
    s.pos += n;
    s.e.month = cw.index;
    if (cw.abbreviated && s.pos < t_.size() && t_[s.pos] == '.') TakeLiteral(s, 1);
    *abbreviated = cw.abbreviated;
    return true;
  }

  // A four-digit year from 1800 to 2199.
  bool Year4(State& s, PieceKind kind, int* value) const {
    if (DigitsAt(s.pos) != 4 || !EndsWord(s.pos + 4)) return false;
    const int v = Number(t_.substr(s.pos, 4));
    if (v < 1800 || v > 2199) return false;
    if (record_) {
      Piece p;
      p.kind = kind;
      p.text = std::string(t_.substr(s.pos, 4));
      p.digits = 4;
      Push(s, std::move(p));
    }
    s.pos += 4;
    *value = v;
    return true;
  }

  // A time of day: "14:30", "2.30pm", "2pm", "09:15 am".
  bool TimeOfDay(State& s) const {
    const std::size_t h = DigitsAt(s.pos);
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
    std::size_t q = p;
    if (q < t_.size() && t_[q] == ' ') ++q;
    bool meridiem = false;
    if (q + 1 < t_.size() && (Lower(t_[q]) == 'a' || Lower(t_[q]) == 'p') &&
        Lower(t_[q + 1]) == 'm' && EndsWord(q + 2)) {
      p = q + 2;
      meridiem = true;
    }
    if (!minutes && !meridiem) return false;
    if (hour > (meridiem ? 12 : 23)) return false;
    if (!EndsWord(p)) return false;
    Take(s, p - s.pos, PieceKind::kTime);
    return true;
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
    State r = s;
    static constexpr std::string_view kJoins[] = {"-",     "\xE2\x80\x93", " - ", " \xE2\x80\x93 ",
                                                  " and ", " to ",         " & ", "/"};
    for (std::string_view join : kJoins) {
      if (!At(r.pos, join)) continue;
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
    if (!MonthInitialWithin(s.pos, 28)) return std::nullopt;
    if (!DayOrRange(s)) return std::nullopt;
    if (s.e.day2 == 0 && s.pos < t_.size() && t_[s.pos] == '-') return DayMonthYearHyphenated(s);
    if (!Spaces(s)) return std::nullopt;
    WordThenSpaces(s, "of");
    bool abbreviated = false;
    if (!MonthName(s, &abbreviated)) return std::nullopt;
    State y = s;
    if (CommaSpaces(y) && Year4(y, PieceKind::kYear, &y.e.year)) {
      y.e.has_year = true;
      s = std::move(y);
    }
    s.e.precision = Precision::kDay;
    if (!ValidDay(s.e)) return std::nullopt;
    const bool range = s.e.day2 != 0;
    s.e.rule = std::string(range ? "day-range-month" : "day-month") + (s.e.has_year ? "-year" : "");
    s.e.score = s.e.has_year ? 0.95 : 0.85;
    return s;
  }

  // "03-Nov-1948", "3-Nov-21": hospital and police systems' dates, the day
  // (read already) and the month's name and the year joined by hyphens.
  std::optional<State> DayMonthYearHyphenated(State s) const {
    TakeLiteral(s, 1);
    bool abbreviated = false;
    if (!MonthName(s, &abbreviated) || s.pos + 2 >= t_.size() || t_[s.pos] != '-')
      return std::nullopt;
    TakeLiteral(s, 1);
    if (!Year4(s, PieceKind::kYear, &s.e.year)) {
      if (DigitsAt(s.pos) != 2 || !EndsWord(s.pos + 2)) return std::nullopt;
      const int yy = Number(t_.substr(s.pos, 2));
      s.e.year = yy + (yy < 50 ? 2000 : 1900);
      if (record_) {
        Piece p;
        p.kind = PieceKind::kYear;
        p.text = std::string(t_.substr(s.pos, 2));
        p.digits = 2;
        Push(s, std::move(p));
      }
      s.pos += 2;
    }
    s.e.has_year = true;
    s.e.precision = Precision::kDay;
    if (!ValidDay(s.e)) return std::nullopt;
    s.e.rule = "day-month-year";
    s.e.score = 0.95;
    return s;
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
    // "March to August 2015", "June and September 2019": a month before another.
    for (std::string_view join :
         {" to ", " and ", " until ", " - ", "-", " \xE2\x80\x93 ", "\xE2\x80\x93", " or "}) {
      if (!At(s.pos, join)) continue;
      const std::size_t next = s.pos + join.size();
      const std::size_t n = LettersAt(next);
      const std::string_view word = t_.substr(next, n);
      if (n > 0 && EndsWord(next + n) &&
          LookUpCalendarWord(word).kind == CalendarWord::Kind::kMonth &&
          (CaseOf(word) == LetterCase::kTitle || CaseOf(word) == LetterCase::kUpper)) {
        s.e.precision = Precision::kMonth;
        s.e.rule = "month-before-month";
        s.e.score = 0.8;
        return s;
      }
      break;
    }
    if (!allow_alone || abbreviated) return std::nullopt;
    if (!standalone_ && !MonthContextBefore(start)) return std::nullopt;
    s.e.precision = Precision::kMonth;
    s.e.rule = "month-in-context";
    s.e.score = 0.7;
    return s;
  }

  // The lower-case word just before `pos` (skipping spaces), at most 12 letters.
  std::string WordBefore(std::size_t pos) const {
    std::size_t p = pos;
    while (p > 0 && (t_[p - 1] == ' ' || t_[p - 1] == '-')) --p;
    std::size_t b = p;
    while (b > 0 && IsLetter(t_[b - 1]) && p - b < 12) --b;
    if (b > 0 && IsWordByte(static_cast<unsigned char>(t_[b - 1]))) return "";
    std::string w(t_.substr(b, p - b));
    for (char& c : w) c = Lower(c);
    return w;
  }

  // True when the word before `pos` (WordBefore) is one of `words`.
  template <std::size_t N>
  bool WordBeforeIsOneOf(std::size_t pos, const std::string_view (&words)[N]) const {
    const std::string w = WordBefore(pos);
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
  }

  bool MonthContextBefore(std::size_t pos) const {
    static constexpr std::string_view kWords[] = {
        "in",      "during", "since", "until", "till", "by",        "from",    "before",
        "after",   "early",  "mid",   "late",  "of",   "last",      "next",    "throughout",
        "between", "and",    "to",    "this",  "that", "following", "previous"};
    return WordBeforeIsOneOf(pos, kWords);
  }

  // "on 14/3", "by 30/04", "w/c 3/6": a day and month written in figures.
  bool DayMonthContextBefore(std::size_t pos) const {
    static constexpr std::string_view kWords[] = {
        "on", "by",      "until", "till", "from",  "before", "after", "since",
        "of", "between", "and",   "to",   "dated", "c",      "e"};  // "w/c", "w/e"
    return WordBeforeIsOneOf(pos, kWords);
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
    return starts && end < t_.size() && t_[end] == '\t';
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
    Piece p;
    p.kind = PieceKind::kWeekday;
    p.text = std::string(word);
    p.letter_case = lc;
    p.abbreviated = cw.abbreviated;
    Push(s, std::move(p));
    s.pos += n;
    s.e.weekday = cw.index;
    if (cw.abbreviated && s.pos < t_.size() && t_[s.pos] == '.') TakeLiteral(s, 1);
    if (!CommaSpaces(s)) return std::nullopt;
    WordThenSpaces(s, "the");
    std::optional<State> inner = DayFirst(s);
    if (!inner) inner = MonthFirst(s, /*allow_alone=*/false);
    if (!inner || inner->e.precision != Precision::kDay) inner = Numeric(s);
    if (!inner || inner->e.precision != Precision::kDay) return std::nullopt;
    inner->e.rule = "weekday-" + inner->e.rule;
    return inner;
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
  std::optional<State> Numeric(State s) const {
    const std::size_t start = s.pos;
    if (start > 0 && (t_[start - 1] == '/' || t_[start - 1] == '.' || t_[start - 1] == '-') &&
        start > 1 && IsDigit(t_[start - 2]))
      return std::nullopt;
    const std::size_t n1 = DigitsAt(start);
    if (n1 == 0 || start + n1 >= t_.size()) return std::nullopt;
    const char sep = t_[start + n1];
    if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
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
    if (sep == '/' && n2 <= 2 && finish_ok(p2 + n2) &&
        (standalone_ || DayMonthContextBefore(start) || TableCell(start, p2 + n2) ||
         (n1 == 2 && n2 == 2 && !NumberWordBefore(start)))) {
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

  // A time with a colon ("22:47") or am/pm ("4.00pm"): "19.08" alone is no time.
  static bool Marked(std::string_view time) {
    return time.find(':') != std::string_view::npos || Lower(time.back()) == 'm';
  }

  // Takes the end of a range of times after the time that ends at `t`
  // ("10:30–11:45", "1am to 4am"), when there is one.
  void RangeEnd(State& t) const {
    for (std::string_view join : {"\xE2\x80\x93", "-", " - ", " \xE2\x80\x93 ", " to "}) {
      if (!At(t.pos, join)) continue;
      State r = t;
      TakeLiteral(r, join.size());
      if (TimeOfDay(r)) t = std::move(r);
      break;
    }
  }

  // "autumn 2018", "summer of 2017".
  std::optional<State> SeasonYear(State s) const {
    const std::size_t n = LettersAt(s.pos);
    const std::string_view word = t_.substr(s.pos, n);
    const CalendarWord cw = LookUpCalendarWord(word);
    const LetterCase lc = CaseOf(word);
    if (cw.kind != CalendarWord::Kind::kSeason || !EndsWord(s.pos + n) || lc == LetterCase::kMixed)
      return std::nullopt;
    Piece p;
    p.kind = PieceKind::kSeason;
    p.text = std::string(word);
    p.letter_case = lc;
    Push(s, std::move(p));
    s.pos += n;
    if (!Spaces(s)) return std::nullopt;
    WordThenSpaces(s, "term");  // "the autumn term 2021", "spring term of 2020"
    WordThenSpaces(s, "of");
    if (!Year4(s, PieceKind::kYear, &s.e.year)) return std::nullopt;
    s.e.has_year = true;
    s.e.season = cw.index;
    s.e.precision = Precision::kSeason;
    s.e.rule = "season-year";
    s.e.score = 0.9;
    return s;
  }

  // "Christmas 2015", "Easter of 2016", "New Year 2014", "Ramadan 2022",
  // "Eid al-Fitr 2021": a holiday or festival of a year, as precise as its year.
  std::optional<State> HolidayYear(State s) const {
    static constexpr std::string_view kHolidays[] = {"christmas",        "easter",
                                                     "new year",         "new year's eve",
                                                     "new year's day",   "halloween",
                                                     "bonfire night",    "boxing day",
                                                     "christmas eve",    "christmas day",
                                                     "easter sunday",    "easter monday",
                                                     "ramadan",          "eid",
                                                     "eid al-fitr",      "eid al-adha",
                                                     "eid ul-fitr",      "eid ul-adha",
                                                     "diwali",           "hanukkah",
                                                     "passover",         "vaisakhi",
                                                     "hogmanay",         "whitsun",
                                                     "chinese new year", "lunar new year",
                                                     "valentine's day",  "valentine’s day",
                                                     "mother's day",     "mother’s day",
                                                     "father's day",     "father’s day",
                                                     "burns night",      "christmas holidays",
                                                     "easter holidays",  "summer holidays"};
    std::size_t len = 0;
    for (std::string_view h : kHolidays) {
      bool same = s.pos + h.size() <= t_.size() && EndsWord(s.pos + h.size());
      for (std::size_t k = 0; same && k < h.size(); ++k) same = Lower(t_[s.pos + k]) == h[k];
      if (same && h.size() > len) len = h.size();
    }
    if (len == 0 || !(t_[s.pos] >= 'A' && t_[s.pos] <= 'Z')) return std::nullopt;
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

  // "mid June 2020", "early July", "late 2019", "mid-2015", "end of May 2014".
  std::optional<State> Qualified(State s) const {
    static constexpr std::string_view kPrefixes[] = {"early", "mid", "late"};
    static constexpr std::string_view kOfPrefixes[] = {"end", "beginning", "start", "middle"};
    const std::size_t n = LettersAt(s.pos);
    const std::string_view word = t_.substr(s.pos, n);
    if (CaseOf(word) == LetterCase::kMixed) return std::nullopt;
    std::string lower(word);
    for (char& c : lower) c = Lower(c);
    bool matched = false;
    for (std::string_view q : kPrefixes) {
      if (lower != q) continue;
      TakeLiteral(s, n);
      if (s.pos < t_.size() && t_[s.pos] == '-') {
        TakeLiteral(s, 1);
      } else if (!Spaces(s)) {
        return std::nullopt;
      }
      matched = true;
    }
    for (std::string_view q : kOfPrefixes) {
      if (matched || lower != q) continue;
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
      if (b == '.' && start > 1 && IsDigit(t_[start - 2])) return std::nullopt;
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
          Piece second;
          second.kind = PieceKind::kYear2;
          second.text = std::string(t_.substr(p, n));
          second.digits = static_cast<int>(n);
          Push(s, std::move(second));
          s.pos = p + n;
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
    const std::string before = WordBefore(start);
    if (std::find(std::begin(kContext), std::end(kContext), before) != std::end(kContext)) {
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

}  // namespace anonymiser::dates
