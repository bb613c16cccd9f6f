// `anonymise log verify|summary|export|report FILE`: reading the audit log.
#include <fstream>
#include <iostream>

#include "anonymiser/error.h"
#include "audit/log_export.h"
#include "audit/log_reader.h"
#include "audit/log_summary.h"
#include "cli/command.h"

namespace anonymiser::cli {

namespace {

class LogCommand : public Command {
 public:
  std::string name() const override { return "log"; }
  std::string summary() const override { return "check, summarise, export or report an audit log"; }
  std::string usage() const override {
    return "verify FILE\n"
           "       anonymise log summary FILE\n"
           "       anonymise log export FILE --csv [OUT.csv]\n"
           "       anonymise log report FILE --html OUT.html";
  }
  std::string description() const override {
    return "Every run appends to the case's audit log (by default <case file>.audit.jsonl): "
           "one record per run start and end, per document and per replacement. A "
           "replacement record holds the pseudonym and an HMAC-SHA256 of the original keyed "
           "with the case secret, never the original itself (unless the run was given "
           "--log-originals). Each record holds the SHA-256 of the record before it.\n\n"
           "verify: checks the hash chain and names the first line changed, deleted or moved; "
           "a run without an end record (interrupted) is a warning. Prints the SHA-256 of the "
           "last line: note it to protect the last record too.\n"
           "summary: counts per run, document, entity type and rule.\n"
           "export: one CSV row per replacement (to standard output, or OUT.csv).\n"
           "report: a self-contained HTML page with the summary tables and the replacements "
           "of each document.";
  }
  std::string footer() const override {
    return "Exit status: 0 done (verify: chain intact); 1 verify found the chain broken; 2 usage "
           "error or unreadable log.";
  }
  void DefineOptions(Poco::Util::OptionSet& o) override {
    o.addOption(Poco::Util::Option("csv", "", "export as CSV (to OUT.csv when given)")
                    .argument("OUT.csv", false));
    o.addOption(
        Poco::Util::Option("html", "", "report: the HTML file to write").argument("OUT.html"));
  }
  void HandleOption(const std::string& n, const std::string& v) override {
    if (n == "csv") {
      csv_ = true;
      csv_file_ = v;
    }
    if (n == "html") html_file_ = v;
  }
  int Execute(const std::vector<std::string>& args) override {
    if (args.empty())
      throw Error(ErrorCode::kUsage,
                  "say what to do: verify, summary, export or report (see --help)");
    const std::string& action = args[0];
    if (action != "verify" && action != "summary" && action != "export" && action != "report")
      throw Error(ErrorCode::kUsage,
                  "unknown action '" + action + "': use verify, summary, export or report");
    if (args.size() < 2) throw Error(ErrorCode::kUsage, "log " + action + ": no log FILE given");
    std::string out_file;
    if (action == "export") {
      if (!csv_) throw Error(ErrorCode::kUsage, "log export: say --csv");
      out_file = !csv_file_.empty() ? csv_file_ : args.size() > 2 ? args[2] : "";
    } else if (args.size() > 2) {
      throw Error(ErrorCode::kUsage, "log " + action + " takes one FILE");
    }
    const std::string file = args[1];
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
      throw Error(ErrorCode::kUsage, file + ": no such audit log");
    const auto lines = audit::ReadLog(file);
    if (action == "verify") {
      const auto check = audit::VerifyChain(lines);
      for (const auto& w : check.warnings) std::cout << "warning: " << w << "\n";
      if (!check.intact) {
        std::cout << file << ": chain BROKEN at " << check.reason << "\n";
        return 1;
      }
      std::cout << file << ": chain intact, " << check.records << " records; head " << check.head
                << "\n";
      return 0;
    }
    if (action == "summary") {
      audit::WriteSummaryText(audit::Summarise(lines), std::cout);
      return 0;
    }
    if (action == "export") {
      if (out_file.empty()) {
        audit::WriteReplacementsCsv(lines, std::cout);
      } else {
        std::ofstream out(out_file, std::ios::binary);
        if (!out) throw Error(ErrorCode::kOutput, out_file + ": cannot write");
        audit::WriteReplacementsCsv(lines, out);
        if (!out) throw Error(ErrorCode::kOutput, out_file + ": cannot write");
      }
      return 0;
    }
    if (html_file_.empty()) throw Error(ErrorCode::kUsage, "log report: say --html OUT.html");
    std::ofstream out(html_file_, std::ios::binary);
    if (!out) throw Error(ErrorCode::kOutput, html_file_ + ": cannot write");
    audit::WriteHtmlReport(lines, audit::Summarise(lines), audit::VerifyChain(lines), file, out);
    if (!out) throw Error(ErrorCode::kOutput, html_file_ + ": cannot write");
    std::cout << "wrote " << html_file_ << "\n";
    return 0;
  }

 private:
  bool csv_ = false;
  std::string csv_file_, html_file_;
};

}  // namespace

std::unique_ptr<Command> MakeLogCommand() { return std::make_unique<LogCommand>(); }

}  // namespace anonymiser::cli
