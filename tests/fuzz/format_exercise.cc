#include "format_exercise.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "anonymiser/error.h"
#include "scratch_file.h"
#include "text/utf8.h"

namespace anonymiser::fuzz {

namespace fs = std::filesystem;

namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz: %s\n", what.c_str());
  std::abort();
}

}  // namespace

EditList WordEdits(const std::vector<TextUnit>& units) {
  EditList edits;
  for (std::size_t u = 0; u < units.size(); ++u) {
    const std::string& t = units[u].text;
    int count = 0;
    for (std::size_t i = 0; i < t.size() && count < 64;) {
      if (!IsUpper(t[i]) || (i > 0 && IsLetter(t[i - 1]))) {
        ++i;
        continue;
      }
      std::size_t end = i + 1;
      while (end < t.size() && IsLetter(t[end])) ++end;
      edits.push_back({u, i, end, "Person A"});
      ++count;
      i = end;
    }
  }
  return edits;
}

bool ExerciseFormat(const FormatPlugin& plugin, const char* file_name, const std::uint8_t* data,
                    std::size_t size) {
  fs::path input = WriteScratchFile(file_name, data, size);
  std::string_view head(reinterpret_cast<const char*>(data), size < 4096 ? size : 4096);
  int sniff = plugin.Sniff(input, head);
  if (sniff < 0 || sniff > 100) Fail("Sniff returned " + std::to_string(sniff));

  std::unique_ptr<Document> doc;
  try {
    doc = plugin.Read(input);
  } catch (const Error& e) {
    // Refused: fine, when the message names the file ("<path>: <reason>").
    const std::string message = e.what();
    if (message.rfind(input.string() + ": ", 0) != 0)
      Fail("error without the file name: " + message);
    return false;
  }
  if (!doc) Fail("Read returned null");
  const std::vector<TextUnit>& units = doc->units();
  for (std::size_t u = 0; u < units.size(); ++u)
    if (text::FindInvalidUtf8(units[u].text) != std::string_view::npos)
      Fail("unit " + std::to_string(u) + " (" + units[u].location + ") is not valid UTF-8");
  (void)doc->format();
  std::string ext = doc->output_extension();
  fs::path output = ScratchDir() / ("output" + ext);
  std::error_code ec;
  fs::remove(output, ec);
  try {
    doc->Write(WordEdits(units), output);
  } catch (const Error&) {
    // A document that reads but cannot be written must say why; fine.
  }
  fs::remove(output, ec);
  return true;
}

}  // namespace anonymiser::fuzz
