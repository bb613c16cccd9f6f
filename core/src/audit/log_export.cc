#include "audit/log_export.h"

#include <map>

#include "case_store/csv_reader.h"

namespace anonymiser::audit {

namespace {

std::string FieldText(const Poco::JSON::Object& r, const std::string& name) {
  if (!r.has(name)) return "";
  try {
    return r.get(name).convert<std::string>();
  } catch (const Poco::Exception&) {
    return "";
  }
}

const char* const kCsvColumns[] = {"seq",   "run",       "time", "document", "part",   "location",
                                   "unit",  "begin",     "end",  "type",     "plugin", "rule",
                                   "score", "pseudonym", "hmac", "original"};

}  // namespace

std::string HtmlEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void WriteReplacementsCsv(const std::vector<LogLine>& lines, std::ostream& out) {
  bool first = true;
  for (const char* c : kCsvColumns) {
    out << (first ? "" : ",") << c;
    first = false;
  }
  out << "\n";
  for (const auto& line : lines) {
    if (!line.record || StringField(*line.record, "kind") != "replacement") continue;
    first = true;
    for (const char* c : kCsvColumns) {
      out << (first ? "" : ",") << CsvField(FieldText(*line.record, c));
      first = false;
    }
    out << "\n";
  }
}

void WriteHtmlReport(const std::vector<LogLine>& lines, const LogSummary& s,
                     const ChainCheck& check, const std::string& title, std::ostream& out) {
  const auto E = HtmlEscape;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Audit report: "
      << E(title) << "</title>\n<style>body{font-family:sans-serif;margin:2em}"
      << "table{border-collapse:collapse;margin:0.5em 0 1.5em}"
      << "td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
      << "th{background:#eee}.bad{color:#b00}.ok{color:#070}code{font-size:90%}</style>\n"
      << "</head><body>\n<h1>Audit report</h1>\n<p>Log: <code>" << E(title) << "</code></p>\n";
  if (check.intact)
    out << "<p class=\"ok\">Hash chain intact: " << check.records << " records. Head: <code>"
        << E(check.head) << "</code></p>\n";
  else
    out << "<p class=\"bad\">Hash chain BROKEN: " << E(check.reason) << "</p>\n";
  for (const auto& w : check.warnings) out << "<p class=\"bad\">Warning: " << E(w) << "</p>\n";

  out << "<h2>Runs</h2>\n<table><tr><th>run</th><th>start</th><th>end</th><th>user</th>"
         "<th>host</th><th>version</th><th>documents</th><th>replacements</th><th>exit</th></tr>\n";
  for (const auto& r : s.runs)
    out << "<tr><td><code>" << E(r.id) << "</code></td><td>" << E(r.start) << "</td><td>"
        << (r.end.empty() ? "interrupted" : E(r.end)) << "</td><td>" << E(r.user) << "</td><td>"
        << E(r.host) << "</td><td>" << E(r.tool_version) << "</td><td>" << r.documents
        << "</td><td>" << r.replacements << "</td><td>" << E(r.exit_status) << "</td></tr>\n";
  out << "</table>\n<h2>Replacements by entity "
         "type</h2>\n<table><tr><th>type</th><th>count</th></tr>\n";
  for (const auto& [type, n] : s.by_type)
    out << "<tr><td>" << E(type) << "</td><td>" << n << "</td></tr>\n";
  out << "<tr><th>total</th><th>" << s.replacements << "</th></tr></table>\n";
  out << "<h2>Replacements by rule</h2>\n<table><tr><th>plugin/rule</th><th>count</th></tr>\n";
  for (const auto& [rule, n] : s.by_rule)
    out << "<tr><td>" << E(rule) << "</td><td>" << n << "</td></tr>\n";
  out << "</table>\n<h2>Documents</h2>\n<table><tr><th>input</th><th>output</th><th>format</th>"
         "<th>parts</th><th>replacements</th><th>by type</th></tr>\n";
  for (const auto& d : s.documents) {
    std::string parts, types;
    for (const auto& p : d.parts) parts += (parts.empty() ? "" : ", ") + p;
    for (const auto& [t, n] : d.by_type)
      types += (types.empty() ? "" : ", ") + t + " " + std::to_string(n);
    out << "<tr><td>" << E(d.input) << "</td><td>" << E(d.output) << "</td><td>" << E(d.format)
        << "</td><td>" << E(parts) << "</td><td>" << d.replacements << "</td><td>" << E(types)
        << "</td></tr>\n";
  }
  out << "</table>\n";

  // Per document: its replacements, in log order.
  std::string current_key;
  bool open = false;
  for (const auto& line : lines) {
    if (!line.record) continue;
    const auto& r = *line.record;
    const std::string kind = StringField(r, "kind");
    if (kind == "document") {
      if (open) out << "</table>\n";
      out << "<h3>" << E(StringField(r, "input")) << "</h3>\n<p>run <code>"
          << E(StringField(r, "run")) << "</code>; input SHA-256 <code>"
          << E(StringField(r, "input_sha256")) << "</code>; output <code>"
          << E(StringField(r, "output")) << "</code> SHA-256 <code>"
          << E(StringField(r, "output_sha256")) << "</code></p>\n"
          << "<table><tr><th>line</th><th>part</th><th>location</th><th>offsets</th><th>type</th>"
             "<th>plugin/rule</th><th>score</th><th>pseudonym</th></tr>\n";
      open = true;
    } else if (kind == "replacement" && open) {
      out << "<tr><td>" << line.number << "</td><td>" << E(FieldText(r, "part")) << "</td><td>"
          << E(FieldText(r, "location")) << "</td><td>" << E(FieldText(r, "begin")) << "-"
          << E(FieldText(r, "end")) << "</td><td>" << E(FieldText(r, "type")) << "</td><td>"
          << E(FieldText(r, "plugin") + "/" + FieldText(r, "rule")) << "</td><td>"
          << E(FieldText(r, "score")) << "</td><td>" << E(FieldText(r, "pseudonym"))
          << "</td></tr>\n";
    }
  }
  if (open) out << "</table>\n";
  out << "</body></html>\n";
}

}  // namespace anonymiser::audit
