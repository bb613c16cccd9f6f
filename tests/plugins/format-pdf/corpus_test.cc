// Walks ../shared/corpus/pdf: every file gives output or the clear error its
// MANIFEST.tsv `check` column predicts; never a crash.
#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>

#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "anonymiser/error.h"
#include "pdf_format_plugin.h"
#include "test_support.h"

namespace anonymiser::pdf {
namespace {

using anonymiser::testing::FilesBelow;
using anonymiser::testing::ReadFile;
using anonymiser::testing::SharedDir;
using anonymiser::testing::TempDir;

std::filesystem::path CorpusDir() { return SharedDir() / "corpus"; }

// file name ("pdf/x.pdf") -> check column.
std::map<std::string, std::string> ReadManifest() {
  std::map<std::string, std::string> checks;
  std::ifstream in(CorpusDir() / "MANIFEST.tsv");
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() >= 9 && cols[0].rfind("pdf/", 0) == 0) checks[cols[0]] = cols[8];
  }
  return checks;
}

// The user password named in a check ("passwords: user=baz owner=foo").
std::string UserPassword(const std::string& check) {
  const std::string key = "passwords: user=";
  auto at = check.find(key);
  if (at == std::string::npos) return "";
  at += key.size();
  auto end = check.find_first_of(" ;", at);
  return check.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

std::unique_ptr<PdfFormatPlugin> Plugin(const std::string& mode, const std::string& password) {
  auto plugin = std::make_unique<PdfFormatPlugin>();
  PluginContext context;
  context.settings.Set("pdf.output", mode);
  if (!password.empty()) context.settings.Set("password", password);
  plugin->Configure(context);
  return plugin;
}

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// The page count poppler reports for `path`, or -1.
int PageCount(const std::filesystem::path& path) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.string()));
  return doc ? doc->pages() : -1;
}

// Reads `path` and writes it in `mode` (with no edits); returns the output.
// A PDF output must have the input's page count.
std::string ReadAndWrite(const std::filesystem::path& path, const std::string& mode,
                         const std::string& password) {
  auto doc = Plugin(mode, password)->Read(path);
  EXPECT_FALSE(doc->units().empty()) << path;
  for (const TextUnit& unit : doc->units()) {
    // Ligatures (U+FB00..U+FB06) and soft hyphens are normalised away.
    EXPECT_EQ(unit.text.find("\xEF\xAC"), std::string::npos) << path << ": " << unit.text;
    EXPECT_EQ(unit.text.find("\xC2\xAD"), std::string::npos) << path << ": " << unit.text;
  }
  TempDir out;
  const auto written = out / ("out" + doc->output_extension());
  doc->Write({}, written);
  if (mode == "pdf") {
    EXPECT_EQ(PageCount(written), PageCount(path)) << path;
  }
  return ReadFile(written);
}

TEST(CorpusTest, EveryPdfGivesOutputOrTheExpectedError) {
  if (!std::filesystem::exists(CorpusDir() / "pdf")) GTEST_SKIP() << "no shared corpus";
  const auto manifest = ReadManifest();
  int files = 0;
  for (const auto& path : FilesBelow(CorpusDir() / "pdf")) {
    const std::string key = "pdf/" + path.filename().string();
    auto it = manifest.find(key);
    if (it == manifest.end()) continue;  // not described: nothing to predict
    const std::string& check = it->second;
    ++files;
    SCOPED_TRACE(key + ": " + check.substr(0, 80));
    const bool needs_password = Contains(check, "user password needed");
    const bool textless = Contains(check, "TEXTLESS");
    const bool unopenable = Contains(check, "UNOPENABLE");
    if (needs_password || unopenable) {
      try {
        Plugin("text", "")->Read(path);
        ADD_FAILURE() << "read without a password";
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::kUnsupported) << e.what();
        EXPECT_TRUE(Contains(e.what(), "password")) << e.what();
        EXPECT_TRUE(Contains(e.what(), path.string())) << e.what();
      }
    }
    if (needs_password) {
      const std::string password = UserPassword(check);
      ASSERT_FALSE(password.empty());
      EXPECT_FALSE(ReadAndWrite(path, "text", password).empty());
      continue;
    }
    if (unopenable) continue;
    if (textless) {
      try {
        Plugin("text", "")->Read(path);
        ADD_FAILURE() << "a file without text was read";
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::kUnsupported) << e.what();
        EXPECT_TRUE(Contains(e.what(), "no text layer: page 1 has no text; OCR is not supported"))
            << e.what();
        EXPECT_TRUE(Contains(e.what(), path.string())) << e.what();
      }
      continue;
    }
    if (Contains(check, "qpdf cannot open")) {
      // poppler may repair what qpdf cannot; otherwise a clear input error.
      try {
        ReadAndWrite(path, "text", "");
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::kInput) << e.what();
      }
      continue;
    }
    // OK, recoverable damage, owner-password-only encryption: readable.
    try {
      const std::string text = ReadAndWrite(path, "text", "");
      EXPECT_FALSE(text.empty());
      const std::string pdf = ReadAndWrite(path, "pdf", "");
      EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
    } catch (const Error& e) {
      ADD_FAILURE() << e.what();
    }
  }
  EXPECT_GE(files, 1);
}

// Columns are read one after the other: a sentence that runs down one column
// is whole in one unit, not interleaved with the next column's lines.
TEST(CorpusTest, ColumnsAreNotInterleaved) {
  const std::pair<const char*, const char*> cases[] = {
      {"pm-fedreg-3col.pdf",
       "This section of the FEDERAL REGISTER contains notices to the public of the proposed "
       "issuance of rules and regulations. The purpose of these notices is to give interested "
       "persons an opportunity to participate in the rule making prior to the adoption of the "
       "final rules."},
      {"sf-2col-lig.pdf",
       "This is a sample document with two columns filled with Lorem Ipsum text. Lorem ipsum "
       "dolor sit amet, consectetuer adipiscing elit. Ut purus elit, vestibulum ut, placerat ac, "
       "adipiscing vitae, felis."},
  };
  for (const auto& [file, sentence] : cases) {
    const auto path = CorpusDir() / "pdf" / file;
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shared corpus";
    auto doc = Plugin("text", "")->Read(path);
    bool found = false;
    for (const TextUnit& unit : doc->units())
      if (unit.text.find(sentence) != std::string::npos) found = true;
    EXPECT_TRUE(found) << file;
  }
}

}  // namespace
}  // namespace anonymiser::pdf
