// The `anonymise` command-line tool: dispatches to a sub-command and turns
// errors into messages and exit statuses (DESIGN.md: 0 success, 1 some
// inputs failed, 2 usage or configuration error).
#include <iostream>
#include <string>
#include <vector>

#include "anonymiser/error.h"
#include "anonymiser/version.h"
#include "cli/command.h"

namespace {

void PrintOverview(const std::vector<std::unique_ptr<anonymiser::cli::Command>>& commands) {
  std::cout
      << "anonymise " << anonymiser::kToolVersion
      << ": turns identifying drafts into publishable documents.\n\n"
         "Every personal name, place, date and identifier in the inputs is replaced by a\n"
         "pseudonym that stays the same across every document of a case (\"Shannon Okafor\"\n"
         "is \"Person A\" in the report, the action plan and the press statement alike).\n"
         "Public bodies (councils, police forces, NHS trusts, courts) keep their names.\n\n"
         "Usage: anonymise COMMAND [options] [arguments]\n\nCommands:\n";
  for (const auto& c : commands) {
    std::string n = c->name();
    n.resize(10, ' ');
    std::cout << "  " << n << c->summary() << "\n";
  }
  std::cout << "\n`anonymise COMMAND --help` explains a command and its options.\n"
               "Options for every command: --help, --version.\n\n"
               "Environment: ANONYMISER_PLUGIN_PATH (extra plugin folders, colon-separated),\n"
               "ANONYMISER_DICTIONARY_PATH (the word lists folder).\n"
               "Exit status: 0 success; 1 some inputs failed (the rest were written);\n"
               "2 usage or configuration error.\n";
}

}  // namespace

int main(int argc, char** argv) {
  using anonymiser::Error;
  using anonymiser::ErrorCode;
  std::ios::sync_with_stdio(false);
  auto commands = anonymiser::cli::AllCommands();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    PrintOverview(commands);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version" || args[0] == "-V") {
    std::cout << "anonymise " << anonymiser::kToolVersion << " (plugin API "
              << anonymiser::kApiVersion << ")\n";
    return 0;
  }
  for (auto& c : commands) {
    if (c->name() != args[0]) continue;
    try {
      std::vector<std::string> rest(args.begin() + 1, args.end());
      if (std::find(rest.begin(), rest.end(), "--version") != rest.end()) {
        std::cout << "anonymise " << anonymiser::kToolVersion << "\n";
        return 0;
      }
      return anonymiser::cli::ExecuteCommand(*c, rest);
    } catch (const Error& e) {
      std::cerr << "anonymise " << c->name() << ": " << e.what() << "\n";
      return (e.code() == ErrorCode::kUsage || e.code() == ErrorCode::kConfig) ? 2 : 1;
    } catch (const std::exception& e) {
      std::cerr << "anonymise " << c->name() << ": internal error: " << e.what() << "\n";
      return 1;
    }
  }
  std::cerr << "anonymise: unknown command '" << args[0] << "' (see anonymise --help)\n";
  return 2;
}
