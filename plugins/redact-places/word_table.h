// The shared hashed word table (plugins/common), in this plugin's namespace.
#pragma once

#include "plugin_text/word_table.h"

namespace anonymiser::places {
using plugin_text::WordTable;
}  // namespace anonymiser::places
