// The lists a batch keeps per file: outputs spooled to a temporary file, the
// outputs taken held as digests. Both must behave as the plain containers.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "batch/path_set.h"
#include "batch/string_spool.h"

namespace anonymiser {
namespace {

TEST(StringSpool, GivesBackEveryStringInOrderInBatches) {
  StringSpool spool;
  std::vector<std::string> added;
  for (int i = 0; i < 1000; ++i) {
    std::string s = "out/" + std::to_string(i) + std::string(static_cast<std::size_t>(i % 7), 'x');
    if (i % 97 == 0) s.clear();                       // empty strings survive
    if (i % 101 == 0) s += std::string("\0\n\"", 3);  // so do any bytes
    spool.Add(s);
    added.push_back(s);
  }
  EXPECT_EQ(spool.size(), added.size());
  for (std::size_t batch : {1u, 7u, 256u, 5000u}) {
    std::vector<std::string> read;
    std::size_t calls = 0;
    spool.ForEachBatch(batch, [&](const std::vector<std::string>& items) {
      ++calls;
      EXPECT_LE(items.size(), batch);
      read.insert(read.end(), items.begin(), items.end());
    });
    EXPECT_EQ(read, added) << "batch " << batch;
    EXPECT_EQ(calls, (added.size() + batch - 1) / batch);
  }
  spool.Add("after reading");  // adding goes on after a read
  std::vector<std::string> last;
  spool.ForEachBatch(2000, [&](const std::vector<std::string>& items) { last = items; });
  ASSERT_EQ(last.size(), 1001u);
  EXPECT_EQ(last.back(), "after reading");
}

TEST(StringSpool, AnEmptySpoolCallsNothing) {
  StringSpool spool;
  bool called = false;
  spool.ForEachBatch(10, [&](const std::vector<std::string>&) { called = true; });
  EXPECT_FALSE(called);
}

TEST(PathSet, AgreesWithASetOfStrings) {
  PathSet paths;
  std::set<std::string> reference;
  for (int i = 0; i < 20000; ++i) {
    const std::string p = "/out/" + std::to_string(i % 15000) + (i % 3 ? ".txt" : ".txt ");
    EXPECT_EQ(paths.Insert(p), reference.insert(p).second) << p;
  }
  EXPECT_EQ(paths.size(), reference.size());
  EXPECT_TRUE(paths.Insert(""));
  EXPECT_FALSE(paths.Insert(""));
}

}  // namespace
}  // namespace anonymiser
