// The leak check on PDF outputs: page text, Info dictionary and outline.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "pdf_file.h"
#include "test_support.h"

namespace anonymiser::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// A one-page PDF with `page` as its text, `author` in the Info dictionary and
// `outline` as the title of its only bookmark (uncompressed, Helvetica).
std::string BuildPdf(const std::string& page, const std::string& author,
                     const std::string& outline) {
  const std::string content = "BT /F1 12 Tf 72 720 Td (" + page + ") Tj ET";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
      "<< /Title (" + outline + ") /Parent 6 0 R /Dest [3 0 R /Fit] >>",
      "<< /Author (" + author + ") /Title (Review) >>",
  };
  return PdfFromObjects(objects, 1, 8);
}

class VerifyPdf : public ::testing::Test {
 protected:
  void SetUp() override {
    kase_ = (dir_ / "case.anoncase").string();
    auto r = RunCli({"case", "add", "Grace Okafor", "Person C", "--case", kase_});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  CommandResult Verify(const std::string& pdf) {
    const fs::path file = dir_ / "out.pdf";
    WriteFile(file, pdf);
    return RunCli({"verify", "--case", kase_, file.string()});
  }
  TempDir dir_;
  std::string kase_;
};

void ExpectHit(const CommandResult& r, const std::string& part) {
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("out.pdf: " + part));
  EXPECT_THAT(r.out, HasSubstr("PERSON \"Person C\""));
  EXPECT_THAT(r.out, Not(HasSubstr("kafor")));
}

TEST_F(VerifyPdf, CleanPdfPasses) {
  auto r = Verify(BuildPdf("The review met in March.", "Review Team", "Chronology"));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST_F(VerifyPdf, FindsNameInPageText) {
  ExpectHit(Verify(BuildPdf("Visit by Grace Okafor.", "Review Team", "Chronology")), "page 1");
}

TEST_F(VerifyPdf, FindsNameInAuthor) {
  ExpectHit(Verify(BuildPdf("The review.", "G. OKAFOR", "Chronology")), "metadata Author");
}

TEST_F(VerifyPdf, FindsNameInOutline) {
  ExpectHit(Verify(BuildPdf("The review.", "Review Team", "Okafor family")), "outline");
}

TEST_F(VerifyPdf, UnreadablePdfIsAnErrorNotAPass) {
  auto r = Verify("%PDF-1.4\ngarbage");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.err, HasSubstr("out.pdf"));
}

TEST_F(VerifyPdf, OutputOfARealRunPasses) {
  WriteFile(dir_ / "in/review.pdf",
            BuildPdf("Grace Okafor met the health visitor.", "Grace Okafor", "Okafor family"));
  for (const std::string mode : {"text", "pdf"}) {
    const std::string out = (dir_ / ("out-" + mode)).string();
    auto run = RunCli({"run", (dir_ / "in/review.pdf").string(), "-o", out, "--case", kase_,
                       "--pdf-output", mode, "--verify"});
    EXPECT_EQ(run.exit_code, 0) << mode << ": " << run.out << run.err;
    auto r = RunCli({"verify", "--case", kase_, out});
    EXPECT_EQ(r.exit_code, 0) << mode << ": " << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("1 files checked"));
  }
  // The check had something to read: the text output holds the pseudonym.
  EXPECT_THAT(ReadFile(dir_ / "out-text/review.pdf.txt"), HasSubstr("Person C"));
}

}  // namespace
}  // namespace anonymiser::testing
