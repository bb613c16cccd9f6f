#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
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
  // Written in place: the fold is never longer than `s` (a run of white
  // space becomes at most one space, and only before a later character).
  std::string out(s.size(), '\0');
  std::size_t n = 0;
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = n != 0;
      continue;
    }
    if (pending_space) {
      out[n++] = ' ';
      pending_space = false;
    }
    out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out.resize(n);
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

// The folds of the Latin letters U+00C0..U+024F ("é" -> "e", "İ" -> "i",
// "ß" -> "ss"), each made by ICU the first time it is needed. A letter of
// this range is a starter that composes with nothing before it, and its fold
// is a complete NFC string without marks, so a string of such letters, ASCII
// and curly single quotes folds letter by letter. Shaped for speed: names in
// English text are mostly written with these letters, and ICU's three
// normalisations of the whole string cost some thousand times more.
class LatinFolds {
 public:
  static constexpr UChar32 kFirst = 0xC0;
  static constexpr UChar32 kLast = 0x24F;

  const std::string& Of(UChar32 c) {
    const auto i = static_cast<std::size_t>(c - kFirst);
    std::call_once(once_[i], [&] {
      char utf8[4];
      int32_t n = 0;
      UBool error = false;
      U8_APPEND(reinterpret_cast<uint8_t*>(utf8), n, 4, c, error);
      if (!error)  // never: every code point of the range fits
        folds_[i] = Folder().Fold(std::string_view(utf8, static_cast<std::size_t>(n)));
    });
    return folds_[i];
  }

 private:
  static constexpr std::size_t kCount = kLast - kFirst + 1;
  std::array<std::once_flag, kCount> once_;
  std::array<std::string, kCount> folds_;
};

LatinFolds& Latin() {
  static LatinFolds folds;
  return folds;
}

// Folds `s` into `out` (white space left to FoldAscii) without ICU if `s`
// holds only ASCII, curly single quotes (U+2018, U+2019) and Latin letters
// U+00C0..U+024F; false (and `out` unspecified) otherwise.
bool FoldLatin(std::string_view s, std::string& out) {
  out.clear();
  out.reserve(s.size());
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    const auto b = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
    if (b < 0x80) {
      out += b == '`' ? '\'' : static_cast<char>(b);
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c == 0x2018 || c == 0x2019) {
      out += '\'';
    } else if (c >= LatinFolds::kFirst && c <= LatinFolds::kLast) {
      out += Latin().Of(c);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string FoldForMatch(std::string_view s) {
  if (IsAscii(s)) {
    std::string out = FoldAscii(s);
    for (char& c : out)
      if (c == '`') c = '\'';
    return out;
  }
  if (std::string latin; FoldLatin(s, latin)) return FoldAscii(latin);
  return Folder().Fold(s);
}

std::string_view internal::StripPossessiveSuffix(std::string_view s) {
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
