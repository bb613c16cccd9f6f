#include "batch/path_set.h"

#include <openssl/evp.h>

#include <cstring>

#include "anonymiser/error.h"

namespace anonymiser {

bool PathSet::Insert(std::string_view path) {
  // The first 128 bits of SHA-256: a cryptographic hash, so no pair of real
  // paths collides by construction (a 64-bit FNV could, in theory, fail an
  // input for another's output).
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  if (EVP_Digest(path.data(), path.size(), md, &n, EVP_sha256(), nullptr) != 1 || n < 16)
    throw Error(ErrorCode::kInternal, "SHA-256 failed (OpenSSL)");
  Digest d;
  std::memcpy(&d.a, md, 8);
  std::memcpy(&d.b, md + 8, 8);
  return digests_.insert(d).second;
}

}  // namespace anonymiser
