// Everything a command needs to process documents: loaded plugins and a
// pipeline configured from the command line.
#pragma once

#include <filesystem>
#include <memory>

#include "cli/common_options.h"
#include "pipeline/pipeline.h"
#include "plugin_host/plugin_registry.h"
#include "verify/leak_checker.h"

namespace anonymiser::cli {

class Runtime {
 public:
  // Loads the plugins, configures them with the dictionaries folder and
  // settings, and builds the pipeline. Throws Error(kConfig) when no format
  // or no redaction plugin loaded, or a plugin cannot be configured.
  explicit Runtime(const CommonOptions& options);

  PluginRegistry& registry() { return registry_; }
  Pipeline& pipeline() { return *pipeline_; }
  const std::filesystem::path& dictionary_dir() const { return dictionary_dir_; }

  // The worker count: the option, else the number of cores.
  int jobs() const { return jobs_; }

 private:
  PluginRegistry registry_;
  std::unique_ptr<Pipeline> pipeline_;
  std::filesystem::path dictionary_dir_;
  int jobs_ = 1;
};

// The dictionaries folder: `explicit_dir` if given, else
// $ANONYMISER_DICTIONARY_PATH, else the one installed beside the binary.
std::filesystem::path FindDictionaryDir(const std::filesystem::path& explicit_dir);

// The leak check's kept spans as `pipeline` finds them: the keep spans
// (kKeep types such as PUBLIC_BODY) its plugins report and its policy honours.
verify::KeptSpans KeptSpansOf(const Pipeline& pipeline);

// Reads a keep list (one phrase per line, # comments) into folded phrases.
std::set<std::string> ReadKeepList(const std::filesystem::path& file);

}  // namespace anonymiser::cli
