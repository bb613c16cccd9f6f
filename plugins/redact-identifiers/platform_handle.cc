#include "platform_handle.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>

#include "ascii_bytes.h"

namespace anonymiser::identifiers {
namespace {

// The platforms and labels, lower case, longest first where one starts
// another ("snapchat" before "snap", "instagram" before "insta").
constexpr std::string_view kPlatforms[] = {
    "snapchat", "instagram", "tiktok",   "facebook",    "twitter",   "youtube",
    "discord",  "telegram",  "whatsapp", "kik",         "yubo",      "roblox",
    "twitch",   "reddit",    "xbox",     "psn",         "skype",     "linkedin",
    "tumblr",   "onlyfans",  "omegle",   "username",    "user name", "gamertag",
    "handle",   "account",   "profile",  "screen name", "insta",     "snap"};

// The labels among kPlatforms: words for an account, not a platform. They
// name no group ("the account page"). The weak ones, "account" and
// "profile", are also ordinary words ("a risk profile", "account no."): the
// name after them must look more like an account's (HandleEnd).
bool IsLabel(std::string_view platform) {
  return platform == "username" || platform == "user name" || platform == "gamertag" ||
         platform == "handle" || platform == "account" || platform == "profile" ||
         platform == "screen name";
}
bool IsWeakLabel(std::string_view platform) {
  return platform == "account" || platform == "profile";
}

bool WordAtCI(std::string_view text, std::size_t at, std::string_view word) {
  if (at + word.size() > text.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (Lower(text[at + k]) != word[k]) return false;
  return (at == 0 || !IsAlnum(text[at - 1])) &&
         (at + word.size() == text.size() || !IsAlnum(text[at + word.size()]));
}

// The end of the account name at `i`, or 0. After a weak label (IsWeakLabel)
// the name needs three letters, one of them lower case ("the account
// g1pton_younger", not "account AB123456", a bank's, or "account e.g.").
std::size_t HandleEnd(std::string_view text, std::size_t i, bool weak) {
  std::size_t e = i;
  while (e < text.size() && (IsAlnum(text[e]) || text[e] == '_' || text[e] == '.')) ++e;
  while (e > i && text[e - 1] == '.') --e;  // the sentence's full stop
  // A letter, and a digit, "_" or "." among them.
  bool mark = false, lower = false;
  std::size_t letters = 0;
  for (std::size_t k = i; k < e; ++k) {
    letters += IsAlpha(text[k]) ? 1 : 0;
    lower |= IsLower(text[k]);
    mark |= !IsAlpha(text[k]);
  }
  const std::size_t n = e - i;
  if (letters == 0 || !mark || n < 3 || n > 30) return 0;
  if (weak && (letters < 3 || !lower)) return 0;
  if (e < text.size() && (static_cast<unsigned char>(text[e]) >= 0x80 || text[e] == '@')) return 0;
  return e;
}

// The length of the first word of `platform` ("user name" starts with four
// letters).
constexpr std::size_t FirstWordLength(std::string_view platform) {
  return std::min(platform.find(' '), platform.size());
}

// The platform or label (lower case, from kPlatforms) that the word
// text[w, e) starts, or "". Most words are refused by MayBePlatformWord's
// look-ups ("against" and "Article" have the shape of "account", not its
// second letter).
std::string_view PlatformAt(std::string_view text, std::size_t w, std::size_t e) {
  if (!MayBePlatformWord(text, w, e)) return {};
  const std::size_t len = e - w;
  const char first = Lower(text[w]);
  for (std::string_view p : kPlatforms)
    if (p[0] == first && FirstWordLength(p) == len && WordAtCI(text, w, p)) return p;
  return {};
}

// The length of the word of `words` that starts at `at` (case apart), or 0.
std::size_t OneOfAt(std::string_view text, std::size_t at,
                    std::initializer_list<std::string_view> words) {
  for (std::string_view word : words)
    if (WordAtCI(text, at, word)) return word.size();
  return 0;
}

// The length of the quote at `at` that closes `open`, or 0: a straight or
// curly double quote closes either double quote, a quote of the same kind
// closes a single one. A closing quote is followed by no letter or digit
// (the apostrophe of "Mum's" closes nothing).
std::size_t ClosingQuoteAt(std::string_view text, std::size_t at, std::string_view open) {
  const std::string_view rest = text.substr(at);
  std::size_t len = 0;
  if (open == "\"" || open == "\xE2\x80\x9C") {
    if (rest.starts_with('"'))
      len = 1;
    else if (rest.starts_with("\xE2\x80\x9D"))
      len = 3;
  } else if (open == "'") {
    if (rest.starts_with('\'')) len = 1;
  } else if (rest.starts_with("\xE2\x80\x99")) {
    len = 3;
  }
  if (len == 0 || (at + len < text.size() && IsAlnum(text[at + len]))) return 0;
  return len;
}

// The end of a quoted name whose opening quote is at `p` (not followed by a
// space), setting *begin to the name's start; or 0.
std::size_t QuotedNameEnd(std::string_view text, std::size_t p, std::size_t* begin) {
  std::string_view open;
  for (std::string_view q : {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98"})
    if (text.substr(p).starts_with(q)) open = q;
  if (open.empty()) return 0;
  const std::size_t from = p + open.size();
  if (from >= text.size() || text[from] == ' ') return 0;
  bool letter = false;
  for (std::size_t k = from; k < text.size() && k - from <= 80; ++k) {
    if (text[k] == '\n' || text[k] == '\r') return 0;
    if (k > from && ClosingQuoteAt(text, k, open) != 0) {
      if (!letter || k - from < 2) return 0;
      *begin = from;
      return k;
    }
    letter |= IsAlpha(text[k]);
  }
  return 0;
}

// The end of a run of up to eight capitalised words or numbers at `p`
// ("Year 6 Parents"), with "of", "the", "and", "for", "in", "on" or "&"
// between them; or 0.
std::size_t CapitalisedNameEnd(std::string_view text, std::size_t p) {
  const std::size_t n = text.size();
  std::size_t end = 0, q = p;
  for (int words = 0; words < 8 && q < n; ++words) {
    std::size_t k = q;
    if (text[q] == '&')
      ++k;
    else
      while (k < n && (IsAlnum(text[k]) || text[k] == '\'' || text[k] == '-')) ++k;
    if (k == q) break;
    if (IsUpper(text[q]) || IsDigit(text[q]))
      end = k;
    else if (words == 0 ||
             (text[q] != '&' && OneOfAt(text, q, {"of", "the", "and", "for", "in", "on"}) == 0))
      break;
    if (k >= n || text[k] != ' ') break;
    q = k + 1;
  }
  return end;
}

// The end of a group's or page's name after `platform` (a platform, not a
// label), whose word ends at `p`, setting *begin to the name's start; or 0.
std::size_t GroupNameAfter(std::string_view text, std::string_view platform, std::size_t p,
                           std::size_t* begin) {
  if (IsLabel(platform)) return 0;
  const std::size_t n = text.size();
  // One or two words for what is named: "group", "group chat", "page".
  int kinds = 0;
  for (; kinds < 2; ++kinds) {
    if (p >= n || text[p] != ' ') break;
    const std::size_t len = OneOfAt(text, p + 1,
                                    {"group", "page", "chat", "channel", "server", "community",
                                     "account", "profile", "name", "username", "handle"});
    if (len == 0) break;
    p += 1 + len;
  }
  if (kinds == 0) return 0;
  // Then a colon, "called", "named" or "titled"; spaces. A quote straight
  // after the word closes a quotation instead ('"the Facebook group" was').
  const std::size_t kind_end = p;
  bool linked = false;
  while (p < n && text[p] == ' ') ++p;
  if (p < n && text[p] == ':') {
    linked = true;
    ++p;
  } else if (const std::size_t len = OneOfAt(text, p, {"called", "named", "titled"})) {
    linked = true;
    p += len;
  }
  while (p < n && text[p] == ' ') ++p;
  if (p == kind_end) return 0;
  if (const std::size_t end = QuotedNameEnd(text, p, begin)) return end;
  if (!linked) return 0;
  const std::size_t end = CapitalisedNameEnd(text, p);
  if (end != 0) *begin = p;
  return end;
}

// The end of an account name after the platform or label whose word ends
// at `after`, setting *begin to its start; or 0. `weak`: see HandleEnd.
std::size_t HandleNameAfter(std::string_view text, std::size_t after, bool weak,
                            std::size_t* begin) {
  const std::size_t n = text.size();
  std::size_t p = after;
  // At most three linking words ("account name", "was", "is", "as", "named")
  // or a colon.
  for (int words = 0; words < 3 && p < n; ++words) {
    while (p < n && (text[p] == ' ' || text[p] == ':')) ++p;
    bool linked = false;
    for (std::string_view link :
         {"was", "is", "as", "account", "name", "called", "named", "handle"})
      if (WordAtCI(text, p, link)) {
        p += link.size();
        linked = true;
        break;
      }
    if (!linked) break;
  }
  while (p < n && (text[p] == ' ' || text[p] == ':')) ++p;
  if (p >= n || p == after || !IsAlnum(text[p])) return 0;
  const std::size_t end = HandleEnd(text, p, weak);
  if (end != 0) *begin = p;
  return end;
}

// True when `c` before a token makes it part of a link, path, e-mail
// address, hashtag, option or code rather than an account name; a bracket,
// a quote or "*" (emphasis) may stand there.
bool JoinsCode(char c) {
  for (const char code : std::string_view("/\\@#-:.$%`=<>&~+^|{}"))
    if (c == code) return true;
  return false;
}

// True when the token [b, e) ends in "." and a file type: "x_y.docx".
bool FileName(std::string_view text, std::size_t b, std::size_t e) {
  static constexpr std::string_view kFileTypes[] = {
      "avi",  "csv", "doc",  "docm", "docx", "eml", "exe", "gif", "heic", "htm",  "html", "jpeg",
      "jpg",  "js",  "json", "m4a",  "mov",  "mp3", "mp4", "msg", "odt",  "pdf",  "png",  "ppt",
      "pptx", "py",  "rtf",  "tif",  "tiff", "txt", "wav", "xls", "xlsm", "xlsx", "xml",  "zip"};
  std::size_t dot = e;
  while (dot > b && text[dot - 1] != '.') --dot;
  if (dot == b) return false;
  const std::size_t n = e - dot;
  for (std::string_view type : kFileTypes) {
    if (type.size() != n) continue;
    bool same = true;
    for (std::size_t k = 0; k < n; ++k) same &= Lower(text[dot + k]) == type[k];
    if (same) return true;
  }
  return false;
}

// True when the line around `at` (up to 200 bytes each way) reads as code:
// "{", "}", "`", "()", "==", "::", "->" or "=>" in it.
bool CodeLikeLine(std::string_view text, std::size_t at) {
  std::size_t b = at > 200 ? at - 200 : 0, e = std::min(text.size(), at + 200);
  for (std::size_t k = at; k > b; --k)
    if (text[k - 1] == '\n') {
      b = k;
      break;
    }
  for (std::size_t k = at; k < e; ++k)
    if (text[k] == '\n') {
      e = k;
      break;
    }
  const std::string_view line = text.substr(b, e - b);
  if (line.find_first_of("{}`") != std::string_view::npos) return true;
  for (std::string_view code : {"()", "==", "::", "->", "=>"})
    if (line.find(code) != std::string_view::npos) return true;
  return false;
}

}  // namespace

bool UnderscoreHandleAround(std::string_view text, std::size_t u, PlatformName* out) {
  const std::size_t n = text.size();
  // Letters, digits, "_", and "." between letters or digits ("k.mcb_bd10").
  const auto handle_byte = [&](std::size_t k) {
    const char c = text[k];
    return IsAlnum(c) || c == '_' ||
           (c == '.' && k > 0 && k + 1 < n && IsAlnum(text[k - 1]) && IsAlnum(text[k + 1]));
  };
  std::size_t b = u, e = u;
  while (b > 0 && b + 40 > u && handle_byte(b - 1)) --b;
  while (e < n && e < u + 40 && handle_byte(e)) ++e;
  if (e - b < 3 || e - b > 30) return false;
  bool joined = false, lower = false;
  for (std::size_t k = b; k < e; ++k) {
    lower |= IsLower(text[k]);
    joined |= text[k] == '_' && k > b && k + 1 < e && IsAlnum(text[k - 1]) && IsAlnum(text[k + 1]);
  }
  if (!joined || !lower) return false;
  if (b > 0 && (IsWordByte(text[b - 1]) || JoinsCode(text[b - 1]))) return false;
  if (e < n) {
    const char c = text[e];
    // A curly apostrophe may follow ("dunny_x’s"); a full stop, a comma, a
    // space or a closing bracket ends the name.
    const bool apostrophe = text.substr(e).starts_with("\xE2\x80\x99");
    if ((IsWordByte(c) && !apostrophe) || c == '(' || c == '[' || c == '=' || c == '`' ||
        c == '@' || c == '/' || c == '\\' || c == '#' ||
        ((c == '-' || c == ':') && e + 1 < n && IsAlnum(text[e + 1])))
      return false;
  }
  if (FileName(text, b, e) || CodeLikeLine(text, u)) return false;
  *out = {b, e, "underscore-handle"};
  return true;
}

constexpr std::array<std::uint16_t, 256> kPlatformWordShapes = [] {
  std::array<std::uint16_t, 256> t{};
  for (std::string_view p : kPlatforms) {
    const auto bit = static_cast<std::uint16_t>(1u << FirstWordLength(p));
    t[static_cast<unsigned char>(p[0])] |= bit;
    t[static_cast<unsigned char>(p[0] - 'a' + 'A')] |= bit;
  }
  return t;
}();

constexpr std::array<std::uint32_t, 26> kPlatformSecondLetters = [] {
  std::array<std::uint32_t, 26> t{};
  for (std::string_view p : kPlatforms)
    t[static_cast<std::size_t>(p[0] - 'a')] |= std::uint32_t{1} << (p[1] - 'a');
  return t;
}();

bool PlatformNameAfter(std::string_view text, std::size_t w, std::size_t e, PlatformName* out) {
  const std::string_view platform = PlatformAt(text, w, e);
  if (platform.empty()) return false;
  const std::size_t after = w + platform.size();
  std::size_t begin = 0;
  if (const std::size_t end = GroupNameAfter(text, platform, after, &begin)) {
    *out = {begin, end, "platform-group"};
    return true;
  }
  if (const std::size_t end = HandleNameAfter(text, after, IsWeakLabel(platform), &begin)) {
    *out = {begin, end, "platform-handle"};
    return true;
  }
  return false;
}

}  // namespace anonymiser::identifiers
