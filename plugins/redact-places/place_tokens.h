// The shared word tokeniser (plugins/common), in this plugin's namespace.
#pragma once

#include "plugin_text/word_tokens.h"

namespace anonymiser::places {
using plugin_text::FoldWord;
using plugin_text::Token;
using plugin_text::Tokenise;
using plugin_text::TokenKind;
}  // namespace anonymiser::places
