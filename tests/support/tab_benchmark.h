// A Google Benchmark body shared by the redaction plugins' benchmarks: one
// plugin's Find over the TAB court judgments (see tab_units.h).
#pragma once

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "anonymiser/redaction_plugin.h"
#include "tab_units.h"

namespace anonymiser::testing {

// Runs `plugin.Find` (already configured) over every TAB paragraph once per
// iteration and reports bytes processed, "MB" as MB/s (10^6 bytes a second)
// of input, and the mentions and units. Skips with an error when
// ../shared/bench/tab is missing.
inline void BenchmarkFindOnTab(benchmark::State& state, const RedactionPlugin& plugin) {
  static const std::vector<TextUnit> units =
      TabUnits(std::string(ANONYMISER_SOURCE_DIR) + "/../shared/bench/tab");
  if (units.empty()) {
    state.SkipWithError("../shared/bench/tab is missing");
    return;
  }
  std::int64_t bytes = 0;
  for (const TextUnit& unit : units) bytes += static_cast<std::int64_t>(unit.text.size());
  std::vector<Mention> out;
  for (auto _ : state) {
    out.clear();
    for (const TextUnit& unit : units) plugin.Find(unit, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * bytes);
  state.counters["MB"] = benchmark::Counter(static_cast<double>(bytes) / 1e6,
                                            benchmark::Counter::kIsIterationInvariantRate);
  state.counters["mentions"] = static_cast<double>(out.size());
  state.counters["units"] = static_cast<double>(units.size());
}

}  // namespace anonymiser::testing
