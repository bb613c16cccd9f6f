#include "part_extractor.h"

#include "drawingml_extractor.h"
#include "properties_extractor.h"
#include "wordml_extractor.h"

namespace anonymiser::docx {

std::vector<UnitDraft> ExtractPart(xmlNode* root, const PartPlan& part, bool redact_revisions) {
  const std::string& name = part.name;
  switch (part.role) {
    case PartRole::kMainDocument:
      return ExtractWordml(root, name, Part::kBody, redact_revisions);
    case PartRole::kGlossary:
      return ExtractWordml(root, name, Part::kOther, redact_revisions);
    case PartRole::kHeader:
      return ExtractWordml(root, name, Part::kHeader, redact_revisions);
    case PartRole::kFooter:
      return ExtractWordml(root, name, Part::kFooter, redact_revisions);
    case PartRole::kFootnotes:
      return ExtractWordml(root, name, Part::kFootnote, redact_revisions);
    case PartRole::kEndnotes:
      return ExtractWordml(root, name, Part::kEndnote, redact_revisions);
    case PartRole::kComments:
      return ExtractWordml(root, name, Part::kComment, redact_revisions);
    case PartRole::kPeople:
      return ExtractPeople(root, name);
    case PartRole::kSettings:
      return ExtractSettings(root, name);
    case PartRole::kCoreProperties:
      return ExtractCoreProperties(root, name);
    case PartRole::kAppProperties:
      return ExtractAppProperties(root, name);
    case PartRole::kCustomProperties:
      return ExtractCustomProperties(root, name);
    case PartRole::kCustomXml:
      return ExtractCustomXml(root, name);
    case PartRole::kDrawingml:
      return ExtractDrawingml(root, name);
    case PartRole::kRelationships:
      return ExtractRelationships(root, name);
    case PartRole::kStyles:
    case PartRole::kContentTypes:
      return {};
  }
  return {};
}

}  // namespace anonymiser::docx
