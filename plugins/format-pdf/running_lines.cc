#include "running_lines.h"

#include <algorithm>
#include <map>
#include <utility>

#include "paragraph_builder.h"

namespace anonymiser::pdf {
namespace {

constexpr std::size_t kCandidatesPerEdge = 3;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The line with every run of digits replaced by one '#'.
std::string Key(const std::string& collapsed) {
  std::string key;
  for (std::size_t i = 0; i < collapsed.size(); ++i) {
    if (IsDigit(collapsed[i])) {
      if (i == 0 || !IsDigit(collapsed[i - 1])) key += '#';
    } else {
      key += collapsed[i];
    }
  }
  return key;
}

// Byte ranges of the alternating digit / non-digit runs of `s`.
std::vector<std::pair<std::size_t, std::size_t>> Runs(const std::string& s) {
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  std::size_t start = 0;
  for (std::size_t i = 1; i <= s.size(); ++i) {
    if (i == s.size() || IsDigit(s[i]) != IsDigit(s[i - 1])) {
      runs.emplace_back(start, i);
      start = i;
    }
  }
  return runs;
}

struct Candidate {
  std::size_t page;
  std::size_t line;
  std::string collapsed;
};

// True when the candidates (same key, ascending pages) differ from the first
// in at most one run of digits, the same run in all of them, holding at most
// four digits and increasing from page to page: a page number. Only then may
// one unit stand for all of them, since the differing digits are written
// from each page's own copy without being seen by any detector.
bool VariesOnlyInPageNumber(const std::vector<Candidate>& list) {
  const auto first = Runs(list.front().collapsed);
  std::size_t varying = first.size();  // index of the varying run, none yet
  long previous = -1;
  for (const Candidate& c : list) {
    const auto runs = Runs(c.collapsed);
    if (runs.size() != first.size()) return false;
    for (std::size_t i = 0; i < runs.size(); ++i) {
      const std::string a =
          list.front().collapsed.substr(first[i].first, first[i].second - first[i].first);
      const std::string b = c.collapsed.substr(runs[i].first, runs[i].second - runs[i].first);
      if (a == b || !IsDigit(b[0])) continue;
      if (varying != first.size() && varying != i) return false;
      varying = i;
    }
  }
  if (varying == first.size()) return true;  // all identical
  for (const Candidate& c : list) {
    const auto runs = Runs(c.collapsed);
    const std::string digits =
        c.collapsed.substr(runs[varying].first, runs[varying].second - runs[varying].first);
    if (digits.size() > 4) return false;
    const long value = std::stol(digits);
    if (value <= previous) return false;
    previous = value;
  }
  return true;
}

}  // namespace

RunningLines RunningLineDetector::Detect(const std::vector<std::vector<std::string>>& pages) {
  RunningLines result;
  result.per_page.resize(pages.size());
  if (pages.size() < 2) return result;

  // (top?, key) -> candidates, at most one per page.
  std::map<std::pair<bool, std::string>, std::vector<Candidate>> by_key;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto& lines = pages[p];
    std::vector<std::size_t> non_blank;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (!ParagraphBuilder::CollapseSpaces(lines[i]).empty()) non_blank.push_back(i);
    const std::size_t n = non_blank.size();
    for (int edge = 0; edge < 2; ++edge) {
      const bool top = edge == 0;
      // Top and bottom candidates never meet, and leave at least one body line.
      const std::size_t count = std::min(kCandidatesPerEdge, n == 0 ? 0 : (n - 1) / 2);
      for (std::size_t k = 0; k < count; ++k) {
        std::size_t line = top ? non_blank[k] : non_blank[n - 1 - k];
        std::string collapsed = ParagraphBuilder::CollapseSpaces(lines[line]);
        auto& list = by_key[{top, Key(collapsed)}];
        if (list.empty() || list.back().page != p) list.push_back({p, line, std::move(collapsed)});
      }
    }
  }

  std::vector<std::vector<bool>> taken(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) taken[p].assign(pages[p].size(), false);
  const std::size_t page_count = pages.size();
  auto frequent = [page_count](std::size_t n) { return n >= 2 && n * 2 > page_count; };
  auto add = [&](std::vector<Candidate>& list, bool top) {
    RunningLine running;
    running.text = list.front().collapsed;
    running.top = top;
    const std::size_t index = result.lines.size();
    for (Candidate& c : list) {
      if (taken[c.page][c.line]) continue;  // a short page: the same line at top and bottom
      taken[c.page][c.line] = true;
      running.pages.push_back(c.page);
      result.per_page[c.page].push_back({c.line, index, std::move(c.collapsed)});
    }
    if (!running.pages.empty()) result.lines.push_back(std::move(running));
  };
  for (auto& [key, list] : by_key) {
    if (!frequent(list.size())) continue;
    if (VariesOnlyInPageNumber(list)) {
      add(list, key.first);
      continue;
    }
    // Other digits vary (a reference, a date): only copies identical to the
    // letter are grouped, so every distinct text is read as a unit of its own.
    std::map<std::string, std::vector<Candidate>> exact;
    for (Candidate& c : list) exact[c.collapsed].push_back(std::move(c));
    for (auto& [text, same] : exact)
      if (frequent(same.size())) add(same, key.first);
  }
  for (auto& list : result.per_page)
    std::sort(list.begin(), list.end(),
              [](const RunningLineAt& a, const RunningLineAt& b) { return a.line < b.line; });
  return result;
}

std::size_t RunningLineDetector::MapOffset(const std::string& text, const std::string& instance,
                                           std::size_t offset, bool is_end) {
  if (offset >= text.size()) return instance.size();
  auto from = Runs(text);
  auto to = Runs(instance);
  if (from.size() != to.size()) return std::min(offset, instance.size());
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (offset >= from[i].second) continue;
    const std::size_t within = offset - from[i].first;
    if (!IsDigit(text[from[i].first])) return std::min(to[i].first + within, to[i].second);
    if (within == 0) return to[i].first;
    return is_end ? to[i].second : to[i].first;
  }
  return instance.size();
}

}  // namespace anonymiser::pdf
