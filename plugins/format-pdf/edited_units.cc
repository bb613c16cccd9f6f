#include "edited_units.h"

#include "anonymiser/error.h"
#include "running_lines.h"

namespace anonymiser::pdf {

EditedUnits::EditedUnits(const std::vector<TextUnit>& units, const EditList& edits,
                         const std::string& file)
    : units_(units), edits_(edits), first_(units.size() + 1, edits.size()) {
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const Edit& e = edits[i];
    if (e.unit >= units.size() || e.begin > e.end || e.end > units[e.unit].text.size())
      throw Error(ErrorCode::kInternal,
                  file + ": edit " + std::to_string(i) + " is outside the document's text");
    if (i > 0) {
      const Edit& prev = edits[i - 1];
      if (e.unit < prev.unit || (e.unit == prev.unit && e.begin < prev.end))
        throw Error(ErrorCode::kInternal,
                    file + ": edits are not sorted or overlap at edit " + std::to_string(i));
    }
  }
  // first_[u] = index of the first edit whose unit is >= u.
  std::size_t e = 0;
  for (std::size_t u = 0; u <= units.size(); ++u) {
    while (e < edits.size() && edits[e].unit < u) ++e;
    first_[u] = e;
  }
}

std::string EditedUnits::Text(std::size_t unit) const {
  const std::string& text = units_[unit].text;
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  for (std::size_t i = first_[unit]; i < first_[unit + 1]; ++i) {
    const Edit& e = edits_[i];
    out.append(text, at, e.begin - at);
    out += e.text;
    at = e.end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

std::string EditedUnits::Render(const Piece& piece) const {
  if (!piece.instance) return piece.prefix + Text(piece.unit);
  const std::string& text = units_[piece.unit].text;
  const std::string& instance = *piece.instance;
  std::string out = piece.prefix;
  std::size_t at = 0;
  for (std::size_t i = first_[piece.unit]; i < first_[piece.unit + 1]; ++i) {
    const Edit& e = edits_[i];
    std::size_t begin = RunningLineDetector::MapOffset(text, instance, e.begin, false);
    std::size_t end = RunningLineDetector::MapOffset(text, instance, e.end, true);
    if (begin < at) begin = at;
    if (end < begin) end = begin;
    out.append(instance, at, begin - at);
    out += e.text;
    at = end;
  }
  out.append(instance, at, std::string::npos);
  return out;
}

}  // namespace anonymiser::pdf
