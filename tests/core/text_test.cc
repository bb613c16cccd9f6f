#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <random>

#include "text/fold.h"
#include "text/utf8.h"
#include "text/words.h"

namespace anonymiser::text {
namespace {

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("abc"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xFFz"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);       // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);  // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xE2\x82"), 0u);       // truncated
}

TEST(Utf8, ConvertsByteOffsetsToCodePoints) {
  const std::string s = "Ç’est Zoë 😀 Okafor";
  const std::size_t okafor = s.find("Okafor");
  auto cps = BytesToCodePoints(s, {0, okafor, s.size()});
  EXPECT_EQ(cps, (std::vector<std::size_t>{0, 12, 18}));
}

// The word-at-a-time paths agree with a byte-by-byte count and check at
// every offset, whatever characters surround it.
TEST(Utf8, WordAtATimeAgreesWithBytes) {
  std::mt19937 random(7);
  const std::vector<std::string> pieces = {
      "a", "Zo", " ", "\xC3\xA9", "\xE2\x80\x99", "\xF0\x9F\x98\x80", "abcdefgh"};
  for (int round = 0; round < 200; ++round) {
    std::string s;
    while (s.size() < 60) s += pieces[random() % pieces.size()];
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i <= s.size(); ++i) offsets.push_back(i);
    const std::vector<std::size_t> cps = BytesToCodePoints(s, offsets);
    std::size_t cp = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      ASSERT_EQ(cps[i], cp) << round << " at " << i;
      if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++cp;
    }
    EXPECT_EQ(FindInvalidUtf8(s), std::string_view::npos);
    const std::size_t bad = random() % s.size();
    std::string broken = s;
    broken[bad] = '\xFF';
    const std::size_t found = FindInvalidUtf8(broken);
    EXPECT_LE(found, bad) << round;  // at the byte, or at the character it cuts short
    EXPECT_NE(found, std::string_view::npos) << round;
  }
}

TEST(Fold, FoldsCaseDiacriticsApostrophesAndSpace) {
  EXPECT_EQ(FoldForMatch("  Siobhán   O’Sullivan "), "siobhan o'sullivan");
  EXPECT_EQ(FoldForMatch("ZOË"), "zoe");
  EXPECT_EQ(FoldForMatch("Straße"), "strasse");
  EXPECT_EQ(FoldForMatch("ﬁnn"), "finn");  // ligature
}

// FoldForMatch as ICU alone does it (no ASCII or curly-quote fast paths).
std::string ReferenceFold(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const auto* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const auto* nfd = icu::Normalizer2::getNFDInstance(status);
  const auto* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString d = nfd->normalize(nfkc->normalize(u, status), status), stripped;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x02BC || c == 0x2032 || c == '`')
      c = '\'';
    if (c == 0x201C || c == 0x201D || c == 0x201F || c == 0x2033) c = '"';
    if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212)
      c = '-';
    if (u_isUWhiteSpace(c)) c = ' ';
    stripped.append(c);
  }
  std::string utf8, out;
  nfc->normalize(stripped, status).toUTF8String(utf8);
  EXPECT_TRUE(U_SUCCESS(status));
  for (char c : utf8) {  // collapse white space, trim
    if (c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

TEST(Fold, FastPathsFoldAsICUDoes) {
  const std::vector<std::string> pieces = {
      "Don", "’", "‘", "'",   "`", "t", "O", "Sullivan", " ",  "\t",
      "\n ", "K", "ß", "Zoë", "—", "é", "x", "\v",       "A1", "\xE2\x80\x9C",
      "-",   "ﬁ", "İ", "ı",   "ş", "Ł", "ǅ", "ŉ",        "Ø"};
  std::mt19937 rng(3);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 8);
    for (int i = 0; i < n; ++i) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(FoldForMatch(s), ReferenceFold(s)) << s;
  }
}

TEST(Fold, LatinLettersFoldAsICUDoesInAnyContext) {
  auto utf8 = [](UChar32 c) {
    std::string out;
    icu::UnicodeString(c).toUTF8String(out);
    return out;
  };
  std::mt19937 rng(5);
  for (UChar32 c = 0xA0; c <= 0x2FF; ++c) {  // the fast path's range and around it
    const UChar32 other = 0xC0 + static_cast<UChar32>(rng() % (0x250 - 0xC0));
    for (const std::string& s : {utf8(c), "Ab" + utf8(c) + "z’", utf8(c) + utf8(other) + " Ok",
                                 utf8(other) + utf8(c) + "\xCC\x81"})
      ASSERT_EQ(FoldForMatch(s), ReferenceFold(s)) << s << " U+" << std::hex << c;
  }
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
