// Which parts of a DOCX package hold text, and what kind of text: found by
// following the relationships from _rels/.rels, as Word does.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "zip_reader.h"

namespace anonymiser::docx {

// In reading order: parts are read in this order.
enum class PartRole {
  kMainDocument,  // word/document.xml (or wherever _rels/.rels points)
  kGlossary,      // building blocks
  kHeader,
  kFooter,
  kFootnotes,
  kEndnotes,
  kComments,
  kPeople,            // word/people.xml
  kSettings,          // word/settings.xml
  kStyles,            // word/styles.xml (only scrubbed)
  kCoreProperties,    // docProps/core.xml
  kAppProperties,     // docProps/app.xml
  kCustomProperties,  // docProps/custom.xml
  kCustomXml,         // customXml/item1.xml
  kDrawingml,         // SmartArt data and drawing, charts
  kRelationships,     // any *.rels
  kContentTypes,      // [Content_Types].xml
};

struct PartPlan {
  std::string name;  // the zip entry name
  PartRole role;
};

struct PackagePlan {
  std::vector<PartPlan> parts;    // the XML parts to read, in reading order
  std::set<std::string> removed;  // entries left out of the output (thumbnails)
};

// Plans the package `entries` of `file`. Throws Error(kInput) naming the file
// when there is no [Content_Types].xml, no main document part, or a
// relationships part is malformed.
PackagePlan PlanPackage(const std::vector<ZipEntry>& entries, const std::string& file,
                        int max_xml_depth);

// The zip entry name that a relationship with `target` in the relationships
// part `rels_name` points at ("word/_rels/document.xml.rels" + "media/a.png"
// -> "word/media/a.png").
std::string ResolveRelationshipTarget(const std::string& rels_name, const std::string& target);

// The relationship type's last path segment ("officeDocument", "header" ...),
// which is the same in the transitional and the Strict spelling.
std::string RelationshipKind(const std::string& type);

}  // namespace anonymiser::docx
