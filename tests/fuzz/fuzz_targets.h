// The fuzz targets: each takes arbitrary bytes and must neither crash, hang,
// leak nor let anything but an anonymiser::Error escape.
//
// Built twice: as libFuzzer executables (clang, -DANONYMISER_FUZZ=ON, see
// scripts/fuzz) through libfuzzer_entry.cc, and into the normal build's
// test_fuzz_regressions, which replays tests/fuzz/regressions/<target>/.
#pragma once

#include <cstddef>
#include <cstdint>

namespace anonymiser::fuzz {

// Writes the bytes to a .txt file and reads it with format-text; when Read
// succeeds, walks every unit and writes the document with some edits.
int FuzzTextReader(const std::uint8_t* data, std::size_t size);

// The same with format-docx and a .docx file.
int FuzzDocxReader(const std::uint8_t* data, std::size_t size);

// The same with format-pdf and a .pdf file (output as text and as PDF).
int FuzzPdfReader(const std::uint8_t* data, std::size_t size);

// Treats valid UTF-8 input as the units of a document (split at form feeds)
// and runs every redaction plugin's Find, then the core's resolve, link,
// complete and render; checks the edits are in range, sorted, disjoint and
// keep the text valid UTF-8. Input that is not UTF-8 is ignored.
int FuzzDetection(const std::uint8_t* data, std::size_t size);

}  // namespace anonymiser::fuzz
