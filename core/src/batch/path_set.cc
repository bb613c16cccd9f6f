#include "batch/path_set.h"

#include <cstring>

#include "audit/digest.h"

namespace anonymiser {

bool PathSet::Insert(std::string_view path) {
  // The first 128 bits of SHA-256: a cryptographic hash, so no pair of real
  // paths collides by construction (a 64-bit FNV could, in theory, fail an
  // input for another's output).
  const audit::Sha256Digest md = audit::Sha256(path);
  Digest d;
  std::memcpy(&d.a, md.data(), 8);
  std::memcpy(&d.b, md.data() + 8, 8);
  return digests_.insert(d).second;
}

}  // namespace anonymiser
