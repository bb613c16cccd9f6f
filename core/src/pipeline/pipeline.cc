#include "pipeline/pipeline.h"

#include <algorithm>
#include <iterator>

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
    doc.mentions = DetectPacked(doc.document->units(), budget);
  } catch (const Error& e) {
    if (e.code() != ErrorCode::kPlugin) throw;
    throw Error(ErrorCode::kPlugin, input.string() + ": " + e.what());  // name the file
  }
  return doc;
}

std::vector<Mention> Pipeline::DetectUnit(const TextUnit& unit) const {
  return resolver_.Resolve(unit.text, detector_.Find(unit));
}

void Pipeline::ForEachUnit(const std::vector<TextUnit>& units,
                           const std::function<void(std::size_t)>& detect) const {
  // A long document is detected on several threads, units being independent.
  std::size_t bytes = 0;
  for (const TextUnit& u : units) bytes += u.text.size();
  if (document_threads_ > 1 && units.size() > 1 && bytes >= kParallelDocumentBytes) {
    ParallelFor(units.size(), document_threads_, detect);
  } else {
    for (std::size_t u = 0; u < units.size(); ++u) detect(u);
  }
}

std::vector<std::vector<Mention>> Pipeline::DetectUnits(const std::vector<TextUnit>& units,
                                                        const TimeBudget* budget) const {
  std::vector<std::vector<Mention>> out(units.size());
  ForEachUnit(units, [&](std::size_t u) {
    out[u] = DetectUnit(units[u]);
    if (budget) budget->Check();
  });
  return out;
}

MentionStore Pipeline::DetectPacked(const std::vector<TextUnit>& units,
                                    const TimeBudget* budget) const {
  MentionStore out(units.size());
  ForEachUnit(units, [&](std::size_t u) {
    out.Set(u, DetectUnit(units[u]));
    if (budget) budget->Check();
  });
  return out;
}

void Pipeline::Link(const std::vector<TextUnit>& units, std::vector<std::vector<Mention>>& mentions,
                    CaseState& state) const {
  ++state.document_counter;
  state.counters_dirty = true;
  linker_.Link(units, mentions, state, state.document_counter);
}

void Pipeline::KeepWhatRenderingReads(Mention& m) const {
  const TypeInfo* info = detector_.types().Find(m.type);
  const Treatment treatment = info ? info->treatment : Treatment::kLabel;
  if (treatment == Treatment::kTransform || m.attributes.empty())
    return;  // the plugin's Transform reads them
  if (treatment != Treatment::kEntity) {
    m.attributes.clear();
    return;
  }
  std::erase_if(m.attributes, [](const auto& a) {
    return a.first != kEntityAttribute && a.first != kPluralAttribute;
  });
}

void Pipeline::Link(const std::vector<TextUnit>& units, MentionStore& mentions,
                    CaseState& state) const {
  ++state.document_counter;
  state.counters_dirty = true;
  Linker::Session session(linker_, state, state.document_counter);
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (mentions.Count(u) == 0) continue;
    std::vector<Mention> unit = mentions.Get(u);
    session.LinkUnit(units[u].text, unit);
    for (Mention& m : unit) KeepWhatRenderingReads(m);
    mentions.Set(u, unit);
  }
}

std::vector<Mention> Pipeline::CompleteUnit(const TextUnit& unit, std::vector<Mention> mentions,
                                            const CaseSnapshot& snapshot) const {
  if (snapshot.index.empty()) return mentions;
  std::vector<Mention> extra;
  snapshot.index.Find(unit.text, mentions, extra);
  // The user's keep list wins over propagation too.
  if (const auto& keep = resolver_.policy().keep_phrases; !keep.empty())
    std::erase_if(extra, [&](const Mention& m) {
      return keep.count(text::FoldForMatch(
                 std::string_view(unit.text).substr(m.begin, m.end - m.begin))) != 0;
    });
  if (extra.empty()) return mentions;
  const auto by_begin = [](const Mention& a, const Mention& b) { return a.begin < b.begin; };
  // Both lists are in text order (resolved spans; the index reports left to
  // right) and never overlap: a merge moves each mention once, where sorting
  // the joined list moved each several times (a unit may hold hundreds).
  if (std::is_sorted(mentions.begin(), mentions.end(), by_begin) &&
      std::is_sorted(extra.begin(), extra.end(), by_begin)) {
    std::vector<Mention> merged;
    merged.reserve(mentions.size() + extra.size());
    std::merge(std::make_move_iterator(mentions.begin()), std::make_move_iterator(mentions.end()),
               std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()),
               std::back_inserter(merged), by_begin);
    return merged;
  }
  mentions.insert(mentions.end(), std::make_move_iterator(extra.begin()),
                  std::make_move_iterator(extra.end()));
  std::sort(mentions.begin(), mentions.end(), by_begin);
  return mentions;
}

std::vector<std::vector<Mention>> Pipeline::Complete(const std::vector<TextUnit>& units,
                                                     const MentionStore& mentions,
                                                     const CaseSnapshot& snapshot,
                                                     const TimeBudget* budget) const {
  std::vector<std::vector<Mention>> out(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (budget) budget->Check();
    out[u] = CompleteUnit(units[u], mentions.Get(u), snapshot);
  }
  return out;
}

std::vector<std::vector<Mention>> Pipeline::Complete(const std::vector<TextUnit>& units,
                                                     std::vector<std::vector<Mention>>&& mentions,
                                                     const CaseSnapshot& snapshot,
                                                     const TimeBudget* budget) const {
  std::vector<std::vector<Mention>> out(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (budget) budget->Check();
    out[u] = CompleteUnit(units[u], std::move(mentions[u]), snapshot);
  }
  return out;
}

Replacements Pipeline::Render(const std::vector<TextUnit>& units,
                              const std::vector<std::vector<Mention>>& spans,
                              const CaseSnapshot& snapshot) const {
  Renderer renderer(detector_.types(), snapshot.state);
  Replacements out;
  for (std::size_t u = 0; u < units.size(); ++u) renderer.Render(u, units[u].text, spans[u], out);
  return out;
}

Replacements Pipeline::CompleteAndRender(const std::vector<TextUnit>& units,
                                         MentionStore&& mentions, const CaseSnapshot& snapshot,
                                         const TimeBudget* budget) const {
  Renderer renderer(detector_.types(), snapshot.state);
  Replacements out;
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (budget) budget->Check();
    renderer.Render(u, units[u].text, CompleteUnit(units[u], mentions.Get(u), snapshot), out);
    mentions.Clear(u);
  }
  mentions = MentionStore();  // its list of units too
  return out;
}

std::string Pipeline::Write(const AnalysedDocument& doc, const Replacements& replacements,
                            const fs::path& output, const TimeBudget* budget) const {
  AtomicOutput out(output);
  try {
    doc.document->Write(replacements.edits(), out.temp_path());
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
