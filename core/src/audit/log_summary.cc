#include "audit/log_summary.h"

#include <Poco/JSON/Array.h>

#include <iomanip>

namespace anonymiser::audit {

namespace {

std::int64_t IntField(const Poco::JSON::Object& r, const std::string& name) {
  try {
    return r.has(name) ? r.get(name).convert<std::int64_t>() : 0;
  } catch (const Poco::Exception&) {
    return 0;
  }
}

}  // namespace

LogSummary Summarise(const std::vector<LogLine>& lines) {
  LogSummary s;
  std::map<std::string, std::size_t> run_index;
  auto run_for = [&](const std::string& id) -> RunSummary& {
    auto it = run_index.find(id);
    if (it == run_index.end()) {
      it = run_index.emplace(id, s.runs.size()).first;
      s.runs.push_back(RunSummary{});
      s.runs.back().id = id;
    }
    return s.runs[it->second];
  };
  for (const auto& line : lines) {
    if (!line.record) continue;
    const auto& r = *line.record;
    const std::string kind = StringField(r, "kind");
    const std::string run = StringField(r, "run");
    if (kind == "run-start") {
      RunSummary& rs = run_for(run);
      rs.start = StringField(r, "start");
      rs.user = StringField(r, "user");
      rs.host = StringField(r, "host");
      rs.tool_version = StringField(r, "tool_version");
    } else if (kind == "run-end") {
      RunSummary& rs = run_for(run);
      rs.end = StringField(r, "end");
      rs.exit_status = std::to_string(IntField(r, "exit_status"));
    } else if (kind == "document") {
      ++run_for(run).documents;
      DocumentSummary d;
      d.run = run;
      d.input = StringField(r, "input");
      d.output = StringField(r, "output");
      d.format = StringField(r, "format");
      d.input_sha256 = StringField(r, "input_sha256");
      d.output_sha256 = StringField(r, "output_sha256");
      if (r.has("parts")) {
        if (auto parts = r.getArray("parts"))
          for (std::size_t i = 0; i < parts->size(); ++i)
            d.parts.push_back(parts->getElement<std::string>(i));
      }
      s.documents.push_back(std::move(d));
    } else if (kind == "replacement") {
      ++run_for(run).replacements;
      ++s.replacements;
      const std::string type = StringField(r, "type");
      ++s.by_type[type];
      ++s.by_rule[StringField(r, "plugin") + "/" + StringField(r, "rule")];
      // Count against the latest document record of this run with this input.
      const std::string doc = StringField(r, "document");
      for (auto it = s.documents.rbegin(); it != s.documents.rend(); ++it) {
        if (it->input == doc && it->run == run) {
          ++it->replacements;
          ++it->by_type[type];
          break;
        }
      }
    }
  }
  return s;
}

void WriteSummaryText(const LogSummary& s, std::ostream& out) {
  out << "Runs: " << s.runs.size() << "\n";
  for (const auto& r : s.runs)
    out << "  " << r.id << "  " << (r.start.empty() ? "?" : r.start) << " .. "
        << (r.end.empty() ? "(no end: interrupted)" : r.end) << "  user " << r.user << "@" << r.host
        << "  documents " << r.documents << "  replacements " << r.replacements << "  exit "
        << (r.exit_status.empty() ? "-" : r.exit_status) << "\n";
  out << "\nDocuments: " << s.documents.size() << "\n";
  for (const auto& d : s.documents) {
    out << "  " << d.input << " (" << d.format << "): " << d.replacements << " replacements";
    for (const auto& [type, n] : d.by_type) out << ", " << type << " " << n;
    out << "\n";
  }
  out << "\nBy type: " << s.replacements << " replacements\n";
  for (const auto& [type, n] : s.by_type)
    out << "  " << std::left << std::setw(24) << type << n << "\n";
  out << "\nBy rule (plugin/rule):\n";
  for (const auto& [rule, n] : s.by_rule)
    out << "  " << std::left << std::setw(48) << rule << n << "\n";
}

}  // namespace anonymiser::audit
