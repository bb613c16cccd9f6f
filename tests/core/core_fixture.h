// Shared set-up for the core's tests: a registry with the fixture plugins.
#pragma once

#include <memory>

#include "plugin_host/plugin_registry.h"
#include "test_support.h"

namespace anonymiser::testing {

// A registry holding the fixture redaction plugin and the real text plugin.
inline std::unique_ptr<PluginRegistry> FixtureRegistry() {
  auto r = std::make_unique<PluginRegistry>();
  r->LoadFile(fs::path(FIXTURE_PLUGIN_DIR) / "fixture-redact.so");
  r->LoadFile(PluginDir() / "format-text.so");
  return r;
}

// A text unit holding `text`.
inline TextUnit Unit(const std::string& text) {
  TextUnit u;
  u.text = text;
  return u;
}

}  // namespace anonymiser::testing
