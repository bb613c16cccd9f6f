// Output names: folder and file names hold identifiers as often as documents
// do ("Okafor assessment.docx", "Shannon/notes.txt"). Each component of an
// output's relative path is a text unit of its own, found, linked and
// rendered like the document's text, so the output is named with the same
// pseudonyms ("Person A assessment.docx").
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/mention.h"
#include "pipeline/pipeline.h"

namespace anonymiser {

class PathRenamer {
 public:
  // `pipeline` must outlive the renamer.
  explicit PathRenamer(const Pipeline& pipeline) : pipeline_(pipeline) {}

  // A relative path between the stages: its components (the file name
  // without its extension) as units, and their mentions.
  struct Analysed {
    std::vector<TextUnit> units;
    std::vector<std::vector<Mention>> mentions;
    std::string extension;  // ".docx", kept as it is
  };

  // Detects the identifiers of each component of `relative`, underscores
  // read as spaces ("okafor_letter"). Thread-safe.
  Analysed Analyse(const std::filesystem::path& relative) const;

  // Links the names into `state`, like Pipeline::Link. Call it after linking
  // the document's own text, so "Okafor" in a file name joins the "Shannon
  // Okafor" of its content. Not thread-safe with respect to `state`.
  void Link(Analysed& analysed, CaseState& state) const;

  // The relative path with every identifier replaced. The case's known
  // spellings match in any case here, and hyphens and dots also separate
  // words ("okafor-letter", "reid.notes"). A '/' or '\' that a
  // replacement brings (a date "03/2014") becomes '-'; a component that would
  // be empty, "." or ".." becomes "_". Thread-safe.
  std::filesystem::path Render(const Analysed& analysed, const CaseSnapshot& snapshot) const;

 private:
  const Pipeline& pipeline_;
};

}  // namespace anonymiser
