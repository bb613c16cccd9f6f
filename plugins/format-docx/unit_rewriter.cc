#include "unit_rewriter.h"

#include <algorithm>
#include <cstddef>
#include <string>

#include "ooxml_names.h"

namespace anonymiser::docx {
namespace {

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// One change inside one slot: bytes [begin, end) of the slot's text become `text`.
struct SlotChange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

void RemoveNode(xmlNode* node) {
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

}  // namespace

void SetSlotText(const TextSlot& slot, const std::string& text) {
  switch (slot.kind) {
    case TextSlot::Kind::kAttribute:
      xmlSetNsProp(slot.node, slot.attr->ns, slot.attr->name, X(text.c_str()));
      return;
    case TextSlot::Kind::kTextNode:
      xmlNodeSetContent(slot.node, X(text.c_str()));  // raw for text nodes: no entity parsing
      return;
    case TextSlot::Kind::kElementText:
    case TextSlot::Kind::kFixed: {
      while (slot.node->children != nullptr) RemoveNode(slot.node->children);
      if (!text.empty()) xmlAddChild(slot.node, xmlNewDocText(slot.node->doc, X(text.c_str())));
      if (NamespaceOf(slot.node->ns) == Ns::kWordml && !text.empty())
        xmlNodeSetSpacePreserve(slot.node, 1);
      return;
    }
  }
}

bool RewriteUnit(const UnitDraft& draft, const std::vector<Edit>& edits) {
  const std::vector<TextSlot>& slots = draft.slots;
  if (draft.forced) {
    bool changed = false;
    for (const TextSlot& slot : slots) {
      if (slot.text == *draft.forced) continue;
      SetSlotText(slot, *draft.forced);
      changed = true;
    }
    return changed;
  }
  if (edits.empty() || slots.empty()) return false;

  std::vector<std::size_t> starts(slots.size());
  std::size_t offset = 0;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    starts[i] = offset;
    offset += slots[i].text.size();
  }
  auto slot_end = [&](std::size_t i) { return starts[i] + slots[i].text.size(); };

  std::vector<std::vector<SlotChange>> changes(slots.size());
  for (const Edit& edit : edits) {
    // The slot holding the first replaced byte (for an insertion: the slot
    // ending at the insertion point, else the one starting there).
    std::size_t first = slots.size();
    for (std::size_t i = 0; i < slots.size(); ++i) {
      bool holds = edit.begin < edit.end ? (starts[i] <= edit.begin && edit.begin < slot_end(i))
                                         : (starts[i] <= edit.begin && edit.begin <= slot_end(i));
      if (holds) {
        first = i;
        break;
      }
    }
    if (first == slots.size()) continue;  // beyond the text: nothing to do
    // Where the replacement text goes: the first writable slot the edit
    // covers, else the nearest writable slot before it, else after it.
    std::size_t host = slots.size();
    for (std::size_t i = first; i < slots.size() && (i == first || starts[i] < edit.end); ++i)
      if (slots[i].Writable()) {
        host = i;
        break;
      }
    bool host_before = false;
    if (host == slots.size()) {
      for (std::size_t i = first; i-- > 0;)
        if (slots[i].Writable()) {
          host = i;
          host_before = true;
          break;
        }
    }
    if (host == slots.size()) {
      for (std::size_t i = first + 1; i < slots.size(); ++i)
        if (slots[i].Writable()) {
          host = i;
          break;
        }
    }
    bool placed = false;
    for (std::size_t i = first; i < slots.size() && (i == first || starts[i] < edit.end); ++i) {
      std::size_t b = std::max(edit.begin, starts[i]) - starts[i];
      std::size_t e = std::min(edit.end, slot_end(i)) - starts[i];
      SlotChange change{b, e, ""};
      if (i == host) {
        change.text = edit.text;
        placed = true;
      }
      if (change.begin < change.end || !change.text.empty()) changes[i].push_back(change);
    }
    if (!placed && host < slots.size() && !edit.text.empty()) {
      std::size_t at = host_before ? slots[host].text.size() : 0;
      changes[host].push_back(SlotChange{at, at, edit.text});
    }
  }

  bool changed = false;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (changes[i].empty()) continue;
    std::vector<SlotChange>& list = changes[i];
    std::stable_sort(list.begin(), list.end(),
                     [](const SlotChange& a, const SlotChange& b) { return a.begin < b.begin; });
    std::string text;
    std::size_t pos = 0;
    for (const SlotChange& change : list) {
      if (change.begin < pos) continue;  // cannot happen for non-overlapping edits
      text.append(slots[i].text, pos, change.begin - pos);
      text += change.text;
      pos = change.end;
    }
    text.append(slots[i].text, std::min(pos, slots[i].text.size()), std::string::npos);
    if (text == slots[i].text) continue;
    changed = true;
    if (!slots[i].Writable()) {
      if (text.empty()) RemoveNode(slots[i].node);
      continue;
    }
    SetSlotText(slots[i], text);
  }
  return changed;
}

}  // namespace anonymiser::docx
