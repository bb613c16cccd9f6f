// The leak check: is any original or variant of a case's entities still in
// an output file, in any part of it?
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "case_store/case_state.h"
#include "text/ordinary_words.h"
#include "verify/leak_needles.h"

namespace anonymiser::verify {

// One original found in an output.
struct LeakHit {
  std::filesystem::path file;
  std::string part;      // zip entry, "page 3", "metadata Author", "text"
  std::string location;  // "line 4, column 12", "paragraph 7", "" for a whole field
  std::size_t needle = 0;
  // Inside a phrase the run keeps (a public body such as "Haverleigh
  // Teaching Hospitals NHS Trust"): published on purpose, not a leak.
  bool kept = false;
};

// The byte spans of `text` that a run keeps as written (public bodies,
// legislation, roles), as the redaction plugins find them.
using KeptSpans =
    std::function<std::vector<std::pair<std::size_t, std::size_t>>(std::string_view text)>;

class LeakChecker {
 public:
  explicit LeakChecker(const CaseState& state) : needles_(state) {}

  // Hits lying wholly inside a span `kept` returns are marked kept (not
  // leaks). Without it every hit is a leak.
  void SetKeptSpans(KeptSpans kept) { kept_ = std::move(kept); }
  // A one-word spelling that is an ordinary word ("cope" of Mr Cope) is a hit
  // only where capitalised, as a run replaces it only there. `words` must
  // outlive the checker. Without it every spelling counts in any case.
  void SetOrdinaryWords(const text::OrdinaryWords* words) { ordinary_ = words; }

  // Every hit in `file`, chosen by content: a zip package (DOCX/OOXML: every
  // entry), a PDF (page text, metadata, outline), else text. Within one zip
  // entry, a spelling found in the raw XML is not reported again from the
  // paragraph view. Throws Error when the file cannot be read.
  std::vector<LeakHit> CheckFile(const std::filesystem::path& file) const;

  // One line describing `hit`: file, part, location, entity type and
  // pseudonym; the matched spelling and original only with `show_originals`.
  // A kept hit's line says so.
  std::string Describe(const LeakHit& hit, bool show_originals) const;

  const NeedleSet& needles() const { return needles_; }

 private:
  NeedleSet needles_;
  KeptSpans kept_;
  const text::OrdinaryWords* ordinary_ = nullptr;
};

// The files of `paths` to check: named files and, in folders, every file,
// except the case's own (*.anoncase*, *.audit.jsonl), which hold originals
// by design. Sorted, per argument.
std::vector<std::filesystem::path> FilesToCheck(const std::vector<std::filesystem::path>& paths);

}  // namespace anonymiser::verify
