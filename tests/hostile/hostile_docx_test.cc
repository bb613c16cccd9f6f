// Hostile DOCX packages in a batch: zip bombs, zip slip, billion laughs, XXE,
// deep XML. Each is refused with a clear error naming it; the batch goes on.
#include <gtest/gtest.h>

#include "docx_test_package.h"
#include "hostile_batch.h"

namespace anonymiser::hostile {
namespace {

using docx::testing::MinimalDocx;
using docx::testing::Parts;
using docx::testing::WritePackage;

Parts Simple() { return MinimalDocx("<w:p><w:r><w:t>Jade Okafor</w:t></w:r></w:p>"); }

// Sets the uncompressed size of entry `name` to `size` in its local header and
// in the central directory of the zip `bytes`.
void DeclareSize(std::string& bytes, const std::string& name, std::uint32_t size) {
  auto patch = [&](const std::string& signature, std::size_t size_at, std::size_t name_at) {
    for (std::size_t at = bytes.find(signature); at != std::string::npos;
         at = bytes.find(signature, at + 4)) {
      if (bytes.compare(at + name_at, name.size(), name) != 0) continue;
      for (int i = 0; i < 4; ++i) bytes[at + size_at + i] = static_cast<char>(size >> (8 * i));
    }
  };
  patch(std::string("PK\x03\x04", 4), 22, 30);
  patch(std::string("PK\x01\x02", 4), 24, 46);
}

// Renames entry `from` to `to` (same length) everywhere in the zip `bytes`.
void RenameEntry(std::string& bytes, const std::string& from, const std::string& to) {
  for (std::size_t at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at + 1))
    bytes.replace(at, from.size(), to);
}

std::string WithBody(const std::string& prolog, const std::string& body) {
  return "<?xml version=\"1.0\"?>" + prolog +
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:body>" +
         body + "</w:body></w:document>";
}

TEST_F(HostileBatch, ZipBombDeclaringFourGigabytesIsRefusedBeforeInflating) {
  Parts parts = Simple();
  parts.emplace_back("word/media/huge.bin", std::string(4096, 'x'));
  WritePackage(in() / "huge.docx", parts);
  std::string bytes = ReadFile(in() / "huge.docx");
  DeclareSize(bytes, "word/media/huge.bin", 0xFFFFFF00u);
  WriteFile(in() / "huge.docx", bytes);
  ExpectRefused(Run(), "huge.docx", "uncompressed size exceeds limit.max-uncompressed");
}

TEST_F(HostileBatch, ZipBombOfExtremeRatioIsRefused) {
  Parts parts = Simple();
  parts.emplace_back("word/media/zeros.bin", std::string(std::size_t{64} << 20, '\0'));
  WritePackage(in() / "ratio.docx", parts);
  ASSERT_LT(fs::file_size(in() / "ratio.docx"), std::uintmax_t{1} << 20);
  ExpectRefused(Run(), "ratio.docx", "exceeds limit.max-ratio");
}

TEST_F(HostileBatch, ZipBombOfManyEntriesIsRefused) {
  Parts parts = Simple();
  for (int i = 0; i < 10001; ++i) parts.emplace_back("word/m/" + std::to_string(i), "");
  WritePackage(in() / "entries.docx", parts);
  ExpectRefused(Run(), "entries.docx", "zip entries exceed limit.max-entries");
}

TEST_F(HostileBatch, UncompressedTotalAboveTheOptionIsRefused) {
  Parts parts = Simple();
  // Incompressible bytes, so no single entry trips the ratio limit first.
  std::uint32_t x = 12345;
  for (int i = 0; i < 4; ++i) {
    std::string noise(1 << 20, '\0');
    for (char& c : noise) c = static_cast<char>((x = x * 1103515245u + 12345u) >> 24);
    parts.emplace_back("word/media/part" + std::to_string(i) + ".bin", noise);
  }
  WritePackage(in() / "total.docx", parts);
  ExpectRefused(Run({"--max-uncompressed", "3M"}), "total.docx",
                "uncompressed size exceeds limit.max-uncompressed");
}

TEST_F(HostileBatch, ZipSlipNamesAreRefusedAndNothingIsWrittenOutside) {
  for (const auto& [file, name] : std::vector<std::pair<std::string, std::string>>{
           {"dots.docx", "../../evil.txt"}, {"abs.docx", "/tmp/evil.txt"}}) {
    Parts parts = Simple();
    const std::string placeholder(name.size(), 'E');
    parts.emplace_back(placeholder, "evil");
    WritePackage(in() / file, parts);
    std::string bytes = ReadFile(in() / file);
    RenameEntry(bytes, placeholder, name);
    WriteFile(in() / file, bytes);
  }
  CommandResult r = Run();
  ExpectRefused(r, "dots.docx", "unsafe name");
  ExpectRefused(r, "abs.docx", "unsafe name");
  EXPECT_FALSE(fs::exists(dir_ / "evil.txt"));
  EXPECT_FALSE(fs::exists(out() / ".." / ".." / "evil.txt"));
}

TEST_F(HostileBatch, BillionLaughsIsRefused) {
  std::string lol = "<!ENTITY lol0 \"lol\">";
  for (int i = 1; i < 10; ++i) {
    lol += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) lol += "&lol" + std::to_string(i - 1) + ";";
    lol += "\">";
  }
  Parts parts = Simple();
  parts[2].second =
      WithBody("<!DOCTYPE lolz [" + lol + "]>", "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>");
  WritePackage(in() / "laughs.docx", parts);
  ExpectRefused(Run(), "laughs.docx", "DOCTYPE");
}

TEST_F(HostileBatch, ExternalEntityNeverPullsInAFile) {
  const std::string xxe = "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
  Parts parts = Simple();
  parts[2].second = WithBody(xxe, "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>");
  WritePackage(in() / "xxe.docx", parts);
  // In a part holding no text (custom XML data), too.
  Parts quiet = Simple();
  quiet.emplace_back("customXml/item1.xml", "<?xml version=\"1.0\"?>" + xxe + "<a>&xxe;</a>");
  WritePackage(in() / "quiet.docx", quiet);
  CommandResult r = Run();
  ExpectRefused(r, "xxe.docx", "word/document.xml: XML with a DOCTYPE is refused");
  ExpectRefused(r, "quiet.docx", "customXml/item1.xml: XML with a DOCTYPE is refused");
  EXPECT_EQ(r.err.find("root:x:"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("root:x:"), std::string::npos) << r.out;
  for (const fs::path& f : FilesBelow(dir_.path())) {
    if (f.extension() == ".docx" && f.parent_path() == in()) continue;
    EXPECT_EQ(ReadFile(f).find("root:x:"), std::string::npos) << f;
  }
}

TEST_F(HostileBatch, DeeplyNestedXmlIsRefused) {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<w:sdt><w:sdtContent>";
  deep += "<w:p><w:r><w:t>Jade Okafor</w:t></w:r></w:p>";
  for (int i = 0; i < 300; ++i) deep += "</w:sdtContent></w:sdt>";
  Parts parts = Simple();
  parts[2].second = WithBody("", deep);
  WritePackage(in() / "deep.docx", parts);
  // A lower limit from the command line applies too.
  Parts shallow = Simple();
  std::string ten;
  for (int i = 0; i < 10; ++i) ten += "<w:sdt><w:sdtContent>";
  ten += "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
  for (int i = 0; i < 10; ++i) ten += "</w:sdtContent></w:sdt>";
  shallow[2].second = WithBody("", ten);
  WritePackage(in() / "ten.docx", shallow);
  CommandResult r = Run();
  ExpectRefused(r, "deep.docx", "limit.max-xml-depth");
  EXPECT_TRUE(fs::exists(out() / "ten.docx")) << r.err;
  fs::remove_all(out());
  ExpectRefused(Run({"--max-xml-depth", "8"}), "ten.docx", "limit.max-xml-depth");
}

}  // namespace
}  // namespace anonymiser::hostile
