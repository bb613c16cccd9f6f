// Options shared by the commands that load plugins: where plugins and
// dictionaries are, policy, house style, limits and format settings.
#pragma once

#include <Poco/Util/OptionSet.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "anonymiser/settings.h"
#include "resolve/policy.h"

namespace anonymiser::cli {

struct CommonOptions {
  std::vector<std::filesystem::path> plugin_dirs;
  std::filesystem::path dictionary_dir;  // empty: the default
  std::vector<std::string> only_plugins;  // --plugins a,b: redaction plugins to use
  Policy policy;
  std::filesystem::path keep_file;
  std::map<std::string, std::string> styles;  // type -> pattern
  Settings settings;  // handed to plugins
  int jobs = 0;       // 0: the number of cores
  double timeout_seconds = 300;   // --timeout: per-file time limit
  std::string timeout_shown = "300";  // as the user wrote it, for messages
  std::filesystem::path case_file;    // --case; empty: the command's default
  std::filesystem::path known_file;   // --known FILE.csv
  std::map<std::string, std::string> case_policies;  // "policy.DATE" -> "shift" ...

  // Adds the options of the groups named in `groups` ("plugins", "policy",
  // "formats", "limits", "jobs", "case").
  static void Define(Poco::Util::OptionSet& options, const std::vector<std::string>& groups);

  // Takes one option; returns false when it is not one of these.
  bool Handle(const std::string& name, const std::string& value);
};

}  // namespace anonymiser::cli
