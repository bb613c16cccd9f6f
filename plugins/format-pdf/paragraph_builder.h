// Turns the lines of a page into paragraphs.
#pragma once

#include <string>
#include <vector>

namespace anonymiser::pdf {

class ParagraphBuilder {
 public:
  // Joins `lines` (one page's text lines in reading order, already
  // normalised; an empty string is a blank line) into paragraphs: blank lines
  // separate paragraphs, the lines of a paragraph are joined with one space,
  // and a word hyphenated across a line end ("Bren-" then "nan ...") is joined
  // without the hyphen ("Brennan ..."). Whitespace runs inside a line are
  // collapsed to one space. Returns no empty paragraph.
  static std::vector<std::string> Build(const std::vector<std::string>& lines);

  // Returns `line` with leading and trailing spaces removed and inner runs of
  // spaces collapsed to one.
  static std::string CollapseSpaces(const std::string& line);
};

}  // namespace anonymiser::pdf
