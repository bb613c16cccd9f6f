// The shared per-thread word facts cache (plugins/common), in this plugin's
// namespace.
#pragma once

#include "plugin_text/word_facts_cache.h"

namespace anonymiser::places {
using plugin_text::WordFactsCache;
}  // namespace anonymiser::places
