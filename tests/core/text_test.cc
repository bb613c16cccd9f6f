#include <gtest/gtest.h>

#include "text/fold.h"
#include "text/utf8.h"
#include "text/words.h"

namespace anonymiser::text {
namespace {

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("abc"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xFFz"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);          // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);     // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xE2\x82"), 0u);          // truncated
}

TEST(Utf8, ConvertsByteOffsetsToCodePoints) {
  const std::string s = "Ç’est Zoë 😀 Okafor";
  const std::size_t okafor = s.find("Okafor");
  auto cps = BytesToCodePoints(s, {0, okafor, s.size()});
  EXPECT_EQ(cps, (std::vector<std::size_t>{0, 12, 18}));
}

TEST(Fold, FoldsCaseDiacriticsApostrophesAndSpace) {
  EXPECT_EQ(FoldForMatch("  Siobhán   O’Sullivan "), "siobhan o'sullivan");
  EXPECT_EQ(FoldForMatch("ZOË"), "zoe");
  EXPECT_EQ(FoldForMatch("Straße"), "strasse");
  EXPECT_EQ(FoldForMatch("ﬁnn"), "finn");  // ligature
}

TEST(Fold, StripsPossessives) {
  EXPECT_EQ(StripPossessive("Shannon's"), "Shannon");
  EXPECT_EQ(StripPossessive("Shannon’s"), "Shannon");
  EXPECT_EQ(StripPossessive("Jess'"), "Jess");
  EXPECT_EQ(StripPossessive("Shannon"), "Shannon");
}

TEST(Words, JoinsApostrophesAndHyphensInsideWords) {
  const std::string s = "Lily-Mae O’Sullivan, (Smith-Jones) — ok";
  std::vector<std::string> words;
  for (auto w : SplitWords(s)) words.push_back(s.substr(w.begin, w.end - w.begin));
  EXPECT_EQ(words, (std::vector<std::string>{"Lily-Mae", "O’Sullivan", "Smith-Jones", "ok"}));
}

}  // namespace
}  // namespace anonymiser::text
