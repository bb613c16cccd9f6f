// Detection speed, in MB/s, of redact-dates on plain English review text and, when
// ../shared/bench/tab is present, on real court judgments.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "dates_plugin.h"
#include "tab_benchmark.h"

namespace {

std::string ReviewText(std::size_t bytes) {
  const std::string paragraph =
      "On 14 June 2020 the health visitor saw Child M at home with Mother. She noted that the "
      "baby, then a 13-week-old, was feeding well. The social worker visited again in early July "
      "and recorded concerns about the home conditions. In autumn 2018 the family had moved from "
      "Northshire after Father was arrested; the case was closed on 29.03.2014 and reopened in "
      "2015. March was a difficult month, and you may think the agencies should have shared "
      "information sooner. The review panel met on Tuesday 14th August 2014 at 10:00 and agreed "
      "the terms of reference. Sibling 1, aged 7, attended school regularly until May.\n";
  std::string text;
  while (text.size() < bytes) text += paragraph;
  return text;
}

void BM_FindDates(benchmark::State& state) {
  anonymiser::dates::DatesPlugin plugin;
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
BENCHMARK(BM_FindDates)->Unit(benchmark::kMillisecond);

// The TAB court judgments (../shared/bench/tab), one unit per paragraph as
// `detect --jsonl` gets them: real text nobody here wrote. Skipped when the
// folder is missing. Reports "MB" as MB/s (10^6 bytes a second) of input.
void BM_FindDatesTab(benchmark::State& state) {
  anonymiser::dates::DatesPlugin plugin;
  anonymiser::testing::BenchmarkFindOnTab(state, plugin);
}
BENCHMARK(BM_FindDatesTab)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
