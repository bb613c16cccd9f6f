#include "wordml_extractor.h"

#include <cstring>
#include <map>
#include <utility>

#include "drawingml_extractor.h"
#include "ooxml_names.h"

namespace anonymiser::docx {
namespace {

bool NameIs(const xmlNode* node, const char* name) {
  return std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

// The UTF-8 encoding of `code`, or "" for a code point that is not a real
// character (symbol fonts map their glyphs into the private use area).
std::string SymbolText(const std::string& hex) {
  if (hex.empty() || hex.size() > 6) return {};
  unsigned long code = 0;
  for (char c : hex) {
    int digit = (c >= '0' && c <= '9')   ? c - '0'
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                         : -1;
    if (digit < 0) return {};
    code = code * 16 + static_cast<unsigned long>(digit);
  }
  if (code < 0x20 || (code >= 0xD800 && code < 0xE000) || (code >= 0xE000 && code < 0xF900) ||
      code > 0x10FFFF)
    return {};
  std::string out;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return out;
}

// True for a table row marked as deleted (w:trPr/w:del).
bool IsDeletedRow(const xmlNode* node) {
  if (!IsElement(node, Ns::kWordml, "tr")) return false;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next)
    if (IsElement(c, Ns::kWordml, "trPr"))
      for (const xmlNode* d = c->children; d != nullptr; d = d->next)
        if (IsElement(d, Ns::kWordml, "del")) return true;
  return false;
}

class WordmlWalker {
 public:
  WordmlWalker(const std::string& part_name, bool redact_revisions)
      : part_name_(part_name), redact_(redact_revisions) {}

  std::vector<UnitDraft> Run(xmlNode* root, Part base) {
    if (IsElement(root, Ns::kWordml, "p"))
      Paragraph(root, base);
    else
      Block(root, base);
    while (!fields_.empty()) CloseField();
    Authors(root, base == Part::kComment ? Part::kComment : Part::kMetadata);
    return std::move(units_);
  }

 private:
  // Where the text met while walking a paragraph goes.
  struct Target {
    UnitDraft* text;
    UnitDraft* deleted;
    bool in_deleted;
  };

  void Emit(UnitDraft draft) {
    if (!draft.unit.text.empty()) units_.push_back(std::move(draft));
  }

  std::string Where(const char* what, int n) const {
    return part_name_ + " " + what + " " + std::to_string(n);
  }

  void Block(xmlNode* node, Part part) {
    for (xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (IsElement(c, Ns::kWordml, "p")) {
        Paragraph(c, part);
      } else if (IsElement(c, Ns::kWordml, "tbl")) {
        Block(c, part == Part::kBody ? Part::kTable : part);
      } else if (!redact_ && IsDeletedRow(c)) {
        continue;  // accepted on write: the row goes
      } else if (IsElement(c, Ns::kWordml, "sdtPr")) {
        ControlProperties(c);
      } else if (IsElement(c, Ns::kWordml, "sectPr") || IsElement(c, Ns::kWordml, "tblPr") ||
                 IsElement(c, Ns::kWordml, "trPr") || IsElement(c, Ns::kWordml, "tcPr") ||
                 IsElement(c, Ns::kWordml, "tblGrid")) {
        continue;
      } else if (!redact_ &&
                 (IsElement(c, Ns::kWordml, "del") || IsElement(c, Ns::kWordml, "moveFrom"))) {
        continue;  // accepted on write: the content goes
      } else if (IsElement(c, Ns::kDrawingml, "p")) {
        Emit(DrawingParagraph(c, Part::kTextBox, Where("drawing paragraph", ++drawing_)));
      } else {
        Block(c, part);
      }
    }
  }

  void Paragraph(xmlNode* p, Part part) {
    int number = ++paragraphs_;
    UnitDraft text(part, Where("paragraph", number));
    UnitDraft deleted(Part::kRevision, Where("paragraph", number) + " deleted text");
    Inline(p, part, Target{&text, &deleted, false});
    Emit(std::move(text));
    Emit(std::move(deleted));
  }

  void AddText(const Target& target, xmlNode* node) {
    UnitDraft* draft = target.in_deleted ? target.deleted : target.text;
    draft->Append(TextSlot{TextSlot::Kind::kElementText, node, nullptr, TextOf(node)});
  }

  void AddFixed(const Target& target, xmlNode* node, std::string text) {
    if (text.empty()) return;
    UnitDraft* draft = target.in_deleted ? target.deleted : target.text;
    draft->Append(TextSlot{TextSlot::Kind::kFixed, node, nullptr, std::move(text)});
  }

  // A unit made of one attribute, when the attribute has a value.
  void AttributeUnit(xmlNode* node, Ns ns, const char* name, Part part,
                     const std::string& location) {
    xmlAttr* attr = FindAttribute(node, ns, name);
    std::string value = TextOf(attr);
    if (value.empty()) return;
    UnitDraft draft(part, location);
    draft.Append(TextSlot{TextSlot::Kind::kAttribute, node, attr, value});
    Emit(std::move(draft));
  }

  void Inline(xmlNode* node, Part part, const Target& target) {
    for (xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      Ns ns = NamespaceOf(c->ns);
      if (ns == Ns::kWordml) {
        WordmlElement(c, part, target);
      } else if (ns == Ns::kMath && NameIs(c, "t")) {
        AddText(target, c);
      } else if (ns == Ns::kDrawingml && NameIs(c, "p")) {
        Emit(DrawingParagraph(c, Part::kTextBox, Where("drawing paragraph", ++drawing_)));
      } else if (ns == Ns::kMarkup && NameIs(c, "AlternateContent")) {
        // Each branch is read (and rewritten) on its own, so both stay consistent.
        for (xmlNode* branch = c->children; branch != nullptr; branch = branch->next) {
          if (branch->type != XML_ELEMENT_NODE) continue;
          UnitDraft text(part, Where("alternate content", ++alternates_));
          Inline(branch, part, Target{&text, target.deleted, target.in_deleted});
          Emit(std::move(text));
        }
      } else {
        if (NameIs(c, "docPr") || NameIs(c, "cNvPr")) {
          AttributeUnit(c, Ns::kNone, "descr", Part::kAltText, Where("image description", ++alt_));
          AttributeUnit(c, Ns::kNone, "title", Part::kAltText, Where("image title", ++alt_));
          // The object's name is often the original file name of a picture.
          AttributeUnit(c, Ns::kNone, "name", Part::kAltText, Where("image name", ++alt_));
        } else if (ns == Ns::kVml) {
          AttributeUnit(c, Ns::kNone, "alt", Part::kAltText, Where("shape alt text", ++alt_));
          AttributeUnit(c, Ns::kOffice, "title", Part::kAltText, Where("shape title", ++alt_));
          AttributeUnit(c, Ns::kNone, "string", Part::kTextBox, Where("shape text", ++alt_));
        }
        Inline(c, part, target);
      }
    }
  }

  void WordmlElement(xmlNode* c, Part part, const Target& target) {
    const bool run_child = c->parent != nullptr && IsElement(c->parent, Ns::kWordml, "r");
    if (NameIs(c, "t")) {
      AddText(target, c);
    } else if (NameIs(c, "delText")) {
      if (redact_)
        target.deleted->Append(TextSlot{TextSlot::Kind::kElementText, c, nullptr, TextOf(c)});
    } else if (NameIs(c, "instrText") || NameIs(c, "delInstrText")) {
      if (target.in_deleted && !redact_) return;
      FieldCode(c);
    } else if (NameIs(c, "fldChar")) {
      std::string type = AttributeValue(c, Ns::kWordml, "fldCharType");
      if (type == "begin") {
        fields_.emplace_back(Part::kField, Where("field", ++field_count_));
      } else if (type == "end" && !fields_.empty()) {
        CloseField();
      }
    } else if (run_child && (NameIs(c, "tab") || NameIs(c, "ptab"))) {
      AddFixed(target, c, "\t");
    } else if (run_child && (NameIs(c, "br") || NameIs(c, "cr"))) {
      AddFixed(target, c, "\n");
    } else if (run_child && NameIs(c, "noBreakHyphen")) {
      AddFixed(target, c, "-");
    } else if (run_child && NameIs(c, "sym")) {
      AddFixed(target, c, SymbolText(AttributeValue(c, Ns::kWordml, "char")));
    } else if (NameIs(c, "pPr") || NameIs(c, "rPr") || NameIs(c, "sectPr") || NameIs(c, "tblPr") ||
               NameIs(c, "trPr") || NameIs(c, "tcPr") || NameIs(c, "tblGrid") ||
               NameIs(c, "sdtEndPr")) {
      return;  // properties: no text
    } else if (NameIs(c, "sdtPr")) {
      ControlProperties(c);
    } else if (NameIs(c, "ffData")) {
      FormField(c);
    } else if (NameIs(c, "fldSimple")) {
      AttributeUnit(c, Ns::kWordml, "instr", Part::kField, Where("field", ++field_count_));
      Inline(c, part, target);
    } else if (NameIs(c, "hyperlink")) {
      AttributeUnit(c, Ns::kWordml, "tooltip", Part::kHyperlink, Where("link tooltip", ++alt_));
      Inline(c, part, target);
    } else if (NameIs(c, "del") || NameIs(c, "moveFrom")) {
      if (redact_) Inline(c, part, Target{target.text, target.deleted, true});
    } else if (NameIs(c, "txbxContent")) {
      Block(c, Part::kTextBox);
    } else if (NameIs(c, "p")) {
      Paragraph(c, part);
    } else if (NameIs(c, "tbl")) {
      Block(c, part);
    } else {
      Inline(c, part, target);
    }
  }

  void FieldCode(xmlNode* c) {
    TextSlot slot{TextSlot::Kind::kElementText, c, nullptr, TextOf(c)};
    if (fields_.empty()) {
      UnitDraft draft(Part::kField, Where("field", ++field_count_));
      draft.Append(std::move(slot));
      Emit(std::move(draft));
    } else {
      fields_.back().Append(std::move(slot));
    }
  }

  void CloseField() {
    UnitDraft draft = std::move(fields_.back());
    fields_.pop_back();
    Emit(std::move(draft));
  }

  // Content control properties: alias, tag and list items name things.
  void ControlProperties(xmlNode* pr) {
    for (xmlNode* c = pr->children; c != nullptr; c = c->next) {
      if (IsElement(c, Ns::kWordml, "alias")) {
        AttributeUnit(c, Ns::kWordml, "val", Part::kField, Where("content control alias", ++sdt_));
      } else if (IsElement(c, Ns::kWordml, "tag")) {
        AttributeUnit(c, Ns::kWordml, "val", Part::kField, Where("content control tag", ++sdt_));
      } else if (IsElement(c, Ns::kWordml, "comboBox") ||
                 IsElement(c, Ns::kWordml, "dropDownList")) {
        for (xmlNode* item = c->children; item != nullptr; item = item->next) {
          if (!IsElement(item, Ns::kWordml, "listItem")) continue;
          AttributeUnit(item, Ns::kWordml, "displayText", Part::kField,
                        Where("content control item", ++sdt_));
          AttributeUnit(item, Ns::kWordml, "value", Part::kField,
                        Where("content control item", ++sdt_));
        }
      }
    }
  }

  // Legacy form fields: default text, list entries, help and status texts.
  void FormField(xmlNode* ff) {
    for (xmlNode* c = ff->children; c != nullptr; c = c->next) {
      if (IsElement(c, Ns::kWordml, "helpText") || IsElement(c, Ns::kWordml, "statusText")) {
        AttributeUnit(c, Ns::kWordml, "val", Part::kField, Where("form field text", ++sdt_));
      } else if (IsElement(c, Ns::kWordml, "textInput") || IsElement(c, Ns::kWordml, "ddList")) {
        for (xmlNode* d = c->children; d != nullptr; d = d->next)
          if (IsElement(d, Ns::kWordml, "default") || IsElement(d, Ns::kWordml, "listEntry"))
            AttributeUnit(d, Ns::kWordml, "val", Part::kField, Where("form field value", ++sdt_));
      }
    }
  }

  // Every w:author and w:initials in the part, one unit per distinct value.
  void Authors(xmlNode* root, Part part) {
    std::map<std::string, UnitDraft> authors;
    std::map<std::string, UnitDraft> initials;
    std::vector<std::string> order;  // first appearance, authors then initials
    std::vector<xmlNode*> stack{root};
    while (!stack.empty()) {
      xmlNode* node = stack.back();
      stack.pop_back();
      for (xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
        if (NamespaceOf(attr->ns) != Ns::kWordml) continue;
        bool is_author = std::strcmp(reinterpret_cast<const char*>(attr->name), "author") == 0;
        bool is_initials = std::strcmp(reinterpret_cast<const char*>(attr->name), "initials") == 0;
        if (!is_author && !is_initials) continue;
        std::string value = TextOf(attr);
        if (value.empty()) continue;
        auto& map = is_author ? authors : initials;
        auto it = map.find(value);
        if (it == map.end()) {
          UnitDraft draft(part, part_name_ + (is_author ? " author" : " author initials"));
          draft.unit.text = value;
          if (is_author) draft.unit.whole_type = "PERSON";
          draft.forced = is_author ? "Author" : "A";
          it = map.emplace(value, std::move(draft)).first;
          order.push_back((is_author ? "a" : "i") + value);
        }
        it->second.slots.push_back(TextSlot{TextSlot::Kind::kAttribute, node, attr, value});
      }
      // Children pushed in reverse so they are visited in document order.
      std::vector<xmlNode*> children;
      for (xmlNode* c = node->children; c != nullptr; c = c->next)
        if (c->type == XML_ELEMENT_NODE) children.push_back(c);
      for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    }
    for (const std::string& key : order) {
      auto& map = key[0] == 'a' ? authors : initials;
      units_.push_back(std::move(map.at(key.substr(1))));
    }
  }

  const std::string& part_name_;
  const bool redact_;
  std::vector<UnitDraft> units_;
  std::vector<UnitDraft> fields_;  // complex fields begun and not yet ended
  int paragraphs_ = 0;
  int drawing_ = 0;
  int alternates_ = 0;
  int field_count_ = 0;
  int alt_ = 0;
  int sdt_ = 0;
};

}  // namespace

std::vector<UnitDraft> ExtractWordml(xmlNode* root, const std::string& part_name, Part base,
                                     bool redact_revisions) {
  WordmlWalker walker(part_name, redact_revisions);
  return walker.Run(root, base);
}

}  // namespace anonymiser::docx
