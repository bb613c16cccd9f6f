// The fast reader of `anonymise detect` input lines and the JSON writer of its
// answers: what they accept must decode exactly as JSON says, and what they
// cannot read must be left to the full parser.
#include <gtest/gtest.h>

#include "cli/detect_line.h"
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
  ASSERT_TRUE(ParseDetectLine(R"({"id":"q\"\\","text":"a\nb\t\u00e9\u2019\ud83d\ude00\/"})", id,
                              text));
  EXPECT_EQ(text, "a\nb\t\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80/");
  EXPECT_EQ(id, R"("q\"\\")");
}

TEST(DetectLine, LeavesEverythingElseToTheFullParser) {
  std::string id, text;
  for (const char* bad : {
           "", "[]", "{}", R"({"id":1})", R"({"text":3})", R"({"text":"a")",
           R"({"text":"a"} x)", R"({"text":"a",})", R"({"text":"\ud800"})",
           R"({"text":"\udc00x"})", R"({"text":"\x"})", "{\"text\":\"a\x01\"}",
           R"({"id":true,"text":"a"})", R"({"id":01,"text":"a"})", R"({"text":"a" "id":1})",
           R"({"text":"\u12"})", R"({"x":[1,],"text":"a"})"}) {
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
}

}  // namespace
}  // namespace anonymiser::cli
