#include "package_scrubber.h"

#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "ooxml_names.h"

namespace anonymiser::docx {
namespace {

bool NameIs(const xmlNode* node, const char* name) {
  return std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

bool IsWordml(const xmlNode* node) {
  return node->type == XML_ELEMENT_NODE && NamespaceOf(node->ns) == Ns::kWordml;
}

void Remove(xmlNode* node) {
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

// Collects, in document order, the elements below `root` for which `pick`
// is true, without looking inside an element already picked.
std::vector<xmlNode*> Collect(xmlNode* root, const std::function<bool(xmlNode*)>& pick) {
  std::vector<xmlNode*> found;
  std::vector<xmlNode*> stack;
  for (xmlNode* c = root->last; c != nullptr; c = c->prev) stack.push_back(c);
  while (!stack.empty()) {
    xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type != XML_ELEMENT_NODE) continue;
    if (pick(node)) {
      found.push_back(node);
      continue;
    }
    for (xmlNode* c = node->last; c != nullptr; c = c->prev) stack.push_back(c);
  }
  return found;
}

bool IsMarkerParent(const xmlNode* node) {
  return node != nullptr && IsWordml(node) &&
         (NameIs(node, "rPr") || NameIs(node, "trPr") || NameIs(node, "pPr") ||
          NameIs(node, "tcPr") || NameIs(node, "numPr"));
}

// Moves the bookmark, comment and permission range marks directly inside
// `node` out before it, so removing `node` leaves no range half-open.
void KeepRangeMarkers(xmlNode* node) {
  static const char* const kMarkers[] = {"bookmarkStart",   "bookmarkEnd", "commentRangeStart",
                                         "commentRangeEnd", "permStart",   "permEnd"};
  for (xmlNode* c = node->children; c != nullptr;) {
    xmlNode* next = c->next;
    bool marker = false;
    for (const char* name : kMarkers) marker = marker || (IsWordml(c) && NameIs(c, name));
    if (marker) {
      xmlUnlinkNode(c);
      xmlAddPrevSibling(node, c);
    }
    c = next;
  }
}

bool AcceptRevisions(xmlNode* root) {
  bool changed = false;
  // Deleted table rows go whole.
  for (xmlNode* row : Collect(root, [](xmlNode* n) {
         if (!IsWordml(n) || !NameIs(n, "tr")) return false;
         for (xmlNode* c = n->children; c != nullptr; c = c->next)
           if (IsWordml(c) && NameIs(c, "trPr"))
             for (xmlNode* d = c->children; d != nullptr; d = d->next)
               if (IsWordml(d) && NameIs(d, "del")) return true;
         return false;
       })) {
    Remove(row);
    changed = true;
  }
  static const char* const kDropped[] = {"del",
                                         "moveFrom",
                                         "moveFromRangeStart",
                                         "moveFromRangeEnd",
                                         "moveToRangeStart",
                                         "moveToRangeEnd",
                                         "rPrChange",
                                         "pPrChange",
                                         "sectPrChange",
                                         "tblPrChange",
                                         "trPrChange",
                                         "tcPrChange",
                                         "tblPrExChange",
                                         "tblGridChange",
                                         "numberingChange",
                                         "cellIns",
                                         "cellDel",
                                         "cellMerge",
                                         "customXmlInsRangeStart",
                                         "customXmlInsRangeEnd",
                                         "customXmlDelRangeStart",
                                         "customXmlDelRangeEnd",
                                         "customXmlMoveFromRangeStart",
                                         "customXmlMoveFromRangeEnd",
                                         "customXmlMoveToRangeStart",
                                         "customXmlMoveToRangeEnd"};
  for (xmlNode* node : Collect(root, [](xmlNode* n) {
         if (!IsWordml(n)) return false;
         for (const char* name : kDropped)
           if (NameIs(n, name)) return true;
         // Insertion marks on paragraph marks and rows carry an author too.
         return (NameIs(n, "ins") || NameIs(n, "moveTo")) && IsMarkerParent(n->parent);
       })) {
    KeepRangeMarkers(node);
    Remove(node);
    changed = true;
  }
  // Inserted and moved-to content stays, without its wrapper.
  std::vector<xmlNode*> wrappers = Collect(
      root, [](xmlNode* n) { return IsWordml(n) && (NameIs(n, "ins") || NameIs(n, "moveTo")); });
  for (std::size_t i = 0; i < wrappers.size(); ++i) {
    // Nested wrappers are found once their parent wrapper is opened.
    xmlNode* wrapper = wrappers[i];
    std::vector<xmlNode*> inner = Collect(wrapper, [](xmlNode* n) {
      return IsWordml(n) && (NameIs(n, "ins") || NameIs(n, "moveTo"));
    });
    wrappers.insert(wrappers.end(), inner.begin(), inner.end());
    while (wrapper->children != nullptr) {
      xmlNode* child = wrapper->children;
      xmlUnlinkNode(child);
      xmlAddPrevSibling(wrapper, child);
    }
    Remove(wrapper);
    changed = true;
  }
  return changed;
}

bool StripRevisionIds(xmlNode* root) {
  bool changed = false;
  std::vector<xmlNode*> stack{root};
  while (!stack.empty()) {
    xmlNode* node = stack.back();
    stack.pop_back();
    for (xmlAttr* attr = node->properties; attr != nullptr;) {
      xmlAttr* next = attr->next;
      if (NamespaceOf(attr->ns) == Ns::kWordml &&
          std::strncmp(reinterpret_cast<const char*>(attr->name), "rsid", 4) == 0) {
        xmlRemoveProp(attr);
        changed = true;
      }
      attr = next;
    }
    for (xmlNode* c = node->children; c != nullptr; c = c->next)
      if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
  }
  return changed;
}

bool ScrubSettings(xmlNode* root) {
  bool changed = false;
  for (xmlNode* node : Collect(root, [](xmlNode* n) {
         return IsWordml(n) && (NameIs(n, "rsids") || NameIs(n, "attachedTemplate"));
       })) {
    Remove(node);
    changed = true;
  }
  return changed;
}

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool IsRemoved(const PackagePlan& plan, const std::string& name) {
  for (const std::string& removed : plan.removed)
    if (Lower(removed) == Lower(name)) return true;
  return false;
}

bool ScrubRelationships(xmlNode* root, const PartPlan& part, const PackagePlan& plan) {
  bool changed = false;
  for (xmlNode* rel = root->children; rel != nullptr;) {
    xmlNode* next = rel->next;
    if (rel->type == XML_ELEMENT_NODE && NameIs(rel, "Relationship")) {
      std::string kind = RelationshipKind(AttributeValue(rel, Ns::kNone, "Type"));
      bool external = AttributeValue(rel, Ns::kNone, "TargetMode") == "External";
      std::string target = AttributeValue(rel, Ns::kNone, "Target");
      if (kind == "thumbnail" || kind == "attachedTemplate" ||
          (!external && IsRemoved(plan, ResolveRelationshipTarget(part.name, target)))) {
        Remove(rel);
        changed = true;
      }
    }
    rel = next;
  }
  return changed;
}

bool ScrubContentTypes(xmlNode* root, const PackagePlan& plan) {
  bool changed = false;
  for (xmlNode* item = root->children; item != nullptr;) {
    xmlNode* next = item->next;
    if (item->type == XML_ELEMENT_NODE && NameIs(item, "Override")) {
      std::string name = AttributeValue(item, Ns::kNone, "PartName");
      if (!name.empty() && name[0] == '/') name.erase(0, 1);
      if (IsRemoved(plan, name)) {
        Remove(item);
        changed = true;
      }
    }
    item = next;
  }
  return changed;
}

}  // namespace

bool ScrubPart(xmlNode* root, const PartPlan& part, const PackagePlan& plan,
               const DocxOptions& options) {
  switch (part.role) {
    case PartRole::kMainDocument:
    case PartRole::kGlossary:
    case PartRole::kHeader:
    case PartRole::kFooter:
    case PartRole::kFootnotes:
    case PartRole::kEndnotes:
    case PartRole::kComments: {
      bool changed = options.redact_revisions ? false : AcceptRevisions(root);
      return StripRevisionIds(root) || changed;
    }
    case PartRole::kSettings: {
      bool changed = ScrubSettings(root);
      return StripRevisionIds(root) || changed;
    }
    case PartRole::kStyles:
      return StripRevisionIds(root);
    case PartRole::kRelationships:
      return ScrubRelationships(root, part, plan);
    case PartRole::kContentTypes:
      return ScrubContentTypes(root, plan);
    default:
      return false;
  }
}

}  // namespace anonymiser::docx
