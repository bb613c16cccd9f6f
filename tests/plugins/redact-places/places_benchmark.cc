// Throughput of redact-places on plain English text, and the time to load its
// dictionaries. Run: build-*/tests/plugins/redact-places/bench_redact_places
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "place_lexicon.h"
#include "places_plugin.h"

namespace {

const char* const kDictionaries = ANONYMISER_SOURCE_DIR "/dictionaries";

// About 1 MB of review-like prose with places, addresses and institutions.
std::string SampleText() {
  const std::string paragraph =
      "On 3 May 2019 the health visitor visited Shannon at 12 Acacia Avenue in Rochdale, near the "
      "family home. Shannon said that Mr Brown had not been seen since the spring. The "
      "school reported that Lily-Mae Okafor's attendance had fallen; DC Jane Smith and the "
      "social worker agreed a plan. Grace, the maternal grandmother, told the panel that the "
      "children were often left alone. The Court of Appeal and the local authority were "
      "informed. Following the strategy meeting, the GP practice wrote to J. Okafor. The "
      "review considers how agencies worked together and what could be learned.\n";
  std::string text;
  while (text.size() < (1u << 20)) text += paragraph;
  return text;
}

void BM_Find(benchmark::State& state) {
  anonymiser::places::PlacesPlugin plugin;
  anonymiser::PluginContext context;
  context.dictionary_dir = kDictionaries;
  plugin.Configure(context);
  anonymiser::TextUnit unit;
  unit.text = SampleText();
  std::vector<anonymiser::Mention> out;
  for (auto _ : state) {
    out.clear();
    plugin.Find(unit, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(unit.text.size()));
  state.counters["mentions"] = static_cast<double>(out.size());
}
BENCHMARK(BM_Find)->Unit(benchmark::kMillisecond);

void BM_LoadDictionaries(benchmark::State& state) {
  std::size_t entries = 0;
  for (auto _ : state) {
    auto lexicon = anonymiser::places::PlaceLexicon::Load(kDictionaries);
    entries = lexicon.size();
    benchmark::DoNotOptimize(entries);
  }
  state.counters["entries"] = static_cast<double>(entries);
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
