// The units of one planned part, whatever its role.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "package_map.h"
#include "unit_draft.h"

namespace anonymiser::docx {

// Returns the units of the part `part` (parsed, rooted at `root`). Parts
// without text of their own (styles, content types) give none.
std::vector<UnitDraft> ExtractPart(xmlNode* root, const PartPlan& part, bool redact_revisions);

}  // namespace anonymiser::docx
