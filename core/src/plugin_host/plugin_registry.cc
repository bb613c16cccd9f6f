#include "plugin_host/plugin_registry.h"

#include <algorithm>
#include <boost/dll/import.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <cstdlib>
#include <functional>
#include <set>
#include <sstream>
#include <thread>

#include "anonymiser/error.h"
#include "anonymiser/version.h"

namespace anonymiser {

namespace fs = std::filesystem;

fs::path ExecutableDir() {
  boost::system::error_code ec;
  auto p = boost::dll::program_location(ec);
  if (ec) return fs::current_path();
  return fs::path(p.parent_path().string());
}

std::vector<fs::path> PluginRegistry::SearchPath(const std::vector<fs::path>& extra) {
  std::vector<fs::path> dirs = extra;
  if (const char* env = std::getenv("ANONYMISER_PLUGIN_PATH")) {
    std::stringstream ss(env);
    std::string item;
    while (std::getline(ss, item, ':'))
      if (!item.empty()) dirs.emplace_back(item);
  }
  dirs.push_back(ExecutableDir() / ".." / ANONYMISER_PLUGIN_SUBDIR);
  return dirs;
}

void PluginRegistry::LoadFrom(const std::vector<fs::path>& dirs) {
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.path().extension() == ".so") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) LoadFile(f);
  }
}

bool PluginRegistry::LoadFile(const fs::path& file) {
  auto refuse = [&](const std::string& reason, bool missed = true) {
    refused_.push_back({file, reason, missed});
    return false;
  };
  try {
    auto lib = std::make_shared<boost::dll::shared_library>(
        boost::dll::fs::path(file.string()),
        boost::dll::load_mode::rtld_local | boost::dll::load_mode::rtld_now);
    if (!lib->has("anonymiser_plugin_api_version") || !lib->has("anonymiser_plugin_create"))
      return refuse(
          "not an Anonymiser plugin (no anonymiser_plugin_api_version / "
          "anonymiser_plugin_create symbol)",
          false);
    auto version_fn = lib->get_alias<std::uint32_t()>("anonymiser_plugin_api_version");
    const std::uint32_t version = version_fn();
    if (version != kApiVersion)
      return refuse("built for plugin API version " + std::to_string(version) +
                    ", but this anonymise uses version " + std::to_string(kApiVersion) +
                    "; rebuild the plugin against this version");
    auto create_fn = lib->get_alias<Plugin*()>("anonymiser_plugin_create");
    Plugin* raw = create_fn();
    if (raw == nullptr) return refuse("the plugin factory returned nothing");
    // The deleter holds the library so it is unloaded only after the object is gone.
    std::shared_ptr<Plugin> plugin(raw, [lib](Plugin* p) { delete p; });
    PluginInfo info = plugin->info();
    if (info.name.empty()) return refuse("the plugin reports no name");
    for (const auto& l : loaded_)
      if (l.info.name == info.name)
        return refuse("duplicate plugin name '" + info.name + "' (already loaded from " +
                          l.file.string() + ")",
                      false);
    const bool kind_ok = (info.kind == PluginKind::kFormat &&
                          dynamic_cast<FormatPlugin*>(plugin.get()) != nullptr) ||
                         (info.kind == PluginKind::kRedaction &&
                          dynamic_cast<RedactionPlugin*>(plugin.get()) != nullptr);
    if (!kind_ok) return refuse("the plugin's kind does not match the interface it implements");
    loaded_.push_back({file, info, std::move(plugin)});
    return true;
  } catch (const std::exception& e) {
    return refuse(std::string("cannot load: ") + e.what());
  }
}

void PluginRegistry::ConfigureAll(const PluginContext& context) {
  // Plugins load their word lists at the same time (each touches only its
  // own state): startup is then the slowest plugin's, not the sum.
  std::vector<std::string> errors(loaded_.size());
  auto configure = [&](std::size_t i) {
    try {
      loaded_[i].plugin->Configure(context);
    } catch (const std::exception& e) {
      errors[i] = "plugin " + loaded_[i].info.name + ": " + e.what();
    } catch (...) {
      errors[i] = "plugin " + loaded_[i].info.name + ": unknown error";
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < loaded_.size(); ++i) threads.emplace_back(configure, i);
  if (!loaded_.empty()) configure(0);
  for (auto& t : threads) t.join();
  // The first failure in load order, whatever thread finished first.
  for (const std::string& e : errors)
    if (!e.empty()) throw Error(ErrorCode::kConfig, e);
}

std::vector<const FormatPlugin*> PluginRegistry::format_plugins() const {
  std::vector<const FormatPlugin*> out;
  for (const auto& l : loaded_)
    if (l.info.kind == PluginKind::kFormat)
      out.push_back(dynamic_cast<const FormatPlugin*>(l.plugin.get()));
  return out;
}

std::vector<const RedactionPlugin*> PluginRegistry::redaction_plugins() const {
  std::vector<const RedactionPlugin*> out;
  for (const auto& l : loaded_)
    if (l.info.kind == PluginKind::kRedaction)
      out.push_back(dynamic_cast<const RedactionPlugin*>(l.plugin.get()));
  return out;
}

void PluginRegistry::KeepOnlyRedaction(const std::vector<std::string>& names) {
  std::set<std::string> wanted(names.begin(), names.end());
  for (const auto& n : wanted) {
    bool found = std::any_of(loaded_.begin(), loaded_.end(), [&](const LoadedPlugin& l) {
      return l.info.name == n && l.info.kind == PluginKind::kRedaction;
    });
    if (!found) throw Error(ErrorCode::kConfig, "no redaction plugin named '" + n + "' is loaded");
  }
  std::erase_if(loaded_, [&](const LoadedPlugin& l) {
    return l.info.kind == PluginKind::kRedaction && wanted.count(l.info.name) == 0;
  });
}

}  // namespace anonymiser
