// Ctrl-C and `kill` (SIGINT, SIGTERM) ask a batch to stop between files.
#pragma once

namespace anonymiser {

class StopSignal {
 public:
  // Catches SIGINT and SIGTERM until destroyed (the previous handlers then
  // come back). The first signal only sets the flag; a second one of the same
  // kind ends the process at once, as if never caught. At most one
  // StopSignal may exist at a time.
  StopSignal();
  ~StopSignal();
  StopSignal(const StopSignal&) = delete;
  StopSignal& operator=(const StopSignal&) = delete;

  // True once a signal arrived. Thread-safe.
  bool Requested() const;
  // The signal that arrived (SIGINT or SIGTERM), 0 when none.
  int Signal() const;
};

}  // namespace anonymiser
