// Recognising and converting the encodings of plain-text files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace anonymiser::format_text {

enum class EncodingKind {
  kUtf8,        // UTF-8, with or without a byte order mark
  kUtf16LE,     // UTF-16 little-endian with a byte order mark
  kUtf16BE,     // UTF-16 big-endian with a byte order mark
  kSingleByte,  // a legacy single-byte code page (windows-1252, ISO-8859-x ...)
};

struct Encoding {
  EncodingKind kind = EncodingKind::kUtf8;
  std::string name;       // "UTF-8", "UTF-16LE", "windows-1252" ...
  std::size_t bom = 0;    // bytes of byte order mark at the start
};

// Recognises the encoding of `bytes`. Throws Error(kInput) naming `file` for
// an empty file, a binary file, invalid UTF-8 or UTF-16, or a file whose
// encoding cannot be recognised.
Encoding DetectEncoding(std::string_view bytes, const std::string& file);

// Decodes bytes [begin, end) of `bytes` (whole characters) to UTF-8.
// Throws Error(kInput) naming `file` on invalid data.
std::string DecodeToUtf8(std::string_view bytes, const Encoding& enc, const std::string& file);

// Encodes UTF-8 `text` in `enc` (characters the code page lacks become '?').
std::string EncodeFromUtf8(std::string_view text, const Encoding& enc);

// The number of source bytes the UTF-8 `text` occupied in `enc`.
std::size_t SourceLength(std::string_view text, const Encoding& enc);

}  // namespace anonymiser::format_text
