#include "case_store/known_identities.h"

#include <Poco/String.h>

#include <fstream>

#include "anonymiser/error.h"
#include "case_store/csv_reader.h"
#include "link/person_name.h"
#include "text/fold.h"

namespace anonymiser {

std::vector<KnownIdentity> ReadKnownIdentities(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw Error(ErrorCode::kConfig, file.string() + ": cannot read the known-identities file");
  auto rows = ReadCsv(in, file.string());
  if (rows.empty())
    throw Error(ErrorCode::kConfig, file.string() +
                                        ": empty; expected a header "
                                        "original,pseudonym[,type]");
  std::vector<std::string> header;
  for (const auto& h : rows[0]) header.push_back(Poco::toLower(Poco::trim(h)));
  if (header.size() < 2 || header[0] != "original" || header[1] != "pseudonym")
    throw Error(ErrorCode::kConfig,
                file.string() + ": the first line must be the header original,pseudonym[,type]");
  std::vector<KnownIdentity> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    const std::string where = file.string() + ": row " + std::to_string(r + 1);
    if (row.size() < 2) throw Error(ErrorCode::kConfig, where + ": needs original and pseudonym");
    KnownIdentity k;
    k.original = Poco::trim(row[0]);
    k.pseudonym = Poco::trim(row[1]);
    if (row.size() >= 3 && !Poco::trim(row[2]).empty()) k.type = Poco::toUpper(Poco::trim(row[2]));
    if (k.original.empty() || k.pseudonym.empty())
      throw Error(ErrorCode::kConfig, where + ": original and pseudonym must not be empty");
    out.push_back(std::move(k));
  }
  return out;
}

void AddKnownIdentities(const std::vector<KnownIdentity>& known, CaseState& state) {
  for (const auto& k : known) {
    Entity* target = nullptr;
    for (auto& e : state.entities)
      if (e.pseudonym == k.pseudonym) target = &e;
    if (target && target->type != k.type)
      throw Error(ErrorCode::kConfig, "pseudonym '" + k.pseudonym + "' already belongs to a " +
                                          target->type + ", not a " + k.type);
    const std::string key = text::FoldForMatch(k.original);
    if (target == nullptr) {
      for (auto& e : state.entities)
        if (e.type == k.type && !e.known && e.HasVariant(key)) target = &e;
    }
    if (target == nullptr) target = &state.AddEntity(k.type);
    target->pseudonym = k.pseudonym;
    state.NotePseudonym(k.pseudonym);
    target->known = true;
    target->dirty = true;
    if (k.type == "PERSON")
      RecordPersonName(*target, ParsePersonName(k.original, {}), k.original);
    else
      target->AddVariant(key);
    if (k.original.size() > target->original.size()) target->original = k.original;
  }
}

}  // namespace anonymiser
