#include "occupation_phrase.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "ascii_bytes.h"

namespace anonymiser::identifiers {
namespace {

// A set of words: a look-up is a first-letter and length test for most
// words that are not in it, then a binary search.
template <std::size_t N>
class WordSet {
 public:
  // `sorted` in ascending order (checked where each set is defined).
  constexpr explicit WordSet(const std::array<std::string_view, N>& sorted) : words_(sorted) {
    for (std::string_view w : sorted) shape_[Bucket(w)] |= Bit(w);
  }
  bool Contains(std::string_view w) const {
    if (w.empty() || (shape_[Bucket(w)] & Bit(w)) == 0) return false;
    return std::binary_search(words_.begin(), words_.end(), w);
  }

 private:
  static constexpr std::size_t Bucket(std::string_view w) { return w.size() < 15 ? w.size() : 15; }
  static constexpr std::uint32_t Bit(std::string_view w) {
    return 1u << ((static_cast<unsigned char>(w[0]) | 0x20) & 31);
  }
  std::array<std::string_view, N> words_;
  std::array<std::uint32_t, 16> shape_{};
};

// Words that end an occupation phrase: "a cleaner at Tesco", "a driver in Town B".
constexpr std::array<std::string_view, 69> kPhraseEndsSorted = {
    "about",  "after",   "although", "are",    "around", "as",      "at",        "be",    "because",
    "before", "being",   "between",  "but",    "by",     "during",  "following", "for",   "from",
    "had",    "has",     "have",     "having", "he",     "her",     "his",       "i",     "if",
    "in",     "instead", "into",     "is",     "it",     "near",    "not",       "on",    "or",
    "over",   "she",     "since",    "so",     "than",   "that",    "their",     "then",  "there",
    "these",  "they",    "this",     "those",  "though", "through", "till",      "to",    "under",
    "unless", "until",   "was",      "we",     "were",   "when",    "where",     "which", "while",
    "who",    "whom",    "whose",    "with",   "within", "without"};
static_assert(std::is_sorted(kPhraseEndsSorted.begin(), kPhraseEndsSorted.end()));
constexpr WordSet<kPhraseEndsSorted.size()> kPhraseEnds(kPhraseEndsSorted);
bool EndsPhrase(std::string_view w) { return kPhraseEnds.Contains(w); }

// Words that start a clause after "and": "a cleaner and was dismissed".
constexpr std::array<std::string_view, 22> kClauseStartsSorted = {
    "a",    "also",  "an",  "and moved", "became", "can",   "could", "did",
    "does", "got",   "had", "later",     "left",   "lived", "lives", "may",
    "now",  "still", "the", "then",      "will",   "would"};
static_assert(std::is_sorted(kClauseStartsSorted.begin(), kClauseStartsSorted.end()));
constexpr WordSet<kClauseStartsSorted.size()> kClauseStarts(kClauseStartsSorted);
bool StartsClause(std::string_view w) {
  if (w.size() > 3 && w.substr(w.size() - 2) == "ed") return true;  // "and moved"
  return EndsPhrase(w) || kClauseStarts.Contains(w);
}

// First words after "as (a|an|the)" that make an idiom, not a job:
// "worked as a team", "work as hard as", "as a matter of urgency".
constexpr std::array<std::string_view, 69> kIdiomsSorted = {
    "agreed",      "and",         "appropriate", "before",    "best",      "both",
    "child",       "closely",     "consequence", "couple",    "described", "designed",
    "effectively", "efficiently", "either",      "envisaged", "expected",  "family",
    "far",         "fast",        "favour",      "first",     "follow",    "follows",
    "group",       "hard",        "if",          "intended",  "last",      "long",
    "matter",      "maximum",     "means",       "minimum",   "much",      "necessary",
    "needed",      "normal",      "normally",    "often",     "one",       "or",
    "parent",      "part",        "partnership", "planned",   "possible",  "precaution",
    "previously",  "priority",    "quickly",     "regard",    "regards",   "required",
    "result",      "rule",        "set",         "single",    "soon",      "such",
    "team",        "though",      "together",    "unit",      "usual",     "usually",
    "way",         "well",        "whole"};
static_assert(std::is_sorted(kIdiomsSorted.begin(), kIdiomsSorted.end()));
constexpr WordSet<kIdiomsSorted.size()> kIdioms(kIdiomsSorted);
bool IsIdiom(std::string_view w) { return kIdioms.Contains(w); }

// Job nouns that end a phrase after "is/was/became a": "a (school-)teacher",
// "a research and development manager". Sorted for the binary search.
constexpr std::array<std::string_view, 131> kJobNounsSorted = {
    "academic",     "accountant",   "actor",       "actress",         "administrator",
    "adviser",      "advisor",      "agent",       "analyst",         "architect",
    "artist",       "assistant",    "attendant",   "baker",           "banker",
    "barber",       "barmaid",      "barman",      "barrister",       "beautician",
    "bricklayer",   "builder",      "businessman", "businesswoman",   "butcher",
    "carer",        "caretaker",    "carpenter",   "cashier",         "chef",
    "childminder",  "cleaner",      "clerk",       "consultant",      "contractor",
    "cook",         "counsellor",   "courier",     "dealer",          "decorator",
    "dentist",      "designer",     "developer",   "director",        "doctor",
    "driver",       "economist",    "editor",      "electrician",     "engineer",
    "entrepreneur", "executive",    "farmer",      "firefighter",     "fisherman",
    "gardener",     "guard",        "hairdresser", "housekeeper",     "housewife",
    "inspector",    "instructor",   "interpreter", "janitor",         "joiner",
    "journalist",   "labourer",     "lawyer",      "lecturer",        "librarian",
    "machinist",    "manager",      "mechanic",    "merchant",        "midwife",
    "miner",        "musician",     "nanny",       "nurse",           "officer",
    "operative",    "operator",     "optician",    "painter",         "paramedic",
    "pharmacist",   "photographer", "physician",   "physiotherapist", "pilot",
    "plasterer",    "plumber",      "policeman",   "policewoman",     "porter",
    "postman",      "postwoman",    "professor",   "programmer",      "psychologist",
    "receptionist", "researcher",   "roofer",      "sailor",          "salesman",
    "saleswoman",   "scientist",    "secretary",   "shopkeeper",      "soldier",
    "solicitor",    "steward",      "stewardess",  "student",         "supervisor",
    "surgeon",      "tailor",       "teacher",     "technician",      "therapist",
    "trader",       "translator",   "tutor",       "typist",          "vet",
    "waiter",       "waitress",     "warden",      "welder",          "worker",
    "writer"};
static_assert(std::is_sorted(kJobNounsSorted.begin(), kJobNounsSorted.end()));
constexpr WordSet<kJobNounsSorted.size()> kJobNouns(kJobNounsSorted);

bool IsJobNoun(std::string_view w) {
  // "school-teacher", "co-director": the last part names the job.
  const std::size_t dash = w.rfind('-');
  if (dash != std::string_view::npos) w = w.substr(dash + 1);
  if (kJobNouns.Contains(w)) return true;
  // "teachers", "drivers".
  return w.size() > 3 && w.back() == 's' && kJobNouns.Contains(w.substr(0, w.size() - 1));
}

// Subjects whose "is a X" is not a private person's job: "there was a nurse
// present", "the social worker was a locum", "the GP was a ...".
// `word` with its first letter in lower case when the second is ("It",
// "Assistant"; "GP" as it is).
std::string Folded(std::string_view word) {
  std::string folded(word);
  if (folded.size() > 1 && IsLower(folded[1])) folded[0] = Lower(folded[0]);
  return folded;
}

bool IsRoleSubject(std::string_view word) {
  const std::string folded = Folded(word);
  const std::string_view w = folded;
  static constexpr std::array<std::string_view, 17> kRolesSorted = {
      "GP",       "agency",       "clinician",    "here", "it",      "paediatrician",
      "practice", "practitioner", "professional", "role", "service", "that",
      "there",    "this",         "visitor",      "what", "which"};
  static_assert(std::is_sorted(kRolesSorted.begin(), kRolesSorted.end()));
  static constexpr WordSet<kRolesSorted.size()> kRoles(kRolesSorted);
  return IsJobNoun(w) || kRoles.Contains(w);
}

// The word of letters, hyphens and apostrophes at `p` (its end), or `p`.
std::size_t WordEnd(std::string_view text, std::size_t p) {
  std::size_t e = p;
  while (e < text.size() && (IsAlpha(text[e]) || text[e] == '-' || text[e] == '\'')) ++e;
  while (e > p && (text[e - 1] == '-' || text[e - 1] == '\'')) --e;
  return e;
}

// `p` at a single space followed by a letter: the letter's position, else npos.
std::size_t NextWordStart(std::string_view text, std::size_t p) {
  if (p + 1 < text.size() && text[p] == ' ' && IsAlpha(text[p + 1])) return p + 1;
  return std::string_view::npos;
}

// Reads "a"/"an"/"the" at `p` followed by a space: the position after it, or `p`.
std::size_t SkipArticle(std::string_view text, std::size_t p, bool the_too) {
  const auto at = [&](std::size_t k, char c) { return p + k < text.size() && text[p + k] == c; };
  if (at(0, 'a')) {
    if (at(1, ' ')) return p + 2;
    if (at(1, 'n') && at(2, ' ')) return p + 3;
  } else if (the_too && at(0, 't') && at(1, 'h') && at(2, 'e') && at(3, ' ')) {
    return p + 4;
  }
  return p;
}

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;           // 0: no phrase
  std::size_t last_job_end = 0;  // after the last job noun in it, or 0
};

// The occupation phrase starting at `p`: up to six lower-case words (with
// capitals when `capitals`), "of (a|an|the)?" and "and" inside.
Span PhraseAt(std::string_view text, std::size_t p, bool capitals) {
  Span span{p, 0, 0};
  std::size_t last_content_end = 0;
  for (int words = 0; words < 6 && p < text.size(); ++words) {
    if (!(IsLower(text[p]) || (capitals && IsUpper(text[p])))) break;
    const std::size_t e = WordEnd(text, p);
    if (e < text.size() && IsWordByte(text[e])) break;  // digits, UTF-8: not a job word
    const std::string_view w = text.substr(p, e - p);
    if (w == "in" && text.substr(e, 11) == " charge of ") {  // "director in charge of ..."
      p = SkipArticle(text, e + 11, true);
      if (p >= text.size() || !IsLower(text[p])) break;
      continue;
    }
    if (EndsPhrase(w) && !(capitals && IsUpper(w[0]))) break;
    if (w == "and") {
      const std::size_t next = NextWordStart(text, e);
      if (next == std::string_view::npos || !IsLower(text[next]) ||
          StartsClause(text.substr(next, WordEnd(text, next) - next)))
        break;
    } else if (w == "of") {
      const std::size_t next = NextWordStart(text, e);
      if (next == std::string_view::npos) break;
      p = SkipArticle(text, next, true);
      if (p >= text.size() || !IsLower(text[p])) break;
      continue;
    } else if (span.last_job_end != 0 && w.size() > 3 && w.substr(w.size() - 2) == "ed") {
      break;  // "a delivery driver ended": a verb after the job
    } else if (w != "a" && w != "an" && w != "the") {
      last_content_end = e;
      if (IsLower(w[0]) ? IsJobNoun(w) : IsJobNoun(Folded(w))) span.last_job_end = e;
    }
    const std::size_t next = NextWordStart(text, e);
    if (next == std::string_view::npos) break;
    p = next;
  }
  span.end = last_content_end;
  return span;
}

bool Emit(const Span& span, std::size_t floor, const char* rule, double score,
          OccupationPhrase* out) {
  if (span.end <= span.begin || span.begin < floor) return false;
  *out = {span.begin, span.end, rule, score};
  return true;
}

// "worked as (a|an|the)? X", "the post of X".
bool AsOccupation(std::string_view text, std::size_t end, std::size_t floor, std::string_view link,
                  OccupationPhrase* out) {
  if (text.substr(end, link.size()) != link) return false;
  const std::size_t after = end + link.size();
  const std::size_t p = SkipArticle(text, after, true);
  if (p >= text.size()) return false;
  if (IsUpper(text[p])) {
    // "worked as a Teaching Assistant": a title in capitals after "a"/"an"
    // (not a name: names take no article) when it ends in a job noun.
    if (p == after || text[after] != 'a') return false;
    Span span = PhraseAt(text, p, true);
    if (span.last_job_end == 0) return false;
    span.end = span.last_job_end;
    return Emit(span, floor, "as-occupation", 0.8, out);
  }
  if (!IsLower(text[p]) || IsIdiom(text.substr(p, WordEnd(text, p) - p))) return false;
  return Emit(PhraseAt(text, p, false), floor, "as-occupation", 0.8, out);
}

// "held a senior non-commissioned rank": the words between the article and
// "rank", and "rank"; "the rank of Lieutenant Colonel".
bool Rank(std::string_view text, std::size_t pos, std::size_t end, std::size_t floor,
          OccupationPhrase* out) {
  if (text.substr(end, 4) == " of ") {
    const std::size_t p = SkipArticle(text, end + 4, false);
    if (p < text.size() && IsAlpha(text[p]))
      return Emit(PhraseAt(text, p, true), floor, "rank", 0.75, out);
    return false;
  }
  if (pos < 2 || text[pos - 1] != ' ') return false;
  std::size_t b = pos - 1;  // the space before the word
  for (int words = 0; words < 4 && b > 0; ++words) {
    std::size_t a = b;
    while (a > 0 && (IsLower(text[a - 1]) || text[a - 1] == '-')) --a;
    if (a == b || (a > 0 && text[a - 1] != ' ')) return false;
    const std::string_view w = text.substr(a, b - a);
    if (w == "a" || w == "an" || w == "the") {
      if (b == pos - 1) return false;
      return Emit(Span{b + 1, end, 0}, floor, "rank", 0.75, out);
    }
    if (EndsPhrase(w) || a == 0) return false;
    b = a - 1;
  }
  return false;
}

// "a X by profession": the words between the article and "by"; or "by
// profession a X".
bool ByProfession(std::string_view text, std::size_t pos, std::size_t end, std::size_t floor,
                  OccupationPhrase* out) {
  if (pos < 3 || text.substr(pos - 3, 3) != "by ") return false;
  const std::size_t by = pos - 3;
  if (by >= 2 && text[by - 1] == ' ') {
    std::size_t b = by - 1;  // the space before "by"
    for (int words = 0; words < 7 && b > 0; ++words) {
      std::size_t a = b;
      while (a > 0 && (IsLower(text[a - 1]) || text[a - 1] == '-' || text[a - 1] == '\'')) --a;
      if (a == b || (a > 0 && text[a - 1] != ' ')) break;
      const std::string_view w = text.substr(a, b - a);
      if (w == "a" || w == "an") {
        if (b == by - 1) return false;
        Span span{b + 1, by - 1, 0};
        return Emit(span, floor, "by-profession", 0.85, out);
      }
      if (EndsPhrase(w) || a == 0) break;
      b = a - 1;
    }
  }
  if (by > 0 && IsWordByte(text[by - 1])) return false;
  std::size_t p = end;
  if (p < text.size() && text[p] == ',') ++p;
  if (p >= text.size() || text[p] != ' ') return false;
  const std::size_t q = SkipArticle(text, p + 1, false);
  if (q == p + 1) return false;
  return Emit(PhraseAt(text, q, false), floor, "by-profession", 0.85, out);
}

// "Occupation: X" in form-like text.
bool OccupationLabel(std::string_view text, std::size_t end, std::size_t floor,
                     OccupationPhrase* out) {
  std::size_t p = end;
  if (p >= text.size() || text[p] != ':') return false;
  ++p;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
  p = SkipArticle(text, p, false);
  if (p >= text.size() || !IsAlpha(text[p])) return false;
  return Emit(PhraseAt(text, p, true), floor, "occupation-label", 0.8, out);
}

// "is/was/became a X" with X ending in a job noun.
bool IsAOccupation(std::string_view text, std::size_t pos, std::size_t end, std::size_t floor,
                   OccupationPhrase* out) {
  if (end + 3 >= text.size() || text[end] != ' ' || text[end + 1] != 'a') return false;
  const std::size_t p = SkipArticle(text, end + 1, false);
  if (p == end + 1 || p >= text.size() || !IsLower(text[p])) return false;
  Span span = PhraseAt(text, p, false);
  if (span.end == 0) return false;
  for (std::string_view by : {" by profession", " by trade", " by occupation"}) {
    if (text.substr(span.end, by.size()) == by &&
        (span.end + by.size() == text.size() || !IsWordByte(text[span.end + by.size()])))
      return Emit(span, floor, "by-profession", 0.85, out);
  }
  if (span.last_job_end == 0) return false;
  // The subject: the word before "is"/"was".
  if (pos >= 2 && text[pos - 1] == ' ') {
    std::size_t a = pos - 1;
    while (a > 0 && IsAlpha(text[a - 1])) --a;
    const std::string_view w = text.substr(a, pos - 1 - a);
    if (!w.empty() && IsRoleSubject(w)) return false;
  }
  span.end = span.last_job_end;
  return Emit(span, floor, "is-a-occupation", 0.7, out);
}

}  // namespace

bool IsOccupationTrigger(std::string_view text, std::size_t pos, std::size_t n) {
  if (n < 2 || n > 10) return false;
  const char c = static_cast<char>(text[pos] | 0x20);  // an ASCII letter in lower case
  const std::string_view rest = text.substr(pos + 1, n - 1);
  switch (n) {
    case 2:
      return c == 'i' && rest == "s";
    case 3:
      return (c == 'w' && rest == "as") || (c == 'j' && rest == "ob");
    case 4:
      return (c == 'w' && rest == "ork") || (c == 'p' && rest == "ost") ||
             (c == 'r' && rest == "ank");
    case 5:
      return (c == 'w' && rest == "orks") || (c == 't' && rest == "rade");
    case 6:
      return (c == 'w' && rest == "orked") || (c == 'c' && rest == "areer") ||
             (c == 'b' && rest == "ecame");
    case 7:
      return (c == 'w' && rest == "orking") || (c == 't' && rest == "rained");
    case 8:
      return c == 'e' && rest == "mployed";
    case 9:
      return (c == 'q' && rest == "ualified") ||
             (c == 'p' && (rest == "ractised" || rest == "racticed"));
    default:
      return (c == 'p' && (rest == "rofession" || rest == "ractising" || rest == "racticing")) ||
             (c == 'o' && rest == "ccupation") || (c == 'e' && rest == "mployment");
  }
}

bool OccupationAt(std::string_view text, std::size_t pos, std::size_t n, std::size_t floor,
                  OccupationPhrase* out) {
  if (!IsOccupationTrigger(text, pos, n)) return false;
  // Each trigger is known by its length and its first letter (and, of
  // "profession" and "practising", the third).
  const std::size_t end = pos + n;
  const char c = Lower(text[pos]);
  if (n == 2 || (n == 3 && c == 'w') || (n == 6 && c == 'b'))  // "is", "was", "became"
    return IsAOccupation(text, pos, end, floor, out);
  const bool profession = n == 10 && c == 'p' && text[pos + 2] == 'o';
  const bool occupation = n == 10 && c == 'o';
  if ((profession || occupation || (n == 3 && c == 'j') || (n == 10 && c == 'e')) &&
      OccupationLabel(text, end, floor, out))
    return true;
  if (profession || occupation || (n == 5 && c == 't'))  // "by profession|occupation|trade"
    return ByProfession(text, pos, end, floor, out);
  if (n == 4 && c == 'p') return AsOccupation(text, end, floor, " of ", out);  // "post of"
  if (n == 4 && c == 'r') return Rank(text, pos, end, floor, out);
  return AsOccupation(text, end, floor, " as ", out);  // "worked", "employed", "job" ...
}

}  // namespace anonymiser::identifiers
