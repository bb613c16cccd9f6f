#include "text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "anonymiser/error.h"

namespace anonymiser::format_text {

namespace {

[[noreturn]] void Fail(const std::string& file, const std::string& why) {
  throw Error(ErrorCode::kInput, file + ": " + why);
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// The 8 bytes of `s` from `i` as one word (s.size() >= i + 8).
std::uint64_t WordAt(std::string_view s, std::size_t i) {
  std::uint64_t w;
  std::memcpy(&w, s.data() + i, 8);
  return w;
}

// True if every byte of `w` is printable ASCII (0x20 to 0x7F): no control
// character, no NUL, no part of a multi-byte sequence. Most text is.
bool PrintableAscii(std::uint64_t w) {
  const std::uint64_t below_space = (w - 0x2020202020202020ull) & ~w & kHighBits;
  return (below_space | (w & kHighBits)) == 0;
}

// Returns the offset of the first invalid UTF-8 sequence, or npos; counts
// valid multi-byte sequences seen before it.
std::size_t CheckUtf8(std::string_view s, std::size_t& multibyte) {
  multibyte = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (i + 8 <= n && (WordAt(s, static_cast<std::size_t>(i)) & kHighBits) == 0) {
      i += 8;  // eight ASCII bytes at once
      continue;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<std::size_t>(start);
    ++multibyte;
  }
  return std::string_view::npos;
}

std::size_t LineOf(std::string_view s, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i)
    if (s[i] == '\n') ++line;
  return line;
}

bool IsSingleByteCharset(const std::string& name) {
  return name.rfind("ISO-8859-", 0) == 0 || name.rfind("windows-125", 0) == 0 || name == "KOI8-R" ||
         name == "IBM420_ltr" || name == "IBM420_rtl" || name == "IBM424_ltr" ||
         name == "IBM424_rtl";
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter OpenConverter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter c(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return c;
}

}  // namespace

Encoding DetectEncoding(std::string_view bytes, const std::string& file) {
  if (bytes.empty()) Fail(file, "empty file: there is nothing to anonymise");
  Encoding enc;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    enc = {EncodingKind::kUtf8, "UTF-8", 3};
  } else if (bytes.size() >= 4 && (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
                                   bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))) {
    throw Error(ErrorCode::kUnsupported, file + ": UTF-32 text is not supported; save as UTF-8");
  } else if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") {
    enc = {EncodingKind::kUtf16LE, "UTF-16LE", 2};
  } else if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") {
    enc = {EncodingKind::kUtf16BE, "UTF-16BE", 2};
  }
  if (enc.kind == EncodingKind::kUtf16LE || enc.kind == EncodingKind::kUtf16BE) {
    if ((bytes.size() - enc.bom) % 2 != 0)
      Fail(file, "invalid UTF-16: odd number of bytes (truncated file?)");
    DecodeToUtf8(bytes, enc, file);  // validates surrogates
    return enc;
  }
  const std::string_view body = bytes.substr(enc.bom);
  if (body.empty()) Fail(file, "empty file: there is nothing to anonymise");
  // Binary data: NUL bytes or many control characters.
  std::size_t controls = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    while (i + 8 <= body.size() && PrintableAscii(WordAt(body, i))) i += 8;
    if (i == body.size()) break;
    const auto c = static_cast<unsigned char>(body[i]);
    if (c == 0)
      Fail(file, "binary file, not text (NUL byte at offset " + std::to_string(i + enc.bom) +
                     "; UTF-16 text needs a byte order mark)");
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A)
      ++controls;
  }
  if (controls * 100 > body.size() + 100)
    Fail(file, "binary file, not text (" + std::to_string(controls) + " control characters)");
  std::size_t multibyte = 0;
  const std::size_t bad = CheckUtf8(body, multibyte);
  if (bad == std::string_view::npos) {
    enc.kind = EncodingKind::kUtf8;
    enc.name = "UTF-8";
    return enc;
  }
  if (enc.bom != 0 || multibyte > 0)
    Fail(file, "invalid UTF-8 at byte " + std::to_string(bad + enc.bom) + " (line " +
                   std::to_string(LineOf(bytes, bad + enc.bom)) +
                   "); the file mixes encodings or is damaged");
  // No valid multi-byte sequence at all: a legacy single-byte code page.
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  std::string chosen;
  if (U_SUCCESS(status)) {
    const auto len = static_cast<int32_t>(std::min<std::size_t>(body.size(), 1 << 20));
    ucsdet_setText(det, body.data(), len, &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
      const char* name = ucsdet_getName(matches[i], &status);
      if (name && IsSingleByteCharset(name)) {
        chosen = name;
        break;
      }
    }
    ucsdet_close(det);
  }
  if (chosen.empty() || chosen == "ISO-8859-1") chosen = "windows-1252";  // a superset in practice
  enc.kind = EncodingKind::kSingleByte;
  enc.name = chosen;
  if (!OpenConverter(enc.name)) Fail(file, "unrecognised text encoding");
  return enc;
}

std::string DecodeToUtf8(std::string_view bytes, const Encoding& enc, const std::string& file) {
  switch (enc.kind) {
    case EncodingKind::kUtf8:
      return std::string(bytes);
    case EncodingKind::kUtf16LE:
    case EncodingKind::kUtf16BE: {
      const bool le = enc.kind == EncodingKind::kUtf16LE;
      std::string out;
      out.reserve(bytes.size());
      const std::size_t n = bytes.size() / 2;
      auto unit = [&](std::size_t k) -> uint16_t {
        const auto a = static_cast<unsigned char>(bytes[2 * k]);
        const auto b = static_cast<unsigned char>(bytes[2 * k + 1]);
        return le ? static_cast<uint16_t>(a | (b << 8)) : static_cast<uint16_t>((a << 8) | b);
      };
      for (std::size_t k = 0; k < n; ++k) {
        UChar32 c = unit(k);
        if (U16_IS_LEAD(c)) {
          if (k + 1 >= n || !U16_IS_TRAIL(unit(k + 1)))
            Fail(file, "invalid UTF-16: unpaired surrogate at byte " + std::to_string(2 * k));
          c = U16_GET_SUPPLEMENTARY(c, unit(k + 1));
          ++k;
        } else if (U16_IS_TRAIL(c)) {
          Fail(file, "invalid UTF-16: unpaired surrogate at byte " + std::to_string(2 * k));
        }
        if (c == 0) Fail(file, "binary file, not text (NUL character in UTF-16 text)");
        char buf[4];
        int32_t len = 0;
        UBool err = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, err);
        (void)err;
        out.append(buf, static_cast<std::size_t>(len));
      }
      return out;
    }
    case EncodingKind::kSingleByte: {
      // One table lookup per byte.
      Converter conv = OpenConverter(enc.name);
      if (!conv) Fail(file, "unrecognised text encoding " + enc.name);
      // Every byte must decode to exactly one code point: offsets are mapped
      // back to source bytes by counting code points.
      std::string table[256];
      for (int b = 0; b < 256; ++b) {
        const char in = static_cast<char>(b);
        UChar buf[4];
        UErrorCode status = U_ZERO_ERROR;
        ucnv_reset(conv.get());
        const int32_t n = ucnv_toUChars(conv.get(), buf, 4, &in, 1, &status);
        UChar32 c = 0xFFFD;
        if (U_SUCCESS(status) && n == 1 && !U16_IS_SURROGATE(buf[0])) c = buf[0];
        if (c == 0 && b != 0) c = 0xFFFD;
        icu::UnicodeString(c).toUTF8String(table[b]);
      }
      std::string out;
      out.reserve(bytes.size() + bytes.size() / 8);
      for (char c : bytes) out += table[static_cast<unsigned char>(c)];
      return out;
    }
  }
  return std::string(bytes);
}

std::string EncodeFromUtf8(std::string_view text, const Encoding& enc) {
  switch (enc.kind) {
    case EncodingKind::kUtf8:
      return std::string(text);
    case EncodingKind::kUtf16LE:
    case EncodingKind::kUtf16BE: {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(
          icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
      std::string out;
      for (int32_t i = 0; i < u.length(); ++i) {
        const char16_t c = u[i];
        const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
        if (enc.kind == EncodingKind::kUtf16LE) {
          out += lo;
          out += hi;
        } else {
          out += hi;
          out += lo;
        }
      }
      return out;
    }
    case EncodingKind::kSingleByte: {
      Converter conv = OpenConverter(enc.name);
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(
          icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
      UErrorCode status = U_ZERO_ERROR;
      ucnv_setSubstChars(conv.get(), "?", 1, &status);
      std::string out(static_cast<std::size_t>(u.length()) * 4 + 4, '\0');
      status = U_ZERO_ERROR;
      int32_t len = ucnv_fromUChars(conv.get(), out.data(), static_cast<int32_t>(out.size()),
                                    u.getBuffer(), u.length(), &status);
      out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(len) : 0);
      return out;
    }
  }
  return std::string(text);
}

std::size_t SourceLength(std::string_view text, const Encoding& enc) {
  if (enc.kind == EncodingKind::kUtf8) return text.size();
  std::size_t code_points = 0, supplementary = 0;
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b & 0xC0) != 0x80) ++code_points;
    if (b >= 0xF0) ++supplementary;
  }
  if (enc.kind == EncodingKind::kSingleByte) return code_points;
  return 2 * (code_points + supplementary);
}

}  // namespace anonymiser::format_text
