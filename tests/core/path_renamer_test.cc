// Output names are anonymised like the text: a name in a file or folder name
// must not survive into the output folder.
#include "pseudonymise/path_renamer.h"

#include <gtest/gtest.h>

#include "core_fixture.h"

namespace anonymiser {
namespace {

class PathRenamerTest : public ::testing::Test {
 protected:
  PathRenamerTest() : registry_(testing::FixtureRegistry()), pipeline_(*registry_, Policy{}) {}

  // Links a document body, then renames `relative` in the same case.
  std::string RenameAfter(const std::string& body, const std::string& relative) {
    std::vector<TextUnit> units{testing::Unit(body)};
    auto mentions = pipeline_.DetectUnits(units);
    pipeline_.Link(units, mentions, state_);
    PathRenamer renamer(pipeline_);
    auto a = renamer.Analyse(relative);
    renamer.Link(a, state_);
    CaseSnapshot snapshot(state_);
    return renamer.Render(a, snapshot).string();
  }

  std::unique_ptr<PluginRegistry> registry_;
  Pipeline pipeline_;
  CaseState state_;
};

TEST_F(PathRenamerTest, AKnownNameInAFileNameGetsItsPseudonymInAnyCase) {
  EXPECT_EQ(RenameAfter("Mr Okafor called.", "okafor letter.txt"), "Person A letter.txt");
  EXPECT_EQ(RenameAfter("Mr Okafor called.", "OKAFOR/notes.md"), "PERSON A/notes.md");
  EXPECT_EQ(RenameAfter("Mr Okafor called.", "okafor-notes_2.md"), "Person A-notes_2.md");
  EXPECT_EQ(RenameAfter("Mr Okafor called.", "notes.okafor.md"), "notes.Person A.md");
}

TEST_F(PathRenamerTest, ANameFoundOnlyInTheFileNameIsLinkedToo) {
  EXPECT_EQ(RenameAfter("Nothing here.", "Minutes Mr Reid.docx"), "Minutes Person A.docx");
  EXPECT_EQ(RenameAfter("Ms Reid wrote.", "Reid reply.txt"), "Person A reply.txt");
}

TEST_F(PathRenamerTest, ASlashFromAReplacementCannotMakeAFolder) {
  pipeline_.SetStyle("PERSON", "Adult/{L}");
  EXPECT_EQ(RenameAfter("", "Mr Reid.txt"), "Adult-A.txt");
}

TEST_F(PathRenamerTest, NamesWithoutIdentifiersStayAsTheyAre) {
  EXPECT_EQ(RenameAfter("Mr Okafor called.", "sub dir/report.final.txt"),
            "sub dir/report.final.txt");
  EXPECT_EQ(RenameAfter("", ".hidden"), ".hidden");
}

}  // namespace
}  // namespace anonymiser
