// Resolver::Resolve sorts and merges small index records instead of whole
// Mentions, and finds overlaps by position, not by scanning every span. This
// test compares it with the plain version (whole Mentions moved, the
// algorithm the header describes step by step) on random mentions.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core_fixture.h"
#include "detect/detector.h"
#include "resolve/resolver.h"
#include "text/fold.h"

namespace anonymiser {
namespace {

std::vector<Mention> ReferenceResolve(const TypeRegistry& types, const Policy& policy,
                                      const std::string& text, std::vector<Mention> mentions) {
  std::vector<Mention> keeps, candidates;
  for (auto& m : mentions) {
    const TypeInfo* info = types.Find(m.type);
    if (info == nullptr || m.score < policy.threshold) continue;
    if (info->treatment == Treatment::kKeep) {
      if (policy.honour_keep) keeps.push_back(m);
      continue;
    }
    if (policy.disabled_types.count(m.type) != 0) continue;
    if (policy.keep_phrases.count(text::FoldForMatch(
            text::StripPossessive(std::string_view(text).substr(m.begin, m.end - m.begin)))) != 0)
      continue;
    candidates.push_back(m);
  }
  std::sort(keeps.begin(), keeps.end(), [](const Mention& a, const Mention& b) {
    return (a.end - a.begin) > (b.end - b.begin);
  });
  std::vector<Mention> disjoint;
  for (auto& k : keeps)
    if (std::none_of(disjoint.begin(), disjoint.end(),
                     [&](const Mention& d) { return k.begin < d.end && d.begin < k.end; }))
      disjoint.push_back(k);
  std::erase_if(candidates, [&](const Mention& m) {
    return std::any_of(disjoint.begin(), disjoint.end(),
                       [&](const Mention& k) { return k.begin <= m.begin && m.end <= k.end; });
  });
  std::sort(candidates.begin(), candidates.end(), [](const Mention& a, const Mention& b) {
    const std::size_t la = a.end - a.begin, lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (a.score != b.score) return a.score > b.score;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.type < b.type;
  });
  std::vector<Mention> chosen;
  for (auto& m : candidates) {
    auto c = std::find_if(chosen.begin(), chosen.end(),
                          [&](const Mention& x) { return m.begin < x.end && x.begin < m.end; });
    if (c == chosen.end()) {
      chosen.push_back(m);
    } else {
      c->begin = std::min(c->begin, m.begin);
      c->end = std::max(c->end, m.end);
    }
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  std::vector<Mention> out;
  for (auto& m : chosen) {
    if (!out.empty() && m.begin < out.back().end) {
      Mention& last = out.back();
      const std::size_t b = last.begin, e = std::max(last.end, m.end);
      if ((m.end - m.begin) > (last.end - last.begin)) last = m;
      last.begin = b;
      last.end = e;
    } else {
      out.push_back(m);
    }
  }
  for (auto& k : disjoint) {
    auto it = std::lower_bound(out.begin(), out.end(), k.begin,
                               [](const Mention& m, std::size_t pos) { return m.end <= pos; });
    if (!(it != out.end() && it->begin < k.end)) out.insert(it, k);
  }
  return out;
}

std::string Describe(const std::vector<Mention>& ms) {
  std::string s;
  for (const auto& m : ms)
    s += "[" + std::to_string(m.begin) + "," + std::to_string(m.end) + " " + m.type + " " + m.rule +
         " " + std::to_string(m.score) + " " + m.plugin + "]";
  return s;
}

TEST(ResolverOracle, MatchesThePlainAlgorithmOnRandomMentions) {
  auto registry = testing::FixtureRegistry();
  Detector detector(registry->redaction_plugins());
  const std::string text(2100, 'x');
  const std::vector<std::string> types = {"PERSON", "PUBLIC_BODY", "NHS_NUMBER", "DATE", "UNKNOWN"};
  std::mt19937 rng(13);
  for (int round = 0; round < 4000; ++round) {
    Policy policy;
    policy.honour_keep = rng() % 4 != 0;
    if (rng() % 5 == 0) policy.disabled_types.insert("DATE");
    if (rng() % 5 == 0) policy.keep_phrases.insert("xxx");
    const Resolver resolver(detector.types(), policy);
    // Mostly few mentions in a short text; every tenth round many in a long
    // one (the resolver finds overlaps by position there).
    const bool many = round % 10 == 0;
    std::vector<Mention> mentions(many ? 200 + rng() % 300 : rng() % 30);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      Mention& m = mentions[i];
      m.begin = rng() % (many ? 2000 : 100);
      m.end = m.begin + 1 + rng() % 20;
      m.type = types[rng() % types.size()];
      m.score = 0.25 * static_cast<double>(1 + rng() % 4);  // ties are common
      m.rule = "rule" + std::to_string(i);                  // tells equal-looking mentions apart
      m.plugin = "p" + std::to_string(rng() % 3);
      m.attributes["i"] = std::to_string(i);
    }
    const auto expected = ReferenceResolve(detector.types(), policy, text, mentions);
    const auto got = resolver.Resolve(text, mentions);
    ASSERT_EQ(Describe(got), Describe(expected)) << "round " << round;
    for (std::size_t i = 0; i < got.size(); ++i)
      ASSERT_EQ(got[i].attributes, expected[i].attributes);
  }
}

}  // namespace
}  // namespace anonymiser
