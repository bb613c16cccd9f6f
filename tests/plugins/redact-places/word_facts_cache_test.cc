// WordFactsCache: a word's key tells it from every other word; a new lexicon
// starts from an empty cache.
#include "word_facts_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace anonymiser::places {
namespace {

bool SameKey(const WordFactsCache::Key& a, const WordFactsCache::Key& b) {
  return a.size == b.size && a.low == b.low && a.high == b.high;
}

TEST(WordFactsCacheTest, KeysTellWordsApart) {
  // Words that share their first and last 8 (or 4) bytes, differ in case, or
  // differ only in a middle byte, of every length the keys cover.
  std::vector<std::string> words;
  for (std::size_t n = 1; n <= 16; ++n) {
    std::string w(n, 'a');
    words.push_back(w);
    for (std::size_t at = 0; at < n; ++at) {
      std::string v = w;
      v[at] = 'A';
      words.push_back(v);
    }
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto ki = WordFactsCache::KeyOf(words[i]);
    ASSERT_EQ(ki.size, words[i].size());
    for (std::size_t j = 0; j < words.size(); ++j) {
      if (i == j) continue;
      ASSERT_FALSE(SameKey(ki, WordFactsCache::KeyOf(words[j]))) << words[i];
    }
  }
  EXPECT_EQ(WordFactsCache::KeyOf("").size, 0u);
  EXPECT_EQ(WordFactsCache::KeyOf("Wolverhampton-Wanderers").size, 0u);  // too long: not cached
}

TEST(WordFactsCacheTest, RemembersAndForgetsWithANewLexicon) {
  WordFactsCache cache;
  cache.Use(1);
  const auto leeds = WordFactsCache::KeyOf("Leeds");
  const auto leads = WordFactsCache::KeyOf("Leads");
  std::uint32_t bits = 0;
  EXPECT_FALSE(cache.Find(leeds, bits));
  cache.Put(leeds, 42);
  ASSERT_TRUE(cache.Find(leeds, bits));
  EXPECT_EQ(bits, 42u);
  EXPECT_FALSE(cache.Find(leads, bits));
  cache.Use(1);
  EXPECT_TRUE(cache.Find(leeds, bits));
  cache.Use(2);
  EXPECT_FALSE(cache.Find(leeds, bits));
}

}  // namespace
}  // namespace anonymiser::places
