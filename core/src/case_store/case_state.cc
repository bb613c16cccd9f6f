#include "case_store/case_state.h"

#include <algorithm>
#include <array>
#include <utility>

namespace anonymiser {

bool Entity::HasVariant(const std::string& variant) const {
  return std::find(variants.begin(), variants.end(), variant) != variants.end();
}

void Entity::AddVariant(const std::string& variant) {
  if (variant.empty() || HasVariant(variant)) return;
  variants.push_back(variant);
  dirty = true;
}

const std::string& Entity::Attribute(const std::string& key) const {
  static const std::string kUnset;
  auto it = attributes.find(key);
  return it == attributes.end() ? kUnset : it->second;
}

Entity* CaseState::FindEntity(std::int64_t id) {
  return const_cast<Entity*>(std::as_const(*this).FindEntity(id));
}

const Entity* CaseState::FindEntity(std::int64_t id) const {
  // Entities are kept in id order (loaded ORDER BY id, added with growing
  // ids); search by halves, and scan if someone broke the order.
  auto it = std::lower_bound(entities.begin(), entities.end(), id,
                             [](const Entity& e, std::int64_t v) { return e.id < v; });
  if (it != entities.end() && it->id == id) return &*it;
  for (const auto& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

namespace {
const std::vector<std::size_t> kNoEntities;
// The attributes that spell an entity, made once.
const std::array<std::string, 3>& SpellingAttributes() {
  static const std::array<std::string, 3> names = {"given", "family", "name"};
  return names;
}
}  // namespace

const std::vector<std::size_t>& CaseState::EntitiesSpelled(const std::string& key) const {
  auto it = spelled_.find(key);
  return it == spelled_.end() ? kNoEntities : it->second;
}

namespace {
// What one entity adds to the spelling signature.
std::size_t SpellingTerm(const Entity& e) {
  return (static_cast<std::size_t>(e.id) * 0x9E3779B97F4A7C15ull) ^
         (e.variants.size() * 1000003u + e.attributes.size());
}
}  // namespace

std::size_t CaseState::SpellingSignature() const {
  std::size_t sum = entities.size();
  for (const auto& e : entities) sum += SpellingTerm(e);
  return sum;
}

void CaseState::RefreshSpellings() {
  if (spelled_built_ && SpellingSignature() == spelled_signature_) return;
  spelled_.clear();
  spelled_terms_.clear();
  spelled_variants_.clear();
  spelled_built_ = false;
  for (std::size_t i = 0; i < entities.size(); ++i) Reindex(i);
  spelled_signature_ = SpellingSignature();
  spelled_built_ = true;
}

void CaseState::Reindex(std::size_t index) {
  const Entity& e = entities[index];
  // Spellings are only ever added: the same numbers of variants and
  // attributes as when last indexed mean nothing new to index (the linker
  // asks after every mention).
  if (spelled_built_ && index < spelled_terms_.size() && spelled_terms_[index] == SpellingTerm(e))
    return;
  auto add = [&](const std::string& key) {
    if (key.empty()) return;
    auto& list = spelled_[key];
    if (std::find(list.begin(), list.end(), index) != list.end()) return;
    list.insert(std::upper_bound(list.begin(), list.end(), index), index);
  };
  // Variants are only appended: those indexed before are indexed still.
  const std::size_t known =
      spelled_built_ && index < spelled_variants_.size() ? spelled_variants_[index] : 0;
  for (std::size_t v = known <= e.variants.size() ? known : 0; v < e.variants.size(); ++v)
    add(e.variants[v]);
  for (const std::string& a : SpellingAttributes())
    if (auto it = e.attributes.find(a); it != e.attributes.end()) add(it->second);
  // Keep the signature in step, so RefreshSpellings() sees only outside changes.
  if (index >= spelled_terms_.size()) {
    spelled_terms_.resize(index + 1, 0);
    spelled_variants_.resize(index + 1, 0);
    if (spelled_built_) spelled_signature_ += 1;  // one more entity
  }
  spelled_variants_[index] = e.variants.size();
  if (spelled_built_) spelled_signature_ += SpellingTerm(e) - spelled_terms_[index];
  spelled_terms_[index] = SpellingTerm(e);
}

Entity& CaseState::AddEntity(const std::string& type) {
  Entity& e = entities.emplace_back();
  e.id = next_entity_id++;
  e.type = type;
  e.dirty = true;
  counters_dirty = true;
  return e;
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
  // Entities removed since the last call: start over.
  if (pseudonyms_covered_ > entities.size()) {
    pseudonyms_.clear();
    pseudonyms_covered_ = 0;
  }
  // (An entity just added has no pseudonym yet, and no candidate is empty.)
  for (; pseudonyms_covered_ < entities.size(); ++pseudonyms_covered_)
    if (const std::string& p = entities[pseudonyms_covered_].pseudonym; !p.empty())
      pseudonyms_.insert(p);
  int& next = next_letter[pattern];
  counters_dirty = true;
  const auto pos = pattern.find("{L}");
  for (;;) {
    std::string candidate = pattern;
    if (pos != std::string::npos) candidate.replace(pos, 3, LetterFor(next));
    ++next;
    if (pos == std::string::npos || pseudonyms_.insert(candidate).second) return candidate;
  }
}

void CaseState::NotePseudonym(const std::string& pseudonym) { pseudonyms_.insert(pseudonym); }

}  // namespace anonymiser
