#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "identifiers_plugin.h"
#include "test_support.h"
#include "well_formed.h"

namespace anonymiser::identifiers {
namespace {

using Spans = std::vector<std::string>;

// The OCCUPATION spans found in `text`; `rules` gets their rules.
Spans Occupations(const std::string& text, std::vector<std::string>* rules = nullptr) {
  return SpansOfType(text, "OCCUPATION", rules);
}

TEST(Occupation, WorkedAsAJob) {
  std::vector<std::string> rules;
  EXPECT_EQ(Occupations("The father worked as a taxi driver in Town B.", &rules),
            Spans{"taxi driver"});
  EXPECT_EQ(rules, std::vector<std::string>{"as-occupation"});
  EXPECT_EQ(Occupations("She was employed as a care assistant at the home."),
            Spans{"care assistant"});
  EXPECT_EQ(Occupations("He worked as a cleaner at Tesco."), Spans{"cleaner"});
  EXPECT_EQ(Occupations("she used to work as director of a play-group in Dublin"),
            Spans{"director of a play-group"});
  EXPECT_EQ(Occupations("Mother works as a hairdresser."), Spans{"hairdresser"});
  EXPECT_EQ(Occupations("Working as an agency nurse, she"), Spans{"agency nurse"});
  EXPECT_EQ(Occupations("after his job as a delivery driver ended"), Spans{"delivery driver"});
  EXPECT_EQ(Occupations("a career as a professional footballer"), Spans{"professional footballer"});
  EXPECT_EQ(Occupations("He trained as an electrician and qualified as a plumber."),
            (Spans{"electrician", "plumber"}));
  EXPECT_EQ(Occupations("practising as a solicitor since 2001"), Spans{"solicitor"});
  EXPECT_EQ(Occupations("appointed to the post of deputy director in charge of "
                        "credit cards."),
            Spans{"deputy director in charge of credit cards"});
  EXPECT_EQ(Occupations("She was employed as a Teaching Assistant by the academy."),
            Spans{"Teaching Assistant"});
  EXPECT_EQ(Occupations("He worked as a Tesco delivery driver."), Spans{"Tesco delivery driver"});
  EXPECT_EQ(Occupations("She worked as a Girl Guide leader."), Spans{});  // no job noun
  EXPECT_EQ(Occupations("he held a senior non-commissioned rank and was"),
            Spans{"senior non-commissioned rank"});
  EXPECT_EQ(Occupations("He reached the rank of Lieutenant Colonel in 2001."),
            Spans{"Lieutenant Colonel"});
  EXPECT_EQ(Occupations("the rank and file; the rank was"), Spans{});
  // A construction like this is a job even for a profession named by role.
  EXPECT_EQ(Occupations("Before the birth she worked as a social worker."), Spans{"social worker"});
}

TEST(Occupation, PhraseEndsAtTheNaturalEnd) {
  EXPECT_EQ(Occupations("He worked as a builder and decorator for ten years."),
            Spans{"builder and decorator"});
  EXPECT_EQ(Occupations("He worked as a cleaner and was dismissed in May."), Spans{"cleaner"});
  EXPECT_EQ(Occupations("He worked as a cleaner and moved away."), Spans{"cleaner"});
  EXPECT_EQ(Occupations("worked as a porter\nThe next line"), Spans{"porter"});
  EXPECT_EQ(Occupations("worked as a porter"), Spans{"porter"});
  EXPECT_EQ(Occupations("worked as a night security guard with a large firm"),
            Spans{"night security guard"});
  EXPECT_EQ(Occupations("worked as a senior night shift care home assistant manager"),
            Spans{"senior night shift care home assistant"});
  // A capitalised name after "as" is left to the other plugins.
  EXPECT_EQ(Occupations("She worked as Head of Year."), Spans{});
}

TEST(Occupation, ByProfessionAndIsAJob) {
  std::vector<std::string> rules;
  EXPECT_EQ(Occupations("she is a school-teacher by profession and", &rules),
            Spans{"school-teacher"});
  EXPECT_EQ(rules, std::vector<std::string>{"by-profession"});
  EXPECT_EQ(Occupations("He was a bricklayer by trade."), Spans{"bricklayer"});
  EXPECT_EQ(Occupations("Her partner, a welder by trade, said"), Spans{"welder"});
  EXPECT_EQ(Occupations("He is by profession a tree surgeon."), Spans{"tree surgeon"});
  EXPECT_EQ(Occupations("who was born in 1930 and is a scientific research and development "
                        "manager. He resides"),
            Spans{"scientific research and development manager"});
  EXPECT_EQ(Occupations("the applicant was an experienced administrator."),
            Spans{"experienced administrator"});
  EXPECT_EQ(Occupations("Her father, who was a taxi driver in the town"), Spans{"taxi driver"});
  EXPECT_EQ(Occupations("She became a teaching assistant at the school."),
            Spans{"teaching assistant"});
}

TEST(Occupation, FormLabels) {
  std::vector<std::string> rules;
  EXPECT_EQ(Occupations("Name: Person A\nOccupation: Taxi driver\nAddress: [address]", &rules),
            Spans{"Taxi driver"});
  EXPECT_EQ(rules, std::vector<std::string>{"occupation-label"});
  EXPECT_EQ(Occupations("profession: nurse; job: cleaner"), (Spans{"nurse", "cleaner"}));
  EXPECT_EQ(Occupations("Occupation:\n"), Spans{});
}

TEST(Occupation, IdiomsAndRolesStay) {
  for (const char* text : {
           "As a result, the plan changed.",
           "The agencies as a whole did not share information.",
           "It was treated as a matter of urgency.",
           "Safeguarding was not seen as a priority.",
           "as well as the school",
           "As a child she moved often.",
           "They worked as a family and as a team.",
           "As a parent he struggled.",
           "He worked as hard as he could.",
           "It works as intended.",
           "The case was treated as a child protection case.",
           "She was acting as an appropriate adult.",
           "He was known as Jay, such as his friends.",
           "The social worker visited; the health visitor saw Child M.",
           "Dr Smith, the GP, referred her.",
           "The social worker was a newly qualified social worker.",
           "There was a nurse present.",
           "It was a teacher who raised the concern.",
           "The school nurse was an experienced nurse; the GP was a locum "
           "doctor.",
           "He was a victim of crime and is a father of three.",
           "She is a mother of two and was a heavy drinker.",
           "The work of the teacher was praised.",
           "The job was done; the career service helped.",
       }) {
    EXPECT_EQ(Occupations(text), Spans{}) << text;
  }
}

// Triggers cut anywhere and in odd company never break the scan.
TEST(Occupation, OddPiecesNeverBreakTheScan) {
  static const char* kPieces[] = {"worked", " as ",       "a ",   "an ",          "the ",
                                  "by ",    "profession", "is",   "was",          " ",
                                  ":",      "Occupation", "and ", "of ",          "teacher",
                                  "-",      "driver",     "\n",   "\xE2\x80\x99", "post",
                                  "in ",    "charge of ", "Job",  "12",           "school-"};
  IdentifiersPlugin plugin;
  for (std::size_t seed = 0; seed < 400; ++seed) {
    const std::string text = anonymiser::testing::TextOfPieces(kPieces, seed, 12, 7);
    for (std::size_t cut = 0; cut <= text.size(); cut += 3)
      ExpectWellFormedFind(plugin, text.substr(0, cut));
  }
}

}  // namespace
}  // namespace anonymiser::identifiers
