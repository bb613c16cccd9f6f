#include "platform_handle.h"

#include "ascii_bytes.h"

namespace anonymiser::identifiers {
namespace {

// The platforms and labels, lower case. The scan looks for three letters from
// inside each (lower case in every spelling people use but capitals), then
// checks the whole word case-blind.
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
  bool letter = false, mark = false;
  while (e < text.size() && (IsAlnum(text[e]) || text[e] == '_' || text[e] == '.')) {
    letter |= IsAlpha(text[e]);
    mark |= !IsAlpha(text[e]);
    ++e;
  }
  while (e > i && text[e - 1] == '.') --e;  // the sentence's full stop
  mark = false;
  for (std::size_t k = i; k < e; ++k) mark |= !IsAlpha(text[k]);
  const std::size_t n = e - i;
  if (!letter || !mark || n < 3 || n > 30) return 0;
  if (e < text.size() && (static_cast<unsigned char>(text[e]) >= 0x80 || text[e] == '@')) return 0;
  return e;
}

}  // namespace

void FindPlatformHandles(std::string_view text, std::vector<Mention>& out) {
  for (std::string_view platform : kPlatforms) {
    const std::size_t offset = platform.size() >= 5 ? 2 : 1;
    const std::string_view probe = platform.substr(offset, 3);
    for (std::size_t at = text.find(probe, offset); at != std::string_view::npos;
         at = text.find(probe, at + 1)) {
      const std::size_t w = at - offset;
      if (!WordAtCI(text, w, platform)) continue;
      std::size_t p = w + platform.size();
      // At most two linking words ("account name", "was", "is", "as") or a colon.
      for (int words = 0; words < 3 && p < text.size(); ++words) {
        while (p < text.size() && (text[p] == ' ' || text[p] == ':')) ++p;
        bool linked = false;
        for (std::string_view link : {"was", "is", "as", "account", "name", "called", "handle"})
          if (WordAtCI(text, p, link)) {
            p += link.size();
            linked = true;
            break;
          }
        if (!linked) break;
      }
      while (p < text.size() && (text[p] == ' ' || text[p] == ':')) ++p;
      if (p >= text.size() || p == w + platform.size() || !IsAlnum(text[p])) continue;
      const std::size_t e = HandleEnd(text, p);
      if (e == 0) continue;
      Mention m;
      m.begin = p;
      m.end = e;
      m.type = "SOCIAL_MEDIA";
      m.rule = "platform-handle";
      m.score = 0.85;
      out.push_back(std::move(m));
    }
  }
}

}  // namespace anonymiser::identifiers
