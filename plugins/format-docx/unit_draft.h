// A unit of text together with the XML nodes it was read from, so that edits
// to the unit can be written back into exactly those nodes.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "anonymiser/document.h"

namespace anonymiser::docx {

// One piece of a unit's text and where it lives.
struct TextSlot {
  enum class Kind {
    kElementText,  // the text content of an element (w:t, a:t, w:delText, dc:title ...)
    kTextNode,     // a bare text node (custom XML parts)
    kAttribute,    // an attribute value (w:instr, descr, Target ...)
    kFixed,        // an element standing for fixed text (w:tab "\t", w:br "\n" ...)
  };
  Kind kind = Kind::kElementText;
  xmlNode* node = nullptr;  // the element, text node, or attribute's owner
  xmlAttr* attr = nullptr;  // kAttribute only
  std::string text;         // the text this slot contributes to the unit

  // True if replacement text may be written into this slot.
  bool Writable() const { return kind != Kind::kFixed; }
};

// A TextUnit and its slots; unit.text is the concatenation of the slots' text.
struct UnitDraft {
  TextUnit unit;
  std::vector<TextSlot> slots;
  // When set, every slot is written with this value whatever the edits say
  // (author fields become a neutral "Author").
  std::optional<std::string> forced;

  UnitDraft() = default;
  UnitDraft(Part part, std::string location) {
    unit.part = part;
    unit.location = std::move(location);
  }

  void Append(TextSlot slot) {
    unit.text += slot.text;
    slots.push_back(std::move(slot));
  }
};

}  // namespace anonymiser::docx
