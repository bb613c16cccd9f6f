#include "pseudonymise/renderer.h"

#include <gtest/gtest.h>

#include "core_fixture.h"
#include "detect/detector.h"
#include "link/linker.h"

namespace anonymiser {
namespace {

class RendererTest : public ::testing::Test {
 protected:
  RendererTest()
      : registry_(testing::FixtureRegistry()), detector_(registry_->redaction_plugins()) {
    Entity& e = state_.AddEntity("PERSON");
    e.pseudonym = "Person A";
    id_ = e.id;
    Entity& u = state_.AddEntity("PERSON");
    u.pseudonym = "the uncle";
    uncle_ = u.id;
  }
  std::string Apply(const std::string& text, std::vector<Mention> ms) {
    Renderer r(detector_.types(), state_);
    auto reps = r.Render(0, text, ms);
    std::string out = text;
    for (std::size_t i = reps.size(); i-- > 0;) {
      const Edit& e = reps.edits()[i];
      out.replace(e.begin, e.end - e.begin, e.text);
    }
    return out;
  }
  Mention Person(std::size_t b, std::size_t e, std::int64_t id) {
    Mention m;
    m.begin = b;
    m.end = e;
    m.type = "PERSON";
    m.attributes[kEntityAttribute] = std::to_string(id);
    return m;
  }
  std::unique_ptr<PluginRegistry> registry_;
  Detector detector_;
  CaseState state_;
  std::int64_t id_ = 0, uncle_ = 0;
};

TEST_F(RendererTest, KeepsPossessivesAndUsesCapitalsInAllCapsText) {
  EXPECT_EQ(Apply("Tyler's coat", {Person(0, 5, id_)}), "Person A's coat");
  EXPECT_EQ(Apply("TYLER'S COAT", {Person(0, 5, id_)}), "PERSON A'S COAT");
}

TEST_F(RendererTest, AFamilyNameInThePluralIsTheFamily) {
  Mention m = Person(4, 11, id_);
  m.attributes["plural"] = "1";
  EXPECT_EQ(Apply("The Okafors moved.", {m}), "The Person A family moved.");
}

TEST_F(RendererTest, InitialsInCapitalsAreNoHeading) {
  EXPECT_EQ(Apply("Present: JS (Chair).", {Person(9, 11, id_)}), "Present: Person A (Chair).");
}

TEST_F(RendererTest, CapitalisesAtSentenceStart) {
  EXPECT_EQ(Apply("Said Tom. Tom left", {Person(10, 13, uncle_)}), "Said Tom. The uncle left");
  EXPECT_EQ(Apply("with Tom", {Person(5, 8, uncle_)}), "with the uncle");
}

TEST_F(RendererTest, CorrectsTheArticleBeforeThePseudonym) {
  state_.FindEntity(id_)->pseudonym = "Uncle A";
  EXPECT_EQ(Apply("a Brennan visited", {Person(2, 9, id_)}), "an Uncle A visited");
  state_.FindEntity(id_)->pseudonym = "Person A";
  EXPECT_EQ(Apply("An Okafor visited", {Person(3, 9, id_)}), "A Person A visited");
}

TEST_F(RendererTest, LabelsAndTransformsUseTheTypeAndThePlugin) {
  Mention nhs;
  nhs.begin = 4;
  nhs.end = 7;
  nhs.type = "NHS_NUMBER";
  Mention date;
  date.begin = 11;
  date.end = 21;
  date.type = "DATE";
  EXPECT_EQ(Apply("NHS 123 on 12/03/2014", {nhs, date}), "NHS [NHS number] on 03/2014");
  state_.settings["policy.DATE"] = "keep";
  EXPECT_EQ(Apply("NHS 123 on 12/03/2014", {nhs, date}), "NHS [NHS number] on 12/03/2014");
}

TEST_F(RendererTest, AGeneralisedDayTakesInInsteadOfOn) {
  Mention date;
  date.begin = 3;
  date.end = 13;
  date.type = "DATE";
  date.attributes["precision"] = "day";
  EXPECT_EQ(Apply("on 12/03/2014 and", {date}), "in 03/2014 and");
  EXPECT_EQ(Apply("On 12/03/2014 and", {date}), "In 03/2014 and");
  state_.settings["policy.DATE"] = "shift";  // a shifted day is still a day
  EXPECT_EQ(Apply("on 12/03/2014 and", {date}), "on 03/2014 and");
}

TEST_F(RendererTest, AnUnlinkedEntityMentionIsStillReplaced) {
  Mention m;
  m.begin = 0;
  m.end = 5;
  m.type = "PERSON";
  EXPECT_EQ(Apply("Tyler ran", {m}), "[person] ran");
}

}  // namespace
}  // namespace anonymiser
