// A private person's occupation in a construction that says what their job
// is: "worked as a taxi driver", "employed as a care assistant", "she is a
// school-teacher by profession", "Occupation: cleaner", "he is a scientific
// research and development manager". With an age and a town it narrows a
// family down to a few. A professional named by role ("the social worker",
// "Dr Smith, the GP") is not in these constructions and stays readable.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace anonymiser::identifiers {

struct OccupationPhrase {
  std::size_t begin = 0;  // bytes of the text
  std::size_t end = 0;
  const char* rule = "";  // "as-occupation", "by-profession", "occupation-label", "rank",
                          // "is-a-occupation"
  double score = 0.0;
};

// The words that introduce an occupation phrase (first letter in either case).
inline constexpr std::string_view kOccupationTriggers[] = {
    "is",         "was",        "job",        "work",      "post",      "rank",
    "works",      "trade",      "worked",     "career",    "became",    "working",
    "trained",    "employed",   "qualified",  "practised", "practiced", "profession",
    "practising", "practicing", "occupation", "employment"};

// For each first byte (either case), bit n set when a trigger of n letters
// starts with it.
inline constexpr std::array<std::uint16_t, 256> kOccupationTriggerGate = [] {
  std::array<std::uint16_t, 256> gate{};
  for (std::string_view w : kOccupationTriggers) {
    const auto bit = static_cast<std::uint16_t>(1u << w.size());
    gate[static_cast<unsigned char>(w[0])] |= bit;
    gate[static_cast<unsigned char>(w[0] - 'a' + 'A')] |= bit;
  }
  return gate;
}();

// For each length, bit k set when a trigger of that length ends in 'a' + k.
inline constexpr std::array<std::uint32_t, 16> kOccupationTriggerLast = [] {
  std::array<std::uint32_t, 16> last{};
  for (std::string_view w : kOccupationTriggers) last[w.size()] |= 1u << (w.back() - 'a');
  return last;
}();

// True when the ASCII word of `n` letters at `pos` may be one OccupationAt
// reads, judged by its length and first and last letters: "is", "was", "work(s|ed|ing)",
// "employed", "employment", "job", "career", "trained", "qualified",
// "practising" (and spellings), "post", "rank", "profession", "occupation", "trade",
// "became" (first letter in either case, the rest in lower case), and other
// words of those lengths and letters ("wars", "trace"). One table look-up
// for most words of a text.
inline bool MayBeOccupationTrigger(std::string_view text, std::size_t pos, std::size_t n) {
  if (n >= 16 || ((kOccupationTriggerGate[static_cast<unsigned char>(text[pos])] >> n) & 1u) == 0)
    return false;
  const unsigned l = static_cast<unsigned char>(text[pos + n - 1]) - 'a';
  return l < 26 && ((kOccupationTriggerLast[n] >> l) & 1u) != 0;
}

// True when the word of `n` letters at `pos` is one of the trigger words above.
bool IsOccupationTrigger(std::string_view text, std::size_t pos, std::size_t n);

// The occupation phrase introduced by the trigger word of `n` letters at `pos`:
//  "as-occupation" (0.8): "worked/employed/trained/... as (a|an|the)? X",
//    "job/career/post as X", "the post of X";
//  "by-profession" (0.85): "a X by profession|trade|occupation", "by
//    profession a X";
//  "occupation-label" (0.8): "Occupation: X", "Profession: X", "Job: X";
//  "rank" (0.75): "a senior non-commissioned rank", "the rank of Major";
//  "is-a-occupation" (0.7): "is/was/became a X" when X ends in a job noun
//    ("teacher", "manager", "driver" ...) and the subject is not itself a
//    professional named by role ("the social worker was a ...").
// X is one to six words, lower case (hyphens and "of" inside, "and" when no
// clause follows it; capitalised after "as a(n)" when it ends in a job noun:
// "worked as a Teaching Assistant"), up to punctuation, a line end, a capitalised word or a
// word that ends the phrase ("in", "at", "for", "with", "from", "since" ...);
// the span is X without its article. Idioms ("worked as a team", "work as
// hard as", "as a result") give no phrase. `floor` is the first byte the
// phrase may start at. Returns false when the word is not a trigger or
// introduces no phrase.
bool OccupationAt(std::string_view text, std::size_t pos, std::size_t n, std::size_t floor,
                  OccupationPhrase* out);

}  // namespace anonymiser::identifiers
