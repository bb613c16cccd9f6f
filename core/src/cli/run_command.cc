// `anonymise run INPUT... -o OUTDIR`: anonymise files and folders.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "anonymiser/error.h"
#include "audit/digest.h"
#include "audit/run_audit.h"
#include "batch/batch_summary.h"
#include "batch/input_walker.h"
#include "batch/parallel.h"
#include "batch/path_set.h"
#include "batch/progress.h"
#include "batch/stop_signal.h"
#include "batch/string_spool.h"
#include "case_store/case_store.h"
#include "cli/case_session.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/runtime.h"
#include "pipeline/time_budget.h"
#include "pseudonymise/path_renamer.h"
#include "verify/leak_checker.h"
#include "write/atomic_output.h"

namespace anonymiser::cli {

namespace fs = std::filesystem;

namespace {

// Files are processed in windows of this many: analysed in parallel, linked
// in input order, written in parallel, and recorded in the case as one
// transaction. Fixed, and counted over the whole input list (files skipped as
// unchanged keep their place), so outputs never depend on -j or on where an
// earlier run was interrupted.
constexpr std::size_t kWindow = 32;
// Documents with more replacements than this make their log records while the
// log is written (bounded memory) rather than ahead on the worker threads.
constexpr std::size_t kPreparedRecordsLimit = 50000;

// Thrown inside the window's case transaction to roll it back when the run is
// interrupted before every file of the window is finished.
struct WindowAbandoned {};

// An input file, compactly: a batch holds one per file for the whole run
// (std::filesystem::path keeps each path's components too, several times the
// size of the string).
struct BatchInput {
  std::string path;
  std::string relative;
  bool named = false;
  std::uint64_t size = 0;
};

struct Job {
  InputFile input;
  std::uint64_t size = 0;
  fs::path output;
  enum class State {
    kPending,
    kDone,
    kFailed,
    kUnsupported,
    kCopied,
    kUnchanged,
    kAbandoned
  } state = State::kPending;
  std::string message;
  std::optional<DocumentRecord> recorded;  // what the case holds for this input, if anything
  std::optional<TimeBudget> budget;
  AnalysedDocument doc;
  PathRenamer::Analysed name;  // the output's relative path, found like text
  Replacements replacements;
  audit::PreparedRecords audit_records;  // the replacements' log records, made in parallel
  std::string output_sha256;
};

class RunCommand : public Command {
 public:
  std::string name() const override { return "run"; }
  std::string summary() const override {
    return "anonymise files and folders into an output folder";
  }
  std::string usage() const override { return "INPUT... -o OUTDIR [options]"; }
  std::string description() const override {
    return "Anonymises each INPUT file, and every file below each INPUT folder, into OUTDIR "
           "under the same relative name with its identifiers replaced too (\"Okafor "
           "assessment.docx\" -> \"Person A assessment.docx\"; --keep-file-names keeps names "
           "as they are; a PDF written as text gets .txt added). Inputs are "
           "never overwritten; OUTDIR may not lie inside an input folder. Every output is "
           "written to a temporary file and renamed when complete, so an output either exists "
           "whole or not at all. One bad file never stops the run: it is reported with its "
           "reason and the rest go on.\n"
           "Batches: progress (files done/total, MB/s, ETA, failures) goes to standard error, "
           "on one redrawn line on a terminal, as a plain line every tenth of the files (or "
           "30 s) otherwise. Re-running the same command skips every file whose input and "
           "output are unchanged since the case recorded them (\"unchanged\") and redoes the "
           "rest, with outputs identical to an uninterrupted run; Ctrl-C (or SIGTERM) stops "
           "after the files in flight, prints the summary and exits with 130 (143). Outputs "
           "are the same whatever -j is.";
  }
  std::string footer() const override {
    return "Examples:\n"
           "  anonymise run draft.docx -o out/\n"
           "  anonymise run reports/ -o published/ -j 4 --pdf-output pdf\n"
           "  anonymise run letters/ -o out/ --summary out/summary.json --timeout 60\n"
           "Exit status: 0 every input was written (or was unchanged); 1 some inputs failed "
           "(the rest were written); 2 usage or configuration error; 130 interrupted by "
           "Ctrl-C (143 by SIGTERM).";
  }
  void DefineOptions(Poco::Util::OptionSet& o) override {
    o.addOption(Poco::Util::Option("output", "o", "the output folder (created if missing)")
                    .required(true)
                    .argument("OUTDIR"));
    o.addOption(Poco::Util::Option("unsupported", "",
                                   "files of a kind no plugin reads, found "
                                   "in a folder: skip (default, reported), "
                                   "copy unchanged, or fail")
                    .argument("skip|copy|fail"));
    o.addOption(Poco::Util::Option("summary", "",
                                   "also write the summary as JSON to FILE "
                                   "(atomically; fields in README.md, Batch)")
                    .argument("FILE.json"));
    o.addOption(Poco::Util::Option("keep-file-names", "",
                                   "name outputs exactly as their inputs (by default names in "
                                   "file and folder names are replaced like the text)"));
    o.addOption(Poco::Util::Option("quiet", "q",
                                   "print nothing but errors (no progress, no "
                                   "summary)"));
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
    } else if (n == "summary") {
      summary_file_ = v;
    } else if (n == "quiet") {
      quiet_ = true;
    } else if (n == "keep-file-names") {
      keep_file_names_ = true;
    } else if (HandleAuditOption(n, v)) {
    } else {
      options_.Handle(n, v);
    }
  }
  int Execute(const std::vector<std::string>& args) override;

 private:
  std::vector<Job> NewWindow(const std::vector<BatchInput>& files, std::size_t start) const;
  void LookUpRecords(std::vector<Job>& window, CaseStore& store);
  void AnalyseWindow(std::vector<Job>& window, int threads);
  void FinishWindow(std::vector<Job>& window, CaseStore& store);
  void Analyse(Job& job);
  bool Unchanged(Job& job);
  void RenderAndWrite(Job& job, const CaseSnapshot& snapshot);
  void Tally(std::vector<Job>& window);
  // The output's relative path before renaming (a PDF written as text: a.pdf.txt).
  fs::path RelativeOutputFor(const Job& job) const;
  // Output names, in input order, once the window is linked: renamed, never
  // an input, never two inputs to one output.
  void AssignOutputs(std::vector<Job>& window, const CaseSnapshot& snapshot);

  // Audit log and leak check (core/src/audit, core/src/verify).
  void DefineAuditOptions(Poco::Util::OptionSet& o);
  bool HandleAuditOption(const std::string& n, const std::string& v);
  void StartAudit(const std::vector<BatchInput>& files, CaseStore& store,
                  const fs::path& case_file);
  void AuditWindow(const std::vector<Job>& window);
  int FinishAudit(CaseStore& store, int status);

  fs::path output_dir_;
  std::string unsupported_ = "skip";
  fs::path summary_file_;
  bool quiet_ = false;
  bool keep_file_names_ = false;
  CommonOptions options_;
  std::unique_ptr<Runtime> runtime_;
  std::set<std::string> inputs_;  // canonical paths of the input files inside OUTDIR
  PathSet outputs_taken_;         // canonical paths of outputs assigned so far
  std::unique_ptr<Progress> progress_;
  std::unique_ptr<StopSignal> stop_;
  BatchSummary summary_;
  StringSpool outputs_;                // every output written or copied, in input order
  std::vector<std::string> failures_;  // error messages, in input order
  fs::path log_file_;                  // --log; empty: <case file>.audit.jsonl
  bool log_originals_ = false, no_log_ = false, verify_ = false;
  std::unique_ptr<audit::RunAudit> audit_;
};

// What the audit log records of a job.
audit::AuditedDocument Audited(const Job& job) {
  return audit::AuditedDocument{
      job.input.path.string(), job.output.string(),        job.doc.input_sha256, job.output_sha256,
      job.doc.format,          &job.doc.document->units(), &job.replacements};
}

fs::path RunCommand::RelativeOutputFor(const Job& job) const {
  fs::path rel = job.input.relative;
  const std::string out_ext = job.doc.document ? job.doc.document->output_extension() : "";
  std::string in_ext = rel.extension().string();
  if (!out_ext.empty() && out_ext != in_ext) rel += out_ext;  // a.pdf -> a.pdf.txt
  return rel;
}

void RunCommand::AssignOutputs(std::vector<Job>& window, const CaseSnapshot& snapshot) {
  const PathRenamer renamer(runtime_->pipeline());
  for (Job& job : window) {
    if (job.state != Job::State::kPending && job.state != Job::State::kCopied) continue;
    const fs::path rel =
        keep_file_names_ ? RelativeOutputFor(job) : renamer.Render(job.name, snapshot);
    job.output = output_dir_ / rel;
    std::error_code ec;
    const fs::path canon = fs::weakly_canonical(fs::absolute(job.output), ec);
    if (inputs_.count(canon.string())) {
      job.state = Job::State::kFailed;
      job.message = job.input.path.string() + ": its output " + job.output.string() +
                    " would overwrite an input; choose another output folder";
    } else if (!outputs_taken_.Insert(canon.string())) {
      job.state = Job::State::kFailed;
      job.message = job.input.path.string() + ": another input already writes " +
                    job.output.string() + "; rename one of them";
    } else {
      continue;
    }
    progress_->FileDone(job.size, Progress::Outcome::kFailed);
  }
}

// True when the case recorded this input with the same content, and its
// output (under this run's output folder) still exists with the recorded
// content: the file is done and is skipped. Sets the job's output.
bool RunCommand::Unchanged(Job& job) {
  if (!job.recorded) return false;
  const DocumentRecord& rec = *job.recorded;
  // Output names are anonymised, so only the folder tells whether the
  // recorded output is one of this run's.
  const std::string base = (output_dir_ / "").string();
  const bool ours =
      rec.output_path.size() > base.size() && rec.output_path.compare(0, base.size(), base) == 0;
  if (!ours || rec.input_sha256.empty() || rec.output_sha256.empty()) return false;
  std::error_code ec;
  if (!fs::is_regular_file(rec.output_path, ec)) return false;
  job.doc.input_sha256 = audit::FileSha256Hex(job.input.path);
  if (job.doc.input_sha256 != rec.input_sha256) return false;
  if (audit::FileSha256Hex(rec.output_path) != rec.output_sha256) return false;
  job.output = rec.output_path;
  return true;
}

void RunCommand::Analyse(Job& job) {
  Pipeline& pipeline = runtime_->pipeline();
  if (stop_->Requested()) {
    job.state = Job::State::kAbandoned;
    return;
  }
  job.budget.emplace(options_.timeout_seconds, options_.timeout_shown, job.input.path);
  job.budget->Start();
  try {
    if (Unchanged(job)) {
      job.state = Job::State::kUnchanged;
    } else {
      job.doc = pipeline.Analyse(job.input.path, &*job.budget, job.doc.input_sha256);
      if (!keep_file_names_) job.name = PathRenamer(pipeline).Analyse(RelativeOutputFor(job));
    }
  } catch (const Error& e) {
    job.state = Job::State::kFailed;
    job.message = e.what();
    if (e.code() == ErrorCode::kUnsupported && !job.input.named) {
      const bool no_plugin = !pipeline.formats().HandlesExtension(job.input.path);
      if (no_plugin && unsupported_ == "skip") {
        job.state = Job::State::kUnsupported;
      } else if (no_plugin && unsupported_ == "copy") {
        job.state = Job::State::kCopied;
        if (!keep_file_names_) job.name = PathRenamer(pipeline).Analyse(job.input.relative);
      }
    }
  } catch (const std::exception& e) {
    job.state = Job::State::kFailed;
    job.message = job.input.path.string() + ": " + e.what();
  }
  job.budget->Stop();
  if (job.state == Job::State::kFailed)
    progress_->FileDone(job.size, Progress::Outcome::kFailed);
  else if (job.state == Job::State::kUnchanged || job.state == Job::State::kUnsupported)
    progress_->FileDone(job.size, Progress::Outcome::kSkipped);
}

void RunCommand::RenderAndWrite(Job& job, const CaseSnapshot& snapshot) {
  Pipeline& pipeline = runtime_->pipeline();
  if (job.state != Job::State::kPending && job.state != Job::State::kCopied) return;
  if (stop_->Requested()) {
    job.state = Job::State::kAbandoned;
    return;
  }
  try {
    if (job.state == Job::State::kCopied) {
      fs::create_directories(job.output.parent_path());
      fs::copy_file(job.input.path, job.output, fs::copy_options::overwrite_existing);
      progress_->FileDone(job.size, Progress::Outcome::kProcessed);
      return;
    }
    job.budget->Start();
    job.budget->Check();
    const auto& units = job.doc.document->units();
    // Each stage consumes the one before, so a big document is held about once.
    job.replacements =
        pipeline.CompleteAndRender(units, std::move(job.doc.mentions), snapshot, &*job.budget);
    job.output_sha256 = pipeline.Write(job.doc, job.replacements, job.output, &*job.budget);
    // The log's records are made here, on the worker threads; only chaining
    // them waits for the window's turn. A huge document makes them as they
    // are written instead (their memory would be several times the text's).
    if (audit_ && job.replacements.size() <= kPreparedRecordsLimit)
      job.audit_records = audit_->Prepare(Audited(job));
    job.state = Job::State::kDone;
  } catch (const Error& e) {
    job.state = Job::State::kFailed;
    job.message = e.what();
  } catch (const std::exception& e) {
    job.state = Job::State::kFailed;
    job.message = job.input.path.string() + ": " + e.what();
  }
  job.budget->Stop();
  progress_->FileDone(job.size, job.state == Job::State::kDone ? Progress::Outcome::kProcessed
                                                               : Progress::Outcome::kFailed);
}

// The jobs of the files of one window, from files[start] on.
std::vector<Job> RunCommand::NewWindow(const std::vector<BatchInput>& files,
                                       std::size_t start) const {
  std::vector<Job> window(std::min(files.size(), start + kWindow) - std::min(files.size(), start));
  for (std::size_t i = 0; i < window.size(); ++i) {
    const BatchInput& f = files[start + i];
    window[i].input = InputFile{f.path, f.relative, f.named};
    window[i].size = f.size;
    if (stop_->Requested()) window[i].state = Job::State::kAbandoned;
  }
  return window;
}

// The case's records of the window's files, looked up one by one (a case of
// many documents is never read whole), on the calling thread: the case's
// connection is not shared between threads.
void RunCommand::LookUpRecords(std::vector<Job>& window, CaseStore& store) {
  for (Job& job : window) job.recorded = store.FindDocument(job.input.path.string());
}

// 1-3: skips unchanged files; reads, detects and resolves the others, on up to
// `threads` threads. Reads no case state, so it may run while the window
// before is linked and written.
void RunCommand::AnalyseWindow(std::vector<Job>& window, int threads) {
  ParallelFor(window.size(), threads, [&](std::size_t i) { Analyse(window[i]); });
}

void RunCommand::FinishWindow(std::vector<Job>& window, CaseStore& store) {
  Pipeline& pipeline = runtime_->pipeline();
  const int jobs = runtime_->jobs();
  const auto is = [&](Job::State s) {
    return std::any_of(window.begin(), window.end(), [&](const Job& j) { return j.state == s; });
  };
  if (is(Job::State::kAbandoned)) {  // interrupted: nothing of the window is linked or written
    for (Job& job : window)
      if (job.state == Job::State::kPending || job.state == Job::State::kCopied)
        job.state = Job::State::kAbandoned;
    return;
  }
  // Unchanged files keep their recorded output: it cannot be claimed again.
  for (Job& job : window) {
    if (job.state != Job::State::kUnchanged) continue;
    std::error_code ec;
    outputs_taken_.Insert(fs::weakly_canonical(fs::absolute(job.output), ec).string());
  }
  if (!is(Job::State::kPending) && !is(Job::State::kCopied)) return;
  // 4-7 as one transaction of the case: link in input order, then complete,
  // render and write in parallel, record the documents and log them. A run
  // killed in the middle leaves the case as it was before the window, so the
  // next run redoes the whole window against the same state.
  try {
    store.Update([&](CaseState& state) {
      const PathRenamer renamer(pipeline);
      for (Job& job : window) {
        if (job.state == Job::State::kPending)
          pipeline.Link(job.doc.document->units(), job.doc.mentions, state);
        // After the text, so a surname in a file name joins its full name.
        if (!keep_file_names_ &&
            (job.state == Job::State::kPending || job.state == Job::State::kCopied))
          renamer.Link(job.name, state);
      }
      const CaseSnapshot snapshot = pipeline.Snapshot(state);
      AssignOutputs(window, snapshot);
      ParallelFor(window.size(), jobs, [&](std::size_t i) { RenderAndWrite(window[i], snapshot); });
      if (is(Job::State::kAbandoned)) throw WindowAbandoned{};
      for (const Job& job : window) {
        if (job.state != Job::State::kDone) continue;
        auto& rec = state.documents[job.input.path.string()];
        rec = DocumentRecord{job.input.path.string(), job.doc.input_sha256, job.output_sha256,
                             job.output.string()};
      }
      if (audit_) AuditWindow(window);  // in input order, whatever -j is
    });
  } catch (const WindowAbandoned&) {
    // Outputs already renamed stay (complete, and what the next run writes
    // again); they are not recorded, so the next run redoes them.
    for (Job& job : window)
      if (job.state == Job::State::kDone || job.state == Job::State::kCopied)
        job.state = Job::State::kAbandoned;
  }
}

// Adds the window's outcome to the summary and frees its documents: memory
// stays bounded by the window, whatever the number of files.
void RunCommand::Tally(std::vector<Job>& window) {
  for (Job& job : window) {
    const std::string path = job.input.path.string();
    switch (job.state) {
      case Job::State::kDone: {
        ++summary_.written;
        summary_.bytes_read += job.size;
        std::error_code ec;
        const auto out_size = fs::file_size(job.output, ec);
        if (!ec) summary_.bytes_written += out_size;
        job.replacements.AddCountsByType(summary_.replacements_by_type);
        outputs_.Add(job.output.string());
        if (!quiet_)
          std::cout << path << " -> " << job.output.string() << " (" << job.replacements.size()
                    << " replacements)\n";
        break;
      }
      case Job::State::kFailed:
        ++summary_.failed;
        summary_.bytes_read += job.size;
        summary_.failures.push_back(BatchSummary::Note(path, job.message));
        failures_.push_back(job.message);
        std::cerr << "error: " << job.message << "\n";
        break;
      case Job::State::kUnsupported:
        ++summary_.unsupported;
        summary_.skipped.push_back({path, "no plugin reads this kind of file"});
        break;
      case Job::State::kCopied:
        ++summary_.copied;
        outputs_.Add(job.output.string());
        break;
      case Job::State::kUnchanged:
        ++summary_.unchanged;
        outputs_.Add(job.output.string());
        break;
      case Job::State::kAbandoned:
      case Job::State::kPending:
        ++summary_.abandoned;
        break;
    }
  }
  if (!quiet_) std::cout.flush();
  window.clear();
}

int RunCommand::Execute(const std::vector<std::string>& args) {
  const auto started = std::chrono::steady_clock::now();
  if (args.empty())
    throw Error(ErrorCode::kUsage, "anonymise run: no INPUT given (see anonymise run --help)");
  std::vector<fs::path> inputs(args.begin(), args.end());
  std::vector<std::string> walk_skipped;
  std::vector<BatchInput> files;
  {
    const auto found = CollectInputs(inputs, output_dir_, walk_skipped);
    files.reserve(found.size());
    for (const auto& f : found) files.push_back({f.path.string(), f.relative.string(), f.named, 0});
  }
  runtime_ = std::make_unique<Runtime>(options_);

  std::error_code ec;
  fs::create_directories(output_dir_, ec);
  if (ec || !fs::is_directory(output_dir_))
    throw Error(ErrorCode::kUsage, output_dir_.string() + ": cannot create the output folder" +
                                       (ec ? ": " + ec.message() : ""));
  // Temporary files of a killed earlier run (kill -9, power cut) go first.
  RemoveStaleTempFiles(output_dir_);

  // Every output lies below OUTDIR, so only inputs there could be overwritten.
  std::string out_canon = fs::weakly_canonical(fs::absolute(output_dir_), ec).string();
  while (out_canon.size() > 1 && out_canon.back() == '/') out_canon.pop_back();
  out_canon += "/";
  std::uint64_t total_bytes = 0;
  {
    // A file named twice (on its own and inside a folder given too) is done
    // once, at its first place.
    PathSet seen;
    std::size_t kept = 0;
    for (auto& f : files) {
      const std::string canon = fs::weakly_canonical(fs::absolute(f.path), ec).string();
      if (!seen.Insert(canon)) {
        walk_skipped.push_back(f.path + ": given more than once; anonymised once");
        continue;
      }
      if (canon.rfind(out_canon, 0) == 0) inputs_.insert(canon);
      const auto size = fs::file_size(f.path, ec);
      f.size = ec ? 0 : size;
      total_bytes += f.size;
      if (&files[kept] != &f) files[kept] = std::move(f);
      ++kept;
    }
    files.resize(kept);
  }

  const fs::path case_file =
      options_.case_file.empty() ? output_dir_ / "case.anoncase" : options_.case_file;
  auto store = OpenCase(options_, case_file);
  StartAudit(files, *store, case_file);

  summary_.files = files.size();
  for (const auto& s : walk_skipped) {  // "<path>: <reason>"
    const std::size_t colon = s.find(": ");
    summary_.skipped.push_back(
        colon == std::string::npos
            ? BatchSummary::FileNote{"", s}
            : BatchSummary::FileNote{s.substr(0, colon), s.substr(colon + 2)});
  }
  progress_ = std::make_unique<Progress>(std::cerr, Progress::ModeFor(STDERR_FILENO, quiet_),
                                         files.size(), total_bytes);
  stop_ = std::make_unique<StopSignal>();
  // Windows overlap: while one is linked, written and logged (its serial
  // part, on this thread), the next is read and detected on the other cores.
  // Analysis reads no case state, so outputs stay the same whatever -j is.
  const int jobs = runtime_->jobs();
  std::vector<Job> window = NewWindow(files, 0);
  LookUpRecords(window, *store);
  AnalyseWindow(window, jobs);
  for (std::size_t start = 0; start < files.size(); start += kWindow) {
    std::vector<Job> next = NewWindow(files, start + kWindow);
    LookUpRecords(next, *store);  // other files than this window's: inputs are distinct
    std::future<void> ahead;
    if (jobs > 1 && !next.empty())
      ahead = std::async(std::launch::async, [&] { AnalyseWindow(next, jobs - 1); });
    if (!stop_->Requested()) FinishWindow(window, *store);
    if (ahead.valid())
      ahead.get();
    else
      AnalyseWindow(next, jobs);
    Tally(window);
    window = std::move(next);
  }
  progress_->Finish();
  summary_.signal = stop_->Signal();
  // The handler stays until the end: a Ctrl-C while the log and summary are
  // finished is noted (the files are all done) and a second one ends the
  // process, rather than the first killing it half-way through the log.

  int status = summary_.failed > 0 ? 1 : 0;
  if (summary_.signal != 0) status = 128 + summary_.signal;
  status = FinishAudit(*store, status);
  summary_.exit_status = status;
  summary_.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!quiet_) summary_.Print(std::cout);
  if (!summary_file_.empty()) summary_.WriteJson(summary_file_);
  return status;
}

// ---- Audit log and leak check -------------------------------------------

void RunCommand::DefineAuditOptions(Poco::Util::OptionSet& o) {
  o.addOption(Poco::Util::Option("log", "",
                                 "the audit log to append to (default: the case "
                                 "file's path + .audit.jsonl)")
                  .argument("FILE"));
  o.addOption(Poco::Util::Option("log-originals", "",
                                 "also write each original into the audit "
                                 "log (the log then identifies people)"));
  o.addOption(Poco::Util::Option("verify", "",
                                 "run the leak check (anonymise verify) on the "
                                 "outputs; exit 1 if any original is found"));
  o.addOption(Poco::Util::Option("no-log", "", "write no audit log (for measurements only)"));
}

bool RunCommand::HandleAuditOption(const std::string& n, const std::string& v) {
  if (n == "log")
    log_file_ = v;
  else if (n == "log-originals")
    log_originals_ = true;
  else if (n == "verify")
    verify_ = true;
  else if (n == "no-log")
    no_log_ = true;
  else
    return false;
  return true;
}

void RunCommand::StartAudit(const std::vector<BatchInput>& files, CaseStore& store,
                            const fs::path& case_file) {
  if (no_log_) return;
  const fs::path log =
      log_file_.empty() ? fs::path(case_file.string() + ".audit.jsonl") : log_file_;
  audit_ = std::make_unique<audit::RunAudit>(log, store.Load().secret, log_originals_);
  audit::RunStart start;
  for (const auto& p : runtime_->registry().loaded())
    start.plugins.emplace_back(p.info.name, p.info.version);
  start.configuration = audit::ConfigurationJson(runtime_->pipeline().policy(), options_.settings,
                                                 options_.styles, options_.case_policies);
  for (const auto& f : files) start.inputs.push_back(f.path);
  start.output_dir = output_dir_.string();
  start.case_file = case_file.string();
  audit_->Start(start);
}

void RunCommand::AuditWindow(const std::vector<Job>& window) {
  for (const Job& job : window) {
    if (job.state != Job::State::kDone) continue;
    audit_->Document(Audited(job), &job.audit_records);
  }
}

int RunCommand::FinishAudit(CaseStore& store, int status) {
  std::size_t leaks = 0;
  if (verify_) {
    verify::LeakChecker checker(store.Load());
    checker.SetKeptSpans(KeptSpansOf(runtime_->pipeline()));
    checker.SetOrdinaryWords(&runtime_->pipeline().ordinary_words());
    // A batch of outputs at a time, checked in parallel, reported in order.
    outputs_.ForEachBatch(256, [&](const std::vector<std::string>& outputs) {
      std::vector<std::vector<std::string>> found(outputs.size());
      ParallelFor(outputs.size(), runtime_->jobs(), [&](std::size_t i) {
        try {
          for (const auto& hit : checker.CheckFile(outputs[i]))
            if (!hit.kept) found[i].push_back("leak: " + checker.Describe(hit, false));
        } catch (const std::exception& e) {
          found[i].push_back(std::string("leak check: ") + e.what());
        }
      });
      for (const auto& lines : found) {
        for (const auto& line : lines) std::cerr << line << "\n";
        leaks += lines.size();
      }
    });
    if (leaks > 0) {
      std::cerr << "anonymise run --verify: " << leaks
                << " original identifiers found in the outputs (or outputs not checkable); "
                   "do not publish them\n";
      if (status == 0) status = 1;
    } else if (!quiet_) {
      std::cout << "leak check: no original identifier found in " << outputs_.size()
                << " outputs\n";
    }
  }
  if (audit_) {
    audit::RunEnd end;
    end.exit_status = status;
    end.for_each_output = [this](const std::function<void(std::string_view)>& fn) {
      outputs_.ForEachBatch(1024, [&](const std::vector<std::string>& batch) {
        for (const auto& o : batch) fn(o);
      });
    };
    end.failures = failures_;
    end.counts = {{"written", summary_.written},     {"failed", summary_.failed},
                  {"skipped", summary_.unsupported}, {"copied", summary_.copied},
                  {"unchanged", summary_.unchanged}, {"abandoned", summary_.abandoned}};
    if (verify_) end.counts["leaks"] = static_cast<std::int64_t>(leaks);
    for (const auto& [k, n] : summary_.replacements_by_type)
      end.replacements_by_type[k] = static_cast<std::int64_t>(n);
    audit_->End(end);
  }
  return status;
}

}  // namespace

std::unique_ptr<Command> MakeRunCommand() { return std::make_unique<RunCommand>(); }

}  // namespace anonymiser::cli
