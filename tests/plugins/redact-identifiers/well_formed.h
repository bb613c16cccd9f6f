// What every redaction plugin promises of Find on any text, checked on odd
// input by the robustness tests of this plugin's rules; and the spans of one
// type that Find reports, which the tests of each rule compare.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "identifiers_plugin.h"

namespace anonymiser::identifiers {

// Runs `plugin.Find` on `text`: it must not throw, and its mentions must lie
// inside the text, be non-empty, in order and apart.
inline void ExpectWellFormedFind(const IdentifiersPlugin& plugin, const std::string& text) {
  TextUnit unit;
  unit.text = text;
  std::vector<Mention> out;
  EXPECT_NO_THROW(plugin.Find(unit, out)) << text;
  std::size_t last = 0;
  for (const Mention& m : out) {
    EXPECT_LE(m.end, text.size()) << text;
    EXPECT_LT(m.begin, m.end) << text;
    EXPECT_GE(m.begin, last) << text;
    last = m.end;
  }
}

// The spans of type `type` found in `text`, in order, each checked for a rule
// and a score at or above the default threshold (0.5), and all mentions for
// not overlapping; `rules` (when given) gets the spans' rules.
inline std::vector<std::string> SpansOfType(const std::string& text, const std::string& type,
                                            std::vector<std::string>* rules = nullptr) {
  IdentifiersPlugin plugin;
  TextUnit unit;
  unit.text = text;
  std::vector<Mention> mentions;
  plugin.Find(unit, mentions);
  std::vector<std::string> out;
  std::size_t last_end = 0;
  for (const Mention& m : mentions) {
    EXPECT_GE(m.begin, last_end) << text << ": mentions overlap";
    last_end = m.end;
    if (m.type != type) continue;
    EXPECT_FALSE(m.rule.empty()) << text;
    EXPECT_GE(m.score, 0.5) << text;
    if (rules != nullptr) rules->push_back(m.rule);
    out.push_back(text.substr(m.begin, m.end - m.begin));
  }
  return out;
}

}  // namespace anonymiser::identifiers
