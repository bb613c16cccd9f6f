// Reading an audit log back and checking its hash chain.
#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace anonymiser::audit {

// One line of a log.
struct LogLine {
  std::int64_t number = 0;         // 1-based line number
  std::string bytes;               // the line without its newline
  Poco::JSON::Object::Ptr record;  // null when the line is not a JSON object
};

// Every line of the log at `path`. Throws Error(kInput) naming the file when
// it cannot be read.
std::vector<LogLine> ReadLog(const std::filesystem::path& path);

// The outcome of checking a log's chain.
struct ChainCheck {
  bool intact = true;
  std::int64_t broken_line = 0;       // the first record found changed, deleted or moved
  std::string reason;                 // why, naming the line
  std::vector<std::string> warnings;  // e.g. a run that started but never ended
  std::int64_t records = 0;
  std::string head;  // SHA-256 of the last line: keep it to protect the last record too
};

// Checks every line: it must be a JSON object with a "kind", its "seq" must
// be its line number, and its "prev" the SHA-256 of the line before (zeros
// on the first line). A changed line is reported by its own number (the next
// line's "prev" no longer matches it); a deleted, inserted or moved line by
// the number of the first line out of place. The last line of a log can only
// be checked against a `head` noted earlier. A run-start without a run-end
// (an interrupted run) is a warning, not a break. So is a torn record: a
// line that starts like a record but is cut short (the process was killed,
// or the machine stopped, during its write), when it is the last line or the
// next record's "prev" is its SHA-256 (the writer ends the partial line and
// chains to it). Any other line that is not a record breaks the chain.
ChainCheck VerifyChain(const std::vector<LogLine>& lines);

// A string field of `record`, or "" when missing or not a string.
std::string StringField(const Poco::JSON::Object& record, const std::string& name);

}  // namespace anonymiser::audit
