// The fast reader of `anonymise detect` input lines and the JSON writer of its
// answers: what they accept must decode exactly as JSON says, and what they
// cannot read must be left to the full parser.
#include "cli/detect_line.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "text/json_writer.h"

namespace anonymiser::cli {
namespace {

TEST(DetectLine, ReadsIdAndTextInAnyOrder) {
  std::string id, text;
  ASSERT_TRUE(ParseDetectLine(R"({"id":"a-1","text":"Ms Okafor"})", id, text));
  EXPECT_EQ(id, R"("a-1")");
  EXPECT_EQ(text, "Ms Okafor");
  ASSERT_TRUE(ParseDetectLine(R"( { "text" : "x" , "meta": {"a":[1,2.5e3,true,null]}, "id": -7 } )",
                              id, text));
  EXPECT_EQ(id, "-7");
  EXPECT_EQ(text, "x");
  ASSERT_TRUE(ParseDetectLine(R"({"text":""})", id, text));
  EXPECT_EQ(id, "null");
  EXPECT_EQ(text, "");
}

TEST(DetectLine, DecodesEscapesAndSurrogatePairs) {
  std::string id, text;
  ASSERT_TRUE(
      ParseDetectLine(R"({"id":"q\"\\","text":"a\nb\t\u00e9\u2019\ud83d\ude00\/"})", id, text));
  EXPECT_EQ(text, "a\nb\t\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80/");
  EXPECT_EQ(id, R"("q\"\\")");
}

// The eight-bytes-at-a-time scan stops at every kind of special byte at
// every position of a word, and near the end.
TEST(DetectLine, LongStringsWithSpecialBytesAnywhere) {
  for (const std::string special : {"\\\"", "\\\\", "\\n", "\\u00e9", "\xC3\xA9"}) {
    for (std::size_t at = 0; at < 20; ++at) {
      const std::string body = std::string(at, 'x') + special + std::string(19 - at, 'y');
      std::string id, text;
      ASSERT_TRUE(ParseDetectLine("{\"id\":1,\"text\":\"" + body + "\"}", id, text)) << body;
      std::string expected = std::string(at, 'x');
      expected += special == "\\\""   ? "\""
                  : special == "\\\\" ? "\\"
                  : special == "\\n"  ? "\n"
                                      : "\xC3\xA9";
      expected += std::string(19 - at, 'y');
      EXPECT_EQ(text, expected) << body;
    }
  }
  std::string id, text;
  EXPECT_FALSE(ParseDetectLine("{\"text\":\"abcdefghijklm\x01nopqrstu\"}", id, text));
}

TEST(DetectLine, LeavesEverythingElseToTheFullParser) {
  std::string id, text;
  for (const char* bad :
       {"", "[]", "{}", R"({"id":1})", R"({"text":3})", R"({"text":"a")", R"({"text":"a"} x)",
        R"({"text":"a",})", R"({"text":"\ud800"})", R"({"text":"\udc00x"})", R"({"text":"\x"})",
        "{\"text\":\"a\x01\"}", R"({"id":true,"text":"a"})", R"({"id":01,"text":"a"})",
        R"({"text":"a" "id":1})", R"({"text":"\u12"})", R"({"x":[1,],"text":"a"})"}) {
    EXPECT_FALSE(ParseDetectLine(bad, id, text)) << bad;
  }
}

TEST(JsonWriter, EscapesWhatJsonRequires) {
  std::string out;
  text::JsonWriter json(out);
  json.String("a\"b\\c\n\x01\xC3\xA9");
  json.Raw(",");
  json.Number(0.9);
  json.Raw(",");
  json.Number(1.0);
  json.Raw(",");
  json.Unsigned(1234567890123ull);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001\xC3\xA9\",0.9,1,1234567890123");
  // Hundredths take a short path; other numbers the general format.
  std::string numbers;
  text::JsonWriter more(numbers);
  for (double x : {0.0, 0.05, 0.1, 0.45, 0.85, 0.999, 1.5, -0.25, 12.0}) {
    more.Number(x);
    more.Raw(",");
  }
  EXPECT_EQ(numbers, "0,0.05,0.1,0.45,0.85,0.999,1.5,-0.25,12,");
}

// The word-at-a-time scan must escape exactly what the byte loop would, at
// every position of an 8-byte word and near the end of the string.
TEST(JsonWriter, EscapesAtEveryPositionOfLongStrings) {
  auto reference = [](std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
      if (c == '"')
        out += "\\\"";
      else if (c == '\\')
        out += "\\\\";
      else if (c == '\n')
        out += "\\n";
      else if (c == '\r')
        out += "\\r";
      else if (c == '\t')
        out += "\\t";
      else if (c == '\b')
        out += "\\b";
      else if (c == '\f')
        out += "\\f";
      else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
    }
    return out + "\"";
  };
  const std::string specials =
      std::string("\"\\\n\x01\x1f ~\x7f\x80\xff", 10) + std::string(1, '\0');
  for (std::size_t len = 0; len < 40; ++len) {
    for (std::size_t at = 0; at < len; ++at) {
      for (char special : specials) {
        std::string s(len, 'x');
        s[at] = special;
        if (len > 20) s[len - 1 - at % 5] = '"';
        std::string out;
        text::JsonWriter(out).String(s);
        ASSERT_EQ(out, reference(s)) << "length " << len << ", at " << at;
      }
    }
  }
}

}  // namespace
}  // namespace anonymiser::cli
