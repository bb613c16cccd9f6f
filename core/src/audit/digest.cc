#include "audit/digest.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "anonymiser/error.h"

namespace anonymiser::audit {

namespace {

// OpenSSL's SHA-256 (with the CPU's SHA instructions where present) is many
// times faster than Poco's portable one, and the log hashes every line.
const EVP_MD* Sha256() {
  static const EVP_MD* md = EVP_sha256();
  return md;
}

std::string Hex(const unsigned char* bytes, unsigned n) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (unsigned i = 0; i < n; ++i) {
    out[2 * i] = kDigits[bytes[i] >> 4];
    out[2 * i + 1] = kDigits[bytes[i] & 15];
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), md, &n, Sha256(), nullptr) != 1)
    throw Error(ErrorCode::kInternal, "SHA-256 failed (OpenSSL)");
  return Hex(md, n);
}

std::string HmacSha256Hex(std::string_view key, std::string_view message) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  if (HMAC(Sha256(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(message.data()), message.size(), md,
           &n) == nullptr)
    throw Error(ErrorCode::kInternal, "HMAC-SHA256 failed (OpenSSL)");
  return Hex(md, n);
}

std::string HexToBytes(std::string_view hex) {
  if (hex.size() % 2 != 0) throw Error(ErrorCode::kConfig, "case secret: odd number of hex digits");
  std::string bytes;
  bytes.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int hi = HexValue(hex[i]), lo = HexValue(hex[i + 1]);
    if (hi < 0 || lo < 0) throw Error(ErrorCode::kConfig, "case secret: not a hex string");
    bytes.push_back(static_cast<char>(hi * 16 + lo));
  }
  return bytes;
}

}  // namespace anonymiser::audit
