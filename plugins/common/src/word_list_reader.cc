#include "plugin_text/word_list_reader.h"

#include <fstream>
#include <iterator>
#include <string>

#include "anonymiser/error.h"

namespace anonymiser::plugin_text {

void ReadWordList(const std::filesystem::path& path,
                  const std::function<void(std::string_view, std::string_view)>& entry) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorCode::kConfig,
                path.string() + ": missing dictionary");
  }
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(ErrorCode::kConfig, path.string() + ": cannot read dictionary");
  std::string_view rest(data);
  while (!rest.empty()) {
    std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      entry(line, std::string_view());
    } else {
      std::string_view second = line.substr(tab + 1);
      std::size_t tab2 = second.find('\t');
      if (tab2 != std::string_view::npos) second = second.substr(0, tab2);
      entry(line.substr(0, tab), second);
    }
  }
}

}  // namespace anonymiser::plugin_text
