#include "text/ordinary_words.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "anonymiser/error.h"

namespace anonymiser::text {

OrdinaryWords OrdinaryWords::Load(const std::filesystem::path& file) {
  OrdinaryWords list;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return list;
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof())
    throw Error(ErrorCode::kConfig, file.string() + ": cannot read the word list");
  list.data_ = std::make_shared<const std::string>(std::move(bytes).str());
  const std::string_view data(*list.data_);
  list.words_.reserve(data.size() / 10);
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    line = line.substr(0, line.find('\t'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (!line.empty()) list.words_.push_back(line);
  }
  if (!std::is_sorted(list.words_.begin(), list.words_.end()))
    std::sort(list.words_.begin(), list.words_.end());
  return list;
}

bool OrdinaryWords::MayBeOrdinary(std::string_view folded) const {
  return words_.empty() || std::binary_search(words_.begin(), words_.end(), folded);
}

}  // namespace anonymiser::text
