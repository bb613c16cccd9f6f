// Writing an audit log for people: a CSV of the replacements and an HTML report.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "audit/log_reader.h"
#include "audit/log_summary.h"

namespace anonymiser::audit {

// One CSV row per replacement record (header first): seq, run, time,
// document, part, location, unit, begin, end, type, plugin, rule, score,
// pseudonym, hmac, and original (empty unless the run logged originals).
void WriteReplacementsCsv(const std::vector<LogLine>& lines, std::ostream& out);

// A self-contained HTML page (no external resources): the chain check, the
// summary tables and, per document, its replacements. Everything taken from
// the log is HTML-escaped.
void WriteHtmlReport(const std::vector<LogLine>& lines, const LogSummary& summary,
                     const ChainCheck& check, const std::string& title, std::ostream& out);

// `s` with &, <, >, " and ' escaped for HTML.
std::string HtmlEscape(const std::string& s);

}  // namespace anonymiser::audit
