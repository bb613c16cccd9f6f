#include "anonymiser/block_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pseudonymise/replacements.h"

namespace anonymiser {
namespace {

TEST(BlockList, KeepsOrderAndAddressesAcrossBlocks) {
  BlockList<std::string> list;
  const std::size_t n = 3 * BlockList<std::string>::kBlock + 17;
  list.push_back("first");
  for (std::size_t i = 1; i < BlockList<std::string>::kBlock; ++i)
    list.push_back(std::to_string(i));
  const std::string* first = &list[0];
  for (std::size_t i = BlockList<std::string>::kBlock; i < n; ++i)
    list.push_back(std::to_string(i));
  ASSERT_EQ(list.size(), n);
  EXPECT_EQ(first, &list[0]);  // not moved once the first block was full
  EXPECT_EQ(*first, "first");
  EXPECT_EQ(list[BlockList<std::string>::kBlock], std::to_string(BlockList<std::string>::kBlock));
  EXPECT_EQ(list[n - 1], std::to_string(n - 1));
  std::size_t i = 0;
  for (const std::string& s : list) {
    ASSERT_EQ(s, i == 0 ? "first" : std::to_string(i));
    ++i;
  }
  EXPECT_EQ(i, n);
}

TEST(BlockList, BuildsFromAListOrAVector) {
  const EditList a = {{0, 1, 2, "A"}, {1, 0, 3, "B"}};
  const EditList b(std::vector<Edit>{{0, 1, 2, "A"}, {1, 0, 3, "B"}});
  ASSERT_EQ(a.size(), 2u);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(a[1].text, "B");
  EXPECT_EQ(b.begin()->text, "A");
  EXPECT_TRUE(EditList().empty());
}

TEST(Replacements, KeepTheEditsAndTheFactsSideBySide) {
  Replacements reps;
  reps.Add(Edit{0, 0, 5, "Person A"}, 0, 0.9, "PERSON", "redact-names", "full name");
  reps.Add(Edit{2, 7, 20, "in May 2021"}, 10, 0.85, "DATE", "redact-dates", "day month year");
  ASSERT_EQ(reps.size(), 2u);
  EXPECT_EQ(reps.edits()[1].text, "in May 2021");
  const Replacement r = reps[1];
  EXPECT_EQ(r.mention_begin, 10u);  // after "on ", which the edit takes too
  EXPECT_DOUBLE_EQ(r.score, 0.85);
  EXPECT_EQ(r.type(), "DATE");
  EXPECT_EQ(r.plugin(), "redact-dates");
  EXPECT_EQ(r.rule(), "day month year");
  std::vector<std::string> types;
  for (const Replacement& each : reps) types.emplace_back(each.type());
  EXPECT_EQ(types, (std::vector<std::string>{"PERSON", "DATE"}));
}

}  // namespace
}  // namespace anonymiser
