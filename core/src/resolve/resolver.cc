#include "resolve/resolver.h"

#include <algorithm>
#include <iterator>
#include <map>

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
  // Of overlapping keep spans, the longest stays. The kept ones are
  // disjoint: held by their start, each new one is tested against its two
  // neighbours only (a unit may have thousands: "Mother", "the GP" ...).
  std::sort(keeps.begin(), keeps.end(),
            [](const Span& a, const Span& b) { return Length(a) > Length(b); });
  {
    std::map<std::size_t, Span> disjoint;  // by begin
    for (const Span& k : keeps) {
      auto next = disjoint.lower_bound(k.begin);
      if (next != disjoint.end() && next->second.begin < k.end) continue;
      if (next != disjoint.begin() && std::prev(next)->second.end > k.begin) continue;
      disjoint.emplace_hint(next, k.begin, k);
    }
    keeps.clear();
    for (const auto& [begin, k] : disjoint) keeps.push_back(k);  // now by begin
  }
  if (!keeps.empty()) {
    // The keep span that may hold m: the last one starting at or before it.
    std::erase_if(candidates, [&](const Span& m) {
      auto it = std::upper_bound(keeps.begin(), keeps.end(), m.begin,
                                 [](std::size_t pos, const Span& k) { return pos < k.begin; });
      return it != keeps.begin() && m.end <= std::prev(it)->end;
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
  // Each candidate, strongest first, is absorbed by the earliest chosen span
  // it overlaps, or chosen. Chosen spans are found by their start: one that
  // overlaps m starts before m ends and at most `longest` bytes before m.
  std::vector<Span> chosen;
  chosen.reserve(candidates.size());
  std::multimap<std::size_t, std::size_t> by_begin;  // begin -> index in chosen
  std::size_t longest = 0;
  for (const Span& m : candidates) {
    std::size_t first = chosen.size();
    for (auto it = by_begin.lower_bound(m.begin > longest ? m.begin - longest : 0);
         it != by_begin.end() && it->first < m.end; ++it) {
      const Span& c = chosen[it->second];
      if (m.begin < c.end && c.begin < m.end) first = std::min(first, it->second);
    }
    if (first == chosen.size()) {
      chosen.push_back(m);
      by_begin.emplace(m.begin, first);
      longest = std::max(longest, Length(m));
      continue;
    }
    Span& c = chosen[first];
    if (m.begin < c.begin) {
      auto range = by_begin.equal_range(c.begin);
      for (auto it = range.first; it != range.second; ++it)
        if (it->second == first) {
          by_begin.erase(it);
          break;
        }
      c.begin = m.begin;
      by_begin.emplace(c.begin, first);
    }
    c.end = std::max(c.end, m.end);
    longest = std::max(longest, Length(c));
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
  // Keep spans that touch no replacement stay in the list, as markers
  // (merged in by start: neither list overlaps itself, nor a marker a span).
  {
    std::vector<Span> markers;
    for (const Span& k : keeps) {
      auto it = std::lower_bound(spans.begin(), spans.end(), k.begin,
                                 [](const Span& m, std::size_t pos) { return m.end <= pos; });
      if (it == spans.end() || it->begin >= k.end) markers.push_back(k);
    }
    if (!markers.empty()) {
      std::vector<Span> merged;
      merged.reserve(spans.size() + markers.size());
      std::merge(spans.begin(), spans.end(), markers.begin(), markers.end(),
                 std::back_inserter(merged),
                 [](const Span& a, const Span& b) { return a.begin < b.begin; });
      spans = std::move(merged);
    }
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
