#include "batch/stop_signal.h"

#include <signal.h>

#include <atomic>

namespace anonymiser {

namespace {

std::atomic<int> g_signal{0};
static_assert(std::atomic<int>::is_always_lock_free, "the handler needs a lock-free flag");
struct sigaction g_old_int, g_old_term;

extern "C" void OnStopSignal(int sig) {
  if (g_signal.load() == sig) {  // asked twice: stop now
    ::signal(sig, SIG_DFL);
    ::raise(sig);
    return;
  }
  g_signal.store(sig);
}

}  // namespace

StopSignal::StopSignal() {
  g_signal.store(0);
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &sa, &g_old_int);
  ::sigaction(SIGTERM, &sa, &g_old_term);
}

StopSignal::~StopSignal() {
  ::sigaction(SIGINT, &g_old_int, nullptr);
  ::sigaction(SIGTERM, &g_old_term, nullptr);
}

bool StopSignal::Requested() const { return g_signal.load() != 0; }

int StopSignal::Signal() const { return g_signal.load(); }

}  // namespace anonymiser
