#include "text_normaliser.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace anonymiser::pdf {
namespace {

// Characters that are invisible on the page but would split a word for a
// detector ("Bren\u00ADnan").
bool IsInvisible(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

std::string TextNormaliser::Normalise(std::string_view utf8) {
  std::string out;
  if (IsAscii(utf8)) {
    // Fast path: ASCII is already NFKC; only control characters need care.
    out.reserve(utf8.size());
    for (char c : utf8) {
      if (c == '\t')
        out += ' ';
      else if (c == '\r')
        out += '\n';
      else if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\f')
        out += c;
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  // fromUTF8 replaces invalid sequences with U+FFFD.
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalised = nfkc->normalize(text, status);
    if (U_SUCCESS(status)) text = normalised;
  }
  icu::UnicodeString cleaned;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (IsInvisible(c)) continue;
    if (c == '\t') c = ' ';
    if (c == '\r') c = '\n';
    if ((c < 0x20 && c != '\n' && c != '\f') || (c >= 0x7F && c < 0xA0)) continue;
    cleaned.append(c);
  }
  cleaned.toUTF8String(out);
  return out;
}

}  // namespace anonymiser::pdf
