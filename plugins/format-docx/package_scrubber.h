// Removing what identifies authors beyond the text: tracked-change history,
// revision-session ids, attached template paths, thumbnails.
#pragma once

#include <libxml/tree.h>

#include "docx_options.h"
#include "package_map.h"

namespace anonymiser::docx {

// Scrubs the parsed part `part` (rooted at `root`) in place, according to its
// role: WordprocessingML parts lose w:rsid* attributes and, unless revisions
// are redacted, have their tracked changes accepted (deletions and moved-from
// text removed, insertions unwrapped, formatting-change records dropped);
// settings lose w:rsids and w:attachedTemplate; relationships lose the
// thumbnail and attached-template relationships and any pointing at removed
// entries; content types lose the overrides of removed entries.
// Returns true if anything changed.
bool ScrubPart(xmlNode* root, const PartPlan& part, const PackagePlan& plan,
               const DocxOptions& options);

}  // namespace anonymiser::docx
