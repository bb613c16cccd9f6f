#include "drawingml_extractor.h"

#include <cstring>

#include "ooxml_names.h"

namespace anonymiser::docx {
namespace {

void CollectRuns(xmlNode* node, UnitDraft& draft) {
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (IsElement(c, Ns::kDrawingml, "t")) {
      draft.Append(TextSlot{TextSlot::Kind::kElementText, c, nullptr, TextOf(c)});
    } else if (IsElement(c, Ns::kDrawingml, "br")) {
      draft.Append(TextSlot{TextSlot::Kind::kFixed, c, nullptr, "\n"});
    } else {
      CollectRuns(c, draft);
    }
  }
}

bool HasLetter(const std::string& text) {
  for (unsigned char c : text)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) return true;
  return false;
}

class DrawingmlWalker {
 public:
  explicit DrawingmlWalker(const std::string& part_name) : part_name_(part_name) {}

  void Walk(xmlNode* node) {
    for (xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (IsElement(c, Ns::kDrawingml, "p")) {
        Emit(DrawingParagraph(c, Part::kTextBox,
                              part_name_ + " paragraph " + std::to_string(++paragraphs_)));
        continue;
      }
      if (IsElement(c, Ns::kChart, "v")) {
        std::string text = TextOf(c);
        if (HasLetter(text)) {
          UnitDraft draft(Part::kOther, part_name_ + " value " + std::to_string(++values_));
          draft.Append(TextSlot{TextSlot::Kind::kElementText, c, nullptr, text});
          Emit(std::move(draft));
        }
        continue;
      }
      const char* name = reinterpret_cast<const char*>(c->name);
      if (std::strcmp(name, "docPr") == 0 || std::strcmp(name, "cNvPr") == 0) {
        for (const char* attr_name : {"descr", "title", "name"}) {
          xmlAttr* attr = FindAttribute(c, Ns::kNone, attr_name);
          std::string text = TextOf(attr);
          if (text.empty()) continue;
          UnitDraft draft(Part::kAltText, part_name_ + " " + attr_name);
          draft.Append(TextSlot{TextSlot::Kind::kAttribute, c, attr, text});
          Emit(std::move(draft));
        }
      }
      Walk(c);
    }
  }

  std::vector<UnitDraft> Take() { return std::move(units_); }

 private:
  void Emit(UnitDraft draft) {
    if (!draft.unit.text.empty()) units_.push_back(std::move(draft));
  }

  const std::string& part_name_;
  int paragraphs_ = 0;
  int values_ = 0;
  std::vector<UnitDraft> units_;
};

}  // namespace

UnitDraft DrawingParagraph(xmlNode* paragraph, Part part, std::string location) {
  UnitDraft draft(part, std::move(location));
  CollectRuns(paragraph, draft);
  return draft;
}

std::vector<UnitDraft> ExtractDrawingml(xmlNode* root, const std::string& part_name) {
  DrawingmlWalker walker(part_name);
  walker.Walk(root);
  return walker.Take();
}

}  // namespace anonymiser::docx
