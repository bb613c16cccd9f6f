// Splits a text into the words that keep-list phrases are matched against.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace anonymiser::keep {

struct Token {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  std::uint64_t hash = 0;  // of the lower-case token; apostrophes ' and ’ hash alike
  bool capital = false;    // starts with a capital letter
  bool upper = false;      // two or more letters, none lower case ("NHS", "GP")
  bool digits = false;     // only digits
  bool joined = false;  // only spaces, or only hyphens (at most 3 bytes), since the previous token
  bool hyphen = false;  // joined by a hyphen ("Stoke-on-Trent")
  bool comma = false;   // exactly ", " since the previous token ("Tees, Esk and Wear")
};

// The hash Tokenise gives a token with these bytes (lower-cased ASCII).
std::uint64_t HashToken(std::string_view token);

// The hashes of "and" and "&", which join the same words ("Brighton & Hove",
// "Telford and Wrekin"). Read at run time only, never in a static initialiser.
inline const std::uint64_t kAndHash = HashToken("and");
inline const std::uint64_t kAmpersandHash = HashToken("&");
// The hash of the apostrophe token ("'" and ’ alike).
inline const std::uint64_t kApostropheHash = HashToken("'");

// Tokens of `text`: runs of letters and digits (and UTF-8 letters), and the
// single-character tokens "'" (also for ’) and "&". Everything else separates
// tokens. Appends to `out`, which is cleared first.
void Tokenise(std::string_view text, std::vector<Token>& out);

}  // namespace anonymiser::keep
