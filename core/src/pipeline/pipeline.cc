#include "pipeline/pipeline.h"

#include <algorithm>

#include "anonymiser/error.h"
#include "audit/digest.h"
#include "batch/parallel.h"
#include "text/fold.h"
#include "write/atomic_output.h"

namespace anonymiser {

namespace fs = std::filesystem;

Pipeline::Pipeline(const PluginRegistry& registry, Policy policy, Nicknames nicknames,
                   text::OrdinaryWords ordinary_words)
    : formats_(registry.format_plugins()),
      detector_(registry.redaction_plugins()),
      resolver_(detector_.types(), std::move(policy)),
      ordinary_words_(std::move(ordinary_words)),
      linker_(detector_.types(), std::move(nicknames), &ordinary_words_) {}

void Pipeline::SetStyle(const std::string& type, const std::string& style) {
  detector_.mutable_types().SetStyle(type, style);
}

AnalysedDocument Pipeline::Analyse(const fs::path& input, const TimeBudget* budget,
                                   const std::string& input_sha256) const {
  const FormatPlugin& plugin = formats_.Select(input);
  AnalysedDocument doc;
  doc.input = input;
  doc.document = plugin.Read(input);
  doc.format = doc.document->format();
  doc.input_sha256 = input_sha256.empty() ? audit::FileSha256Hex(input) : input_sha256;
  if (budget) budget->Check();
  try {
    doc.mentions = DetectUnits(doc.document->units(), budget);
  } catch (const Error& e) {
    if (e.code() != ErrorCode::kPlugin) throw;
    throw Error(ErrorCode::kPlugin, input.string() + ": " + e.what());  // name the file
  }
  return doc;
}

std::vector<std::vector<Mention>> Pipeline::DetectUnits(const std::vector<TextUnit>& units,
                                                        const TimeBudget* budget) const {
  std::vector<std::vector<Mention>> out(units.size());
  auto detect = [&](std::size_t u) {
    out[u] = resolver_.Resolve(units[u].text, detector_.Find(units[u]));
    if (budget) budget->Check();
  };
  // A long document is detected on several threads, units being independent.
  std::size_t bytes = 0;
  for (const TextUnit& u : units) bytes += u.text.size();
  if (document_threads_ > 1 && units.size() > 1 && bytes >= kParallelDocumentBytes) {
    ParallelFor(units.size(), document_threads_, detect);
  } else {
    for (std::size_t u = 0; u < units.size(); ++u) detect(u);
  }
  return out;
}

void Pipeline::Link(const std::vector<TextUnit>& units, std::vector<std::vector<Mention>>& mentions,
                    CaseState& state) const {
  ++state.document_counter;
  state.counters_dirty = true;
  linker_.Link(units, mentions, state, state.document_counter);
}

std::vector<std::vector<Mention>> Pipeline::Complete(
    const std::vector<TextUnit>& units, const std::vector<std::vector<Mention>>& mentions,
    const CaseSnapshot& snapshot, const TimeBudget* budget) const {
  auto copy = mentions;
  return Complete(units, std::move(copy), snapshot, budget);
}

std::vector<std::vector<Mention>> Pipeline::Complete(const std::vector<TextUnit>& units,
                                                     std::vector<std::vector<Mention>>&& mentions,
                                                     const CaseSnapshot& snapshot,
                                                     const TimeBudget* budget) const {
  std::vector<std::vector<Mention>> out(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (budget) budget->Check();
    out[u] = std::move(mentions[u]);
    if (snapshot.index.empty()) continue;
    std::vector<Mention> extra;
    snapshot.index.Find(units[u].text, out[u], extra);
    // The user's keep list wins over propagation too.
    if (const auto& keep = resolver_.policy().keep_phrases; !keep.empty())
      std::erase_if(extra, [&](const Mention& m) {
        return keep.count(text::FoldForMatch(
                   std::string_view(units[u].text).substr(m.begin, m.end - m.begin))) != 0;
      });
    if (extra.empty()) continue;
    out[u].insert(out[u].end(), std::make_move_iterator(extra.begin()),
                  std::make_move_iterator(extra.end()));
    std::sort(out[u].begin(), out[u].end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }
  return out;
}

namespace {

std::size_t MentionCount(const std::vector<std::vector<Mention>>& spans) {
  std::size_t n = 0;
  for (const auto& unit : spans) n += unit.size();
  return n;
}

}  // namespace

std::vector<Replacement> Pipeline::Render(const std::vector<TextUnit>& units,
                                          const std::vector<std::vector<Mention>>& spans,
                                          const CaseSnapshot& snapshot) const {
  Renderer renderer(detector_.types(), snapshot.state);
  std::vector<Replacement> out;
  out.reserve(MentionCount(spans));  // at most one replacement per mention
  for (std::size_t u = 0; u < units.size(); ++u) {
    auto r = renderer.Render(u, units[u].text, spans[u]);
    out.insert(out.end(), std::make_move_iterator(r.begin()), std::make_move_iterator(r.end()));
  }
  return out;
}

std::vector<Replacement> Pipeline::Render(const std::vector<TextUnit>& units,
                                          std::vector<std::vector<Mention>>&& spans,
                                          const CaseSnapshot& snapshot) const {
  Renderer renderer(detector_.types(), snapshot.state);
  std::vector<Replacement> out;
  out.reserve(MentionCount(spans));  // at most one replacement per mention
  for (std::size_t u = 0; u < units.size(); ++u) {
    auto r = renderer.Render(u, units[u].text, spans[u]);
    std::vector<Mention>().swap(spans[u]);
    out.insert(out.end(), std::make_move_iterator(r.begin()), std::make_move_iterator(r.end()));
  }
  return out;
}

std::string Pipeline::Write(const AnalysedDocument& doc,
                            const std::vector<Replacement>& replacements, const fs::path& output,
                            const TimeBudget* budget) const {
  std::vector<Edit> edits;
  edits.reserve(replacements.size());
  for (const auto& r : replacements) edits.push_back(r.edit);
  AtomicOutput out(output);
  try {
    doc.document->Write(edits, out.temp_path());
  } catch (const Error& e) {
    throw Error(e.code(), out.NameFinal(e.what()));
  } catch (const std::exception& e) {
    throw Error(ErrorCode::kOutput, output.string() + ": " + e.what());
  }
  std::string sha = audit::FileSha256Hex(out.temp_path());
  if (budget) budget->Check();  // the destructor removes the temporary file
  out.Commit();
  return sha;
}

}  // namespace anonymiser
