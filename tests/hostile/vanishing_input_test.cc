// A file that disappears between the folder walk and its reading: the walk
// lists it, it is removed, and the pipeline must refuse it with an error
// naming it while the other files of the batch are read and written.
//
// Deterministic at this level (the run command walks, then reads, with no
// hook in between): the test calls the same functions in the same order
// and removes the file in between.
#include <gtest/gtest.h>

#include "anonymiser/error.h"
#include "batch/input_walker.h"
#include "case_store/case_state.h"
#include "pipeline/pipeline.h"
#include "plugin_host/plugin_registry.h"
#include "test_support.h"

namespace anonymiser::hostile {
namespace {

namespace fs = std::filesystem;
using anonymiser::testing::DictionaryDir;
using anonymiser::testing::FilesBelow;
using anonymiser::testing::PluginDir;
using anonymiser::testing::ReadFile;
using anonymiser::testing::TempDir;
using anonymiser::testing::WriteFile;

TEST(VanishingInput, FileRemovedAfterTheWalkIsRefusedAndTheRestIsWritten) {
  PluginRegistry registry;
  registry.LoadFrom({PluginDir()});
  PluginContext context;
  context.dictionary_dir = DictionaryDir();
  registry.ConfigureAll(context);
  ASSERT_FALSE(registry.format_plugins().empty()) << "no format plugin in " << PluginDir();
  Pipeline pipeline(registry, Policy{});

  TempDir dir;
  WriteFile(dir / "in/a-gone.txt", "Jade Okafor\n");
  WriteFile(dir / "in/b-gone.docx", "PK\x03\x04 not really");
  WriteFile(dir / "in/c-good.txt", "Dear Ms Okafor,\n");
  std::vector<std::string> skipped;
  std::vector<InputFile> inputs = CollectInputs({dir / "in"}, dir / "out", skipped);
  ASSERT_EQ(inputs.size(), 3u);
  fs::remove(dir / "in/a-gone.txt");
  fs::remove(dir / "in/b-gone.docx");

  for (const InputFile& input : inputs) {
    SCOPED_TRACE(input.path.string());
    if (input.path.filename().string().find("gone") != std::string::npos) {
      try {
        pipeline.Analyse(input.path);
        ADD_FAILURE() << "a removed file was read";
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::kInput) << e.what();
        EXPECT_EQ(std::string(e.what()), input.path.string() + ": no such file");
      }
      continue;
    }
    AnalysedDocument doc = pipeline.Analyse(input.path);
    CaseState state;
    pipeline.Link(doc.document->units(), doc.mentions, state);
    CaseSnapshot snapshot(state);
    auto spans = pipeline.Complete(doc.document->units(), doc.mentions, snapshot);
    pipeline.Write(doc, pipeline.Render(doc.document->units(), spans, snapshot),
                   dir / "out" / input.relative);
  }
  std::vector<fs::path> written = FilesBelow(dir / "out");
  ASSERT_EQ(written.size(), 1u);
  EXPECT_EQ(written[0], dir / "out/c-good.txt");
  EXPECT_EQ(ReadFile(written[0]).find("Okafor"), std::string::npos);
}

}  // namespace
}  // namespace anonymiser::hostile
