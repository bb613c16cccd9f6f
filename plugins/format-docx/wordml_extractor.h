// Text of WordprocessingML parts: the main document, glossary, headers,
// footers, footnotes, endnotes, comments.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "unit_draft.h"

namespace anonymiser::docx {

// Returns the units of the WordprocessingML part `part_name` rooted at `root`:
//  - one per paragraph (w:p) with its visible text (w:t, w:tab "\t",
//    w:br/w:cr "\n", w:noBreakHyphen "-", w:sym when it is a real
//    character), in `base` (kTable inside tables, kTextBox inside text boxes);
//  - each branch of mc:AlternateContent read on its own;
//  - field codes (w:instrText joined per field, w:fldSimple@w:instr) as kField;
//  - content-control alias/tag/list items and form-field texts as kField;
//  - hyperlink tooltips (kHyperlink), image alt text (kAltText), VML text;
//  - with `redact_revisions`, deleted and moved-from text as kRevision units;
//    otherwise that text is left out (it is removed on write);
//  - every distinct w:author (whole_type PERSON, forced "Author") and
//    w:initials (forced "A").
// The same input always gives the same units in the same order.
std::vector<UnitDraft> ExtractWordml(xmlNode* root, const std::string& part_name, Part base,
                                     bool redact_revisions);

}  // namespace anonymiser::docx
