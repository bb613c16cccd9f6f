// The case folding of dictionary keys (FoldWord()), made fast for the words
// this plugin folds most: every capitalised word of every unit and every
// entry of the word lists at start-up.
#pragma once

#include <string>
#include <string_view>

namespace anonymiser::places {

// Appends to `out` exactly what FoldWord(word) writes: the word in full
// Unicode case folding, with ’ replaced by '. ASCII is lowered 8 bytes at a
// time; letters of two UTF-8 bytes (Latin accents, Greek, Cyrillic ...) come
// from a per-thread table filled from FoldWord() on first use; anything else
// goes through FoldWord() (ICU). `word` must be valid UTF-8 for the table to
// be used (other bytes are left to FoldWord()). Never throws except for
// allocation failure.
void AppendFolded(std::string_view word, std::string& out);

// When `word` is all ASCII, writes its folding (the same bytes lowered) to
// dst[0, word.size()) and returns true. Otherwise returns false, and what it
// wrote to dst is to be ignored. For callers that keep their own buffers:
// std::string::resize() per word cost more than the folding.
bool FoldAscii(std::string_view word, char* dst);

}  // namespace anonymiser::places
