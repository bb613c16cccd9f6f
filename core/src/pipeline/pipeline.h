// The pipeline: read -> detect -> resolve -> link -> pseudonymise -> write.
//
// The stages are split by what may run in parallel. Analyse() and
// RenderAndWrite() touch only their own document and may run on many threads;
// Link() changes the case and runs on one thread, in input order, so that
// pseudonym letters never depend on thread timing.
#pragma once

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "anonymiser/document.h"
#include "case_store/case_state.h"
#include "detect/detector.h"
#include "link/linker.h"
#include "link/variant_index.h"
#include "pipeline/mention_store.h"
#include "pipeline/time_budget.h"
#include "plugin_host/plugin_registry.h"
#include "pseudonymise/renderer.h"
#include "read/format_selector.h"
#include "resolve/resolver.h"
#include "text/ordinary_words.h"

namespace anonymiser {

// A document between the stages.
struct AnalysedDocument {
  std::filesystem::path input;
  std::string format;
  std::string input_sha256;
  std::unique_ptr<Document> document;
  // Resolved mentions of each unit (same indexes as document->units()), packed.
  MentionStore mentions;
};

// The case as the render stage sees it: a frozen copy and its variant index.
struct CaseSnapshot {
  // `ordinary` (if any) must outlive the constructor only.
  explicit CaseSnapshot(CaseState s, const text::OrdinaryWords* ordinary = nullptr)
      : state(std::move(s)), index(state, ordinary) {}
  CaseState state;
  VariantIndex index;
};

class Pipeline {
 public:
  // `registry` must outlive the pipeline.
  Pipeline(const PluginRegistry& registry, Policy policy, Nicknames nicknames = {},
           text::OrdinaryWords ordinary_words = {});

  // Overrides the house style of an entity type ("PERSON" -> "Adult {L}").
  void SetStyle(const std::string& type, const std::string& style);

  // Up to `threads` threads detect the units of one document of at least
  // kParallelDocumentBytes (default 1: one thread a document).
  void SetDocumentThreads(int threads) { document_threads_ = std::max(threads, 1); }
  static constexpr std::size_t kParallelDocumentBytes = 128 * 1024;

  // Read, detect, resolve. Throws Error naming the file. Thread-safe.
  // With a `budget`, checks it after reading and after each text unit
  // (Error(kLimit) when exceeded). A non-empty `input_sha256` is taken as the
  // input's hash instead of reading the file again to compute it.
  AnalysedDocument Analyse(const std::filesystem::path& input, const TimeBudget* budget = nullptr,
                           const std::string& input_sha256 = "") const;

  // Detect and resolve the units of an already-read document, checking
  // `budget` (if any) after each unit. Thread-safe.
  std::vector<std::vector<Mention>> DetectUnits(const std::vector<TextUnit>& units,
                                                const TimeBudget* budget = nullptr) const;
  // The same, packed (what Analyse() keeps: a big document's mentions would
  // take many times its size unpacked).
  MentionStore DetectPacked(const std::vector<TextUnit>& units,
                            const TimeBudget* budget = nullptr) const;

  // Links the document's mentions into `state` (creating entities and
  // pseudonyms). Not thread-safe with respect to `state`. The packed form
  // keeps of each mention only the attributes later stages read.
  void Link(const std::vector<TextUnit>& units, std::vector<std::vector<Mention>>& mentions,
            CaseState& state) const;
  void Link(const std::vector<TextUnit>& units, MentionStore& mentions, CaseState& state) const;

  // Adds every further occurrence of the case's variants (from `snapshot`)
  // and re-resolves, giving the final spans of each unit. Checks `budget`
  // (if any) after each unit. Thread-safe.
  std::vector<std::vector<Mention>> Complete(const std::vector<TextUnit>& units,
                                             const MentionStore& mentions,
                                             const CaseSnapshot& snapshot,
                                             const TimeBudget* budget = nullptr) const;
  // The same, consuming `mentions` unit by unit.
  std::vector<std::vector<Mention>> Complete(const std::vector<TextUnit>& units,
                                             std::vector<std::vector<Mention>>&& mentions,
                                             const CaseSnapshot& snapshot,
                                             const TimeBudget* budget = nullptr) const;

  // The replacements for the final spans. Thread-safe.
  Replacements Render(const std::vector<TextUnit>& units,
                      const std::vector<std::vector<Mention>>& spans,
                      const CaseSnapshot& snapshot) const;

  // Complete() and Render() unit by unit, freeing each unit's mentions once
  // rendered, so that a big document's spans are never all unpacked
  // (`mentions` is left empty). The same replacements as
  // Render(units, Complete(units, mentions ...)).
  Replacements CompleteAndRender(const std::vector<TextUnit>& units, MentionStore&& mentions,
                                 const CaseSnapshot& snapshot,
                                 const TimeBudget* budget = nullptr) const;

  // Writes `doc` with `replacements` applied to `output`, atomically.
  // Returns the output's SHA-256. Throws Error naming the file. With a
  // `budget`, checks it before renaming the finished temporary file: a file
  // over its budget leaves no output.
  std::string Write(const AnalysedDocument& doc, const Replacements& replacements,
                    const std::filesystem::path& output, const TimeBudget* budget = nullptr) const;

  const TypeRegistry& types() const { return detector_.types(); }
  const FormatSelector& formats() const { return formats_; }
  const Policy& policy() const { return resolver_.policy(); }
  // The ordinary English words, for CaseSnapshot: which names match in any case.
  const text::OrdinaryWords& ordinary_words() const { return ordinary_words_; }
  // A snapshot of `state` for completing and rendering, indexed with this
  // pipeline's ordinary words.
  CaseSnapshot Snapshot(CaseState state) const {
    return CaseSnapshot(std::move(state), &ordinary_words_);
  }

 private:
  // Detection and resolution of one unit.
  std::vector<Mention> DetectUnit(const TextUnit& unit) const;
  // Drops the attributes of a linked mention that no later stage reads (all
  // but the entity and "plural" of an entity type, all of a kept or labelled
  // type; a kTransform type keeps them for its plugin's Transform()).
  void KeepWhatRenderingReads(Mention& m) const;
  // Calls detect(u) for every unit, on several threads for a long document.
  void ForEachUnit(const std::vector<TextUnit>& units,
                   const std::function<void(std::size_t)>& detect) const;
  // `mentions` of `unit` with every further occurrence of the case's variants.
  std::vector<Mention> CompleteUnit(const TextUnit& unit, std::vector<Mention> mentions,
                                    const CaseSnapshot& snapshot) const;

  FormatSelector formats_;
  Detector detector_;
  Resolver resolver_;
  text::OrdinaryWords ordinary_words_;  // before linker_, which reads it
  Linker linker_;
  int document_threads_ = 1;
};

}  // namespace anonymiser
