// Fuzz target: every redaction plugin's Find on arbitrary UTF-8 text, then the
// core's resolve, link, complete and render stages, as Pipeline wires them
// (Pipeline itself needs loaded plugin libraries; this links the plugins'
// static libraries instead).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "case_store/case_state.h"
#include "dates_plugin.h"
#include "detect/detector.h"
#include "fuzz_targets.h"
#include "identifiers_plugin.h"
#include "link/linker.h"
#include "link/nicknames.h"
#include "link/variant_index.h"
#include "names_plugin.h"
#include "places_plugin.h"
#include "pseudonymise/renderer.h"
#include "public_bodies_plugin.h"
#include "resolve/resolver.h"
#include "text/utf8.h"

namespace anonymiser::fuzz {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz: %s\n", what.c_str());
  std::abort();
}

// The plugins and core stages, configured once with the repository's dictionaries.
struct Stages {
  keep::PublicBodiesPlugin public_bodies;
  dates::DatesPlugin dates;
  identifiers::IdentifiersPlugin identifiers;
  names::NamesPlugin names;
  places::PlacesPlugin places;
  Detector detector;
  Resolver resolver;
  Linker linker;

  Stages()
      : detector(Configured()),
        resolver(detector.types(), Policy{}),
        linker(detector.types(), Nicknames::Load(fs::path(ANONYMISER_SOURCE_DIR) /
                                                 "dictionaries/link/nicknames.tsv")) {}

  std::vector<const RedactionPlugin*> Configured() {
    PluginContext context;
    context.dictionary_dir = fs::path(ANONYMISER_SOURCE_DIR) / "dictionaries";
    std::vector<RedactionPlugin*> all = {&public_bodies, &dates, &identifiers, &names, &places};
    for (RedactionPlugin* p : all) p->Configure(context);
    return {all.begin(), all.end()};
  }
};

// Checks `mentions` of `text` are in range, on character boundaries, sorted and disjoint.
void CheckSpans(const std::string& text, const std::vector<Mention>& mentions, const char* stage) {
  std::size_t last_end = 0;
  for (const Mention& m : mentions) {
    if (m.begin > m.end || m.end > text.size() || m.begin < last_end)
      Fail(std::string(stage) + ": span [" + std::to_string(m.begin) + ", " +
           std::to_string(m.end) + ") of type " + m.type + " is out of range or overlaps");
    if (text::FindInvalidUtf8(std::string_view(text).substr(m.begin, m.end - m.begin)) !=
        std::string_view::npos)
      Fail(std::string(stage) + ": span of type " + m.type + " cuts a character");
    last_end = m.end;
  }
}

// Applies `replacements` (one unit's, in order) to `text`, checking each edit.
std::string Apply(const std::string& text, const Replacements& replacements) {
  std::string out;
  std::size_t at = 0;
  for (const Edit& e : replacements.edits()) {
    if (e.begin < at || e.end < e.begin || e.end > text.size())
      Fail("render: edit [" + std::to_string(e.begin) + ", " + std::to_string(e.end) +
           ") out of order or range");
    out.append(text, at, e.begin - at);
    out += e.text;
    at = e.end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

// One document of the case: what Pipeline::DetectUnits, Link, Complete and Render do.
void RunDocument(const Stages& s, const std::vector<TextUnit>& units, CaseState& state) {
  std::vector<std::vector<Mention>> mentions(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    mentions[u] = s.resolver.Resolve(units[u].text, s.detector.Find(units[u]));
    CheckSpans(units[u].text, mentions[u], "resolve");
  }
  ++state.document_counter;
  s.linker.Link(units, mentions, state, state.document_counter);

  CaseState frozen = state;
  VariantIndex index(frozen);
  Renderer renderer(s.detector.types(), frozen);
  for (std::size_t u = 0; u < units.size(); ++u) {
    std::vector<Mention> spans = mentions[u];
    if (!index.empty()) {
      std::vector<Mention> extra;
      index.Find(units[u].text, mentions[u], extra);
      spans.insert(spans.end(), std::make_move_iterator(extra.begin()),
                   std::make_move_iterator(extra.end()));
      std::sort(spans.begin(), spans.end(),
                [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    }
    CheckSpans(units[u].text, spans, "complete");
    Replacements replacements = renderer.Render(u, units[u].text, spans);
    for (const Edit& e : replacements.edits())
      if (e.unit != u) Fail("render: edit for the wrong unit");
    std::string result = Apply(units[u].text, replacements);
    if (text::FindInvalidUtf8(result) != std::string_view::npos)
      Fail("render: the anonymised text is not valid UTF-8");
  }
}

}  // namespace

int FuzzDetection(const std::uint8_t* data, std::size_t size) {
  static const Stages* stages = new Stages();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (text::FindInvalidUtf8(input) != std::string_view::npos) return -1;  // not a corpus entry

  // Form feeds split the input into units; the second unit, if any, is a
  // metadata author field (a whole-unit PERSON).
  std::vector<TextUnit> units;
  std::size_t start = 0;
  while (units.size() < 64) {
    std::size_t ff = input.find('\f', start);
    TextUnit unit;
    unit.text = std::string(input.substr(start, ff == std::string_view::npos ? ff : ff - start));
    unit.location = "unit " + std::to_string(units.size());
    if (units.size() == 1) {
      unit.part = Part::kMetadata;
      unit.whole_type = "PERSON";
    }
    units.push_back(std::move(unit));
    if (ff == std::string_view::npos) break;
    start = ff + 1;
  }

  CaseState state;
  state.secret = "00112233445566778899aabbccddeeff";
  state.shift_days = 17;
  if (size % 2 == 1) state.settings["policy.DATE"] = "shift";
  // Two documents of one case: the second links against what the first created.
  RunDocument(*stages, units, state);
  RunDocument(*stages, units, state);
  return 0;
}

}  // namespace anonymiser::fuzz
