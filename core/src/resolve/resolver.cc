#include "resolve/resolver.h"

#include <algorithm>

#include "text/fold.h"

namespace anonymiser {

namespace {

// A span being resolved, and which input mention it is (its type, rule,
// plugin, score and attributes). The resolver sorts, merges and inserts these
// small records and moves each surviving Mention only once, at the end:
// moving whole Mentions (three strings and a map) was most of its cost.
struct Span {
  std::size_t begin;
  std::size_t end;
  std::size_t mention;  // index into the input
};

std::size_t Length(const Span& s) { return s.end - s.begin; }

}  // namespace

Resolver::Resolver(const TypeRegistry& types, Policy policy)
    : types_(types), policy_(std::move(policy)) {}

std::vector<Mention> Resolver::Resolve(const std::string& text,
                                       std::vector<Mention> mentions) const {
  std::vector<Span> keeps, candidates;
  candidates.reserve(mentions.size());  // one allocation, not one per doubling
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    const TypeInfo* info = types_.Find(m.type);
    if (info == nullptr || m.score < policy_.threshold) continue;
    if (info->treatment == Treatment::kKeep) {
      if (policy_.honour_keep) keeps.push_back({m.begin, m.end, i});
      continue;
    }
    if (!policy_.disabled_types.empty() && policy_.disabled_types.count(m.type) != 0) continue;
    if (!policy_.keep_phrases.empty() &&
        policy_.keep_phrases.count(text::FoldForMatch(
            text::StripPossessive(std::string_view(text).substr(m.begin, m.end - m.begin)))) != 0)
      continue;
    candidates.push_back({m.begin, m.end, i});
  }
  // Of overlapping keep spans, the longest stays.
  std::sort(keeps.begin(), keeps.end(),
            [](const Span& a, const Span& b) { return Length(a) > Length(b); });
  {
    std::vector<Span> disjoint;
    for (const Span& k : keeps) {
      bool clash = std::any_of(disjoint.begin(), disjoint.end(),
                               [&](const Span& d) { return k.begin < d.end && d.begin < k.end; });
      if (!clash) disjoint.push_back(k);
    }
    keeps = std::move(disjoint);
  }
  if (!keeps.empty()) {
    std::erase_if(candidates, [&](const Span& m) {
      return std::any_of(keeps.begin(), keeps.end(),
                         [&](const Span& k) { return k.begin <= m.begin && m.end <= k.end; });
    });
  }
  // Strongest first: longer, then higher score, then earlier.
  std::sort(candidates.begin(), candidates.end(), [&](const Span& a, const Span& b) {
    const std::size_t la = Length(a), lb = Length(b);
    if (la != lb) return la > lb;
    const Mention &ma = mentions[a.mention], &mb = mentions[b.mention];
    if (ma.score != mb.score) return ma.score > mb.score;
    if (a.begin != b.begin) return a.begin < b.begin;
    return ma.type < mb.type;
  });
  std::vector<Span> chosen;
  chosen.reserve(candidates.size());
  for (const Span& m : candidates) {
    bool absorbed = false;
    for (Span& c : chosen) {
      if (m.begin < c.end && c.begin < m.end) {
        c.begin = std::min(c.begin, m.begin);
        c.end = std::max(c.end, m.end);
        absorbed = true;
        break;
      }
    }
    if (!absorbed) chosen.push_back(m);
  }
  // Growing a span may have made it overlap another chosen one: merge until stable.
  std::sort(chosen.begin(), chosen.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> spans;
  spans.reserve(chosen.size() + keeps.size());
  for (const Span& m : chosen) {
    if (!spans.empty() && m.begin < spans.back().end) {
      Span& last = spans.back();
      // The stronger mention (compared by its grown span) names the merged one.
      if (Length(m) > Length(last)) last.mention = m.mention;
      last.end = std::max(last.end, m.end);
    } else {
      spans.push_back(m);
    }
  }
  // Keep spans that touch no replacement stay in the list, as markers.
  for (const Span& k : keeps) {
    auto it = std::lower_bound(spans.begin(), spans.end(), k.begin,
                               [](const Span& m, std::size_t pos) { return m.end <= pos; });
    const bool overlaps = it != spans.end() && it->begin < k.end;
    if (!overlaps) spans.insert(it, k);
  }
  std::vector<Mention> out;
  out.reserve(spans.size());
  for (const Span& s : spans) {
    out.push_back(std::move(mentions[s.mention]));
    out.back().begin = s.begin;
    out.back().end = s.end;
  }
  return out;
}

}  // namespace anonymiser
