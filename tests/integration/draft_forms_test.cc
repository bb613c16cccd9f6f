// Forms that review drafts and office minutes write identifiers in, found
// missed when realistic drafts were run through the tool: each planted
// identifier must be gone from the output of `anonymise run` (no known
// identities given, default policy: ages kept, dates generalised to the
// month), and what a review keeps must still be there.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace anonymiser {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace ::anonymiser::testing;

std::string Anonymise(const std::string& draft) {
  TempDir dir;
  WriteFile(dir / "in/draft.txt", draft);
  const auto r =
      RunCli({"run", (dir / "in").string(), "-o", (dir / "out").string(), "--no-log", "-q"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return ReadFile(dir / "out/draft.txt");
}

TEST(DraftForms, NoPlantedIdentifierSurvives) {
  const std::string draft =
      "Kayden Okafor-Reid was born in 2019. His mother, Chantelle Hughes, 19, used the Snapchat "
      "handle @kezzap98 and her mobile (07812 345678).\n\n"
      "Texts from Chantelle read: \"kayden wont stop crying\".\n\n"
      "The family stayed with Nana Pat in Skipton. Adult D, known as Dot, lived at Oakwood Care "
      "Home and drank in the Beehive pub.\n\n"
      "His sister attended St. John the Baptist RC Primary School. PC 4471 Baxter attended on "
      "14/3. Her NI number QQ 12 34 56 C was recorded.\n\n"
      "Minutes\nPresent: JS (Chair), CD.\nAction: JS to write to the family.\n\nJS reported "
      "that CD had left.\n\nMrs Brennan said hello. Summer Wood was born in 2018.\n\nThe Brennans "
      "moved.\n";
  const std::string out = Anonymise(draft);
  for (const char* planted :
       {"Kayden", "kayden", "Okafor",  "Chantelle", "Hughes",  "kezzap98", "07812",
        "345678", " Pat ",  "Skipton", "Dot",       "Oakwood", "Beehive",  "John the Baptist",
        "4471",   "Baxter", "14/3",    "QQ 12",     "JS",      "CD",       "Wood",
        "Summer"})
    EXPECT_THAT(out, Not(HasSubstr(planted))) << planted << " in:\n" << out;
  // What a review keeps: roles, the story, and English, the report's language.
  EXPECT_THAT(out, HasSubstr("Minutes\nPresent: "));
  EXPECT_THAT(out, HasSubstr("(Chair)"));
  EXPECT_THAT(out, HasSubstr("His sister attended"));
  EXPECT_THAT(out, HasSubstr(" family moved."));  // "the Brennans": Mrs Brennan's family
}

TEST(DraftForms, PublicBodiesAndTheUkStayReadable) {
  const std::string draft =
      "The family moved to Britain in 2010. A referral went to Lancashire MASH, Northshire CAMHS "
      "and Kent Adult Social Care; HM Senior Coroner for West Yorkshire opened an inquest. "
      "She could not cope. They lived in Scotland, then Wales, then Northern Ireland. The Leeds "
      "and York Partnership NHS Foundation Trust replied.\n";
  const std::string out = Anonymise(draft);
  for (const char* kept : {"moved to Britain", "Lancashire MASH", "Northshire CAMHS",
                           "Kent Adult Social Care", "HM Senior Coroner for West Yorkshire",
                           "could not cope", "Scotland, then Wales, then Northern Ireland",
                           "Leeds and York Partnership NHS Foundation Trust"})
    EXPECT_THAT(out, HasSubstr(kept)) << out;
}

}  // namespace
}  // namespace anonymiser
