// Throughput of redact-places on plain English text and, when
// ../shared/bench/tab is present, on real court judgments (the Text
// Anonymization Benchmark), and the time to load its dictionaries.
// Run: build-*/tests/plugins/redact-places/bench_redact_places
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "place_lexicon.h"
#include "places_plugin.h"
#include "tab_benchmark.h"

namespace {

const char* const kDictionaries = ANONYMISER_SOURCE_DIR "/dictionaries";

// About 1 MB of review prose: the sample overview report (a fictional draft
// with names, places, dates and identifiers) repeated.
std::string SampleText() {
  std::ifstream in(ANONYMISER_SOURCE_DIR "/samples/drafts/overview-report.txt", std::ios::binary);
  const std::string report((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (report.empty()) return std::string(1 << 20, 'x');
  std::string text;
  while (text.size() < (1u << 20)) text += report + "\n";
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

// The same text as one unit per line, as the text format plugin hands it over.
void BM_FindLines(benchmark::State& state) {
  anonymiser::places::PlacesPlugin plugin;
  anonymiser::PluginContext context;
  context.dictionary_dir = kDictionaries;
  plugin.Configure(context);
  const std::string text = SampleText();
  std::vector<anonymiser::TextUnit> units;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    anonymiser::TextUnit unit;
    unit.text = text.substr(start, end - start);
    units.push_back(std::move(unit));
    start = end + 1;
  }
  std::vector<anonymiser::Mention> out;
  for (auto _ : state) {
    out.clear();
    for (const auto& unit : units) plugin.Find(unit, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["mentions"] = static_cast<double>(out.size());
}
BENCHMARK(BM_FindLines)->Unit(benchmark::kMillisecond);

// Real court judgments (TAB dev and test slices), one unit per paragraph:
// the text the speed target of `detect` is measured on.
void BM_FindTab(benchmark::State& state) {
  anonymiser::places::PlacesPlugin plugin;
  anonymiser::PluginContext context;
  context.dictionary_dir = kDictionaries;
  plugin.Configure(context);
  anonymiser::testing::BenchmarkFindOnTab(state, plugin);
}
BENCHMARK(BM_FindTab)->Unit(benchmark::kMillisecond);

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
