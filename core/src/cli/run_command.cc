// `anonymise run INPUT... -o OUTDIR`: anonymise files and folders.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "anonymiser/error.h"
#include "audit/run_audit.h"
#include "batch/input_walker.h"
#include "batch/parallel.h"
#include "case_store/case_store.h"
#include "cli/case_session.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/runtime.h"
#include "verify/leak_checker.h"

namespace anonymiser::cli {

namespace fs = std::filesystem;

namespace {

// Files are processed in windows of this many: analysed in parallel, linked
// in input order, written in parallel. Fixed, so outputs never depend on -j.
constexpr std::size_t kWindow = 32;

struct Job {
  InputFile input;
  fs::path output;
  enum class State { kPending, kDone, kFailed, kSkipped, kCopied } state = State::kPending;
  std::string message;
  AnalysedDocument doc;
  std::vector<std::vector<Mention>> spans;
  std::vector<Replacement> replacements;
  std::string output_sha256;
};

class RunCommand : public Command {
 public:
  std::string name() const override { return "run"; }
  std::string summary() const override { return "anonymise files and folders into an output folder"; }
  std::string usage() const override { return "INPUT... -o OUTDIR [options]"; }
  std::string description() const override {
    return "Anonymises each INPUT file, and every file below each INPUT folder, into OUTDIR "
           "under the same relative name (a PDF written as text gets .txt added). Inputs are "
           "never overwritten; OUTDIR may not lie inside an input folder. Every output is "
           "written to a temporary file and renamed when complete, so an output either exists "
           "whole or not at all. One bad file never stops the run: it is reported with its "
           "reason and the rest go on.";
  }
  std::string footer() const override {
    return "Examples:\n"
           "  anonymise run draft.docx -o out/\n"
           "  anonymise run reports/ -o published/ -j 4 --pdf-output pdf\n"
           "Exit status: 0 every input was written; 1 some inputs failed (the rest were "
           "written); 2 usage or configuration error.";
  }
  void DefineOptions(Poco::Util::OptionSet& o) override {
    o.addOption(Poco::Util::Option("output", "o", "the output folder (created if missing)")
                    .required(true)
                    .argument("OUTDIR"));
    o.addOption(Poco::Util::Option("unsupported", "", "files of a kind no plugin reads, found "
                                                      "in a folder: skip (default, reported), "
                                                      "copy unchanged, or fail")
                    .argument("skip|copy|fail"));
    o.addOption(Poco::Util::Option("quiet", "q", "print nothing but errors"));
    CommonOptions::Define(o, {"case", "plugins", "policy", "formats", "limits", "jobs"});
    DefineAuditOptions(o);
  }
  void HandleOption(const std::string& n, const std::string& v) override {
    if (n == "output") {
      output_dir_ = v;
    } else if (n == "unsupported") {
      if (v != "skip" && v != "copy" && v != "fail")
        throw Error(ErrorCode::kUsage, "--unsupported takes skip, copy or fail, not '" + v + "'");
      unsupported_ = v;
    } else if (n == "quiet") {
      quiet_ = true;
    } else if (HandleAuditOption(n, v)) {
    } else {
      options_.Handle(n, v);
    }
  }
  int Execute(const std::vector<std::string>& args) override;

 private:
  void ProcessWindow(std::vector<Job*>& window, CaseStore& store);
  fs::path OutputPathFor(const Job& job) const;

  // Audit log and leak check (core/src/audit, core/src/verify).
  void DefineAuditOptions(Poco::Util::OptionSet& o);
  bool HandleAuditOption(const std::string& n, const std::string& v);
  void StartAudit(const std::vector<InputFile>& files, CaseStore& store, const fs::path& case_file);
  void AuditWindow(const std::vector<Job*>& window);
  int FinishAudit(const std::vector<Job>& jobs, CaseStore& store, int status,
                  const std::map<std::string, std::size_t>& counts,
                  const std::map<std::string, std::size_t>& by_type);

  fs::path output_dir_;
  std::string unsupported_ = "skip";
  bool quiet_ = false;
  CommonOptions options_;
  std::unique_ptr<Runtime> runtime_;
  std::set<fs::path> inputs_;         // canonical paths of every input file
  std::set<fs::path> outputs_taken_;  // canonical paths of outputs assigned so far
  fs::path log_file_;                 // --log; empty: <case file>.audit.jsonl
  bool log_originals_ = false, no_log_ = false, verify_ = false;
  std::unique_ptr<audit::RunAudit> audit_;
};

fs::path RunCommand::OutputPathFor(const Job& job) const {
  fs::path rel = job.input.relative;
  const std::string out_ext = job.doc.document ? job.doc.document->output_extension() : "";
  std::string in_ext = rel.extension().string();
  if (!out_ext.empty() && out_ext != in_ext) rel += out_ext;  // a.pdf -> a.pdf.txt
  return output_dir_ / rel;
}

void RunCommand::ProcessWindow(std::vector<Job*>& window, CaseStore& store) {
  Pipeline& pipeline = runtime_->pipeline();
  const int jobs = runtime_->jobs();
  // 1-3: read, detect, resolve (parallel).
  ParallelFor(window.size(), jobs, [&](std::size_t i) {
    Job& job = *window[i];
    try {
      job.doc = pipeline.Analyse(job.input.path);
      job.output = OutputPathFor(job);
    } catch (const Error& e) {
      job.state = Job::State::kFailed;
      job.message = e.what();
      if (e.code() == ErrorCode::kUnsupported && !job.input.named) {
        const bool no_plugin = !pipeline.formats().HandlesExtension(job.input.path);
        if (no_plugin && unsupported_ == "skip") {
          job.state = Job::State::kSkipped;
        } else if (no_plugin && unsupported_ == "copy") {
          job.state = Job::State::kCopied;
        }
      }
    } catch (const std::exception& e) {
      job.state = Job::State::kFailed;
      job.message = job.input.path.string() + ": " + e.what();
    }
  });
  // Output names, in input order: never an input, never two inputs to one output.
  for (Job* job : window) {
    if (job->state != Job::State::kPending) continue;
    std::error_code ec;
    const fs::path canon = fs::weakly_canonical(fs::absolute(job->output), ec);
    if (inputs_.count(canon)) {
      job->state = Job::State::kFailed;
      job->message = job->input.path.string() + ": its output " + job->output.string() +
                     " would overwrite an input; choose another output folder";
    } else if (!outputs_taken_.insert(canon).second) {
      job->state = Job::State::kFailed;
      job->message = job->input.path.string() + ": another input already writes " +
                     job->output.string() + "; rename one of them";
    }
  }
  // 4: link, in input order, as one transaction of the case.
  store.Update([&](CaseState& state) {
    for (Job* job : window) {
      if (job->state != Job::State::kPending) continue;
      pipeline.Link(job->doc.document->units(), job->doc.mentions, state);
    }
  });
  CaseSnapshot snapshot(store.Load());
  // 5-6: complete, render and write (parallel).
  ParallelFor(window.size(), jobs, [&](std::size_t i) {
    Job& job = *window[i];
    try {
      if (job.state == Job::State::kCopied) {
        job.output = output_dir_ / job.input.relative;
        fs::create_directories(job.output.parent_path());
        fs::copy_file(job.input.path, job.output, fs::copy_options::overwrite_existing);
        return;
      }
      if (job.state != Job::State::kPending) return;
      const auto& units = job.doc.document->units();
      job.spans = pipeline.Complete(units, job.doc.mentions, snapshot);
      job.replacements = pipeline.Render(units, job.spans, snapshot);
      job.output_sha256 = pipeline.Write(job.doc, job.replacements, job.output);
      job.state = Job::State::kDone;
    } catch (const Error& e) {
      job.state = Job::State::kFailed;
      job.message = e.what();
    } catch (const std::exception& e) {
      job.state = Job::State::kFailed;
      job.message = job.input.path.string() + ": " + e.what();
    }
  });
  // The documents of the case, with content hashes.
  store.Update([&](CaseState& state) {
    for (Job* job : window) {
      if (job->state != Job::State::kDone) continue;
      auto& rec = state.documents[job->input.path.string()];
      rec = DocumentRecord{job->input.path.string(), job->doc.input_sha256, job->output_sha256,
                           job->output.string(), true};
    }
  });
  if (audit_) AuditWindow(window);  // in input order, whatever -j is
  // Free the window's documents: memory stays bounded by the window.
  for (Job* job : window) {
    job->doc.document.reset();
    job->doc.mentions.clear();
    job->spans.clear();
  }
}

int RunCommand::Execute(const std::vector<std::string>& args) {
  if (args.empty())
    throw Error(ErrorCode::kUsage, "anonymise run: no INPUT given (see anonymise run --help)");
  std::vector<fs::path> inputs(args.begin(), args.end());
  std::vector<std::string> skipped;
  const auto files = CollectInputs(inputs, output_dir_, skipped);
  runtime_ = std::make_unique<Runtime>(options_);

  std::error_code ec;
  fs::create_directories(output_dir_, ec);
  if (ec || !fs::is_directory(output_dir_))
    throw Error(ErrorCode::kUsage, output_dir_.string() + ": cannot create the output folder" +
                                       (ec ? ": " + ec.message() : ""));

  for (const auto& f : files) inputs_.insert(fs::weakly_canonical(fs::absolute(f.path), ec));

  const fs::path case_file =
      options_.case_file.empty() ? output_dir_ / "case.anoncase" : options_.case_file;
  auto store = OpenCase(options_, case_file);
  StartAudit(files, *store, case_file);
  std::vector<Job> jobs(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) jobs[i].input = files[i];

  for (std::size_t start = 0; start < jobs.size(); start += kWindow) {
    std::vector<Job*> window;
    for (std::size_t i = start; i < std::min(jobs.size(), start + kWindow); ++i)
      window.push_back(&jobs[i]);
    ProcessWindow(window, *store);
  }

  std::size_t done = 0, failed = 0, skipped_n = 0, copied = 0;
  std::map<std::string, std::size_t> by_type;
  for (auto& job : jobs) {
    switch (job.state) {
      case Job::State::kDone:
        ++done;
        for (const auto& r : job.replacements) ++by_type[r.mention.type];
        if (!quiet_)
          std::cout << job.input.path.string() << " -> " << job.output.string() << " ("
                    << job.replacements.size() << " replacements)\n";
        break;
      case Job::State::kFailed:
        ++failed;
        std::cerr << "error: " << job.message << "\n";
        break;
      case Job::State::kSkipped:
        ++skipped_n;
        skipped.push_back(job.input.path.string() + ": no plugin reads this kind of file");
        break;
      case Job::State::kCopied:
        ++copied;
        break;
      case Job::State::kPending:
        break;
    }
  }
  if (!quiet_) {
    for (const auto& s : skipped) std::cout << "skipped: " << s << "\n";
    std::cout << "\n" << done << " written, " << failed << " failed, " << skipped_n
              << " skipped, " << copied << " copied unchanged\n";
    for (const auto& [type, n] : by_type) std::cout << "  " << type << ": " << n << "\n";
  }
  return FinishAudit(jobs, *store, failed > 0 ? 1 : 0,
                     {{"written", done}, {"failed", failed}, {"skipped", skipped_n},
                      {"copied", copied}},
                     by_type);
}

// ---- Audit log and leak check -------------------------------------------

void RunCommand::DefineAuditOptions(Poco::Util::OptionSet& o) {
  o.addOption(Poco::Util::Option("log", "", "the audit log to append to (default: the case "
                                            "file's path + .audit.jsonl)")
                  .argument("FILE"));
  o.addOption(Poco::Util::Option("log-originals", "", "also write each original into the audit "
                                                      "log (the log then identifies people)"));
  o.addOption(Poco::Util::Option("verify", "", "run the leak check (anonymise verify) on the "
                                               "outputs; exit 1 if any original is found"));
  o.addOption(Poco::Util::Option("no-log", "", "write no audit log (for measurements only)"));
}

bool RunCommand::HandleAuditOption(const std::string& n, const std::string& v) {
  if (n == "log") log_file_ = v;
  else if (n == "log-originals") log_originals_ = true;
  else if (n == "verify") verify_ = true;
  else if (n == "no-log") no_log_ = true;
  else return false;
  return true;
}

void RunCommand::StartAudit(const std::vector<InputFile>& files, CaseStore& store,
                            const fs::path& case_file) {
  if (no_log_) return;
  const fs::path log = log_file_.empty() ? fs::path(case_file.string() + ".audit.jsonl") : log_file_;
  audit_ = std::make_unique<audit::RunAudit>(log, store.Load().secret, log_originals_);
  audit::RunStart start;
  for (const auto& p : runtime_->registry().loaded())
    start.plugins.emplace_back(p.info.name, p.info.version);
  start.configuration = audit::ConfigurationJson(runtime_->pipeline().policy(), options_.settings,
                                                 options_.styles, options_.case_policies);
  for (const auto& f : files) start.inputs.push_back(f.path.string());
  start.output_dir = output_dir_.string();
  start.case_file = case_file.string();
  audit_->Start(start);
}

void RunCommand::AuditWindow(const std::vector<Job*>& window) {
  for (const Job* job : window) {
    if (job->state != Job::State::kDone) continue;
    audit_->Document(audit::AuditedDocument{
        job->input.path.string(), job->output.string(), job->doc.input_sha256,
        job->output_sha256, job->doc.format, &job->doc.document->units(), &job->replacements});
  }
}

int RunCommand::FinishAudit(const std::vector<Job>& jobs, CaseStore& store, int status,
                            const std::map<std::string, std::size_t>& counts,
                            const std::map<std::string, std::size_t>& by_type) {
  std::vector<std::string> outputs, failures;
  for (const auto& job : jobs) {
    if (job.state == Job::State::kDone || job.state == Job::State::kCopied)
      outputs.push_back(job.output.string());
    if (job.state == Job::State::kFailed) failures.push_back(job.message);
  }
  std::size_t leaks = 0;
  if (verify_) {
    const verify::LeakChecker checker(store.Load());
    std::vector<std::vector<std::string>> found(outputs.size());  // per output, in order
    ParallelFor(outputs.size(), runtime_->jobs(), [&](std::size_t i) {
      try {
        for (const auto& hit : checker.CheckFile(outputs[i]))
          found[i].push_back("leak: " + checker.Describe(hit, false));
      } catch (const std::exception& e) {
        found[i].push_back(std::string("leak check: ") + e.what());
      }
    });
    for (const auto& lines : found) {
      for (const auto& line : lines) std::cerr << line << "\n";
      leaks += lines.size();
    }
    if (leaks > 0) {
      std::cerr << "anonymise run --verify: " << leaks
                << " original identifiers found in the outputs (or outputs not checkable); "
                   "do not publish them\n";
      status = 1;
    } else if (!quiet_) {
      std::cout << "leak check: no original identifier found in " << outputs.size()
                << " outputs\n";
    }
  }
  if (audit_) {
    audit::RunEnd end;
    end.exit_status = status;
    end.outputs = std::move(outputs);
    end.failures = std::move(failures);
    for (const auto& [k, n] : counts) end.counts[k] = static_cast<std::int64_t>(n);
    if (verify_) end.counts["leaks"] = static_cast<std::int64_t>(leaks);
    for (const auto& [k, n] : by_type) end.replacements_by_type[k] = static_cast<std::int64_t>(n);
    audit_->End(end);
  }
  return status;
}

}  // namespace

std::unique_ptr<Command> MakeRunCommand() { return std::make_unique<RunCommand>(); }

}  // namespace anonymiser::cli
