// End to end: the built CLI loads redact-names and redact-places as modules and
// reports their spans in code points.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace anonymiser::names {
namespace {

using ::anonymiser::testing::RunCli;
using ::anonymiser::testing::SourceDir;

TEST(NamesCliTest, DetectReportsNamesAndPlacesInCodePoints) {
  const std::string dictionaries = (SourceDir() / "dictionaries").string();
  auto r = RunCli({"detect", "--jsonl", "-", "--plugins", "redact-names,redact-places",
                   "--dictionaries", dictionaries},
                  "{\"id\":\"a\",\"text\":\"Siobh\\u00e1n met Ms Okafor in Rochdale.\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("start":0,"end":7,"type":"PERSON","plugin":"redact-names")"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(R"("start":12,"end":21,"type":"PERSON","plugin":"redact-names")"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(R"("start":25,"end":33,"type":"PLACE","plugin":"redact-places")"),
            std::string::npos)
      << r.out;
}

// An institution's name without its head ("Little Wrens" of "Little Wrens
// Day Nursery") is linked as a spelling of it, so it is found alone later.
TEST(NamesCliTest, AnInstitutionsShortFormIsFoundLater) {
  const std::string dictionaries = (SourceDir() / "dictionaries").string();
  auto r = RunCli({"detect", "--jsonl", "-", "--plugins", "redact-names,redact-places",
                   "--dictionaries", dictionaries},
                  "{\"id\":\"a\",\"text\":\"He attends Little Wrens Day Nursery. The Little "
                  "Wrens manager is aware.\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("start":41,"end":53,"type":"NURSERY","plugin":"core")"),
            std::string::npos)
      << r.out;
}

TEST(NamesCliTest, PluginsAreListed) {
  auto r = RunCli({"plugins", "--dictionaries", (SourceDir() / "dictionaries").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("redact-names"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("redact-places"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace anonymiser::names
