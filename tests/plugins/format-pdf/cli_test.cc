// The plugin as the CLI loads it: `anonymise run` on PDFs, in both output modes.
#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>
#include <stdlib.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

#include "brennan_pdf.h"
#include "test_support.h"

namespace anonymiser::pdf {
namespace {

using anonymiser::testing::CliPath;
using anonymiser::testing::ReadFile;
using anonymiser::testing::RunCli;
using anonymiser::testing::SharedDir;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

bool HasName(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s.find("brennan") != std::string::npos;
}

// Every page's text and the information entries poppler decodes from `path`.
std::string DecodedText(const std::filesystem::path& path, int* pages) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.string()));
  if (!doc) return "";
  *pages = doc->pages();
  std::string text;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    auto bytes = page->text().to_utf8();
    text.append(bytes.begin(), bytes.end());
  }
  for (const std::string& key : doc->info_keys()) {
    auto bytes = doc->info_key(key).to_utf8();
    text += key + "=" + std::string(bytes.begin(), bytes.end()) + "\n";
  }
  return text;
}

class PdfCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(CliPath())) GTEST_SKIP() << "the CLI is not built";
    // Under -fsanitize=address the CLI would otherwise fail on fontconfig's
    // own leak (see lsan.supp); a suppression list set by the caller wins.
    const auto supp = anonymiser::testing::SourceDir() / "tests/sanitizers/lsan.supp";
    setenv("LSAN_OPTIONS", ("suppressions=" + supp.string()).c_str(), /*overwrite=*/0);
  }
  TempDir dir_;
};

TEST_F(PdfCliTest, RunRemovesTheNameFromTextOutput) {
  WriteFile(dir_ / "in" / "review.pdf", BrennanPdf());
  auto r = RunCli({"run", (dir_ / "in" / "review.pdf").string(), "-o", (dir_ / "out").string()});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const std::string text = ReadFile(dir_ / "out" / "review.pdf.txt");
  EXPECT_FALSE(HasName(text)) << text;
  EXPECT_EQ(std::count(text.begin(), text.end(), '\f'), 3) << text;
}

TEST_F(PdfCliTest, RunRemovesTheNameFromPdfOutput) {
  WriteFile(dir_ / "in" / "review.pdf", BrennanPdf());
  auto r = RunCli({"run", (dir_ / "in" / "review.pdf").string(), "-o", (dir_ / "out").string(),
                   "--pdf-output=pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  const auto out = dir_ / "out" / "review.pdf";
  EXPECT_FALSE(HasName(ReadFile(out)));
  int pages = 0;
  const std::string decoded = DecodedText(out, &pages);
  EXPECT_EQ(pages, 3);
  EXPECT_FALSE(HasName(decoded)) << decoded;
  EXPECT_NE(decoded.find("Author="), std::string::npos) << decoded;
}

TEST_F(PdfCliTest, EncryptedFileNeedsThePassword) {
  const auto input = SharedDir() / "corpus" / "pdf" / "pm-enc-rc4-40.pdf";
  if (!std::filesystem::exists(input)) GTEST_SKIP() << "no shared corpus";
  auto r = RunCli({"run", input.string(), "-o", (dir_ / "out").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE((r.out + r.err).find("a user password is needed (--password)"), std::string::npos)
      << r.out << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out" / "pm-enc-rc4-40.pdf.txt"));
  r = RunCli({"run", input.string(), "-o", (dir_ / "out2").string(), "--password=baz"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "out2" / "pm-enc-rc4-40.pdf.txt"));
}

TEST_F(PdfCliTest, ScanIsRefusedWithoutStoppingTheBatch) {
  const auto scan = SharedDir() / "corpus" / "pdf" / "sf-ccitt-fax.pdf";
  if (!std::filesystem::exists(scan)) GTEST_SKIP() << "no shared corpus";
  WriteFile(dir_ / "in" / "review.pdf", BrennanPdf());
  auto r = RunCli(
      {"run", scan.string(), (dir_ / "in" / "review.pdf").string(), "-o", (dir_ / "out").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE((r.out + r.err).find("no text layer: page 1 has no text; OCR is not supported"),
            std::string::npos)
      << r.out << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "out" / "review.pdf.txt"));
}

}  // namespace
}  // namespace anonymiser::pdf
