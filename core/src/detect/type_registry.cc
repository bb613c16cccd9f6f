#include "detect/type_registry.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "anonymiser/error.h"

namespace anonymiser {

namespace {

// True if the `n` bytes at `a` and `b` are equal. Not memcmp: type names
// are a few bytes long, compared here eight, then four bytes at a time
// without a call.
bool SameBytes(const char* a, const char* b, std::size_t n) {
  for (; n >= 8; a += 8, b += 8, n -= 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
  }
  if (n >= 4) {
    std::uint32_t x, y;
    std::memcpy(&x, a, 4);
    std::memcpy(&y, b, 4);
    if (x != y) return false;
    a += 4;
    b += 4;
    n -= 4;
  }
  for (; n > 0; ++a, ++b, --n)
    if (*a != *b) return false;
  return true;
}

}  // namespace

std::size_t TypeRegistry::Slot(std::string_view type) const {
  if (type.empty()) return 0;
  const auto c = [&](std::size_t i) { return static_cast<unsigned char>(type[i]); };
  return (type.size() * 7 + c(0) * 3 + c(type.size() / 2) * 5 + c(type.size() - 1)) & slot_mask_;
}

const TypeRegistry::Entry* TypeRegistry::Lookup(std::string_view type) const {
  if (slots_.empty()) return nullptr;
  for (std::size_t slot = Slot(type);; slot = (slot + 1) & slot_mask_) {
    const std::uint32_t i = slots_[slot];
    if (i == kEmpty) return nullptr;
    const std::string& name = entries_[i].info.name;
    if (name.size() == type.size() && SameBytes(name.data(), type.data(), type.size()))
      return &entries_[i];
  }
}

void TypeRegistry::Place(std::size_t i) {
  std::size_t slot = Slot(entries_[i].info.name);
  while (slots_[slot] != kEmpty) slot = (slot + 1) & slot_mask_;
  slots_[slot] = static_cast<std::uint32_t>(i);
}

void TypeRegistry::Add(const RedactionPlugin* plugin) {
  for (const auto& t : plugin->types()) {
    if (Lookup(t.name) != nullptr) continue;
    entries_.push_back(Entry{t, plugin});
    if (2 * entries_.size() > slots_.size()) {  // grow, and place every entry again
      slots_.assign(std::bit_ceil(std::max<std::size_t>(64, 4 * entries_.size())), kEmpty);
      slot_mask_ = slots_.size() - 1;
      for (std::size_t i = 0; i < entries_.size(); ++i) Place(i);
    } else {
      Place(entries_.size() - 1);
    }
  }
}

void TypeRegistry::SetStyle(const std::string& type, const std::string& style) {
  Entry* e = Lookup(type);
  if (e == nullptr) throw Error(ErrorCode::kConfig, "style for unknown entity type '" + type + "'");
  e->info.style = style;
}

const TypeInfo* TypeRegistry::Find(const std::string& type) const {
  const Entry* e = Lookup(type);
  return e == nullptr ? nullptr : &e->info;
}

const RedactionPlugin* TypeRegistry::Owner(const std::string& type) const {
  const Entry* e = Lookup(type);
  return e == nullptr ? nullptr : e->owner;
}

std::vector<TypeInfo> TypeRegistry::All() const {
  std::vector<TypeInfo> out;
  for (const Entry& e : entries_) out.push_back(e.info);
  std::sort(out.begin(), out.end(),
            [](const TypeInfo& a, const TypeInfo& b) { return a.name < b.name; });
  return out;
}

}  // namespace anonymiser
