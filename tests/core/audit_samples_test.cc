// The audit log of a real run over the samples: no original identifier in it,
// HMACs an auditor can reproduce, and the log's summary, CSV and HTML views.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cctype>
#include <sstream>

#include "audit/log_reader.h"
#include "case_store/case_store.h"
#include "test_support.h"
#include "text/fold.h"

namespace anonymiser::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// True when folded `needle` occurs in folded `haystack` on word boundaries.
bool ContainsWord(const std::string& haystack, const std::string& needle) {
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    const bool left = at == 0 || !IsWordByte(haystack[at - 1]);
    const std::size_t end = at + needle.size();
    const bool right = end >= haystack.size() || !IsWordByte(haystack[end]);
    if (left && right) return true;
  }
  return false;
}

// Every original and variant of the case that occurs in `log_text`.
std::vector<std::string> OriginalsIn(const std::string& log_text, const CaseState& state) {
  const std::string folded = text::FoldForMatch(log_text);
  std::vector<std::string> found;
  for (const auto& e : state.entities) {
    std::vector<std::string> spellings = e.variants;
    spellings.push_back(text::FoldForMatch(e.original));
    for (const auto& s : spellings)
      if (!s.empty() && ContainsWord(folded, s)) found.push_back(s);
  }
  return found;
}

// HMAC-SHA256 through OpenSSL, independent of the Poco engine the log uses.
std::string OpenSslHmac(const std::string& secret_hex, const std::string& message) {
  std::string key;
  for (std::size_t i = 0; i + 1 < secret_hex.size(); i += 2)
    key.push_back(static_cast<char>(std::stoi(secret_hex.substr(i, 2), nullptr, 16)));
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(message.data()), message.size(), out, &len);
  static const char* kHex = "0123456789abcdef";
  std::string hex;
  for (unsigned i = 0; i < len; ++i) {
    hex += kHex[out[i] >> 4];
    hex += kHex[out[i] & 15];
  }
  return hex;
}

struct SampleRun {
  TempDir dir;
  CommandResult result;
  std::string log;
  CaseState state;
};

std::unique_ptr<SampleRun> RunSamples(std::vector<std::string> extra = {}) {
  auto run = std::make_unique<SampleRun>();
  std::vector<std::string> args = {"run",     (SourceDir() / "samples/drafts").string(),
                                   "--known", (SourceDir() / "samples/case/known.csv").string(),
                                   "-o",      (run->dir / "out").string(),
                                   "-q"};
  args.insert(args.end(), extra.begin(), extra.end());
  run->result = RunCli(args);
  run->log = ReadFile(run->dir / "out/case.anoncase.audit.jsonl");
  run->state = OpenSqliteCaseStore(run->dir / "out/case.anoncase")->Load();
  return run;
}

TEST(AuditSamples, LogHoldsNoOriginalIdentifier) {
  auto run = RunSamples();
  ASSERT_EQ(run->result.exit_code, 0) << run->result.err;
  ASSERT_GE(run->state.entities.size(), 4u);
  EXPECT_THAT(run->log, HasSubstr(R"("kind":"replacement")"));
  EXPECT_THAT(OriginalsIn(run->log, run->state), ::testing::IsEmpty());
  EXPECT_THAT(run->log, Not(HasSubstr(R"("original")")));
}

TEST(AuditSamples, LogOriginalsPutsThemInAndHmacsMatchOpenSsl) {
  auto run = RunSamples({"--log-originals"});
  ASSERT_EQ(run->result.exit_code, 0) << run->result.err;
  // The search of the test above finds originals when they are there.
  EXPECT_THAT(OriginalsIn(run->log, run->state), Not(::testing::IsEmpty()));
  std::size_t checked = 0;
  for (const auto& line : audit::ReadLog(run->dir / "out/case.anoncase.audit.jsonl")) {
    ASSERT_TRUE(line.record);
    if (audit::StringField(*line.record, "kind") != "replacement") continue;
    const std::string original = audit::StringField(*line.record, "original");
    ASSERT_FALSE(original.empty()) << line.bytes;
    EXPECT_EQ(audit::StringField(*line.record, "hmac"), OpenSslHmac(run->state.secret, original))
        << "line " << line.number;
    ++checked;
  }
  EXPECT_GT(checked, 20u);
}

TEST(AuditSamples, AnAuditorHoldingAnOriginalFindsItsHmac) {
  auto run = RunSamples();
  ASSERT_EQ(run->result.exit_code, 0) << run->result.err;
  EXPECT_THAT(run->log, HasSubstr(OpenSslHmac(run->state.secret, "Tyler Brennan")));
  EXPECT_THAT(run->log, Not(HasSubstr(OpenSslHmac(run->state.secret, "Nobody Atall"))));
}

TEST(AuditSamples, SummaryExportAndReport) {
  auto run = RunSamples();
  ASSERT_EQ(run->result.exit_code, 0) << run->result.err;
  const std::string log = (run->dir / "out/case.anoncase.audit.jsonl").string();
  auto summary = RunCli({"log", "summary", log});
  EXPECT_EQ(summary.exit_code, 0) << summary.err;
  EXPECT_THAT(summary.out, HasSubstr("Runs: 1"));
  EXPECT_THAT(
      summary.out,
      HasSubstr("Documents: " + std::to_string(FilesBelow(SourceDir() / "samples/drafts").size())));
  EXPECT_THAT(summary.out, HasSubstr("PERSON"));

  const fs::path csv = run->dir / "r.csv";
  auto exported = RunCli({"log", "export", log, "--csv", csv.string()});
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  std::size_t rows = 0, records = 0;
  std::istringstream in(ReadFile(csv));
  for (std::string l; std::getline(in, l);) ++rows;
  std::istringstream lin(run->log);
  for (std::string l; std::getline(lin, l);)
    records += l.find(R"("kind":"replacement")") != std::string::npos;
  EXPECT_EQ(rows, records + 1);  // + header

  const fs::path html = run->dir / "r.html";
  auto report = RunCli({"log", "report", log, "--html", html.string()});
  EXPECT_EQ(report.exit_code, 0) << report.err;
  const std::string page = ReadFile(html);
  EXPECT_THAT(page, HasSubstr("Hash chain intact"));
  EXPECT_THAT(page, HasSubstr("action-plan.md"));
  EXPECT_THAT(page, Not(HasSubstr("<script")));
  EXPECT_THAT(OriginalsIn(page, run->state), ::testing::IsEmpty());
}

// The facts of each record that do not depend on time, paths or the case secret.
std::vector<std::string> RecordFacts(const fs::path& log) {
  std::vector<std::string> facts;
  for (const auto& line : audit::ReadLog(log)) {
    if (!line.record) continue;
    if (audit::StringField(*line.record, "kind") == "run-end") continue;  // times
    std::string f;
    for (const char* key : {"kind", "input", "document", "part", "location", "unit", "begin", "end",
                            "type", "rule", "pseudonym"})
      if (line.record->has(key)) f += line.record->get(key).convert<std::string>() + "|";
    facts.push_back(f);
  }
  return facts;
}

TEST(AuditSamples, RecordsComeInInputOrderWhateverTheThreadCount) {
  TempDir dir;
  std::vector<std::vector<std::string>> logs;
  for (const std::string jobs : {"1", "3"}) {
    const fs::path out = dir / ("out" + jobs);
    auto r = RunCli({"run", (SourceDir() / "samples/drafts").string(), "--known",
                     (SourceDir() / "samples/case/known.csv").string(), "-o", out.string(), "-q",
                     "-j", jobs});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    logs.push_back(RecordFacts(out / "case.anoncase.audit.jsonl"));
  }
  EXPECT_GT(logs[0].size(), 10u);
  EXPECT_EQ(logs[0], logs[1]);
}

}  // namespace
}  // namespace anonymiser::testing
