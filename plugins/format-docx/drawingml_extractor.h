// Text of DrawingML: SmartArt data and drawing parts, charts, and DrawingML
// paragraphs (a:p) met inside WordprocessingML.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "unit_draft.h"

namespace anonymiser::docx {

// Returns the unit of the DrawingML paragraph `paragraph` (a:p): its a:t text
// with a:br as "\n". The unit may be empty.
UnitDraft DrawingParagraph(xmlNode* paragraph, Part part, std::string location);

// Returns the units of a DrawingML part `part_name` rooted at `root`: one per
// a:p with text, one per chart value (c:v) holding a letter, and the alt text
// (descr/title) of its drawing objects.
std::vector<UnitDraft> ExtractDrawingml(xmlNode* root, const std::string& part_name);

}  // namespace anonymiser::docx
