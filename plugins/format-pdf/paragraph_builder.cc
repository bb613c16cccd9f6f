#include "paragraph_builder.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace anonymiser::pdf {
namespace {

// The code point starting at byte `i` of `s`, or -1.
UChar32 CodePointAt(const std::string& s, std::size_t i) {
  if (i >= s.size()) return -1;
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  return c;
}

// The code point ending just before byte `end` of `s`, or -1.
UChar32 CodePointBefore(const std::string& s, std::size_t end) {
  if (end == 0 || end > s.size()) return -1;
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(end);
  U8_PREV(s.data(), 0, pos, c);
  return c;
}

// If `text` ends with a letter followed by a hyphen (ASCII or U+2010),
// returns the hyphen's length in bytes, else 0.
std::size_t TrailingWordHyphen(const std::string& text) {
  std::size_t len = 0;
  if (!text.empty() && text.back() == '-')
    len = 1;
  else if (text.size() >= 3 && text.compare(text.size() - 3, 3, "\xE2\x80\x90") == 0)
    len = 3;
  if (len == 0) return 0;
  UChar32 before = CodePointBefore(text, text.size() - len);
  return before >= 0 && u_isalpha(before) ? len : 0;
}

}  // namespace

std::string ParagraphBuilder::CollapseSpaces(const std::string& line) {
  std::string out;
  out.reserve(line.size());
  bool pending_space = false;
  for (char c : line) {
    if (c == ' ' || c == '\n' || c == '\f') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> ParagraphBuilder::Build(const std::vector<std::string>& lines) {
  std::vector<std::string> paragraphs;
  std::string current;
  for (const std::string& raw : lines) {
    std::string line = CollapseSpaces(raw);
    if (line.empty()) {
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
      continue;
    }
    if (current.empty()) {
      current = std::move(line);
      continue;
    }
    std::size_t hyphen = TrailingWordHyphen(current);
    UChar32 next = CodePointAt(line, 0);
    if (hyphen != 0 && next >= 0 && u_islower(next)) {
      current.resize(current.size() - hyphen);
    } else {
      current += ' ';
    }
    current += line;
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));
  return paragraphs;
}

}  // namespace anonymiser::pdf
