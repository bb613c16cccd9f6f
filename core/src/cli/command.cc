#include "cli/command.h"

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>

#include <iostream>

#include "anonymiser/error.h"

namespace anonymiser::cli {

int ExecuteCommand(Command& command, const std::vector<std::string>& argv) {
  Poco::Util::OptionSet options;
  options.addOption(Poco::Util::Option("help", "h", "show this help and exit"));
  command.DefineOptions(options);
  Poco::Util::OptionProcessor processor(options);
  processor.setUnixStyle(true);
  std::vector<std::string> positional;
  bool only_positional = false;
  bool awaiting_argument = false;  // the previous option needs the next word as its value
  try {
    for (const auto& arg : argv) {
      if (only_positional) {
        positional.push_back(arg);
        continue;
      }
      if (arg == "--") {
        only_positional = true;
        continue;
      }
      if (arg == "-" && !awaiting_argument) {  // standard input
        positional.push_back(arg);
        continue;
      }
      std::string name, value;
      awaiting_argument = false;
      if (processor.process(arg, name, value)) {
        if (name.empty()) {
          awaiting_argument = true;
          continue;
        }
        if (name == "help") {
          Poco::Util::HelpFormatter help(options);
          help.setUnixStyle(true);
          help.setCommand("anonymise " + command.name());
          help.setUsage(command.usage());
          help.setHeader(command.description());
          help.setFooter(command.footer());
          help.setWidth(100);
          help.format(std::cout);
          return 0;
        }
        command.HandleOption(name, value);
      } else {
        positional.push_back(arg);
      }
    }
    processor.checkRequired();
  } catch (const Poco::Util::OptionException& e) {
    throw Error(ErrorCode::kUsage,
                e.displayText() + " (see anonymise " + command.name() + " --help)");
  }
  return command.Execute(positional);
}

}  // namespace anonymiser::cli
