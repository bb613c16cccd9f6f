#include <gtest/gtest.h>

#include <random>
#include <string>

#include "civil_date.h"
#include "date_parser.h"
#include "dates_plugin.h"

namespace anonymiser::dates {
namespace {

std::string Apply(const std::string& original, const std::string& policy, long shift = 0,
                  const std::string& type = "DATE", const std::string& rule = "") {
  DatesPlugin plugin;
  Mention m;
  m.type = type;
  m.rule = rule;
  m.begin = 0;
  m.end = original.size();
  TransformContext context;
  context.policy = policy;
  context.shift_days = shift;
  const std::optional<std::string> out = plugin.Transform(m, original, context);
  return out ? *out : "<nullopt>";
}

TEST(Transform, ATimeAloneIsRedactedOrKept) {
  for (const auto& [policy, expected] : {std::pair<const char*, const char*>{"", "[time]"},
                                         {"generalise", "[time]"},
                                         {"redact", "[time]"},
                                         {"shift", "23:30"},
                                         {"keep", "23:30"}})
    EXPECT_EQ(Apply("23:30", policy, 0, "DATE", "time-of-day"), expected) << policy;
}

TEST(Generalise, EveryFormat) {
  const std::pair<const char*, const char*> cases[] = {
      {"14 June 2020", "June 2020"},
      {"29.03.2014", "03.2014"},
      {"03/06/2015", "06/2015"},
      {"3/6/15", "6/15"},
      {"2015-06-03", "2015-06"},
      {"1st May 2014", "May 2014"},
      {"1 May 2014", "May 2014"},
      {"May 1st, 2014", "May 2014"},
      {"Tuesday 14th August 2014", "August 2014"},
      {"14th August", "August"},
      {"May 2014", "May 2014"},
      {"mid June 2020", "mid June 2020"},
      {"early July", "early July"},
      {"late 2019", "late 2019"},
      {"autumn 2018", "autumn 2018"},
      {"summer of 2017", "summer of 2017"},
      {"2014", "2014"},
      {"2014/15", "2014/15"},
      {"14:30 on 3 May", "May"},
      {"3 May 2014 at 2.30pm", "May 2014"},
      {"14 Aug. 2014", "Aug. 2014"},
      {"8-10 July 1996", "July 1996"},
      {"10 and 12 November 1996", "November 1996"},
      {"1st of May 2014", "May 2014"},
      {"Tue, 3 May 2016", "May 2016"},
      {"06/2015", "06/2015"},
      {"6 SEPT 2016", "SEPT 2016"},
      {"Christmas 2015", "Christmas 2015"},
      {"14/3", "March"},
      {"30/04", "April"},
      {"16-17/12/23", "12/23"},
      {"09FEB24", "FEB24"},
      {"3rd Nov 23", "Nov 23"},
  };
  for (const auto& [in, want] : cases) {
    EXPECT_EQ(Apply(in, "generalise"), want) << in;
    EXPECT_EQ(Apply(in, ""), want) << in << " (default policy)";
  }
}

TEST(Shift, EveryFormatKeepsItsStyle) {
  const std::pair<const char*, const char*> cases[] = {
      {"14 June 2020", "24 June 2020"},
      {"29.03.2014", "08.04.2014"},
      {"03/06/2015", "13/06/2015"},
      {"3/6/15", "13/6/15"},
      {"2015-06-03", "2015-06-13"},
      {"1st May 2014", "11th May 2014"},
      {"1 May 2014", "11 May 2014"},
      {"May 1st, 2014", "May 11th, 2014"},
      {"Tuesday 14th August 2014", "Sunday 24th August 2014"},
      {"14th August", "24th August"},
      {"May 2014", "May 2014"},
      {"mid June 2020", "mid June 2020"},
      {"early July", "early July"},
      {"late 2019", "late 2019"},
      {"autumn 2018", "autumn 2018"},
      {"summer of 2017", "summer of 2017"},
      {"2014", "2014"},
      {"2014/15", "2014/15"},
      {"14:30 on 3 May", "14:30 on 13 May"},
      {"3 May 2014 at 2.30pm", "13 May 2014 at 2.30pm"},
      {"14 Aug. 2014", "24 Aug. 2014"},
      {"8-10 July 1996", "18-20 July 1996"},
      {"10 and 12 November 1996", "20 and 22 November 1996"},
      {"Tue, 3 May 2016", "Fri, 13 May 2016"},
      {"6 SEPT 2016", "16 SEPT 2016"},
      {"21st May 2014", "31st May 2014"},
      {"16-17/12/23", "26-27/12/23"},
      {"09FEB24", "19FEB24"},
      {"3rd Nov 23", "13th Nov 23"},
      {"25 Mehefin 2022", "5 Gorffennaf 2022"},  // a Welsh month stays Welsh
      {"4 IONAWR 2021", "14 IONAWR 2021"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Apply(in, "shift", 10), want) << in;
}

TEST(Shift, CrossesMonthsYearsAndPeriods) {
  EXPECT_EQ(Apply("29.12.2014", "shift", 5), "03.01.2015");
  EXPECT_EQ(Apply("31/12/99", "shift", 1), "01/01/00");
  EXPECT_EQ(Apply("May 2014", "shift", 40), "June 2014");
  EXPECT_EQ(Apply("May 2014", "shift", -400), "April 2013");
  EXPECT_EQ(Apply("autumn 2018", "shift", 100), "winter 2019");
  EXPECT_EQ(Apply("winter 2019", "shift", 0), "winter 2019");
  EXPECT_EQ(Apply("2014", "shift", 200), "2015");
  EXPECT_EQ(Apply("2014/15", "shift", 200), "2015/16");
  EXPECT_EQ(Apply("Christmas 2015", "shift", 200), "Christmas 2016");
  EXPECT_EQ(Apply("early July", "shift", -30), "early June");
  EXPECT_EQ(Apply("Tuesday 14th August 2014", "shift", -14), "Thursday 31st July 2014");
  EXPECT_EQ(Apply("8-10 July 1996", "shift", 22), "30 July 1996 - 1 August 1996");
  EXPECT_EQ(Apply("29 February", "shift", 1), "1 March");
  EXPECT_EQ(Apply("22nd MAY 2014", "shift", 1), "23rd MAY 2014");
  EXPECT_EQ(Apply("Sept 3, 2014", "shift", 30), "Oct 3, 2014");
}

TEST(Shift, SameInputSameOutput) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(Apply("14 June 2020", "shift", 123), "15 October 2020");
}

// Shifting by any offset keeps the number of days between any two dates.
TEST(Shift, PreservesIntervals) {
  std::mt19937 rng(20260523);
  std::uniform_int_distribution<long> day(DaysFromCivil({1950, 1, 1}),
                                          DaysFromCivil({2030, 12, 31}));
  std::uniform_int_distribution<long> offset(-2000, 2000);
  std::uniform_int_distribution<int> format(0, 4);
  auto write = [](const CivilDate& d, int f) {
    static const char* kMonths[] = {"January",   "February", "March",    "April",
                                    "May",       "June",     "July",     "August",
                                    "September", "October",  "November", "December"};
    char buf[64];
    switch (f) {
      case 0:
        std::snprintf(buf, sizeof buf, "%d %s %d", d.day, kMonths[d.month - 1], d.year);
        break;
      case 1:
        std::snprintf(buf, sizeof buf, "%02d.%02d.%d", d.day, d.month, d.year);
        break;
      case 2:
        std::snprintf(buf, sizeof buf, "%d-%02d-%02d", d.year, d.month, d.day);
        break;
      case 3:
        std::snprintf(buf, sizeof buf, "%s %d, %d", kMonths[d.month - 1], d.day, d.year);
        break;
      default:
        std::snprintf(buf, sizeof buf, "%d/%d/%d", d.day, d.month, d.year);
        break;
    }
    return std::string(buf);
  };
  auto read = [](const std::string& s) {
    const std::optional<DateExpression> e = DateParser::ParseAt(s, 0, true);
    EXPECT_TRUE(e && e->length == s.size()) << s;
    return e ? DaysFromCivil({e->year, e->month, e->day}) : 0L;
  };
  for (int i = 0; i < 2000; ++i) {
    const long shift = offset(rng);
    const CivilDate a = CivilFromDays(day(rng)), b = CivilFromDays(day(rng));
    const std::string sa = Apply(write(a, format(rng)), "shift", shift);
    const std::string sb = Apply(write(b, format(rng)), "shift", shift);
    ASSERT_EQ(read(sb) - read(sa), DaysFromCivil(b) - DaysFromCivil(a)) << sa << " / " << sb;
    ASSERT_EQ(read(sa) - DaysFromCivil(a), shift) << sa;
  }
}

// A day named without its month: a weekday keeps the words around it and
// becomes "[day]"; a day of a month not named becomes "[date]"; a holiday is
// as precise as a month and stays; "the" before an ordinal goes with the day.
TEST(Generalise, ADayWithoutItsMonth) {
  const std::pair<const char*, const char*> cases[] = {
      {"the next Wednesday", "the next [day]"},
      {"Thursday afternoon", "[day] afternoon"},
      {"Friday into Saturday", "[day] into [day]"},
      {"the 9th", "[date]"},
      {"Weds 9th", "[date]"},
      {"the 17th of March", "March"},
      {"Christmas morning", "Christmas morning"},
      {"Fri 14/6", "June"},
      {"November", "November"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Apply(in, "generalise"), want) << in;
}

// A weekday alone moves by the days of the shift; what has no month to move
// in is "[date]"; a holiday alone stays.
TEST(Shift, ADayWithoutItsMonth) {
  const std::pair<const char*, const char*> cases[] = {
      {"last Sunday", "last Wednesday"},
      {"Thursday afternoon", "Sunday afternoon"},
      {"Friday into Saturday", "Monday into Tuesday"},
      {"the 9th", "[date]"},
      {"Weds 9th", "[date]"},
      {"the 17th of March", "the 20th of March"},
      {"Boxing Day", "Boxing Day"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Apply(in, "shift", 3), want) << in;
  EXPECT_EQ(Apply("last Sunday", "shift", -8), "last Saturday");
  EXPECT_EQ(Apply("the following Tuesday", "redact"), "[date]");
}

// Ages of lists, of two units, of forms and of decades, banded.
TEST(AgePolicy, ListsTwoUnitsFormsAndDecades) {
  const std::pair<const char*, const char*> cases[] = {
      {"aged 19, 22 and 25", "aged 15-19, 20-24 and 25-29"},
      {"ages 4 and 6", "ages 1-4 and 5-9"},
      {"2 years 6 months old", "1-4 years old"},
      {"aged 1 year and 9 months", "aged 1-4 years"},
      {"Age: 9w", "Age: 8-11w"},
      {"Age: 14mths", "Age: 12-14mths"},
      {"a 15yo", "a 15-19yo"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Apply(in, "band", 0, "AGE"), want) << in;
  EXPECT_EQ(Apply("40s", "band", 0, "AGE", "age-decade"), "40s");
  EXPECT_EQ(Apply("40s", "redact", 0, "AGE", "age-decade"), "[age]");
}

// The forms read from their context are rewritten from the span alone.
TEST(Transform, AgesAndDatesReadInContext) {
  EXPECT_EQ(Apply("aged about 30", "band", 0, "AGE", "aged"), "aged about 30-34");
  EXPECT_EQ(Apply("aged 18-20", "band", 0, "AGE", "aged"), "aged 20-24");
  EXPECT_EQ(Apply("15\u201317 yrs", "band", 0, "AGE", "approx-age"), "15-19 yrs");
  EXPECT_EQ(Apply("30", "band", 0, "AGE", "approx-age"), "30-34");
  EXPECT_EQ(Apply("15", "band", 0, "AGE", "age-at"), "15-19");
  EXPECT_EQ(Apply("11", "band", 0, "AGE", "table-age"), "10-14");
  EXPECT_EQ(Apply("15yrs", "band", 0, "AGE", "name-age-unit"), "aged 15-19yrs");
  EXPECT_EQ(Apply("Jan '19", "generalise"), "Jan '19");
  EXPECT_EQ(Apply("Jan '19", "shift", 31), "Feb '19");
  EXPECT_EQ(Apply("Dec \u201999", "shift", 31), "Jan \u201900");
  EXPECT_EQ(Apply("Sat.", "generalise"), "[day].");
  EXPECT_EQ(Apply("Sat.", "shift", 1), "Sun.");
  EXPECT_EQ(Apply("Thursday", "generalise", 0, "DATE", "weekday-after-verb"), "[day]");
}

TEST(DatePolicy, KeepAndRedact) {
  EXPECT_EQ(Apply("14 June 2020", "keep"), "14 June 2020");
  EXPECT_EQ(Apply("14 June 2020", "redact"), "[date]");
  EXPECT_EQ(Apply("14 June 2020", "no-such-policy"), "<nullopt>");
  EXPECT_EQ(Apply("not a date", "generalise"), "<nullopt>");
  EXPECT_EQ(Apply("14 June 2020 and more", "shift", 3), "<nullopt>");
}

TEST(AgePolicy, KeepAndBand) {
  EXPECT_EQ(Apply("aged 17", "", 0, "AGE"), "aged 17");
  EXPECT_EQ(Apply("aged 17", "keep", 0, "AGE"), "aged 17");
  EXPECT_EQ(Apply("aged 17", "redact", 0, "AGE"), "[age]");
  const std::pair<const char*, const char*> cases[] = {
      {"aged 17", "aged 15-19"},
      {"a 23-year-old", "a 20-24-year-old"},
      {"an 18-year-old", "a 15-19-year-old"},
      {"A 9-year-old", "A 5-9-year-old"},
      {"a 6-year-old", "a 5-9-year-old"},
      {"a 3-year-old", "a 1-4-year-old"},
      {"an 11-week-old", "an 8-11-week-old"},
      {"13-week-old", "12-15-week-old"},
      {"17 years old", "15-19 years old"},
      {"age 4", "age 1-4"},
      {"aged 3 months", "aged 3-5 months"},
      {"aged 1 year", "aged 1-4 years"},
      {"aged seventeen", "aged 15-19"},
      {"a twenty-three-year-old", "a 20-24-year-old"},
      {"aged 10 days", "aged 10 days"},
      {"age of 15", "age of 15-19"},
      {"15 years of age", "15-19 years of age"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Apply(in, "band", 0, "AGE"), want) << in;
}

TEST(AgePolicy, AnAgeAloneAfterANameIsBandedAsANumber) {
  DatesPlugin plugin;
  Mention m;
  m.type = "AGE";
  m.rule = "name-age";
  TransformContext context;
  context.policy = "band";
  EXPECT_EQ(plugin.Transform(m, "24", context), std::optional<std::string>("20-24"));
  context.policy = "redact";
  EXPECT_EQ(plugin.Transform(m, "24", context), std::optional<std::string>("[age]"));
  // With its unit ("Ruby-Jade (7 weeks)"): banded like "aged 7 weeks".
  m.rule = "name-age-unit";
  context.policy = "band";
  const auto banded = plugin.Transform(m, "7 weeks", context);
  ASSERT_TRUE(banded.has_value());
  EXPECT_EQ(*banded, "aged 4-7 weeks");
  // "Karolina was 18.": the number alone; a pregnancy's weeks without
  // "aged"; a range by its upper end.
  m.rule = "age-after-verb";
  EXPECT_EQ(plugin.Transform(m, "18", context), std::optional<std::string>("15-19"));
  EXPECT_EQ(plugin.Transform(m, "nine", context), std::optional<std::string>("5-9"));
  m.rule = "gestation";
  EXPECT_EQ(plugin.Transform(m, "37 weeks", context), std::optional<std::string>("36-39 weeks"));
  m.rule = "age-range";
  EXPECT_EQ(plugin.Transform(m, "2 to 4 weeks old", context),
            std::optional<std::string>("4-7 weeks old"));
}

}  // namespace
}  // namespace anonymiser::dates
