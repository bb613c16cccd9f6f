// Detection speed, in MB/s, of protect-public-bodies on plain English review text and, when
// ../shared/bench/tab is present, on real court judgments.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "public_bodies_plugin.h"
#include "tab_benchmark.h"

namespace {

std::string ReviewText(std::size_t bytes) {
  const std::string paragraph =
      "On 14 June 2020 the health visitor saw Child M at home with Mother. She noted that the "
      "baby was feeding well. The social worker from Northshire County Council visited again in "
      "early July and recorded concerns about the home conditions. In autumn 2018 the family had "
      "moved from Northshire after Father was arrested by Kent Police; the case was considered "
      "under section 47 of the Children Act 1989. Shannon Okafor told the GP that she had been "
      "unwell. The review panel met and agreed the terms of reference with the Northshire "
      "Safeguarding Children Partnership. Sibling 1 attended school regularly.\n";
  std::string text;
  while (text.size() < bytes) text += paragraph;
  return text;
}

void BM_FindPublicBodies(benchmark::State& state) {
  anonymiser::keep::PublicBodiesPlugin plugin;
  anonymiser::PluginContext context;
  context.dictionary_dir = std::string(ANONYMISER_SOURCE_DIR) + "/dictionaries";
  plugin.Configure(context);
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
BENCHMARK(BM_FindPublicBodies)->Unit(benchmark::kMillisecond);

// The TAB court judgments (../shared/bench/tab), one unit per paragraph as
// `detect --jsonl` gets them: real text nobody here wrote. Skipped when the
// folder is missing. Reports "MB" as MB/s (10^6 bytes a second) of input.
void BM_FindPublicBodiesTab(benchmark::State& state) {
  anonymiser::keep::PublicBodiesPlugin plugin;
  anonymiser::PluginContext context;
  context.dictionary_dir = std::string(ANONYMISER_SOURCE_DIR) + "/dictionaries";
  plugin.Configure(context);
  anonymiser::testing::BenchmarkFindOnTab(state, plugin);
}
BENCHMARK(BM_FindPublicBodiesTab)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
