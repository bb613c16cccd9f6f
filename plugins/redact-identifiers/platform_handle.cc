#include "platform_handle.h"

#include <algorithm>
#include <array>

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

}  // namespace

std::size_t PlatformHandleAfter(std::string_view text, std::size_t w, std::size_t e,
                                std::size_t* begin) {
  static constexpr auto kInitials = [] {
    std::array<bool, 256> t{};
    for (std::string_view p : kPlatforms) {
      t[static_cast<unsigned char>(p[0])] = true;
      t[static_cast<unsigned char>(p[0] - 'a' + 'A')] = true;
    }
    return t;
  }();
  const std::size_t len = e - w;
  if (len < 4 || len > 9 || !kInitials[static_cast<unsigned char>(text[w])]) return 0;
  std::string_view platform;
  const char first = Lower(text[w]);
  for (std::string_view p : kPlatforms) {
    // (Its first word's length: "user name" starts with four letters.)
    const std::size_t first_word = std::min(p.find(' '), p.size());
    if (p[0] == first && first_word == len && WordAtCI(text, w, p)) {
      platform = p;
      break;
    }
  }
  if (platform.empty()) return 0;
  const std::size_t n = text.size();
  std::size_t p = w + platform.size();
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
  if (p >= n || p == w + platform.size() || !IsAlnum(text[p])) return 0;
  const std::size_t end = HandleEnd(text, p);
  if (end != 0) *begin = p;
  return end;
}

}  // namespace anonymiser::identifiers
