// The shared hashed word table (plugins/common), in this plugin's namespace.
#pragma once

#include "plugin_text/word_table.h"

namespace anonymiser::names {
using plugin_text::WordTable;
}  // namespace anonymiser::names
