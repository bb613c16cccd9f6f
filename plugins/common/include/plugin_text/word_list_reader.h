// Reads the dictionaries' plain-text format: UTF-8, one entry a line, fields
// separated by tabs, lines starting with '#' and blank lines ignored.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>

namespace anonymiser::plugin_text {

// Calls `entry(first_field, second_field)` for every entry of `path` (the
// second field is empty when the line has none). Throws Error(kConfig,
// "<path>: ...") when the file is missing or unreadable.
void ReadWordList(const std::filesystem::path& path,
                  const std::function<void(std::string_view, std::string_view)>& entry);

}  // namespace anonymiser::plugin_text
