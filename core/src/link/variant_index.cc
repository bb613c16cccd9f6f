#include "link/variant_index.h"

#include <algorithm>
#include <cctype>

#include "link/linker.h"
#include "link/person_name.h"
#include "text/fold.h"
#include "text/words.h"

namespace anonymiser {

namespace {

std::vector<std::string> SplitSpaces(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    const std::size_t b = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// FNV-1a of a folded word; `lower` lowers ASCII capitals on the way, so that
// an ASCII word can be hashed as written without building its folded copy.
std::uint64_t HashWord(std::string_view w, bool lower) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : w) {
    if (lower && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  return h;
}

bool IsAscii(std::string_view w) {
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Folds one word quickly when it is ASCII.
std::string FoldWord(std::string_view w) {
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80) return text::FoldForMatch(w);
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

VariantIndex::VariantIndex(const CaseState& state) {
  for (const auto& e : state.entities) {
    for (const auto& v : e.variants) {
      // Variants are folded phrases; index them by the words SplitWords would produce.
      std::vector<std::string> words;
      for (const auto& piece : SplitSpaces(v)) {
        for (const auto& w : text::SplitWords(piece))
          words.push_back(piece.substr(w.begin, w.end - w.begin));
      }
      if (words.empty()) continue;
      if (words.size() == 1 && words[0].size() < 3) continue;
      if (words.size() == 1 && IsPersonalTitle(words[0])) continue;
      auto& bucket = by_first_word_[words[0]];
      bool dup = std::any_of(bucket.begin(), bucket.end(), [&](const Variant& x) {
        return x.words == words && x.entity == e.id;
      });
      if (!dup) {
        first_words_.set(HashWord(words[0], false) % first_words_.size());
        bucket.push_back({words, e.id, e.type, e.known});
      }
    }
  }
  // Longest variants first, so the first match at a word is the longest.
  for (auto& [k, bucket] : by_first_word_)
    std::stable_sort(bucket.begin(), bucket.end(), [](const Variant& a, const Variant& b) {
      return a.words.size() > b.words.size();
    });
}

void VariantIndex::Find(const std::string& text, const std::vector<Mention>& taken,
                        std::vector<Mention>& out, bool any_case) const {
  if (by_first_word_.empty()) return;
  const auto words = text::SplitWords(text);
  std::vector<std::string> folded(words.size());
  std::vector<bool> done(words.size(), false);
  auto fold_at = [&](std::size_t i) -> const std::string& {
    if (!done[i]) {
      std::string_view w(text.data() + words[i].begin, words[i].end - words[i].begin);
      folded[i] = FoldWord(text::StripPossessive(w));
      done[i] = true;
    }
    return folded[i];
  };
  auto overlaps_taken = [&](std::size_t b, std::size_t e) {
    auto it = std::lower_bound(taken.begin(), taken.end(), b,
                               [](const Mention& m, std::size_t pos) { return m.end <= pos; });
    return it != taken.end() && it->begin < e;
  };
  auto only_space_between = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) {
      char c = text[k];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '.') return false;
    }
    return true;
  };

  // Most words start no variant: a word whose folded hash is not among the
  // first words' is passed over without folding it.
  auto may_start = [&](std::size_t i) {
    std::string_view w(text.data() + words[i].begin, words[i].end - words[i].begin);
    w = text::StripPossessive(w);
    const std::uint64_t h = IsAscii(w) ? HashWord(w, true) : HashWord(fold_at(i), false);
    return first_words_.test(h % first_words_.size());
  };

  std::size_t title_at = static_cast<std::size_t>(-1);  // the word title_before is for
  bool title_before = false;
  std::size_t i = 0;
  while (i < words.size()) {
    if (!may_start(i)) {
      ++i;
      continue;
    }
    auto it = by_first_word_.find(fold_at(i));
    bool matched = false;
    if (it != by_first_word_.end()) {
      for (const auto& v : it->second) {
        const std::size_t n = v.words.size();
        if (i + n > words.size()) continue;
        bool ok = true;
        for (std::size_t k = 1; k < n && ok; ++k)
          ok = fold_at(i + k) == v.words[k] &&
               only_space_between(words[i + k - 1].end, words[i + k].begin);
        if (!ok) continue;
        if (n == 1 && !v.any_case && !any_case && !text::StartsUpper(text, words[i].begin))
          continue;
        std::size_t b = words[i].begin;
        std::size_t e = words[i + n - 1].end;
        // The possessive stays outside the span.
        std::string_view last(text.data() + words[i + n - 1].begin,
                              words[i + n - 1].end - words[i + n - 1].begin);
        e -= last.size() - text::StripPossessive(last).size();
        // Text already taken stays taken, whichever variant fits here (many
        // entities of a large case share a first name: test this first).
        if (overlaps_taken(b, e)) continue;
        // Include a title right before a person's name ("Ms Okafor"), one
        // that is not taken itself.
        if (v.type == "PERSON" && i > 0 && only_space_between(words[i - 1].end, words[i].begin)) {
          if (title_at != i) {
            std::string t = fold_at(i - 1);
            std::erase(t, '.');
            title_at = i;
            title_before =
                IsPersonalTitle(t) && !overlaps_taken(words[i - 1].begin, words[i - 1].end);
          }
          if (title_before) b = words[i - 1].begin;
        }
        Mention m;
        m.begin = b;
        m.end = e;
        m.type = v.type;
        m.rule = "case-variant";
        m.plugin = "core";
        m.score = 1.0;
        m.attributes[kEntityAttribute] = std::to_string(v.entity);
        out.push_back(std::move(m));
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) ++i;
  }
}

}  // namespace anonymiser
