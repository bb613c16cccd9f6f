// SHA-256 and HMAC-SHA256 for the audit log and file hashes, on OpenSSL.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace anonymiser::audit {

// SHA-256 of `bytes`, the 32 bytes themselves.
using Sha256Digest = std::array<unsigned char, 32>;
Sha256Digest Sha256(std::string_view bytes);

// SHA-256 of `bytes`, lower-case hex (64 characters).
std::string Sha256Hex(std::string_view bytes);

// A SHA-256 digest in lower-case hex, held without allocating (the log
// writes two per replacement).
using Sha256HexDigest = std::array<char, 64>;

// `digest` in lower-case hex.
Sha256HexDigest ToHex(const Sha256Digest& digest);

// SHA-256 of a file's bytes, lower-case hex, read in 64 kB blocks. Throws
// Error(kInput) naming the file when it cannot be read.
std::string FileSha256Hex(const std::filesystem::path& path);

// HMAC-SHA256 (RFC 2104) of `message` keyed with `key` (raw bytes), lower-case hex.
std::string HmacSha256Hex(std::string_view key, std::string_view message);

// HMAC-SHA256 under one key, for many messages: the key's two padded blocks
// are hashed once, not once per message (the log keys one HMAC per
// replacement). Hex() gives what HmacSha256Hex(key, message) gives.
// Thread-safe.
class HmacSha256 {
 public:
  // Throws Error(kInternal) if OpenSSL fails.
  explicit HmacSha256(std::string_view key);
  ~HmacSha256();
  HmacSha256(const HmacSha256&) = delete;
  HmacSha256& operator=(const HmacSha256&) = delete;

  std::string Hex(std::string_view message) const;
  // The HMAC of `message`, the 32 bytes themselves.
  Sha256Digest Digest(std::string_view message) const;

 private:
  struct State;
  State* state_;
};

// The bytes a hex string stands for ("4a6f" -> "Jo"). Throws Error(kConfig)
// when `hex` has an odd length or a character that is not a hex digit.
std::string HexToBytes(std::string_view hex);

// The key that keys a case's HMACs: the case secret (hex) decoded to bytes.
// An auditor reproduces an HMAC with
//   printf %s ORIGINAL | openssl dgst -sha256 -mac HMAC -macopt hexkey:SECRET
inline std::string HmacKeyFromSecret(std::string_view secret_hex) { return HexToBytes(secret_hex); }

}  // namespace anonymiser::audit
