#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dates_plugin.h"

namespace anonymiser::dates {
namespace {

struct Found {
  std::string text;
  std::string type;
  std::string rule;
  double score;
};

std::vector<Found> FindIn(const std::string& text) {
  DatesPlugin plugin;
  TextUnit unit;
  unit.text = text;
  std::vector<Mention> mentions;
  plugin.Find(unit, mentions);
  std::vector<Found> out;
  for (const Mention& m : mentions)
    out.push_back({text.substr(m.begin, m.end - m.begin), m.type, m.rule, m.score});
  return out;
}

// The one mention found in `text`, which must be `span` of type `type` with a
// score above the default threshold.
void ExpectOnly(const std::string& text, const std::string& span, const std::string& type,
                const std::string& rule = "") {
  const std::vector<Found> found = FindIn(text);
  ASSERT_EQ(found.size(), 1u) << text;
  EXPECT_EQ(found[0].text, span) << text;
  EXPECT_EQ(found[0].type, type) << text;
  EXPECT_GE(found[0].score, 0.5) << text;
  if (!rule.empty()) {
    EXPECT_EQ(found[0].rule, rule) << text;
  }
}

TEST(FindDates, EveryFormatWithItsSpanAndRule) {
  ExpectOnly("Seen on 29.03.2014 by the GP.", "29.03.2014", "DATE", "numeric-dmy");
  ExpectOnly("Seen on 03/06/2015.", "03/06/2015", "DATE", "numeric-dmy");
  // Day and month in figures, after a word that introduces a date.
  ExpectOnly("The health visitor saw him on 14/3.", "14/3", "DATE", "numeric-dm");
  ExpectOnly("JS to write by 30/04.", "30/04", "DATE", "numeric-dm");
  // "w/c" (week commencing) belongs to the date.
  ExpectOnly("w/c 3/6 the school closed", "w/c 3/6", "DATE", "week-commencing-numeric-dm");
  ExpectOnly("between w/c 5 June and", "w/c 5 June", "DATE", "week-commencing-day-month");
  // A time after a date belongs to it, and the end of a range of times.
  ExpectOnly("lobby | 18/10/2021 22:47 | 2", "18/10/2021 22:47", "DATE", "numeric-dmy");
  ExpectOnly("email of Thu 21 Sep 2023, 08:14 you", "Thu 21 Sep 2023, 08:14", "DATE",
             "weekday-day-month-year");
  ExpectOnly("held on: Tuesday 14 November 2023, 4.00pm, in", "Tuesday 14 November 2023, 4.00pm",
             "DATE", "weekday-day-month-year");
  ExpectOnly("Date: 2023-06-05T09:14:07 Subject", "2023-06-05T09:14:07", "DATE", "numeric-iso");
  ExpectOnly("visit: Thu 18 Jan 2024, 10:30\u201311:45 Surveyor",
             "Thu 18 Jan 2024, 10:30\u201311:45", "DATE", "weekday-day-month-year");
  ExpectOnly("On 3 May 2014 12 children came", "3 May 2014", "DATE", "day-month-year");
  EXPECT_EQ(FindIn("on 22.07.2020, 19.08.2020 or 16.09.2020.").size(), 3u);
  ExpectOnly("on the night of 21st/22nd November 2021.", "21st/22nd November 2021", "DATE",
             "day-range-month-year");
  ExpectOnly("She died on Boxing Day 2022 in", "Boxing Day 2022", "DATE", "holiday-year");
  // Dates either side of a dash are two.
  EXPECT_EQ(FindIn("between 13/03/2023\u201315/03/2023. Not").size(), 2u);
  // "w/e" (week ending) and "w/b" (week beginning) belong to the date as "w/c" does.
  ExpectOnly("w/e 22/3 the HV visited", "w/e 22/3", "DATE", "week-ending-numeric-dm");
  ExpectOnly("plan for w/b 9/5 agreed", "w/b 9/5", "DATE", "week-beginning-numeric-dm");
  ExpectOnly("22/3\tHV\tvisit", "22/3", "DATE", "numeric-dm");  // a chronology's date column
  for (const char* text : {"He scored 9/10 in maths.", "Score 3/4 on the test.", "Page 12/30.",
                           "on 31/2 nothing", "by 3/4/5/6"})
    for (const auto& f : FindIn(text)) EXPECT_NE(f.rule, "numeric-dm") << text;
  ExpectOnly("Seen on 3/6/15, again.", "3/6/15", "DATE", "numeric-dmy-short-year");
  ExpectOnly("Seen on 2015-06-03.", "2015-06-03", "DATE", "numeric-iso");
  ExpectOnly("On 1st May 2014 she moved.", "1st May 2014", "DATE", "day-month-year");
  ExpectOnly("On 1 May 2014 she moved.", "1 May 2014", "DATE", "day-month-year");
  ExpectOnly("On May 1st, 2014 she moved.", "May 1st, 2014", "DATE", "month-day-year");
  ExpectOnly("On Tuesday 14th August 2014 police", "Tuesday 14th August 2014", "DATE",
             "weekday-day-month-year");
  ExpectOnly("By 14th August the plan", "14th August", "DATE", "day-month");
  ExpectOnly("In May 2014 the family", "May 2014", "DATE", "month-year");
  ExpectOnly("In mid June 2020 the family", "mid June 2020", "DATE", "qualified-month-year");
  ExpectOnly("Until early July nothing", "early July", "DATE", "qualified-month-in-context");
  ExpectOnly("From late 2019 onwards", "late 2019", "DATE", "qualified-year");
  ExpectOnly("In autumn 2018 she", "autumn 2018", "DATE", "season-year");
  ExpectOnly("During the summer of 2017 he", "summer of 2017", "DATE", "season-year");
  ExpectOnly("This happened in 2014.", "2014", "DATE", "year-in-context");
  ExpectOnly("Numbers during 2014/15 rose.", "2014/15", "DATE", "academic-year");
  ExpectOnly("Police came at 14:30 on 3 May.", "14:30 on 3 May", "DATE", "time-day-month");
  ExpectOnly("Police came on 3 May 2014 at 2.30pm.", "3 May 2014 at 2.30pm", "DATE",
             "day-month-year");
  ExpectOnly("A visit on 14 Aug. 2014 and", "14 Aug. 2014", "DATE", "day-month-year");
  ExpectOnly("A visit on 8-10 July 1996 and", "8-10 July 1996", "DATE", "day-range-month-year");
  ExpectOnly("Visits on 10 and 12 November 1996.", "10 and 12 November 1996", "DATE");
  ExpectOnly("Seen on 6 SEPT 2016.", "6 SEPT 2016", "DATE");
  ExpectOnly("Seen in 06/2015.", "06/2015", "DATE", "numeric-month-year");
  // ISO year and month; the next year's two digits make an academic year.
  ExpectOnly("Account opened 2023-12 by her.", "2023-12", "DATE", "numeric-iso-month");
  ExpectOnly("The 2010-11 academic year.", "2010-11", "DATE", "academic-year");
  // "the" before a day written as an ordinal belongs to the date.
  ExpectOnly("The 1st of May 2014.", "The 1st of May 2014", "DATE");
  ExpectOnly("Seen in March.", "March", "DATE", "month-in-context");
  ExpectOnly("At Christmas 2015 the family", "Christmas 2015", "DATE", "holiday-year");
  ExpectOnly("By New Year's Eve 2014 the family", "New Year's Eve 2014", "DATE", "holiday-year");
  ExpectOnly("DOB: 03-Nov-1948 (then", "03-Nov-1948", "DATE", "day-month-year");
  ExpectOnly("seen 3-Nov-21 in clinic", "3-Nov-21", "DATE", "day-month-year");
  ExpectOnly("Vehicle hired 14/03 to him", "14/03", "DATE", "numeric-dm");
  ExpectOnly("04/03 disclosure to form tutor", "04/03", "DATE", "numeric-dm");
  ExpectOnly("In 2012\u201313 staff noted", "2012\u201313", "DATE", "academic-year");
  ExpectOnly("In the autumn term 2021 he was", "autumn term 2021", "DATE", "season-year");
  EXPECT_EQ(FindIn("(March to August 2015)").size(), 2u);
  EXPECT_EQ(FindIn("(March to August 2015)")[0].text, "March");
  EXPECT_EQ(FindIn("(March to August 2015)")[0].rule, "month-before-month");
  ExpectOnly("During Ramadan 2022 he fasted", "Ramadan 2022", "DATE", "holiday-year");
  ExpectOnly("At Eid al-Fitr 2021 the family", "Eid al-Fitr 2021", "DATE", "holiday-year");
  ExpectOnly("after Mother's Day 2019, she", "Mother's Day 2019", "DATE", "holiday-year");
  ExpectOnly("By Diwali 2020 they", "Diwali 2020", "DATE", "holiday-year");
  ExpectOnly("The 2014 review found", "2014", "DATE", "bare-year");
  // The year said in words after a month.
  ExpectOnly("In March last year Tom left", "March last year", "DATE", "month-year-in-words");
  ExpectOnly("in October the previous year he", "October the previous year", "DATE",
             "month-year-in-words");
  EXPECT_TRUE(FindIn("Grace May last year moved").empty());
}

TEST(FindDates, Ages) {
  ExpectOnly("when she was aged 17 she", "aged 17", "AGE", "aged");
  ExpectOnly("He is a 23-year-old man.", "a 23-year-old", "AGE", "year-old");
  ExpectOnly("a 13-week-old baby", "a 13-week-old", "AGE", "year-old");
  ExpectOnly("the 13-week-old baby", "13-week-old", "AGE", "year-old");
  ExpectOnly("She is 17 years old.", "17 years old", "AGE", "years-old");
  ExpectOnly("From age 4 he", "age 4", "AGE", "aged");
  ExpectOnly("aged seventeen", "aged seventeen", "AGE");
  ExpectOnly("an eighteen-year-old", "an eighteen-year-old", "AGE");
  ExpectOnly("aged 3 months at the time", "aged 3 months", "AGE");
  ExpectOnly("at the age of 15 she", "age of 15", "AGE");
  ExpectOnly("she was 15 years of age then", "15 years of age", "AGE", "years-of-age");
  // An age alone after a name, between commas or in brackets.
  ExpectOnly("her sister Leanne Whitaker, 24, and", "24", "AGE", "name-age");
  ExpectOnly("Mother (19) said", "19", "AGE", "name-age");
  ExpectOnly("Her brother, Child S (2), was", "2", "AGE", "name-age");
  ExpectOnly("Łucja, 31, came", "31", "AGE", "name-age");
  ExpectOnly("with Zain (then 13) at home", "13", "AGE", "name-age");
  ExpectOnly("Ruby-Jade (7 weeks) was seen", "7 weeks", "AGE", "name-age-unit");
  ExpectOnly("Jack (then 5 months) present", "5 months", "AGE", "name-age-unit");
  // An age after "was"/"is" and a person; later ages of a list.
  ExpectOnly("Lily-Mae was born when Karolina was 18.", "18", "AGE", "age-after-verb");
  ExpectOnly("Ms Davies-Campbell is 26. She", "26", "AGE", "age-after-verb");
  ExpectOnly("She was 16 when she met him", "16", "AGE", "age-after-verb");
  ExpectOnly("the perpetrator, who was 31 at the time, was", "31", "AGE", "age-after-verb");
  ExpectOnly("her son, who was nine at the time of", "nine", "AGE", "age-after-verb");
  ExpectOnly("Margaret Hill, who was 84 (date of", "84", "AGE", "age-after-verb");
  // Number words in brackets; a bracket going on after the age; after a date.
  ExpectOnly("siblings, Mary-Kate (nine) and", "nine", "AGE", "name-age");
  ExpectOnly("her brother Rayan (6, Year 1 at", "6", "AGE", "name-age");
  EXPECT_EQ(FindIn("DOB: 03/11/1948 (75 yrs) NHS").size(), 2u);
  EXPECT_EQ(FindIn("DOB: 03/11/1948 (75 yrs) NHS")[1].text, "75 yrs");
  // A word of degree between the verb and the age; "turned".
  ExpectOnly("Rory, who was nearly four when he died", "four", "AGE", "age-after-verb");
  ExpectOnly("She was almost 16, and", "16", "AGE", "age-after-verb");
  ExpectOnly("Callum, who had just turned 16, rang", "16", "AGE", "age-after-verb");
  ExpectOnly("He turned 18 in prison", "18", "AGE", "age-after-verb");
  ExpectOnly("(by his sister, Dawn LANCASTER, 17).", "17", "AGE", "name-age");
  ExpectOnly("Rojin (mother) and Sky (son, 15) lived", "15", "AGE", "name-age");
  ExpectOnly("mother, Grace Adebayo-Mensah, was 19 when he", "19", "AGE", "age-after-verb");
  ExpectOnly("Hope Akhtar-Hussain, now 11, is", "11", "AGE", "name-age");
  ExpectOnly("Brook, then 18 months, had", "18 months", "AGE", "name-age-unit");
  ExpectOnly("Hope (now 11) is", "11", "AGE", "name-age");
  ExpectOnly("Sex: M    Age: 13 weeks    NHS", "Age: 13 weeks", "AGE", "aged");
  // A list of ages after "aged" is one mention.
  ExpectOnly("believed to be aged 16 and 17, were", "aged 16 and 17", "AGE", "aged-list");
  // A pregnancy's length, and a range of ages.
  ExpectOnly("booked late, at 19 weeks gestation, with", "19 weeks", "AGE", "gestation");
  ExpectOnly("born at 37 weeks by caesarean", "37 weeks", "AGE", "gestation");
  ExpectOnly("Pregnant approx. 9 weeks. Partner", "9 weeks", "AGE", "gestation");
  ExpectOnly("estimated as 2 to 4 weeks old by", "2 to 4 weeks old", "AGE", "age-range");
  for (const char* text :
       {"The score was 18.", "It was 5. Then", "the total is 12, and", "she was 15.5 metres away",
        "waited 3 weeks for a bed", "pages 12, 24, 36", "In June, 12 families",
        "Chapter 5 (12) said", "the list (100) of", "Ward 7, 24, was", "the delay (6 pages) and",
        "page 3 (then 4) of", "He turned 90 degrees", "the list (one) of",
        "The score was nearly 40.", "it was only 5 minutes"}) {
    for (const auto& f : FindIn(text)) EXPECT_NE(f.type, "AGE") << text;
  }
}

TEST(FindDates, NotDates) {
  for (const char* text : {"You May go now.",
                           "They will March on.",
                           "Will said so.",
                           "May said she would come.",
                           "The 2000 people who came",
                           "about 1950 referrals",
                           "over 2000 children",
                           "Room 1.2.3.4 is",
                           "call 0161 496 0000",
                           "a 12/03",
                           "Application no. 40593/04 was lodged",
                           "Application no. 1942/08",
                           "It cost £2014.",
                           "Sun and sea",
                           "Mar the day",
                           "august company",
                           "the winter was cold",
                           "page 12.3.4",
                           "12/03/2014/5",
                           "She scored 10/10 on it",
                           "Wednesday was fine",
                           "early on",
                           "the spring of"}) {
    const std::vector<Found> found = FindIn(text);
    for (const Found& f : found) EXPECT_LT(f.score, 0.5) << text << " -> " << f.text;
  }
}

// A time of day alone places an event as a date does; a number with a dot
// and no am/pm is a number.
TEST(FindDates, TimesOfDayAlone) {
  ExpectOnly("Police attended at 23:30 and", "23:30", "DATE", "time-of-day");
  ExpectOnly("Meeting closed at 7.42pm.", "7.42pm", "DATE", "time-of-day");
  // (The weekday before it names a day: both are found.)
  const std::vector<Found> weekday_time = FindIn("the call (Wednesday at 6 pm) was");
  ASSERT_EQ(weekday_time.size(), 2u);
  EXPECT_EQ(weekday_time[1].text, "6 pm");
  EXPECT_EQ(weekday_time[1].rule, "time-of-day");
  ExpectOnly("Time commenced: 16:12:05 Interview", "16:12:05", "DATE", "time-of-day");
  ExpectOnly("music 01:10\u201304:00 reported", "01:10\u201304:00", "DATE", "time-of-day");
  ExpectOnly("[11/03/2023, 18:02:44] Big Bro", "11/03/2023, 18:02:44", "DATE", "numeric-dmy");
  EXPECT_TRUE(FindIn("It cost 2.30 and section 2.30 applies; a 3:1 ratio; 25:00; 9:75").empty());
}

// A date of birth with the age it gives in brackets: the age too.
TEST(FindDates, AnAgeInBracketsAfterADate) {
  const std::vector<Found> found = FindIn("TJ | 02/09/2007 (15) | born 17 Aug 1989 (aged 31)");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[1].text, "15");
  EXPECT_EQ(found[1].type, "AGE");
  EXPECT_EQ(found[1].rule, "name-age");
  EXPECT_EQ(found[3].text, "aged 31");
  EXPECT_EQ(found[3].type, "AGE");
  ExpectOnly("on 3 May 2021 (350 words)", "3 May 2021", "DATE");
  EXPECT_EQ(FindIn("on 3 May 2021 (130)").size(), 1u);  // no one is 130
}

TEST(FindDates, InvalidCalendarDatesAreNotDates) {
  EXPECT_TRUE(FindIn("on 31/02/2015 nothing").empty());
  EXPECT_TRUE(FindIn("on 30 February 2015 nothing").empty() ||
              FindIn("on 30 February 2015 nothing")[0].text != "30 February 2015");
  ExpectOnly("on 29/02/2016 something", "29/02/2016", "DATE");
  EXPECT_TRUE(FindIn("on 29/02/2015 nothing").empty());
}

TEST(FindDates, SeveralInOneText) {
  const std::vector<Found> found =
      FindIn("Between 1 May 2014 and 03/06/2015, when Child M was aged 2, in autumn 2018.");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].text, "1 May 2014");
  EXPECT_EQ(found[1].text, "03/06/2015");
  EXPECT_EQ(found[2].text, "aged 2");
  EXPECT_EQ(found[3].text, "autumn 2018");
}

// No mention of a date or an age in `text` scores above the threshold.
void ExpectNoDate(const std::string& text) {
  for (const Found& f : FindIn(text)) EXPECT_LT(f.score, 0.5) << text << " -> " << f.text;
}

// Blind set 18: times with "hrs", after "at about", a decade, seasons joined.
TEST(FindDates, HoursDecadesAndSeasonsJoined) {
  // With "hrs" or "hours"; after "at about"; a 24-hour clock's four digits.
  ExpectOnly("At 17.45hrs he rang.", "17.45hrs", "DATE", "time-of-day");
  ExpectOnly("at 09.30 hours", "09.30 hours", "DATE", "time-of-day");
  ExpectOnly("At 1745hrs he rang.", "1745hrs", "DATE", "time-of-day");
  ExpectOnly("She left at about 10.30. Then", "10.30", "DATE", "time-of-day");
  ExpectNoDate("It rose by about 10.30 per cent");
  // A decade.
  ExpectOnly("He came in the 1980s to work.", "1980s", "DATE", "decade");
  ExpectNoDate("the 1985s");
  ExpectNoDate("1200 hrs of community service");
  const std::vector<Found> seasons = FindIn("Spring and summer 2021 were hard.");
  ASSERT_EQ(seasons.size(), 2u);
  EXPECT_EQ(seasons[0].text, "Spring");
  EXPECT_EQ(seasons[0].rule, "season-before-season");
  EXPECT_EQ(seasons[1].text, "summer 2021");
  ExpectOnly("Winter 2016/17 was cold.", "Winter 2016/17", "DATE", "season-year");
  ExpectOnly("Afraid Fri 26.05 | noise", "Fri 26.05", "DATE");
  ExpectNoDate("the loss of 3.5 hours");
}

// A weekday names one day after a word that introduces it, with its part of
// the day, or after a lead that places it, which belongs to the mention.
TEST(FindDates, AWeekdayAloneNamesADay) {
  ExpectOnly("She phoned the school on Thursday afternoon about it", "Thursday afternoon", "DATE",
             "weekday");
  ExpectOnly("Monday night was the last time", "Monday night", "DATE", "weekday");
  ExpectOnly("Next: Tues pm meeting", "Tues pm", "DATE", "weekday");
  ExpectOnly("They agreed to decide by Thursday.", "Thursday", "DATE", "weekday");
  ExpectOnly("Until Saturday, nobody knew", "Saturday", "DATE", "weekday");
  ExpectOnly("on the Monday, the school rang", "Monday", "DATE", "weekday");
  ExpectOnly("She saw him again the next Wednesday.", "the next Wednesday", "DATE", "weekday");
  ExpectOnly("He left last Sunday and", "last Sunday", "DATE", "weekday");
  ExpectOnly("The police came back that Friday", "that Friday", "DATE", "weekday");
  ExpectOnly("stayed out from Friday into Saturday with", "Friday into Saturday", "DATE",
             "weekday");
  ExpectOnly("see you on Weds then", "Weds", "DATE", "weekday");
  ExpectOnly("on tuesday she said", "tuesday", "DATE", "weekday");
  // A time after it places it too; both are found.
  const std::vector<Found> timed = FindIn("Meeting Sunday 4pm in the hall");
  ASSERT_EQ(timed.size(), 2u);
  EXPECT_EQ(timed[0].text, "Sunday");
  EXPECT_EQ(timed[1].text, "4pm");
  // Habits and weekdays with nothing that places them stay.
  for (const char* text : {"She swims on Saturdays.", "every Monday the group met", "on a Thursday",
                           "on Monday evenings she", "Thursday was busy", "open Monday to Friday",
                           "a Sun reporter", "Sat nav", "on Sun"})
    ExpectNoDate(text);
}

// A weekday with a day of a month not named: "Weds 9th", "Fri 14/6".
TEST(FindDates, AWeekdayWithADayOfTheMonth) {
  ExpectOnly("Free Weds 9th?", "Weds 9th", "DATE", "weekday-day");
  ExpectOnly("Friday the 21st was", "Friday the 21st", "DATE", "weekday-day");
  ExpectOnly("pick up on Fri 14/6 from", "Fri 14/6", "DATE", "weekday-numeric-dm");
  ExpectNoDate("She sat 9/10 exams");
}

// A Welsh month's name with a day and a year; not alone, nor without a year
// ("Mai" and "Medi" are names, "Mawrth" also Tuesday).
TEST(FindDates, AWelshMonthWithDayAndYear) {
  ExpectOnly("Cynhaliwyd y cyfarfod ar 30 Mehefin 2022 yn", "30 Mehefin 2022", "DATE",
             "day-month-year");
  ExpectOnly("Dyddiad: 4 IONAWR 2021.", "4 IONAWR 2021", "DATE", "day-month-year");
  for (const char* text : {"She met Mai in the park", "with 3 Medi and friends", "Dydd Mawrth"})
    ExpectNoDate(text);
}

// A holiday alone names its day; a name, a thing or a habit does not.
TEST(FindDates, AHolidayAlone) {
  ExpectOnly("They argued over Easter.", "Easter", "DATE", "holiday");
  ExpectOnly("On Christmas morning the police", "Christmas morning", "DATE", "holiday");
  ExpectOnly("5.2 Easter.", "Easter", "DATE", "holiday");
  ExpectOnly("since Good Friday she", "Good Friday", "DATE", "holiday");
  ExpectOnly("that Christmas she moved", "that Christmas", "DATE", "holiday");
  ExpectOnly("Over Easter Kyle stayed", "Easter", "DATE", "holiday");
  ExpectOnly("by New Year\u2019s Eve the", "New Year\u2019s Eve", "DATE", "holiday");
  const std::vector<Found> two = FindIn("spent Hogmanay and Boxing Day away");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].text, "Hogmanay");
  EXPECT_EQ(two[1].text, "Boxing Day");
  // Saints' days, the Twelfth (of July) and other days named by their feast.
  ExpectOnly("celebrated St Patrick's Day and", "St Patrick's Day", "DATE", "holiday");
  ExpectOnly("On St David’s Day 2019 he", "St David’s Day 2019", "DATE", "holiday-year");
  ExpectOnly("went to Bangor on the Twelfth. She", "Twelfth", "DATE", "holiday");
  ExpectOnly("After Pancake Day the mother called", "Pancake Day", "DATE", "holiday");
  ExpectOnly("On Armistice Day the school", "Armistice Day", "DATE", "holiday");
  for (const char* text :
       {"Father Christmas came", "an Easter egg hunt", "the Easter Rising", "every Christmas they",
        "Merry Christmas all", "a Christmas card", "The Twelfth Report of the Committee",
        "on the twelfth day", "St Mary's Church"})
    ExpectNoDate(text);
}

// A day of the month alone, as an ordinal after a word that introduces a
// date, and before the clause goes on.
TEST(FindDates, ADayOfTheMonthAlone) {
  ExpectOnly("Officers returned on the 9th.", "the 9th", "DATE", "ordinal-day");
  ExpectOnly("nothing until the 12th when", "the 12th", "DATE", "ordinal-day");
  ExpectOnly("between the 2nd and the 6th she", "the 2nd and the 6th", "DATE", "ordinal-day");
  ExpectOnly("on 11th, the GP", "11th", "DATE", "ordinal-day");
  ExpectOnly("the hearing on the 17th of March", "the 17th of March", "DATE", "day-month");
  for (const char* text : {"on the 2nd floor", "by the 4th Battalion", "from the 3rd-year pupils",
                           "after the 2nd time", "the 9th."})
    ExpectNoDate(text);
}

// A paragraph's number is no day: "4.2 April to June 2021" is the months.
TEST(FindDates, AParagraphNumberIsNoDay) {
  const std::vector<Found> found = FindIn("4.2 April to June 2021 \u2013 the school");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "April");
  EXPECT_EQ(found[1].text, "June 2021");
}

// A month alone that is no common word or name, capitalised, outside a name.
TEST(FindDates, AMonthAloneOutsideANameOrTitle) {
  ExpectOnly("before the November review", "November", "DATE", "month-alone");
  ExpectOnly("2.6 The December holidays.", "December", "DATE", "month-alone");
  for (const char* text : {"the May review", "Operation December went", "the October Revolution",
                           "Red October was shown", "the march began"})
    ExpectNoDate(text);
}

// A time with a dot after a word that introduces it; an hour before a marked
// end; a police log's four digits; noon and o'clock. Numbers stay numbers.
TEST(FindDates, TimesWithoutAColonOrAmPm) {
  ExpectOnly("an ECG at 06.40 showed", "06.40", "DATE", "time-of-day");
  ExpectOnly("back before 11.15?", "11.15", "DATE", "time-of-day");
  ExpectOnly("from 9.00 to 10.30 the panel", "9.00 to 10.30", "DATE", "time-of-day");
  ExpectOnly("calls between 7 and 9pm", "7 and 9pm", "DATE", "time-of-day");
  ExpectOnly("arrested at 0315hrs", "0315hrs", "DATE", "time-of-day");
  ExpectOnly("stopped at 2200 hours on", "2200 hours", "DATE", "time-of-day");
  ExpectOnly("stopped at 1945 hours on", "1945 hours", "DATE", "time-of-day");
  ExpectOnly("lunch at 12 noon", "12 noon", "DATE", "time-of-day");
  ExpectOnly("home by 4 o'clock", "4 o'clock", "DATE", "time-of-day");
  ExpectOnly("seen at 3.15 p.m. by", "3.15 p.m.", "DATE", "time-of-day");
  ExpectOnly("At 9.30 a meeting was held", "9.30", "DATE", "time-of-day");
  // A range of quarter hours needs no word before it.
  ExpectOnly("The session ran 9.30\u201312.30 on", "9.30\u201312.30", "DATE", "time-of-day");
  ExpectOnly("open 10.45 - 11.15 daily", "10.45 - 11.15", "DATE", "time-of-day");
  for (const char* text :
       {"section 4.15 says", "paragraph 6.30 applies", "Table 2.05 shows", "version 3.10 is",
        "rose by 2.25 per cent", "priced at \u00a34.50", "scored 8.45 overall",
        "fell from 2.25 to 1.75 in", "1200 hours of community service", "at 3.5 per cent",
        "sold at 12.50 each", "up by 0.25 on", "at 3.50 a week", "costs \u00a39.30\u201312.30 each",
        "ratios 2.15-3.40 were", "grew 0.15-0.30 a", "paragraphs 9.30-12.30.4 apply"})
    ExpectNoDate(text);
}

// Ages as drafts and forms write them.
TEST(FindDates, AgesInDraftsAndForms) {
  ExpectOnly("Kian was 2 years 6 months old at", "2 years 6 months old", "AGE", "years-old");
  ExpectOnly("aged 1 year and 9 months when", "aged 1 year and 9 months", "AGE", "aged");
  ExpectOnly("Sex: F  Age: 9w  NHS", "Age: 9w", "AGE", "aged");
  ExpectOnly("Age: 14mths", "Age: 14mths", "AGE", "aged");
  ExpectOnly("her grandad is 83 and frail", "83", "AGE", "age-after-verb");
  ExpectOnly("Aunt Lorna (father's sister) is 52 and well", "52", "AGE", "age-after-verb");
  ExpectOnly("Uncle Dev, who lives nearby, is 38 and works", "38", "AGE", "age-after-verb");
  ExpectOnly("She is now 15.", "15", "AGE", "age-after-verb");
  ExpectOnly("Three men, aged 19, 22 and 25, were charged", "aged 19, 22 and 25", "AGE",
             "aged-list");
  ExpectOnly("the children, ages 4 and 6, were", "ages 4 and 6", "AGE", "aged-list");
  ExpectOnly("aged 16 and 3 others", "aged 16", "AGE", "aged");
  ExpectOnly("a 15yo boy", "a 15yo", "AGE", "year-old");
  ExpectOnly("a 12 y/o girl", "a 12 y/o", "AGE", "year-old");
  ExpectOnly("a woman in her 40s was", "40s", "AGE", "age-decade");
  ExpectOnly("a man in his early fifties", "fifties", "AGE", "age-decade");
  for (const char* text :
       {"for ages 3 people waited", "in the 1980s", "in the late 70s", "The total is now 12."})
    for (const Found& f : FindIn(text)) EXPECT_NE(f.type, "AGE") << text;
}

// No mention of an age in `text`.
void ExpectNoAge(const std::string& text) {
  for (const Found& f : FindIn(text)) EXPECT_NE(f.type, "AGE") << text << " -> " << f.text;
}

// "turns" and "turning" give an age as "turned" does.
TEST(FindDates, TurnsAndTurningGiveAnAge) {
  ExpectOnly("Nathan turns 15 next month.", "15", "AGE", "age-after-verb");
  ExpectOnly("Kayla is turning 12 this year.", "12", "AGE", "age-after-verb");
  ExpectOnly("she turns eighteen, so", "eighteen", "AGE", "age-after-verb");
  for (const char* text : {"the lane turns 90 degrees", "The company turns 50 this year.",
                           "it turns 3 times", "Turning 5 pages, she"})
    ExpectNoAge(text);
}

// "At 15 she": "at" at a sentence's start or after a comma, a pronoun after.
TEST(FindDates, AnAgeAfterAtAndAPronoun) {
  ExpectOnly("At 15 she was placed with foster carers.", "15", "AGE", "age-at");
  ExpectOnly("5.3 At 13 he began to go missing.", "13", "AGE", "age-at");
  ExpectOnly("Soon after, at 12, they moved away.", "12", "AGE", "age-at");
  ExpectOnly("At fourteen I was drinking.", "fourteen", "AGE", "age-at");
  for (const char* text : {"At 16:30 she rang", "At 9.45 he left", "at 14 Elm Grove she stayed",
                           "the meeting at 3 she attended", "At 10 minutes past, he",
                           "At 2 the school rang", "Seen at 11 he said"})
    ExpectNoAge(text);
}

// An estimate of an age: after "aged", or after a word for a person.
TEST(FindDates, AnEstimatedAge) {
  ExpectOnly("a man aged about 30 was seen", "aged about 30", "AGE", "aged");
  ExpectOnly("her friend, aged approx. 45, was", "aged approx. 45", "AGE", "aged");
  ExpectOnly("Passenger female, white, approx 30.", "30", "AGE", "approx-age");
  ExpectOnly("three youths (approx 15\u201317 yrs) were", "15\u201317 yrs", "AGE", "approx-age");
  ExpectOnly("the suspect, around 40, ran off", "40", "AGE", "approx-age");
  ExpectOnly("a woman (approximately 35) shouted", "35", "AGE", "approx-age");
  for (const char* text : {"the men (about 20) came", "it took approx 25 minutes, the man said",
                           "the woman stayed there, approx 3 yrs.", "Attendance, approx 25.",
                           "aged about", "a male, approx 6ft tall", "approx 25 people, a man said"})
    ExpectNoAge(text);
}

// "Name (15)" goes on: an age with its unit written on, a semicolon or a
// nickname in the brackets, and the number in brackets after "age".
TEST(FindDates, MoreAgesAfterANameOrAge) {
  ExpectOnly("his age (14) was", "14", "AGE", "name-age");
  ExpectOnly("given Leon's age (9), the", "9", "AGE", "name-age");
  ExpectOnly("Tyler Brooks, 15yrs, attends", "15yrs", "AGE", "name-age-unit");
  ExpectOnly("Tyler Brooks, 15 yrs, attends", "15 yrs", "AGE", "name-age-unit");
  ExpectOnly("Mia (4yrs) and", "4yrs", "AGE", "name-age-unit");
  ExpectOnly("Dionne Clarke (27; address withheld)", "27", "AGE", "name-age");
  ExpectOnly("Robert (\"Bobby\", 16) and", "16", "AGE", "name-age");
  for (const char* text :
       {"the page (12)", "the stage (12) of", "Leeds, 3 years, then", "the manual (22; see annex)",
        "Flat 4, 5m, wide", "the word \"Hello\", 19, times"})
    ExpectNoAge(text);
}

// A number alone in a table's cell after a date of birth.
TEST(FindDates, AnAgeInATableAfterADateOfBirth) {
  const std::vector<Found> rows =
      FindIn("Name | DOB | Age\nLiam Carter | 04.11.2012 | 11\nEvie Carter | 3 March 2020 | 4\n");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].text, "11");
  EXPECT_EQ(rows[1].rule, "table-age");
  EXPECT_EQ(rows[3].text, "4");
  const std::vector<Found> piped = FindIn("| Ava Dunn | 21/06/2018 | 5 | Oak Nursery |");
  ASSERT_EQ(piped.size(), 2u);
  EXPECT_EQ(piped[1].text, "5");
  EXPECT_EQ(piped[1].type, "AGE");
  const std::vector<Found> tabbed = FindIn("Noah Price\t03/03/2010\t13\n");
  ASSERT_EQ(tabbed.size(), 2u);
  EXPECT_EQ(tabbed[1].text, "13");
  for (const char* text :
       {"| Type | Date | Count |\n|---|---|---|\n| Referral | 12/03/2023 | 4 |",
        "| 12/03/2023 | 4 | HV visit |", "| Mon | 12/03/2023 | 4 |", "| Liam | Year 6 | 11 |",
        "| Liam | 2012 | 11 |", "| Liam | 04.11.2012 | 11 years |", "| Liam | 04.11.2012 | 130 |"})
    ExpectNoAge(text);
}

// A month with its year's last two digits after an apostrophe.
TEST(FindDates, AMonthWithATwoDigitYear) {
  ExpectOnly("started in Jan '19 with", "Jan '19", "DATE", "month-short-year");
  ExpectOnly("by March \u201921, she", "March \u201921", "DATE", "month-short-year");
  for (const char* text : {"back in the '90s", "Aug '234", "Mar 'em", "Aug '19s"})
    ExpectNoDate(text);
}

// A weekday in full ending a verb's phrase without "on"; "Sat" after "on".
TEST(FindDates, AWeekdayWithoutOn) {
  ExpectOnly("Ellie goes back to nursery Thursday.", "Thursday", "DATE", "weekday-after-verb");
  ExpectOnly("He is due in court Wednesday, and", "Wednesday", "DATE", "weekday-after-verb");
  ExpectOnly("the post was seen on Sat.", "Sat.", "DATE", "weekday");
  ExpectOnly("until Sat, then", "Sat", "DATE", "weekday");
  for (const char* text :
       {"a normal Friday.", "open Monday to Friday.", "her Tuesday.", "The Monday group met",
        "Friday was quiet", "Man Friday.", "her friend's Sunday.", "the school monday.",
        "She attends Monday, Tuesday and Friday.", "on Sat nav", "Sat with her", "on Sun."})
    ExpectNoDate(text);
}

// Dates of rotas, records systems and police logs: a range of days before a
// month in figures, the compact "09FEB24", a day and month with a two-digit
// year, a range of ordinals, a day and month after a verb or before a time.
TEST(FindDates, DatesOfRecordsAndRotas) {
  ExpectOnly("night care assistant (on shift 26-27/12)", "26-27/12", "DATE", "numeric-day-range");
  ExpectOnly("| 16-17/12/23 | Insulin", "16-17/12/23", "DATE", "numeric-day-range-year");
  ExpectOnly("Hastings dated 09FEB24. Arrested", "09FEB24", "DATE", "day-month-year-compact");
  ExpectOnly("file LGB_Minutes_15Nov23_PartB", "15Nov23", "DATE", "day-month-year-compact");
  ExpectOnly("| 3rd Nov 23 | Fall #2", "3rd Nov 23", "DATE", "day-month-year");
  ExpectOnly("She was on annual leave 15th\u201322nd and", "15th\u201322nd", "DATE", "ordinal-day");
  ExpectOnly("A reminder had been sent 2/2. Discussed", "2/2", "DATE", "numeric-dm");
  ExpectOnly("search record, shared 12/2): cash", "12/2", "DATE", "numeric-dm");
  ExpectOnly("(Marcia, phone, 14/2 17:00)", "14/2 17:00", "DATE");
  ExpectOnly("on 3 May 23 people came", "3 May", "DATE", "day-month");
  ExpectOnly("553.\n22/1   Call from Minh (via", "22/1", "DATE", "numeric-dm");
  ExpectOnly("who rang on the family's behalf 12/3. Then", "12/3", "DATE", "numeric-dm");
  ExpectOnly("3.6 Summer Hassan \u2013 20/3\n- Transport", "20/3", "DATE", "numeric-dm");
  ExpectOnly("Boxing at the gym Mon/Wed; youth group", "Mon/Wed", "DATE", "weekday");
  ExpectOnly("my agreement says Mon/Tue/Fri days.", "Mon/Tue/Fri", "DATE", "weekday");
  ExpectOnly("from 3 May 23:00 onwards", "3 May 23:00", "DATE");
  for (const char* text :
       {"attended 3/4 sessions", "scored 10/10.", "scored 7/10.", "the A/B test", "ABC09FEB24",
        "09FEB2", "09Feb.24", "32Jan24", "the 1st-2nd floor", "completed 1/2 of the work"})
    ExpectNoDate(text);
}

// Ages on forms and in lists: not the first number of a date of birth after
// "age:"; after a name and a comma before a bracket; after a kinship word and
// a possessive; after a nickname in brackets; after initials; before "?".
TEST(FindDates, AgesAfterNamesOnForms) {
  ExpectOnly("DOB / age:             11/11/1936 \u2013 87 yrs", "11/11/1936", "DATE",
             "numeric-dmy");
  ExpectOnly("DOB / age: 11.11.1936", "11.11.1936", "DATE", "numeric-dmy");
  // A decimal age is read as before: the whole number.
  ExpectOnly("She was aged 2.5 years then.", "aged 2", "AGE", "aged");
  ExpectOnly("Birth children:    Hope Nurse, 19 (Mark's daughter)", "19", "AGE", "name-age");
  ExpectOnly("- Mrs Chan Siu-Wai (Mei-Ling\u2019s mother, 71) and", "71", "AGE", "name-age");
  ExpectOnly("why 0-11 when Caleb is 14? CE explained", "14", "AGE", "age-after-verb");
  ExpectOnly("  - Romeo Lungu (\"Ro\"), 15, from his old school", "15", "AGE", "name-age");
  ExpectOnly("girlfriend K.N. (16) \u2013 separate screening", "16", "AGE", "name-age");
  ExpectOnly("Mohamed Abdullahi (\"Moe Bandz\", 15) \u2013 same school", "15", "AGE", "name-age");
  for (const char* text :
       {"Smith v Jones (2019), 15, 16", "the Council's view, 3 (a)", "Section 47 (2), 15, said"})
    ExpectNoAge(text);
}

// Ages in genograms and forms: after a name and a comma ending the line; a
// range or "at the time" in brackets; after an "Age at ..." label.
TEST(FindDates, AgesInGenogramsAndLabels) {
  ExpectOnly("Maternal grandmother \u2013 Mrs Abena Mensah, 58\nPaternal", "58", "AGE", "name-age");
  ExpectOnly("Paternal grandfather \u2013 Mr Samuel Adjei, 63", "63", "AGE", "name-age");
  ExpectOnly("Child D: Bay Robson (14 months at the time of the incident)", "14 months", "AGE",
             "name-age-unit");
  ExpectOnly("Bay (10\u201311 months) not weighed", "10\u201311 months", "AGE", "name-age-unit");
  ExpectOnly("| Age at death | 84 years |", "Age at death | 84 years", "AGE", "aged");
  ExpectOnly("Age at print:  10 weeks   NHS", "Age at print:  10 weeks", "AGE", "aged");
  // After ", now" also before a full stop, and after a kinship word; before
  // a dash after a name.
  ExpectOnly("hard on her younger daughter, now 17. She", "17", "AGE");
  ExpectOnly("Her daughter, now 17, was there.", "17", "AGE");
  ExpectOnly("gran, Irene Smith, 72 \u2013 \"Nana\" to all", "72", "AGE");
  // A number word after "now" or "then", as after a name or kinship word.
  ExpectOnly("| Zara, 7 weeks, seen by HV |", "7 weeks", "AGE");
  ExpectOnly("Baby Ava, 10 days, was admitted.", "10 days", "AGE");
  ExpectOnly("Reece Flanagan-Oyelowo, 17 at the time, recruited", "17", "AGE");
  ExpectOnly("Her son, now eleven, was at school.", "eleven", "AGE");
  ExpectOnly("Hope, now twenty-one, said", "twenty-one", "AGE");
  ExpectOnly("The twins (now seven) moved.", "seven", "AGE");
  ExpectOnly("her daughter (then 4) lived", "4", "AGE");
  // Right after a kinship word; a list of ages in brackets; ", now" after a date.
  ExpectOnly("Her daughter (14) was at school.", "14", "AGE", "name-age");
  ExpectOnly("The baby (3 months) was unwell.", "3 months", "AGE", "name-age-unit");
  ExpectOnly("Her children (17 and 19) live away.", "17 and 19", "AGE", "bracket-age-list");
  ExpectOnly("the children (4, 6 and 9) were", "4, 6 and 9", "AGE", "bracket-age-list");
  ExpectOnly("Jade and Tyler (15 and 12) were home.", "15 and 12", "AGE", "bracket-age-list");
  ExpectOnly("dogs loose, girl (9 yrs) in kitchen", "9 yrs", "AGE");
  ExpectOnly("with two older males (17 and 19) and", "17 and 19", "AGE", "bracket-age-list");
  ExpectNoAge("the men (2) left");
  {
    const std::vector<Found> found = FindIn("Child B (DOB 03/04/2012, now 11) lives");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].text, "11");
    EXPECT_EQ(found[1].type, "AGE");
  }
  for (const char* text : {"The figures (17 and 19) are in", "The stay (3 months) was long",
                           "see items (4 and 5)", "by the end of March, now 11 staff"})
    ExpectNoAge(text);
  for (const char* text :
       {"Flat 2, 41\n", "Leeds, 3 years of work", "see page 4, 12\n", "the total, now 17. It",
        "Flat 2, 41 \u2013 43 High St", "costs, now 1.5 million", "The figure, now one, was",
        "the court, then two judges, sat"})
    ExpectNoAge(text);
}

// Quarters and a month before a month: "Q3 2021", "Mar/Apr 2023".
TEST(FindDates, QuartersAndMonthPairs) {
  ExpectOnly("Diagnosis of ASD in Q3 2021.", "Q3 2021", "DATE", "bare-year");
  ExpectOnly("missing episodes (Q2 2023/24). Owner", "Q2 2023/24", "DATE", "academic-year");
  ExpectOnly("Mar/Apr 2023: Mobile number found", "Mar/Apr 2023", "DATE", "month-year");
  // Without a year, the second month is a date too: it had been left.
  for (const char* text : {"Two missed appointments Aug–Sept. |", "in October - November the",
                           "from March-April they"}) {
    const std::vector<Found> found = FindIn(text);
    ASSERT_EQ(found.size(), 2u) << text;
    EXPECT_EQ(found[1].rule, "month-in-context") << text;
  }
}

// A month's abbreviation alone after a word that introduces it or in
// brackets, unless it is also a name or a word; a day alone after "to" and
// before a bracket.
TEST(FindDates, AnAbbreviatedMonthOrADayAlone) {
  ExpectOnly("she had been accepted in Sept; then", "Sept", "DATE", "month-in-context");
  ExpectOnly("Hours were cut in Oct and UC stopped", "Oct", "DATE", "month-in-context");
  ExpectOnly("Another time (mid-Dec, she thinks)", "mid-Dec", "DATE");
  ExpectOnly("Aoife told her on the 26th (on leave)", "the 26th", "DATE", "ordinal-day");
  ExpectOnly("the review (Feb) found", "Feb", "DATE", "month-in-context");
  ExpectOnly("the interview is delayed, move to the 8th.", "the 8th", "DATE", "ordinal-day");
  for (const char* text : {"she went in with Jan and", "in Mar a Lago", "the Oct report", "Sept",
                           "move to the 3rd floor", "a (Jun) code"})
    ExpectNoDate(text);
}

TEST(FindDates, NeverThrowsOnOddBytes) {
  DatesPlugin plugin;
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  junk += "12/1";
  TextUnit unit;
  unit.text = junk;
  std::vector<Mention> out;
  EXPECT_NO_THROW(plugin.Find(unit, out));
  for (const Mention& m : out) EXPECT_LE(m.end, junk.size());
  for (const char* edge :
       {"1", "12/", "12/03/", "May", "aged", "a ", "14:30 on", "2014/", "mid-"}) {
    unit.text = edge;
    out.clear();
    EXPECT_NO_THROW(plugin.Find(unit, out)) << edge;
  }
}

}  // namespace
}  // namespace anonymiser::dates
