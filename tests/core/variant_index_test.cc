#include "link/variant_index.h"

#include <gtest/gtest.h>

#include "link/linker.h"
#include "test_support.h"
#include "text/ordinary_words.h"

namespace anonymiser {
namespace {

using testing::TempDir;
using testing::WriteFile;

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

TEST(VariantIndex, AnAmpersandJoinsTheWordsOfAName) {
  CaseState s;
  Entity& e = s.AddEntity("ORGANISATION");
  e.variants = {"lotus nails & spa"};
  EXPECT_EQ(Found("She left Lotus Nails & Spa in May.", s),
            (std::vector<std::string>{"Lotus Nails & Spa"}));
}

TEST(VariantIndex, AKnownIdentityMatchesInAnyCase) {
  CaseState s;
  Entity& e = s.AddEntity("PERSON");
  e.variants = {"tyler"};
  EXPECT_TRUE(Found("tyler was seen", s).empty());
  e.known = true;
  EXPECT_EQ(Found("tyler was seen", s), (std::vector<std::string>{"tyler"}));
}

TEST(VariantIndex, ANameThatIsNoOrdinaryWordMatchesInAnyCase) {
  TempDir dir;
  WriteFile(dir / "words.tsv", "# test list\ngrace\t10\nhope\t10\n");
  const auto ordinary = text::OrdinaryWords::Load(dir / "words.tsv");
  CaseState s;
  s.AddEntity("PERSON").variants = {"kayden"};
  s.AddEntity("PERSON").variants = {"grace"};
  VariantIndex index(s, &ordinary);
  std::vector<Mention> out;
  const std::string text = "tell kayden, by the grace of God; Grace and KAYDEN";
  index.Find(text, {}, out);
  std::vector<std::string> spans;
  for (const auto& m : out) spans.push_back(text.substr(m.begin, m.end - m.begin));
  EXPECT_EQ(spans, (std::vector<std::string>{"kayden", "Grace", "KAYDEN"}));
  // Without the list, a single word needs its capital as before.
  EXPECT_EQ(Found("tell kayden", s), std::vector<std::string>{});
}

TEST(OrdinaryWords, LoadsSortedWordsAndAMissingFileMeansNoList) {
  TempDir dir;
  WriteFile(dir / "words.tsv", "# comment\r\nzebra\t40\r\napple\t10\r\nmark\t10\r\n");
  const auto words = text::OrdinaryWords::Load(dir / "words.tsv");
  EXPECT_EQ(words.size(), 3u);
  EXPECT_TRUE(words.MayBeOrdinary("apple"));
  EXPECT_TRUE(words.MayBeOrdinary("zebra"));
  EXPECT_FALSE(words.MayBeOrdinary("kayden"));
  const auto none = text::OrdinaryWords::Load(dir / "missing.tsv");
  EXPECT_EQ(none.size(), 0u);
  EXPECT_TRUE(none.MayBeOrdinary("kayden"));  // no list: every word may be one
  // A copy stays valid after the original is gone.
  text::OrdinaryWords copy;
  { copy = text::OrdinaryWords::Load(dir / "words.tsv"); }
  EXPECT_TRUE(copy.MayBeOrdinary("mark"));
}

TEST(VariantIndex, APersonsInitialsMatchOnlyInCapitals) {
  CaseState s;
  Entity& e = s.AddEntity("PERSON");
  e.variants = {"js"};
  e.original = "JS";
  EXPECT_EQ(Found("JS reported; js and Js did not; JS's note", s),
            (std::vector<std::string>{"JS", "JS"}));
  // Two letters of anything else are never indexed.
  CaseState t;
  Entity& place = t.AddEntity("PLACE");
  place.variants = {"la"};
  place.original = "LA";
  EXPECT_TRUE(Found("LA and la", t).empty());
}

// Chronologies and minutes write a person's initials after the name: they
// are found in capitals, but never the acronyms of services.
TEST(VariantIndex, TheInitialsOfAFullNameMatchInCapitals) {
  CaseState s;
  Entity& e = s.AddEntity("PERSON");
  e.variants = {"grace adebayo-mensah", "grace", "adebayo-mensah"};
  e.original = "Ms Grace Adebayo-Mensah";
  EXPECT_EQ(Found("GA discloses low mood. ga and Ga do not; GAM said; GAS left.", s),
            (std::vector<std::string>{"GA", "GAM"}));
  CaseState t;
  Entity& gp = t.AddEntity("PERSON");
  gp.variants = {"gary price"};
  gp.original = "Gary Price";
  EXPECT_EQ(Found("The GP saw Gary Price.", t), (std::vector<std::string>{"Gary Price"}));
  CaseState u;
  Entity& one = u.AddEntity("PERSON");
  one.variants = {"grace"};
  one.original = "Grace";
  EXPECT_EQ(Found("G said so.", u), std::vector<std::string>{});
  // An O' name's initial keeps its apostrophe, straight or curly.
  CaseState v;
  Entity& irish = v.AddEntity("PERSON");
  irish.variants = {"bridget o'donnell"};
  irish.original = "Bridget O'Donnell";
  EXPECT_EQ(Found("BO'D chaired; BO’D agreed; BO said; bo'd did not.", v),
            (std::vector<std::string>{"BO'D", "BO’D", "BO"}));
}

TEST(VariantIndex, AFamilyNameIsFoundInThePluralToo) {
  CaseState s;
  Entity& e = s.AddEntity("PERSON");
  e.variants = {"wood"};
  e.attributes["family"] = "wood";
  VariantIndex index(s);
  std::vector<Mention> out;
  const std::string text = "The Woods moved; the woods were dark.";
  index.Find(text, {}, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(text.substr(out[0].begin, out[0].end - out[0].begin), "Woods");
  EXPECT_EQ(out[0].attributes.count("plural"), 1u);
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
