// `anonymise verify --case FILE OUTPUT...`: the leak check.
#include <iostream>

#include "anonymiser/error.h"
#include "case_store/case_store.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/runtime.h"
#include "verify/leak_checker.h"

namespace anonymiser::cli {

namespace {

class VerifyCommand : public Command {
 public:
  std::string name() const override { return "verify"; }
  std::string summary() const override {
    return "check outputs for any original identifier of a case (the leak check)";
  }
  std::string usage() const override { return "--case FILE OUTPUT... [--show-originals]"; }
  std::string description() const override {
    return "Searches every part of every OUTPUT file (every zip entry of a DOCX, raw and as "
           "paragraph text; a PDF's page text, metadata, XMP and outline; text files) and every "
           "file below an OUTPUT folder (except the case file and audit log) for every original "
           "and every variant of every entity of the case, ignoring case, diacritics and Unicode "
           "compatibility forms, on word boundaries. Single-word variants shorter than three "
           "letters are not searched.\n\n"
           "Each hit is listed with its file, part and location, and the entity's type and "
           "pseudonym, so the report itself reveals nothing; --show-originals adds the "
           "original.\n\n"
           "A spelling found inside a phrase that a run keeps as written (a public body such as "
           "\"Haverleigh Teaching Hospitals NHS Trust\", an Act, a role), as the redaction "
           "plugins find it under --policy, is listed as kept, not counted as a hit. With "
           "--policy strict nothing is kept, so every occurrence counts.";
  }
  std::string footer() const override {
    return "Examples:\n"
           "  anonymise verify --case out/case.anoncase out/\n"
           "Exit status: 0 nothing found; 1 some original was found or a file could not be "
           "checked; 2 usage error.";
  }
  void DefineOptions(Poco::Util::OptionSet& o) override {
    o.addOption(Poco::Util::Option("case", "", "the case file").required(true).argument("FILE"));
    o.addOption(Poco::Util::Option("show-originals", "",
                                   "print the original found (the report then holds originals)"));
    CommonOptions::Define(o, {"plugins", "policy"});
  }
  void HandleOption(const std::string& n, const std::string& v) override {
    if (n == "case")
      case_file_ = v;
    else if (n == "show-originals")
      show_originals_ = true;
    else
      options_.Handle(n, v);
  }
  int Execute(const std::vector<std::string>& args) override {
    if (args.empty()) throw Error(ErrorCode::kUsage, "anonymise verify: no OUTPUT given");
    if (!std::filesystem::exists(case_file_))
      throw Error(ErrorCode::kConfig, case_file_.string() + ": no such case file");
    const CaseState state = OpenSqliteCaseStore(case_file_)->Load();
    verify::LeakChecker checker(state);
    Runtime runtime(options_);
    checker.SetKeptSpans(KeptSpansOf(runtime.pipeline()));
    checker.SetOrdinaryWords(&runtime.pipeline().ordinary_words());
    const auto files =
        verify::FilesToCheck(std::vector<std::filesystem::path>(args.begin(), args.end()));
    std::size_t hits = 0, kept = 0, unreadable = 0;
    for (const auto& file : files) {
      try {
        for (const auto& hit : checker.CheckFile(file)) {
          std::cout << (hit.kept ? "kept: " : "") << checker.Describe(hit, show_originals_) << "\n";
          ++(hit.kept ? kept : hits);
        }
      } catch (const Error& e) {
        std::cerr << "error: " << e.what() << "\n";
        ++unreadable;
      }
    }
    std::cout << files.size() << " files checked against " << checker.needles().needles().size()
              << " spellings of " << state.entities.size() << " entities: " << hits
              << (hits == 1 ? " hit" : " hits");
    if (kept) std::cout << " (and " << kept << " inside kept public bodies or titles)";
    if (unreadable) std::cout << ", " << unreadable << " files could not be checked";
    std::cout << "\n";
    return hits > 0 || unreadable > 0 ? 1 : 0;
  }

 private:
  std::filesystem::path case_file_;
  bool show_originals_ = false;
  CommonOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakeVerifyCommand() { return std::make_unique<VerifyCommand>(); }

}  // namespace anonymiser::cli
