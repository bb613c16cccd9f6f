// The author's review report: every entity found in a set of documents.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/mention.h"
#include "case_store/case_state.h"

namespace anonymiser {

// Collects what a scan found and writes it as CSV and HTML. The report shows
// originals: it is for the author, not for publication.
class ScanReport {
 public:
  // Records the final spans of one document (`spans[u]` for `units[u]`),
  // with each entity's pseudonym from `state`, or the replacement text for
  // labels and transforms from `replacements` (unit, begin -> text).
  void Add(const std::string& document, const std::vector<TextUnit>& units,
           const std::vector<std::vector<Mention>>& spans,
           const std::map<std::pair<std::size_t, std::size_t>, std::string>& replacements,
           const CaseState& state);

  // One row per entity and spelling: pseudonym, type, spelling, count,
  // rules, documents, and one line of context. Throws Error(kOutput).
  void WriteCsv(const std::filesystem::path& file) const;
  void WriteHtml(const std::filesystem::path& file) const;

  std::size_t rows() const { return rows_.size(); }

 private:
  struct Row {
    std::string pseudonym, type, spelling, context;
    std::size_t count = 0;
    std::set<std::string> rules, documents;
    bool known = false;
  };
  // Keyed by (pseudonym, spelling) so the report is sorted by pseudonym.
  std::map<std::pair<std::string, std::string>, Row> rows_;
};

}  // namespace anonymiser
