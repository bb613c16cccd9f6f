// The audit log's hash chain: written by AuditLogWriter and by `anonymise run`,
// checked by VerifyChain and `anonymise log verify`.
#include <Poco/JSON/Parser.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "audit/audit_log.h"
#include "audit/digest.h"
#include "audit/log_reader.h"
#include "audit/run_audit.h"
#include "test_support.h"

namespace anonymiser::testing {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + "\n";
  return s;
}

// Writes `n` records to a fresh log and returns its path.
fs::path WriteLog(const TempDir& dir, int n) {
  const fs::path path = dir / "log.jsonl";
  audit::AuditLogWriter writer(path);
  for (int i = 0; i < n; ++i) {
    auto r = audit::AuditLogWriter::NewRecord("note");
    r->set("i", i);
    writer.Append(*r);
  }
  return path;
}

audit::ChainCheck Check(const fs::path& path) { return audit::VerifyChain(audit::ReadLog(path)); }

TEST(AuditChain, FirstRecordChainsToZerosAndEachToTheLineBefore) {
  TempDir dir;
  const auto lines = Lines(ReadFile(WriteLog(dir, 3)));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_THAT(lines[0], HasSubstr(R"("kind":"note","seq":1,)"));
  EXPECT_THAT(lines[0], HasSubstr(R"("prev":")" + audit::kGenesisHash + "\""));
  EXPECT_THAT(lines[2], HasSubstr(R"("prev":")" + audit::Sha256Hex(lines[1]) + "\""));
  const auto check = Check(dir / "log.jsonl");
  EXPECT_TRUE(check.intact) << check.reason;
  EXPECT_EQ(check.head, audit::Sha256Hex(lines[2]));
}

TEST(AuditChain, EditingARecordBreaksTheChainAtThatRecord) {
  TempDir dir;
  const fs::path path = WriteLog(dir, 5);
  auto lines = Lines(ReadFile(path));
  const std::size_t at = lines[2].find(R"("i":2)");
  ASSERT_NE(at, std::string::npos);
  lines[2].replace(at, 5, R"("i":9)");
  WriteFile(path, Join(lines));
  const auto check = Check(path);
  EXPECT_FALSE(check.intact);
  EXPECT_EQ(check.broken_line, 3);
  EXPECT_THAT(check.reason, HasSubstr("line 3"));
}

TEST(AuditChain, DeletingARecordBreaksTheChainWhereItWas) {
  TempDir dir;
  const fs::path path = WriteLog(dir, 5);
  auto lines = Lines(ReadFile(path));
  lines.erase(lines.begin() + 1);
  WriteFile(path, Join(lines));
  const auto check = Check(path);
  EXPECT_FALSE(check.intact);
  EXPECT_EQ(check.broken_line, 2);
}

TEST(AuditChain, ReorderingRecordsBreaksTheChainAtTheFirstMoved) {
  TempDir dir;
  const fs::path path = WriteLog(dir, 5);
  auto lines = Lines(ReadFile(path));
  std::swap(lines[3], lines[4]);
  WriteFile(path, Join(lines));
  const auto check = Check(path);
  EXPECT_FALSE(check.intact);
  EXPECT_EQ(check.broken_line, 4);
}

TEST(AuditChain, AReopenedLogContinuesTheChain) {
  TempDir dir;
  WriteLog(dir, 2);
  {
    audit::AuditLogWriter again(dir / "log.jsonl");
    auto r = audit::AuditLogWriter::NewRecord("note");
    again.Append(*r);
  }
  const auto lines = Lines(ReadFile(dir / "log.jsonl"));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_THAT(lines[2], HasSubstr(R"("seq":3)"));
  EXPECT_TRUE(Check(dir / "log.jsonl").intact);
}

TEST(AuditChain, ABatchIsWrittenOnFlushAndDroppedWholeWithoutIt) {
  TempDir dir;
  const fs::path path = dir / "log.jsonl";
  audit::AuditLogWriter writer(path);
  {
    audit::AuditLogWriter::Batch batch(writer);
    for (int i = 0; i < 3; ++i) {
      auto r = audit::AuditLogWriter::NewRecord("note");
      writer.Append(*r);
    }
    EXPECT_EQ(ReadFile(path), "");  // waiting for Flush()
    writer.Flush();
  }
  EXPECT_EQ(Lines(ReadFile(path)).size(), 3u);
  {
    // A batch abandoned (say by an exception) leaves nothing behind ...
    audit::AuditLogWriter::Batch batch(writer);
    auto r = audit::AuditLogWriter::NewRecord("lost");
    writer.Append(*r);
  }
  // ... and the chain goes on from the last line written.
  auto r = audit::AuditLogWriter::NewRecord("note");
  writer.Append(*r);
  const auto lines = Lines(ReadFile(path));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_THAT(lines[3], HasSubstr(R"("seq":4)"));
  const auto check = Check(path);
  EXPECT_TRUE(check.intact) << check.reason;
}

// A document with more replacements than fit the batch's memory: its lines
// go to the file early, yet the batch still lands whole or not at all.
TEST(AuditChain, ABatchLargerThanItsMemoryIsWrittenEarlyAndStillDroppedWhole) {
  TempDir dir;
  const fs::path path = dir / "log.jsonl";
  audit::AuditLogWriter writer(path);
  writer.AppendMembers("note", R"("n":0)");
  const std::string before = ReadFile(path);
  const std::string filler(200, 'x');
  const std::size_t count = 3 * audit::AuditLogWriter::kSpillBytes / filler.size();
  {
    audit::AuditLogWriter::Batch batch(writer);
    for (std::size_t i = 0; i < count; ++i)
      writer.AppendMembers("replacement", R"("text":")" + filler + "\"");
    EXPECT_GT(ReadFile(path).size(), before.size() + audit::AuditLogWriter::kSpillBytes);
    // abandoned without Flush()
  }
  EXPECT_EQ(ReadFile(path), before);
  {
    audit::AuditLogWriter::Batch batch(writer);
    for (std::size_t i = 0; i < count; ++i)
      writer.AppendMembers("replacement", R"("text":")" + filler + "\"");
    writer.Flush();
  }
  writer.AppendMembers("note", R"("n":1)");
  const auto lines = Lines(ReadFile(path));
  ASSERT_EQ(lines.size(), count + 2);
  EXPECT_THAT(lines.back(), HasSubstr("\"seq\":" + std::to_string(count + 2) + ","));
  const auto check = Check(path);
  EXPECT_TRUE(check.intact) << check.reason;
}

TEST(AuditChain, ARunWithoutEndIsAWarningNotABreak) {
  TempDir dir;
  const fs::path path = dir / "log.jsonl";
  audit::AuditLogWriter writer(path);
  auto r = audit::AuditLogWriter::NewRecord("run-start");
  r->set("run", "r1");
  writer.Append(*r);
  const auto check = Check(path);
  EXPECT_TRUE(check.intact);
  ASSERT_EQ(check.warnings.size(), 1u);
  EXPECT_THAT(check.warnings[0], HasSubstr("no run-end"));
}

TEST(AuditChain, GarbageLineIsReportedByNumber) {
  TempDir dir;
  const fs::path path = WriteLog(dir, 3);
  WriteFile(path, ReadFile(path) + "not json\n");
  const auto check = Check(path);
  EXPECT_FALSE(check.intact);
  EXPECT_EQ(check.broken_line, 4);
}

// End to end: two runs append to one log; the CLI names the broken line.
CommandResult Cli(std::vector<std::string> args) {
  args.insert(args.begin() + 1, "--plugin-dir=" FIXTURE_PLUGIN_DIR);
  return RunCli(args);
}

TEST(AuditChainCli, TwoRunsAppendToOneLogAndTamperingIsNamed) {
  TempDir dir;
  WriteFile(dir / "in/a.txt", "Mr Okafor saw Ms Reid.\nOkafor left.\n");
  WriteFile(dir / "in2/b.txt", "Ms Reid wrote to Mr Okafor.\n");
  const std::string kase = (dir / "case.anoncase").string();
  auto r1 = Cli({"run", (dir / "in").string(), "-o", (dir / "out").string(), "--case", kase});
  ASSERT_EQ(r1.exit_code, 0) << r1.err;
  auto r2 = Cli({"run", (dir / "in2").string(), "-o", (dir / "out2").string(), "--case", kase});
  ASSERT_EQ(r2.exit_code, 0) << r2.err;
  const fs::path log = kase + ".audit.jsonl";
  auto lines = Lines(ReadFile(log));
  ASSERT_GE(lines.size(), 8u);
  int starts = 0, ends = 0;
  for (const auto& l : lines) {
    starts += l.find(R"("kind":"run-start")") != std::string::npos;
    ends += l.find(R"("kind":"run-end")") != std::string::npos;
  }
  EXPECT_EQ(starts, 2);
  EXPECT_EQ(ends, 2);
  auto ok = RunCli({"log", "verify", log.string()});
  EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
  EXPECT_THAT(ok.out, HasSubstr("chain intact"));

  // Change one pseudonym in a replacement record.
  std::size_t target = 0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].find(R"("kind":"replacement")") != std::string::npos) target = i;
  ASSERT_GT(target, 0u);
  const std::size_t at = lines[target].find(R"("pseudonym":"Person)");
  ASSERT_NE(at, std::string::npos);
  lines[target].replace(at, 19, R"("pseudonym":"Persan)");
  WriteFile(log, Join(lines));
  auto bad = RunCli({"log", "verify", log.string()});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.out, HasSubstr("line " + std::to_string(target + 1) + ":"));
}

TEST(AuditChainCli, ConcurrentRunsAppendingToOneLogKeepTheChain) {
  TempDir dir;
  std::string cmd;
  for (int i = 0; i < 3; ++i) {
    const std::string n = std::to_string(i);
    for (int f = 0; f < 6; ++f)
      WriteFile(dir / ("in" + n + "/f" + std::to_string(f) + ".txt"),
                "Mr Okafor saw Ms Reid.\nMs Brennan left.\n");
    cmd += ShellQuote(CliPath().string()) + " run --plugin-dir=" FIXTURE_PLUGIN_DIR " -q " +
           ShellQuote((dir / ("in" + n)).string()) + " -o " +
           ShellQuote((dir / ("out" + n)).string()) + " --log " +
           ShellQuote((dir / "shared.jsonl").string()) + " & ";
  }
  auto r = RunShell(cmd + "wait");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = audit::ReadLog(dir / "shared.jsonl");
  const auto check = audit::VerifyChain(lines);
  EXPECT_TRUE(check.intact) << check.reason;
  EXPECT_TRUE(check.warnings.empty());
  int ends = 0;
  for (const auto& l : lines) ends += audit::StringField(*l.record, "kind") == "run-end";
  EXPECT_EQ(ends, 3);
}

// Records made ahead on worker threads (Prepare) are the records Document()
// makes itself: the same lines but for the chain fields.
TEST(RunAuditRecords, PreparedRecordsAreTheOnesDocumentWouldMake) {
  TempDir dir;
  const fs::path path = dir / "log.jsonl";
  audit::RunAudit run(path, std::string(64, 'a'), /*log_originals=*/false);
  std::vector<TextUnit> units(2);
  units[0].text = "Jane \"JJ\" Okafor met Dr Smith.";
  units[0].location = "line 1";
  units[1].text = "Smith\\Jones on 3 May 2021";
  units[1].part = Part::kHeader;
  Replacements reps;
  reps.Add(Edit{0, 0, 16, "Person A"}, 0, 0.9, "PERSON", "redact-names", "full name");
  reps.Add(Edit{1, 0, 11, "Person B"}, 0, 0.75, "PERSON", "redact-names", "surname");
  reps.Add(Edit{1, 12, 25, "in May 2021"}, 15, 1.0, "DATE", "redact-dates", "day month year");
  EXPECT_EQ(reps[0].Original(units), "Jane \"JJ\" Okafor");
  EXPECT_EQ(reps[1].Original(units), "Smith\\Jones");
  EXPECT_EQ(reps[2].Original(units), "3 May 2021");
  const audit::AuditedDocument doc{"in.txt", "out.txt", "1", "2", "text", &units, &reps};
  run.Document(doc);
  const audit::PreparedRecords prepared = run.Prepare(doc);
  ASSERT_EQ(prepared.ends.size(), reps.size());
  run.Document(doc, &prepared);
  const auto lines = Lines(ReadFile(path));
  ASSERT_EQ(lines.size(), 2 * (1 + reps.size()));
  auto members = [](const std::string& line) {  // after "kind","seq","time","prev"
    const std::size_t prev = line.find("\"prev\":\"");
    return line.substr(prev + 8 + 64 + 1);
  };
  for (std::size_t i = 1; i <= reps.size(); ++i)
    EXPECT_EQ(members(lines[i + 1 + reps.size()]), members(lines[i])) << "record " << i;
  EXPECT_THAT(lines[1], HasSubstr(R"("hmac":")" + audit::HmacSha256Hex(std::string(32, '\xaa'),
                                                                       "Jane \"JJ\" Okafor")));
  const auto check = Check(path);
  EXPECT_TRUE(check.intact) << check.reason;
}

// The run-end record streams the run's outputs; it must still be one JSON
// object with every output, count and failure.
TEST(RunAuditRecords, RunEndListsEveryOutputCountAndFailure) {
  TempDir dir;
  const fs::path path = dir / "log.jsonl";
  audit::RunAudit run(path, std::string(64, 'b'), /*log_originals=*/false);
  const std::vector<std::string> outputs = {"out/a.txt", "out/\"quoted\".txt", "out/b\\c.docx"};
  audit::RunEnd end;
  end.exit_status = 1;
  end.for_each_output = [&](const std::function<void(std::string_view)>& fn) {
    for (const auto& o : outputs) fn(o);
  };
  end.counts = {{"written", 3}, {"failed", 1}};
  end.replacements_by_type = {{"PERSON", 12}};
  end.failures = {"in/bad.pdf: encrypted"};
  run.End(end);
  const auto lines = Lines(ReadFile(path));
  ASSERT_EQ(lines.size(), 1u);
  Poco::JSON::Parser parser;
  const auto r = parser.parse(lines[0]).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(r->getValue<std::string>("kind"), "run-end");
  EXPECT_EQ(r->getValue<std::string>("run"), run.run_id());
  EXPECT_EQ(r->getValue<int>("exit_status"), 1);
  const auto listed = r->getArray("outputs");
  ASSERT_EQ(listed->size(), outputs.size());
  for (std::size_t i = 0; i < outputs.size(); ++i)
    EXPECT_EQ(listed->getElement<std::string>(static_cast<unsigned>(i)), outputs[i]);
  EXPECT_EQ(r->getObject("counts")->getValue<int>("failed"), 1);
  EXPECT_EQ(r->getObject("replacements_by_type")->getValue<int>("PERSON"), 12);
  EXPECT_EQ(r->getArray("failures")->getElement<std::string>(0), "in/bad.pdf: encrypted");
  EXPECT_TRUE(Check(path).intact);
}

}  // namespace
}  // namespace anonymiser::testing
