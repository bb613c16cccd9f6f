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

}  // namespace anonymiser::places
