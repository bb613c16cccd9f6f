#include "civil_date.h"

#include <gtest/gtest.h>

namespace anonymiser::dates {
namespace {

TEST(CivilDate, KnownDays) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  EXPECT_EQ(DaysFromCivil({1969, 12, 31}), -1);
  EXPECT_EQ(Weekday({2014, 8, 14}), 3);  // a Thursday
  EXPECT_EQ(Weekday({2024, 2, 29}), 3);
}

TEST(CivilDate, RoundTripsEveryDayOfFourCenturies) {
  for (long d = DaysFromCivil({1800, 1, 1}); d < DaysFromCivil({2200, 1, 1}); ++d) {
    const CivilDate c = CivilFromDays(d);
    ASSERT_TRUE(IsValid(c)) << d;
    ASSERT_EQ(DaysFromCivil(c), d);
  }
}

TEST(CivilDate, LeapYears) {
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_TRUE(IsLeapYear(2016));
  EXPECT_EQ(DaysInMonth(2016, 2), 29);
  EXPECT_EQ(DaysInMonth(2015, 2), 28);
  EXPECT_EQ(DaysInMonth(2015, 13), 0);
  EXPECT_FALSE(IsValid({2015, 2, 29}));
  const CivilDate d = AddDays({2016, 2, 28}, 2);
  EXPECT_EQ(d.month, 3);
  EXPECT_EQ(d.day, 1);
}

}  // namespace
}  // namespace anonymiser::dates
