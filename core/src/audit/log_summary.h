// Counting what an audit log records: per run, document, entity type and rule.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "audit/log_reader.h"

namespace anonymiser::audit {

struct RunSummary {
  std::string id;
  std::string start, end;  // end is "" for an interrupted run
  std::string user, host, tool_version;
  std::string exit_status;  // "" for an interrupted run
  std::int64_t documents = 0;
  std::int64_t replacements = 0;
};

struct DocumentSummary {
  std::string run;
  std::string input, output, format;
  std::string input_sha256, output_sha256;
  std::vector<std::string> parts;
  std::int64_t replacements = 0;
  std::map<std::string, std::int64_t> by_type;
};

struct LogSummary {
  std::vector<RunSummary> runs;            // in log order
  std::vector<DocumentSummary> documents;  // in log order
  std::map<std::string, std::int64_t> by_type;
  std::map<std::string, std::int64_t> by_rule;  // "plugin/rule"
  std::int64_t replacements = 0;
};

// Counts the records of `lines` (lines that are not records are ignored).
LogSummary Summarise(const std::vector<LogLine>& lines);

// Writes `summary` as plain-text tables.
void WriteSummaryText(const LogSummary& summary, std::ostream& out);

}  // namespace anonymiser::audit
