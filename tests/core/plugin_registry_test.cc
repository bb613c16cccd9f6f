#include "plugin_host/plugin_registry.h"

#include <gtest/gtest.h>

#include "anonymiser/version.h"
#include "core_fixture.h"

namespace anonymiser {
namespace {

using testing::FixtureRegistry;

TEST(PluginRegistry, LoadsAPluginAndReportsItsInfo) {
  auto r = FixtureRegistry();
  ASSERT_EQ(r->loaded().size(), 2u) << (r->refused().empty() ? "" : r->refused()[0].reason);
  EXPECT_EQ(r->loaded()[0].info.name, "fixture-redact");
  EXPECT_EQ(r->loaded()[0].info.kind, PluginKind::kRedaction);
  EXPECT_EQ(r->redaction_plugins().size(), 1u);
  EXPECT_EQ(r->format_plugins().size(), 1u);
}

TEST(PluginRegistry, RefusesAPluginBuiltForAnotherApiVersionNamingTheFile) {
  PluginRegistry r;
  const auto file = std::filesystem::path(FIXTURE_BAD_DIR) / "fixture-old-api.so";
  EXPECT_FALSE(r.LoadFile(file));
  ASSERT_EQ(r.refused().size(), 1u);
  EXPECT_EQ(r.refused()[0].file, file);
  EXPECT_NE(r.refused()[0].reason.find("API version 999"), std::string::npos)
      << r.refused()[0].reason;
  EXPECT_NE(r.refused()[0].reason.find("version " + std::to_string(kApiVersion)),
            std::string::npos);
  EXPECT_TRUE(r.loaded().empty());
}

TEST(PluginRegistry, RefusesALibraryThatIsNotAPlugin) {
  PluginRegistry r;
  EXPECT_FALSE(r.LoadFile(std::filesystem::path(FIXTURE_BAD_DIR) / "fixture-not-a-plugin.so"));
  ASSERT_EQ(r.refused().size(), 1u);
  EXPECT_NE(r.refused()[0].reason.find("not an Anonymiser plugin"), std::string::npos);
}

TEST(PluginRegistry, RefusesAFileThatIsNotALibrary) {
  testing::TempDir dir;
  testing::WriteFile(dir / "junk.so", "this is not an ELF file");
  PluginRegistry r;
  r.LoadFrom({dir.path()});
  ASSERT_EQ(r.refused().size(), 1u);
  EXPECT_NE(r.refused()[0].reason.find("cannot load"), std::string::npos);
}

TEST(PluginRegistry, RefusesADuplicateName) {
  auto r = FixtureRegistry();
  EXPECT_FALSE(r->LoadFile(std::filesystem::path(FIXTURE_PLUGIN_DIR) / "fixture-redact.so"));
  EXPECT_NE(r->refused().back().reason.find("duplicate"), std::string::npos);
}

TEST(PluginRegistry, KeepOnlyRedactionRejectsUnknownNames) {
  auto r = FixtureRegistry();
  EXPECT_THROW(r->KeepOnlyRedaction({"no-such-plugin"}), Error);
  r->KeepOnlyRedaction({"fixture-redact"});
  EXPECT_EQ(r->redaction_plugins().size(), 1u);
}

TEST(PluginRegistry, SearchPathPutsExplicitFoldersFirstThenEnvironment) {
  setenv("ANONYMISER_PLUGIN_PATH", "/a:/b", 1);
  auto dirs = PluginRegistry::SearchPath({"/x"});
  unsetenv("ANONYMISER_PLUGIN_PATH");
  ASSERT_GE(dirs.size(), 4u);
  EXPECT_EQ(dirs[0], "/x");
  EXPECT_EQ(dirs[1], "/a");
  EXPECT_EQ(dirs[2], "/b");
}

}  // namespace
}  // namespace anonymiser
