#include "case_store/case_state.h"

#include <algorithm>
#include <set>

namespace anonymiser {

bool Entity::HasVariant(const std::string& variant) const {
  return std::find(variants.begin(), variants.end(), variant) != variants.end();
}

void Entity::AddVariant(const std::string& variant) {
  if (variant.empty() || HasVariant(variant)) return;
  variants.push_back(variant);
  dirty = true;
}

std::string Entity::Attribute(const std::string& key) const {
  auto it = attributes.find(key);
  return it == attributes.end() ? "" : it->second;
}

Entity* CaseState::FindEntity(std::int64_t id) {
  for (auto& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

const Entity* CaseState::FindEntity(std::int64_t id) const {
  for (const auto& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

Entity& CaseState::AddEntity(const std::string& type) {
  Entity e;
  e.id = next_entity_id++;
  e.type = type;
  e.dirty = true;
  counters_dirty = true;
  entities.push_back(std::move(e));
  return entities.back();
}

std::string LetterFor(int index) {
  std::string s;
  int n = index;
  do {
    s.insert(s.begin(), static_cast<char>('A' + n % 26));
    n = n / 26 - 1;
  } while (n >= 0);
  return s;
}

std::string CaseState::NextPseudonym(const std::string& pattern) {
  std::set<std::string> taken;
  for (const auto& e : entities) taken.insert(e.pseudonym);
  int& next = next_letter[pattern];
  counters_dirty = true;
  const auto pos = pattern.find("{L}");
  for (;;) {
    std::string candidate = pattern;
    if (pos != std::string::npos) candidate.replace(pos, 3, LetterFor(next));
    ++next;
    if (pos == std::string::npos || taken.count(candidate) == 0) return candidate;
  }
}

}  // namespace anonymiser
