// HMAC-SHA256 and SHA-256 of the audit log against published test vectors.
#include <gtest/gtest.h>

#include <thread>

#include "anonymiser/error.h"
#include "audit/digest.h"

namespace anonymiser::audit {
namespace {

std::string Hex(const std::string& hex) { return HexToBytes(hex); }

// The one-shot function and the keyed object, which must agree.
std::string Hmac(const std::string& key, const std::string& message) {
  const std::string once = HmacSha256Hex(key, message);
  EXPECT_EQ(HmacSha256(key).Hex(message), once) << "keyed object differs";
  return once;
}

// RFC 4231, test cases 1-4, 6 and 7 (case 5 is a truncated output).
TEST(AuditDigest, HmacSha256MatchesRfc4231) {
  EXPECT_EQ(Hmac(std::string(20, '\x0b'), "Hi There"),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  EXPECT_EQ(Hmac("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  EXPECT_EQ(Hmac(std::string(20, '\xaa'), std::string(50, '\xdd')),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
  EXPECT_EQ(
      Hmac(Hex("0102030405060708090a0b0c0d0e0f10111213141516171819"), std::string(50, '\xcd')),
      "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
  EXPECT_EQ(
      Hmac(std::string(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First"),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  EXPECT_EQ(Hmac(std::string(131, '\xaa'),
                 "This is a test using a larger than block-size key and a larger than "
                 "block-size data. The key needs to be hashed before being used by the "
                 "HMAC algorithm."),
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

// One keyed object serves many messages, from several threads at once.
TEST(AuditDigest, OneKeyedHmacServesManyMessagesOnManyThreads) {
  const std::string key = Hex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
  const HmacSha256 hmac(key);
  auto check = [&](int seed) {
    for (int i = 0; i < 200; ++i) {
      const std::string message(static_cast<std::size_t>((i * 37 + seed) % 300), 'a' + i % 26);
      EXPECT_EQ(hmac.Hex(message), HmacSha256Hex(key, message));
      EXPECT_EQ(Sha256Hex(message), Sha256Hex(std::string(message)));
    }
  };
  std::thread other(check, 1);
  check(2);
  other.join();
}

TEST(AuditDigest, Sha256OfKnownStrings) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// The allocation-free digests the log writes are the hex strings spelled out.
TEST(AuditDigest, HexDigestsMatchTheHexStrings) {
  const std::string key = Hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
  const HmacSha256 hmac(key);
  for (const std::string message : {"", "abc", "Dylan Pryce", "caf\xC3\xA9"}) {
    const Sha256HexDigest sha = ToHex(Sha256(message));
    EXPECT_EQ(std::string(sha.data(), sha.size()), Sha256Hex(message)) << message;
    const Sha256HexDigest mac = ToHex(hmac.Digest(message));
    EXPECT_EQ(std::string(mac.data(), mac.size()), HmacSha256Hex(key, message)) << message;
  }
}

TEST(AuditDigest, HexToBytesRejectsBadHex) {
  EXPECT_EQ(HexToBytes("4a6f"), "Jo");
  EXPECT_THROW(HexToBytes("abc"), Error);
  EXPECT_THROW(HexToBytes("zz"), Error);
}

}  // namespace
}  // namespace anonymiser::audit
