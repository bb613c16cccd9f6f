// AppendFolded() must write exactly what FoldWord() writes, whatever the word.
#include "word_fold.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "place_tokens.h"

namespace anonymiser::places {
namespace {

std::string Expected(std::string_view word) {
  std::string out;
  FoldWord(word, out);
  return out;
}

std::string Folded(std::string_view word, std::string prefix = "") {
  AppendFolded(word, prefix);
  return prefix;
}

// The UTF-8 bytes of code point `cp`.
std::string Utf8(char32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

TEST(WordFoldTest, AsciiOfEveryLengthAndByte) {
  // Every length around the 8-byte steps, and every ASCII byte at every place.
  std::string word;
  for (int length = 0; length <= 20; ++length) {
    word.assign(static_cast<std::size_t>(length), 'Q');
    for (int c = 0; c < 0x80; ++c) {
      for (std::size_t at = 0; at < word.size(); ++at) {
        std::string w = word;
        w[at] = static_cast<char>(c);
        ASSERT_EQ(Folded(w), Expected(w)) << "byte " << c << " at " << at;
      }
    }
    ASSERT_EQ(Folded(word), Expected(word));
  }
  EXPECT_EQ(Folded("Okafor"), "okafor");
  EXPECT_EQ(Folded("STOKE-ON-TRENT"), "stoke-on-trent");
  EXPECT_EQ(Folded("@[`{Z"), "@[`{z");
}

TEST(WordFoldTest, AppendsAfterWhatIsThere) {
  EXPECT_EQ(Folded("Leeds", "west "), "west leeds");
  EXPECT_EQ(Folded("Şırnak", "in "), "in " + Expected("Şırnak"));
  EXPECT_EQ(Folded("O’Neil", "x"), "x" + Expected("O’Neil"));
}

TEST(WordFoldTest, EveryTwoByteLetterAloneAndInWords) {
  for (char32_t cp = 0x80; cp < 0x800; ++cp) {
    const std::string c = Utf8(cp);
    // Twice: the second answer comes from the per-thread table.
    ASSERT_EQ(Folded(c), Expected(c)) << std::hex << static_cast<unsigned>(cp);
    ASSERT_EQ(Folded(c), Expected(c)) << std::hex << static_cast<unsigned>(cp);
    const std::string word = "Ab" + c + "CDEFGHIJ" + c;
    ASSERT_EQ(Folded(word), Expected(word)) << std::hex << static_cast<unsigned>(cp);
  }
}

TEST(WordFoldTest, LongerLettersAndOddBytesGoThroughIcu) {
  const std::vector<std::string> words = {
      "Diyarbakır",          "İSTANBUL", "Straße",  "ΣΊΣΥΦΟΣ",   "Łódź",
      "O’Sullivan",          "ﬁne",      "Ǆemal",   "ΐ",         Utf8(0x1E9E) + "X",
      Utf8(0x10400) + "Ab",  "Ab\xC3",   "Ab\xC3(", "\xC0\x80X", "\xFFX",
      std::string("A\0B", 3)};
  for (const std::string& w : words) EXPECT_EQ(Folded(w), Expected(w)) << w;
}

}  // namespace
}  // namespace anonymiser::places
