#include "verify/leak_scanner.h"

#include <algorithm>

namespace anonymiser::verify {

namespace {

struct Token {
  std::string folded;
  std::size_t begin;
  std::size_t end;  // of the source word
};

}  // namespace

std::vector<Occurrence> LeakScanner::Find(std::string_view text) const {
  std::vector<Token> tokens;
  for (const auto& [b, e] : LeakWords(text)) {
    std::string folded = FoldWord(text.substr(b, e - b));
    const auto parts = LeakWords(folded);
    if (parts.size() == 1 && parts[0].first == 0 && parts[0].second == folded.size()) {
      tokens.push_back({std::move(folded), b, e});
    } else {
      for (const auto& [fb, fe] : parts) tokens.push_back({folded.substr(fb, fe - fb), b, e});
    }
  }
  std::vector<Occurrence> found;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto* candidates = needles_.StartingWith(tokens[i].folded);
    if (!candidates) continue;
    for (std::size_t id : *candidates) {
      const auto& words = needles_.needles()[id].words;
      if (i + words.size() > tokens.size()) continue;
      bool match = true;
      for (std::size_t k = 1; k < words.size() && match; ++k)
        match = tokens[i + k].folded == words[k];
      if (match) found.push_back({id, tokens[i].begin, tokens[i + words.size() - 1].end});
    }
  }
  return found;
}

std::size_t LineNumber(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::string LineLocation(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::size_t line_start = offset == 0 ? 0 : text.rfind('\n', offset - 1);
  const std::size_t column =
      line_start == std::string_view::npos || offset == 0 ? offset + 1 : offset - line_start;
  return "line " + std::to_string(LineNumber(text, offset)) + ", column " + std::to_string(column);
}

}  // namespace anonymiser::verify
