// The per-file time limit (`--timeout`): how long one file may take.
//
// Only the time a file's own stages run is counted (Start() to Stop()), not
// the time it waits for other files of its window. The pipeline calls
// Check() between stages and between text units; a single plugin call is
// never interrupted.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace anonymiser {

class TimeBudget {
 public:
  // A budget of `seconds` (> 0) for `file`; `shown` is the limit as the user
  // wrote it, for the message ("300").
  TimeBudget(double seconds, std::string shown, std::filesystem::path file);

  // Starts counting (no effect when already counting).
  void Start();
  // Stops counting, keeping the time used so far (no effect when stopped).
  void Stop();

  // The time used so far, in seconds.
  double Used() const;

  // Throws Error(kLimit) "<file>: took longer than the --timeout of <shown> s"
  // when the time used exceeds the budget.
  void Check() const;

 private:
  using Clock = std::chrono::steady_clock;
  double limit_;
  std::string shown_;
  std::filesystem::path file_;
  Clock::duration used_{};
  Clock::time_point since_{};
  bool running_ = false;
};

}  // namespace anonymiser
