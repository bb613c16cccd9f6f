// The case stores keep document records out of the state they load and hand
// them out one by one (a case of many documents is never read whole).
#include "case_store/case_store.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <stdexcept>

#include "test_support.h"

namespace anonymiser::testing {
namespace {

using StoreFactory = std::function<std::unique_ptr<CaseStore>(const TempDir&)>;

class CaseStoreDocuments : public ::testing::TestWithParam<StoreFactory> {};

DocumentRecord Record(const std::string& path, const std::string& sha) {
  return DocumentRecord{path, sha, "out-" + sha, "/out/" + path};
}

TEST_P(CaseStoreDocuments, RecordsAreFoundOneByOneAndNeverLoadedWhole) {
  TempDir dir;
  auto store = GetParam()(dir);
  EXPECT_EQ(store->DocumentCount(), 0u);
  EXPECT_FALSE(store->FindDocument("a.txt"));
  store->Update([](CaseState& s) {
    s.documents["a.txt"] = Record("a.txt", "1");
    s.documents["b.txt"] = Record("b.txt", "2");
  });
  store->Update([](CaseState& s) {
    EXPECT_TRUE(s.documents.empty());  // the last update's records are saved, not carried
    s.documents["a.txt"] = Record("a.txt", "3");  // recorded again: replaces
  });
  EXPECT_TRUE(store->Load().documents.empty());
  EXPECT_EQ(store->DocumentCount(), 2u);
  const auto a = store->FindDocument("a.txt");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->input_sha256, "3");
  EXPECT_EQ(a->output_sha256, "out-3");
  EXPECT_EQ(a->output_path, "/out/a.txt");
  const auto b = store->FindDocument("b.txt");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->input_sha256, "2");
}

TEST_P(CaseStoreDocuments, AnUpdateThatThrowsRecordsNothing) {
  TempDir dir;
  auto store = GetParam()(dir);
  EXPECT_THROW(store->Update([](CaseState& s) {
    s.documents["a.txt"] = Record("a.txt", "1");
    throw std::runtime_error("window abandoned");
  }),
               std::runtime_error);
  EXPECT_FALSE(store->FindDocument("a.txt"));
  EXPECT_EQ(store->DocumentCount(), 0u);
}

INSTANTIATE_TEST_SUITE_P(Stores, CaseStoreDocuments,
                         ::testing::Values(StoreFactory([](const TempDir&) {
                                             return OpenMemoryCaseStore();
                                           }),
                                           StoreFactory([](const TempDir& d) {
                                             return OpenSqliteCaseStore(d / "case.anoncase");
                                           })),
                         [](const ::testing::TestParamInfo<StoreFactory>& param) {
                           return param.index == 0 ? std::string("Memory") : std::string("Sqlite");
                         });

}  // namespace
}  // namespace anonymiser::testing
