// The one exception type of the project.
//
// Everything the core and the plugins throw on purpose is an anonymiser::Error.
// The CLI catches it once and turns its code into an exit status and a
// message. A message names the file concerned and the reason, e.g.
// "letters/a.docx: not a DOCX file (no zip central directory)".
#pragma once

#include <stdexcept>
#include <string>

namespace anonymiser {

enum class ErrorCode {
  kUsage,        // wrong command line (exit 2)
  kConfig,       // bad configuration, case file, plugin set-up (exit 2)
  kInput,        // an input file cannot be read or is not what it claims
  kUnsupported,  // a valid file in a form the tool does not handle
  kLimit,        // an input exceeds a safety limit (size, ratio, depth, time)
  kOutput,       // an output cannot be written
  kPlugin,       // a plugin could not be loaded or misbehaved
  kLeak,         // the leak check found an original identifier
  kInternal,     // a bug
};

// Returns a short lower-case name for `code`, e.g. "input".
inline const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUsage: return "usage";
    case ErrorCode::kConfig: return "config";
    case ErrorCode::kInput: return "input";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kLimit: return "limit";
    case ErrorCode::kOutput: return "output";
    case ErrorCode::kPlugin: return "plugin";
    case ErrorCode::kLeak: return "leak";
    case ErrorCode::kInternal: return "internal";
  }
  return "unknown";
}

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ErrorCode code() const noexcept { return code_; }

 private:
  ErrorCode code_;
};

}  // namespace anonymiser
