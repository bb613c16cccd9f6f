// Finds, checks and loads plugin libraries.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "anonymiser/format_plugin.h"
#include "anonymiser/plugin.h"
#include "anonymiser/redaction_plugin.h"

namespace anonymiser {

// A plugin that loaded, with the file it came from.
struct LoadedPlugin {
  std::filesystem::path file;
  PluginInfo info;
  // Owns the library too: the library stays loaded while this pointer lives.
  std::shared_ptr<Plugin> plugin;
};

// A plugin file that was found but not loaded, and why.
struct RefusedPlugin {
  std::filesystem::path file;
  std::string reason;
  // True when the file looks like a plugin meant to be used (wrong API
  // version, failed to load or to create): running without it could leave
  // identifiers in place. False for a duplicate name or a library that is
  // not an Anonymiser plugin at all.
  bool missed = true;
};

class PluginRegistry {
 public:
  // The folders searched, in order: `extra` (from --plugin-dir), then every
  // folder in $ANONYMISER_PLUGIN_PATH (colon-separated), then the folder
  // installed next to the running binary (../lib/anonymiser/plugins).
  static std::vector<std::filesystem::path> SearchPath(
      const std::vector<std::filesystem::path>& extra);

  // Loads every *.so in `dirs`. A file whose API version differs from the
  // core's, which lacks the factory symbols, or which fails to load is
  // refused with a reason; a plugin whose name was already loaded from an
  // earlier folder is refused as a duplicate. Never throws for a bad plugin.
  void LoadFrom(const std::vector<std::filesystem::path>& dirs);

  // Loads one plugin file. Returns false and records the reason when refused.
  bool LoadFile(const std::filesystem::path& file);

  // Calls Configure() on every loaded plugin, each on its own thread. Throws
  // Error(kConfig) naming the first plugin (in load order) that failed.
  void ConfigureAll(const PluginContext& context);

  const std::vector<LoadedPlugin>& loaded() const { return loaded_; }
  const std::vector<RefusedPlugin>& refused() const { return refused_; }

  // The loaded plugins of each kind, in load order.
  std::vector<const FormatPlugin*> format_plugins() const;
  std::vector<const RedactionPlugin*> redaction_plugins() const;

  // Drops the loaded redaction plugins whose names are not in `names`.
  // Throws Error(kConfig) when a name is not loaded.
  void KeepOnlyRedaction(const std::vector<std::string>& names);

 private:
  std::vector<LoadedPlugin> loaded_;
  std::vector<RefusedPlugin> refused_;
};

// The folder holding the running executable.
std::filesystem::path ExecutableDir();

}  // namespace anonymiser
