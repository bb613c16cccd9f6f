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

// Up to this many spans, the few overlaps are found by scanning them all
// (most units have a handful of mentions); beyond it, through a tree of
// their starts, so a unit of thousands stays fast.
constexpr std::size_t kScanLimit = 48;

// Of overlapping `keeps`, the longest stays; returns the survivors, which
// are disjoint, by begin.
std::vector<Span> DisjointLongestFirst(std::vector<Span> keeps) {
  std::sort(keeps.begin(), keeps.end(),
            [](const Span& a, const Span& b) { return Length(a) > Length(b); });
  std::vector<Span> out;  // by begin
  if (keeps.size() <= kScanLimit) {
    for (const Span& k : keeps) {
      auto next = std::lower_bound(out.begin(), out.end(), k.begin,
                                   [](const Span& s, std::size_t pos) { return s.begin < pos; });
      if (next != out.end() && next->begin < k.end) continue;
      if (next != out.begin() && std::prev(next)->end > k.begin) continue;
      out.insert(next, k);
    }
    return out;
  }
  // Held by their start, each new one is tested against its two neighbours
  // only (a unit may have thousands: "Mother", "the GP" ...).
  std::map<std::size_t, Span> disjoint;
  for (const Span& k : keeps) {
    auto next = disjoint.lower_bound(k.begin);
    if (next != disjoint.end() && next->second.begin < k.end) continue;
    if (next != disjoint.begin() && std::prev(next)->second.end > k.begin) continue;
    disjoint.emplace_hint(next, k.begin, k);
  }
  out.reserve(disjoint.size());
  for (const auto& [begin, k] : disjoint) out.push_back(k);
  return out;
}

// The spans chosen so far, in the order chosen, and which of them a new
// candidate overlaps first. Beyond kScanLimit candidates, chosen spans are
// found by their start: one that overlaps m starts before m ends and at most
// `longest_` bytes before m.
class ChosenSpans {
 public:
  explicit ChosenSpans(std::size_t candidates) : indexed_(candidates > kScanLimit) {
    spans_.reserve(candidates);  // one allocation, not one per doubling
  }

  std::size_t size() const { return spans_.size(); }

  // The index of the earliest chosen span overlapping `m`, or size().
  std::size_t FirstOverlapping(const Span& m) const {
    if (!indexed_) {
      for (std::size_t i = 0; i < spans_.size(); ++i)
        if (m.begin < spans_[i].end && spans_[i].begin < m.end) return i;
      return spans_.size();
    }
    std::size_t first = spans_.size();
    for (auto it = by_begin_.lower_bound(m.begin > longest_ ? m.begin - longest_ : 0);
         it != by_begin_.end() && it->first < m.end; ++it) {
      const Span& c = spans_[it->second];
      if (m.begin < c.end && c.begin < m.end) first = std::min(first, it->second);
    }
    return first;
  }

  // Chooses `m`.
  void Add(const Span& m) {
    if (indexed_) by_begin_.emplace(m.begin, spans_.size());
    spans_.push_back(m);
    longest_ = std::max(longest_, Length(m));
  }

  // Grows chosen span `i` to cover `m` too.
  void Grow(std::size_t i, const Span& m) {
    Span& c = spans_[i];
    if (m.begin < c.begin) {
      if (indexed_) {
        auto range = by_begin_.equal_range(c.begin);
        for (auto it = range.first; it != range.second; ++it)
          if (it->second == i) {
            by_begin_.erase(it);
            break;
          }
        by_begin_.emplace(m.begin, i);
      }
      c.begin = m.begin;
    }
    c.end = std::max(c.end, m.end);
    longest_ = std::max(longest_, Length(c));
  }

  // The chosen spans, in the order chosen; leaves this empty.
  std::vector<Span> Take() { return std::move(spans_); }

 private:
  bool indexed_;
  std::vector<Span> spans_;
  std::multimap<std::size_t, std::size_t> by_begin_;  // begin -> index in spans_
  std::size_t longest_ = 0;
};

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
  keeps = DisjointLongestFirst(std::move(keeps));
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
  // it overlaps, or chosen.
  ChosenSpans chosen(candidates.size());
  for (const Span& m : candidates) {
    const std::size_t first = chosen.FirstOverlapping(m);
    if (first == chosen.size())
      chosen.Add(m);
    else
      chosen.Grow(first, m);
  }
  // Growing a span may have made it overlap another chosen one: merge until stable.
  std::vector<Span> by_start = chosen.Take();
  std::sort(by_start.begin(), by_start.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> spans;
  spans.reserve(by_start.size() + keeps.size());
  for (const Span& m : by_start) {
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
