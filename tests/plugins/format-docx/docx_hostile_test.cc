// Hostile and damaged inputs: each a clear Error naming the file, never a
// crash, never a file read from outside the package.
#include <gtest/gtest.h>

#include "docx_test_package.h"
#include "test_support.h"

namespace anonymiser::docx::testing {
namespace {

using anonymiser::testing::ReadFile;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

class HostileTest : public ::testing::Test {
 protected:
  // Reads `path` expecting Error with `code` and a message naming the file
  // and containing `words`.
  void ExpectError(const std::filesystem::path& path, ErrorCode code, const std::string& words,
                   const std::map<std::string, std::string>& settings = {}) {
    try {
      auto doc = MakePlugin(settings).Read(path);
      ADD_FAILURE() << path << ": read without error, " << doc->units().size() << " units";
    } catch (const Error& e) {
      std::string message = e.what();
      EXPECT_EQ(ErrorCodeName(e.code()), std::string(ErrorCodeName(code))) << message;
      EXPECT_NE(message.find(path.string()), std::string::npos) << message;
      EXPECT_NE(message.find(words), std::string::npos) << message;
      EXPECT_EQ(message.find("root:x:"), std::string::npos) << message;
    }
  }

  std::filesystem::path Package(const std::string& name, const Parts& parts) {
    std::filesystem::path path = dir_ / name;
    WritePackage(path, parts);
    return path;
  }

  // Writes the package, then renames the entry `placeholder` (same length as
  // `name`) in the zip bytes: local header and central directory alike.
  std::filesystem::path Renamed(const std::string& file, Parts parts,
                                const std::string& placeholder, const std::string& name) {
    parts.emplace_back(placeholder, "<x/>");
    std::filesystem::path path = Package(file, parts);
    std::string bytes = ReadFile(path);
    for (std::size_t at = bytes.find(placeholder); at != std::string::npos;
         at = bytes.find(placeholder, at + 1))
      bytes.replace(at, placeholder.size(), name);
    WriteFile(path, bytes);
    return path;
  }

  Parts Simple() { return MinimalDocx("<w:p><w:r><w:t>Hello</w:t></w:r></w:p>"); }

  TempDir dir_;
};

TEST_F(HostileTest, ZipSlipNamesAreRefused) {
  ExpectError(Renamed("dots.docx", Simple(), "AA/evil.xml", "../evil.xml"), ErrorCode::kInput,
              "../evil.xml");
  ExpectError(Renamed("abs.docx", Simple(), "Xetc/evil.xml", "/etc/evil.xml"), ErrorCode::kInput,
              "/etc/evil.xml");
  ExpectError(Renamed("backslash.docx", Simple(), "wordXevil.xml", "word\\evil.xml"),
              ErrorCode::kInput, "word\\evil.xml");
  ExpectError(Renamed("inner.docx", Simple(), "word/AA/x.xml", "word/../x.xml"), ErrorCode::kInput,
              "word/../x.xml");
}

TEST_F(HostileTest, ZipBombIsRefusedByRatio) {
  Parts parts = Simple();
  parts.emplace_back("word/media/bomb.bin", std::string(200u << 20, '\0'));
  std::filesystem::path path = Package("bomb.docx", parts);
  parts.clear();
  ExpectError(path, ErrorCode::kLimit, "limit.max-ratio");
  // And by total size when the ratio is allowed.
  ExpectError(path, ErrorCode::kLimit, "limit.max-uncompressed",
              {{"limit.max-ratio", "100000"}, {"limit.max-uncompressed", "100M"}});
}

TEST_F(HostileTest, SizeThatLiesInTheHeaderIsCaughtWhileInflating) {
  Parts parts = Simple();
  parts.emplace_back("word/media/liar.bin", std::string(1u << 20, 'z'));
  std::filesystem::path path = Package("liar.docx", parts);
  std::string bytes = ReadFile(path);
  // Declare 1000 bytes instead of 1 MiB in the local header and the central directory.
  auto patch = [&](const std::string& signature, std::size_t size_offset, std::size_t name_offset) {
    for (std::size_t at = bytes.find(signature); at != std::string::npos;
         at = bytes.find(signature, at + 4)) {
      std::string name = bytes.substr(at + name_offset, 19);
      if (name != "word/media/liar.bin") continue;
      bytes[at + size_offset] = static_cast<char>(1000 & 0xFF);
      bytes[at + size_offset + 1] = static_cast<char>(1000 >> 8);
      bytes[at + size_offset + 2] = 0;
      bytes[at + size_offset + 3] = 0;
    }
  };
  patch(std::string("PK\x03\x04", 4), 22, 30);
  patch(std::string("PK\x01\x02", 4), 24, 46);
  WriteFile(path, bytes);
  ExpectError(path, ErrorCode::kLimit, "declared size");
}

TEST_F(HostileTest, TooManyEntriesAreRefused) {
  Parts parts = Simple();
  for (int i = 0; i < 60; ++i) parts.emplace_back("word/media/f" + std::to_string(i) + ".bin", "x");
  ExpectError(Package("many.docx", parts), ErrorCode::kLimit, "limit.max-entries",
              {{"limit.max-entries", "50"}});
  EXPECT_NO_THROW(MakePlugin().Read(dir_ / "many.docx"));
}

TEST_F(HostileTest, BillionLaughsIsRefused) {
  Parts parts = Simple();
  std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
      "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>";
  parts[2].second = laughs;
  ExpectError(Package("laughs.docx", parts), ErrorCode::kInput, "DOCTYPE");
}

TEST_F(HostileTest, ExternalEntityIsNeverRead) {
  Parts parts = Simple();
  const std::string xxe =
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
  parts[2].second = xxe;
  ExpectError(Package("xxe.docx", parts), ErrorCode::kInput, "word/document.xml");
  // In a part the plugin does not read, the entity is copied, never expanded.
  Parts quiet = Simple();
  quiet.emplace_back("word/unknown.xml", xxe);
  auto doc = MakePlugin().Read(Package("quiet.docx", quiet));
  for (const TextUnit& u : doc->units()) EXPECT_EQ(u.text.find("root:"), std::string::npos);
  doc->Write({}, dir_ / "out.docx");
  for (const auto& [name, data] : InflateAll(dir_ / "out.docx"))
    EXPECT_EQ(data.find("root:x:"), std::string::npos) << name;
}

TEST_F(HostileTest, DeepNestingIsRefused) {
  Parts parts = Simple();
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "<w:sdt><w:sdtContent>";
  deep += "<w:p><w:r><w:t>deep</w:t></w:r></w:p>";
  for (int i = 0; i < 40; ++i) deep += "</w:sdtContent></w:sdt>";
  parts[2].second.replace(parts[2].second.find("<w:p>"), 0, deep);
  std::filesystem::path path = Package("deep.docx", parts);
  ExpectError(path, ErrorCode::kLimit, "limit.max-xml-depth", {{"limit.max-xml-depth", "50"}});
  EXPECT_NO_THROW(MakePlugin().Read(path));
  // Beyond libxml2's own ceiling as well.
  Parts deeper = Simple();
  std::string many;
  for (int i = 0; i < 400; ++i) many += "<w:sdt><w:sdtContent>";
  for (int i = 0; i < 400; ++i) many += "</w:sdtContent></w:sdt>";
  deeper[2].second.replace(deeper[2].second.find("<w:p>"), 0, many);
  ExpectError(Package("deeper.docx", deeper), ErrorCode::kLimit, "limit.max-xml-depth");
}

TEST_F(HostileTest, MalformedXmlNamesThePart) {
  Parts parts = Simple();
  parts[2].second = "<w:document xmlns:w=\"x\"><w:body><w:p>";
  ExpectError(Package("malformed.docx", parts), ErrorCode::kInput, "word/document.xml");
}

TEST_F(HostileTest, TruncatedZipIsRefused) {
  std::string bytes = ReadFile(Package("whole.docx", Simple()));
  WriteFile(dir_ / "half.docx", bytes.substr(0, bytes.size() / 2));
  ExpectError(dir_ / "half.docx", ErrorCode::kInput, "zip");
  WriteFile(dir_ / "cut.docx", bytes.substr(0, bytes.size() - 10));
  ExpectError(dir_ / "cut.docx", ErrorCode::kInput, "zip");
  WriteFile(dir_ / "tiny.docx", "PK\x03\x04");
  ExpectError(dir_ / "tiny.docx", ErrorCode::kInput, "zip");
}

// A ZIP64 end record claiming exabytes, before the end record (found by the
// docx_reader fuzzer: Poco allocated what it claimed, and mimalloc aborts the
// process on an allocation it cannot meet).
TEST_F(HostileTest, Zip64EndRecordClaimingExabytesIsRefused) {
  std::string bytes = ReadFile(Package("whole.docx", Simple()));
  const std::size_t end = bytes.rfind("PK\x05\x06");
  ASSERT_NE(end, std::string::npos);
  std::string record("PK\x06\x06", 4);
  record += std::string("\x06\x06\x06\x06\x06\x06\x06\x06", 8);  // 0x0606... bytes follow
  record += std::string(44, '\0');
  bytes.insert(end, record);
  WriteFile(dir_ / "zip64.docx", bytes);
  ExpectError(dir_ / "zip64.docx", ErrorCode::kInput, "ZIP64 end record");
}

TEST_F(HostileTest, NotAZipIsRefused) {
  WriteFile(dir_ / "text.docx", "Dear Ms Okafor,\n");
  ExpectError(dir_ / "text.docx", ErrorCode::kInput, "not a zip");
  WriteFile(dir_ / "empty.docx", "");
  ExpectError(dir_ / "empty.docx", ErrorCode::kInput, "not a zip");
}

TEST_F(HostileTest, OleFilesAreEncryptedOrLegacy) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole += std::string(504, '\0');
  WriteFile(dir_ / "locked.docx", ole);
  ExpectError(dir_ / "locked.docx", ErrorCode::kUnsupported, "encrypted");
  WriteFile(dir_ / "old.doc", ole);
  ExpectError(dir_ / "old.doc", ErrorCode::kUnsupported, "legacy .doc format is not supported");
}

TEST_F(HostileTest, MissingMainDocumentIsRefused) {
  Parts parts = Simple();
  parts.pop_back();
  ExpectError(Package("nomain.docx", parts), ErrorCode::kInput, "main document");
}

TEST_F(HostileTest, MissingContentTypesIsRefused) {
  Parts parts = Simple();
  parts.erase(parts.begin());
  ExpectError(Package("notypes.docx", parts), ErrorCode::kInput, "[Content_Types].xml");
}

TEST_F(HostileTest, OversizedFileIsRefusedBeforeReading) {
  std::filesystem::path path = Package("big.docx", Simple());
  ExpectError(path, ErrorCode::kLimit, "limit.max-file-size", {{"limit.max-file-size", "100"}});
}

}  // namespace
}  // namespace anonymiser::docx::testing
