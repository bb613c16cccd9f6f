// Splits a unit of text into word, number and punctuation tokens for the
// rules of the redaction plugins, and folds words for dictionary look-ups.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace anonymiser::plugin_text {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct };

// One token: bytes [begin, end) of the text.
struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  // Words: the first letter is upper or title case ("Okafor", "O'Neil", "SMITH").
  bool capitalised = false;
  // Words: two or more letters and none lower case ("SMITH", "NHS").
  bool all_caps = false;
  // Words: followed by 's or ’s, which is not part of the token.
  bool possessive = false;
  // A line break, a tab or three spaces in a row (a table's cell) lie between
  // the previous token and this one, or this is the first.
  bool line_start = false;
  // Whitespace lies between the previous token and this one.
  bool space_before = false;
  // Punctuation: the code point.
  char32_t punct = 0;
};

// Tokenises UTF-8 `text` into `out` (cleared first). A word is a run of
// letters (and combining marks) with inner apostrophes or hyphens followed by
// a letter ("Lily-Mae", "O'Sullivan"); a trailing 's or ’s is left out and
// marks the word possessive. Invalid UTF-8 bytes become punctuation. Never throws
// except for allocation failure; texts over 2 GiB are tokenised up to 2 GiB.
void Tokenise(std::string_view text, std::vector<Token>& out);

// The tokens of `text`, as Tokenise gives them, shared by the plugins of this
// thread: the core runs the redaction plugins one after another on each
// unit, so the first plugin to ask tokenises the unit and the next ones get
// the same tokens for the cost of comparing the text. (This library is
// shared, not linked into each plugin, so that they share this memo.) Valid
// until this thread's next call.
std::span<const Token> UnitTokens(std::string_view text);

// Writes into `out` the case-folded form of `word` used as a dictionary key:
// lower case (full Unicode case folding) with ’ replaced by '. `word` must not
// view `out`'s own bytes. Fast for ASCII and two-byte UTF-8 letters; ICU folds
// the rest.
void FoldWord(std::string_view word, std::string& out);

}  // namespace anonymiser::plugin_text
