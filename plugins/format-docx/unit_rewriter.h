// Writing edits back into the XML nodes a unit was read from.
#pragma once

#include <vector>

#include "anonymiser/document.h"
#include "unit_draft.h"

namespace anonymiser::docx {

// Applies `edits` (all for this unit, sorted, not overlapping, offsets into
// draft.unit.text) to the draft's nodes. A replacement is written into the
// slot where it begins (so a name split over several runs takes the first
// run's formatting) and the rest of the replaced text is removed from the
// following slots, which otherwise stay as they were. Fixed slots (tabs,
// breaks) that are replaced are removed. A draft with `forced` set gets that
// value in every slot instead. Returns true if any node changed.
bool RewriteUnit(const UnitDraft& draft, const std::vector<Edit>& edits);

// Sets the text of `slot` to `text` (elements get one text node, with
// xml:space="preserve" on WordprocessingML text).
void SetSlotText(const TextSlot& slot, const std::string& text);

}  // namespace anonymiser::docx
