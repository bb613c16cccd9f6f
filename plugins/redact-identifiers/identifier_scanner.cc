#include "identifier_scanner.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include "ascii_bytes.h"
#include "check_digits.h"
#include "faith_language.h"
#include "label_context.h"
#include "money_amount.h"
#include "nationality_phrase.h"
#include "occupation_phrase.h"
#include "platform_handle.h"
#include "vehicle_model.h"

namespace anonymiser::identifiers {
namespace {

constexpr char Upper(char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// For eight bytes read as one little-endian integer, the top bit of each
// byte that is not an ASCII lower-case letter. Each byte's low seven bits
// plus a constant set its top bit when it is at least 'a' (or past 'z');
// no sum carries into the next byte.
constexpr std::uint64_t NotLowerBytes(std::uint64_t bytes) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kTops = 0x8080808080808080;
  const std::uint64_t low7 = bytes & ~kTops;
  const std::uint64_t from_a = low7 + kOnes * (0x80 - 'a');
  const std::uint64_t past_z = low7 + kOnes * (0x80 - 'z' - 1);
  const std::uint64_t lower = from_a & ~past_z & ~bytes & kTops;
  return ~lower & kTops;
}

// The end of the run of ASCII lower-case letters from `p`. Eight bytes are
// tested at a time: most words end within the first eight, found without a
// branch for each letter.
std::size_t LowerRunEnd(std::string_view text, std::size_t p) {
  if constexpr (std::endian::native == std::endian::little) {
    while (p + 8 <= text.size()) {
      std::uint64_t bytes;
      std::memcpy(&bytes, text.data() + p, 8);
      if (const std::uint64_t stop = NotLowerBytes(bytes)) return p + std::countr_zero(stop) / 8;
      p += 8;
    }
  }
  while (p < text.size() && IsLower(text[p])) ++p;
  return p;
}

// What Run asks of a byte, each class one bit of one table look-up: Run
// reads every byte of every text, and a chain of comparisons costs more.
enum ByteClass : std::uint8_t {
  kWordByte = 1,           // IsWordByte: an ASCII letter or digit, or a byte of a UTF-8 character
  kLetter = 2,             // IsAlpha
  kLowerCase = 4,          // IsLower
  kDigitByte = 8,          // IsDigit
  kLinkOrLabelStart = 16,  // StartsLinkOrLabel: h, w, d and b in either case
};
constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    classes[static_cast<std::size_t>(b)] = static_cast<std::uint8_t>(
        (IsWordByte(c) ? kWordByte : 0) | (IsAlpha(c) ? kLetter : 0) |
        (IsLower(c) ? kLowerCase : 0) | (IsDigit(c) ? kDigitByte : 0) |
        (Lower(c) == 'h' || Lower(c) == 'w' || Lower(c) == 'd' || Lower(c) == 'b'
             ? kLinkOrLabelStart
             : 0));
  }
  return classes;
}();

// True when `c` is of one of `classes` (ByteClass bits).
constexpr bool HasClass(char c, std::uint8_t classes) {
  return (kByteClasses[static_cast<unsigned char>(c)] & classes) != 0;
}

// What the byte after a word's letters says of the word (EndsPlainWord): it
// ends it, runs it on (a word byte, '/' or '-'), or ends it unless a digit
// (after a space) or a letter or digit (after a dot) follows.
enum class AfterLetters : std::uint8_t { kEnds, kRunsOn, kSpace, kDot };
constexpr std::array<AfterLetters, 256> kAfterLetters = [] {
  std::array<AfterLetters, 256> after{};
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    after[static_cast<std::size_t>(b)] = IsWordByte(c) || c == '/' || c == '-'
                                             ? AfterLetters::kRunsOn
                                         : c == ' ' ? AfterLetters::kSpace
                                         : c == '.' ? AfterLetters::kDot
                                                    : AfterLetters::kEnds;
  }
  return after;
}();

constexpr const char* kMonths[] = {"january",   "february", "march",    "april",
                                   "may",       "june",     "july",     "august",
                                   "september", "october",  "november", "december"};

// The label before a number (LabelBefore), looked up the first time a rule
// asks for it: most numbers ("2014", "para 12") are refused by their shape
// before any rule needs their label.
class LabelOnDemand {
 public:
  LabelOnDemand(std::string_view text, std::size_t pos) : text_(text), pos_(pos) {}

  // LabelBefore(text, pos), computed once.
  const LabelMatch& Get() {
    if (!known_) {
      match_ = LabelBefore(text_, pos_);
      known_ = true;
    }
    return match_;
  }

 private:
  std::string_view text_;
  std::size_t pos_;
  LabelMatch match_;
  bool known_ = false;
};

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Mention>& out)
      : t_(text), out_(out), first_(out.size()) {}

  void Run() {
    std::size_t i = 0;
    const std::size_t n = t_.size();
    while (i < n) {
      i = SkipQuiet(i);
      if (i >= n) break;
      const char c = t_[i];
      const bool word_start = i == 0 || !HasClass(t_[i - 1], kWordByte);
      // Most words are settled here; the others take the full path below.
      if (word_start && HasClass(c, kLetter))
        if (const std::size_t next = LetterWord(i)) {
          i = next;
          continue;
        }
      if (c == '@') {
        i = std::max(i + 1, Email(i));
        continue;
      }
      if (c == '_') {
        i = std::max(i + 1, UnderscoreHandle(i));
        continue;
      }
      if ((static_cast<unsigned char>(c) >= 0xC2 || c == '$') && CurrencySymbolAt(t_, i)) {
        MoneyAmount money;
        if (MoneyAfterSymbol(t_, i, &money) && money.begin >= Floor()) {
          i = EmitMoney(money);
          continue;
        }
      }
      if (!word_start || !(IsAlnum(c) || c == '+' || c == '(')) {
        ++i;
        continue;
      }
      std::size_t end = 0;
      MoneyAmount money;
      if (IsDigit(c) && MayStartAmount(t_, i) && MoneyBeforeName(t_, i, &money)) {
        end = EmitMoney(money);
      } else if (IsDigit(c) || c == '+' || c == '(') {
        end = Digits(i);
      } else if (IsUpper(c) && (end = MoneyAfterCapitals(i)) != 0) {
        // "USD 1,850", "IR£8,800": a code or a symbol written onto capitals.
      } else {
        end = WordLabelsSomething(i);
        if (end == 0 && MayBeCode(i) && !OrdinaryWord(i) && (IsUpper(c) || MayBeLowerPostcode(i)))
          end = Letters(i);
      }
      if (end > i) {
        i = end;
        continue;
      }
      ++i;
      // The rest of a word that starts nothing is passed over; after a "(" or
      // "+" that starts nothing, the next byte is looked at afresh: a number
      // ("(07812 345678)") or a symbol ("(£ 250)") may start there.
      if (IsWordByte(c)) {
        const std::size_t w = i - 1;
        while (i < n && HasClass(t_[i], kWordByte)) ++i;
        if (c == 'h' || c == 'H' || c == 'w' || c == 'W')  // "handle", "WhatsApp"
          if (const std::size_t h = Platform(w, i)) i = h;
        // "facebook.com/...": a host name runs on after a dot or hyphen.
        if (i + 1 < n && (t_[i] == '.' || t_[i] == '-') && IsAlnum(t_[i + 1]) && IsAlpha(c))
          if (const std::size_t link = BareLink(w); link > i) i = link;
      }
    }
  }

 private:
  // "Snapchat was smokey_mw1", 'WhatsApp group "Year 6 Parents"': an account
  // or a group named after its platform, the word [w, e); returns the name's
  // end, or 0.
  std::size_t Platform(std::size_t w, std::size_t e) {
    if (!MayBePlatformWord(t_, w, e)) return 0;
    PlatformName name;
    if (!PlatformNameAfter(t_, w, e, &name) || name.begin < Floor()) return 0;
    return Emit(name.begin, name.end, "SOCIAL_MEDIA", name.rule, 0.85);
  }

  // "dunny_x9" alone in running text: an account name around the "_" at
  // `u` (UnderscoreHandleAround), unless something found in its first part
  // ("NE23C01152_bundle") holds the place; returns its end, or 0.
  std::size_t UnderscoreHandle(std::size_t u) {
    PlatformName name;
    if (!UnderscoreHandleAround(t_, u, &name) || name.begin < Floor()) return 0;
    return Emit(name.begin, name.end, "SOCIAL_MEDIA", name.rule, 0.75);
  }

  // The word starting with the ASCII letter at `i`: a religion or language
  // (FaithOrLanguage), or a plain word (EndsPlainWord) and what it starts.
  // Returns where the scan goes on, or 0 when the word needs the full path
  // of Run (a code, a number or a host name may start there). Inlined into
  // Run: it runs for most words of a text.
  [[gnu::always_inline]] std::size_t LetterWord(std::size_t i) {
    const char c = t_[i];
    // One pass over the word's letters: the lower-case ones after the
    // first, then any others.
    const std::size_t lower_end = LowerRunEnd(t_, i + 1);
    const std::size_t e = RunEnd(lower_end, [](char b) { return HasClass(b, kLetter); });
    if (IsUpper(c) && lower_end == e)
      if (const std::size_t f = FaithOrLanguage(i, e)) return f;
    if (!EndsPlainWord(e)) return 0;
    return StartsLinkOrLabel(c) ? LinkOrLabelWord(i, e) : PlainWord(i, e);
  }

  // The end of the run of bytes from `p` that satisfy `is`.
  template <typename Pred>
  std::size_t RunEnd(std::size_t p, Pred is) const {
    while (p < t_.size() && is(t_[p])) ++p;
    return p;
  }

  // Most words are plain: ASCII letters only, ending at `e`, and not followed
  // by a digit, '/', '-', a UTF-8 byte or a dot that runs on into a letter or
  // digit (a host name). No code, number or host name can start at one (the
  // scan would pass over it after MayBeCode found no digit); true when the
  // letters ending at `e` end such a word.
  bool EndsPlainWord(std::size_t e) const {
    if (e >= t_.size()) return true;
    switch (kAfterLetters[static_cast<unsigned char>(t_[e])]) {
      case AfterLetters::kEnds:
        return true;
      case AfterLetters::kRunsOn:
        return false;
      case AfterLetters::kSpace:
        return e + 1 >= t_.size() || !HasClass(t_[e + 1], kDigitByte);
      case AfterLetters::kDot:
        return e + 1 >= t_.size() || !HasClass(t_[e + 1], kLetter | kDigitByte);
    }
    return true;
  }

  // True for the first letters of web addresses ("http", "www"), of
  // date-of-birth labels ("DOB", "born") and of occupation triggers with a
  // 's', 'r' or 'c' third ("was", "worked", "became"): h, w, d and b.
  static bool StartsLinkOrLabel(char c) { return HasClass(c, kLinkOrLabelStart); }

  // The plain word [i, e) (EndsPlainWord) not starting with h, w, d or b: a
  // platform's account after it, or the nationality or occupation phrase it
  // starts, is emitted; returns where the scan goes on.
  [[gnu::always_inline]] std::size_t PlainWord(std::size_t i, std::size_t e) {
    if (!MayStartPlatformOrPhrase(i, e - i)) return e;
    if (const std::size_t h = Platform(i, e)) return h;
    return MayStartPhrase(i, e - i) ? std::max(e, Phrase(i, e - i)) : e;
  }

  // The plain word [i, e) (EndsPlainWord) starting with h, w, d or b: a sum
  // after its capitals, a web address, a date of birth or an occupation it
  // starts, or an account after it ("WhatsApp", "handle"), is emitted;
  // returns where the scan goes on. The same as the full path of Run, which
  // would find no code in the word.
  std::size_t LinkOrLabelWord(std::size_t i, std::size_t e) {
    const char c = t_[i];
    std::size_t end = IsUpper(c) ? MoneyAfterCapitals(i) : 0;
    if (end == 0) end = WordLabelsSomething(i);
    if (end > i) return end;
    if (Lower(c) == 'h' || Lower(c) == 'w')
      if (const std::size_t h = Platform(i, e)) return h;
    return e;
  }

  // The web address ("http", "www"), date of birth ("DOB", "born on") or
  // occupation ("worked as", "was a", "became a") that the word at `i`
  // starts or labels: emits it and returns its end, or 0.
  std::size_t WordLabelsSomething(std::size_t i) {
    const char c = Lower(t_[i]);
    std::size_t end = 0;
    if (c == 'h' || c == 'w') end = Url(i);
    if (end == 0 && (c == 'd' || c == 'b')) end = DateOfBirth(i);
    // The third letter of a trigger is 's', 'r' or 'c'.
    if (end == 0 && (c == 'w' || c == 'b') && i + 3 < t_.size() &&
        (t_[i + 2] == 's' || t_[i + 2] == 'r' || t_[i + 2] == 'c'))
      end = OccupationFrom(i);
    return end;
  }

  // The first position from `i` of a byte that can start something: a word
  // byte, '@', '+', '(', '$' or '_'. Every other byte is passed over one
  // table look-up at a time (most of a text is spaces and punctuation
  // between words).
  std::size_t SkipQuiet(std::size_t i) const {
    static constexpr std::array<bool, 256> kQuiet = [] {
      std::array<bool, 256> quiet{};
      for (int c = 0; c < 256; ++c)
        quiet[static_cast<std::size_t>(c)] = !IsWordByte(static_cast<char>(c)) && c != '@' &&
                                             c != '+' && c != '(' && c != '$' && c != '_';
      return quiet;
    }();
    while (i < t_.size() && kQuiet[static_cast<unsigned char>(t_[i])]) ++i;
    return i;
  }

  std::size_t DigitsAt(std::size_t p) const { return DigitRun(t_, p); }
  std::size_t UppersAt(std::size_t p) const { return UpperRun(t_, p); }
  bool EndsWord(std::size_t p) const { return p >= t_.size() || !IsWordByte(t_[p]); }
  // True when `p` ends a number: no digit, and no separator followed by a
  // digit.
  bool EndsNumber(std::size_t p) const {
    if (p >= t_.size()) return true;
    if (IsWordByte(t_[p])) return false;
    if ((t_[p] == '/' || t_[p] == '-' || t_[p] == '.') && p + 1 < t_.size() && IsDigit(t_[p + 1]))
      return false;
    return true;
  }
  bool StartsNumber(std::size_t p) const {
    if (p == 0) return true;
    if (IsWordByte(t_[p - 1])) return false;
    if ((t_[p - 1] == '/' || t_[p - 1] == '-' || t_[p - 1] == '.') && p >= 2 && IsDigit(t_[p - 2]))
      return false;
    return true;
  }
  bool AtCI(std::size_t p, std::string_view lower) const {
    if (p + lower.size() > t_.size()) return false;
    for (std::size_t k = 0; k < lower.size(); ++k)
      if (Lower(t_[p + k]) != lower[k]) return false;
    return true;
  }

  // The end of the last identifier found, before which nothing new may start.
  std::size_t Floor() const { return out_.size() > first_ ? out_.back().end : 0; }

  // Emits `money` with the words that belong to it: a qualifier before it
  // ("approximately USD 1,850") and the same sum converted, in brackets
  // ("TRL 1,000,000,000 (approximately USD 790)"), so that no part of either
  // figure is left beside the label.
  std::size_t EmitMoney(const MoneyAmount& money) {
    std::size_t begin = money.begin;
    if (const std::size_t q = QualifierBefore(begin); q != begin && q >= Floor()) begin = q;
    std::size_t end = money.end;
    std::size_t p = end;
    while (p < t_.size() && t_[p] == ' ') ++p;
    if (p < t_.size() && t_[p] == '(') {
      p = QualifierAfter(p + 1);
      MoneyAmount inner;
      const bool found = (CurrencySymbolAt(t_, p) != 0 && MoneyAfterSymbol(t_, p, &inner)) ||
                         (p + 4 < t_.size() && IsUpper(t_[p]) && MoneyAfterCode(t_, p, &inner)) ||
                         (p < t_.size() && IsDigit(t_[p]) && MayStartAmount(t_, p) &&
                          MoneyBeforeName(t_, p, &inner));
      if (found && inner.begin == p && inner.end < t_.size() && t_[inner.end] == ')')
        end = inner.end + 1;
    }
    return Emit(begin, end, "MONEY", money.rule, money.score);
  }

  // The words that qualify an amount: "approximately", "about", "around",
  // "roughly", "some", "circa", "nearly", "almost".
  static bool IsAmountQualifier(std::string_view w) {
    return w == "approximately" || w == "about" || w == "around" || w == "roughly" || w == "some" ||
           w == "circa" || w == "nearly" || w == "almost";
  }
  // The start of a qualifier and one space ending at `pos`, or `pos`.
  std::size_t QualifierBefore(std::size_t pos) const {
    if (pos < 2 || t_[pos - 1] != ' ') return pos;
    std::size_t b = pos - 1;
    while (b > 0 && IsLower(t_[b - 1])) --b;
    if (b > 0 && IsWordByte(t_[b - 1])) return pos;
    return IsAmountQualifier(t_.substr(b, pos - 1 - b)) ? b : pos;
  }
  // The position after a qualifier and one space starting at `pos`, or `pos`.
  std::size_t QualifierAfter(std::size_t pos) const {
    std::size_t e = pos;
    while (e < t_.size() && IsLower(t_[e])) ++e;
    if (e == pos || e >= t_.size() || t_[e] != ' ') return pos;
    return IsAmountQualifier(t_.substr(pos, e - pos)) ? e + 1 : pos;
  }

  // The end of an amount written after the capitals at `i`: a currency code
  // and a number ("USD 1,850", not a record's label: CodeLabelsNumber), or a
  // symbol after one or two capitals ("IR£8,800"); or 0.
  std::size_t MoneyAfterCapitals(std::size_t i) {
    MoneyAmount code;
    if (i + 4 < t_.size() && (t_[i + 3] == ' ' || t_[i + 3] == '\xC2') &&
        MoneyAfterCode(t_, i, &code) && !CodeLabelsNumber(i, code))
      return EmitMoney(code);
    const std::size_t k = UppersAt(i);
    if (k > 2 || i + k >= t_.size() ||
        !MayStartCurrencySymbol(static_cast<unsigned char>(t_[i + k])))
      return 0;
    MoneyAmount money;
    if (!MoneyAfterSymbol(t_, i + k, &money) || money.begin != i) return 0;
    return EmitMoney(money);
  }

  // True when the currency code of `money` at `i` is also a record's label
  // and the sum after it is a bare run of digits not ending in "00": "CAD
  // 1234 of 3/4" is a police log (computer-aided dispatch) whose number the
  // labelled-reference rule takes; "CAD 1,234" and "CAD 5000" stay sums.
  bool CodeLabelsNumber(std::size_t i, const MoneyAmount& money) const {
    std::size_t p = i + 3;
    while (p < money.end && !IsDigit(t_[p])) ++p;
    if (p >= money.end || p + DigitsAt(p) != money.end) return false;
    if (t_[money.end - 1] == '0' && t_[money.end - 2] == '0') return false;
    const LabelMatch label = LabelBefore(t_, p);
    return label.label == Label::kReference && label.adjacent;
  }

  // The nationality phrase around the word of `n` letters at `i`: emits it
  // and returns its end, or 0.
  std::size_t Nationality(std::size_t i, std::size_t n) {
    NationalityPhrase phrase;
    if (!NationalityAt(t_, i, n, Floor(), &phrase)) return 0;
    return Emit(phrase.begin, phrase.end, "DEMOGRAPHIC", phrase.rule, phrase.score);
  }

  // The religion or language phrase around the capitalised word [i, e) of
  // ASCII letters, lower case after the first: emits it and returns its end,
  // or 0. One table look-up for most words.
  std::size_t FaithOrLanguage(std::size_t i, std::size_t e) {
    if (!MayBeFaithOrLanguage(t_, i, e - i) || (e < t_.size() && IsDigit(t_[e]))) return 0;
    FaithLanguagePhrase phrase;
    if (!FaithOrLanguageAt(t_, i, e - i, Floor(), &phrase)) return 0;
    return Emit(phrase.begin, phrase.end, phrase.type, phrase.rule, phrase.score);
  }

  // False when the plain word of `n` letters at `i` is surely neither a
  // nationality word nor an occupation trigger: one look-up for most words.
  bool MayStartPhrase(std::size_t i, std::size_t n) const {
    return n < 16 && ((kPhraseGate[static_cast<unsigned char>(t_[i])] >> n) & 1u) != 0;
  }
  // For each first byte, bit n when a nationality word or an occupation
  // trigger of n letters starts with it.
  static constexpr std::array<std::uint16_t, 256> kPhraseGate = [] {
    std::array<std::uint16_t, 256> gate = kOccupationTriggerGate;
    for (std::size_t k = 7; k <= 11; ++k) {  // "citizen" ... "nationality": IsNationalityWord
      gate['c'] |= static_cast<std::uint16_t>(1u << k);
      gate['n'] |= static_cast<std::uint16_t>(1u << k);
    }
    return gate;
  }();

  // False when the plain word of `n` letters at `i` surely starts neither a
  // platform's account (MayBePlatformWord) nor a phrase (MayStartPhrase):
  // one look-up in each table by its first letter and length, which most
  // words fail.
  bool MayStartPlatformOrPhrase(std::size_t i, std::size_t n) const {
    const auto first = static_cast<unsigned char>(t_[i]);
    return n < 16 && (((kPlatformWordShapes[first] | kPhraseGate[first]) >> n) & 1u) != 0;
  }

  // The nationality or occupation phrase the plain word of `n` letters at
  // `i` starts: emits it and returns its end, or 0.
  std::size_t Phrase(std::size_t i, std::size_t n) {
    if (IsNationalityWord(t_, i, n)) return Nationality(i, n);
    return MayBeOccupationTrigger(t_, i, n) ? Occupation(i, n) : 0;
  }

  // The occupation phrase a trigger word at `i` (of ASCII letters, a word
  // start) introduces: emits it and returns its end, or 0.
  std::size_t OccupationFrom(std::size_t i) {
    std::size_t e = i + 1;
    while (e < t_.size() && IsAlpha(t_[e])) ++e;
    return MayBeOccupationTrigger(t_, i, e - i) ? Occupation(i, e - i) : 0;
  }

  // The occupation phrase the word of `n` letters at `i` introduces when it
  // is a trigger: emits it and returns its end, or 0. Kept out of Run, which
  // most words pass through without a trigger.
  [[gnu::noinline]] std::size_t Occupation(std::size_t i, std::size_t n) {
    OccupationPhrase phrase;
    if (!OccupationAt(t_, i, n, Floor(), &phrase)) return 0;
    return Emit(phrase.begin, phrase.end, "OCCUPATION", phrase.rule, phrase.score);
  }

  std::size_t Emit(std::size_t begin, std::size_t end, const char* type, const char* rule,
                   double score) {
    Mention m;
    m.begin = begin;
    m.end = end;
    m.type = type;
    m.rule = rule;
    m.score = score;
    out_.push_back(std::move(m));
    return end;
  }

  // ---- e-mail and web addresses -------------------------------------------

  std::size_t Email(std::size_t at) {
    auto local_char = [](char c) {
      return IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    };
    std::size_t b = at;
    while (b > 0 && local_char(t_[b - 1])) --b;
    while (b < at && (t_[b] == '.' || t_[b] == '\'')) ++b;
    if (b == at) return Handle(at);
    std::size_t e = at + 1;
    while (e < t_.size() && (IsAlnum(t_[e]) || t_[e] == '-' || t_[e] == '.')) ++e;
    while (e > at + 1 && (t_[e - 1] == '.' || t_[e - 1] == '-')) --e;
    std::size_t last_dot = e;
    while (last_dot > at + 1 && t_[last_dot - 1] != '.') --last_dot;
    if (last_dot <= at + 2 || e - last_dot < 2) return 0;  // needs "x.yy" after the @
    for (std::size_t k = last_dot + 1; k < e; ++k)
      if (!IsAlpha(t_[k])) return 0;
    // Drop anything found inside the address's local part.
    while (out_.size() > first_ && out_.back().end > b) out_.pop_back();
    return Emit(b, e, "EMAIL", "email", 0.95);
  }

  // "@kezzap98", "@jordan_r": a social media account, an "@" at a word start
  // followed by 2 to 30 letters, digits, "_" or "." with a letter among them.
  std::size_t Handle(std::size_t at) {
    if (at > 0 && (IsWordByte(t_[at - 1]) || t_[at - 1] == '.' || t_[at - 1] == '_')) return 0;
    std::size_t e = at + 1;
    bool letter = false;
    while (e < t_.size() && (IsAlnum(t_[e]) || t_[e] == '_' || t_[e] == '.'))
      letter |= IsAlpha(t_[e++]);
    while (e > at + 1 && t_[e - 1] == '.') --e;  // a full stop ends the sentence
    const std::size_t n = e - at - 1;
    if (!letter || n < 2 || n > 30 || (e < t_.size() && (IsWordByte(t_[e]) || t_[e] == '@')))
      return 0;
    return Emit(at, e, "SOCIAL_MEDIA", "handle", 0.85);
  }

  // "https://...", "www....": a web address; one on a public body's site
  // (PublicBodyHost) is passed over, not emitted. Returns its end, or 0.
  std::size_t Url(std::size_t i) {
    // "http" and "www" are the only schemes: "had", "was" are refused here.
    const char second = i + 1 < t_.size() ? Lower(t_[i + 1]) : '\0';
    if (second != 't' && second != 'w') return 0;
    std::size_t host = i;
    if (AtCI(i, "http://"))
      host = i + 7;
    else if (AtCI(i, "https://"))
      host = i + 8;
    else if (!AtCI(i, "www."))
      return 0;
    const std::size_t e = LinkEnd(i);
    if (e - i < 8) return 0;
    if (PublicBodyHost(host, HostEnd(host))) return e;
    return Emit(i, e, "URL", "url", 0.95);
  }

  // "facebook.com/kerry.ann.77", "tiktok.com/@x", "gofundme.com/f/x": a web
  // address written without "http" or "www.", a host (HostEnd) whose last
  // label is a common top-level domain, then "/" and a path. One on a public
  // body's site is passed over, not emitted. Returns its end, or 0.
  std::size_t BareLink(std::size_t i) {
    // Most words reaching here are not followed by ".x": one or two tests.
    std::size_t w = i;
    while (w < t_.size() && (IsAlnum(t_[w]) || t_[w] == '-')) ++w;
    if (w + 1 >= t_.size() || t_[w] != '.' || !IsAlnum(t_[w + 1])) return 0;
    const std::size_t host_end = HostEnd(i);
    if (host_end + 1 >= t_.size() || t_[host_end] != '/' || !IsAlnum(LinkPathStart(host_end + 1)))
      return 0;
    std::size_t tld = host_end;
    while (t_[tld - 1] != '.') --tld;
    static constexpr std::string_view kTopLevel[] = {
        "com",    "org",  "net",  "uk",   "co",    "io",    "me",     "tv",   "fm",   "be",
        "ly",     "gg",   "ie",   "eu",   "us",    "info",  "biz",    "app",  "page", "site",
        "online", "live", "link", "scot", "wales", "cymru", "social", "blog", "xyz"};
    bool known = false;
    for (std::string_view top : kTopLevel) known |= top.size() == host_end - tld && AtCI(tld, top);
    if (!known) return 0;
    const std::size_t e = LinkEnd(i);
    if (PublicBodyHost(i, host_end)) return e;
    return Emit(i, e, "URL", "url-no-scheme", 0.9);
  }

  // The byte that starts a link's path at `p` with "@" and "~" passed over
  // ("tiktok.com/@x"), or '\0'.
  char LinkPathStart(std::size_t p) const {
    if (p < t_.size() && (t_[p] == '@' || t_[p] == '~')) ++p;
    return p < t_.size() ? t_[p] : '\0';
  }

  // The end of a host name at `p`: two or more labels of letters, digits and
  // "-" joined by single dots, the last of letters only; or `p`.
  std::size_t HostEnd(std::size_t p) const {
    std::size_t e = p, labels = 0, last = p;
    while (true) {
      std::size_t k = e;
      while (k < t_.size() && (IsAlnum(t_[k]) || t_[k] == '-')) ++k;
      if (k == e) break;
      ++labels;
      last = e;
      e = k;
      if (e + 1 >= t_.size() || t_[e] != '.' || !IsAlnum(t_[e + 1])) break;
      ++e;
    }
    if (labels < 2) return p;
    for (std::size_t k = last; k < e; ++k)
      if (!IsAlpha(t_[k])) return p;
    return e;
  }

  // True when the host [b, e) is a public body's or a national charity's
  // site (under gov.uk, gov.scot, gov.wales, llyw.cymru, nhs.uk, nhs.scot,
  // nhs.wales, nhs.net, police.uk, parliament.uk, judiciary.uk, mod.uk,
  // ac.uk; and the national charities' own org.uk sites): the agencies of a
  // review are part of the story, and their pages name no family. Other
  // org.uk sites are a housing association's, a local charity's, a club's:
  // they say who a family deals with, and stay links, as a school's (sch.uk)
  // says where a child is.
  bool PublicBodyHost(std::size_t b, std::size_t e) const {
    static constexpr std::string_view kPublic[] = {
        "gov.uk", "gov.scot", "gov.wales", "llyw.cymru", "nhs.uk", "nhs.scot", "nhs.wales",
        "nhs.net", "police.uk", "parliament.uk", "judiciary.uk", "mod.uk", "ac.uk",
        // National charities and helplines.
        "nspcc.org.uk", "barnardos.org.uk", "womensaid.org.uk", "refuge.org.uk",
        "citizensadvice.org.uk", "mind.org.uk", "mencap.org.uk", "childline.org.uk",
        "victimsupport.org.uk", "safelives.org.uk", "ageuk.org.uk", "samaritans.org",
        "actionforchildren.org.uk", "childrenssociety.org.uk", "lucyfaithfull.org.uk",
        "stopitnow.org.uk", "nationaldahelpline.org.uk", "rapecrisis.org.uk", "shelter.org.uk",
        "youngminds.org.uk", "mankind.org.uk", "galop.org.uk", "karmanirvana.org.uk",
        "scope.org.uk", "familylives.org.uk", "iwf.org.uk", "thinkuknow.co.uk", "anncrafttrust.org",
        "respect.uk.net", "crimestoppers-uk.org"};
    for (std::string_view suffix : kPublic) {
      if (e - b < suffix.size() || !AtCI(e - suffix.size(), suffix)) continue;
      if (e - b == suffix.size() || t_[e - suffix.size() - 1] == '.') return true;
    }
    return false;
  }

  // The end of a link starting at `i`: up to a space, "<", ">" or '"', less
  // the punctuation of the sentence after it.
  std::size_t LinkEnd(std::size_t i) const {
    std::size_t e = i;
    while (e < t_.size() && static_cast<unsigned char>(t_[e]) > ' ' && t_[e] != '<' &&
           t_[e] != '>' && t_[e] != '"')
      ++e;
    while (e > i && (t_[e - 1] == '.' || t_[e - 1] == ',' || t_[e - 1] == ';' || t_[e - 1] == ':' ||
                     t_[e - 1] == ')' || t_[e - 1] == ']' || t_[e - 1] == '\'' ||
                     t_[e - 1] == '!' || t_[e - 1] == '?'))
      --e;
    return e;
  }

  // ---- numbers
  // ---------------------------------------------------------------

  std::size_t Digits(std::size_t i) {
    if (!StartsNumber(i)) return 0;
    if (IsDigit(t_[i]) && t_[i] != '0') {
      // Short numbers ("14 June", "3 children") are never identifiers unless
      // they run on with separators or letters ("2-1234/2003", "12/3456",
      // "4B/77").
      const std::size_t run = DigitsAt(i);
      if (run < 3) {
        const std::size_t after = i + run;
        const bool runs_on =
            after + 1 < t_.size() && (((t_[after] == '/' || t_[after] == '-' || t_[after] == '.') &&
                                       IsAlnum(t_[after + 1])) ||
                                      IsAlpha(t_[after]));
        if (!runs_on) return CallSign(i);  // "call sign Delta 12"
      }
    }
    LabelOnDemand label(t_, i);
    std::size_t best = 0;
    if (IsDigit(t_[i])) {
      best = DbsCertificate(i);
      if (best) return best;
      best = NhsNumber(i, label);
      if (best) return best;
      best = LogNumberWithDate(i);
      if (best) return best;
    }
    best = Phone(i, label);
    if (best) return best;
    if (!IsDigit(t_[i])) return 0;
    if (MayHaveAdjacentLabel(t_, i) && label.Get().label == Label::kReference &&
        label.Get().adjacent && !(label.Get().countable && CountOf(i))) {
      best = LabelledToken(i);
      if (best) return best;
    }
    best = GroupCode(i);
    if (best) return best;
    best = PoliceRecordNumber(i);
    if (best) return best;
    best = ApplicationNumber(i, label);
    if (best) return best;
    best = CollarInBrackets(i);
    if (best) return best;
    best = Extension(i);
    if (best) return best;
    best = CallSign(i);
    if (best) return best;
    return LongDigitRun(i, label);
  }

  // True when the number at `i` counts what the word after it names: a
  // plain number, then a period, a unit or people ("100 days", "300 metres",
  // "120 families"). After a label that is also a noun ("the referral 100
  // days later", "log 100 hours") it is no reference.
  bool CountOf(std::size_t i) const {
    static constexpr std::string_view kCounted[] = {
        "calls",  "cases",  "children", "days",    "families", "feet",      "hours",
        "meters", "metres", "miles",    "minutes", "months",   "occasions", "people",
        "pounds", "pupils", "times",    "visits",  "weeks",    "yards",     "years"};
    static_assert(std::is_sorted(std::begin(kCounted), std::end(kCounted)));
    std::size_t p = i + DigitsAt(i);
    if (p + 1 >= t_.size() || t_[p] != ' ') return false;
    const std::size_t len = LowerRun(t_, p + 1);
    const std::size_t end = p + 1 + len;
    if (!EndsWord(end) || (end < t_.size() && t_[end] == '\'')) return false;  // "children's"
    const std::string_view word = t_.substr(p + 1, len);
    return std::binary_search(std::begin(kCounted), std::end(kCounted), word);
  }

  // "call sign Romeo 3307", "callsign Alpha 418": a vehicle's call sign, the
  // word and the number (the span starts at the word, before `i`).
  std::size_t CallSign(std::size_t i) {
    const std::size_t run = DigitsAt(i);
    if (run < 1 || run > 5 || !EndsNumber(i + run) || i < 2 || t_[i - 1] != ' ') return 0;
    std::size_t b = i - 1;
    while (b > 0 && HasClass(t_[b - 1], kLetter)) --b;
    if (b == i - 1 || !IsUpper(t_[b]) || i - 1 - b > 10 || b < 2 || t_[b - 1] != ' ') return 0;
    std::size_t p = b - 1;
    if (p < 8 || !AtCI(p - 3, "ign")) return 0;  // every label ends "sign"
    for (std::string_view label : {"call sign", "callsign", "Call sign", "Call Sign"})
      if (p >= label.size() && t_.substr(p - label.size(), label.size()) == label)
        return b >= Floor() ? Emit(b, i + run, "CASE_REF", "call-sign", 0.8) : 0;
    return 0;
  }

  // "ext 2614", "ext. 2315", "extension 4410": a phone's extension.
  std::size_t Extension(std::size_t i) {
    const std::size_t run = DigitsAt(i);
    if (run < 2 || run > 5 || !EndsNumber(i + run)) return 0;
    std::size_t p = i;
    while (p > 0 && t_[p - 1] == ' ') --p;
    if (p > 0 && t_[p - 1] == '.') --p;
    // Every label ends in 't' or 'n': most numbers are refused here.
    if (p == 0 || (Lower(t_[p - 1]) != 't' && Lower(t_[p - 1]) != 'n')) return 0;
    for (std::string_view label : {"ext", "extension", "Ext", "EXT", "Extension"}) {
      if (p >= label.size() && t_.substr(p - label.size(), label.size()) == label &&
          (p == label.size() || !IsAlpha(t_[p - label.size() - 1])))
        return Emit(i, i + run, "PHONE", "phone-extension", 0.8);
    }
    return 0;
  }

  // "DS Gary McBride (1893)", "PC Jones (4471)": a collar number in brackets
  // after a police rank and one to three capitalised words.
  std::size_t CollarInBrackets(std::size_t i) {
    const std::size_t run = DigitsAt(i);
    if (run < 3 || run > 6 || i < 2 || t_[i - 1] != '(' || i + run >= t_.size() ||
        t_[i + run] != ')')
      return 0;
    std::size_t p = i - 1;
    for (int words = 0; words <= 3; ++words) {
      if (p == 0 || t_[p - 1] != ' ') return 0;
      std::size_t b = p - 1;
      while (b > 0 && (IsAlpha(t_[b - 1]) || t_[b - 1] == '\'' || t_[b - 1] == '-')) --b;
      const std::string_view word = t_.substr(b, p - 1 - b);
      if (word.empty() || !IsUpper(word[0])) return 0;
      if (words > 0) {
        static constexpr std::string_view kRanks[] = {"PC",   "DC",  "DS",       "DI",
                                                      "DCI",  "PS",  "Sgt",      "Insp",
                                                      "PCSO", "Det", "Sergeant", "Constable"};
        for (std::string_view rank : kRanks)
          if (word == rank) return Emit(i, i + run, "CASE_REF", "collar-number", 0.85);
      }
      p = b;
    }
    return 0;
  }

  // A police incident log as forces write it, its number and the day's date:
  // "0987 14/09/22", "1244 29/11/2022" (four digits, one space, a date).
  std::size_t LogNumberWithDate(std::size_t i) {
    if (DigitsAt(i) != 4 || i + 5 >= t_.size() || t_[i + 4] != ' ') return 0;
    if (i > 0 && (IsAlnum(t_[i - 1]) || t_[i - 1] == '/' || t_[i - 1] == ':')) return 0;
    // "In 2019 14/09/22": a year is the dates plugin's.
    if ((t_[i] == '1' && t_[i + 1] == '9') || (t_[i] == '2' && t_[i + 1] == '0')) return 0;
    // The date as DateAt reads one, written with slashes.
    const std::size_t date = i + 5;
    const std::size_t end = DateAt(date);
    if (end == 0 || t_[date + DigitsAt(date)] != '/') return 0;
    return Emit(i, end, "CASE_REF", "log-number-date", 0.8);
  }

  std::size_t NhsNumber(std::size_t i, LabelOnDemand& label) {
    std::string digits;
    std::size_t end = 0;
    const std::size_t run = DigitsAt(i);
    if (run == 10) {
      digits = std::string(t_.substr(i, 10));
      end = i + 10;
    } else if (run == 3 && i + 12 <= t_.size() && (t_[i + 3] == ' ' || t_[i + 3] == '-') &&
               DigitsAt(i + 4) == 3 && t_[i + 7] == t_[i + 3] && DigitsAt(i + 8) == 4) {
      digits = std::string(t_.substr(i, 3)) + std::string(t_.substr(i + 4, 3)) +
               std::string(t_.substr(i + 8, 4));
      end = i + 12;
    } else {
      return 0;
    }
    if (!EndsNumber(end)) return 0;
    const bool nhs_label = label.Get().label == Label::kNhs;
    // An unspaced ten-digit number starting with 0 is more likely a phone
    // number.
    if (!nhs_label && digits[0] == '0') return 0;
    if (IsValidNhsNumber(digits))
      return Emit(i, end, "NHS_NUMBER", "nhs-mod11", nhs_label ? 0.97 : 0.9);
    if (nhs_label) return Emit(i, end, "NHS_NUMBER", "nhs-labelled", 0.7);
    // "622 301 5547": written as NHS numbers are, but mistyped (or the label
    // is too far back); nothing else in a UK draft is grouped so.
    if (run == 3) return Emit(i, end, "NHS_NUMBER", "nhs-grouping", 0.6);
    return 0;
  }

  // A number abroad: "+61 8 9385 2214", "+33 6 12 34 56 78", "+1-202-555-0143":
  // "+", a country code and groups of digits joined by one space or hyphen,
  // two groups at least after the code, 8 to 15 digits in all (E.164).
  std::size_t InternationalPhone(std::size_t i, LabelOnDemand& label) {
    if (i > 0 && (IsDigit(t_[i - 1]) || IsAlpha(t_[i - 1]))) return 0;
    std::size_t p = i + 1;
    const std::size_t code = DigitsAt(p);
    if (code == 0 || code > 3 || t_[p] == '0') return 0;
    p += code;
    std::size_t digits = code, groups = 0, end = p;
    while (p + 1 < t_.size() && (t_[p] == ' ' || t_[p] == '-') && IsDigit(t_[p + 1])) {
      const std::size_t d = DigitsAt(p + 1);
      if (d > 5 || digits + d > 15) return 0;
      p += 1 + d;
      digits += d;
      ++groups;
      end = p;
    }
    if (groups < 2 || digits < 8 || !EndsNumber(end)) return 0;
    const bool labelled = label.Get().label == Label::kPhone;
    return Emit(i, end, "PHONE", "international", labelled ? 0.95 : 0.85);
  }

  // UK numbers: 07700 900123, +44 7700 900123, +44 (0)20 7946 0000, 020 7946
  // 0000, (0161) 496 0000, 01632 960000, 0800 123 4567.
  std::size_t Phone(std::size_t i, LabelOnDemand& label) {
    // A UK number's first digit is 0 ("0044" too): "2014" is refused here.
    if (IsDigit(t_[i]) && t_[i] != '0') return 0;
    std::size_t p = i;
    bool international = false;
    std::string digits;
    const bool plus = t_[p] == '+' && p + 2 < t_.size() && t_[p + 1] == '4' && t_[p + 2] == '4';
    const bool zeros = t_.substr(p, 4) == "0044";
    if (t_[p] == '+' && !plus) return InternationalPhone(i, label);
    if (plus || zeros) {
      international = true;
      p += plus ? 3 : 4;
      digits = "0";
      // "+44 (0)20 ..." and "+44 0 20 ..." write the trunk 0 that the
      // international form leaves out.
      std::size_t q = p;
      while (q < t_.size() && t_[q] == ' ') ++q;
      if (AtCI(q, "(0)")) {
        p = q + 3;
      }
    }
    bool open_paren = false;
    std::size_t last_digit_end = p, eleventh_end = 0;
    // Twelve digits at most: one too many for a UK number is a typing slip
    // ("01782 496 0350"), still the number.
    while (p < t_.size() && digits.size() < 12) {
      const char c = t_[p];
      if (IsDigit(c)) {
        digits.push_back(c);
        ++p;
        last_digit_end = p;
        if (digits.size() == 11) eleventh_end = p;
        continue;
      }
      if (c == '(' && !open_paren && (digits.empty() || digits == "0")) {
        open_paren = true;
        ++p;
        continue;
      }
      if (c == ')' && open_paren && digits.size() <= 6) {  // "(0161) 496 0000"
        open_paren = false;
        ++p;
        if (p < t_.size() && t_[p] == ' ') ++p;
        continue;
      }
      if ((c == ' ' || c == '-') && p + 1 < t_.size() && IsDigit(t_[p + 1]) && !digits.empty()) {
        ++p;
        continue;
      }
      break;
    }
    if (open_paren || !EndsNumber(last_digit_end)) return 0;
    if (international && digits.size() > 1 && digits[1] == '0') digits.erase(1, 1);
    if (digits.size() < 10 || digits[0] != '0') return 0;
    const char kind = digits[1];
    const bool labelled = label.Get().label == Label::kPhone;
    const char* rule = nullptr;
    if (digits.size() == 12) {
      // Only spaced like a phone number and in a phone's ranges; else the
      // first eleven digits may be one ("0800 123 4567 2").
      if (!international && last_digit_end - i >= 14 && (kind == '1' || kind == '2' || kind == '7'))
        return Emit(i, last_digit_end, "PHONE", "uk-phone-extra-digit", labelled ? 0.9 : 0.75);
      if (!IsDigit(t_[eleventh_end])) {
        digits.pop_back();
        last_digit_end = eleventh_end;
      }
    }
    if (kind == '7' && digits.size() == 11) {
      rule = "uk-mobile";
    } else if ((kind == '1' || kind == '2' || kind == '3') &&
               (digits.size() == 11 || (digits.size() == 10 && kind == '1'))) {
      rule = "uk-landline";
    } else if (kind == '8' && (digits.size() == 11 || digits.size() == 10)) {
      rule = "uk-freephone";
    } else if (kind == '5' && digits.size() == 11) {
      rule = "uk-corporate";
    } else {
      return 0;
    }
    if (international) rule = "uk-international";
    return Emit(i, last_digit_end, "PHONE", rule, labelled ? 0.95 : 0.9);
  }

  // 2021/KLM/00442, 19/TX/5520, 45/88012/22: three to six groups of digits
  // (up to eight) or capitals (up to five) joined by one separator, starting
  // with digits. With a group of capitals ("/" or "-" between) four digits in
  // all are needed; of digits alone ("/" between), a group of five or more,
  // which no date has ("11/11/2023", "2018/2019/2020").
  std::size_t GroupCode(std::size_t i) {
    const std::size_t first = DigitsAt(i);
    std::size_t p = i + first;
    if (first > 8 || p + 1 >= t_.size() || (t_[p] != '/' && t_[p] != '-')) return 0;
    const char sep = t_[p];
    std::size_t groups = 1, digits = first, longest = first;
    bool capitals = false;
    while (p + 1 < t_.size() && t_[p] == sep && groups < 6) {
      const std::size_t d = DigitsAt(p + 1), u = d == 0 ? UppersAt(p + 1) : 0;
      if (d + u == 0 || d > 8 || u > 5) return 0;
      p += 1 + d + u;
      ++groups;
      digits += d;
      longest = std::max(longest, d);
      capitals |= u > 0;
    }
    if (groups < 3 || !EndsWord(p) || (p < t_.size() && t_[p] == sep)) return 0;
    if (capitals ? digits < 4 : sep != '/' || longest < 5) return 0;
    return Emit(i, p, "CASE_REF", "group-code", 0.85);
  }

  // "24/0031877X" (a Police National Computer ID: the year, a serial and a
  // check letter), "012345/19K" (a Criminal Records Office number: a serial,
  // the year and a check letter), with or without "PNC" or "CRO" before it:
  // two digits then five to seven, or five or six then two, joined by "/",
  // and one capital ending the word. Without the letter it is no such number
  // ("40593/04" is ApplicationNumber's; "12/345A", "24/0031877XY" stay).
  std::size_t PoliceRecordNumber(std::size_t i) {
    const std::size_t a = DigitsAt(i);
    if (i + a >= t_.size() || t_[i + a] != '/') return 0;
    const std::size_t b = DigitsAt(i + a + 1);
    const bool pnc = a == 2 && b >= 5 && b <= 7, cro = (a == 5 || a == 6) && b == 2;
    const std::size_t end = i + a + 1 + b + 1;
    if (!(pnc || cro) || end > t_.size() || !IsUpper(t_[end - 1]) || !EndsWord(end) ||
        (end < t_.size() && t_[end] == '/'))
      return 0;
    return Emit(i, end, "CASE_REF", "police-record-number", 0.85);
  }

  // "DBS certificate 001234567890", "DBS no. 0012 3456 7890", "CRB
  // disclosure 0012-3456-7890": a Disclosure and Barring Service (formerly
  // Criminal Records Bureau) certificate's number, twelve digits, in groups
  // or not, after "DBS" or "CRB" on the same line, with at most 40 bytes and
  // no other digit between ("Enhanced DBS check (certificate no. ..."). Twelve
  // digits without it are a long-digit-run (0.6); "DBS checks in 2019", "DBS
  // 0300 0200 190" (a phone number) stay.
  std::size_t DbsCertificate(std::size_t i) {
    std::size_t p = i, count = 0, end = i;
    while (count < 12) {
      const std::size_t run = DigitsAt(p);
      if (run == 0) break;
      count += run;
      end = p + run;
      if (end + 1 < t_.size() && (t_[end] == ' ' || t_[end] == '-') && IsDigit(t_[end + 1])) {
        p = end + 1;
        continue;
      }
      break;
    }
    if (count != 12 || !EndsNumber(end) || !DbsWordBefore(i)) return 0;
    return Emit(i, end, "CASE_REF", "dbs-certificate", 0.9);
  }

  // True when "DBS" or "CRB" (any case, a whole word) stands within the 40
  // bytes before `pos` on its line, with no digit between.
  bool DbsWordBefore(std::size_t pos) const {
    const std::size_t from = pos > 40 ? pos - 40 : 0;
    for (std::size_t p = pos; p >= from + 3; --p) {
      const char c = t_[p - 1];
      if (c == '\n' || c == '\r' || IsDigit(c)) return false;
      if ((AtCI(p - 3, "dbs") || AtCI(p - 3, "crb")) && (p == 3 || !IsWordByte(t_[p - 4])) &&
          (p >= t_.size() || !IsAlpha(t_[p])))
        return true;
    }
    return false;
  }

  // True when four digits, "/" and two or four digits at `p` are a year and
  // the next ("2019/20", "2019/2020"): an academic or financial year.
  bool YearPairAt(std::size_t p) const {
    if (DigitsAt(p) != 4 || p + 5 > t_.size() || t_[p + 4] != '/') return false;
    const std::size_t n = DigitsAt(p + 5);
    if (n != 2 && n != 4) return false;
    const int first = std::stoi(std::string(t_.substr(p, 4)));
    const int second = std::stoi(std::string(t_.substr(p + 5, n)));
    return n == 2 ? second == (first + 1) % 100 : second == first + 1;
  }

  // 40593/04, 12345/19: the numbering of applications and court cases; and
  // a year then a number, 1996/123, as courts and prosecutors number their
  // files, with a one-letter register before it kept in the span
  // ("E. 1996/123", "K.1997/45").
  std::size_t ApplicationNumber(std::size_t i, LabelOnDemand& label) {
    const std::size_t a = DigitsAt(i);
    if (a < 3 || a > 6 || i + a >= t_.size() || t_[i + a] != '/') return 0;
    const std::size_t b = DigitsAt(i + a + 1);
    const int y = a == 4 ? std::stoi(std::string(t_.substr(i, 4))) : 0;
    const bool year_first = y >= 1900 && y <= 2099;
    if (b != 2 && b != 4 && !(year_first && b >= 1 && b <= 6)) return 0;
    const std::size_t end = i + a + 1 + b;
    if (!EndsNumber(end)) return 0;
    // 2014/15 and 2014/2015 are academic or financial years, not references.
    if (year_first && YearPairAt(i)) return 0;
    std::size_t begin = i;
    const auto register_letter = [&](std::size_t p) {  // "E." at p, alone
      return p >= Floor() && IsUpper(t_[p]) && t_[p + 1] == '.' &&
             (p == 0 || !IsWordByte(t_[p - 1]));
    };
    if (i >= 3 && t_[i - 1] == ' ' && register_letter(i - 3))
      begin = i - 3;
    else if (i >= 2 && register_letter(i - 2))
      begin = i - 2;
    return Emit(begin, end, "CASE_REF", "application-number",
                label.Get().label == Label::kReference ? 0.95 : 0.85);
  }

  // Six or more digits after an identifier word ("account 12345678", sort code
  // 12-34-56), or nine or more anywhere.
  std::size_t LongDigitRun(std::size_t i, LabelOnDemand& label) {
    std::size_t p = i, count = 0, end = i;
    // The label only matters for six digits or more, or a run that goes on
    // in groups ("12-34-56"): a shorter lone run is refused either way.
    const std::size_t first = DigitsAt(i);
    const bool grouped = i + first + 1 < t_.size() &&
                         (t_[i + first] == ' ' || t_[i + first] == '-') &&
                         IsDigit(t_[i + first + 1]);
    const bool labelled = (first >= 6 || grouped) && label.Get().label != Label::kNone;
    while (p < t_.size()) {
      const std::size_t run = DigitsAt(p);
      if (run == 0) break;
      count += run;
      p += run;
      end = p;
      // Labelled numbers may be written in groups: "1234 5678", "12-34-56".
      if (labelled && p + 1 < t_.size() && (t_[p] == ' ' || t_[p] == '-') && IsDigit(t_[p + 1])) {
        ++p;
        continue;
      }
      break;
    }
    if (!EndsWord(end)) return 0;
    if (labelled && count >= 6) return Emit(i, end, "CASE_REF", "long-digit-run", 0.85);
    if (count >= 9 && end - i == count) return Emit(i, end, "CASE_REF", "long-digit-run", 0.6);
    return 0;
  }

  // True when the word [b, e) is "id", "no", "nos" or "nr" (any case): a
  // label's word for "number", not a series before it.
  bool GenericLabelWord(std::size_t b, std::size_t e) const {
    for (std::string_view word : {"id", "no", "nos", "nr"})
      if (e - b == word.size() && AtCI(b, word)) return true;
    return false;
  }

  // The token after "Ref:", "case no." ...: letters, digits, / - . with at
  // least two digits; a series of one to three capitals may stand before it
  // ("identity card no. AB 123456").
  std::size_t LabelledToken(std::size_t i) {
    std::size_t e = i, digits = 0;
    const auto token = [&] {
      while (e < t_.size() &&
             (IsAlnum(t_[e]) || t_[e] == '/' || t_[e] == '-' || t_[e] == '.' || t_[e] == '_')) {
        if (IsDigit(t_[e])) ++digits;
        ++e;
      }
    };
    token();
    // "AB 123456"; after "ref:", "UPRN 100021204417": a word, then the number.
    // (Only words the scan does not pass over as ordinary reach here: a
    // capitalised one of lower-case letters is passed, so call signs such as
    // "Romeo 3307" are CallSign's.) A label's word for "number" is no such
    // word: "PNC ID 21/123456A", "PNC No 21/123456A" take the number alone.
    if (digits == 0 && e + 1 < t_.size() && t_[e] == ' ' && IsDigit(t_[e + 1]) &&
        ((e - i <= 3 && UppersAt(i) == e - i) || (e - i <= 8 && IsUpper(t_[i]))) &&
        !GenericLabelWord(i, e)) {
      ++e;
      token();
    }
    // Further groups of a number written in groups: "CT 5083 1172", "RB 4417
    // 2290 6GB" (each group has a digit).
    if (digits > 0) {
      for (int groups = 0; groups < 4 && e + 1 < t_.size() && t_[e] == ' '; ++groups) {
        std::size_t g = e + 1, group_digits = 0;
        while (g < t_.size() && IsAlnum(t_[g])) group_digits += IsDigit(t_[g++]) ? 1 : 0;
        if (group_digits == 0 || g - e - 1 > 6 || !EndsWord(g)) break;
        digits += group_digits;
        e = g;
      }
    }
    while (e > i && (t_[e - 1] == '.' || t_[e - 1] == '-' || t_[e - 1] == '/')) --e;
    if (digits < 2 || !EndsWord(e)) return 0;
    return Emit(i, e, "CASE_REF", "labelled-reference", 0.9);
  }

  // ---- words with letters
  // ------------------------------------------------------

  // True when the token at `i` has a digit, or is followed by a space and a
  // digit ("QQ 12 34 56 C", "GIR 0AA"): the only words that can start a code.
  bool MayBeCode(std::size_t i) const {
    std::size_t e = i;
    while (e < t_.size()) {
      const char c = t_[e];
      if (HasClass(c, kDigitByte)) return true;
      if (!HasClass(c, kLetter) && c != '/' && c != '-') break;
      ++e;
    }
    return e + 1 < t_.size() && t_[e] == ' ' && IsDigit(t_[e + 1]);
  }

  // True when the word at `i` is three or more ASCII letters with a lower-case
  // one among them and nothing but a separator after them ("May", "Article"
  // before " 2001"): no rule of Letters can start there, whatever label
  // stands before it, except "Gir 0AA" after "postcode".
  bool OrdinaryWord(std::size_t i) const {
    std::size_t k = 0;
    bool lower = false;
    while (i + k < t_.size() && HasClass(t_[i + k], kLetter))
      lower |= HasClass(t_[i + k++], kLowerCase);
    if (k < 3 || !lower || !EndsWord(i + k)) return false;
    if (i + k < t_.size() && (t_[i + k] == '/' || t_[i + k] == '-')) return false;
    return !(k == 3 && AtCI(i, "gir"));
  }

  bool MayBeLowerPostcode(std::size_t i) const {
    // Only a postcode can start at a lower-case word (Letters): one or two
    // letters and a digit ("ls1 4ap"), or "gir 0aa". "on 15" is refused here.
    const auto digit = [&](std::size_t p) { return p < t_.size() && IsDigit(t_[p]); };
    const bool shape = i + 1 < t_.size() && (IsAlpha(t_[i + 1]) ? digit(i + 2) : digit(i + 1));
    if (!shape && !AtCI(i, "gir")) return false;
    // The label "postcode" or "post code" ends with "code" in the 32 bytes
    // LabelBefore reads: without it, no need to read the words.
    const std::size_t from = i > 32 ? i - 32 : 0;
    bool code = false;
    for (std::size_t p = from; p + 4 <= i && !code; ++p) code = AtCI(p, "code");
    return code && LabelBefore(t_, i).label == Label::kPostcode;
  }

  // "GB71 LOYD 3094 5721 7488 93", "DE89370400440532013000": an IBAN, two
  // capitals (the country), two check digits and the account's capitals and
  // digits, unspaced or in groups of four (the last may be shorter), 15 to 34
  // in all, whose ISO 7064 check (mod 97) holds. The longest run of groups
  // that passes is taken; after the label "IBAN", the whole run, checked or
  // not.
  std::size_t Iban(std::size_t i) {
    const std::size_t n = t_.size();
    if (i + 15 > n || !IsUpper(t_[i]) || !IsUpper(t_[i + 1]) || !IsDigit(t_[i + 2]) ||
        !IsDigit(t_[i + 3]))
      return 0;
    auto code_byte = [](char c) { return IsUpper(c) || IsDigit(c); };
    // The ends of the groups (an unspaced IBAN is one group).
    std::size_t ends[10];
    std::size_t groups = 0, p = i;
    while (groups < 10) {
      const std::size_t q = RunEnd(p, code_byte);
      if (q == p || (q < n && IsAlnum(t_[q]))) break;  // "Many" after it: lower case
      ends[groups++] = q;
      if (q - p != 4 || q + 1 >= n || t_[q] != ' ' || !code_byte(t_[q + 1])) break;
      p = q + 1;
    }
    if (groups == 0) return 0;
    // The capitals and digits of the whole run; the first `groups` groups
    // hold code[0, ends[g - 1] - i - (g - 1)), one space between groups.
    std::string code;
    for (std::size_t k = i; k < ends[groups - 1]; ++k)
      if (t_[k] != ' ') code += t_[k];
    for (std::size_t g = groups; g > 0; --g) {
      const std::size_t size = ends[g - 1] - i - (g - 1);
      if (size < 15 || size > 34 || !EndsWord(ends[g - 1])) continue;
      // The check: the first four moved to the end, letters as 10..35.
      unsigned remainder = 0;
      for (std::size_t k = 0; k < size; ++k) {
        const char c = code[(k + 4) % size];
        remainder = IsDigit(c) ? (remainder * 10 + static_cast<unsigned>(c - '0')) % 97
                               : (remainder * 100 + static_cast<unsigned>(c - 'A' + 10)) % 97;
      }
      if (remainder == 1) return Emit(i, ends[g - 1], "CASE_REF", "iban", 0.95);
    }
    // After "IBAN" or "IBAN:" a mistyped one is the account still.
    std::size_t b = i;
    while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == ':')) --b;
    if (b >= 4 && b < i && t_.compare(b - 4, 4, "IBAN") == 0 && (b == 4 || !IsAlnum(t_[b - 5])) &&
        code.size() >= 15 && code.size() <= 34 && EndsWord(ends[groups - 1]))
      return Emit(i, ends[groups - 1], "CASE_REF", "iban-labelled", 0.8);
    return 0;
  }

  std::size_t Letters(std::size_t i) {
    const LabelMatch label = LabelBefore(t_, i);
    std::size_t end = 0;
    if (label.label == Label::kReference && label.adjacent) {
      end = LabelledToken(i);
      if (end) return end;
    }
    if ((end = Iban(i))) return end;
    if ((end = NiNumber(i, label))) return end;
    if ((end = Postcode(i, label))) return end;
    if ((end = VehicleRegistration(i, label))) return end;
    if ((end = LetterDigitCode(i))) return end;
    if ((end = CodeThenNumber(i))) return end;
    if ((end = MixedCode(i))) return end;
    if ((end = ExhibitReference(i))) return end;
    return LetterReference(i);
  }

  // "JS/1", "KAB/6": an exhibit's number (the producing officer's initials,
  // a slash, a number).
  std::size_t ExhibitReference(std::size_t i) {
    const std::size_t letters = UppersAt(i);
    if (letters < 2 || letters > 4 || i + letters + 1 >= t_.size() || t_[i + letters] != '/')
      return 0;
    const std::size_t digits = DigitsAt(i + letters + 1);
    const std::size_t end = i + letters + 1 + digits;
    if (digits < 1 || digits > 3 || !EndsWord(end) || (end < t_.size() && t_[end] == '/')) return 0;
    return Emit(i, end, "CASE_REF", "exhibit-reference", 0.8);
  }

  // NE23C01152 (family court case numbers), KH45B7123: capitals and digits
  // alternating at least three times, seven to sixteen of them, four or more
  // digits. "ISO27001", "COVID19" change once and are no reference.
  std::size_t MixedCode(std::size_t i) {
    std::size_t e = i, digits = 0, changes = 0;
    while (e < t_.size() && e - i <= 16 && (IsUpper(t_[e]) || IsDigit(t_[e]))) {
      if (IsDigit(t_[e])) ++digits;
      if (e > i && IsDigit(t_[e]) != IsDigit(t_[e - 1])) ++changes;
      ++e;
    }
    if (e - i < 7 || e - i > 16 || digits < 4 || changes < 3 || !EndsWord(e)) return 0;
    return Emit(i, e, "CASE_REF", "mixed-code", 0.8);
  }

  // A123456789012 (pupil numbers), RXH123456 (hospital numbers): one to four
  // capitals straight before six or more digits, and an optional letter.
  std::size_t LetterDigitCode(std::size_t i) {
    const std::size_t letters = UppersAt(i);
    if (letters < 1 || letters > 4) return 0;
    const std::size_t digits = DigitsAt(i + letters);
    if (digits < 6) return 0;
    std::size_t end = i + letters + digits;
    if (end < t_.size() && IsUpper(t_[end])) ++end;
    if (!EndsWord(end)) return 0;
    // "R184522/24/31": groups of digits after a slash go on.
    while (end + 1 < t_.size() && t_[end] == '/' && DigitsAt(end + 1) > 0 &&
           EndsWord(end + 1 + DigitsAt(end + 1)))
      end += 1 + DigitsAt(end + 1);
    return Emit(i, end, "CASE_REF", "letter-digit-code", 0.8);
  }

  // "CPH 14/302/0077", "SGC 06/114728": two to four capitals, a space, then
  // groups of digits joined by slashes, six digits or more, that are no date
  // ("DOB 03/04/2012") nor a year and the next ("NHS 2019/20").
  std::size_t CodeThenNumber(std::size_t i) {
    const std::size_t letters = UppersAt(i);
    if (letters < 2 || letters > 4 || !EndsWord(i + letters) || i + letters + 1 >= t_.size() ||
        t_[i + letters] != ' ')
      return 0;
    // A system that labels its numbers ("PNC 22/58812", "CRIS 5203417/20")
    // stays readable: the number alone is found after its label.
    if (const LabelMatch label = LabelBefore(t_, i + letters + 1);
        label.label != Label::kNone && label.adjacent)
      return 0;
    std::size_t p = i + letters + 1, digits = 0, groups = 0;
    std::size_t sizes[3] = {0, 0, 0};
    while (p < t_.size() && IsDigit(t_[p])) {
      const std::size_t n = DigitsAt(p);
      if (groups < 3) sizes[groups] = n;
      digits += n;
      ++groups;
      p += n;
      if (p + 1 < t_.size() && t_[p] == '/' && IsDigit(t_[p + 1]))
        ++p;
      else
        break;
    }
    if (groups < 2 || digits < 6 || !EndsWord(p)) return 0;
    const bool date_like =
        groups == 3 && sizes[0] <= 2 && sizes[1] <= 2 && (sizes[2] == 2 || sizes[2] == 4);
    if (date_like || (groups == 2 && YearPairAt(i + letters + 1))) return 0;
    return Emit(i, p, "CASE_REF", "code-and-number", 0.8);
  }

  // QQ123456C, QQ 12 34 56 C.
  std::size_t NiNumber(std::size_t i, const LabelMatch& label) {
    if (i + 8 > t_.size() || !IsUpper(t_[i]) || !IsUpper(t_[i + 1])) return 0;
    // A prefix HMRC never issues ("QQ", its specimen) only after "NI number".
    const bool valid_prefix = IsValidNiPrefix(t_.substr(i, 2));
    if (!valid_prefix && label.label != Label::kNi) return 0;
    std::size_t p = i + 2;
    int digits = 0;
    while (digits < 6 && p < t_.size()) {
      if (IsDigit(t_[p])) {
        ++digits;
        ++p;
      } else if (t_[p] == ' ' && digits % 2 == 0 && p + 1 < t_.size() && IsDigit(t_[p + 1])) {
        ++p;
      } else {
        break;
      }
    }
    if (digits != 6) return 0;
    std::size_t q = p;
    if (q < t_.size() && t_[q] == ' ') ++q;
    if (q < t_.size() && t_[q] >= 'A' && t_[q] <= 'D' && EndsWord(q + 1))
      return Emit(i, q + 1, "NI_NUMBER", valid_prefix ? "ni-number" : "ni-labelled",
                  valid_prefix ? 0.95 : 0.8);
    if (EndsWord(p) && label.label == Label::kNi) return Emit(i, p, "NI_NUMBER", "ni-number", 0.85);
    return 0;
  }

  // True when ", " and a capitalised word (a town's, a district's) stand
  // right before `i`.
  bool AfterTownAndComma(std::size_t i) const {
    if (i < 4 || t_[i - 1] != ' ' || t_[i - 2] != ',') return false;
    std::size_t b = i - 2;
    while (b > 0 && (IsLower(t_[b - 1]) || IsUpper(t_[b - 1]) || t_[b - 1] == '-')) --b;
    return b + 2 <= i - 2 && IsUpper(t_[b]) && IsLower(t_[i - 3]);
  }

  // Outward code A9, A99, AA9, AA99, A9A, AA9A; optional space; inward 9AA.
  std::size_t Postcode(std::size_t i, const LabelMatch& label) {
    const bool any_case = label.label == Label::kPostcode;
    auto letter = [&](std::size_t p) {
      return p < t_.size() && (IsUpper(t_[p]) || (any_case && IsLower(t_[p])));
    };
    auto digit = [&](std::size_t p) { return p < t_.size() && IsDigit(t_[p]); };
    auto up = [&](std::size_t p) { return Upper(t_[p]); };
    if (AtCI(i, "gir") && i + 3 < t_.size()) {
      std::size_t p = i + 3;
      if (t_[p] == ' ') ++p;
      if (AtCI(p, "0aa") && EndsWord(p + 3) && (any_case || t_.substr(i, 3) == "GIR"))
        return Emit(i, p + 3, "POSTCODE", "postcode-giro", 0.9);
    }
    if (!letter(i)) return 0;
    const char a = up(i);
    if (a == 'Q' || a == 'V' || a == 'X') return 0;
    std::size_t p = i + 1;
    if (letter(p)) {
      const char b = up(p);
      if (b == 'I' || b == 'J' || b == 'Z') return 0;
      ++p;
    }
    if (!digit(p)) return 0;
    ++p;
    if (digit(p) || letter(p)) ++p;
    // The outward code ends here; the inward code is digit + two letters.
    const std::size_t outward_end = p;
    bool spaced = false;
    if (p < t_.size() && t_[p] == ' ') {
      ++p;
      spaced = true;
    }
    auto inward_letter = [&](std::size_t q) {
      if (!letter(q)) return false;
      const char c = up(q);
      return c != 'C' && c != 'I' && c != 'K' && c != 'M' && c != 'O' && c != 'V';
    };
    if (!(digit(p) && inward_letter(p + 1) && inward_letter(p + 2) && EndsWord(p + 3))) {
      // An outward code alone is a postcode district: only when labelled.
      if (any_case && EndsWord(outward_end))
        return Emit(i, outward_end, "POSTCODE", "postcode-district", 0.8);
      // Ending an address after its town, part of a postcode is one too:
      // "Keighley, BD21 3", "Penn, WV2 3H", "Norris Green, L11.".
      if (AfterTownAndComma(i)) {
        if (spaced && digit(p)) {
          std::size_t q = p + 1;
          if (inward_letter(q) && !letter(q + 1)) ++q;
          if (EndsWord(q)) return Emit(i, q, "POSTCODE", "postcode-sector", 0.8);
        }
        if (outward_end == t_.size() || t_[outward_end] == '.' || t_[outward_end] == ',' ||
            t_[outward_end] == ';' || t_[outward_end] == ')' || t_[outward_end] == '\n' ||
            t_[outward_end] == '\r')
          return Emit(i, outward_end, "POSTCODE", "postcode-district", 0.75);
      }
      return 0;
    }
    if (!spaced && outward_end - i > 4) return 0;
    return Emit(i, p + 3, "POSTCODE", "postcode", spaced || any_case ? 0.9 : 0.8);
  }

  // Emits the registration [begin, end) and the make and model written next
  // to it ("white Ford Transit YR68 TNB") as a VEHICLE; returns the end of
  // the last.
  std::size_t EmitVehicle(std::size_t begin, std::size_t end, const char* rule, double score) {
    VehicleModel model;
    if (VehicleModelBefore(t_, begin, Floor(), &model))
      Emit(model.begin, model.end, "VEHICLE", "make-model-by-registration", 0.8);
    Emit(begin, end, "VEHICLE_REG", rule, score);
    if (VehicleModelAfter(t_, end, &model))
      return Emit(model.begin, model.end, "VEHICLE", "make-model-by-registration", 0.8);
    return end;
  }

  // The two letters of a Northern Ireland registration's area (AZ .. YZ, IA,
  // IB, IG, IJ, IL, JI, OI, UI, XI).
  static bool IsNorthernIrelandCode(char a, char b) {
    if (b == 'Z') return a != 'Q' && a != 'I' && a != 'Z';
    if (a == 'I') return b == 'A' || b == 'B' || b == 'G' || b == 'J' || b == 'L';
    return b == 'I' && (a == 'J' || a == 'O' || a == 'U' || a == 'X');
  }

  // AB12 CDE (since 2001); A123 BCD and ABC 123D (older) only when labelled.
  std::size_t VehicleRegistration(std::size_t i, const LabelMatch& label) {
    const bool labelled = label.label == Label::kVehicle;
    auto reg_letter = [&](std::size_t p) {
      return p < t_.size() && IsUpper(t_[p]) && t_[p] != 'I' && t_[p] != 'Q';
    };
    if (reg_letter(i) && reg_letter(i + 1) && DigitsAt(i + 2) == 2) {
      std::size_t p = i + 4;
      if (p < t_.size() && t_[p] == ' ') ++p;
      if (UppersAt(p) == 3 && EndsWord(p + 3) && t_[p] != 'I' && t_[p] != 'Q')
        return EmitVehicle(i, p + 3, "vehicle-reg-current", labelled ? 0.95 : 0.85);
      // Part of one, as a witness read it: "partial VRM YX19 B", "reg YX19 BC".
      const std::size_t part = UppersAt(p);
      if (labelled && p == i + 5 && (part == 1 || part == 2) && EndsWord(p + part) &&
          t_[p] != 'I' && t_[p] != 'Q')
        return EmitVehicle(i, p + part, "vehicle-reg-partial", 0.85);
    }
    // Northern Ireland and dateless formats: ABC 1234, AB 123 when labelled;
    // unlabelled only ABC 1234 whose last two letters are one of Northern
    // Ireland's areas' codes, all holding an I or a Z ("SIL 4471", "AKZ 123"),
    // and not before a year ("GIA 2019"). (The prefix format below starts
    // with one capital: the order of the two tests does not matter.)
    if (const std::size_t letters = UppersAt(i); letters >= 2 && letters <= 3) {
      std::size_t p = i + letters;
      const bool spaced = p < t_.size() && t_[p] == ' ';
      if (spaced) ++p;
      const std::size_t d = DigitsAt(p);
      if (d >= 1 && d <= 4 && EndsWord(p + d)) {
        if (labelled) return EmitVehicle(i, p + d, "vehicle-reg-northern-ireland", 0.85);
        const bool year = d == 4 && (t_.compare(p, 2, "19") == 0 || t_.compare(p, 2, "20") == 0);
        if (letters == 3 && spaced && !year && IsNorthernIrelandCode(t_[i + 1], t_[i + 2]))
          return EmitVehicle(i, p + d, "vehicle-reg-northern-ireland", 0.8);
      }
    }
    if (!labelled) return 0;
    // Prefix format: A123 BCD.
    if (reg_letter(i)) {
      const std::size_t d = DigitsAt(i + 1);
      if (d >= 1 && d <= 3) {
        std::size_t p = i + 1 + d;
        if (p < t_.size() && t_[p] == ' ') ++p;
        if (UppersAt(p) == 3 && EndsWord(p + 3))
          return EmitVehicle(i, p + 3, "vehicle-reg-prefix", 0.9);
      }
    }
    // Suffix format: ABC 123D.
    if (UppersAt(i) == 3) {
      std::size_t p = i + 3;
      if (p < t_.size() && t_[p] == ' ') ++p;
      const std::size_t d = DigitsAt(p);
      if (d >= 1 && d <= 3 && p + d < t_.size() && IsUpper(t_[p + d]) && EndsWord(p + d + 1))
        return EmitVehicle(i, p + d + 1, "vehicle-reg-suffix", 0.9);
    }
    return 0;
  }

  // CR/12345/20, ABC/123/45, SW-2019-00123: capitals, then groups with digits.
  std::size_t LetterReference(std::size_t i) {
    const std::size_t letters = UppersAt(i);
    if (letters < 1 || letters > 5) return 0;
    std::size_t p = i + letters;
    const char sep = p < t_.size() ? t_[p] : '\0';
    if (sep != '/' && sep != '-') return 0;
    std::size_t digits = 0, groups = 0;
    while (p < t_.size() && t_[p] == sep) {
      std::size_t q = p + 1, k = 0;
      while (q < t_.size() && IsAlnum(t_[q])) {
        if (IsDigit(t_[q])) ++digits;
        ++q;
        ++k;
      }
      if (k == 0) break;
      ++groups;
      p = q;
    }
    if (digits < 3 || groups < 1 || !EndsWord(p)) return 0;
    if (groups == 1 && digits < 4) return 0;
    return Emit(i, p, "CASE_REF", "letter-reference", 0.85);
  }

  // ---- dates of birth
  // -------------------------------------------------------------

  std::size_t DateOfBirth(std::size_t i) {
    static constexpr std::string_view kLabels[] = {"date of birth", "d.o.b.",  "d.o.b",
                                                   "dob",           "born on", "born"};
    // Every label's second byte is 'a', 'o' or '.': "decision", "by", "be"
    // are refused before comparing six labels.
    if (i + 1 >= t_.size()) return 0;
    const char second = Lower(t_[i + 1]);
    if (second != 'a' && second != 'o' && second != '.') return 0;
    std::size_t p = 0;
    for (std::string_view l : kLabels) {
      if (AtCI(i, l) && (l.back() == '.' || EndsWord(i + l.size()))) {
        p = i + l.size();
        break;
      }
    }
    if (p == 0) return 0;
    const std::size_t label_end = p;
    while (p < t_.size() && p - label_end < 4 &&
           (t_[p] == ' ' || t_[p] == ':' || t_[p] == '-' || t_[p] == '(' || t_[p] == '.'))
      ++p;
    if (p == label_end) return 0;
    const std::size_t end = DateAt(p);
    if (end == 0) return 0;
    return Emit(p, end, "DATE_OF_BIRTH", "date-of-birth", 0.97);
  }

  int MonthAt(std::size_t p, std::size_t* len) const {
    const std::size_t k = AlphaRun(t_, p);
    if (k < 3) return 0;
    for (int m = 0; m < 12; ++m) {
      const std::string_view name = kMonths[m];
      if (k > name.size() || (k != name.size() && k != 3 && !(m == 8 && k == 4))) continue;
      bool same = true;
      for (std::size_t c = 0; c < k; ++c) same &= Lower(t_[p + c]) == name[c];
      if (same) {
        *len = k;
        if (k < name.size() && p + k < t_.size() && t_[p + k] == '.') ++*len;
        return m + 1;
      }
    }
    return 0;
  }

  // 12/03/2014, 12.03.14, 12 March 2014, 12th of March 2014, March 12, 2014.
  std::size_t DateAt(std::size_t p) const {
    const std::size_t d1 = DigitsAt(p);
    if (d1 >= 1 && d1 <= 2) {
      const std::size_t s1 = p + d1;
      if (s1 < t_.size() && (t_[s1] == '/' || t_[s1] == '.' || t_[s1] == '-')) {
        const std::size_t d2 = DigitsAt(s1 + 1);
        const std::size_t s2 = s1 + 1 + d2;
        if (d2 >= 1 && d2 <= 2 && s2 < t_.size() && t_[s2] == t_[s1]) {
          const std::size_t d3 = DigitsAt(s2 + 1);
          if ((d3 == 2 || d3 == 4) && EndsNumber(s2 + 1 + d3)) return s2 + 1 + d3;
        }
        return 0;
      }
      std::size_t q = s1;
      if (q + 1 < t_.size() && IsAlpha(t_[q]) && IsAlpha(t_[q + 1]) &&
          (q + 2 >= t_.size() || !IsAlpha(t_[q + 2])))
        q += 2;  // ordinal suffix
      if (q >= t_.size() || t_[q] != ' ') return 0;
      ++q;
      if (AtCI(q, "of ")) q += 3;
      std::size_t len = 0;
      if (!MonthAt(q, &len)) return 0;
      q += len;
      std::size_t r = q;
      if (r < t_.size() && t_[r] == ',') ++r;
      if (r < t_.size() && t_[r] == ' ' && DigitsAt(r + 1) == 4 && EndsWord(r + 5)) return r + 5;
      return 0;
    }
    std::size_t len = 0;
    if (!MonthAt(p, &len)) return 0;
    std::size_t q = p + len;
    if (q >= t_.size() || t_[q] != ' ') return 0;
    ++q;
    const std::size_t d = DigitsAt(q);
    if (d < 1 || d > 2) return 0;
    q += d;
    if (q + 1 < t_.size() && IsAlpha(t_[q]) && IsAlpha(t_[q + 1])) q += 2;
    if (q < t_.size() && t_[q] == ',') ++q;
    if (q < t_.size() && t_[q] == ' ' && DigitsAt(q + 1) == 4 && EndsWord(q + 5)) return q + 5;
    return 0;
  }

  std::string_view t_;
  std::vector<Mention>& out_;
  std::size_t first_;
};

}  // namespace

void ScanIdentifiers(std::string_view text, std::vector<Mention>& out) { Scanner(text, out).Run(); }

}  // namespace anonymiser::identifiers
