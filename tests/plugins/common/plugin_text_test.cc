// plugins/common (plugin_text): the fast tokeniser and word folding agree
// with their one-code-point-at-a-time originals on every input; the word
// table and the word-list reader keep their promises.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "anonymiser/error.h"
#include "plugin_text/word_list_reader.h"
#include "plugin_text/word_table.h"
#include "plugin_text/word_tokens.h"
#include "reference_word_tokens.h"
#include "test_support.h"

namespace anonymiser::plugin_text {
namespace {

std::string Utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

// Pieces that exercise every branch: ASCII of each class, joiners and the
// possessive, two-byte letters whose folds are shorter, equal or longer (ß,
// ſ, İ, ŉ, ΐ), marks, other scripts, non-ASCII digits and spaces, ’, and bytes
// that are not UTF-8.
std::vector<std::string> Pieces() {
  std::vector<std::string> pieces = {"a",       "z",   "A", "Z",    "Mc",   "O",        "s",
                                     "S",       "'",   "-", " ",    "\t",   "\n",       "\r",
                                     "\f",      "\v",  ".", ",",    "0",    "9",        "@",
                                     "[",       "`",   "{", "\x7f", "\0",   "Smith",    "OKAFOR",
                                     "shannon", "NHS", "x", "\xff", "\xc3", "\xe2\x80", "\xc0\xaf"};
  pieces[25] = std::string(1, '\0');
  for (char32_t c :
       {0xDFu,   0x17Fu,  0x130u,  0x149u,   0x390u,   0xC4u,   0xE4u,   0xD8u,   0x141u,
        0x142u,  0x3A3u,  0x3C2u,  0x416u,   0x436u,   0x5D0u,  0x627u,  0x301u,  0x660u,
        0xA0u,   0x85u,   0x2019u, 0x2018u,  0x2010u,  0x2011u, 0x2028u, 0x2029u, 0x1E9Eu,
        0x4E2Du, 0x1F80u, 0xFB03u, 0x1D400u, 0x10400u, 0x2160u, 0x01C5u, 0x2026u}) {
    pieces.push_back(Utf8(c));
  }
  return pieces;
}

std::string RandomText(std::mt19937& rng, const std::vector<std::string>& pieces, int count) {
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::string text;
  for (int k = 0; k < count; ++k) text += pieces[pick(rng)];
  return text;
}

std::string Describe(const std::vector<Token>& tokens) {
  std::string s;
  for (const Token& t : tokens) {
    s += std::to_string(t.begin) + "-" + std::to_string(t.end) + " k" +
         std::to_string(static_cast<int>(t.kind)) + " c" + std::to_string(t.capitalised) + " a" +
         std::to_string(t.all_caps) + " p" + std::to_string(t.possessive) + " l" +
         std::to_string(t.line_start) + " s" + std::to_string(t.space_before) + " u" +
         std::to_string(static_cast<std::uint32_t>(t.punct)) + "\n";
  }
  return s;
}

void ExpectSameTokens(const std::string& text) {
  std::vector<Token> fast, slow;
  Tokenise(text, fast);
  reference::Tokenise(text, slow);
  ASSERT_EQ(Describe(fast), Describe(slow)) << "text: " << text;
}

void ExpectSameFold(const std::string& word) {
  std::string fast = "leftover from an earlier, longer word", slow;
  FoldWord(word, fast);
  reference::FoldWord(word, slow);
  ASSERT_EQ(fast, slow) << "word: " << word;
}

TEST(PluginTextTest, TokeniseAgreesWithTheReferenceOnRandomText) {
  std::mt19937 rng(20261123);
  const std::vector<std::string> pieces = Pieces();
  for (int round = 0; round < 20000; ++round) {
    ExpectSameTokens(RandomText(rng, pieces, 1 + round % 24));
  }
}

TEST(PluginTextTest, TokeniseAgreesOnProse) {
  ExpectSameTokens(
      "Ms Okafor said Shannon's mother-in-law, O'Sullivan and LILY-MAE SMITH met\n"
      "DC Jane Smith on 3 June 2020 at 10:00.  Müller’s café; ŁUKASZ; İstanbul; "
      "Straße; ΣΊΣΥΦΟΣ; Жанна; «quoted»\xe2\x80\xa8next\r\nline");
  ExpectSameTokens("");
  ExpectSameTokens("a");
  ExpectSameTokens("AB");
  ExpectSameTokens("Smith's");
  ExpectSameTokens("Smith'");
  ExpectSameTokens("end-");
}

TEST(PluginTextTest, TokeniseMarksWordsAsBefore) {
  std::vector<Token> tokens;
  Tokenise("Ms O'Neil's SMITH x-ray\n3", tokens);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_TRUE(tokens[0].capitalised);
  EXPECT_EQ(tokens[1].end, 9u);  // "O'Neil", the 's outside
  EXPECT_TRUE(tokens[1].possessive);
  EXPECT_TRUE(tokens[2].all_caps);
  EXPECT_EQ(tokens[3].end - tokens[3].begin, 5u);  // "x-ray"
  EXPECT_EQ(tokens[4].kind, TokenKind::kNumber);
  EXPECT_TRUE(tokens[4].line_start);
}

TEST(PluginTextTest, ThreeSpacesInARowStartACellAsATabDoes) {
  std::vector<Token> tokens;
  Tokenise("Tomasz Grabowski   Independent member.  Next", tokens);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_FALSE(tokens[1].line_start);  // one space
  EXPECT_TRUE(tokens[2].line_start);   // three
  EXPECT_FALSE(tokens[5].line_start);  // two, after a full stop
  ExpectSameTokens("a   b  c    d \t e");
}

TEST(PluginTextTest, UnitTokensAreTokeniseOfTheTextAskedForEvenInTheSameBuffer) {
  std::mt19937 rng(20261125);
  const std::vector<std::string> pieces = Pieces();
  // One buffer rewritten in place, often with text of the same size: the
  // memo must compare the bytes, not the address and size.
  std::string buffer;
  for (int round = 0; round < 2000; ++round) {
    const std::string text = RandomText(rng, pieces, 1 + round % 12);
    if (round % 3 != 0) buffer = text;
    const std::string_view asked = round % 3 != 0 ? std::string_view(buffer) : text;
    const std::span<const Token> shared = UnitTokens(asked);
    std::vector<Token> expected;
    Tokenise(asked, expected);
    ASSERT_EQ(Describe(std::vector<Token>(shared.begin(), shared.end())), Describe(expected))
        << "text: " << text;
    // Asked again for the same text (the next plugin): the same tokens.
    const std::span<const Token> again = UnitTokens(asked);
    EXPECT_EQ(again.data(), shared.data());
  }
  // Two texts of one size at one address, one after the other.
  std::string same_place = "Ms Okafor";
  const std::size_t first = UnitTokens(same_place).size();
  same_place = "a b c d e";
  EXPECT_EQ(first, 2u);
  EXPECT_EQ(UnitTokens(same_place).size(), 5u);
}

TEST(PluginTextTest, FoldWordAgreesWithIcuOnEveryCodePointUpToU07FF) {
  for (char32_t c = 1; c < 0x800; ++c) {
    const std::string ch = Utf8(c);
    ExpectSameFold(ch);
    ExpectSameFold("Ab" + ch + "CD");
    ExpectSameFold("ABCDEFGH" + ch + "ijklmnop");
  }
}

TEST(PluginTextTest, FoldWordAgreesWithIcuOnRandomWords) {
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = Pieces();
  for (int round = 0; round < 20000; ++round) {
    ExpectSameFold(RandomText(rng, pieces, 1 + round % 20));
  }
  ExpectSameFold("O’Neil");
  ExpectSameFold("STRASSE");
  ExpectSameFold("Straße");
  ExpectSameFold("İZMİR");
}

TEST(PluginTextTest, FoldWordLowerCasesAsciiOfEveryLength) {
  std::string out;
  for (std::size_t n = 0; n < 40; ++n) {
    std::string word, expected;
    for (std::size_t k = 0; k < n; ++k) {
      word += static_cast<char>(k % 2 ? 'A' + k % 26 : '@' + k % 28);
      expected += static_cast<char>(word.back() >= 'A' && word.back() <= 'Z' ? word.back() + 32
                                                                             : word.back());
    }
    FoldWord(word, out);
    EXPECT_EQ(out, expected) << word;
  }
}

TEST(PluginTextTest, WordTableFindsWhatWasInsertedAndMerges) {
  WordTable table;
  std::vector<std::string> keys;
  for (int k = 0; k < 5000; ++k) keys.push_back("w" + std::to_string(k * 7919));
  keys.push_back("");
  keys.push_back("a");
  keys.push_back("ab");
  keys.push_back("abc");
  keys.push_back("abcdefghijklmnopqrstuvwxyz");
  for (std::size_t k = 0; k < keys.size(); ++k)
    table.Insert(keys[k], static_cast<std::uint32_t>(k));
  EXPECT_EQ(table.size(), keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const std::uint32_t* v = table.Find(keys[k]);
    ASSERT_NE(v, nullptr) << keys[k];
    EXPECT_EQ(*v, k);
  }
  EXPECT_EQ(table.Find("w1"), nullptr);
  EXPECT_EQ(table.Find("abd"), nullptr);
  EXPECT_EQ(table.Find("abcdefghijklmnopqrstuvwxy"), nullptr);
  table.Insert("a", 0x10, [](std::uint32_t old, std::uint32_t add) { return old | add; });
  EXPECT_EQ(*table.Find("a"), static_cast<std::uint32_t>(keys.size() - 4) | 0x10);
  EXPECT_EQ(table.size(), keys.size());
}

TEST(PluginTextTest, ReadWordListSkipsCommentsAndBlankLinesAndSplitsFields) {
  testing::TempDir dir;
  const std::filesystem::path file = dir.path() / "list.tsv";
  testing::WriteFile(file, "# comment\nalpha\tf\textra\r\n\nbeta\n\r\ngamma\tm");
  std::vector<std::pair<std::string, std::string>> seen, seen_fn;
  ReadWordList(file, [&](std::string_view a, std::string_view b) {
    seen.emplace_back(std::string(a), std::string(b));
  });
  const std::function<void(std::string_view, std::string_view)> fn = [&](std::string_view a,
                                                                         std::string_view b) {
    seen_fn.emplace_back(std::string(a), std::string(b));
  };
  ReadWordList(file, fn);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"alpha", "f"}, {"beta", ""}, {"gamma", "m"}};
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(seen_fn, expected);
}

TEST(PluginTextTest, ReadWordListNamesAMissingOrUnreadableFile) {
  testing::TempDir dir;
  auto nothing = [](std::string_view, std::string_view) {};
  try {
    ReadWordList(dir.path() / "missing.txt", nothing);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConfig);
    EXPECT_NE(std::string(e.what()).find("missing.txt"), std::string::npos);
  }
  EXPECT_THROW(ReadWordList(dir.path(), nothing), Error);  // a folder
}

}  // namespace
}  // namespace anonymiser::plugin_text
