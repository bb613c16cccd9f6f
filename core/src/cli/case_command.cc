// `anonymise case add|list|remove|export`: the known identities of a case.
#include <fstream>
#include <iostream>

#include "anonymiser/error.h"
#include "case_store/case_store.h"
#include "case_store/csv_reader.h"
#include "case_store/known_identities.h"
#include "cli/command.h"
#include "text/fold.h"

namespace anonymiser::cli {

namespace {

class CaseCommand : public Command {
 public:
  std::string name() const override { return "case"; }
  std::string summary() const override {
    return "add, list, remove or export the identities of a case";
  }
  std::string usage() const override {
    return "add ORIGINAL PSEUDONYM [--type TYPE] --case FILE\n"
           "       anonymise case list --case FILE\n"
           "       anonymise case remove PSEUDONYM|ORIGINAL --case FILE\n"
           "       anonymise case export --case FILE [--csv OUT.csv]";
  }
  std::string description() const override {
    return "A case file holds every entity of a case with its pseudonym, so all documents of a "
           "case (report, action plan, press statement) get the same pseudonyms in every run. "
           "It also holds the originals and a secret key: it is the re-identification key. It "
           "is created readable and writable by its owner only; keep it apart from what you "
           "publish.\n\n"
           "add: ORIGINAL always becomes PSEUDONYM, in every spelling (\"Jade Brennan\" also "
           "covers \"Jade\", \"Ms Brennan\", \"JADE'S\"), even where detection would miss it.\n"
           "list: every entity: pseudonym, type, whether it was given by you, the original.\n"
           "remove: forget an entity (named by its pseudonym or original).\n"
           "export: the entities as a CSV (original,pseudonym,type) that --known reads back.";
  }
  void DefineOptions(Poco::Util::OptionSet& o) override {
    o.addOption(Poco::Util::Option("case", "", "the case file").required(true).argument("FILE"));
    o.addOption(Poco::Util::Option("type", "", "entity type for add (default PERSON)")
                    .argument("TYPE"));
    o.addOption(Poco::Util::Option("csv", "", "export: write to this file instead of standard "
                                              "output")
                    .argument("OUT.csv"));
  }
  void HandleOption(const std::string& n, const std::string& v) override {
    if (n == "case") case_file_ = v;
    if (n == "type") type_ = v;
    if (n == "csv") csv_ = v;
  }
  int Execute(const std::vector<std::string>& args) override {
    if (args.empty())
      throw Error(ErrorCode::kUsage, "say what to do: add, list, remove or export (see --help)");
    const std::string action = args[0];
    if (action == "add") {
      if (args.size() != 3) throw Error(ErrorCode::kUsage, "case add takes ORIGINAL PSEUDONYM");
      auto store = OpenSqliteCaseStore(case_file_);
      KnownIdentity k{args[1], args[2], type_.empty() ? "PERSON" : type_};
      for (char& c : k.type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      store->Update([&](CaseState& s) { AddKnownIdentities({k}, s); });
      std::cout << "added: " << k.original << " -> " << k.pseudonym << " (" << k.type << ")\n";
      return 0;
    }
    if (action == "list") {
      auto store = OpenSqliteCaseStore(case_file_);
      const auto state = store->Load();
      std::cout << "pseudonym\ttype\tgiven by user\toriginal\tvariants\n";
      for (const auto& e : state.entities)
        std::cout << e.pseudonym << "\t" << e.type << "\t" << (e.known ? "yes" : "no") << "\t"
                  << e.original << "\t" << e.variants.size() << "\n";
      std::cout << state.entities.size() << " entities, " << store->DocumentCount()
                << " documents\n";
      return 0;
    }
    if (action == "remove") {
      if (args.size() != 2) throw Error(ErrorCode::kUsage, "case remove takes one name");
      auto store = OpenSqliteCaseStore(case_file_);
      bool removed = false;
      const std::string key = text::FoldForMatch(args[1]);
      store->Update([&](CaseState& s) {
        std::erase_if(s.entities, [&](const Entity& e) {
          const bool hit = e.pseudonym == args[1] || text::FoldForMatch(e.original) == key;
          if (hit) s.removed_entities.push_back(e.id);
          return hit;
        });
        removed = !s.removed_entities.empty();
      });
      if (!removed) {
        std::cerr << "anonymise case: no entity named '" << args[1] << "' in " << case_file_ << "\n";
        return 1;
      }
      std::cout << "removed: " << args[1] << "\n";
      return 0;
    }
    if (action == "export") {
      auto state = OpenSqliteCaseStore(case_file_)->Load();
      std::ofstream file;
      std::ostream* out = &std::cout;
      if (!csv_.empty()) {
        file.open(csv_, std::ios::binary);
        if (!file) throw Error(ErrorCode::kOutput, csv_ + ": cannot write");
        out = &file;
      }
      *out << "original,pseudonym,type\n";
      for (const auto& e : state.entities)
        *out << CsvField(e.original) << "," << CsvField(e.pseudonym) << "," << e.type << "\n";
      return 0;
    }
    throw Error(ErrorCode::kUsage, "unknown action '" + action + "': use add, list, remove or export");
  }

 private:
  std::string case_file_, type_, csv_;
};

}  // namespace

std::unique_ptr<Command> MakeCaseCommand() { return std::make_unique<CaseCommand>(); }

}  // namespace anonymiser::cli
