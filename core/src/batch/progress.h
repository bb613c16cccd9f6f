// Progress of a batch on standard error: files done of total, MB/s, ETA and
// failures so far.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <ostream>
#include <string>

namespace anonymiser {

class Progress {
 public:
  enum class Mode {
    kTerminal,  // one line redrawn in place (\r), at most every 250 ms
    kLines,     // plain lines: at each tenth of the files, else at most every 30 s
    kQuiet,     // nothing
  };
  using Clock = std::chrono::steady_clock;

  // Reports on `out` (which must outlive this) the progress through `files`
  // files of `bytes` bytes in all. `now` gives the time (a test can pass a
  // fake clock).
  Progress(std::ostream& out, Mode mode, std::uint64_t files, std::uint64_t bytes,
           std::function<Clock::time_point()> now = Clock::now);

  // kTerminal when `fd` is a terminal, else kLines; kQuiet when `quiet`.
  static Mode ModeFor(int fd, bool quiet);

  // A file is finished: processed (`bytes` read), failed, or skipped without
  // processing (its bytes are taken off the work left). Thread-safe.
  enum class Outcome { kProcessed, kFailed, kSkipped };
  void FileDone(std::uint64_t bytes, Outcome outcome);

  // Draws the final state (kTerminal: and ends the line). Call once, at the end.
  void Finish();

  // The current line, e.g. "12/40 files, 3.1 MB/s, ETA 0:07, 1 failed".
  std::string Line() const;

 private:
  void DrawLocked(bool final);
  std::string LineLocked() const;

  std::ostream& out_;
  const Mode mode_;
  const std::uint64_t files_;
  std::uint64_t bytes_;  // bytes to process (skipped files' bytes taken off)
  std::function<Clock::time_point()> now_;
  const Clock::time_point start_;
  mutable std::mutex mu_;
  std::uint64_t done_ = 0, failed_ = 0, bytes_done_ = 0;
  Clock::time_point last_draw_;
  std::uint64_t last_tenth_ = 0;
  std::uint64_t drawn_done_ = 0;  // files done at the last plain line
  std::size_t last_width_ = 0;
  bool drawn_ = false;
};

}  // namespace anonymiser
