// Detection speed, in MB/s, of redact-identifiers on plain English review text and, when
// ../shared/bench/tab is present, on real court judgments.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "identifiers_plugin.h"
#include "tab_benchmark.h"

namespace {

std::string ReviewText(std::size_t bytes) {
  const std::string paragraph =
      "On 14 June 2020 the health visitor saw Child M at home with Mother. She noted that the "
      "baby, then 13 weeks old, was feeding well. The social worker visited again in early July "
      "and recorded concerns about the home conditions at LS1 4AP. In autumn 2018 the family had "
      "moved from Northshire after Father was arrested (crime number CR/12345/20); the case was "
      "closed and reopened in 2015. Mother could be reached on 07700 900123. The review panel met "
      "on Tuesday 14th August 2014 and agreed the terms of reference. Sibling 1 attended school "
      "regularly, and the GP recorded 3 appointments in the year.\n";
  std::string text;
  while (text.size() < bytes) text += paragraph;
  return text;
}

void BM_FindIdentifiers(benchmark::State& state) {
  anonymiser::identifiers::IdentifiersPlugin plugin;
  anonymiser::TextUnit unit;
  unit.text = ReviewText(1 << 20);
  std::vector<anonymiser::Mention> out;
  for (auto _ : state) {
    out.clear();
    plugin.Find(unit, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * unit.text.size()));
}
BENCHMARK(BM_FindIdentifiers)->Unit(benchmark::kMillisecond);

// The TAB court judgments (../shared/bench/tab), one unit per paragraph as
// `detect --jsonl` gets them: real text nobody here wrote. Skipped when the
// folder is missing. Reports "MB" as MB/s (10^6 bytes a second) of input.
void BM_FindIdentifiersTab(benchmark::State& state) {
  anonymiser::identifiers::IdentifiersPlugin plugin;
  anonymiser::testing::BenchmarkFindOnTab(state, plugin);
}
BENCHMARK(BM_FindIdentifiersTab)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
