#include "date_rewriter.h"

#include <cstdio>

#include "civil_date.h"

namespace anonymiser::dates {
namespace {

bool Removable(PieceKind kind) {
  return kind == PieceKind::kWeekday || kind == PieceKind::kTime || kind == PieceKind::kDay ||
         kind == PieceKind::kDay2 || kind == PieceKind::kArticle;
}

std::string Digits(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

// The values a rendering writes into the pieces.
struct Values {
  CivilDate date;
  int day2 = 0;
  int year2 = 0;
  int weekday = 0;
  int season = 0;
};

std::string RenderPiece(const Piece& p, const Values& v) {
  switch (p.kind) {
    case PieceKind::kLiteral:
    case PieceKind::kTime:
    case PieceKind::kArticle:
      return p.text;
    case PieceKind::kWeekday:
      return ApplyCase(WeekdayName(v.weekday, p.abbreviated), p.letter_case);
    case PieceKind::kDay:
    case PieceKind::kDay2: {
      const int day = p.kind == PieceKind::kDay ? v.date.day : v.day2;
      std::string out = Digits(day, p.padded ? 2 : 1);
      if (p.ordinal)
        out +=
            ApplyCase(OrdinalSuffix(day), p.letter_case == LetterCase::kUpper ? LetterCase::kUpper
                                                                              : LetterCase::kLower);
      return out;
    }
    case PieceKind::kMonthName:
      if (p.welsh) return ApplyCase(WelshMonthName(v.date.month), p.letter_case);
      return ApplyCase(MonthName(v.date.month, p.abbreviated, p.text.size() == 4), p.letter_case);
    case PieceKind::kMonthNumber:
      return Digits(v.date.month, p.padded ? 2 : 1);
    case PieceKind::kYear:
      return p.digits == 2 ? Digits(((v.date.year % 100) + 100) % 100, 2) : Digits(v.date.year, 4);
    case PieceKind::kYear2:
      return p.digits == 2 ? Digits(((v.year2 % 100) + 100) % 100, 2) : Digits(v.year2, 4);
    case PieceKind::kSeason:
      return ApplyCase(SeasonName(v.season), p.letter_case);
  }
  return p.text;
}

std::string Render(const std::vector<Piece>& pieces, const Values& v) {
  std::string out;
  for (const Piece& p : pieces) out += RenderPiece(p, v);
  return out;
}

// `pieces` without the piece at `index` and the literal joining it to its
// neighbour (the one after it, or else the one before it).
std::vector<Piece> WithoutPiece(std::vector<Piece> pieces, std::size_t index) {
  if (index + 1 < pieces.size() && pieces[index + 1].kind == PieceKind::kLiteral) {
    pieces.erase(pieces.begin() + static_cast<long>(index),
                 pieces.begin() + static_cast<long>(index) + 2);
  } else if (index > 0 && pieces[index - 1].kind == PieceKind::kLiteral) {
    pieces.erase(pieces.begin() + static_cast<long>(index) - 1,
                 pieces.begin() + static_cast<long>(index) + 1);
  } else {
    pieces.erase(pieces.begin() + static_cast<long>(index));
  }
  return pieces;
}

std::size_t IndexOf(const std::vector<Piece>& pieces, PieceKind kind) {
  for (std::size_t i = 0; i < pieces.size(); ++i)
    if (pieces[i].kind == kind) return i;
  return pieces.size();
}

int SeasonOfMonth(int month) {
  if (month >= 3 && month <= 5) return 0;
  if (month >= 6 && month <= 8) return 1;
  if (month >= 9 && month <= 11) return 2;
  return 3;
}

}  // namespace

// The pieces written with each weekday replaced by `weekday(piece)`.
template <typename WeekdayFn>
std::string RenderWeekdays(const std::vector<Piece>& pieces, WeekdayFn weekday) {
  std::string out;
  for (const Piece& p : pieces) out += p.kind == PieceKind::kWeekday ? weekday(p) : p.text;
  return out;
}

std::string Generalise(const DateExpression& date) {
  std::vector<Piece> pieces = date.pieces;
  // A weekday alone keeps the words around it: "the following [day]".
  if (date.precision == Precision::kWeekday)
    return RenderWeekdays(pieces, [](const Piece&) { return std::string(kDayPlaceholder); });
  if (date.precision == Precision::kDayOfMonth) return std::string(kDatePlaceholder);
  if (date.precision != Precision::kDay) {
    std::string out;
    for (const Piece& p : pieces) out += p.text;
    return out;
  }
  for (;;) {
    std::size_t i = 0;
    while (i < pieces.size() && !Removable(pieces[i].kind)) ++i;
    if (i == pieces.size()) break;
    pieces = WithoutPiece(std::move(pieces), i);
  }
  while (!pieces.empty() && pieces.front().kind == PieceKind::kLiteral)
    pieces.erase(pieces.begin());
  while (!pieces.empty() && pieces.back().kind == PieceKind::kLiteral) pieces.pop_back();
  // "14/3" leaves a month number alone: "March" says it.
  if (pieces.size() == 1 && pieces[0].kind == PieceKind::kMonthNumber)
    return ApplyCase(MonthName(date.month, false, false), LetterCase::kTitle);
  std::string out;
  for (const Piece& p : pieces) out += p.text;
  return out;
}

std::string Shift(const DateExpression& date, long days) {
  const int year = date.has_year ? date.year : 2000;
  Values v;
  switch (date.precision) {
    case Precision::kWeekday:
      return RenderWeekdays(date.pieces, [days](const Piece& p) {
        const CalendarWord cw = LookUpCalendarWord(p.text);
        const int moved = static_cast<int>(((cw.index + days) % 7 + 7) % 7);
        return ApplyCase(WeekdayName(moved, p.abbreviated), p.letter_case);
      });
    case Precision::kDayOfMonth:
      return std::string(kDatePlaceholder);
    case Precision::kHoliday: {
      std::string out;
      for (const Piece& p : date.pieces) out += p.text;
      return out;
    }
    case Precision::kDay: {
      v.date = AddDays({year, date.month, date.day}, days);
      if (date.has_year) {
        v.weekday = Weekday(v.date);
      } else if (date.weekday >= 0) {
        v.weekday = static_cast<int>(((date.weekday + days) % 7 + 7) % 7);
      }
      if (date.day2 == 0) return Render(date.pieces, v);
      const CivilDate end = AddDays({year, date.month, date.day2}, days);
      if (end.year == v.date.year && end.month == v.date.month) {
        v.day2 = end.day;
        return Render(date.pieces, v);
      }
      // The range now spans two months: write both ends in full.
      const std::size_t day2 = IndexOf(date.pieces, PieceKind::kDay2);
      std::vector<Piece> first = date.pieces;
      first.erase(first.begin() + static_cast<long>(day2));
      if (day2 > 0 && first[day2 - 1].kind == PieceKind::kLiteral)
        first.erase(first.begin() + static_cast<long>(day2) - 1);
      const std::size_t day1 = IndexOf(date.pieces, PieceKind::kDay);
      std::vector<Piece> second = date.pieces;
      second.erase(second.begin() + static_cast<long>(day1));
      if (day1 < second.size() && second[day1].kind == PieceKind::kLiteral)
        second.erase(second.begin() + static_cast<long>(day1));
      Values w = v;
      w.date = end;
      w.day2 = end.day;
      return Render(first, v) + " - " + Render(second, w);
    }
    case Precision::kMonth: {
      v.date = AddDays({year, date.month, 15}, days);
      return Render(date.pieces, v);
    }
    case Precision::kSeason: {
      static constexpr int kMiddleMonth[4] = {4, 7, 10, 1};
      const CivilDate moved = AddDays({year, kMiddleMonth[date.season % 4], 15}, days);
      v.season = SeasonOfMonth(moved.month);
      v.date.year = moved.month == 12 ? moved.year + 1 : moved.year;
      v.year2 = v.date.year + 1;  // "Winter 2016/17"
      return Render(date.pieces, v);
    }
    case Precision::kYear: {
      v.date = AddDays({year, 7, 1}, days);
      v.year2 = v.date.year + 1;
      return Render(date.pieces, v);
    }
  }
  return Render(date.pieces, v);
}

}  // namespace anonymiser::dates
