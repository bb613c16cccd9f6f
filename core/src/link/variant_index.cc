#include "link/variant_index.h"

#include <algorithm>
#include <bit>

#include "link/linker.h"
#include "link/person_name.h"
#include "text/fold.h"
#include "text/words.h"

namespace anonymiser {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

// FNV-1a of a folded word.
std::uint64_t HashWord(std::string_view folded) {
  std::uint64_t h = kFnvOffset;
  for (char c : folded) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h;
}

// FNV-1a of an ASCII word lowered as it is read, which equals HashWord of its
// folded form, computed without building that form. False (and `h`
// unspecified) if the word is not ASCII.
bool HashAsciiWord(std::string_view w, std::uint64_t& h) {
  h = kFnvOffset;
  for (char c : w) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) return false;
    h = (h ^ ((b >= 'A' && b <= 'Z') ? b - 'A' + 'a' : b)) * kFnvPrime;
  }
  return true;
}

// Folds one word into `out` (reusing its buffer), quickly when it is ASCII.
void FoldWord(std::string_view w, std::string& out) {
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80) {
      out = text::FoldForMatch(w);
      return;
    }
  out.assign(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// The words of a text from the current one on, scanned and folded only as far
// as a match needs them. Shaped for speed: Find reads every word of every
// unit and most words start no variant, so nothing is split into a vector or
// folded up front, and the buffers are reused from word to word.
class WordStream {
 public:
  explicit WordStream(std::string_view text) : text_(text) {}

  // The word `k` places after the current one (0: the current one), or
  // nullptr when the text has fewer words.
  const text::WordSpan* Peek(std::size_t k) {
    while (count_ - head_ <= k) {
      auto w = text::NextWord(text_, scan_from_);
      if (!w) return nullptr;
      scan_from_ = w->end;
      if (count_ == spans_.size()) {
        spans_.emplace_back();
        folded_.emplace_back();
        has_folded_.push_back(false);
      }
      spans_[count_] = *w;
      has_folded_[count_] = false;
      ++count_;
    }
    return &spans_[head_ + k];
  }

  // The text of word `k` without a trailing possessive. Peek(k) must have
  // returned a word.
  std::string_view Stripped(std::size_t k) const {
    const text::WordSpan& w = spans_[head_ + k];
    return text::StripPossessive(text_.substr(w.begin, w.end - w.begin));
  }

  // Word `k` folded, possessive stripped. Peek(k) must have returned a word.
  const std::string& Folded(std::size_t k) {
    const std::size_t at = head_ + k;
    if (!has_folded_[at]) {
      FoldWord(Stripped(k), folded_[at]);
      has_folded_[at] = true;
    }
    return folded_[at];
  }

  // Moves `n` words on (n >= 1); Peek(n - 1) must have returned a word.
  void Advance(std::size_t n) {
    previous_ = spans_[head_ + n - 1];
    has_previous_ = true;
    head_ += n;
    if (head_ == count_) head_ = count_ = 0;  // all read: reuse the buffers from the start
  }

  // The word before the current one, if any.
  const text::WordSpan* Previous() const { return has_previous_ ? &previous_ : nullptr; }

 private:
  std::string_view text_;
  std::size_t scan_from_ = 0;
  // Words [head_, count_) of the buffers are the current word and those read after it.
  std::vector<text::WordSpan> spans_;
  std::vector<std::string> folded_;
  std::vector<bool> has_folded_;
  std::size_t head_ = 0;
  std::size_t count_ = 0;
  text::WordSpan previous_{0, 0};
  bool has_previous_ = false;
};

}  // namespace

VariantIndex::VariantIndex(const CaseState& state) {
  std::vector<std::string_view> words;  // reused for every variant
  for (const auto& e : state.entities) {
    for (const auto& v : e.variants) {
      // Variants are folded phrases; index them by the words SplitWords would produce.
      words.clear();
      const std::string_view phrase(v);
      std::size_t pos = 0;
      while (auto w = text::NextWord(phrase, pos)) {
        words.push_back(phrase.substr(w->begin, w->end - w->begin));
        pos = w->end;
      }
      if (words.empty()) continue;
      if (words.size() == 1 && (words[0].size() < 3 || IsPersonalTitle(words[0]))) continue;
      Add(words, e);
    }
  }
  // Longest phrases first, so the first match at a word is the longest.
  for (auto& [k, bucket] : by_first_word_)
    if (bucket.size() > 1)
      std::stable_sort(bucket.begin(), bucket.end(), [](const Phrase& a, const Phrase& b) {
        return a.words.size() > b.words.size();
      });
  // About 32 bits a first word: few words of a text pass the test needlessly.
  const std::size_t bits =
      std::bit_ceil(std::max<std::size_t>(64 * 64, by_first_word_.size() * 32));
  first_words_.assign(bits / 64, 0);
  word_mask_ = bits / 64 - 1;
  for (const auto& [first, bucket] : by_first_word_) {
    const std::uint64_t h = HashWord(first);
    first_words_[(h >> 6) & word_mask_] |= std::uint64_t{1} << (h & 63);
  }
}

void VariantIndex::Add(const std::vector<std::string_view>& words, const Entity& entity) {
  auto& bucket = by_first_word_[std::string(words[0])];
  auto same_words = [&](const Phrase& p) {
    return std::equal(p.words.begin(), p.words.end(), words.begin(), words.end());
  };
  auto phrase = std::find_if(bucket.begin(), bucket.end(), same_words);
  if (phrase == bucket.end()) {
    phrase = bucket.insert(bucket.end(), Phrase{{words.begin(), words.end()}, {}});
  } else if (std::any_of(phrase->variants.begin(), phrase->variants.end(),
                         [&](const Variant& x) { return x.entity == entity.id; })) {
    return;  // the same spelling twice for one entity
  }
  phrase->variants.push_back({entity.id, entity.type, entity.known});
}

void VariantIndex::Find(const std::string& text, const std::vector<Mention>& taken,
                        std::vector<Mention>& out, bool any_case) const {
  if (by_first_word_.empty()) return;
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
  // first words' is passed over without folding it or looking it up.
  WordStream words(text);
  auto may_start = [&]() {
    std::uint64_t h;
    if (!HashAsciiWord(words.Stripped(0), h)) h = HashWord(words.Folded(0));
    return MayStartVariant(h);
  };
  std::string title;  // reused
  while (const text::WordSpan* current = words.Peek(0)) {
    const text::WordSpan first = *current;  // by value: Peek may move the buffers
    if (!may_start()) {
      words.Advance(1);
      continue;
    }
    auto it = by_first_word_.find(words.Folded(0));
    std::size_t matched = 0;  // words of the variant found here
    int title_before = -1;    // unknown yet
    if (it != by_first_word_.end()) {
      for (const Phrase& p : it->second) {
        const std::size_t n = p.words.size();
        if (words.Peek(n - 1) == nullptr) continue;  // fewer words left than the phrase has
        bool ok = true;
        for (std::size_t k = 1; k < n && ok; ++k)
          ok = words.Folded(k) == p.words[k] &&
               only_space_between(words.Peek(k - 1)->end, words.Peek(k)->begin);
        if (!ok) continue;
        std::size_t b = first.begin;
        const text::WordSpan last = *words.Peek(n - 1);
        // The possessive stays outside the span.
        const std::size_t e = last.begin + words.Stripped(n - 1).size();
        // Text already taken stays taken, whichever variant fits here (many
        // entities of a large case share a first name: test this first).
        if (overlaps_taken(b, e)) continue;
        for (const Variant& v : p.variants) {
          if (n == 1 && !v.any_case && !any_case && !text::StartsUpper(text, first.begin)) continue;
          // Include a title right before a person's name ("Ms Okafor"), one
          // that is not taken itself.
          const text::WordSpan* prev = words.Previous();
          if (v.type == "PERSON" && prev != nullptr && only_space_between(prev->end, first.begin)) {
            if (title_before < 0) {
              FoldWord(text::StripPossessive(
                           std::string_view(text).substr(prev->begin, prev->end - prev->begin)),
                       title);
              std::erase(title, '.');
              title_before = IsPersonalTitle(title) && !overlaps_taken(prev->begin, prev->end);
            }
            if (title_before == 1) b = prev->begin;
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
          matched = n;
          break;
        }
        if (matched) break;
      }
    }
    words.Advance(matched ? matched : 1);
  }
}

}  // namespace anonymiser
