#include "detect/detector.h"

namespace anonymiser {

namespace {

bool OnBoundary(const std::string& s, std::size_t i) {
  return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

Detector::Detector(std::vector<const RedactionPlugin*> plugins) {
  for (const auto* p : plugins) {
    sources_.push_back({p, p->info().name});
    types_.Add(p);
  }
}

std::vector<Mention> Detector::Find(const TextUnit& unit) const {
  std::vector<Mention> out;
  const std::string& text = unit.text;
  for (const auto& src : sources_) {
    std::vector<Mention> found;
    try {
      src.plugin->Find(unit, found);
    } catch (...) {
      // A plugin must not throw; if one does, its findings for this unit are
      // lost but the run goes on. The leak check is the safety net.
      continue;
    }
    for (auto& m : found) {
      if (m.begin >= m.end || m.end > text.size()) continue;
      if (!OnBoundary(text, m.begin) || !OnBoundary(text, m.end)) continue;
      if (types_.Find(m.type) == nullptr) continue;
      m.plugin = src.name;
      out.push_back(std::move(m));
    }
  }
  if (!unit.whole_type.empty() && types_.Find(unit.whole_type) != nullptr) {
    std::size_t b = 0, e = text.size();
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (b < e) {
      Mention m;
      m.begin = b;
      m.end = e;
      m.type = unit.whole_type;
      m.rule = "whole-field";
      m.score = 1.0;
      m.plugin = "core";
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace anonymiser
