// Running independent jobs on a fixed number of threads.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace anonymiser {

// Calls fn(i) for every i in [0, count) on up to `threads` threads (the
// calling thread is one of them) and returns when all are done. If a call
// throws, the remaining indexes are still processed and the first exception
// is rethrown at the end; callers that must not lose any item catch inside fn.
inline void ParallelFor(std::size_t count, int threads, const std::function<void(std::size_t)>& fn) {
  if (count == 0) return;
  const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(std::max(threads, 1)), count);
  std::atomic<std::size_t> next{0};
  std::exception_ptr first_error;
  std::mutex error_mu;
  auto worker = [&] {
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= count) return;
      try {
        fn(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mu);
        if (!first_error) first_error = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (first_error) std::rethrow_exception(first_error);
}

}  // namespace anonymiser
