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
  ExpectOnly("w/e 22/3 the HV visited", "22/3", "DATE", "numeric-dm");
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
  ExpectOnly("The 1st of May 2014.", "1st of May 2014", "DATE");
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
  EXPECT_EQ(FindIn("believed to be aged 16 and 17, were").size(), 2u);
  EXPECT_EQ(FindIn("believed to be aged 16 and 17, were")[1].text, "17");
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
  ExpectOnly("the call (Wednesday at 6 pm) was", "6 pm", "DATE", "time-of-day");
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
