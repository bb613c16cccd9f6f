#include "faith_language.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "identifiers_plugin.h"
#include "test_support.h"
#include "well_formed.h"

namespace anonymiser::identifiers {
namespace {

using Spans = std::vector<std::string>;

TEST(Religion, FaithWordsOfAFamily) {
  std::vector<std::string> rules;
  EXPECT_EQ(
      SpansOfType("The family are practising Muslims and attend the mosque.", "RELIGION", &rules),
      Spans{"Muslims"});
  EXPECT_EQ(rules, std::vector<std::string>{"religion-word"});
  EXPECT_EQ(
      SpansOfType("Both parents are Sikh; the children attend a Catholic school.", "RELIGION"),
      (Spans{"Sikh", "Catholic"}));
  EXPECT_EQ(SpansOfType("They are Jehovah's Witnesses and refused blood.", "RELIGION"),
            Spans{"Jehovah's Witnesses"});
  EXPECT_EQ(SpansOfType("They are Jehovah’s Witnesses.", "RELIGION"), Spans{"Jehovah’s Witnesses"});
  EXPECT_EQ(SpansOfType("She is a Roman Catholic and he is a Sunni Muslim.", "RELIGION"),
            (Spans{"Roman Catholic", "Sunni Muslim"}));
  EXPECT_EQ(SpansOfType("an Orthodox Jewish family", "RELIGION"), Spans{"Orthodox Jewish"});
  EXPECT_EQ(SpansOfType("they joined the Religious Society of Friends in 1990", "RELIGION"),
            Spans{"Religious Society of Friends"});
  EXPECT_EQ(SpansOfType("the Religious Education teacher", "RELIGION"), Spans{});
}

TEST(Religion, ChristianAndIslamNeedContextBecauseTheyAreAlsoNames) {
  std::vector<std::string> rules;
  EXPECT_EQ(SpansOfType("He had a Christian upbringing.", "RELIGION", &rules), Spans{"Christian"});
  EXPECT_EQ(rules, std::vector<std::string>{"religion-context"});
  EXPECT_EQ(SpansOfType("a devout Christian who", "RELIGION"), Spans{"Christian"});
  EXPECT_EQ(SpansOfType("their Christian faith", "RELIGION"), Spans{"Christian"});
  EXPECT_EQ(SpansOfType("He converted to Islam in 2010.", "RELIGION"), Spans{"Islam"});
  EXPECT_EQ(SpansOfType("Christian said he would come.", "RELIGION"), Spans{});
  EXPECT_EQ(SpansOfType("Christian Smith attended.", "RELIGION"), Spans{});
  EXPECT_EQ(SpansOfType("Mr Islam was present. Islam was interviewed.", "RELIGION"), Spans{});
  EXPECT_EQ(SpansOfType("Ms Christian, the teacher", "RELIGION"), Spans{});
}

TEST(Religion, FaithBodiesAndLowerCaseWordsStay) {
  EXPECT_EQ(
      SpansOfType("The Catholic Church and the Muslim Council of Britain replied.", "RELIGION"),
      Spans{});
  EXPECT_EQ(SpansOfType("Jewish Care and the Methodist Church offered help.", "RELIGION"), Spans{});
  EXPECT_EQ(SpansOfType("an orthodox approach and catholic tastes", "RELIGION"), Spans{});
}

TEST(Language, NamedWhereTheTextSaysItIsALanguage) {
  std::vector<std::string> rules;
  EXPECT_EQ(SpansOfType("Mother's first language is Tigrinya.", "LANGUAGE", &rules),
            Spans{"Tigrinya"});
  EXPECT_EQ(rules, std::vector<std::string>{"language-context"});
  EXPECT_EQ(SpansOfType("He could not speak French.", "LANGUAGE"), Spans{"French"});
  EXPECT_EQ(SpansOfType("She spoke fluent Polish.", "LANGUAGE"), Spans{"Polish"});
  EXPECT_EQ(SpansOfType("A Polish interpreter was booked.", "LANGUAGE"), Spans{"Polish"});
  EXPECT_EQ(SpansOfType("The Polish-speaking family moved.", "LANGUAGE"), Spans{"Polish"});
  EXPECT_EQ(SpansOfType("She spoke Urdu and Punjabi at home.", "LANGUAGE"),
            Spans{"Urdu and Punjabi"});
  EXPECT_EQ(SpansOfType("Urdu, Punjabi and Pahari speakers", "LANGUAGE"),
            Spans{"Urdu, Punjabi and Pahari"});
  EXPECT_EQ(SpansOfType("Polish was her first language.", "LANGUAGE"), Spans{"Polish"});
  EXPECT_EQ(SpansOfType("Arabic is Mother’s first language.", "LANGUAGE"), Spans{"Arabic"});
  EXPECT_EQ(SpansOfType("An interpreter in Arabic was not used.", "LANGUAGE"), Spans{"Arabic"});
  EXPECT_EQ(SpansOfType("He is fluent in Portuguese.", "LANGUAGE"), Spans{"Portuguese"});
  EXPECT_EQ(SpansOfType("the letter was translated into Somali", "LANGUAGE"), Spans{"Somali"});
  EXPECT_EQ(SpansOfType("Home language: Kurdish", "LANGUAGE"), Spans{"Kurdish"});
}

TEST(Language, NationalitiesBodiesAndEnglishStay) {
  EXPECT_EQ(SpansOfType("The French authorities replied to the Turkish court.", "LANGUAGE"),
            Spans{});
  EXPECT_EQ(SpansOfType("He spoke little English and no interpreter was used.", "LANGUAGE"),
            Spans{});
  EXPECT_EQ(SpansOfType("She speaks to Polish friends.", "LANGUAGE"), Spans{});
  EXPECT_EQ(SpansOfType("a Polish national", "LANGUAGE"), Spans{});
}

TEST(FaithLanguage, GateLetsEveryListedWordThrough) {
  for (const char* word : {"Muslim", "Christianity", "Jehovah", "Zoroastrian", "Tigrinya", "Urdu",
                           "Twi", "Lao", "Kinyarwanda"}) {
    const std::string w = word;
    EXPECT_TRUE(MayBeFaithOrLanguage(w, 0, w.size())) << w;
  }
  for (const char* word : {"The", "Smith", "Mother", "Council"}) {
    const std::string w = word;
    EXPECT_FALSE(MayBeFaithOrLanguage(w, 0, w.size())) << w;
  }
}

// Pieces of religion and language phrases in every order, cut anywhere:
// mentions stay inside the text, in order and apart, and nothing throws.
TEST(FaithLanguage, OddPiecesNeverBreakTheScan) {
  static const char* kPieces[] = {
      "Jehovah",  "'s",        "\xE2\x80\x99s", " ",       "Witnesses", "Roman",
      "Catholic", "Christian", "Islam",         "to",      "Urdu",      ", ",
      " and ",    " or ",      "speak",         "-",       "speaking",  "language",
      "is",       "first",     "Polish",        "English", "Mr",        "interpreter",
      "in",       ":",         "Church",        "\xC3",    "Sunni",     "Muslim"};
  IdentifiersPlugin plugin;
  for (std::size_t seed = 0; seed < 400; ++seed) {
    const std::string text = anonymiser::testing::TextOfPieces(kPieces, seed, 12, 1);
    for (std::size_t cut : {text.size(), text.size() / 2, std::size_t{1}})
      ExpectWellFormedFind(plugin, text.substr(0, cut));
  }
}

}  // namespace
}  // namespace anonymiser::identifiers
