// End to end: `anonymise run` on the planted package, with the name given as
// a known identity of the case; no entry of the output may hold it.
#include <gtest/gtest.h>

#include "docx_planted_package.h"
#include "test_support.h"

namespace anonymiser::docx::testing {
namespace {

using anonymiser::testing::CliPath;
using anonymiser::testing::RunCli;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

TEST(DocxCliTest, PlantedNameLeavesNoTraceAfterAnonymiseRun) {
  if (!std::filesystem::exists(CliPath())) GTEST_SKIP() << "CLI not built: " << CliPath();
  TempDir dir;
  // Detection (not this plugin) decides what is replaced: the name is planted
  // as a capitalised word here; a lower-case keyword, a hyphenated tag and
  // the mail-merge path and query (all read as units, see
  // docx_planted_name_test) are left to the detection plugins' own tests.
  Parts parts = PlantedPackage();
  for (auto& [name, data] : parts) {
    std::size_t merge = data.find("<w:mailMerge>");
    if (merge != std::string::npos) data.erase(merge, data.find("</w:mailMerge>") + 14 - merge);
    for (auto [from, to] : {std::pair<std::string, std::string>{"okafor; review", "Okafor; review"},
                            {"Okafor-tag", "Okafor tag"}})
      for (std::size_t at = data.find(from); at != std::string::npos; at = data.find(from, at))
        data.replace(at, from.size(), to);
  }
  WritePackage(dir / "planted.docx", parts);
  WriteFile(dir / "known.csv", "original,pseudonym,type\nOkafor,Person A,PERSON\n");
  auto result = RunCli({"run", (dir / "planted.docx").string(), "-o", (dir / "out").string(),
                        "--known", (dir / "known.csv").string()});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  ASSERT_TRUE(std::filesystem::exists(dir / "out" / "planted.docx")) << result.out;
  std::map<std::string, std::string> entries = InflateAll(dir / "out" / "planted.docx");
  ASSERT_TRUE(entries.count("word/document.xml"));
  for (const auto& [name, data] : entries)
    EXPECT_EQ(Lower(data).find("okafor"), std::string::npos) << name << ":\n" << data;
  EXPECT_EQ(entries.count("docProps/thumbnail.jpeg"), 0u);
}

}  // namespace
}  // namespace anonymiser::docx::testing
