#include "cli/command.h"

namespace anonymiser::cli {

std::unique_ptr<Command> MakeRunCommand();
std::unique_ptr<Command> MakeDetectCommand();
std::unique_ptr<Command> MakeScanCommand();
std::unique_ptr<Command> MakePluginsCommand();
std::unique_ptr<Command> MakeCaseCommand();
std::unique_ptr<Command> MakeVerifyCommand();
std::unique_ptr<Command> MakeLogCommand();

std::vector<std::unique_ptr<Command>> AllCommands() {
  std::vector<std::unique_ptr<Command>> all;
  all.push_back(MakeRunCommand());
  all.push_back(MakeScanCommand());
  all.push_back(MakeDetectCommand());
  all.push_back(MakeCaseCommand());
  all.push_back(MakeVerifyCommand());
  all.push_back(MakeLogCommand());
  all.push_back(MakePluginsCommand());
  return all;
}

}  // namespace anonymiser::cli
