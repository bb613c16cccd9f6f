#include "verify/leak_needles.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <set>

#include "text/fold.h"
#include "text/utf8.h"

namespace anonymiser::verify {

namespace {

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> LeakWords(std::string_view s) {
  std::vector<std::pair<std::size_t, std::size_t>> words;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  std::size_t start = std::string_view::npos;
  while (i < n) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && IsWordChar(c)) {
      if (start == std::string_view::npos) start = static_cast<std::size_t>(at);
    } else if (start != std::string_view::npos) {
      words.emplace_back(start, static_cast<std::size_t>(at));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) words.emplace_back(start, s.size());
  return words;
}

std::string FoldWord(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (!ascii) return text::FoldForMatch(word);
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

NeedleSet::NeedleSet(const CaseState& state) {
  for (const auto& e : state.entities) {
    std::set<std::string> spellings(e.variants.begin(), e.variants.end());
    if (!e.original.empty()) spellings.insert(e.original);
    for (const auto& s : spellings) Add(s, e);
  }
}

void NeedleSet::Add(const std::string& spelling, const Entity& entity) {
  const std::string clean = text::ScrubUtf8(spelling);
  Needle n;
  for (const auto& [b, e] : LeakWords(clean)) {
    // Folding may itself split a word ("ǅ" -> "dž" is one word; "½" -> "1⁄2" two).
    const std::string folded = FoldWord(std::string_view(clean).substr(b, e - b));
    for (const auto& [fb, fe] : LeakWords(folded)) n.words.push_back(folded.substr(fb, fe - fb));
  }
  if (n.words.empty()) return;
  if (n.words.size() == 1 && text::CodePointCount(n.words[0]) < 3) return;
  for (const auto& w : n.words) n.spelling += (n.spelling.empty() ? "" : " ") + w;
  for (std::size_t i : by_first_word_[n.words[0]])
    if (needles_[i].spelling == n.spelling && needles_[i].pseudonym == entity.pseudonym) return;
  n.pseudonym = entity.pseudonym;
  n.type = entity.type;
  n.original = entity.original;
  by_first_word_[n.words[0]].push_back(needles_.size());
  needles_.push_back(std::move(n));
}

const std::vector<std::size_t>* NeedleSet::StartingWith(const std::string& folded_word) const {
  auto it = by_first_word_.find(folded_word);
  return it == by_first_word_.end() ? nullptr : &it->second;
}

}  // namespace anonymiser::verify
