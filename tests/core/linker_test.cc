#include "link/linker.h"

#include <gtest/gtest.h>

#include "core_fixture.h"
#include "link/person_name.h"
#include "pipeline/pipeline.h"

namespace anonymiser {
namespace {

// Links `text` (one unit) with PERSON mentions at the given spellings and
// returns the pseudonym each mention got, in order.
class LinkerTest : public ::testing::Test {
 protected:
  LinkerTest() : registry_(testing::FixtureRegistry()), pipeline_(*registry_, Policy{}) {}

  std::vector<std::string> LinkNames(const std::vector<std::string>& names,
                                     const std::vector<std::string>& titles = {}) {
    std::vector<TextUnit> units(1);
    std::vector<std::vector<Mention>> mentions(1);
    for (std::size_t i = 0; i < names.size(); ++i) {
      Mention m;
      m.begin = units[0].text.size();
      units[0].text += names[i];
      m.end = units[0].text.size();
      units[0].text += ". ";
      m.type = "PERSON";
      if (i < titles.size() && !titles[i].empty()) m.attributes["title"] = titles[i];
      mentions[0].push_back(m);
    }
    pipeline_.Link(units, mentions, state_);
    std::vector<std::string> out;
    for (const auto& m : mentions[0])
      out.push_back(state_.FindEntity(std::stoll(m.attributes.at(kEntityAttribute)))->pseudonym);
    return out;
  }

  // Links one PERSON mention [begin, end) of `text` with `attributes` and
  // returns it as the linker left it.
  Mention LinkOneMention(const std::string& text, std::size_t begin, std::size_t end,
                         std::map<std::string, std::string> attributes = {}) {
    std::vector<TextUnit> units(1);
    units[0].text = text;
    std::vector<std::vector<Mention>> mentions(1);
    Mention& m = mentions[0].emplace_back();
    m.begin = begin;
    m.end = end;
    m.type = "PERSON";
    m.attributes = std::move(attributes);
    pipeline_.Link(units, mentions, state_);
    return mentions[0][0];
  }

  std::unique_ptr<PluginRegistry> registry_;
  Pipeline pipeline_;
  CaseState state_;
};

TEST_F(LinkerTest, EveryFormOfOneNameGetsOnePseudonym) {
  auto p = LinkNames(
      {"Shannon Okafor", "Shannon", "Ms Okafor", "SHANNON", "Okafor", "Shannon’s", "S. Okafor"});
  for (const auto& x : p) EXPECT_EQ(x, "Person A");
}

TEST_F(LinkerTest, ALargeCaseStillLinksEveryFormThroughItsSpellingIndex) {
  // Two thousand persons in earlier documents, then the forms of three of
  // them: each finds its own entity (candidates come from the case's index).
  std::vector<std::string> many;
  for (int i = 0; i < 2000; ++i)
    many.push_back("Given" + std::to_string(i) + " Family" + std::to_string(i));
  for (std::size_t start = 0; start < many.size(); start += 500)
    LinkNames(std::vector<std::string>(many.begin() + static_cast<long>(start),
                                       many.begin() + static_cast<long>(start + 500)));
  auto p = LinkNames({"Family7", "Given1999 Family1999", "G. Family1234", "Given7"});
  EXPECT_EQ(p[0], state_.entities[7].pseudonym);
  EXPECT_EQ(p[1], state_.entities[1999].pseudonym);
  EXPECT_EQ(p[2], state_.entities[1234].pseudonym);
  EXPECT_EQ(p[3], state_.entities[7].pseudonym);
  EXPECT_EQ(state_.entities.size(), 2000u);
  // An entity changed from outside the linker (a user edit) is seen too.
  state_.entities[42].AddVariant("the saint");
  EXPECT_EQ(LinkNames({"The Saint"})[0], state_.entities[42].pseudonym);
}

TEST_F(LinkerTest, AGenderGuessedFromAGivenNameListDoesNotSplitAPerson) {
  // "Ms Reid ... Reid": the plugin may guess "Reid" is a boy's name; only a
  // title's gender narrows the candidates.
  std::vector<TextUnit> units{testing::Unit("Ms Reid wrote. Reid replied.")};
  std::vector<std::vector<Mention>> mentions(1);
  Mention titled;
  titled.begin = 0;
  titled.end = 7;
  titled.type = "PERSON";
  titled.attributes["title"] = "Ms";
  Mention bare;
  bare.begin = 15;
  bare.end = 19;
  bare.type = "PERSON";
  bare.attributes["gender"] = "m";
  mentions[0] = {titled, bare};
  pipeline_.Link(units, mentions, state_);
  EXPECT_EQ(mentions[0][0].attributes.at(kEntityAttribute),
            mentions[0][1].attributes.at(kEntityAttribute));
  EXPECT_EQ(state_.entities.size(), 1u);
}

TEST_F(LinkerTest, LettersFollowFirstAppearance) {
  auto p = LinkNames({"Jade Brennan", "Tyler Brennan", "Callum Reid"});
  EXPECT_EQ(p, (std::vector<std::string>{"Person A", "Person B", "Person C"}));
}

TEST_F(LinkerTest, DiacriticsAndCurlyApostrophesMatch) {
  auto p = LinkNames({"Siobhán O’Sullivan", "Siobhan O'Sullivan", "Ms O'SULLIVAN"});
  EXPECT_EQ(p[0], p[1]);
  EXPECT_EQ(p[0], p[2]);
}

TEST_F(LinkerTest, TitleGenderPicksTheRightPersonOfASharedSurname) {
  auto p = LinkNames({"Ms Shannon Okafor", "Mr Daniel Okafor", "Ms Okafor", "Mr Okafor"},
                     {"Ms", "Mr", "Ms", "Mr"});
  EXPECT_NE(p[0], p[1]);
  EXPECT_EQ(p[2], p[0]);
  EXPECT_EQ(p[3], p[1]);
}

TEST_F(LinkerTest, AnAmbiguousBareSurnameGoesToTheNearestPrecedingPersonAndIsNeverLeftOut) {
  auto p = LinkNames({"Shannon Okafor", "Daniel Okafor", "Okafor", "Shannon", "Okafor"});
  EXPECT_EQ(p[2], p[1]);  // nearest preceding: Daniel
  EXPECT_EQ(p[4], p[0]);  // after "Shannon", the nearest is Shannon
}

TEST_F(LinkerTest, AGivenNameSeenFirstJoinsTheFullNameLater) {
  auto p = LinkNames({"Shannon", "Shannon Okafor", "Okafor"});
  EXPECT_EQ(p[0], p[1]);
  EXPECT_EQ(p[1], p[2]);
}

TEST_F(LinkerTest, PseudonymsSurviveAcrossDocumentsOfTheCase) {
  auto first = LinkNames({"Jade Brennan"});
  auto second = LinkNames({"Callum Reid", "Ms Brennan"}, {"", "Ms"});
  EXPECT_EQ(second[1], first[0]);
  EXPECT_EQ(second[0], "Person B");
}

TEST_F(LinkerTest, AWordGluedBeforeAKnownNameIsCutOff) {
  auto first = LinkNames({"Callum Reid"});
  Mention m = LinkOneMention("Check Callum Reid's address.", 0, 17);
  EXPECT_EQ(m.begin, 6u);
  EXPECT_EQ(state_.FindEntity(std::stoll(m.attributes.at(kEntityAttribute)))->pseudonym, first[0]);
}

TEST_F(LinkerTest, AListedGivenNameBeforeAKnownNameIsNoGluedWord) {
  LinkNames({"De Souza"});
  // The names plugin found "Maria" in its lists.
  EXPECT_EQ(LinkOneMention("Maria de Souza came.", 0, 14, {{"given-listed", "1"}}).begin, 0u);
}

TEST_F(LinkerTest, ANameWrittenSurnameFirstIsThePersonWrittenGivenNameFirst) {
  auto first = LinkNames({"Alison Wood"});
  Mention m = LinkOneMention("Wood, Alison (School Nurse)", 0, 12, {{"inverted", "1"}});
  const Entity* e = state_.FindEntity(std::stoll(m.attributes.at(kEntityAttribute)));
  EXPECT_EQ(e->pseudonym, first[0]);
  EXPECT_EQ(e->Attribute("given"), "alison");
  EXPECT_EQ(e->Attribute("family"), "wood");
  EXPECT_EQ(NaturalOrder("Wood, Alison"), "Alison Wood");
  EXPECT_EQ(NaturalOrder("O'Neill B"), "B O'Neill");
  EXPECT_EQ(NaturalOrder("STOICA,  Summer-Rose "), "Summer-Rose STOICA");
}

TEST(PipelineDetect, ALongDocumentDetectedOnSeveralThreadsGivesTheSameSpans) {
  auto registry = testing::FixtureRegistry();
  Pipeline pipeline(*registry, Policy{});
  std::vector<TextUnit> units;
  std::size_t bytes = 0;
  for (int i = 0; bytes < 2 * Pipeline::kParallelDocumentBytes; ++i) {
    units.push_back(testing::Unit("Mr Okafor" + std::to_string(i % 7) +
                                  " met Ms Reid on 14/06/2020; NHS 123 and Kent Police. " +
                                  std::string(static_cast<std::size_t>(i % 50), 'x')));
    bytes += units.back().text.size();
  }
  const auto one = pipeline.DetectUnits(units);
  pipeline.SetDocumentThreads(4);
  const auto four = pipeline.DetectUnits(units);
  ASSERT_EQ(one.size(), four.size());
  for (std::size_t u = 0; u < one.size(); ++u) {
    ASSERT_EQ(one[u].size(), four[u].size()) << u;
    for (std::size_t k = 0; k < one[u].size(); ++k) {
      EXPECT_EQ(one[u][k].begin, four[u][k].begin);
      EXPECT_EQ(one[u][k].end, four[u][k].end);
      EXPECT_EQ(one[u][k].type, four[u][k].type);
    }
  }
  EXPECT_FALSE(one[0].empty());
}

TEST(CaseState, LettersRunAToZThenAA) {
  EXPECT_EQ(LetterFor(0), "A");
  EXPECT_EQ(LetterFor(25), "Z");
  EXPECT_EQ(LetterFor(26), "AA");
  EXPECT_EQ(LetterFor(27), "AB");
  CaseState s;
  s.AddEntity("PERSON").pseudonym = "Person A";          // e.g. a known identity
  EXPECT_EQ(s.NextPseudonym("Person {L}"), "Person B");  // A is taken: never reused
}

TEST(CaseState, NextPseudonymSkipsEveryPseudonymInUse) {
  CaseState s;
  EXPECT_EQ(s.NextPseudonym("Person {L}"), "Person A");
  // Entities added after the last call, with pseudonyms of their own.
  s.AddEntity("PERSON").pseudonym = "Person B";
  s.AddEntity("PERSON").pseudonym = "Person C";
  EXPECT_EQ(s.NextPseudonym("Person {L}"), "Person D");
  // A pseudonym given to an entity already seen: noted, then skipped.
  s.entities[0].pseudonym = "Person E";
  s.NotePseudonym("Person E");
  EXPECT_EQ(s.NextPseudonym("Person {L}"), "Person F");
  // Entities removed: the state is looked at afresh.
  s.entities.clear();
  s.AddEntity("PLACE").pseudonym = "Place A";
  EXPECT_EQ(s.NextPseudonym("Place {L}"), "Place B");
  // Ten thousand entities: each new pseudonym in constant time.
  for (int i = 0; i < 10000; ++i) s.AddEntity("PERSON").pseudonym = s.NextPseudonym("Person {L}");
  EXPECT_EQ(s.entities.back().pseudonym, "Person " + LetterFor(10000 + 5));
}

}  // namespace
}  // namespace anonymiser
