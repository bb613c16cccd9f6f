#include "plugin_text/word_list_reader.h"

#include <algorithm>
#include <fstream>
#include <system_error>

#include "anonymiser/error.h"

namespace anonymiser::plugin_text {

std::string ReadDictionaryFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kConfig, path.string() + ": missing dictionary");
  // Read in large blocks straight into the string (the size of a regular file
  // is only a hint): a character at a time costs more than parsing the lines.
  std::error_code ec;
  const std::uintmax_t hint = std::filesystem::file_size(path, ec);
  std::string data;
  std::size_t block = ec || hint > (std::size_t{1} << 30) ? std::size_t{1} << 16
                                                          : static_cast<std::size_t>(hint) + 1;
  std::size_t size = 0;
  for (;;) {
    data.resize(size + block);
    in.read(data.data() + size, static_cast<std::streamsize>(block));
    size += static_cast<std::size_t>(in.gcount());
    if (!in) break;
    block = std::max<std::size_t>(block, std::size_t{1} << 16);
  }
  if (in.bad() || !in.eof()) {
    throw Error(ErrorCode::kConfig, path.string() + ": cannot read dictionary");
  }
  data.resize(size);
  return data;
}

void ReadWordList(const std::filesystem::path& path,
                  const std::function<void(std::string_view, std::string_view)>& entry) {
  const std::string data = ReadDictionaryFile(path);
  ForEachWordListEntry(data, entry);
}

}  // namespace anonymiser::plugin_text
