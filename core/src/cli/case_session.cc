#include "cli/case_session.h"

#include "anonymiser/error.h"
#include "case_store/known_identities.h"

namespace anonymiser::cli {

std::unique_ptr<CaseStore> OpenCase(const CommonOptions& options,
                                    const std::filesystem::path& default_path) {
  const std::filesystem::path path = options.case_file.empty() ? default_path : options.case_file;
  auto store = OpenSqliteCaseStore(path);
  std::vector<KnownIdentity> known;
  if (!options.known_file.empty()) known = ReadKnownIdentities(options.known_file);
  if (!known.empty() || !options.case_policies.empty()) {
    store->Update([&](CaseState& state) {
      try {
        AddKnownIdentities(known, state);
      } catch (const Error& e) {
        throw Error(ErrorCode::kConfig, options.known_file.string() + ": " + e.what());
      }
      for (const auto& [k, v] : options.case_policies) state.settings[k] = v;
    });
  }
  return store;
}

}  // namespace anonymiser::cli
