#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "identifiers_plugin.h"
#include "test_support.h"
#include "well_formed.h"

namespace anonymiser::identifiers {
namespace {

using Spans = std::vector<std::string>;

TEST(Money, CurrencySymbolBeforeTheNumber) {
  EXPECT_EQ(SpansOfType("She was fined £12,500 in 2019.", "MONEY"), Spans{"£12,500"});
  EXPECT_EQ(SpansOfType("a debt of €3,000.", "MONEY"), Spans{"€3,000"});
  EXPECT_EQ(SpansOfType("He owed $400, not more.", "MONEY"), Spans{"$400"});
  EXPECT_EQ(SpansOfType("She received a lump-sum of IR£8,800 and", "MONEY"), Spans{"IR£8,800"});
  EXPECT_EQ(SpansOfType("a loan of US$1,200.50 from", "MONEY"), Spans{"US$1,200.50"});
  EXPECT_EQ(SpansOfType("damages of £2.5 million were paid", "MONEY"), Spans{"£2.5 million"});
  EXPECT_EQ(SpansOfType("a £5m settlement", "MONEY"), Spans{"£5m"});
  EXPECT_EQ(SpansOfType("(£ 250)", "MONEY"), Spans{"£ 250"});
}

TEST(Money, CurrencyCodeBeforeOrAfterTheNumber) {
  EXPECT_EQ(SpansOfType("the court decided to award TRL 600,000,000 to the applicants", "MONEY"),
            Spans{"TRL 600,000,000"});
  EXPECT_EQ(SpansOfType("(approximately USD 1,850).", "MONEY"), Spans{"approximately USD 1,850"});
  EXPECT_EQ(SpansOfType("EUR 3,000 for costs and 600 EUR for expenses", "MONEY"),
            (Spans{"EUR 3,000", "600 EUR"}));
}

TEST(Money, CurrencyNameAfterTheNumber) {
  EXPECT_EQ(SpansOfType("They requested 50,000,000 Turkish liras (TRL) in respect of", "MONEY"),
            Spans{"50,000,000 Turkish liras (TRL)"});
  EXPECT_EQ(SpansOfType("TRL 1,500,000,000 (approximately 28,000 US Dollars (USD))", "MONEY"),
            Spans{"TRL 1,500,000,000 (approximately 28,000 US Dollars (USD))"});
  EXPECT_EQ(SpansOfType("a sum of 5,000 pounds was stolen", "MONEY"), Spans{"5,000 pounds"});
  EXPECT_EQ(SpansOfType("2 million euros", "MONEY"), Spans{"2 million euros"});
  EXPECT_EQ(SpansOfType("300 pounds sterling", "MONEY"), Spans{"300 pounds sterling"});
  EXPECT_EQ(SpansOfType("10,000 Deutsche marks", "MONEY"), Spans{"10,000 Deutsche marks"});
  // A currency's name is never in capitals: a collar number and a name.
  EXPECT_EQ(SpansOfType("DC 4471 Jordan STERLING, Officer in the Case", "MONEY"), Spans{});
}

TEST(Money, AQualifierAndTheSumConvertedInBracketsBelongToTheAmount) {
  EXPECT_EQ(SpansOfType("increased to TRL 1,000,000,000 (approximately USD 790) with", "MONEY"),
            Spans{"TRL 1,000,000,000 (approximately USD 790)"});
  EXPECT_EQ(SpansOfType("He owed about £500 (roughly €600).", "MONEY"),
            Spans{"about £500 (roughly €600)"});
  // Other brackets and words stay outside.
  EXPECT_EQ(SpansOfType("Costs of £2,000 (see below) and over £300.", "MONEY"),
            (Spans{"£2,000", "£300"}));
}

TEST(Money, BareNumbersWeightsAndMarksStay) {
  EXPECT_EQ(SpansOfType("The 2,000 families and 3 children in 14 schools", "MONEY"), Spans{});
  EXPECT_EQ(SpansOfType("The baby weighed 7 pounds at birth.", "MONEY"), Spans{});
  EXPECT_EQ(SpansOfType("She was 8 pounds 4 ounces.", "MONEY"), Spans{});
  EXPECT_EQ(SpansOfType("He scored 40 marks in the test.", "MONEY"), Spans{});
  EXPECT_EQ(SpansOfType("The USD rose; GBP fell.", "MONEY"), Spans{});
  EXPECT_EQ(SpansOfType("ALL 500 staff", "MONEY"), Spans{});
  EXPECT_EQ(SpansOfType("costs of £ and $ signs", "MONEY"), Spans{});
  EXPECT_EQ(SpansOfType("He said ‘yes’ — and £", "MONEY"), Spans{});
}

TEST(Money, DoesNotBreakOtherIdentifiers) {
  EXPECT_EQ(SpansOfType("Tel: 07700 900123, paid £20", "PHONE"), Spans{"07700 900123"});
  EXPECT_EQ(SpansOfType("Tel: 07700 900123, paid £20", "MONEY"), Spans{"£20"});
  EXPECT_EQ(SpansOfType("Application no. 40593/04 and 400 euros", "CASE_REF"), Spans{"40593/04"});
}

TEST(Nationality, AttachedToAPerson) {
  EXPECT_EQ(SpansOfType("by a British national, Mr Wayne Black", "DEMOGRAPHIC"),
            Spans{"British national"});
  EXPECT_EQ(SpansOfType("by Roy Johnston, an Irish citizen, and", "DEMOGRAPHIC"),
            Spans{"Irish citizen"});
  EXPECT_EQ(
      SpansOfType("by a Somali national, Mr Hode, and a Djibouti national, Ms Abdi", "DEMOGRAPHIC"),
      (Spans{"Somali national", "Djibouti national"}));
  EXPECT_EQ(SpansOfType("a Sri Lankan national who arrived", "DEMOGRAPHIC"),
            Spans{"Sri Lankan national"});
  EXPECT_EQ(SpansOfType("two Polish nationals were arrested", "DEMOGRAPHIC"),
            Spans{"Polish nationals"});
  EXPECT_EQ(SpansOfType("She holds British and Irish citizenship.", "DEMOGRAPHIC"),
            Spans{"British and Irish citizenship"});
  EXPECT_EQ(SpansOfType("a man of Turkish nationality", "DEMOGRAPHIC"),
            Spans{"Turkish nationality"});
  EXPECT_EQ(SpansOfType("by a national of the United Kingdom, Mr X", "DEMOGRAPHIC"),
            Spans{"United Kingdom"});
  EXPECT_EQ(SpansOfType("citizens of Bosnia and Herzegovina living", "DEMOGRAPHIC"),
            Spans{"Bosnia and Herzegovina"});
}

TEST(Nationality, NotAttachedToAPersonStays) {
  EXPECT_EQ(SpansOfType("The British Government and British Gas replied.", "DEMOGRAPHIC"), Spans{});
  EXPECT_EQ(SpansOfType("the Irish Government applied Irish law", "DEMOGRAPHIC"), Spans{});
  EXPECT_EQ(SpansOfType("before the Turkish national courts", "DEMOGRAPHIC"), Spans{});
  EXPECT_EQ(SpansOfType("under Polish national law", "DEMOGRAPHIC"), Spans{});
  EXPECT_EQ(SpansOfType("The national guidance and a foreign national", "DEMOGRAPHIC"), Spans{});
  EXPECT_EQ(SpansOfType("Senior citizens and The citizens", "DEMOGRAPHIC"), Spans{});
  EXPECT_EQ(SpansOfType("the National Health Service and National Insurance", "DEMOGRAPHIC"),
            Spans{});
  EXPECT_EQ(SpansOfType("the nationality of the applicant", "DEMOGRAPHIC"), Spans{});
}

// Pieces of amounts and nationalities in every order, cut anywhere (a "£"
// or "€" cut in half at the end): mentions stay inside the text, in order
// and apart, and nothing throws.
TEST(MoneyAndNationality, OddPiecesNeverBreakTheScan) {
  static const char* kPieces[] = {
      "£",       "€",           "$",        "\xC2",    "\xE2\x82", "IR",          "US",
      "TRL",     "USD",         "12",       ",500",    ".5",       "m",           " ",
      "  ",      "(",           ")",        "pounds",  "Turkish",  "liras",       "national",
      "citizen", "of",          "the",      "British", "a",        "nationality", "United",
      "Kingdom", "-",           "\xC2\xA0", "weighed", "marks",    "Deutsche",    "million",
      "'",       "\xE2\x80\x99"};
  IdentifiersPlugin plugin;
  for (std::size_t seed = 0; seed < 400; ++seed) {
    const std::string text = anonymiser::testing::TextOfPieces(kPieces, seed, 12, 1);
    for (std::size_t cut : {text.size(), text.size() / 2, std::size_t{1}})
      ExpectWellFormedFind(plugin, text.substr(0, cut));
  }
}

}  // namespace
}  // namespace anonymiser::identifiers

namespace anonymiser::identifiers {
namespace {

TEST(Money, NumbersAtTheEndOfATextAreRead) {
  for (const char* text : {"12", "12,", "12,5", "1.", "5 ", "5 p"}) {
    EXPECT_EQ(SpansOfType(text, "MONEY"), Spans{}) << text;
  }
  EXPECT_EQ(SpansOfType("5 euros", "MONEY"), Spans{"5 euros"});
}

}  // namespace
}  // namespace anonymiser::identifiers
