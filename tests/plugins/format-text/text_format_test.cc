#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "anonymiser/error.h"
#include "test_support.h"
#include "text_document.h"
#include "text_format_plugin.h"

namespace anonymiser::format_text {
namespace {

using ::testing::HasSubstr;
using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

// Reads `bytes` as a text file, replaces every occurrence of `from` (UTF-8)
// in every unit with `to`, writes it back and returns the output bytes.
std::string RoundTrip(const std::string& bytes, const std::string& from, const std::string& to,
                      std::string* encoding = nullptr) {
  TempDir dir;
  WriteFile(dir / "in.txt", bytes);
  TextFormatPlugin plugin;
  auto doc = plugin.Read(dir / "in.txt");
  if (encoding) *encoding = static_cast<TextDocument*>(doc.get())->encoding().name;
  EditList edits;
  for (std::size_t u = 0; u < doc->units().size(); ++u) {
    const std::string& t = doc->units()[u].text;
    for (auto p = t.find(from); p != std::string::npos; p = t.find(from, p + from.size()))
      edits.push_back({u, p, p + from.size(), to});
  }
  doc->Write(edits, dir / "out.txt");
  return ReadFile(dir / "out.txt");
}

std::string Utf16(const std::u16string& s, bool le) {
  std::string out = le ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t c : s) {
    const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += le ? lo : hi;
    out += le ? hi : lo;
  }
  return out;
}

TEST(TextFormat, Utf8EveryByteOutsideTheSpanIsKept) {
  const std::string in = "Zoë met Okafor\r\n\r\n  Okafor’s   café\ttab\r\nend without newline";
  const std::string out = RoundTrip(in, "Okafor", "Person A");
  EXPECT_EQ(out, "Zoë met Person A\r\n\r\n  Person A’s   café\ttab\r\nend without newline");
}

TEST(TextFormat, Utf8BomIsKept) {
  const std::string in = "\xEF\xBB\xBFMr Okafor\n";
  EXPECT_EQ(RoundTrip(in, "Okafor", "X"), "\xEF\xBB\xBFMr X\n");
}

// A UTF-8 document keeps only the bytes between its units: every layout of
// blank lines, spaces and line ends must come back byte for byte.
TEST(TextFormat, Utf8BlankLinesAndLineEndsBetweenUnitsComeBackExactly) {
  for (const std::string& in :
       {std::string("\n\n  \t\nOkafor\n\n\n"), std::string("Okafor"), std::string("\r\n \r\n"),
        std::string("\xEF\xBB\xBF\n\nOkafor and Okafor\r\n\r\nline two Okafor\n \n\tlast")})
    EXPECT_EQ(RoundTrip(in, "Okafor", "Person A"),
              std::regex_replace(in, std::regex("Okafor"), "Person A"))
        << in;
}

TEST(TextFormat, Utf8EditsThatOverlapOrComeOutOfOrderAreRefused) {
  TempDir dir;
  WriteFile(dir / "in.txt", "Ann Okafor\n\nBen Okafor\n");
  TextFormatPlugin plugin;
  auto doc = plugin.Read(dir / "in.txt");
  ASSERT_EQ(doc->units().size(), 2u);
  EXPECT_THROW(doc->Write({{0, 0, 6, "X"}, {0, 4, 10, "Y"}}, dir / "a.txt"), Error);
  EXPECT_THROW(doc->Write({{1, 0, 3, "X"}, {0, 0, 3, "Y"}}, dir / "b.txt"), Error);
  EXPECT_THROW(doc->Write({{2, 0, 1, "X"}}, dir / "c.txt"), Error);
}

TEST(TextFormat, Utf16LittleAndBigEndianAreWrittenBackInTheirOwnEncoding) {
  for (bool le : {true, false}) {
    const std::string in = Utf16(u"Zoë 😀 Okafor\r\nOkafor.", le);
    std::string enc;
    const std::string out = RoundTrip(in, "Okafor", "Person A", &enc);
    EXPECT_EQ(enc, le ? "UTF-16LE" : "UTF-16BE");
    EXPECT_EQ(out, Utf16(u"Zoë 😀 Person A\r\nPerson A.", le));
  }
}

TEST(TextFormat, Windows1252IsDetectedAndKeptByteForByte) {
  // "Café – £5 for Okafor’s" in Windows-1252, with the undefined byte 0x81 too.
  const std::string in =
      "Caf\xE9 \x96 \xA3"
      "5 for Okafor\x92s visit \x81 ok\r\n";
  std::string enc;
  const std::string out = RoundTrip(in, "Okafor", "Person A", &enc);
  EXPECT_EQ(enc, "windows-1252");
  EXPECT_EQ(out,
            "Caf\xE9 \x96 \xA3"
            "5 for Person A\x92s visit \x81 ok\r\n");
}

TEST(TextFormat, ReplacementsWithCharactersTheCodePageLacksBecomeQuestionMarks) {
  const std::string in = "Caf\xE9 Okafor\n";
  EXPECT_EQ(RoundTrip(in, "Okafor", "Zoë 😀"), "Caf\xE9 Zo\xEB ?\n");
}

TEST(TextFormat, UnitsAreParagraphsWithLineLocations) {
  TempDir dir;
  WriteFile(dir / "a.txt", "first para\nstill first\n\n\nsecond\n");
  TextFormatPlugin plugin;
  auto doc = plugin.Read(dir / "a.txt");
  ASSERT_EQ(doc->units().size(), 2u);
  EXPECT_EQ(doc->units()[0].text, "first para\nstill first");
  EXPECT_EQ(doc->units()[1].text, "second");
  EXPECT_EQ(doc->units()[1].location, "line 5");
}

// Writes `bytes` to `dir`/`name` and expects Read() to refuse it with an
// error naming the file and saying `message`.
void ExpectRefused(TextFormatPlugin& plugin, const TempDir& dir, const std::string& name,
                   const std::string& bytes, const std::string& message) {
  WriteFile(dir / name, bytes);
  try {
    plugin.Read(dir / name);
    ADD_FAILURE() << name << " was accepted";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr(name)) << name;
    EXPECT_THAT(e.what(), HasSubstr(message)) << name;
  }
}

TEST(TextFormat, BadInputIsAClearErrorNamingTheFile) {
  TempDir dir;
  TextFormatPlugin plugin;
  struct Case {
    std::string name, bytes, message;
  } cases[] = {
      {"empty.txt", "", "empty file"},
      {"bom-only.txt", "\xEF\xBB\xBF", "empty file"},
      {"nul.txt", std::string("abc\0def", 7), "binary file"},
      {"png.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "binary file"},
      {"mixed.txt", "caf\xC3\xA9 then \xFF\n", "invalid UTF-8 at byte"},
      {"odd16.txt",
       "\xFF\xFE"
       "a\0b",
       "odd number of bytes"},
      {"surrogate16.txt", std::string("\xFF\xFE\x00\xD8\x41\x00", 6), "unpaired surrogate"},
      {"utf32.txt", std::string("\xFF\xFE\0\0a\0\0\0", 8), "UTF-32"},
  };
  for (const auto& c : cases) ExpectRefused(plugin, dir, c.name, c.bytes, c.message);
  EXPECT_THROW(plugin.Read(dir / "missing.txt"), Error);
}

// The checks skip plain ASCII eight bytes at a time: what lies after such a
// run is still found, at its own offset.
TEST(TextFormat, EncodingChecksSeePastLongAsciiRuns) {
  TempDir dir;
  TextFormatPlugin plugin;
  const std::string ascii = "The quick brown fox jumps ";  // 26 bytes
  struct Case {
    std::string name, bytes, message;
  } cases[] = {
      {"nul.txt", ascii + std::string("x\0y", 3), "NUL byte at offset 27"},
      {"invalid.txt", ascii + "caf\xC3\xA9 " + ascii + "\xFF\n", "invalid UTF-8 at byte 58"},
      {"controls.txt", "\x01" + ascii + "\x02" + ascii + "\x03" + ascii + "\x04",
       "4 control characters"},
  };
  for (const auto& c : cases) ExpectRefused(plugin, dir, c.name, c.bytes, c.message);
  WriteFile(dir / "utf8.txt", ascii + "caf\xC3\xA9\n");
  auto doc = plugin.Read(dir / "utf8.txt");
  ASSERT_EQ(doc->units().size(), 1u);
  EXPECT_EQ(doc->units()[0].text, ascii + "caf\xC3\xA9");
}

TEST(TextFormat, FilesAboveTheSizeLimitAreRefused) {
  TempDir dir;
  WriteFile(dir / "big.txt", std::string(2048, 'a'));
  TextFormatPlugin plugin;
  PluginContext ctx;
  ctx.settings.Set("limit.max-file-size", "1k");
  plugin.Configure(ctx);
  try {
    plugin.Read(dir / "big.txt");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kLimit);
    EXPECT_THAT(e.what(), HasSubstr("big.txt"));
  }
}

TEST(TextFormat, SniffsByExtension) {
  TextFormatPlugin plugin;
  EXPECT_GT(plugin.Sniff("a.TXT", ""), 0);
  EXPECT_GT(plugin.Sniff("notes.md", ""), 0);
  EXPECT_EQ(plugin.Sniff("a.docx", ""), 0);
}

}  // namespace
}  // namespace anonymiser::format_text
