#include "resolve/resolver.h"

#include <algorithm>

#include "text/fold.h"

namespace anonymiser {

Resolver::Resolver(const TypeRegistry& types, Policy policy)
    : types_(types), policy_(std::move(policy)) {}

std::vector<Mention> Resolver::Resolve(const std::string& text,
                                       std::vector<Mention> mentions) const {
  std::vector<Mention> keeps, candidates;
  for (auto& m : mentions) {
    const TypeInfo* info = types_.Find(m.type);
    if (info == nullptr || m.score < policy_.threshold) continue;
    if (info->treatment == Treatment::kKeep) {
      if (policy_.honour_keep) keeps.push_back(std::move(m));
      continue;
    }
    if (policy_.disabled_types.count(m.type) != 0) continue;
    if (!policy_.keep_phrases.empty() &&
        policy_.keep_phrases.count(text::FoldForMatch(
            text::StripPossessive(std::string_view(text).substr(m.begin, m.end - m.begin)))) != 0)
      continue;
    candidates.push_back(std::move(m));
  }
  // Of overlapping keep spans, the longest stays.
  std::sort(keeps.begin(), keeps.end(), [](const Mention& a, const Mention& b) {
    return (a.end - a.begin) > (b.end - b.begin);
  });
  {
    std::vector<Mention> disjoint;
    for (auto& k : keeps) {
      bool clash = std::any_of(disjoint.begin(), disjoint.end(), [&](const Mention& d) {
        return k.begin < d.end && d.begin < k.end;
      });
      if (!clash) disjoint.push_back(std::move(k));
    }
    keeps = std::move(disjoint);
  }
  if (!keeps.empty()) {
    std::erase_if(candidates, [&](const Mention& m) {
      return std::any_of(keeps.begin(), keeps.end(), [&](const Mention& k) {
        return k.begin <= m.begin && m.end <= k.end;
      });
    });
  }
  // Strongest first: longer, then higher score, then earlier.
  std::sort(candidates.begin(), candidates.end(), [](const Mention& a, const Mention& b) {
    const std::size_t la = a.end - a.begin, lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (a.score != b.score) return a.score > b.score;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.type < b.type;
  });
  std::vector<Mention> chosen;
  for (auto& m : candidates) {
    bool absorbed = false;
    for (auto& c : chosen) {
      if (m.begin < c.end && c.begin < m.end) {
        c.begin = std::min(c.begin, m.begin);
        c.end = std::max(c.end, m.end);
        absorbed = true;
        break;
      }
    }
    if (!absorbed) chosen.push_back(std::move(m));
  }
  // Growing a span may have made it overlap another chosen one: merge until stable.
  std::sort(chosen.begin(), chosen.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  std::vector<Mention> out;
  for (auto& m : chosen) {
    if (!out.empty() && m.begin < out.back().end) {
      Mention& last = out.back();
      const bool m_stronger = (m.end - m.begin) > (last.end - last.begin);
      const std::size_t b = last.begin, e = std::max(last.end, m.end);
      if (m_stronger) last = std::move(m);
      last.begin = b;
      last.end = e;
    } else {
      out.push_back(std::move(m));
    }
  }
  // Keep spans that touch no replacement stay in the list, as markers.
  for (auto& k : keeps) {
    auto it = std::lower_bound(out.begin(), out.end(), k.begin,
                               [](const Mention& m, std::size_t pos) { return m.end <= pos; });
    const bool overlaps = it != out.end() && it->begin < k.end;
    if (!overlaps) out.insert(it, std::move(k));
  }
  return out;
}

}  // namespace anonymiser
