// The leak check: is any original or variant of a case's entities still in
// an output file, in any part of it?
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "case_store/case_state.h"
#include "verify/leak_needles.h"

namespace anonymiser::verify {

// One original found in an output.
struct LeakHit {
  std::filesystem::path file;
  std::string part;      // zip entry, "page 3", "metadata Author", "text"
  std::string location;  // "line 4, column 12", "paragraph 7", "" for a whole field
  std::size_t needle = 0;
};

class LeakChecker {
 public:
  explicit LeakChecker(const CaseState& state) : needles_(state) {}

  // Every hit in `file`, chosen by content: a zip package (DOCX/OOXML: every
  // entry), a PDF (page text, metadata, outline), else text. Within one zip
  // entry, a spelling found in the raw XML is not reported again from the
  // paragraph view. Throws Error when the file cannot be read.
  std::vector<LeakHit> CheckFile(const std::filesystem::path& file) const;

  // One line describing `hit`: file, part, location, entity type and
  // pseudonym; the matched spelling and original only with `show_originals`.
  std::string Describe(const LeakHit& hit, bool show_originals) const;

  const NeedleSet& needles() const { return needles_; }

 private:
  NeedleSet needles_;
};

// The files of `paths` to check: named files and, in folders, every file,
// except the case's own (*.anoncase*, *.audit.jsonl), which hold originals
// by design. Sorted, per argument.
std::vector<std::filesystem::path> FilesToCheck(const std::vector<std::filesystem::path>& paths);

}  // namespace anonymiser::verify
