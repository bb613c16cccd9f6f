// Batch redaction (issue 8): progress, summary, resume, Ctrl-C, kill -9,
// determinism across -j, the per-file time limit, a torn audit record.
#include <Poco/JSON/Parser.h>
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <sstream>
#include <thread>

#include "anonymiser/error.h"
#include "batch/batch_summary.h"
#include "batch/progress.h"
#include "pipeline/time_budget.h"
#include "test_support.h"

extern char** environ;

namespace anonymiser {
namespace {

using testing::CommandResult;
using testing::FilesBelow;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

// ---- Units: the progress line, the summary, the time budget -------------

struct FakeClock {
  Progress::Clock::time_point t{};
  std::function<Progress::Clock::time_point()> Fn() {
    return [this] { return t; };
  }
  void Advance(std::chrono::milliseconds ms) { t += ms; }
};

TEST(Progress, OnATerminalRedrawsOneLineAtMostFourTimesASecond) {
  std::ostringstream out;
  FakeClock clock;
  Progress p(out, Progress::Mode::kTerminal, 4, 4'000'000, clock.Fn());
  clock.Advance(std::chrono::milliseconds(1000));
  p.FileDone(1'000'000, Progress::Outcome::kProcessed);  // first draw
  clock.Advance(std::chrono::milliseconds(100));
  p.FileDone(1'000'000, Progress::Outcome::kFailed);  // too soon: not drawn
  EXPECT_EQ(out.str(), "\r1/4 files, 1.0 MB/s, ETA 0:03");
  clock.Advance(std::chrono::milliseconds(200));
  p.FileDone(1'000'000, Progress::Outcome::kProcessed);
  EXPECT_THAT(out.str(), HasSubstr("\r3/4 files, 2.3 MB/s, ETA 0:00, 1 failed"));
  EXPECT_EQ(out.str().find('\n'), std::string::npos);  // one line, redrawn
  p.FileDone(1'000'000, Progress::Outcome::kProcessed);
  p.Finish();
  EXPECT_THAT(out.str(), HasSubstr("\r4/4 files, 3.1 MB/s, 0:01 elapsed, 1 failed"));
  EXPECT_EQ(out.str().back(), '\n');
}

TEST(Progress, WithoutATerminalPrintsAPlainLineEachTenthOfTheFiles) {
  std::ostringstream out;
  FakeClock clock;
  Progress p(out, Progress::Mode::kLines, 1000, 1000, clock.Fn());
  for (int i = 0; i < 1000; ++i) {
    clock.Advance(std::chrono::milliseconds(1));
    p.FileDone(1, i == 5 ? Progress::Outcome::kFailed : Progress::Outcome::kProcessed);
  }
  p.Finish();
  const std::string s = out.str();
  EXPECT_EQ(std::count(s.begin(), s.end(), '\n'), 10);  // 100, 200 ... 1000; no extra final line
  EXPECT_THAT(s, HasSubstr("progress: 100/1000 files"));
  EXPECT_THAT(s, HasSubstr("progress: 1000/1000 files, 0.0 MB/s, 0:01 elapsed, 1 failed\n"));
  EXPECT_EQ(s.find('\r'), std::string::npos);
}

TEST(Progress, WithoutATerminalASlowBatchStillReportsEveryThirtySeconds) {
  std::ostringstream out;
  FakeClock clock;
  Progress p(out, Progress::Mode::kLines, 1000, 1000, clock.Fn());
  p.FileDone(1, Progress::Outcome::kProcessed);
  EXPECT_EQ(out.str(), "");
  clock.Advance(std::chrono::seconds(31));
  p.FileDone(1, Progress::Outcome::kProcessed);
  EXPECT_THAT(out.str(), HasSubstr("progress: 2/1000 files"));
}

TEST(Progress, QuietPrintsNothingAndSkippedFilesLeaveTheWorkLeft) {
  std::ostringstream quiet;
  Progress q(quiet, Progress::Mode::kQuiet, 2, 10);
  q.FileDone(5, Progress::Outcome::kProcessed);
  q.Finish();
  EXPECT_EQ(quiet.str(), "");
  std::ostringstream out;
  FakeClock clock;
  Progress p(out, Progress::Mode::kLines, 3, 3'000'000, clock.Fn());
  p.FileDone(1'000'000, Progress::Outcome::kSkipped);  // unchanged: no work, no speed
  clock.Advance(std::chrono::milliseconds(1000));
  p.FileDone(1'000'000, Progress::Outcome::kProcessed);
  EXPECT_THAT(p.Line(), HasSubstr("2/3 files, 1.0 MB/s, ETA 0:01"));
}

TEST(BatchSummary, JsonHoldsCountsFailuresAndSpeed) {
  BatchSummary s;
  s.files = 4;
  s.written = 2;
  s.failed = 1;
  s.unsupported = 1;
  s.bytes_read = 3'000'000;
  s.seconds = 2;
  s.replacements_by_type = {{"PERSON", 3}, {"DATE", 1}};
  s.failures.push_back(BatchSummary::Note("in/a.docx", "in/a.docx: not a DOCX file"));
  TempDir dir;
  s.WriteJson(dir / "s.json");
  auto o = Poco::JSON::Parser().parse(ReadFile(dir / "s.json")).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(o->getValue<int>("written"), 2);
  EXPECT_EQ(o->getValue<int>("replacements"), 4);
  EXPECT_DOUBLE_EQ(o->getValue<double>("mb_per_second"), 1.5);
  EXPECT_DOUBLE_EQ(o->getValue<double>("files_per_second"), 1.5);
  auto f = o->getArray("failures")->getObject(0);
  EXPECT_EQ(f->getValue<std::string>("file"), "in/a.docx");
  EXPECT_EQ(f->getValue<std::string>("reason"), "not a DOCX file");
  EXPECT_EQ(FilesBelow(dir.path()).size(), 1u);  // no temporary file left
}

TEST(TimeBudget, CountsOnlyWhileStartedAndNamesTheFileAndTheLimit) {
  TimeBudget b(0.05, "0.05", "in/a.txt");
  b.Check();  // not started: nothing used
  b.Start();
  std::this_thread::sleep_for(std::chrono::milliseconds(80));
  b.Stop();
  const double used = b.Used();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(b.Used(), used);  // stopped: no time counted
  try {
    b.Check();
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kLimit);
    EXPECT_STREQ(e.what(), "in/a.txt: took longer than the --timeout of 0.05 s");
  }
}

// ---- Through the CLI ------------------------------------------------------

const char* const kGiven[] = {"Tyler", "Mason", "Leo",   "Noah",  "Jacob", "Oscar", "Finley",
                              "Harry", "Ethan", "Lucas", "Rowan", "Kai",   "Jamie"};
const char* const kFamily[] = {"Brennan", "Walsh",  "Doyle", "Hughes", "Pryce", "Nolan",
                               "Kemble",  "Farrow", "Ashby", "Lister", "Colby"};
const char* const kMother[] = {"Jade", "Chloe", "Megan", "Amber", "Holly", "Paige", "Leah"};

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// `n` varied drafts made from samples/drafts: other names each few files,
// some DOCX and PDF copies, in nested folders.
void MakeCorpus(const fs::path& dir, int n) {
  const fs::path drafts = testing::SourceDir() / "samples/drafts";
  const std::string texts[] = {ReadFile(drafts / "overview-report.txt"),
                               ReadFile(drafts / "press-statement.txt"),
                               ReadFile(drafts / "action-plan.md")};
  const char* const ext[] = {".txt", ".txt", ".md"};
  for (int i = 0; i < n; ++i) {
    const fs::path sub = dir / ("year" + std::to_string(2020 + i % 4));
    if (i % 10 == 7) {
      fs::create_directories(sub);
      fs::copy_file(drafts / (i % 20 == 7 ? "strategy-meeting-minutes.docx" : "gp-letter.pdf"),
                    sub / ("copy" + std::to_string(i) + (i % 20 == 7 ? ".docx" : ".pdf")));
      continue;
    }
    std::string t = texts[i % 3];
    t = Replace(t, "Tyler", kGiven[i % 13]);
    t = Replace(t, "Brennan", kFamily[(i / 3) % 11]);
    t = Replace(t, "Jade", kMother[(i / 2) % 7]);
    WriteFile(sub / ("draft" + std::to_string(i) + ext[i % 3]), t);
  }
}

// Every file below `dir` with its bytes, by relative path.
std::map<std::string, std::string> Tree(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& f : FilesBelow(dir)) files[f.lexically_relative(dir).string()] = ReadFile(f);
  return files;
}

std::vector<std::string> TempFilesBelow(const fs::path& dir) {
  std::vector<std::string> temps;
  for (const auto& f : FilesBelow(dir))
    if (f.filename().string().find(".anonymiser-") != std::string::npos)
      temps.push_back(f.string());
  return temps;
}

CommandResult RunBatch(const fs::path& in, const fs::path& out, const fs::path& case_file,
                       std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {
      "run",    in.string(),        "-o",    out.string(),
      "--case", case_file.string(), "--log", case_file.string() + ".log"};
  args.insert(args.end(), extra.begin(), extra.end());
  return RunCli(args);
}

TEST(Batch, OneBadFileNeverStopsTheBatchAndTheSummaryListsIt) {
  TempDir dir;
  MakeCorpus(dir / "in", 5);
  WriteFile(dir / "in/bad.docx", "PK\x03\x04 not a zip");
  WriteFile(dir / "in/empty.txt", "");
  WriteFile(dir / "in/photo.bin", "\x01\x02");
  auto r =
      RunBatch(dir / "in", dir / "out", dir / "case", {"--summary", (dir / "s.json").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.out, HasSubstr("8 files: 5 written, 0 unchanged (skipped), 2 failed, "
                               "1 skipped (unsupported), 0 copied unchanged"));
  EXPECT_THAT(r.out, HasSubstr("failed:\n  " + (dir / "in/bad.docx").string() + ": "));
  EXPECT_THAT(r.out, HasSubstr("  " + (dir / "in/empty.txt").string() + ": empty file"));
  EXPECT_THAT(r.out, HasSubstr("skipped:\n  " + (dir / "in/photo.bin").string() +
                               ": no plugin reads this kind of file"));
  EXPECT_THAT(r.out, HasSubstr("  PERSON: "));
  EXPECT_THAT(r.err, HasSubstr("error: " + (dir / "in/empty.txt").string() + ": empty file"));
  EXPECT_THAT(r.err, HasSubstr("progress: 8/8 files"));
  EXPECT_EQ(FilesBelow(dir / "out").size(), 5u);
  auto o = Poco::JSON::Parser().parse(ReadFile(dir / "s.json")).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(o->getValue<int>("files"), 8);
  EXPECT_EQ(o->getValue<int>("written"), 5);
  EXPECT_EQ(o->getValue<int>("failed"), 2);
  EXPECT_EQ(o->getValue<int>("unsupported"), 1);
  EXPECT_EQ(o->getValue<int>("exit_status"), 1);
  EXPECT_EQ(o->getArray("failures")->size(), 2u);
  EXPECT_THAT(o->getArray("failures")->getObject(1)->getValue<std::string>("reason"),
              HasSubstr("empty file"));
  EXPECT_GT(o->getObject("replacements_by_type")->getValue<int>("PERSON"), 0);
  EXPECT_GT(o->getValue<int>("bytes_read"), 0);
  // Quiet: nothing but the errors.
  auto q = RunBatch(dir / "in", dir / "out2", dir / "case2", {"--quiet"});
  EXPECT_EQ(q.exit_code, 1);
  EXPECT_EQ(q.out, "");
  EXPECT_THAT(q.err, Not(HasSubstr("progress")));
  EXPECT_THAT(q.err, HasSubstr("empty file"));
}

TEST(Batch, OutputsAreTheSameWhateverTheNumberOfThreads) {
  TempDir dir;
  // Three windows of files: with -j above 1 the next window is analysed
  // while the one before is linked and written.
  MakeCorpus(dir / "in", 70);
  auto one = RunBatch(dir / "in", dir / "out1", dir / "case1", {"-j", "1"});
  auto two = RunBatch(dir / "in", dir / "out2", dir / "case2", {"-j", "2"});
  auto four = RunBatch(dir / "in", dir / "out4", dir / "case4", {"-j", "4"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  ASSERT_EQ(four.exit_code, 0) << four.err;
  const auto a = Tree(dir / "out1"), b = Tree(dir / "out2");
  ASSERT_EQ(a.size(), 70u);
  EXPECT_TRUE(a == b) << "outputs differ between -j1 and -j2";
  EXPECT_TRUE(a == Tree(dir / "out4")) << "outputs differ between -j1 and -j4";
  // The names varied: the case holds many people, so letters were really assigned in order.
  EXPECT_THAT(a.at("year2023/draft39.txt"), Not(HasSubstr("Doyle")));
}

TEST(Batch, AFileGivenTwiceIsAnonymisedOnceAtItsFirstPlace) {
  TempDir dir;
  MakeCorpus(dir / "in", 3);
  const fs::path again = dir / "in/year2020/draft0.txt";
  auto r = RunCli({"run", (dir / "in").string(), again.string(), "-o", (dir / "out").string(),
                   "--case", (dir / "case").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("3 files: 3 written"));
  EXPECT_THAT(r.out, HasSubstr(again.string() + ": given more than once; anonymised once"));
  EXPECT_EQ(FilesBelow(dir / "out").size(), 3u);
}

TEST(Batch, ARerunSkipsUnchangedFilesAndRedoesChangedOnes) {
  TempDir dir;
  MakeCorpus(dir / "in", 12);
  auto first = RunBatch(dir / "in", dir / "out", dir / "case");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto before = Tree(dir / "out");
  auto again =
      RunBatch(dir / "in", dir / "out", dir / "case", {"--summary", (dir / "s.json").string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("12 files: 0 written, 12 unchanged (skipped)"));
  EXPECT_TRUE(Tree(dir / "out") == before);
  auto o = Poco::JSON::Parser().parse(ReadFile(dir / "s.json")).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(o->getValue<int>("unchanged"), 12);
  // A changed input, a deleted output and an edited output are redone.
  WriteFile(dir / "in/year2020/draft0.txt", ReadFile(dir / "in/year2020/draft0.txt") + "\nEnd.\n");
  fs::remove(dir / "out/year2021/draft1.txt");
  WriteFile(dir / "out/year2022/draft2.md", "edited by hand");
  auto third = RunBatch(dir / "in", dir / "out", dir / "case");
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_THAT(third.out, HasSubstr("12 files: 3 written, 9 unchanged (skipped)"));
  EXPECT_EQ(ReadFile(dir / "out/year2021/draft1.txt"), before.at("year2021/draft1.txt"));
  EXPECT_EQ(ReadFile(dir / "out/year2022/draft2.md"), before.at("year2022/draft2.md"));
  EXPECT_THAT(ReadFile(dir / "out/year2020/draft0.txt"), HasSubstr("End."));
}

TEST(Batch, AnUnchangedFileIsSkippedEvenWhenItsNameHoldsAName) {
  TempDir dir;
  WriteFile(dir / "in/Okafor letter.txt", "Mr Okafor wrote to Ms Reid.\n");
  WriteFile(dir / "in/notes/Reid.txt", "Ms Reid replied.\n");
  auto first = RunBatch(dir / "in", dir / "out", dir / "case");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto before = Tree(dir / "out");
  auto again = RunBatch(dir / "in", dir / "out", dir / "case");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("2 files: 0 written, 2 unchanged (skipped)"));
  EXPECT_TRUE(Tree(dir / "out") == before);
}

TEST(Batch, UnderscoresInFileNamesSeparateWordsAndNoNameBecomesAHandle) {
  // Every plugin reads the names: a name joined by underscores is no social
  // media handle (two files named so would collide), and its words are found.
  TempDir dir;
  WriteFile(dir / "in/minutes_2024_03.txt", "Ms Reid replied.\n");
  WriteFile(dir / "in/minutes_2024_04.txt", "Ms Reid wrote.\n");
  WriteFile(dir / "in/reid_letter.txt", "Ms Reid wrote again.\n");
  auto run = RunBatch(dir / "in", dir / "out", dir / "case");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(fs::exists(dir / "out/minutes_2024_03.txt"));
  EXPECT_TRUE(fs::exists(dir / "out/minutes_2024_04.txt"));
  EXPECT_TRUE(fs::exists(dir / "out/Person A_letter.txt"));
}

TEST(Batch, AFileOverTheTimeLimitFailsWithNoOutputAndTheRestGoOn) {
  TempDir dir;
  MakeCorpus(dir / "in", 3);
  // Reading and hashing a file always takes more than a microsecond.
  auto r = RunBatch(dir / "in", dir / "out", dir / "case", {"--timeout", "0.000001"});
  EXPECT_EQ(r.exit_code, 1);
  for (const char* f : {"year2020/draft0.txt", "year2021/draft1.txt", "year2022/draft2.md"})
    EXPECT_THAT(r.err, HasSubstr((dir / "in" / f).string() +
                                 ": took longer than the --timeout of 0.000001 s"));
  EXPECT_THAT(r.out, HasSubstr("3 files: 0 written, 0 unchanged (skipped), 3 failed"));
  EXPECT_TRUE(FilesBelow(dir / "out").empty());
  auto ok = RunBatch(dir / "in", dir / "out", dir / "case", {"--timeout", "300"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(FilesBelow(dir / "out").size(), 3u);
  auto bad = RunBatch(dir / "in", dir / "out", dir / "case", {"--timeout", "soon"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("--timeout takes a number of seconds above 0, not 'soon'"));
}

TEST(Batch, TemporaryFilesOfAKilledRunAreRemovedAndLiveOnesKept) {
  TempDir dir;
  MakeCorpus(dir / "in", 2);
  const pid_t dead = fork();  // a process id that surely no longer runs
  if (dead == 0) _exit(0);
  ASSERT_GT(dead, 0);
  waitpid(dead, nullptr, 0);
  const fs::path stale =
      dir / ("out/year2020/.draft0.txt.anonymiser-" + std::to_string(dead) + "-12345.tmp");
  const fs::path live = dir / ("out/.x.txt.anonymiser-" + std::to_string(getppid()) + "-1.tmp");
  WriteFile(stale, "half a file");
  WriteFile(live, "another run's file in progress");
  auto r = RunBatch(dir / "in", dir / "out", dir / "case");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(live));
}

TEST(Batch, ATornLastRecordOfTheLogIsToleratedExplicitly) {
  TempDir dir;
  MakeCorpus(dir / "in", 2);
  ASSERT_EQ(RunBatch(dir / "in", dir / "out", dir / "case").exit_code, 0);
  const fs::path log = dir.path() / "case.log";
  // A kill during a write: the last record is cut short.
  std::string bytes = ReadFile(log);
  WriteFile(log, bytes + R"({"kind":"document","seq":99,"ti)");
  auto v = RunCli({"log", "verify", log.string()});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  EXPECT_THAT(v.out + v.err, HasSubstr("cut short by an interrupted write"));
  // The next run ends the partial line and chains on over it.
  ASSERT_EQ(RunBatch(dir / "in", dir / "out2", dir / "case").exit_code, 0);
  v = RunCli({"log", "verify", log.string()});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  // A line that is not a record and that the chain does not cover still breaks it.
  bytes = ReadFile(log);
  const std::size_t second = bytes.find('\n') + 1;
  WriteFile(log, bytes.substr(0, second) + R"({"kind":"forged)" + "\n" + bytes.substr(second));
  v = RunCli({"log", "verify", log.string()});
  EXPECT_EQ(v.exit_code, 1);
}

// ---- Interrupting a batch ---------------------------------------------------

// A big corpus and the outputs of one uninterrupted run, shared by the tests
// that interrupt a run.
class Interrupted : public ::testing::Test {
 protected:
  static constexpr int kFiles = 300;
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    MakeCorpus(*dir_ / "in", kFiles);
    auto r = RunBatch(*dir_ / "in", *dir_ / "reference", *dir_ / "reference.case", {"--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    reference_ = new std::map<std::string, std::string>(Tree(*dir_ / "reference"));
    ASSERT_EQ(reference_->size(), static_cast<std::size_t>(kFiles));
  }
  static void TearDownTestSuite() {
    delete reference_;
    delete dir_;
  }

  // Starts a run of the corpus into `out` in the background; returns its pid.
  void SetUp() override { ASSERT_NE(reference_, nullptr) << "the reference run failed"; }

  static pid_t Start(const fs::path& out, const fs::path& case_file) {
    const std::string cli = testing::CliPath().string();
    std::vector<std::string> args = {cli,
                                     "run",
                                     (*dir_ / "in").string(),
                                     "-o",
                                     out.string(),
                                     "--case",
                                     case_file.string(),
                                     "--log",
                                     case_file.string() + ".log",
                                     "--quiet"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, cli.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
  }

  // Waits until at least `n` outputs exist below `out` (or the process ended).
  static void WaitForOutputs(pid_t pid, const fs::path& out, std::size_t n) {
    for (;;) {
      std::size_t outputs = 0;
      std::error_code ec;
      for (auto it = fs::recursive_directory_iterator(out, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() != ".tmp" && it->is_regular_file(ec)) ++outputs;
      if (outputs >= n) return;
      int status = 0;
      if (waitpid(pid, &status, WNOHANG) == pid)
        FAIL() << "the run ended before it was interrupted";
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }

  static TempDir* dir_;
  static std::map<std::string, std::string>* reference_;
};
TempDir* Interrupted::dir_ = nullptr;
std::map<std::string, std::string>* Interrupted::reference_ = nullptr;

TEST_F(Interrupted, KillNineMidwayThenARerunGivesTheUninterruptedOutputs) {
  TempDir dir;
  const fs::path out = dir / "out", case_file = dir / "case";
  const pid_t pid = Start(out, case_file);
  ASSERT_GT(pid, 0);
  WaitForOutputs(pid, out, 45);  // the first window is in, the second under way
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "not killed mid-way";
  EXPECT_LT(FilesBelow(out).size(), static_cast<std::size_t>(kFiles));

  auto r = RunBatch(*dir_ / "in", out, case_file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, ::testing::ContainsRegex("[1-9][0-9]* unchanged \\(skipped\\)"));
  EXPECT_TRUE(TempFilesBelow(out).empty()) << TempFilesBelow(out).front();
  const auto outputs = Tree(out);
  ASSERT_EQ(outputs.size(), reference_->size());
  for (const auto& [name, bytes] : *reference_)
    EXPECT_TRUE(outputs.at(name) == bytes) << name << " differs from the uninterrupted run";
  auto v = RunCli({"log", "verify", case_file.string() + ".log"});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

TEST_F(Interrupted, CtrlCStopsCleanlyWithTheSummaryAndTheRerunFinishes) {
  TempDir dir;
  const fs::path out = dir / "out", case_file = dir / "case";
  const pid_t pid = Start(out, case_file);
  ASSERT_GT(pid, 0);
  WaitForOutputs(pid, out, 1);  // as early as possible: a slow (sanitizer) build is still busy
  ASSERT_EQ(kill(pid, SIGINT), 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << "ended by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 130);
  EXPECT_TRUE(TempFilesBelow(out).empty());
  EXPECT_LT(FilesBelow(out).size(), static_cast<std::size_t>(kFiles));
  // The interrupted run closed its log: a run-end record, an intact chain.
  auto v = RunCli({"log", "verify", case_file.string() + ".log"});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  EXPECT_THAT(v.out + v.err, Not(HasSubstr("no run-end")));

  auto r = RunBatch(*dir_ / "in", out, case_file, {"--summary", (dir / "s.json").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Tree(out) == *reference_);
}

TEST_F(Interrupted, TheSummarySaysTheRunWasInterrupted) {
  TempDir dir;
  const fs::path out = dir / "out", case_file = dir / "case";
  std::string cmd = "exec " + testing::ShellQuote(testing::CliPath().string()) + " run " +
                    testing::ShellQuote((*dir_ / "in").string()) + " -o " +
                    testing::ShellQuote(out.string()) + " --case " +
                    testing::ShellQuote(case_file.string()) + " --summary " +
                    testing::ShellQuote((dir / "s.json").string()) + " >" +
                    testing::ShellQuote((dir / "stdout").string()) + " 2>&1";
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  WaitForOutputs(pid, out, 1);
  ASSERT_EQ(kill(pid, SIGTERM), 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 143);
  EXPECT_THAT(ReadFile(dir / "stdout"), HasSubstr("interrupted by SIGTERM"));
  auto o = Poco::JSON::Parser().parse(ReadFile(dir / "s.json")).extract<Poco::JSON::Object::Ptr>();
  EXPECT_TRUE(o->getValue<bool>("interrupted"));
  EXPECT_EQ(o->getValue<std::string>("signal"), "SIGTERM");
  EXPECT_GT(o->getValue<int>("abandoned"), 0);
  EXPECT_EQ(o->getValue<int>("written") + o->getValue<int>("abandoned"), kFiles);
}

}  // namespace
}  // namespace anonymiser
