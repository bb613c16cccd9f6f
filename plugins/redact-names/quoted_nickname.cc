#include "quoted_nickname.h"

#include "plugin_text/ascii.h"

namespace anonymiser::names {
namespace {

using plugin_text::IsAlpha;
using plugin_text::IsUpper;

// The length of the quote mark at `at` (", ', “, ”, ‘, ’), or 0.
std::size_t QuoteAt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == '"' || text[at] == '\'') return 1;
  if (text.substr(at, 2) == "\xE2\x80" && at + 2 < text.size()) {
    const auto c = static_cast<unsigned char>(text[at + 2]);
    if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D) return 3;
  }
  return 0;
}

}  // namespace

void FindQuotedNicknames(std::string_view text, std::span<const Mention> names,
                         std::vector<Mention>& out) {
  for (const Mention& name : names) {
    if (name.type != "PERSON") continue;
    std::size_t p = name.end;
    if (p >= text.size() || text[p] != ' ') continue;
    const std::size_t open = QuoteAt(text, ++p);
    if (open == 0) continue;
    const std::size_t begin = p + open;
    // One capitalised word of letters (ASCII or not), hyphens and apostrophes inside.
    if (begin >= text.size() || !IsUpper(text[begin])) continue;
    std::size_t end = begin + 1;
    while (
        end < text.size() &&
        (IsAlpha(text[end]) || static_cast<unsigned char>(text[end]) >= 0x80 || text[end] == '-') &&
        QuoteAt(text, end) == 0)
      ++end;
    if (end - begin > 30) continue;
    const std::size_t close = QuoteAt(text, end);
    if (close == 0) continue;
    const std::size_t after = end + close;
    if (after + 1 >= text.size() || text[after] != ' ' || !IsUpper(text[after + 1])) continue;
    Mention m;
    m.begin = begin;
    m.end = end;
    m.type = "PERSON";
    m.rule = "quoted-nickname";
    m.score = 0.85;
    out.push_back(std::move(m));
  }
}

}  // namespace anonymiser::names
