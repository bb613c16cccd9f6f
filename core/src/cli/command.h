// One sub-command of the CLI (`anonymise run`, `anonymise detect` ...).
#pragma once

#include <Poco/Util/OptionSet.h>

#include <memory>
#include <string>
#include <vector>

namespace anonymiser::cli {

class Command {
 public:
  virtual ~Command() = default;

  // The word after `anonymise`, e.g. "run".
  virtual std::string name() const = 0;
  // One line for the command list.
  virtual std::string summary() const = 0;
  // The usage line after the command name, e.g. "INPUT... -o OUTDIR [options]".
  virtual std::string usage() const = 0;
  // Paragraphs shown by `--help` before the options.
  virtual std::string description() const = 0;
  // Paragraphs shown by `--help` after the options (examples, exit codes).
  virtual std::string footer() const { return ""; }

  // Adds the command's options to `options`.
  virtual void DefineOptions(Poco::Util::OptionSet& options) = 0;
  // Receives one option from the command line (full name, argument).
  virtual void HandleOption(const std::string& name, const std::string& value) = 0;
  // Runs with the remaining (non-option) arguments. Returns the exit status;
  // throws Error for anything that stops the whole command.
  virtual int Execute(const std::vector<std::string>& args) = 0;
};

// Parses `argv` (after the command name) for `command`, prints its help for
// --help, then executes it. Returns the exit status.
int ExecuteCommand(Command& command, const std::vector<std::string>& argv);

// Every command, in the order `anonymise --help` lists them.
std::vector<std::unique_ptr<Command>> AllCommands();

}  // namespace anonymiser::cli
