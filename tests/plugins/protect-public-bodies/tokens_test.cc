// Tokenise (tokens.cc, shaped for speed) against a plain reference written
// from its contract, byte by byte, on random texts of awkward pieces.
#include "tokens.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace anonymiser::keep {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
// ASCII bytes other than letters and digits separate tokens (' and & are
// tokens of their own).
bool Separates(unsigned char c) { return c < 0x80 && !IsAsciiAlnum(c); }

std::vector<Token> ReferenceTokens(std::string_view text) {
  std::vector<Token> out;
  const std::size_t n = text.size();
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  std::size_t i = 0, last_end = 0;
  while (i < n) {
    const unsigned char c = byte(i);
    const bool curly = c == 0xE2 && i + 2 < n && byte(i + 1) == 0x80 && byte(i + 2) == 0x99;
    if (c == '\'' || c == '&' || curly) {
      Token t;
      t.begin = i;
      t.end = i + (curly ? 3 : 1);
      t.hash = HashToken(c == '&' ? "&" : "'");
      // "&" stands between spaces as a word does; an apostrophe joins with no gap.
      const std::string_view gap = text.substr(last_end, i - last_end);
      t.joined =
          !out.empty() && (gap.empty() || (c == '&' && gap.size() <= 3 &&
                                           (gap.find_first_not_of(' ') == std::string_view::npos ||
                                            gap.find_first_not_of('-') == std::string_view::npos)));
      out.push_back(t);
      i = last_end = t.end;
      continue;
    }
    if (Separates(c)) {
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 1 < n && byte(i + 1) == 0x80) {  // dashes, quotes, bullets
      i = std::min(n, i + 3);
      continue;
    }
    Token t;
    t.begin = i;
    std::size_t end = i;
    while (end < n && !Separates(byte(end)) &&
           !(byte(end) == 0xE2 && end + 2 < n && byte(end + 1) == 0x80)) {
      ++end;
    }
    t.end = end;
    const std::string_view word = text.substr(i, end - i);
    t.hash = HashToken(word);
    t.capital = c >= 'A' && c <= 'Z';
    int letters = 0;
    bool lower = false, only_digits = true;
    for (char ch : word) {
      const auto b = static_cast<unsigned char>(ch);
      letters += (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
      lower = lower || (b >= 'a' && b <= 'z');
      only_digits = only_digits && b >= '0' && b <= '9';
    }
    t.upper = letters >= 2 && !lower;
    t.digits = only_digits;
    const std::string_view gap = text.substr(last_end, i - last_end);
    t.joined = !out.empty() && gap.size() <= 3 &&
               (gap.find_first_not_of(' ') == std::string_view::npos ||
                gap.find_first_not_of('-') == std::string_view::npos);
    t.hyphen = t.joined && !gap.empty() && gap.back() == '-';
    out.push_back(t);
    i = last_end = end;
  }
  return out;
}

void ExpectSameTokens(const std::string& text) {
  std::vector<Token> got;
  Tokenise(text, got);
  const std::vector<Token> want = ReferenceTokens(text);
  ASSERT_EQ(got.size(), want.size()) << text;
  for (std::size_t k = 0; k < got.size(); ++k) {
    const Token& g = got[k];
    const Token& w = want[k];
    EXPECT_EQ(g.begin, w.begin) << k << " in " << text;
    EXPECT_EQ(g.end, w.end) << k << " in " << text;
    EXPECT_EQ(g.hash, w.hash) << k << " in " << text;
    EXPECT_EQ(g.capital, w.capital) << k << " in " << text;
    EXPECT_EQ(g.upper, w.upper) << k << " in " << text;
    EXPECT_EQ(g.digits, w.digits) << k << " in " << text;
    EXPECT_EQ(g.joined, w.joined) << k << " in " << text;
    EXPECT_EQ(g.hyphen, w.hyphen) << k << " in " << text;
    if (::testing::Test::HasFailure()) return;
  }
}

TEST(KeepTokens, AgreeWithTheReferenceOnRandomText) {
  const std::vector<std::string> pieces = {"Kent",
                                           "police",
                                           "NHS",
                                           "GP",
                                           "A1",
                                           "47",
                                           "s",
                                           ".",
                                           " ",
                                           "  ",
                                           "   ",
                                           "    ",
                                           "-",
                                           " - ",
                                           "--",
                                           "'",
                                           "\xE2\x80\x99",
                                           "&",
                                           "\xE2\x80\x94",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80",
                                           "\xE2",
                                           "\xC3\xA9",
                                           "\xC3\x89lodie",
                                           "Zo\xC3\xAB",
                                           "\xC3",
                                           "\x80",
                                           "\n",
                                           "\t",
                                           ",",
                                           "(",
                                           ")",
                                           "upon",
                                           "Stoke",
                                           "on",
                                           "Trent",
                                           "King",
                                           "Act",
                                           "1989",
                                           "x",
                                           "Q",
                                           "McDonald",
                                           "SMITH",
                                           "abcdefgh",
                                           "abcdefghijklmnop",
                                           "abcdefg",
                                           "ABCDEFGH",
                                           "Abcdefghijklmnopq",
                                           "ABCDEFG9",
                                           "\xE2\x82\xAC",
                                           "\xF0\x9F\x98\x80",
                                           "\x7F",
                                           std::string(1, '\0')};
  std::mt19937 rng(20261124);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int k = 0; k < 1 + round % 16; ++k) text += pieces[pick(rng)];
    ExpectSameTokens(text);
    if (::testing::Test::HasFailure()) return;
  }
}

TEST(KeepTokens, CaseDoesNotChangeTheHash) {
  std::vector<Token> tokens;
  Tokenise("Police POLICE police King\xE2\x80\x99s King's", tokens);
  ASSERT_EQ(tokens.size(), 9u);
  EXPECT_EQ(tokens[0].hash, HashToken("police"));
  EXPECT_EQ(tokens[1].hash, HashToken("police"));
  EXPECT_EQ(tokens[2].hash, HashToken("police"));
  EXPECT_EQ(tokens[4].hash, HashToken("'"));
  EXPECT_EQ(tokens[7].hash, HashToken("'"));
  EXPECT_NE(tokens[3].hash, tokens[0].hash);
}

}  // namespace
}  // namespace anonymiser::keep
