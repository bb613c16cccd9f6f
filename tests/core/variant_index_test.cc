#include "link/variant_index.h"

#include <gtest/gtest.h>

#include "link/linker.h"

namespace anonymiser {
namespace {

CaseState OnePerson() {
  CaseState s;
  Entity& e = s.AddEntity("PERSON");
  e.pseudonym = "Person A";
  e.variants = {"shannon okafor", "shannon", "okafor"};
  return s;
}

std::vector<std::string> Found(const std::string& text, const CaseState& s) {
  VariantIndex index(s);
  std::vector<Mention> out;
  index.Find(text, {}, out);
  std::vector<std::string> spans;
  for (const auto& m : out) spans.push_back(text.substr(m.begin, m.end - m.begin));
  return spans;
}

TEST(VariantIndex, FindsEveryKnownSpellingIncludingTitlesAndCaps) {
  auto s = OnePerson();
  EXPECT_EQ(Found("Shannon Okafor met Ms Okafor. SHANNON left.", s),
            (std::vector<std::string>{"Shannon Okafor", "Ms Okafor", "SHANNON"}));
}

TEST(VariantIndex, PossessivesStayOutsideTheSpan) {
  auto s = OnePerson();
  EXPECT_EQ(Found("Shannon's bag and Okafor’s coat", s),
            (std::vector<std::string>{"Shannon", "Okafor"}));
}

TEST(VariantIndex, ASingleWordMatchesOnlyWhenCapitalised) {
  CaseState s;
  Entity& e = s.AddEntity("PERSON");
  e.variants = {"grace"};
  EXPECT_EQ(Found("by the grace of God, Grace said", s), (std::vector<std::string>{"Grace"}));
}

TEST(VariantIndex, AKnownIdentityMatchesInAnyCase) {
  CaseState s;
  Entity& e = s.AddEntity("PERSON");
  e.variants = {"tyler"};
  EXPECT_TRUE(Found("tyler was seen", s).empty());
  e.known = true;
  EXPECT_EQ(Found("tyler was seen", s), (std::vector<std::string>{"tyler"}));
}

TEST(VariantIndex, SkipsSpansAlreadyTaken) {
  auto s = OnePerson();
  VariantIndex index(s);
  std::vector<Mention> taken(1);
  taken[0].begin = 0;
  taken[0].end = 14;
  std::vector<Mention> out;
  index.Find("Shannon Okafor", taken, out);
  EXPECT_TRUE(out.empty());
}

TEST(VariantIndex, DoesNotMatchInsideLongerWords) {
  auto s = OnePerson();
  EXPECT_TRUE(Found("Okaforville and Shannonbridge", s).empty());
}

TEST(VariantIndex, MatchesAcrossDiacritics) {
  CaseState s;
  Entity& e = s.AddEntity("PERSON");
  e.variants = {"siobhan"};
  EXPECT_EQ(Found("Siobhán rang", s), (std::vector<std::string>{"Siobhán"}));
}

}  // namespace
}  // namespace anonymiser
