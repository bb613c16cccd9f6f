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

const char* const kTabDir = ANONYMISER_SOURCE_DIR "/../shared/bench/tab";

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void AppendUtf8(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the JSON string starting after the opening quote at `i` into `out`;
// returns the position after the closing quote.
std::size_t DecodeJsonString(const std::string& json, std::size_t i, std::string& out) {
  auto hex4 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t k = at; k < at + 4 && k < json.size(); ++k) {
      const char c = json[k];
      v = v * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
  };
  while (i < json.size() && json[i] != '"') {
    if (json[i] != '\\' || i + 1 >= json.size()) {
      out += json[i++];
      continue;
    }
    const char e = json[i + 1];
    i += 2;
    switch (e) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
      case 'f':
        out += ' ';
        break;
      case 'u': {
        std::uint32_t cp = hex4(i);
        i += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && json.compare(i, 2, "\\u") == 0) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(i + 2) - 0xDC00);
          i += 6;
        }
        AppendUtf8(cp, out);
        break;
      }
      default:
        out += e;  // \" \\ \/
    }
  }
  return i + 1;
}

// The paragraphs of the "text" of every TAB document (one unit each, as
// `detect --jsonl` gets them), or nothing when the folder is missing.
std::vector<anonymiser::TextUnit> TabUnits() {
  std::vector<anonymiser::TextUnit> units;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(kTabDir, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const std::string json = ReadAll(file);
    const std::string key = "\"text\": \"";
    for (std::size_t at = json.find(key); at != std::string::npos; at = json.find(key, at)) {
      std::string text;
      at = DecodeJsonString(json, at + key.size(), text);
      std::size_t start = 0;
      while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) {
          anonymiser::TextUnit unit;
          unit.text = text.substr(start, end - start);
          units.push_back(std::move(unit));
        }
        start = end + 1;
      }
    }
  }
  return units;
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
  const std::vector<anonymiser::TextUnit> units = TabUnits();
  if (units.empty()) {
    state.SkipWithError("no TAB text in ../shared/bench/tab");
    return;
  }
  anonymiser::places::PlacesPlugin plugin;
  anonymiser::PluginContext context;
  context.dictionary_dir = kDictionaries;
  plugin.Configure(context);
  std::size_t bytes = 0;
  for (const auto& unit : units) bytes += unit.text.size();
  std::vector<anonymiser::Mention> out;
  for (auto _ : state) {
    out.clear();
    for (const auto& unit : units) plugin.Find(unit, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
  state.counters["mentions"] = static_cast<double>(out.size());
  state.counters["units"] = static_cast<double>(units.size());
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
