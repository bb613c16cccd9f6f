// A private person's occupation in a construction that says what their job
// is: "worked as a taxi driver", "employed as a care assistant", "she is a
// school-teacher by profession", "Occupation: cleaner", "he is a scientific
// research and development manager". With an age and a town it narrows a
// family down to a few. A professional named by role ("the social worker",
// "Dr Smith, the GP") is not in these constructions and stays readable.
#pragma once

#include <cstddef>
#include <string_view>

namespace anonymiser::identifiers {

struct OccupationPhrase {
  std::size_t begin = 0;  // bytes of the text
  std::size_t end = 0;
  const char* rule = "";  // "as-occupation", "by-profession", "occupation-label", "is-a-occupation"
  double score = 0.0;
};

// True when the ASCII word of `n` letters at `pos` is one OccupationAt reads:
// "work(s|ed|ing)", "employed", "employment", "job", "career", "trained",
// "qualified", "practising" (and spellings), "post", "profession",
// "occupation", "trade", "is", "was", "became" (first letter in either case).
// A length and first-letter test for most words.
bool IsOccupationTrigger(std::string_view text, std::size_t pos, std::size_t n);

// The occupation phrase introduced by the trigger word of `n` letters at `pos`:
//  "as-occupation" (0.8): "worked/employed/trained/... as (a|an|the)? X",
//    "job/career/post as X", "the post of X";
//  "by-profession" (0.85): "a X by profession|trade|occupation", "by
//    profession a X";
//  "occupation-label" (0.8): "Occupation: X", "Profession: X", "Job: X";
//  "is-a-occupation" (0.7): "is/was/became a X" when X ends in a job noun
//    ("teacher", "manager", "driver" ...) and the subject is not itself a
//    professional named by role ("the social worker was a ...").
// X is one to six words, lower case (hyphens and "of" inside, "and" when no
// clause follows it), up to punctuation, a line end, a capitalised word or a
// word that ends the phrase ("in", "at", "for", "with", "from", "since" ...);
// the span is X without its article. Idioms ("worked as a team", "work as
// hard as", "as a result") give no phrase. `floor` is the first byte the
// phrase may start at. Returns false when there is no phrase.
bool OccupationAt(std::string_view text, std::size_t pos, std::size_t n, std::size_t floor,
                  OccupationPhrase* out);

}  // namespace anonymiser::identifiers
