// Text of the package's metadata parts: document properties, custom XML,
// the people part, settings' document variables, relationship targets.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "unit_draft.h"

namespace anonymiser::docx {

// docProps/core.xml: title, subject, keywords, description, category,
// identifier, content status; creator and lastModifiedBy as PERSON units
// forced to "Author".
std::vector<UnitDraft> ExtractCoreProperties(xmlNode* root, const std::string& part_name);

// docProps/app.xml: Company, HyperlinkBase, Template, titles of parts;
// Manager as a PERSON unit forced to "Author".
std::vector<UnitDraft> ExtractAppProperties(xmlNode* root, const std::string& part_name);

// docProps/custom.xml: every property value, located by property name.
std::vector<UnitDraft> ExtractCustomProperties(xmlNode* root, const std::string& part_name);

// A custom XML data part (customXml/item1.xml): every non-blank text node.
std::vector<UnitDraft> ExtractCustomXml(xmlNode* root, const std::string& part_name);

// word/people.xml: w15:author of each person (PERSON, forced "Author") and the
// presence user ids (forced "Author") and provider ids (forced "None").
std::vector<UnitDraft> ExtractPeople(xmlNode* root, const std::string& part_name);

// word/settings.xml: document variable values (w:docVar@w:val) and mail
// merge settings (data source, connection string, query).
std::vector<UnitDraft> ExtractSettings(xmlNode* root, const std::string& part_name);

// A relationships part: the Target of each external relationship (links,
// linked images, templates) as a kHyperlink unit.
std::vector<UnitDraft> ExtractRelationships(xmlNode* root, const std::string& part_name);

}  // namespace anonymiser::docx
