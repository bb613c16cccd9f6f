// The anonymised text of a document's units: its units with a list of edits applied.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "anonymiser/document.h"
#include "pdf_content.h"

namespace anonymiser::pdf {

class EditedUnits {
 public:
  // Checks `edits` against `units` (unit index in range, begin <= end <= the
  // unit's size, sorted by (unit, begin), no overlap) and throws
  // Error(kInternal, "<file>: ...") naming `file` when they are not valid.
  // Keeps references to both: they must outlive this object.
  EditedUnits(const std::vector<TextUnit>& units, const EditList& edits, const std::string& file);

  // Unit `unit`'s text with its edits applied.
  std::string Text(std::size_t unit) const;

  // The text of `piece`: its prefix, then the edited unit text, or for a
  // running line the page's own instance with the unit's edits carried over.
  std::string Render(const Piece& piece) const;

 private:
  const std::vector<TextUnit>& units_;
  const EditList& edits_;
  // first_[u] .. first_[u + 1]: the edits of unit u.
  std::vector<std::size_t> first_;
};

}  // namespace anonymiser::pdf
