// Every file of ../shared/corpus/docx anonymises or gives a clear error.
#include <gtest/gtest.h>

#include "docx_corpus_walk.h"

namespace anonymiser::docx::testing {
namespace {

using anonymiser::testing::SharedDir;
using anonymiser::testing::TempDir;

TEST(DocxCorpusTest, EveryFileAnonymisesOrGivesAClearError) {
  if (!std::filesystem::exists(SharedDir() / "corpus" / "docx"))
    GTEST_SKIP() << "no corpus at " << SharedDir() / "corpus" / "docx";
  TempDir out;
  std::vector<CorpusResult> results = WalkCorpus(out.path());
  ASSERT_FALSE(results.empty());
  int written = 0;
  for (const CorpusResult& r : results) {
    std::string name = r.input.filename().string();
    if (!r.error.empty()) {
      EXPECT_TRUE(r.code == ErrorCode::kInput || r.code == ErrorCode::kUnsupported ||
                  r.code == ErrorCode::kLimit)
          << name << ": " << r.error;
      EXPECT_NE(r.error.find(r.input.string()), std::string::npos) << r.error;
      std::cout << "  refused " << name << ": " << r.error.substr(r.input.string().size()) << "\n";
    } else {
      ++written;
      EXPECT_EQ(r.mismatch, "") << name;
    }
    if (name == "ox-encrypted.docx") {
      EXPECT_EQ(r.code, ErrorCode::kUnsupported) << r.error;
      EXPECT_NE(r.error.find("encrypted"), std::string::npos) << r.error;
    }
    if (name.rfind("dv-trunc", 0) == 0) {
      EXPECT_EQ(r.code, ErrorCode::kInput) << name;
    }
    if (name == "pa-alt-docpath.docx" || name == "ox-complex.docx" ||
        name == "ox-strict-large.docx" || name == "ox-large-spec.docx") {
      EXPECT_EQ(r.error, "") << name;
    }
  }
  std::cout << "  " << written << " of " << results.size() << " corpus files written\n";
  EXPECT_GE(written, static_cast<int>(results.size()) - 8);
}

}  // namespace
}  // namespace anonymiser::docx::testing
