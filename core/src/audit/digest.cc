#include "audit/digest.h"

#include <openssl/evp.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <vector>

#include "anonymiser/error.h"

namespace anonymiser::audit {

namespace {

// OpenSSL's SHA-256 (with the CPU's SHA instructions where present) is many
// times faster than Poco's portable one, and the log hashes every line.
// Fetched from the provider once: given EVP_sha256(), OpenSSL 3 fetches the
// implementation again on every EVP_DigestInit_ex, which cost more than
// hashing a short log line. Kept for the life of the process.
const EVP_MD* Sha256Md() {
  static const EVP_MD* md = [] {
    const EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    return fetched != nullptr ? fetched : EVP_sha256();
  }();
  return md;
}

using MdCtx = std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)>;

MdCtx NewCtx() {
  MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!ctx) throw Error(ErrorCode::kInternal, "SHA-256 failed (OpenSSL: no memory)");
  return ctx;
}

// A context per thread, reused: creating one per digest cost more than
// hashing a log line.
EVP_MD_CTX* ThreadCtx() {
  thread_local MdCtx ctx = NewCtx();
  return ctx.get();
}

void Check(int ok, const char* what) {
  if (ok != 1) throw Error(ErrorCode::kInternal, std::string(what) + " failed (OpenSSL)");
}

// Writes the `n` bytes at `bytes` as 2 * n lower-case hex digits to `out`.
void HexTo(const unsigned char* bytes, unsigned n, char* out) {
  static const char kDigits[] = "0123456789abcdef";
  for (unsigned i = 0; i < n; ++i) {
    out[2 * i] = kDigits[bytes[i] >> 4];
    out[2 * i + 1] = kDigits[bytes[i] & 15];
  }
}

std::string Hex(const unsigned char* bytes, unsigned n) {
  std::string out(2 * n, '0');
  HexTo(bytes, n, out.data());
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Sha256Digest Sha256(std::string_view bytes) {
  Sha256Digest md;
  unsigned n = 0;
  EVP_MD_CTX* ctx = ThreadCtx();
  Check(EVP_DigestInit_ex(ctx, Sha256Md(), nullptr), "SHA-256");
  Check(EVP_DigestUpdate(ctx, bytes.data(), bytes.size()), "SHA-256");
  Check(EVP_DigestFinal_ex(ctx, md.data(), &n), "SHA-256");
  return md;
}

std::string Sha256Hex(std::string_view bytes) {
  const Sha256Digest md = Sha256(bytes);
  return Hex(md.data(), static_cast<unsigned>(md.size()));
}

Sha256HexDigest ToHex(const Sha256Digest& digest) {
  Sha256HexDigest out;
  HexTo(digest.data(), static_cast<unsigned>(digest.size()), out.data());
  return out;
}

std::string FileSha256Hex(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInput, path.string() + ": cannot read");
  EVP_MD_CTX* ctx = ThreadCtx();
  Check(EVP_DigestInit_ex(ctx, Sha256Md(), nullptr), "SHA-256");
  std::vector<char> buf(1 << 16);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    Check(EVP_DigestUpdate(ctx, buf.data(), static_cast<std::size_t>(in.gcount())), "SHA-256");
  }
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  Check(EVP_DigestFinal_ex(ctx, md, &n), "SHA-256");
  return Hex(md, n);
}

// RFC 2104: H((K ^ opad) || H((K ^ ipad) || message)), K padded to a block.
struct HmacSha256::State {
  MdCtx inner = NewCtx();  // after (K ^ ipad)
  MdCtx outer = NewCtx();  // after (K ^ opad)
};

HmacSha256::HmacSha256(std::string_view key) : state_(new State) {
  try {
    constexpr std::size_t kBlock = 64;
    unsigned char k[kBlock] = {};
    if (key.size() > kBlock) {
      unsigned n = 0;
      Check(EVP_Digest(key.data(), key.size(), k, &n, Sha256Md(), nullptr), "HMAC-SHA256");
    } else {
      std::copy(key.begin(), key.end(), k);
    }
    unsigned char pad[kBlock];
    for (std::size_t i = 0; i < kBlock; ++i) pad[i] = k[i] ^ 0x36;
    Check(EVP_DigestInit_ex(state_->inner.get(), Sha256Md(), nullptr), "HMAC-SHA256");
    Check(EVP_DigestUpdate(state_->inner.get(), pad, kBlock), "HMAC-SHA256");
    for (std::size_t i = 0; i < kBlock; ++i) pad[i] = k[i] ^ 0x5c;
    Check(EVP_DigestInit_ex(state_->outer.get(), Sha256Md(), nullptr), "HMAC-SHA256");
    Check(EVP_DigestUpdate(state_->outer.get(), pad, kBlock), "HMAC-SHA256");
  } catch (...) {
    delete state_;
    throw;
  }
}

HmacSha256::~HmacSha256() { delete state_; }

Sha256Digest HmacSha256::Digest(std::string_view message) const {
  unsigned char inner[EVP_MAX_MD_SIZE];
  Sha256Digest md;
  unsigned n = 0;
  EVP_MD_CTX* ctx = ThreadCtx();
  Check(EVP_MD_CTX_copy_ex(ctx, state_->inner.get()), "HMAC-SHA256");
  Check(EVP_DigestUpdate(ctx, message.data(), message.size()), "HMAC-SHA256");
  Check(EVP_DigestFinal_ex(ctx, inner, &n), "HMAC-SHA256");
  Check(EVP_MD_CTX_copy_ex(ctx, state_->outer.get()), "HMAC-SHA256");
  Check(EVP_DigestUpdate(ctx, inner, n), "HMAC-SHA256");
  Check(EVP_DigestFinal_ex(ctx, md.data(), &n), "HMAC-SHA256");
  return md;
}

std::string HmacSha256::Hex(std::string_view message) const {
  const Sha256Digest md = Digest(message);
  return audit::Hex(md.data(), static_cast<unsigned>(md.size()));
}

std::string HmacSha256Hex(std::string_view key, std::string_view message) {
  return HmacSha256(key).Hex(message);
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
