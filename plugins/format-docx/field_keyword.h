// Keeping field instructions valid: the keyword that starts a field code
// ("MERGEFIELD", "HYPERLINK", "AUTHOR" ...) is never an identifier, but
// detection may take it for part of a name ("MERGEFIELD Okafor").
#pragma once

#include <vector>

#include "anonymiser/document.h"

namespace anonymiser::docx {

// For a field-code unit (Part kField) starting with a known field keyword,
// trims `edits` (all for this unit, sorted) so that none touches the keyword:
// an edit covering the keyword and what follows is shortened to start after
// the keyword and its space; an edit inside the keyword only is dropped.
// Other units and unknown keywords are left alone.
void ProtectFieldKeyword(const TextUnit& unit, std::vector<Edit>& edits);

}  // namespace anonymiser::docx
