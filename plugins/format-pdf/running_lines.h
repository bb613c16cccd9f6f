// Running headers and footers: lines repeated near the top or bottom of most
// pages, differing at most in their digits ("Serious Case Review: Child M / 11").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace anonymiser::pdf {

// One running line found on several pages.
struct RunningLine {
  std::string text;                // its first occurrence, spaces collapsed
  bool top = true;                 // a header (near the top) or a footer (near the bottom)
  std::vector<std::size_t> pages;  // the pages (0-based) it occurs on, ascending
};

// Where a running line occurs on one page.
struct RunningLineAt {
  std::size_t line = 0;     // index into that page's lines
  std::size_t running = 0;  // index into RunningLines::lines
  std::string instance;     // the line on this page, spaces collapsed
};

struct RunningLines {
  std::vector<RunningLine> lines;
  std::vector<std::vector<RunningLineAt>> per_page;  // one list per page, by line index
};

class RunningLineDetector {
 public:
  // Finds running lines in `pages` (each page's text lines, in reading order;
  // empty strings are blank lines). A line is running when, with its digits
  // ignored, it is among the first (or last) three non-blank lines of at
  // least two pages and of more than half of all pages. Copies may differ in
  // one run of at most four digits that increases from page to page (a page
  // number); when other digits differ, only identical copies are grouped. On a page of n
  // non-blank lines only the first and last min(3, (n - 1) / 2) are candidates,
  // so a page always keeps a body line.
  static RunningLines Detect(const std::vector<std::vector<std::string>>& pages);

  // Maps byte `offset` of `text` to the corresponding byte of `instance`,
  // where the two differ only in runs of ASCII digits (as for two occurrences
  // of one running line). An offset inside a digit run maps to the start of
  // the instance's run, or to its end when `is_end` is true. Offsets past the
  // end map to the instance's end; if the two are not such a pair, offsets
  // are clamped to the instance's size.
  static std::size_t MapOffset(const std::string& text, const std::string& instance,
                               std::size_t offset, bool is_end);
};

}  // namespace anonymiser::pdf
