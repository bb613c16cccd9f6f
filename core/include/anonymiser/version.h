// Versions of the tool and of the plugin ABI.
#pragma once

#include <cstdint>

namespace anonymiser {

// The plugin ABI version. A plugin reports the value it was compiled against
// and the core refuses any plugin whose value differs. Bump it whenever a
// header in include/anonymiser/ changes in a way that alters layout or
// virtual tables.
#ifndef ANONYMISER_API_VERSION
#define ANONYMISER_API_VERSION 2
#endif
inline constexpr std::uint32_t kApiVersion = ANONYMISER_API_VERSION;

// The version of the tool itself (core and bundled plugins).
inline constexpr const char* kToolVersion = "0.1.0";

}  // namespace anonymiser
