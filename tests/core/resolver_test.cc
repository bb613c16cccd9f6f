#include "resolve/resolver.h"

#include <gtest/gtest.h>

#include "anonymiser/error.h"
#include "core_fixture.h"
#include "detect/detector.h"

namespace anonymiser {
namespace {

class ResolverTest : public ::testing::Test {
 protected:
  ResolverTest()
      : registry_(testing::FixtureRegistry()), detector_(registry_->redaction_plugins()) {}
  Mention M(std::size_t b, std::size_t e, const std::string& type, double score = 1.0) {
    Mention m;
    m.begin = b;
    m.end = e;
    m.type = type;
    m.score = score;
    return m;
  }
  std::unique_ptr<PluginRegistry> registry_;
  Detector detector_;
};

TEST_F(ResolverTest, DropsMentionsBelowTheThreshold) {
  Resolver r(detector_.types(), Policy{});
  auto out = r.Resolve("Mr Okafor and Ms Li", {M(0, 9, "PERSON", 0.4), M(14, 19, "PERSON", 0.6)});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, 14u);
}

TEST_F(ResolverTest, AKeepSpanProtectsWhatLiesInsideIt) {
  Resolver r(detector_.types(), Policy{});
  // "Kent Police": a PERSON mention "Kent" inside the kept public body is dropped.
  auto out = r.Resolve("Kent Police", {M(0, 4, "PERSON"), M(0, 11, "PUBLIC_BODY")});
  ASSERT_EQ(out.size(), 1u);  // only the keep span itself, as a marker
  EXPECT_EQ(out[0].type, "PUBLIC_BODY");
}

TEST_F(ResolverTest, StrictPolicyIgnoresKeepSpans) {
  Policy p;
  p.honour_keep = false;
  Resolver r(detector_.types(), p);
  auto out = r.Resolve("Kent Police", {M(0, 4, "PERSON"), M(0, 11, "PUBLIC_BODY")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].end, 4u);
}

TEST_F(ResolverTest, AMentionStickingOutOfAKeepSpanIsStillReplaced) {
  Resolver r(detector_.types(), Policy{});
  auto out = r.Resolve("Mr Kent Police", {M(0, 7, "PERSON"), M(3, 14, "PUBLIC_BODY")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].type, "PERSON");  // the overlapping keep span is dropped
}

TEST_F(ResolverTest, LongerWinsAndPartialOverlapsAreUnitedSoNothingLeaks) {
  Resolver r(detector_.types(), Policy{});
  auto out =
      r.Resolve("abcdefghij", {M(0, 4, "PERSON"), M(2, 8, "NHS_NUMBER"), M(9, 10, "PERSON")});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].begin, 0u);
  EXPECT_EQ(out[0].end, 8u);
  EXPECT_EQ(out[0].type, "NHS_NUMBER");
  EXPECT_EQ(out[1].begin, 9u);
}

TEST_F(ResolverTest, UserKeepListDropsMatchingMentionsWhateverTheirCase) {
  Policy p;
  p.keep_phrases = {"okafor"};
  Resolver r(detector_.types(), p);
  auto out = r.Resolve("OKAFOR's and Li", {M(0, 6, "PERSON"), M(13, 15, "PERSON")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, 13u);
}

TEST_F(ResolverTest, DisabledTypesAreNotReplaced) {
  Policy p;
  p.disabled_types = {"DATE"};
  Resolver r(detector_.types(), p);
  EXPECT_TRUE(r.Resolve("12/03/2014", {M(0, 10, "DATE")}).empty());
}

TEST_F(ResolverTest, DetectorDropsSpansThatAreOutOfRangeOrSplitACharacter) {
  // The detector validates plugin output; check through whole_type handling too.
  TextUnit u = testing::Unit("  Jade Brennan \n");
  u.whole_type = "PERSON";
  auto found = detector_.Find(u);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(u.text.substr(found[0].begin, found[0].end - found[0].begin), "Jade Brennan");
  EXPECT_EQ(found[0].plugin, "core");
}

// A plugin that fails on a unit: the unit's findings would be lost.
class ThrowingPlugin : public RedactionPlugin {
 public:
  PluginInfo info() const override { return {"thrower", "1", PluginKind::kRedaction, ""}; }
  std::vector<TypeInfo> types() const override {
    return {{"PERSON", Treatment::kEntity, "Person {L}"}};
  }
  void Find(const TextUnit&, std::vector<Mention>&) const override {
    throw std::runtime_error("out of cheese");
  }
};

TEST(Detector, APluginThatThrowsFailsTheUnitNamingPluginAndPlace) {
  ThrowingPlugin plugin;
  Detector detector({&plugin});
  TextUnit u = testing::Unit("Mr Okafor");
  u.location = "paragraph 3";
  try {
    detector.Find(u);
    FAIL() << "a throwing plugin must not be ignored";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kPlugin);
    EXPECT_STREQ(e.what(), "plugin thrower failed on paragraph 3: out of cheese");
  }
}

}  // namespace
}  // namespace anonymiser
