#include "review/scan_report.h"

#include <Poco/String.h>

#include <fstream>

#include "anonymiser/error.h"
#include "case_store/csv_reader.h"
#include "link/linker.h"

namespace anonymiser {

namespace {

// Up to ~60 bytes either side of [b, e) on character boundaries, one line,
// with the mention in [[ ]].
std::string ContextLine(const std::string& t, std::size_t b, std::size_t e) {
  auto boundary_back = [&](std::size_t i) {
    while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;
    return i;
  };
  std::size_t from = b > 60 ? boundary_back(b - 60) : 0;
  std::size_t to = std::min(t.size(), e + 60);
  while (to < t.size() && (static_cast<unsigned char>(t[to]) & 0xC0) == 0x80) ++to;
  std::string s = (from > 0 ? "…" : "") + t.substr(from, b - from) + "[[" + t.substr(b, e - b) +
                  "]]" + t.substr(e, to - e) + (to < t.size() ? "…" : "");
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
  return s;
}

std::string Html(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string Join(const std::set<std::string>& s) {
  std::string out;
  for (const auto& x : s) out += (out.empty() ? "" : "; ") + x;
  return out;
}

}  // namespace

void ScanReport::Add(const std::string& document, const std::vector<TextUnit>& units,
                     const std::vector<std::vector<Mention>>& spans,
                     const std::map<std::pair<std::size_t, std::size_t>, std::string>& replacements,
                     const CaseState& state) {
  for (std::size_t u = 0; u < spans.size(); ++u) {
    for (const auto& m : spans[u]) {
      auto rep = replacements.find({u, m.begin});
      if (rep == replacements.end()) continue;  // kept spans and no-op replacements
      std::string pseudonym = rep->second;
      bool known = false;
      if (auto id = m.attributes.find(kEntityAttribute); id != m.attributes.end()) {
        if (const Entity* e = state.FindEntity(std::stoll(id->second))) {
          pseudonym = e->pseudonym;
          known = e->known;
        }
      }
      const std::string spelling = units[u].text.substr(m.begin, m.end - m.begin);
      Row& row = rows_[{pseudonym, spelling}];
      if (row.count == 0) {
        row.pseudonym = pseudonym;
        row.type = m.type;
        row.spelling = spelling;
        row.context = ContextLine(units[u].text, m.begin, m.end);
        row.known = known;
      }
      ++row.count;
      row.rules.insert(m.plugin + ":" + m.rule);
      row.documents.insert(document);
    }
  }
}

void ScanReport::WriteCsv(const std::filesystem::path& file) const {
  std::ofstream out(file, std::ios::binary);
  if (!out) throw Error(ErrorCode::kOutput, file.string() + ": cannot write the report");
  out << "pseudonym,type,given_by_user,spelling,count,rules,documents,context\n";
  for (const auto& [key, r] : rows_)
    out << CsvField(r.pseudonym) << "," << r.type << "," << (r.known ? "yes" : "no") << ","
        << CsvField(r.spelling) << "," << r.count << "," << CsvField(Join(r.rules)) << ","
        << CsvField(Join(r.documents)) << "," << CsvField(r.context) << "\n";
  if (!out) throw Error(ErrorCode::kOutput, file.string() + ": write failed");
}

void ScanReport::WriteHtml(const std::filesystem::path& file) const {
  std::ofstream out(file, std::ios::binary);
  if (!out) throw Error(ErrorCode::kOutput, file.string() + ": cannot write the report");
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<title>Anonymiser scan report</title><style>body{font-family:sans-serif;margin:2em}"
         "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;"
         "vertical-align:top}th{background:#eee}mark{background:#fd6}.known{color:#060}"
         "</style></head><body>\n<h1>Scan report</h1>\n<p><strong>Contains the original "
         "identifiers: for the author's review only, never for publication.</strong> Add what "
         "was missed to the known-identities CSV (<code>--known</code>) and what is not an "
         "identifier to the keep list (<code>--keep</code>), then scan or run again.</p>\n"
         "<table><tr><th>pseudonym</th><th>type</th><th>spelling</th><th>count</th>"
         "<th>found by</th><th>documents</th><th>context</th></tr>\n";
  for (const auto& [key, r] : rows_) {
    std::string ctx = Html(r.context);
    ctx = Poco::replace(Poco::replace(ctx, "[[", "<mark>"), "]]", "</mark>");
    out << "<tr><td" << (r.known ? " class=\"known\" title=\"given by you\"" : "") << ">"
        << Html(r.pseudonym) << "</td><td>" << Html(r.type) << "</td><td>" << Html(r.spelling)
        << "</td><td>" << r.count << "</td><td>" << Html(Join(r.rules)) << "</td><td>"
        << Html(Join(r.documents)) << "</td><td>" << ctx << "</td></tr>\n";
  }
  out << "</table>\n<p>" << rows_.size() << " rows.</p></body></html>\n";
  if (!out) throw Error(ErrorCode::kOutput, file.string() + ": write failed");
}

}  // namespace anonymiser
