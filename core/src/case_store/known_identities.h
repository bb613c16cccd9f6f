// The user's known identities: originals with the pseudonym they must get.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "case_store/case_state.h"

namespace anonymiser {

struct KnownIdentity {
  std::string original;   // "Tyler Brennan"
  std::string pseudonym;  // "Baby T"
  std::string type = "PERSON";
};

// Reads a CSV file with the header `original,pseudonym[,type]` (UTF-8).
// Throws Error(kConfig) naming the file and line for a missing header,
// column or value.
std::vector<KnownIdentity> ReadKnownIdentities(const std::filesystem::path& file);

// Adds `known` to `state`. Rows with the same pseudonym are one entity; an
// original the case already knows (e.g. detected earlier as "Person C") takes
// the given pseudonym; every variant of a person's name (full, given, family)
// is recorded so it is found wherever it appears. Throws Error(kConfig) when
// the pseudonym already belongs to an entity of another type.
void AddKnownIdentities(const std::vector<KnownIdentity>& known, CaseState& state);

}  // namespace anonymiser
