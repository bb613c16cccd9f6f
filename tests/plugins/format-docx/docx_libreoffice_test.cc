// Round trip: the outputs open in LibreOffice (converted to PDF headless).
#include <gtest/gtest.h>

#include "docx_corpus_walk.h"

namespace anonymiser::docx::testing {
namespace {

using anonymiser::testing::RunShell;
using anonymiser::testing::ShellQuote;
using anonymiser::testing::TempDir;

TEST(DocxLibreOfficeTest, OutputsConvertToPdf) {
  if (RunShell("command -v soffice").exit_code != 0) GTEST_SKIP() << "LibreOffice not installed";
  TempDir dir;
  std::vector<std::filesystem::path> outputs;
  WritePackage(dir / "minimal.docx", MinimalDocx("<w:p><w:r><w:t>Ms Okafor</w:t></w:r></w:p>"));
  {
    auto doc = MakePlugin().Read(dir / "minimal.docx");
    doc->Write({Edit{0, 3, 9, "Person A"}}, dir / "minimal-out.docx");
    outputs.push_back(dir / "minimal-out.docx");
  }
  std::filesystem::create_directories(dir / "corpus");
  for (const CorpusResult& r : WalkCorpus(dir / "corpus"))
    if (!r.output.empty()) outputs.push_back(r.output);

  std::string command = "HOME=" + ShellQuote(dir.path().string()) +
                        " timeout 500 soffice --headless --norestore --convert-to pdf --outdir " +
                        ShellQuote((dir / "pdf").string());
  for (const auto& out : outputs) command += " " + ShellQuote(out.string());
  auto result = RunShell(command);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  for (const auto& out : outputs) {
    std::filesystem::path pdf = dir / "pdf" / out.filename().replace_extension(".pdf");
    EXPECT_TRUE(std::filesystem::exists(pdf) && std::filesystem::file_size(pdf) > 0)
        << out.filename() << " did not convert\n"
        << result.out << result.err;
  }
}

}  // namespace
}  // namespace anonymiser::docx::testing
