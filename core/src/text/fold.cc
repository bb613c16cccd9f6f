#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>

namespace anonymiser::text {

namespace {

bool IsAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::string FoldAscii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// Removes combining marks after canonical decomposition: "á" -> "a".
class DiacriticFolder {
 public:
  DiacriticFolder() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    nfd_ = icu::Normalizer2::getNFDInstance(status);
    nfc_ = icu::Normalizer2::getNFCInstance(status);
    ok_ = U_SUCCESS(status);
  }
  std::string Fold(std::string_view s) const {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    if (!ok_) {
      std::string out;
      u.foldCase().toUTF8String(out);
      return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = nfkc_->normalize(u, status);
    icu::UnicodeString decomposed = nfd_->normalize(folded, status);
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (u_charType(c) == U_NON_SPACING_MARK) continue;
      switch (c) {
        case 0x2018:
        case 0x2019:
        case 0x201B:
        case 0x02BC:
        case 0x2032:
        case 0x0060:
          c = '\'';
          break;
        case 0x201C:
        case 0x201D:
        case 0x201F:
        case 0x2033:
          c = '"';
          break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2212:
          c = '-';
          break;
        default:
          break;
      }
      if (u_isUWhiteSpace(c)) c = ' ';
      stripped.append(c);
    }
    icu::UnicodeString composed = nfc_->normalize(stripped, status);
    std::string out;
    composed.toUTF8String(out);
    return FoldAscii(out);  // collapse white space, trim
  }

 private:
  const icu::Normalizer2* nfkc_ = nullptr;
  const icu::Normalizer2* nfd_ = nullptr;
  const icu::Normalizer2* nfc_ = nullptr;
  bool ok_ = false;
};

const DiacriticFolder& Folder() {
  static const DiacriticFolder folder;
  return folder;
}

// True if `s` is ASCII but for curly single quotes (U+2018, U+2019: "don’t",
// "O’Sullivan"), the only non-ASCII characters common in English text. For
// these, Unicode folding changes nothing but ASCII case and the quotes, so
// FoldForMatch can skip ICU (by far its slowest part).
bool IsAsciiOrCurlyQuote(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) < 0x80) continue;
    if (s.substr(i, 3) != "\xE2\x80\x98" && s.substr(i, 3) != "\xE2\x80\x99") return false;
    i += 2;
  }
  return true;
}

// Folds ASCII text with curly single quotes: quotes and '`' become '\''.
std::string FoldAsciiWithQuotes(std::string_view s) {
  std::string straight;
  straight.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) {
      straight += '\'';
      i += 2;  // the rest of a curly quote
    } else {
      straight += s[i] == '`' ? '\'' : s[i];
    }
  }
  return FoldAscii(straight);
}

}  // namespace

std::string FoldForMatch(std::string_view s) {
  if (IsAscii(s)) {
    std::string out = FoldAscii(s);
    for (char& c : out)
      if (c == '`') c = '\'';
    return out;
  }
  if (IsAsciiOrCurlyQuote(s)) return FoldAsciiWithQuotes(s);
  return Folder().Fold(s);
}

std::string_view StripPossessive(std::string_view s) {
  // Every word of a text comes here: most end in none of 's', 'S', '\'' or
  // the last byte of '’' (0x99), and return at once.
  if (s.size() < 2) return s;
  const char last = s.back();
  if (last != 's' && last != 'S' && last != '\'' && last != '\x99') return s;
  auto ends_with = [&](std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  if (ends_with("'s") || ends_with("'S")) return s.substr(0, s.size() - 2);
  if (ends_with("\xE2\x80\x99s") || ends_with("\xE2\x80\x99S")) return s.substr(0, s.size() - 4);
  if (ends_with("s'")) return s.substr(0, s.size() - 1);
  if (ends_with("s\xE2\x80\x99")) return s.substr(0, s.size() - 3);
  return s;
}

bool IsAllCaps(std::string_view s) {
  int letters = 0;
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c < 0) continue;
    if (u_isalpha(c)) {
      if (u_islower(c)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

}  // namespace anonymiser::text
