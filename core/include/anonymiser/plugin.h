// The base of every plugin, and what it reports about itself.
//
// A plugin is a shared library exporting two symbols through Boost.DLL (see
// plugin_export.h): one returning the API version it was built against, one
// creating the plugin object. The core checks the version before creating
// anything, so a plugin built for another ABI is refused, never called.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "anonymiser/settings.h"

namespace anonymiser {

enum class PluginKind { kFormat, kRedaction };

struct PluginInfo {
  std::string name;         // unique, e.g. "format-docx", "redact-names"
  std::string version;      // the plugin's own version
  PluginKind kind = PluginKind::kFormat;
  std::string description;  // one line for `anonymise plugins`
};

// What a plugin is given once, after loading and before any other call.
struct PluginContext {
  // Folder holding the word lists (dictionaries/): redaction plugins load theirs from here.
  std::filesystem::path dictionary_dir;
  // Configuration from the command line and case file.
  Settings settings;
};

class Plugin {
 public:
  virtual ~Plugin() = default;

  // Name, version, kind and description. Cheap; may be called at any time.
  virtual PluginInfo info() const = 0;

  // Called once before any other use. Throws Error(kConfig) with a clear
  // message when the plugin cannot work (e.g. a dictionary is missing).
  virtual void Configure(const PluginContext& context) { (void)context; }
};

}  // namespace anonymiser
