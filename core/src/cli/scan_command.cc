// `anonymise scan INPUT... --case FILE`: the author's review step.
#include <iostream>

#include "anonymiser/error.h"
#include "batch/input_walker.h"
#include "cli/case_session.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/runtime.h"
#include "review/scan_report.h"

namespace anonymiser::cli {

namespace fs = std::filesystem;

namespace {

class ScanCommand : public Command {
 public:
  std::string name() const override { return "scan"; }
  std::string summary() const override {
    return "list every identifier found, for the author to review before a run";
  }
  std::string usage() const override { return "INPUT... --case FILE [-o REPORT_DIR] [options]"; }
  std::string description() const override {
    return "Finds the identifiers in the inputs exactly as `run` would, adds them to the case "
           "(so their pseudonyms are fixed), and writes scan-report.html and scan-report.csv: "
           "every entity with each spelling found, how often, its pseudonym, which rule found "
           "it, and one line of context. Nothing is anonymised. The review loop: scan, add "
           "misses to a known-identities CSV (--known) and false alarms to a keep list "
           "(--keep), scan again, then run. Scanning the same inputs with the same case again "
           "gives the same report. The report holds the originals: keep it with the case "
           "file, not with what you publish.";
  }
  void DefineOptions(Poco::Util::OptionSet& o) override {
    o.addOption(Poco::Util::Option("output", "o",
                                   "folder for the reports (default: the case "
                                   "file's folder)")
                    .argument("REPORT_DIR"));
    CommonOptions::Define(o, {"case", "plugins", "policy", "formats", "limits"});
  }
  void HandleOption(const std::string& n, const std::string& v) override {
    if (n == "output")
      report_dir_ = v;
    else
      options_.Handle(n, v);
  }
  int Execute(const std::vector<std::string>& args) override {
    if (args.empty()) throw Error(ErrorCode::kUsage, "no INPUT given (see anonymise scan --help)");
    if (options_.case_file.empty())
      throw Error(ErrorCode::kUsage, "scan needs --case FILE: the case the pseudonyms belong to");
    std::vector<std::string> skipped;
    fs::path dir = report_dir_.empty() ? options_.case_file.parent_path() : report_dir_;
    if (dir.empty()) dir = ".";
    const auto files = CollectInputs({args.begin(), args.end()}, dir / ".scan-none", skipped);
    Runtime runtime(options_);
    auto store = OpenCase(options_, options_.case_file);
    Pipeline& pipeline = runtime.pipeline();
    ScanReport report;
    int failed = 0;
    for (const auto& f : files) {
      try {
        AnalysedDocument doc = pipeline.Analyse(f.path);
        store->Update([&](CaseState& s) { pipeline.Link(doc.document->units(), doc.mentions, s); });
        CaseSnapshot snapshot = pipeline.Snapshot(store->Load());
        const auto& units = doc.document->units();
        auto spans = pipeline.Complete(units, doc.mentions, snapshot);
        std::map<std::pair<std::size_t, std::size_t>, std::string> texts;
        for (const auto& r : pipeline.Render(units, spans, snapshot))
          texts[{r.edit.unit, r.mention_begin}] = r.edit.text;
        report.Add(f.path.string(), units, spans, texts, snapshot.state);
      } catch (const Error& e) {
        if (e.code() == ErrorCode::kUnsupported && !f.named) continue;
        std::cerr << "error: " << e.what() << "\n";
        ++failed;
      }
    }
    fs::create_directories(dir);
    report.WriteHtml(dir / "scan-report.html");
    report.WriteCsv(dir / "scan-report.csv");
    std::cout << report.rows() << " entity spellings in " << files.size()
              << " files; report: " << (dir / "scan-report.html").string()
              << " and scan-report.csv\n";
    return failed > 0 ? 1 : 0;
  }

 private:
  fs::path report_dir_;
  CommonOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakeScanCommand() { return std::make_unique<ScanCommand>(); }

}  // namespace anonymiser::cli
