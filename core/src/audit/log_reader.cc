#include "audit/log_reader.h"

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <map>

#include "anonymiser/error.h"
#include "audit/audit_log.h"
#include "audit/digest.h"

namespace anonymiser::audit {

std::vector<LogLine> ReadLog(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInput, path.string() + ": cannot read the audit log");
  std::vector<LogLine> lines;
  std::string bytes;
  std::int64_t n = 0;
  while (std::getline(in, bytes)) {
    LogLine line;
    line.number = ++n;
    line.bytes = bytes;
    try {
      Poco::JSON::Parser parser;
      line.record = parser.parse(bytes).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
    } catch (const std::exception&) {
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string StringField(const Poco::JSON::Object& record, const std::string& name) {
  if (!record.has(name)) return "";
  const auto v = record.get(name);
  return v.isString() ? v.convert<std::string>() : "";
}

namespace {

bool SeqIs(const Poco::JSON::Object& record, std::int64_t expected) {
  try {
    const auto v = record.get("seq");
    return v.isInteger() && v.convert<std::int64_t>() == expected;
  } catch (const Poco::Exception&) {
    return false;
  }
}

// A line the writer began but never finished: the start of a record (it
// opens like every record) that is not valid JSON, and either the last line
// or followed by a record chained to its bytes (the writer always ends a
// partial line before appending, and chains to it).
bool IsTornRecord(const std::vector<LogLine>& lines, std::size_t i) {
  const LogLine& line = lines[i];
  if (line.record || line.bytes.rfind("{\"kind\":\"", 0) != 0) return false;
  if (i + 1 == lines.size()) return true;
  const LogLine& next = lines[i + 1];
  return next.record && StringField(*next.record, "prev") == Sha256Hex(line.bytes);
}

}  // namespace

ChainCheck VerifyChain(const std::vector<LogLine>& lines) {
  ChainCheck check;
  check.records = static_cast<std::int64_t>(lines.size());
  auto fail = [&](std::int64_t line, const std::string& reason) {
    check.intact = false;
    check.broken_line = line;
    check.reason = "line " + std::to_string(line) + ": " + reason;
    return check;
  };
  std::map<std::string, std::int64_t> open_runs;  // run id -> line of its start
  std::string expected_prev = kGenesisHash;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const LogLine& line = lines[i];
    const std::int64_t k = line.number;
    if (!line.record && IsTornRecord(lines, i)) {
      check.warnings.push_back("line " + std::to_string(k) +
                               ": a record cut short by an interrupted write (the process was "
                               "killed or the machine stopped); the chain continues over it");
      expected_prev = Sha256Hex(line.bytes);
      continue;
    }
    if (!line.record || StringField(*line.record, "kind").empty())
      return fail(k, "not an audit record (not a JSON object with a \"kind\")");
    if (!SeqIs(*line.record, k))
      return fail(k, "record out of place: its \"seq\" is not " + std::to_string(k) +
                         " (a record was deleted, inserted or moved here)");
    if (StringField(*line.record, "prev") != expected_prev) {
      if (k == 1) return fail(1, "the first record's \"prev\" is not 64 zeros");
      return fail(k - 1, "record changed: its SHA-256 differs from the \"prev\" of line " +
                             std::to_string(k));
    }
    expected_prev = Sha256Hex(line.bytes);
    const std::string kind = StringField(*line.record, "kind");
    const std::string run = StringField(*line.record, "run");
    if (kind == "run-start") open_runs[run] = k;
    if (kind == "run-end") open_runs.erase(run);
  }
  for (const auto& [run, start_line] : open_runs)
    check.warnings.push_back("run " + run + " (line " + std::to_string(start_line) +
                             ") has no run-end record: interrupted, or still running");
  check.head = lines.empty() ? kGenesisHash : expected_prev;
  return check;
}

}  // namespace anonymiser::audit
