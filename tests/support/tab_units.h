// Real text for benchmarks: the court judgments of the Text Anonymization
// Benchmark slice in ../shared/bench/tab (not part of the repository).
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

#include "anonymiser/document.h"

namespace anonymiser::testing {

// The "text" of every document of every .json file in `dir` (in file name
// order), one TextUnit per non-empty line, as `detect --jsonl` gets the
// paragraphs. Empty when `dir` is missing; a file that is not a JSON array
// of objects with a "text" string is skipped.
inline std::vector<TextUnit> TabUnits(const std::filesystem::path& dir) {
  std::vector<TextUnit> units;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Poco::JSON::Array::Ptr documents;
    try {
      documents = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Array::Ptr>();
    } catch (const Poco::Exception&) {
      continue;
    }
    for (std::size_t d = 0; documents && d < documents->size(); ++d) {
      const Poco::JSON::Object::Ptr doc = documents->getObject(static_cast<unsigned>(d));
      if (!doc || !doc->has("text")) continue;
      const std::string text = doc->getValue<std::string>("text");
      std::size_t start = 0;
      while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) {
          TextUnit unit;
          unit.text = text.substr(start, end - start);
          units.push_back(std::move(unit));
        }
        start = end + 1;
      }
    }
  }
  return units;
}

}  // namespace anonymiser::testing
