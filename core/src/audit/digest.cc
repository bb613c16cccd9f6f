#include "audit/digest.h"

#include <Poco/DigestEngine.h>
#include <Poco/HMACEngine.h>
#include <Poco/SHA2Engine.h>

#include "anonymiser/error.h"

namespace anonymiser::audit {

namespace {

// Poco's HMACEngine needs the block and digest sizes as class constants,
// which SHA2Engine (covering four sizes) does not declare.
class Sha256Engine : public Poco::SHA2Engine {
 public:
  enum { BLOCK_SIZE = 64, DIGEST_SIZE = 32 };
  Sha256Engine() : Poco::SHA2Engine(SHA_256) {}
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(sha.digest());
}

std::string HmacSha256Hex(std::string_view key, std::string_view message) {
  const std::string key_bytes(key);
  Poco::HMACEngine<Sha256Engine> hmac(key_bytes);
  hmac.update(message.data(), static_cast<unsigned>(message.size()));
  return Poco::DigestEngine::digestToHex(hmac.digest());
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
