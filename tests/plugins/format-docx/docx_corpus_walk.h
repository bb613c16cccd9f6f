// Anonymising every file of the shared DOCX corpus (real files from other
// projects' test suites) with an edit on every unit.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "docx_test_package.h"
#include "test_support.h"

namespace anonymiser::docx::testing {

struct CorpusResult {
  std::filesystem::path input;
  std::filesystem::path output;  // empty when reading failed
  std::string error;             // the Error message, if any
  ErrorCode code = ErrorCode::kInternal;
  std::string mismatch;  // CompareUnits' finding on the output, if any
};

// Edits replacing the first word (up to the first ASCII space) of every unit;
// the last word of field codes, whose first word is the field keyword that
// the plugin keeps.
inline EditList FirstWordEdits(const std::vector<TextUnit>& units) {
  EditList edits;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const std::string& t = units[i].text;
    std::size_t begin = t.find_first_not_of(" \t\n");
    if (begin == std::string::npos) continue;
    std::size_t end = t.find_first_of(" \t\n", begin);
    if (end == std::string::npos) end = t.size();
    if (units[i].part == Part::kField) {
      end = t.find_last_not_of(" \t\n") + 1;
      begin = t.find_last_of(" \t\n", end - 1);
      begin = begin == std::string::npos ? 0 : begin + 1;
      if (begin == t.find_first_not_of(" \t\n")) continue;  // the keyword alone
    }
    edits.push_back(Edit{i, begin, end, "XXXX"});
  }
  return edits;
}

// Reads, edits and writes every corpus file into `out_dir`.
inline std::vector<CorpusResult> WalkCorpus(const std::filesystem::path& out_dir) {
  std::vector<CorpusResult> results;
  DocxPlugin plugin = MakePlugin();
  for (const auto& input :
       anonymiser::testing::FilesBelow(anonymiser::testing::SharedDir() / "corpus" / "docx")) {
    CorpusResult r;
    r.input = input;
    try {
      auto doc = plugin.Read(input);
      EditList edits = FirstWordEdits(doc->units());
      std::filesystem::path out = out_dir / input.filename();
      doc->Write(edits, out);
      r.output = out;
      auto again = plugin.Read(out);
      r.mismatch = CompareUnits(doc->units(), edits, again->units());
    } catch (const Error& e) {
      r.error = e.what();
      r.code = e.code();
    }
    results.push_back(r);
  }
  return results;
}

}  // namespace anonymiser::docx::testing
