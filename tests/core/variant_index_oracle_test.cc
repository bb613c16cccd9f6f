// VariantIndex::Find and text::NextWord are shaped for speed (lazy word
// scanning, a first-word bitset, phrases grouped by their words). These tests
// compare them with plain reference versions on many random texts and cases.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <random>

#include "link/linker.h"
#include "link/person_name.h"
#include "link/variant_index.h"
#include "text/fold.h"
#include "text/words.h"

namespace anonymiser {
namespace {

// Reference word splitter: decodes every code point, no fast paths.
std::vector<text::WordSpan> ReferenceSplitWords(std::string_view s) {
  auto decode = [&](std::size_t i, std::size_t& len) {
    int32_t j = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
    len = static_cast<std::size_t>(j) - i;
    return c;
  };
  auto is_word = [](UChar32 c) {
    return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
                      u_charType(c) == U_COMBINING_SPACING_MARK);
  };
  auto is_joiner = [](UChar32 c) { return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010; };
  std::vector<text::WordSpan> out;
  std::size_t i = 0, len = 0;
  while (i < s.size()) {
    if (!is_word(decode(i, len))) {
      i += len;
      continue;
    }
    const std::size_t begin = i;
    i += len;
    while (i < s.size()) {
      const UChar32 c = decode(i, len);
      if (is_word(c)) {
        i += len;
        continue;
      }
      std::size_t len2 = 0;
      if (is_joiner(c) && i + len < s.size() && is_word(decode(i + len, len2))) {
        i += len + len2;
        continue;
      }
      break;
    }
    out.push_back({begin, i});
  }
  return out;
}

// Reference Find: every word split and folded up front, every variant of the
// case tried at every word, longest first.
struct RefVariant {
  std::vector<std::string> words;
  std::int64_t entity;
  std::string type;
  bool any_case;
};

std::vector<RefVariant> ReferenceVariants(const CaseState& state) {
  std::vector<RefVariant> all;
  for (const auto& e : state.entities)
    for (const auto& v : e.variants) {
      std::vector<std::string> words;
      for (const auto& w : ReferenceSplitWords(v))
        words.push_back(v.substr(w.begin, w.end - w.begin));
      if (words.empty() ||
          (words.size() == 1 && (words[0].size() < 3 || IsPersonalTitle(words[0]))))
        continue;
      const bool dup = std::any_of(all.begin(), all.end(), [&](const RefVariant& x) {
        return x.words == words && x.entity == e.id;
      });
      if (!dup) all.push_back({words, e.id, e.type, e.known});
    }
  std::stable_sort(all.begin(), all.end(), [](const RefVariant& a, const RefVariant& b) {
    return a.words.size() > b.words.size();
  });
  return all;
}

std::vector<Mention> ReferenceFind(const CaseState& state, const std::string& text,
                                   const std::vector<Mention>& taken, bool any_case) {
  const auto variants = ReferenceVariants(state);
  const auto words = ReferenceSplitWords(text);
  std::vector<std::string> folded;
  for (const auto& w : words)
    folded.push_back(text::FoldForMatch(
        text::StripPossessive(std::string_view(text).substr(w.begin, w.end - w.begin))));
  auto overlaps_taken = [&](std::size_t b, std::size_t e) {
    return std::any_of(taken.begin(), taken.end(),
                       [&](const Mention& m) { return m.begin < e && b < m.end; });
  };
  auto only_space_between = [&](std::size_t a, std::size_t b) {
    return text.find_first_not_of(" \t\n\r.", a) >= b;
  };
  std::vector<Mention> out;
  std::size_t i = 0;
  while (i < words.size()) {
    std::size_t step = 1;
    for (const auto& v : variants) {
      const std::size_t n = v.words.size();
      if (i + n > words.size()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < n && ok; ++k)
        ok = folded[i + k] == v.words[k] &&
             (k == 0 || only_space_between(words[i + k - 1].end, words[i + k].begin));
      if (!ok) continue;
      if (n == 1 && !v.any_case && !any_case && !text::StartsUpper(text, words[i].begin)) continue;
      std::size_t b = words[i].begin;
      const std::string_view last(text.data() + words[i + n - 1].begin,
                                  words[i + n - 1].end - words[i + n - 1].begin);
      const std::size_t e = words[i + n - 1].begin + text::StripPossessive(last).size();
      if (overlaps_taken(b, e)) continue;
      if (v.type == "PERSON" && i > 0 && only_space_between(words[i - 1].end, words[i].begin)) {
        std::string t = folded[i - 1];
        std::erase(t, '.');
        if (IsPersonalTitle(t) && !overlaps_taken(words[i - 1].begin, words[i - 1].end))
          b = words[i - 1].begin;
      }
      Mention m;
      m.begin = b;
      m.end = e;
      m.type = v.type;
      m.attributes[kEntityAttribute] = std::to_string(v.entity);
      out.push_back(m);
      step = n;
      break;
    }
    i += step;
  }
  return out;
}

// Words that make names, titles, possessives, accents, joiners and case matter.
const std::vector<std::string> kVocabulary = {"Shannon",
                                              "shannon",
                                              "SHANNON",
                                              "Okafor",
                                              "okafor",
                                              "Okafor's",
                                              "Okafor’s",
                                              "Jones'",
                                              "Siobhán",
                                              "SIOBHÁN",
                                              "siobhan",
                                              "Lily-Mae",
                                              "lily-mae",
                                              "O'Sullivan",
                                              "O’Sullivan",
                                              "Ms",
                                              "Mrs.",
                                              "Dr",
                                              "mr",
                                              "Grace",
                                              "grace",
                                              "the",
                                              "and",
                                              "Kent",
                                              "Police",
                                              "Jo",
                                              "x",
                                              "2019",
                                              "Ünal",
                                              "Zoë",
                                              "İbrahim",
                                              "ﬁona",
                                              "Fiona",
                                              "-",
                                              "'",
                                              "’",
                                              ".",
                                              ",",
                                              "(",
                                              ")",
                                              "—",
                                              "é",
                                              "e\xCC\x81",
                                              "\xF0\x9F\x98\x80",
                                              "a\xE2\x80\x90"
                                              "b"};
const std::vector<std::string> kSeparators = {" ", " ", " ", "  ", "\n", ". ", ", ", "-", "'", ""};
const std::vector<std::string> kVariants = {
    "shannon okafor", "shannon",       "okafor", "siobhan", "siobhan okafor",       "lily-mae",
    "o'sullivan",     "grace",         "jo",     "kent",    "kent police",          "fiona",
    "unal",           "zoe",           "ms",     "the",     "shannon okafor jones", "i̇brahim",
    "ibrahim",        "okafor okafor", "2019"};
const std::vector<std::string> kTypes = {"PERSON", "PERSON", "PLACE", "ORG"};

template <typename T>
const T& Pick(std::mt19937& rng, const std::vector<T>& from) {
  return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
}

std::string RandomText(std::mt19937& rng) {
  std::string s;
  const int n = std::uniform_int_distribution<int>(0, 30)(rng);
  for (int i = 0; i < n; ++i) s += Pick(rng, kVocabulary) + Pick(rng, kSeparators);
  return s;
}

CaseState RandomCase(std::mt19937& rng) {
  CaseState s;
  const int entities = std::uniform_int_distribution<int>(0, 6)(rng);
  for (int i = 0; i < entities; ++i) {
    Entity& e = s.AddEntity(Pick(rng, kTypes));
    e.known = rng() % 4 == 0;
    const int variants = std::uniform_int_distribution<int>(1, 4)(rng);
    for (int v = 0; v < variants; ++v) e.variants.push_back(Pick(rng, kVariants));  // dups too
  }
  return s;
}

// Random non-overlapping spans on word boundaries or not, sorted by begin.
std::vector<Mention> RandomTaken(std::mt19937& rng, const std::string& text) {
  std::vector<Mention> taken;
  std::size_t pos = 0;
  while (text.size() > 0 && rng() % 3 != 0) {
    const std::size_t b = pos + rng() % 20, e = b + 1 + rng() % 15;
    if (e > text.size()) break;
    Mention m;
    m.begin = b;
    m.end = e;
    taken.push_back(m);
    pos = e;
  }
  return taken;
}

std::string Describe(const std::vector<Mention>& ms) {
  std::string s;
  for (const auto& m : ms)
    s += "[" + std::to_string(m.begin) + "," + std::to_string(m.end) + " " + m.type + " " +
         m.attributes.at(kEntityAttribute) + "]";
  return s;
}

TEST(WordsOracle, NextWordAndSplitWordsMatchAPlainSplitter) {
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = RandomText(rng);
    const auto expected = ReferenceSplitWords(text);
    const auto got = text::SplitWords(text);
    ASSERT_EQ(got.size(), expected.size()) << text;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].begin, expected[i].begin) << text;
      EXPECT_EQ(got[i].end, expected[i].end) << text;
      const std::string_view w =
          std::string_view(text).substr(got[i].begin, got[i].end - got[i].begin);
      EXPECT_EQ(got[i].ascii,
                std::all_of(w.begin(), w.end(),
                            [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
          << text;
    }
  }
}

TEST(VariantIndexOracle, FindMatchesAPlainSearchOnRandomTextsAndCases) {
  std::mt19937 rng(11);
  int found = 0;
  for (int round = 0; round < 3000; ++round) {
    const CaseState state = RandomCase(rng);
    const VariantIndex index(state);
    for (int t = 0; t < 4; ++t) {
      const std::string text = RandomText(rng);
      const auto taken = RandomTaken(rng, text);
      const bool any_case = rng() % 5 == 0;
      std::vector<Mention> got;
      index.Find(text, taken, got, any_case);
      const auto expected = ReferenceFind(state, text, taken, any_case);
      ASSERT_EQ(Describe(got), Describe(expected)) << "text: " << text;
      for (const auto& m : got) {
        EXPECT_EQ(m.rule, "case-variant");
        EXPECT_EQ(m.plugin, "core");
      }
      found += static_cast<int>(got.size());
    }
  }
  EXPECT_GT(found, 1000);  // the random cases do find things
}

}  // namespace
}  // namespace anonymiser
