// The shared dictionary file reader (plugins/common), in this plugin's namespace.
#pragma once

#include "plugin_text/word_list_reader.h"

namespace anonymiser::names {
using plugin_text::ReadWordList;
}  // namespace anonymiser::names
