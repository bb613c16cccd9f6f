// A person's religion and language, two facts a review often records about a
// family ("a Muslim family", "his Christian upbringing", "Mother's first
// language is Tigrinya", "could not speak French", "a Polish interpreter").
// With a town and an age they narrow a family down to a few households.
// Faith bodies and churches as agencies ("the Catholic Church", "the Muslim
// Council of Britain") and English, the language of the report itself, stay
// readable.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace anonymiser::identifiers {

struct FaithLanguagePhrase {
  std::size_t begin = 0;  // bytes of the text
  std::size_t end = 0;
  const char* type = "";  // "RELIGION" or "LANGUAGE"
  const char* rule = "";  // "religion-word", "religion-context"; "language-context"
  double score = 0.0;
};

// For each capital letter and length n (below 16), bit k set when a religion
// or language word of n ASCII letters starts with that capital and ends with
// 'a' + k. Built from the lists in faith_language.cc.
extern const std::array<std::array<std::uint32_t, 16>, 26> kFaithLanguageGate;

// False when the capitalised ASCII word of `n` letters at `pos` is surely
// neither a religion nor a language word, judged by its first and last
// letters and length: one table look-up ("The" and most names fail it).
inline bool MayBeFaithOrLanguage(std::string_view text, std::size_t pos, std::size_t n) {
  const unsigned first = static_cast<unsigned char>(text[pos]) - 'A';
  const unsigned last = static_cast<unsigned char>(text[pos + n - 1]) - 'a';
  return first < 26 && n < 16 && last < 26 && ((kFaithLanguageGate[first][n] >> last) & 1u) != 0;
}

// The religion or language phrase around the capitalised word of `n` letters
// at `pos`:
//  RELIGION "religion-word" (0.8): a faith or denomination word, capitalised
//    ("Muslim", "Catholics", "Sikh", "Islam", "Jehovah's Witnesses"),
//    joined with a neighbour ("Roman Catholic", "Sunni Muslim", "Orthodox
//    Jewish"); not when a capitalised word follows that makes it the name of
//    a body ("Catholic Church", "Jewish Care");
//  RELIGION "religion-context" (0.75): "Christian", also a given name, only
//    after an article or a word of practice ("a Christian", "devout
//    Christian") or before a noun of faith or family ("Christian upbringing");
//  LANGUAGE "language-context" (0.8): a language name where the text says it
//    is one: "speak(s)/spoke/speaking (fluent|only|little ...) L",
//    "understand L", "fluent in L", "translated into L", "L-speaking",
//    "L speaker", "L interpreter", "interpreter in/for L", "L language",
//    "(first|native|home ...) language (is|was)? L", "L is her first
//    language"; a list joined by "and"/"or"/"," after such a cue is taken
//    whole ("spoke Urdu and Punjabi"). Never "English".
// `floor` is the first byte the phrase may start at. Returns false when the
// word is neither, or its context says it is not one here.
bool FaithOrLanguageAt(std::string_view text, std::size_t pos, std::size_t n, std::size_t floor,
                       FaithLanguagePhrase* out);

}  // namespace anonymiser::identifiers
