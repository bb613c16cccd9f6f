#include "penalty_period.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "age_expression.h"
#include "dates_plugin.h"
#include "test_support.h"

namespace anonymiser::dates {
namespace {

// The spans of the penalty periods Find reports in `text`.
std::vector<std::string> PeriodsIn(const std::string& text) {
  DatesPlugin plugin;
  TextUnit unit;
  unit.text = text;
  std::vector<Mention> mentions;
  plugin.Find(unit, mentions);
  std::vector<std::string> out;
  for (const Mention& m : mentions) {
    if (m.rule.rfind("penalty-", 0) != 0) continue;
    EXPECT_EQ(m.type, "DATE") << text;
    EXPECT_GE(m.score, 0.5) << text;
    out.push_back(text.substr(m.begin, m.end - m.begin));
  }
  return out;
}

using Spans = std::vector<std::string>;

TEST(PenaltyPeriod, PeriodBeforeItsPenaltyWord) {
  EXPECT_EQ(PeriodsIn("He was sentenced to three years and four months' imprisonment."),
            Spans{"three years and four months'"});
  EXPECT_EQ(PeriodsIn("They were sentenced to six months’ imprisonment."), Spans{"six months’"});
  EXPECT_EQ(PeriodsIn("The applicant was sentenced to 20 years’ imprisonment for robbery."),
            Spans{"20 years’"});
  EXPECT_EQ(PeriodsIn("He received one year’s imprisonment."), Spans{"one year’s"});
  EXPECT_EQ(PeriodsIn("He was awarded 5 additional days’ detention."), Spans{"5 additional days’"});
  EXPECT_EQ(PeriodsIn("She was granted five years’ leave to remain."), Spans{"five years’"});
  EXPECT_EQ(PeriodsIn("an initial period of 5 years’ Leave to Remain"), Spans{"5 years’"});
  EXPECT_EQ(PeriodsIn("Father was given a two-year supervision order."), Spans{"two-year"});
  EXPECT_EQ(PeriodsIn("an 18-month community order"), Spans{"18-month"});
  EXPECT_EQ(PeriodsIn("a twenty-one-year sentence"), Spans{"twenty-one-year"});
  EXPECT_EQ(PeriodsIn("He did 200 hours community service."), Spans{"200 hours"});
  EXPECT_EQ(PeriodsIn("2 years 6 months imprisonment"), Spans{"2 years 6 months"});
}

TEST(PenaltyPeriod, PeriodAfterItsPenaltyWord) {
  EXPECT_EQ(PeriodsIn("The sentence was suspended for 18 months."), Spans{"18 months"});
  EXPECT_EQ(PeriodsIn("with forfeiture of privileges for 10 days."), Spans{"10 days"});
  EXPECT_EQ(PeriodsIn("He was disqualified from driving for three years."), Spans{"three years"});
  EXPECT_EQ(PeriodsIn("consecutive sentences of 3 years’ imprisonment for escaping lawful "
                      "custody and of one year for assault."),
            (Spans{"3 years’", "one year"}));
}

TEST(PenaltyPeriod, LifeImprisonment) {
  EXPECT_EQ(PeriodsIn("He was sentenced to life imprisonment."), Spans{"life imprisonment"});
  EXPECT_EQ(PeriodsIn("She is serving a life sentence."), Spans{"life sentence"});
  EXPECT_EQ(PeriodsIn("Family life was chaotic."), Spans{});
  EXPECT_EQ(PeriodsIn("the life of the child"), Spans{});
}

TEST(PenaltyPeriod, OrdinaryDurationsStay) {
  EXPECT_EQ(PeriodsIn("Over six weeks the health visitor saw the baby twice."), Spans{});
  EXPECT_EQ(PeriodsIn("For two days the health visitor could not reach Mother."), Spans{});
  EXPECT_EQ(PeriodsIn("The family stayed for three months with relatives."), Spans{});
  EXPECT_EQ(PeriodsIn("No suppositories had been prescribed in the 2 years prior."), Spans{});
  EXPECT_EQ(PeriodsIn("Father was sentenced. For two weeks the children stayed at home."), Spans{});
  EXPECT_EQ(PeriodsIn("She waited two weeks in order to see the GP."), Spans{});
  EXPECT_EQ(PeriodsIn("Three days later the order was made."), Spans{});
  EXPECT_EQ(PeriodsIn("three days service users were told"), Spans{});
  EXPECT_EQ(PeriodsIn("He paid 300 pounds and 20 people came."), Spans{});
}

TEST(PenaltyPeriod, AgesAndDatesKeepTheirOwnRules) {
  DatesPlugin plugin;
  TextUnit unit;
  unit.text = "a 23-year-old sentenced to 3 years' custody on 3 May 2014";
  std::vector<Mention> mentions;
  plugin.Find(unit, mentions);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].type, "AGE");
  EXPECT_EQ(mentions[1].rule, "penalty-period");
  EXPECT_EQ(mentions[2].rule, "day-month-year");
}

TEST(PenaltyPeriod, ParserNeverReadsPastTheText) {
  for (const std::string text : {"3", "3 ", "three years", "3 years’", "life", "life ",
                                 "to 3 years", "for 3-", "3 years and", "3 years and 4"}) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      const auto period = PenaltyPeriodParser::ParseAt(text, pos);
      if (period) {
        EXPECT_LE(pos + period->length, text.size()) << text;
      }
    }
  }
  EXPECT_FALSE(PenaltyPeriodParser::ParseAt("3", 5));
}

TEST(PenaltyPeriod, RewrittenAsALabelUnlessDatesAreKept) {
  DatesPlugin plugin;
  Mention m;
  m.type = "DATE";
  m.rule = "penalty-period";
  TransformContext context;
  EXPECT_EQ(plugin.Transform(m, "three months", context), "[period]");
  context.policy = "shift";
  EXPECT_EQ(plugin.Transform(m, "three months", context), "[period]");
  context.policy = "redact";
  EXPECT_EQ(plugin.Transform(m, "three months", context), "[period]");
  context.policy = "keep";
  EXPECT_EQ(plugin.Transform(m, "three months", context), "three months");
}

}  // namespace
}  // namespace anonymiser::dates

namespace anonymiser::dates {
namespace {

TEST(PenaltyPeriod, ReadsWellInTheOutput) {
  using anonymiser::testing::ReadFile;
  using anonymiser::testing::RunCli;
  using anonymiser::testing::TempDir;
  using anonymiser::testing::WriteFile;
  TempDir dir;
  WriteFile(dir / "in/draft.txt",
            "In May 2019 he was sentenced to 18 months’ imprisonment, suspended for two years. "
            "Over six weeks the health visitor visited twice.\n");
  const auto r = RunCli({"run", (dir / "in/draft.txt").string(), "-o", (dir / "out").string(),
                         "--plugins", "redact-dates", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir / "out/draft.txt"),
            "In May 2019 he was sentenced to [period] imprisonment, suspended for [period]. "
            "Over six weeks the health visitor visited twice.\n");
}

}  // namespace
}  // namespace anonymiser::dates

namespace anonymiser::dates {
namespace {

// Pieces of periods in every order, cut anywhere: every period found lies
// inside the text, and nothing throws.
TEST(PenaltyPeriod, OddPiecesNeverBreakTheParser) {
  static const char* kPieces[] = {
      "3",  "twenty",  "-",   "one",       " ",          "years", "year",         "\xE2\x80\x99",
      "'",  "s",       "and", "months",    ",",          "life",  "imprisonment", "leave",
      "to", "remain",  "for", "sentenced", "additional", "order", "community",    "service",
      ".",  "\xE2\x80"};
  DatesPlugin plugin;
  for (std::size_t seed = 0; seed < 400; ++seed) {
    const std::string text = anonymiser::testing::TextOfPieces(kPieces, seed, 14, 7);
    for (std::size_t cut : {text.size(), text.size() / 2, std::size_t{2}}) {
      const std::string piece = text.substr(0, cut);
      for (std::size_t pos = 0; pos < piece.size(); ++pos) {
        const auto period = PenaltyPeriodParser::ParseAt(piece, pos);
        if (period) {
          EXPECT_LE(pos + period->length, piece.size()) << piece;
          EXPECT_GT(period->length, 0u) << piece;
        }
      }
      TextUnit unit;
      unit.text = piece;
      std::vector<Mention> out;
      EXPECT_NO_THROW(plugin.Find(unit, out));
      for (const Mention& m : out) EXPECT_LE(m.end, piece.size());
    }
  }
}

// Find asks AgeParser::MayStartAt before parsing: it must pass every age.
TEST(AgePrefilter, PassesEveryAgeTheParserReads) {
  const std::string texts[] = {"aged 17",
                               "Aged 3 months",
                               "age 4",
                               "age of 15",
                               "AGED 12",
                               "a 23-year-old",
                               "an 18 year old",
                               "13-week-old",
                               "17 years old",
                               "15 years of age",
                               "twenty-three-year-old",
                               "a twenty-year-old",
                               "seventeen years of age",
                               "an eleven-month-old",
                               "aged seventeen",
                               "2 days old",
                               "a 3 day old baby",
                               "1 yr old",
                               "the 2 cats",
                               "Leanne, 24, and",
                               "Mother (19) said"};
  std::size_t ages = 0;
  for (const std::string& text : texts) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      if (pos > 0 && text[pos - 1] != ' ' && text[pos - 1] != '-') continue;
      if (!AgeParser::ParseAt(text, pos)) continue;
      ++ages;
      EXPECT_TRUE(AgeParser::MayStartAt(text, pos)) << text << " at " << pos;
    }
  }
  EXPECT_GE(ages, 17u);
  EXPECT_FALSE(AgeParser::MayStartAt("the 2 cats", 4));
  EXPECT_FALSE(AgeParser::MayStartAt("an application", 0));
}

}  // namespace
}  // namespace anonymiser::dates
