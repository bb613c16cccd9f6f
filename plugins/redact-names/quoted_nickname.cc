#include "quoted_nickname.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include "person_mention.h"
#include "plugin_text/ascii.h"

namespace anonymiser::names {
namespace {

using plugin_text::IsAlpha;
using plugin_text::IsUpper;

// The length of the quote mark at `at` (", ', “, ”, ‘, ’), or 0.
std::size_t QuoteAt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == '"' || text[at] == '\'') return 1;
  if (text.substr(at, 2) == "\xE2\x80" && at + 2 < text.size()) {
    const auto c = static_cast<unsigned char>(text[at + 2]);
    if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D) return 3;
  }
  return 0;
}

// The length of the closing quote at `at` that matches the opening quote at
// `open` (straight with straight, curly with curly), or 0.
std::size_t ClosingQuoteAt(std::string_view text, std::size_t open, std::size_t at) {
  const std::size_t n = QuoteAt(text, at);
  if (n == 0) return 0;
  if (text[open] == '"' || text[open] == '\'') return text[at] == text[open] ? 1 : 0;
  const auto o = static_cast<unsigned char>(text[open + 2]);
  const auto c = n == 3 ? static_cast<unsigned char>(text[at + 2]) : 0;
  return (o == 0x9C && c == 0x9D) || (o == 0x98 && c == 0x99) ? 3 : 0;
}

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `text` just before `end` (spaces skipped) ends with `words`
// (lower case, whole words); sets *start to where they begin.
bool WordsBefore(std::string_view text, std::size_t end, std::string_view words,
                 std::size_t* start) {
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end < words.size()) return false;
  const std::size_t b = end - words.size();
  for (std::size_t k = 0; k < words.size(); ++k)
    if (LowerAscii(text[b + k]) != words[k]) return false;
  if (b > 0 && IsAlpha(text[b - 1])) return false;
  *start = b;
  return true;
}

// The word of ASCII letters that ends just before `end` (spaces skipped),
// in lower case, with *start set to where it begins; empty when there is none.
std::string LowerWordBefore(std::string_view text, std::size_t end, std::size_t* start) {
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t s = end;
  while (s > 0 && IsAlpha(text[s - 1])) --s;
  *start = s;
  std::string word(text.substr(s, end - s));
  for (char& c : word) c = LowerAscii(c);
  return word;
}

// 1 when a naming phrase ends just before `q` (an opening quote), 2 when a
// weak one does ("always", "our"), else 0. `joined_after` is the end of the
// last nickname found: "or"/"and"/"," after it join a further one.
int NamingBefore(std::string_view text, std::size_t q, std::size_t joined_after) {
  std::size_t b = 0;
  std::size_t end = q;
  if (WordsBefore(text, end, "the", &b)) end = b;  // known as the "Benny line"
  // A form's label: 'Known as: "Tiny"', 'Alias: "Dee"', 'Street name: "Bogs"'.
  std::size_t colon = end;
  while (colon > 0 && text[colon - 1] == ' ') --colon;
  if (colon > 0 && text[colon - 1] == ':') {
    for (std::string_view label :
         {"known as", "aka", "a.k.a.", "alias", "aliases", "nickname", "nicknames", "street name"})
      if (WordsBefore(text, colon - 1, label, &b)) return 1;
    return 0;
  }
  if (joined_after != std::string_view::npos && joined_after <= q) {
    std::string_view between = text.substr(joined_after, q - joined_after);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    if (between == "or" || between == "and" || between == "," || between.empty()) return 1;
  }
  // "will be known as 'Child M'", "is referred to as "Pupil B"": the report's
  // own pseudonym.
  if (WordsBefore(text, end, "be known as", &b) || WordsBefore(text, end, "referred to as", &b))
    return 0;
  for (std::string_view phrase : {"known as",
                                  "aka",
                                  "a.k.a.",
                                  "a.k.a",
                                  "nicknamed",
                                  "nickname",
                                  "nicknames",
                                  "went by",
                                  "goes by",
                                  "go by",
                                  "calls himself",
                                  "calls herself",
                                  "calls themselves",
                                  "called himself",
                                  "called herself",
                                  "called itself",
                                  "called themselves",
                                  "called him",
                                  "called her",
                                  "called them",
                                  "called me",
                                  "calling him",
                                  "calling her",
                                  "call him",
                                  "call her",
                                  "named him",
                                  "named her"})
    if (WordsBefore(text, end, phrase, &b)) return 1;
  // "known locally as", "known only as", "known to everyone as", "known to the
  // police as", "who he knew as", "knows him as".
  if (WordsBefore(text, end, "as", &b)) {
    std::size_t k = b;
    for (int words = 0; words < 3 && k > 0; ++words) {
      const std::string word = LowerWordBefore(text, k, &k);
      if (word.empty()) break;
      if (word == "known" || word == "knew" || word == "knows" || word == "know") return 1;
    }
  }
  // "Dylan himself was called", "he is called": a person is the subject.
  for (std::string_view verb : {"was called", "is called", "were called", "got called"}) {
    if (!WordsBefore(text, end, verb, &b)) continue;
    std::size_t s = 0;
    const std::string word = LowerWordBefore(text, b, &s);
    if (word.empty()) return 0;
    if (word == "he" || word == "she" || word == "they" || word == "i" || word == "himself" ||
        word == "herself" || word == "always" || word == "often" || IsUpper(text[s]))
      return 1;
    return 0;
  }
  if (WordsBefore(text, end, "always", &b) || WordsBefore(text, end, "our", &b)) return 2;
  return 0;
}

// True for the report's own pseudonyms and roles in quotes: "Child M",
// "Pupil B", "Adult 2", "the perpetrator", "Mother".
bool IsHouseStyle(std::string_view words) {
  std::string first(words.substr(0, words.find(' ')));
  for (char& c : first) c = LowerAscii(c);
  for (std::string_view head :
       {"the",        "a",           "an",       "child",      "children",    "pupil",
        "adult",      "baby",        "sibling",  "person",     "young",       "subject",
        "victim",     "perpetrator", "male",     "female",     "mr",          "mrs",
        "ms",         "miss",        "family",   "parent",     "carer",       "partner",
        "student",    "patient",     "officer",  "member",     "witness",     "complainant",
        "respondent", "employee",    "worker",   "colleague",  "mother",      "father",
        "brother",    "sister",      "son",      "daughter",   "grandmother", "grandfather",
        "aunt",       "uncle",       "cousin",   "stepfather", "stepmother",  "case",
        "service",    "user",        "resident", "tenant",     "applicant",   "claimant"})
    if (first == head) return true;
  return false;
}

// The bytes a quote mark starts with: ", ' and the first of “ ‘.
constexpr auto kQuoteStart = [] {
  std::array<bool, 256> t{};
  t['"'] = t['\''] = t[0xE2] = true;
  return t;
}();

constexpr std::uint64_t kOnes = 0x0101010101010101ull;

// For eight bytes: 0x80 in the lowest byte that is 0 (and perhaps in bytes
// above it, where the subtraction borrows), 0 when none is.
std::uint64_t ZeroBytes(std::uint64_t y) { return (y - kOnes) & ~y & (kOnes * 0x80); }

// For the eight bytes of text from `at`: 0x80 in the lowest byte that may
// start a quote mark, or is a # or & (and perhaps in bytes above it), 0 when
// none is. ' (0x27) and " (0x22) differ only in bits 0x05: one test finds
// both (and # and &); then 0xE2.
std::uint64_t QuoteCandidates(std::string_view text, std::size_t at) {
  std::uint64_t x;
  std::memcpy(&x, text.data() + at, sizeof x);
  return ZeroBytes((x ^ (kOnes * '"')) & ~(kOnes * 0x05)) | ZeroBytes(x ^ (kOnes * 0xE2));
}

// The index of the first byte from `from` on that may start a quote mark
// (see kQuoteStart) or is a # or & (which QuoteAt() turns down), or
// text.size(). Sixteen bytes a step: quotes are rare, and one table test per
// byte cost more than the rest of FindNamedInQuotes.
std::size_t NextQuoteStart(std::string_view text, std::size_t from) {
  std::size_t q = from;
  if constexpr (std::endian::native == std::endian::little) {
    for (; q + 16 <= text.size(); q += 16) {
      const std::uint64_t low = QuoteCandidates(text, q);
      const std::uint64_t high = QuoteCandidates(text, q + 8);
      if ((low | high) == 0) continue;
      // The lowest byte flagged is a true candidate: the first such byte of the text.
      const int bit = low != 0 ? std::countr_zero(low) : 64 + std::countr_zero(high);
      return q + static_cast<std::size_t>(bit) / 8;
    }
  }
  while (q < text.size() && !kQuoteStart[static_cast<unsigned char>(text[q])]) ++q;
  return q;
}

}  // namespace

void FindNamedInQuotes(std::string_view text, std::vector<Mention>& out) {
  std::size_t last_end = std::string_view::npos;
  for (std::size_t q = 0; q < text.size(); ++q) {
    // Most bytes start no quote: passed sixteen at a time.
    q = NextQuoteStart(text, q);
    if (q >= text.size()) break;
    const std::size_t open = QuoteAt(text, q);
    if (open == 0 || (open == 3 && text[q + 2] != '\x9C' && text[q + 2] != '\x98')) continue;
    if (q > 0 && text[q - 1] != ' ' && text[q - 1] != '(') continue;
    // The quoted words: letters, digits, ".", "-", "_", "&", apostrophes inside, up to 4 words.
    const std::size_t b = q + open;
    std::size_t e = b, words = 1;
    std::size_t close = 0;
    while (e < text.size() && e - b <= 40) {
      if ((close = ClosingQuoteAt(text, q, e)) != 0 &&
          (e + close >= text.size() || !IsAlpha(text[e + close])))
        break;
      const auto u = static_cast<unsigned char>(text[e]);
      if (text[e] == ' ') {
        if (++words > 4) break;
      } else if (!(IsAlpha(text[e]) || (u >= '0' && u <= '9') || u >= 0x80 || text[e] == '-' ||
                   text[e] == '.' || text[e] == '_' || text[e] == '&' || text[e] == '\'')) {
        break;
      }
      close = 0;
      ++e;
    }
    if (close == 0 || e == b || text[b] == ' ' || text[e - 1] == ' ') continue;
    if (IsHouseStyle(text.substr(b, e - b))) continue;
    const int naming = NamingBefore(text, q, last_end);
    if (naming == 0 || (naming == 2 && !IsUpper(text[b]))) continue;
    AddPersonMention(out, b, e, "named-in-quotes", 0.85);
    last_end = e + close;
    q = last_end - 1;
  }
}

void FindQuotedNicknames(std::string_view text, std::span<const Mention> names,
                         std::vector<Mention>& out) {
  for (const Mention& name : names) {
    std::size_t p = name.end;
    if (p >= text.size() || text[p] != ' ') continue;
    // Or in brackets after the name, alone or before an age: Kane Hunter
    // ("K-Dot", 23), Mohamed Abdullahi ("Moe Bandz").
    const bool bracketed = p + 1 < text.size() && text[p + 1] == '(';
    if (bracketed) ++p;
    const std::size_t open = QuoteAt(text, ++p);
    if (open == 0) continue;
    if (name.type != "PERSON") continue;  // (after the quote: most names have none)
    const std::size_t begin = p + open;
    // One capitalised word of letters (ASCII or not), hyphens and apostrophes
    // inside; in brackets up to three, each capitalised.
    if (begin >= text.size() || !IsUpper(text[begin])) continue;
    std::size_t end = begin + 1;
    while (end < text.size() &&
           (IsAlpha(text[end]) || static_cast<unsigned char>(text[end]) >= 0x80 ||
            text[end] == '-' ||
            (bracketed && text[end] == ' ' && end + 1 < text.size() && IsUpper(text[end + 1]))) &&
           QuoteAt(text, end) == 0)
      ++end;
    if (end - begin > 30) continue;
    const std::size_t close = QuoteAt(text, end);
    if (close == 0) continue;
    const std::size_t after = end + close;
    if (bracketed ? after >= text.size() || (text[after] != ')' && text[after] != ',') ||
                        IsHouseStyle(text.substr(begin, end - begin))  // ("Mother"), ("The Review")
                  : after + 1 >= text.size() || text[after] != ' ' || !IsUpper(text[after + 1]))
      continue;
    AddPersonMention(out, begin, end, "quoted-nickname", 0.85);
  }
}

namespace {

// The start of the quoted words whose closing quote ends right before `end`
// ("Ghost" of `"Ghost"`), one to three words that start with a capital and
// are no house style, at most 30 bytes; npos when none. `*open` is where the
// opening quote starts.
std::size_t QuotedWordsBefore(std::string_view text, std::size_t end, std::size_t* open) {
  std::size_t close = 0;
  if (end >= 1 && (text[end - 1] == '"' || text[end - 1] == '\''))
    close = 1;
  else if (end >= 3 && QuoteAt(text, end - 3) == 3)
    close = 3;
  if (close == 0) return std::string_view::npos;
  const std::size_t words_end = end - close;
  std::size_t b = words_end;
  while (b > 0 && words_end - b <= 30 && QuoteAt(text, b - 1) == 0 &&
         (b < 3 || QuoteAt(text, b - 3) != 3) && text[b - 1] != '\n')
    --b;
  const std::size_t o = b >= 1 && QuoteAt(text, b - 1) == 1   ? 1
                        : b >= 3 && QuoteAt(text, b - 3) == 3 ? 3
                                                              : 0;
  if (o == 0 || b == words_end || ClosingQuoteAt(text, b - o, words_end) == 0)
    return std::string_view::npos;
  const std::string_view words = text.substr(b, words_end - b);
  if (!IsUpper(words[0]) || IsHouseStyle(words) || std::count(words.begin(), words.end(), ' ') > 2)
    return std::string_view::npos;
  *open = b - o;
  return b;
}

}  // namespace

void FindNicknameKeys(std::string_view text, std::span<const Mention> names,
                      std::vector<Mention>& out) {
  for (const Mention& name : names) {
    // Back from the name over spaces, a colon or a dash, and spaces.
    std::size_t p = name.begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p == 0) continue;
    if (text[p - 1] == ':' || text[p - 1] == '-') {
      --p;
    } else if (p >= 3 && (text.substr(p - 3, 3) == "\u2013" || text.substr(p - 3, 3) == "\u2014")) {
      p -= 3;
    } else {
      continue;
    }
    if (name.type != "PERSON") continue;
    while (p > 0 && text[p - 1] == ' ') --p;
    std::size_t open = 0;
    std::size_t begin = QuotedWordsBefore(text, p, &open);
    if (begin == std::string_view::npos) continue;
    // The quotes start the line (after a bullet) or follow another
    // nickname and "or": `"Bigz" or "Uncle J": Jordan Carragher`.
    std::vector<std::pair<std::size_t, std::size_t>> found;
    while (true) {
      found.emplace_back(begin, p - (QuoteAt(text, p - 1) == 1 ? 1 : 3));
      std::size_t q = open;
      if (q >= 4 && text.substr(q - 4, 4) == " or ") {
        std::size_t next_open = 0;
        const std::size_t b = QuotedWordsBefore(text, q - 4, &next_open);
        if (b != std::string_view::npos) {
          p = q - 4;
          begin = b;
          open = next_open;
          continue;
        }
      }
      while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t')) --q;
      if (q > 0 && (text[q - 1] == '-' || text[q - 1] == '*'))
        --q;
      else if (q >= 3 && text.substr(q - 3, 3) == "\u2022")
        q -= 3;
      while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t')) --q;
      if (q != 0 && text[q - 1] != '\n') found.clear();
      break;
    }
    for (const auto& [b, e] : found) AddPersonMention(out, b, e, "nickname-key", 0.85);
  }
}

}  // namespace anonymiser::names
