// Damaged copies of a valid package (random bytes changed in the zip, or in
// the XML before zipping) are read and written without crashing: each either
// works or gives an Error naming the file.
#include <gtest/gtest.h>

#include <random>

#include "docx_planted_package.h"
#include "test_support.h"

namespace anonymiser::docx::testing {
namespace {

using anonymiser::testing::ReadFile;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

// Reads and writes `path` (replacing the first byte of every unit); returns
// "" on success, the Error message otherwise. Anything else thrown fails.
std::string ReadAndWrite(const std::filesystem::path& path, const std::filesystem::path& out) {
  try {
    auto doc = MakePlugin().Read(path);
    EditList edits;
    for (std::size_t i = 0; i < doc->units().size(); ++i)
      if (!doc->units()[i].text.empty() &&
          static_cast<unsigned char>(doc->units()[i].text[0]) < 0x80)
        edits.push_back(Edit{i, 0, 1, "#"});
    doc->Write(edits, out);
    MakePlugin().Read(out);
    return "";
  } catch (const Error& e) {
    std::string message = e.what();
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    return message;
  }
}

TEST(DocxMutationTest, ChangedZipBytesNeverCrash) {
  TempDir dir;
  WritePackage(dir / "planted.docx", PlantedPackage());
  const std::string original = ReadFile(dir / "planted.docx");
  std::mt19937 random(1234);
  int failed = 0;
  for (int round = 0; round < 300; ++round) {
    std::string bytes = original;
    int changes = 1 + static_cast<int>(random() % 4);
    for (int c = 0; c < changes; ++c)
      bytes[random() % bytes.size()] = static_cast<char>(random() % 256);
    WriteFile(dir / "damaged.docx", bytes);
    if (!ReadAndWrite(dir / "damaged.docx", dir / ("out" + std::to_string(round) + ".docx"))
             .empty())
      ++failed;
  }
  std::cout << "  " << failed << " of 300 damaged zips refused\n";
  EXPECT_GT(failed, 0);
}

TEST(DocxMutationTest, ChangedXmlNeverCrashes) {
  TempDir dir;
  const Parts original = PlantedPackage();
  std::mt19937 random(99);
  const std::string specials = "<>&\"'/=:; \x80\xff\xc3";
  int failed = 0;
  for (int round = 0; round < 300; ++round) {
    Parts parts = original;
    auto& [name, xml] = parts[2 + random() % (parts.size() - 3)];
    int changes = 1 + static_cast<int>(random() % 3);
    for (int c = 0; c < changes; ++c) {
      std::size_t at = random() % xml.size();
      if (random() % 2)
        xml[at] = specials[random() % specials.size()];
      else
        xml.erase(at, random() % 16);
    }
    WritePackage(dir / "damaged.docx", parts);
    if (!ReadAndWrite(dir / "damaged.docx", dir / ("out" + std::to_string(round) + ".docx"))
             .empty())
      ++failed;
  }
  std::cout << "  " << failed << " of 300 damaged XML parts refused\n";
  EXPECT_GT(failed, 0);
}

}  // namespace
}  // namespace anonymiser::docx::testing
