// What every redaction plugin promises of Find on any text, checked on odd
// input by the robustness tests of this plugin's rules.
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

}  // namespace anonymiser::identifiers
