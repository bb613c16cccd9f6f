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
    "snapchat", "instagram", "tiktok",   "facebook",  "twitter", "youtube", "discord",
    "telegram", "whatsapp",  "username", "user name", "handle",  "insta",   "snap"};

bool WordAtCI(std::string_view text, std::size_t at, std::string_view word) {
  if (at + word.size() > text.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (Lower(text[at + k]) != word[k]) return false;
  return (at == 0 || !IsAlnum(text[at - 1])) &&
         (at + word.size() == text.size() || !IsAlnum(text[at + word.size()]));
}

// The end of the account name at `i`, or 0.
std::size_t HandleEnd(std::string_view text, std::size_t i) {
  std::size_t e = i;
  while (e < text.size() && (IsAlnum(text[e]) || text[e] == '_' || text[e] == '.')) ++e;
  while (e > i && text[e - 1] == '.') --e;  // the sentence's full stop
  // A letter, and a digit, "_" or "." among them.
  bool letter = false, mark = false;
  for (std::size_t k = i; k < e; ++k) {
    letter |= IsAlpha(text[k]);
    mark |= !IsAlpha(text[k]);
  }
  const std::size_t n = e - i;
  if (!letter || !mark || n < 3 || n > 30) return 0;
  if (e < text.size() && (static_cast<unsigned char>(text[e]) >= 0x80 || text[e] == '@')) return 0;
  return e;
}

// The length of the first word of `platform` ("user name" starts with four
// letters).
constexpr std::size_t FirstWordLength(std::string_view platform) {
  return std::min(platform.find(' '), platform.size());
}

// The platform or label (lower case, from kPlatforms) that the word
// text[w, e) starts, or "". Most words are refused by one look-up: a bit for
// each first-word length of the platforms starting with each byte.
std::string_view PlatformAt(std::string_view text, std::size_t w, std::size_t e) {
  static constexpr auto kShapes = [] {
    std::array<std::uint16_t, 256> t{};
    for (std::string_view p : kPlatforms) {
      const auto bit = static_cast<std::uint16_t>(1u << FirstWordLength(p));
      t[static_cast<unsigned char>(p[0])] |= bit;
      t[static_cast<unsigned char>(p[0] - 'a' + 'A')] |= bit;
    }
    return t;
  }();
  const std::size_t len = e - w;
  if (len > 15 || !((kShapes[static_cast<unsigned char>(text[w])] >> len) & 1u)) return {};
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
  if (platform == "username" || platform == "user name" || platform == "handle") return 0;
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
// at `after`, setting *begin to its start; or 0.
std::size_t HandleNameAfter(std::string_view text, std::size_t after, std::size_t* begin) {
  const std::size_t n = text.size();
  std::size_t p = after;
  // At most two linking words ("account name", "was", "is", "as") or a colon.
  for (int words = 0; words < 3 && p < n; ++words) {
    while (p < n && (text[p] == ' ' || text[p] == ':')) ++p;
    bool linked = false;
    for (std::string_view link : {"was", "is", "as", "account", "name", "called", "handle"})
      if (WordAtCI(text, p, link)) {
        p += link.size();
        linked = true;
        break;
      }
    if (!linked) break;
  }
  while (p < n && (text[p] == ' ' || text[p] == ':')) ++p;
  if (p >= n || p == after || !IsAlnum(text[p])) return 0;
  const std::size_t end = HandleEnd(text, p);
  if (end != 0) *begin = p;
  return end;
}

}  // namespace

bool PlatformNameAfter(std::string_view text, std::size_t w, std::size_t e, PlatformName* out) {
  const std::string_view platform = PlatformAt(text, w, e);
  if (platform.empty()) return false;
  const std::size_t after = w + platform.size();
  std::size_t begin = 0;
  if (const std::size_t end = GroupNameAfter(text, platform, after, &begin)) {
    *out = {begin, end, "platform-group"};
    return true;
  }
  if (const std::size_t end = HandleNameAfter(text, after, &begin)) {
    *out = {begin, end, "platform-handle"};
    return true;
  }
  return false;
}

}  // namespace anonymiser::identifiers
