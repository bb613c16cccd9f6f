// `anonymise plugins`: what was found in the plugin folders, and why anything was refused.
#include <iostream>

#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/runtime.h"
#include "plugin_host/plugin_registry.h"

namespace anonymiser::cli {

namespace {

const char* TreatmentName(Treatment t) {
  switch (t) {
    case Treatment::kEntity: return "pseudonym";
    case Treatment::kLabel: return "label";
    case Treatment::kTransform: return "transform";
    case Treatment::kKeep: return "keep";
  }
  return "?";
}

class PluginsCommand : public Command {
 public:
  std::string name() const override { return "plugins"; }
  std::string summary() const override { return "list the plugins found, and why any was refused"; }
  std::string usage() const override { return "[--plugin-dir DIR]"; }
  std::string description() const override {
    return "Lists every plugin library found in the plugin folders (--plugin-dir, then "
           "$ANONYMISER_PLUGIN_PATH, then the folder installed beside anonymise) with its name, "
           "version, kind and file, the entity types each redaction plugin emits with their "
           "house style, and every file that was refused with the reason (e.g. built for "
           "another plugin API version).";
  }
  void DefineOptions(Poco::Util::OptionSet& o) override { CommonOptions::Define(o, {"plugins"}); }
  void HandleOption(const std::string& n, const std::string& v) override { options_.Handle(n, v); }
  int Execute(const std::vector<std::string>& args) override {
    if (!args.empty())
      throw Error(ErrorCode::kUsage, "anonymise plugins takes no arguments");
    PluginRegistry registry;
    const auto dirs = PluginRegistry::SearchPath(options_.plugin_dirs);
    registry.LoadFrom(dirs);
    std::cout << "plugin folders searched:\n";
    for (const auto& d : dirs) std::cout << "  " << d.lexically_normal().string() << "\n";
    std::cout << "\nloaded (" << registry.loaded().size() << "):\n";
    for (const auto& p : registry.loaded()) {
      std::cout << "  " << p.info.name << " " << p.info.version << "  ["
                << (p.info.kind == PluginKind::kFormat ? "format" : "redaction") << "]  "
                << p.file.string() << "\n      " << p.info.description << "\n";
      if (auto* f = dynamic_cast<const FormatPlugin*>(p.plugin.get())) {
        std::cout << "      reads:";
        for (const auto& e : f->extensions()) std::cout << " " << e;
        std::cout << "\n";
      }
      if (auto* r = dynamic_cast<const RedactionPlugin*>(p.plugin.get())) {
        for (const auto& t : r->types())
          std::cout << "      " << t.name << " -> " << TreatmentName(t.treatment)
                    << (t.style.empty() ? "" : " \"" + t.style + "\"") << "\n";
      }
    }
    std::cout << "\nrefused (" << registry.refused().size() << "):\n";
    for (const auto& r : registry.refused())
      std::cout << "  " << r.file.string() << ": " << r.reason << "\n";
    return 0;
  }

 private:
  CommonOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakePluginsCommand() { return std::make_unique<PluginsCommand>(); }

}  // namespace anonymiser::cli
