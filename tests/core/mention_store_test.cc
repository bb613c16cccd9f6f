// The packed store gives back exactly the mentions it was given.
#include "pipeline/mention_store.h"

#include <gtest/gtest.h>

#include <thread>

#include "text/interned.h"

namespace anonymiser {
namespace {

Mention Make(std::size_t begin, std::size_t end, std::string type, std::string rule,
             std::map<std::string, std::string> attributes = {}, double score = 0.85) {
  Mention m;
  m.begin = begin;
  m.end = end;
  m.type = std::move(type);
  m.rule = std::move(rule);
  m.plugin = "redact-names";
  m.score = score;
  m.attributes = std::move(attributes);
  return m;
}

void ExpectSame(const std::vector<Mention>& a, const std::vector<Mention>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].begin, b[i].begin) << i;
    EXPECT_EQ(a[i].end, b[i].end) << i;
    EXPECT_EQ(a[i].type, b[i].type) << i;
    EXPECT_EQ(a[i].rule, b[i].rule) << i;
    EXPECT_EQ(a[i].plugin, b[i].plugin) << i;
    EXPECT_EQ(a[i].score, b[i].score) << i;  // exactly: the resolver compares scores
    EXPECT_EQ(a[i].attributes, b[i].attributes) << i;
  }
}

TEST(MentionStore, GivesBackEveryFieldInOrder) {
  MentionStore store(3);
  const std::vector<Mention> unit0 = {
      Make(0, 14, "PERSON", "given+family",
           {{"given", "Shannon"}, {"family", "O'Sullivan-Ní Bhriain"}, {"gender", "f"}}, 0.9),
      Make(20, 29, "PUBLIC_BODY", "council", {}, 1.0 / 3.0),
      Make(30, 31, "PERSON", "initial", {{"entity", "12"}, {"empty", ""}}, 0.1)};
  const std::vector<Mention> unit2 = {Make(5, 9, "DATE", "month-year", {{"precision", "month"}})};
  store.Set(0, unit0);
  store.Set(2, unit2);
  EXPECT_EQ(store.units(), 3u);
  EXPECT_EQ(store.Count(0), 3u);
  EXPECT_EQ(store.Count(1), 0u);
  EXPECT_EQ(store.Count(0) + store.Count(1) + store.Count(2), 4u);
  ExpectSame(store.Get(0), unit0);
  EXPECT_TRUE(store.Get(1).empty());
  ExpectSame(store.Get(2), unit2);
  // Set replaces; Clear frees.
  store.Set(0, unit2);
  ExpectSame(store.Get(0), unit2);
  store.Clear(2);
  EXPECT_TRUE(store.Get(2).empty());
  EXPECT_EQ(store.Count(0) + store.Count(1) + store.Count(2), 1u);
}

TEST(MentionStore, UnitsFilledOnSeveralThreadsAtOnce) {
  MentionStore store(64);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&store, t] {
      for (std::size_t u = static_cast<std::size_t>(t); u < 64; u += 4)
        store.Set(u, {Make(u, u + 3, "TYPE-" + std::to_string(u % 7), "rule-" + std::to_string(t),
                           {{"key-" + std::to_string(u % 5), std::to_string(u)}})});
    });
  for (auto& th : threads) th.join();
  for (std::size_t u = 0; u < 64; ++u) {
    const auto got = store.Get(u);
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].type, "TYPE-" + std::to_string(u % 7));
    EXPECT_EQ(got[0].rule, "rule-" + std::to_string(u % 4));
    EXPECT_EQ(got[0].attributes.at("key-" + std::to_string(u % 5)), std::to_string(u));
  }
}

TEST(Interned, NumbersAreStableAndNameTheirString) {
  const auto a = text::InternId("PERSON"), b = text::InternId(std::string("PER") + "SON");
  EXPECT_EQ(a, b);
  EXPECT_NE(a, text::InternId("PLACE"));
  EXPECT_EQ(text::Interned(a), "PERSON");
  EXPECT_EQ(text::Intern("PERSON").data(), text::Interned(a).data());
}

}  // namespace
}  // namespace anonymiser
