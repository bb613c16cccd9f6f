// UTF-8 helpers: validation and conversion between byte and code-point offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace anonymiser::text {

// Returns the byte offset of the first invalid UTF-8 sequence in `s`, or
// std::string_view::npos when `s` is valid UTF-8 (overlongs, surrogates and
// values above U+10FFFF are invalid).
std::size_t FindInvalidUtf8(std::string_view s);

// Converts ascending byte offsets into `s` (each on a character boundary)
// into code-point offsets, in one pass. `byte_offsets` must be sorted.
std::vector<std::size_t> BytesToCodePoints(std::string_view s,
                                           const std::vector<std::size_t>& byte_offsets);

// Number of code points in `s` (valid UTF-8).
std::size_t CodePointCount(std::string_view s);

// Replaces every invalid sequence in `s` with U+FFFD.
std::string ScrubUtf8(std::string_view s);

}  // namespace anonymiser::text
