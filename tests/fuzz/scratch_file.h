// A per-process scratch folder for fuzz targets: the input bytes are written
// to a file there (format plugins read paths, not buffers) and outputs go
// beside it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace anonymiser::fuzz {

// Returns a folder private to this process, created on first use and removed
// with its contents when the process exits normally.
const std::filesystem::path& ScratchDir();

// Writes `size` bytes to ScratchDir()/`name`, replacing it, and returns its
// path. Aborts when the file cannot be written (the harness is broken then,
// not the code under test).
std::filesystem::path WriteScratchFile(const char* name, const std::uint8_t* data,
                                       std::size_t size);

}  // namespace anonymiser::fuzz
