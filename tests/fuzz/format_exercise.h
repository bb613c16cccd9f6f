// What every format-reader fuzz target does with its plugin.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/format_plugin.h"

namespace anonymiser::fuzz {

// Edits like the core's: each capitalised ASCII word of a unit (at most 64 a
// unit) becomes "Person A". Sorted by (unit, begin), disjoint, on character
// boundaries.
EditList WordEdits(const std::vector<TextUnit>& units);

// Writes the bytes to ScratchDir()/`file_name`, sniffs and reads it with
// `plugin`; when Read succeeds, checks every unit is valid UTF-8 (aborts if
// not), then writes the document with WordEdits() to a scratch output. An
// anonymiser::Error from Read or Write is an expected refusal (aborts when
// Read's message does not start with the file's path); any other exception
// escapes, which libFuzzer reports as a crash. Returns true when Read succeeded.
bool ExerciseFormat(const FormatPlugin& plugin, const char* file_name, const std::uint8_t* data,
                    std::size_t size);

}  // namespace anonymiser::fuzz
