#include "chat_sender.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>

#include "person_mention.h"
#include "plugin_text/ascii.h"

namespace anonymiser::names {

namespace {

using plugin_text::IsAlpha;
using plugin_text::IsDigit;
using plugin_text::Lower;

// Reads a run of `min`..`max` digits at `p`; false (p unchanged) otherwise.
bool Digits(std::string_view t, std::size_t& p, std::size_t min, std::size_t max) {
  const std::size_t n = plugin_text::DigitRun(t, p);
  if (n < min || n > max) return false;
  p += n;
  return true;
}

bool Char(std::string_view t, std::size_t& p, char c) {
  if (p >= t.size() || t[p] != c) return false;
  ++p;
  return true;
}

// "11/03/2023", "11.03.23", then an optional comma, spaces and a time
// "18:02", "18:02:44", "6:02 pm".
bool Timestamp(std::string_view t, std::size_t& p) {
  std::size_t q = p;
  if (!Digits(t, q, 1, 2)) return false;
  const char sep = q < t.size() ? t[q] : '\0';
  if (sep != '/' && sep != '.') return false;
  ++q;
  if (!Digits(t, q, 1, 2) || !Char(t, q, sep) || !Digits(t, q, 2, 4)) return false;
  Char(t, q, ',');
  if (!Char(t, q, ' ')) return false;
  while (q < t.size() && t[q] == ' ') ++q;
  if (!Digits(t, q, 1, 2) || !Char(t, q, ':') || !Digits(t, q, 2, 2)) return false;
  if (q < t.size() && t[q] == ':' && !(++q, Digits(t, q, 2, 2))) return false;
  std::size_t r = q;
  if (Char(t, r, ' ') && r + 1 < t.size() && (Lower(t[r]) == 'a' || Lower(t[r]) == 'p') &&
      Lower(t[r + 1]) == 'm')
    q = r + 2;
  p = q;
  return true;
}

// Bytes that end a sender's name without being part of it: spaces, and the
// lead bytes of emoji (F0..F4) and of symbols and marks (E2, and EF BB/B8
// of variation selectors).
bool Trailing(std::string_view t, std::size_t end, std::size_t& start_of_last) {
  if (end == 0) return false;
  if (t[end - 1] == ' ') {
    start_of_last = end - 1;
    return true;
  }
  std::size_t b = end - 1;
  while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
  const auto lead = static_cast<unsigned char>(t[b]);
  if (lead >= 0xF0 || lead == 0xE2 || lead == 0xEF) {
    start_of_last = b;
    return true;
  }
  return false;
}

bool NamesNoOne(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "you",  "me",   "mum",     "mam",     "dad",    "nan",
      "nana", "gran", "grandma", "grandad", "system", "whatsapp"};
  std::string folded(name);
  std::transform(folded.begin(), folded.end(), folded.begin(), Lower);
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

}  // namespace

void FindChatSenders(std::string_view text, std::vector<Mention>& out) {
  constexpr std::size_t kMaxName = 60;
  for (std::size_t line = 0; line < text.size();) {
    const std::size_t nl = std::min(text.find('\n', line), text.size());
    std::size_t p = line;
    line = nl + 1;
    const bool bracket = Char(text, p, '[');
    if (!Timestamp(text, p)) continue;
    if (bracket ? !Char(text, p, ']') || !Char(text, p, ' ')
                : !(text.compare(p, 3, " - ") == 0 || text.compare(p, 5, " \xE2\x80\x93 ") == 0))
      continue;
    if (!bracket) p += text[p + 1] == '-' ? 3 : 5;
    const std::size_t begin = p;
    const std::size_t colon = text.find(':', begin);
    if (colon == std::string_view::npos || colon > nl || colon - begin > kMaxName) continue;
    std::size_t end = colon, last = 0;
    while (end > begin && Trailing(text, end, last)) end = last;
    if (end == begin) continue;
    const auto first = static_cast<unsigned char>(text[begin]);
    const bool letter = IsAlpha(text[begin]) || (first >= 0xC3 && first < 0xE2);
    const std::string_view name = text.substr(begin, end - begin);
    if (!letter || std::count(name.begin(), name.end(), ' ') > 4 || NamesNoOne(name)) continue;
    AddPersonMention(out, begin, end, "chat-sender", 0.9);
  }
}

}  // namespace anonymiser::names
