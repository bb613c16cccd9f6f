#include "properties_extractor.h"

#include <cstring>
#include <utility>

#include "ooxml_names.h"

namespace anonymiser::docx {
namespace {

bool NameIs(const xmlNode* node, const char* name) {
  return std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

bool Blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

UnitDraft ElementUnit(xmlNode* node, Part part, std::string location) {
  UnitDraft draft(part, std::move(location));
  draft.Append(TextSlot{TextSlot::Kind::kElementText, node, nullptr, TextOf(node)});
  return draft;
}

UnitDraft AuthorUnit(xmlNode* node, xmlAttr* attr, std::string location) {
  UnitDraft draft(Part::kMetadata, std::move(location));
  TextSlot slot{attr != nullptr ? TextSlot::Kind::kAttribute : TextSlot::Kind::kElementText, node,
                attr, attr != nullptr ? TextOf(attr) : TextOf(node)};
  draft.Append(std::move(slot));
  draft.unit.whole_type = "PERSON";
  draft.forced = "Author";
  return draft;
}

void PushIfText(std::vector<UnitDraft>& units, UnitDraft draft) {
  if (!Blank(draft.unit.text)) units.push_back(std::move(draft));
}

}  // namespace

std::vector<UnitDraft> ExtractCoreProperties(xmlNode* root, const std::string& part_name) {
  static const char* const kText[] = {"title",    "subject",    "keywords",     "description",
                                      "category", "identifier", "contentStatus"};
  std::vector<UnitDraft> units;
  for (xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string location = part_name + " " + LocalName(c);
    if (NameIs(c, "creator") || NameIs(c, "lastModifiedBy")) {
      PushIfText(units, AuthorUnit(c, nullptr, location));
      continue;
    }
    for (const char* name : kText)
      if (NameIs(c, name)) PushIfText(units, ElementUnit(c, Part::kMetadata, location));
  }
  return units;
}

std::vector<UnitDraft> ExtractAppProperties(xmlNode* root, const std::string& part_name) {
  std::vector<UnitDraft> units;
  for (xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string location = part_name + " " + LocalName(c);
    if (NameIs(c, "Manager")) {
      PushIfText(units, AuthorUnit(c, nullptr, location));
    } else if (NameIs(c, "Company") || NameIs(c, "HyperlinkBase") || NameIs(c, "Template")) {
      PushIfText(units, ElementUnit(c, Part::kMetadata, location));
    } else if (NameIs(c, "TitlesOfParts")) {
      std::vector<xmlNode*> stack{c};
      while (!stack.empty()) {
        xmlNode* n = stack.back();
        stack.pop_back();
        for (xmlNode* d = n->last; d != nullptr; d = d->prev) {
          if (d->type != XML_ELEMENT_NODE) continue;
          if (NameIs(d, "lpstr") || NameIs(d, "lpwstr"))
            PushIfText(units, ElementUnit(d, Part::kMetadata, location));
          else
            stack.push_back(d);
        }
      }
    }
  }
  return units;
}

std::vector<UnitDraft> ExtractCustomProperties(xmlNode* root, const std::string& part_name) {
  std::vector<UnitDraft> units;
  for (xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || !NameIs(c, "property")) continue;
    std::string name = AttributeValue(c, Ns::kNone, "name");
    for (xmlNode* value = c->children; value != nullptr; value = value->next) {
      if (value->type != XML_ELEMENT_NODE) continue;
      PushIfText(units, ElementUnit(value, Part::kMetadata, part_name + " " + name));
    }
  }
  return units;
}

std::vector<UnitDraft> ExtractCustomXml(xmlNode* root, const std::string& part_name) {
  std::vector<UnitDraft> units;
  std::vector<xmlNode*> stack{root};
  while (!stack.empty()) {
    xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      std::string text = TextOf(node);
      if (Blank(text)) continue;
      std::string where = node->parent != nullptr && node->parent->name != nullptr
                              ? LocalName(node->parent)
                              : std::string("text");
      UnitDraft draft(Part::kMetadata, part_name + " " + where);
      draft.Append(TextSlot{TextSlot::Kind::kTextNode, node, nullptr, text});
      units.push_back(std::move(draft));
      continue;
    }
    if (node->type != XML_ELEMENT_NODE) continue;
    for (xmlNode* c = node->last; c != nullptr; c = c->prev) stack.push_back(c);
  }
  return units;
}

std::vector<UnitDraft> ExtractPeople(xmlNode* root, const std::string& part_name) {
  std::vector<UnitDraft> units;
  for (xmlNode* person = root->children; person != nullptr; person = person->next) {
    if (!IsElement(person, Ns::kWord2012, "person")) continue;
    if (xmlAttr* author = FindAttribute(person, Ns::kWord2012, "author"))
      PushIfText(units, AuthorUnit(person, author, part_name + " author"));
    for (xmlNode* info = person->children; info != nullptr; info = info->next) {
      if (!IsElement(info, Ns::kWord2012, "presenceInfo")) continue;
      if (xmlAttr* user = FindAttribute(info, Ns::kWord2012, "userId")) {
        UnitDraft draft(Part::kMetadata, part_name + " user id");
        draft.Append(TextSlot{TextSlot::Kind::kAttribute, info, user, TextOf(user)});
        draft.forced = "Author";
        PushIfText(units, std::move(draft));
      }
      if (xmlAttr* provider = FindAttribute(info, Ns::kWord2012, "providerId")) {
        UnitDraft draft(Part::kMetadata, part_name + " provider id");
        draft.Append(TextSlot{TextSlot::Kind::kAttribute, info, provider, TextOf(provider)});
        draft.forced = "None";
        PushIfText(units, std::move(draft));
      }
    }
  }
  return units;
}

std::vector<UnitDraft> ExtractSettings(xmlNode* root, const std::string& part_name) {
  std::vector<UnitDraft> units;
  for (xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (IsElement(c, Ns::kWordml, "mailMerge")) {
      // Data source paths and queries name folders, which name users.
      for (xmlNode* m = c->children; m != nullptr; m = m->next) {
        xmlAttr* value = FindAttribute(m, Ns::kWordml, "val");
        if (value == nullptr || m->type != XML_ELEMENT_NODE) continue;
        UnitDraft draft(Part::kMetadata, part_name + " mail merge " + LocalName(m));
        draft.Append(TextSlot{TextSlot::Kind::kAttribute, m, value, TextOf(value)});
        PushIfText(units, std::move(draft));
      }
    }
    if (!IsElement(c, Ns::kWordml, "docVars")) continue;
    for (xmlNode* var = c->children; var != nullptr; var = var->next) {
      if (!IsElement(var, Ns::kWordml, "docVar")) continue;
      xmlAttr* value = FindAttribute(var, Ns::kWordml, "val");
      if (value == nullptr) continue;
      UnitDraft draft(Part::kMetadata,
                      part_name + " variable " + AttributeValue(var, Ns::kWordml, "name"));
      draft.Append(TextSlot{TextSlot::Kind::kAttribute, var, value, TextOf(value)});
      PushIfText(units, std::move(draft));
    }
  }
  return units;
}

std::vector<UnitDraft> ExtractRelationships(xmlNode* root, const std::string& part_name) {
  std::vector<UnitDraft> units;
  for (xmlNode* rel = root->children; rel != nullptr; rel = rel->next) {
    if (rel->type != XML_ELEMENT_NODE || !NameIs(rel, "Relationship")) continue;
    if (AttributeValue(rel, Ns::kNone, "TargetMode") != "External") continue;
    xmlAttr* target = FindAttribute(rel, Ns::kNone, "Target");
    if (target == nullptr) continue;
    UnitDraft draft(Part::kHyperlink,
                    part_name + " " + AttributeValue(rel, Ns::kNone, "Id") + " target");
    draft.Append(TextSlot{TextSlot::Kind::kAttribute, rel, target, TextOf(target)});
    PushIfText(units, std::move(draft));
  }
  return units;
}

}  // namespace anonymiser::docx
