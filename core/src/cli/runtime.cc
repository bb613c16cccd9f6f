#include "cli/runtime.h"

#include <cstdlib>
#include <fstream>
#include <thread>

#include "anonymiser/error.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace anonymiser::cli {

namespace fs = std::filesystem;

fs::path FindDictionaryDir(const fs::path& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("ANONYMISER_DICTIONARY_PATH"); env && *env) return env;
  return fs::weakly_canonical(ExecutableDir() / ".." / ANONYMISER_DICT_SUBDIR);
}

std::set<std::string> ReadKeepList(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorCode::kConfig, file.string() + ": cannot read the keep list");
  std::set<std::string> out;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (n == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (text::FindInvalidUtf8(line) != std::string::npos)
      throw Error(ErrorCode::kConfig, file.string() + ": line " + std::to_string(n) +
                                          " is not valid UTF-8 (save the list as UTF-8)");
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::string folded = text::FoldForMatch(line);
    if (!folded.empty()) out.insert(folded);
  }
  return out;
}

verify::KeptSpans KeptSpansOf(const Pipeline& pipeline) {
  return [&pipeline](std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    // Offsets must be those of `text`; a view that is not valid UTF-8 keeps nothing.
    if (text::FindInvalidUtf8(text) != std::string::npos) return out;
    std::vector<TextUnit> units(1);
    units[0].text = std::string(text);
    units[0].location = "leak check";
    const auto found = pipeline.DetectUnits(units);
    for (const auto& m : found[0]) {
      const TypeInfo* info = pipeline.types().Find(m.type);
      if (info != nullptr && info->treatment == Treatment::kKeep) out.emplace_back(m.begin, m.end);
    }
    return out;
  };
}

Runtime::Runtime(const CommonOptions& options) {
  registry_.LoadFrom(PluginRegistry::SearchPath(options.plugin_dirs));
  // A plugin that should have loaded but did not (an old build, a missing
  // library) would silently detect nothing: refuse to run instead.
  for (const auto& r : registry_.refused())
    if (r.missed)
      throw Error(ErrorCode::kConfig,
                  r.file.string() + ": plugin refused: " + r.reason +
                      ". Without it identifiers could be left in place, so nothing was "
                      "processed; rebuild or remove the file (see `anonymise plugins`)");
  if (!options.only_plugins.empty()) registry_.KeepOnlyRedaction(options.only_plugins);
  dictionary_dir_ = FindDictionaryDir(options.dictionary_dir);
  PluginContext context{dictionary_dir_, options.settings};
  registry_.ConfigureAll(context);
  if (registry_.format_plugins().empty())
    throw Error(ErrorCode::kConfig,
                "no format plugin was loaded (see `anonymise plugins`; set --plugin-dir or "
                "ANONYMISER_PLUGIN_PATH)");
  if (registry_.redaction_plugins().empty())
    throw Error(ErrorCode::kConfig,
                "no redaction plugin was loaded (see `anonymise plugins`; set --plugin-dir or "
                "ANONYMISER_PLUGIN_PATH)");
  Policy policy = options.policy;
  if (!options.keep_file.empty()) {
    auto keep = ReadKeepList(options.keep_file);
    policy.keep_phrases.insert(keep.begin(), keep.end());
  }
  pipeline_ = std::make_unique<Pipeline>(
      registry_, policy, Nicknames::Load(dictionary_dir_ / "link/nicknames.tsv"),
      text::OrdinaryWords::Load(dictionary_dir_ / "english/common-words.tsv"));
  for (const auto& [type, style] : options.styles) pipeline_->SetStyle(type, style);
  jobs_ = options.jobs > 0 ? options.jobs
                           : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  pipeline_->SetDocumentThreads(jobs_);
}

}  // namespace anonymiser::cli
