// The tokeniser and word folding of plugins/common before they were shaped for
// speed: the oracle of plugin_text_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "plugin_text/word_tokens.h"

namespace anonymiser::plugin_text::reference {

// What plugin_text::Tokenise promises, one code point at a time.
void Tokenise(std::string_view text, std::vector<Token>& out);

// What plugin_text::FoldWord promises, by ICU for every non-ASCII word.
void FoldWord(std::string_view word, std::string& out);

}  // namespace anonymiser::plugin_text::reference
