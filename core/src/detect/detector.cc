#include "detect/detector.h"

#include <iterator>

#include "anonymiser/error.h"

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
  const std::string& text = unit.text;
  // Reused: no allocation per unit. The mentions of every plugin are
  // gathered in `kept`, then moved once into a vector of their exact size.
  thread_local std::vector<Mention> found, kept;
  kept.clear();
  for (const auto& src : sources_) {
    found.clear();
    try {
      src.plugin->Find(unit, found);
    } catch (const std::exception& e) {
      // A plugin must not throw. If one does, its findings for this unit are
      // lost, so the document must not be written: fail it, naming why.
      throw Error(ErrorCode::kPlugin,
                  "plugin " + src.name + " failed on " + unit.location + ": " + e.what());
    } catch (...) {
      throw Error(ErrorCode::kPlugin, "plugin " + src.name + " failed on " + unit.location);
    }
    for (auto& m : found) {
      if (m.begin >= m.end || m.end > text.size()) continue;
      if (!OnBoundary(text, m.begin) || !OnBoundary(text, m.end)) continue;
      if (types_.Find(m.type) == nullptr) continue;
      m.plugin = src.name;
      kept.push_back(std::move(m));
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
      kept.push_back(std::move(m));
    }
  }
  return std::vector<Mention>(std::make_move_iterator(kept.begin()),
                              std::make_move_iterator(kept.end()));
}

}  // namespace anonymiser
