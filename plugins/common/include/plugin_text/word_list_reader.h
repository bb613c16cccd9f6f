// Reads the dictionaries' plain-text format: UTF-8, one entry a line, fields
// separated by tabs, lines starting with '#' and blank lines ignored.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace anonymiser::plugin_text {

// The whole content of the dictionary file `path`. Throws Error(kConfig,
// "<path>: ...") when the file is missing or unreadable.
std::string ReadDictionaryFile(const std::filesystem::path& path);

// Calls `entry(first_field, second_field)` for every entry of `data` (the text
// of a dictionary file); the second field is empty when the line has none. A
// template, so that loading 180,000 entries costs no indirect call per line.
template <typename Entry>
void ForEachWordListEntry(std::string_view data, Entry&& entry) {
  while (!data.empty()) {
    const std::size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      entry(line, std::string_view());
    } else {
      std::string_view second = line.substr(tab + 1);
      second = second.substr(0, second.find('\t'));
      entry(line.substr(0, tab), second);
    }
  }
}

// Calls `entry(first_field, second_field)` for every entry of `path` (the
// second field is empty when the line has none). Throws Error(kConfig,
// "<path>: ...") when the file is missing or unreadable. Chosen for any
// callable but a std::function.
template <typename Entry>
void ReadWordList(const std::filesystem::path& path, Entry&& entry) {
  const std::string data = ReadDictionaryFile(path);
  ForEachWordListEntry(data, entry);
}

// The same for a std::function.
void ReadWordList(const std::filesystem::path& path,
                  const std::function<void(std::string_view, std::string_view)>& entry);

}  // namespace anonymiser::plugin_text
