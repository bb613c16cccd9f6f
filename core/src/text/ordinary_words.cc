#include "text/ordinary_words.h"

#include <bit>
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
  list.slots_.assign(std::bit_ceil(list.words_.size() * 2 + 2), 0);
  for (std::size_t i = 0; i < list.words_.size(); ++i) {
    std::uint32_t& slot = list.slots_[list.Slot(list.words_[i])];
    if (slot == 0) slot = static_cast<std::uint32_t>(i + 1);  // a word listed twice: once
  }
  return list;
}

std::size_t OrdinaryWords::Slot(std::string_view word) const {
  std::uint64_t h = 14695981039346656037ull;  // FNV-1a: words are short
  for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = (h ^ (h >> 29)) & mask;
  while (slots_[i] != 0 && words_[slots_[i] - 1] != word) i = (i + 1) & mask;
  return i;
}

bool OrdinaryWords::MayBeOrdinary(std::string_view folded) const {
  return words_.empty() || slots_[Slot(folded)] != 0;
}

}  // namespace anonymiser::text
