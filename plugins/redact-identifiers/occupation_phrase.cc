#include "occupation_phrase.h"

#include <algorithm>
#include <array>
#include <string>

namespace anonymiser::identifiers {
namespace {

constexpr bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
constexpr char Lower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool IsWordByte(char c) {
  return (c >= '0' && c <= '9') || IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
}

using Words = std::initializer_list<std::string_view>;

bool OneOf(std::string_view w, Words words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// `w` equals `lower` when its first letter is lowered ("Occupation", "occupation").
bool EqualsFolded(std::string_view w, std::string_view lower) {
  return w.size() == lower.size() && !w.empty() && Lower(w[0]) == lower[0] &&
         w.substr(1) == lower.substr(1);
}

// Words that end an occupation phrase: "a cleaner at Tesco", "a driver in Town B".
bool EndsPhrase(std::string_view w) {
  return OneOf(
      w, {"in",      "at",        "for",     "with",  "from",   "since",    "until",  "till",
          "to",      "on",        "by",      "but",   "or",     "when",     "while",  "where",
          "who",     "whom",      "whose",   "which", "that",   "before",   "after",  "during",
          "between", "because",   "as",      "than",  "then",   "until",    "within", "under",
          "near",    "into",      "is",      "was",   "were",   "are",      "has",    "had",
          "have",    "he",        "she",     "they",  "it",     "we",       "i",      "his",
          "her",     "their",     "not",     "so",    "if",     "although", "though", "unless",
          "there",   "this",      "these",   "those", "about",  "over",     "around", "without",
          "through", "following", "instead", "being", "having", "be"});
}

// Words that start a clause after "and": "a cleaner and was dismissed".
bool StartsClause(std::string_view w) {
  if (w.size() > 3 && w.substr(w.size() - 2) == "ed") return true;  // "and moved"
  return EndsPhrase(w) ||
         OneOf(w, {"also", "later", "now",   "still", "then",  "the",   "a",    "an",
                   "had",  "lives", "lived", "left",  "would", "could", "will", "can",
                   "may",  "did",   "does",  "did",   "got",   "became"});
}

// First words after "as (a|an|the)" that make an idiom, not a job:
// "worked as a team", "work as hard as", "as a matter of urgency".
bool IsIdiom(std::string_view w) {
  return OneOf(
      w, {"result",      "whole",      "matter",      "team",      "family",      "group",
          "couple",      "unit",       "partnership", "priority",  "consequence", "means",
          "way",         "precaution", "favour",      "rule",      "minimum",     "maximum",
          "hard",        "well",       "much",        "long",      "far",         "closely",
          "quickly",     "fast",       "often",       "soon",      "usual",       "normal",
          "normally",    "expected",   "intended",    "planned",   "agreed",      "before",
          "such",        "part",       "one",         "both",      "either",      "together",
          "possible",    "described",  "required",    "needed",    "necessary",   "effectively",
          "efficiently", "intended",   "designed",    "envisaged", "appropriate", "best",
          "usually",     "previously", "set",         "follows",   "follow",      "and",
          "or",          "if",         "though",      "regards",   "regard",      "such",
          "soon",        "child",      "parent",      "whole",     "first",       "last",
          "single"});
}

// Job nouns that end a phrase after "is/was/became a": "a (school-)teacher",
// "a research and development manager". Sorted for the binary search.
constexpr std::array<std::string_view, 131> kJobNouns = {
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

bool IsJobNoun(std::string_view w) {
  // "school-teacher", "co-director": the last part names the job.
  const std::size_t dash = w.rfind('-');
  if (dash != std::string_view::npos) w = w.substr(dash + 1);
  if (w.size() > 1 && w.back() == 's' && !std::binary_search(kJobNouns.begin(), kJobNouns.end(), w))
    w.remove_suffix(1);  // "teachers", but "actress" itself
  return std::binary_search(kJobNouns.begin(), kJobNouns.end(), w);
}

// Subjects whose "is a X" is not a private person's job: "there was a nurse
// present", "the social worker was a locum", "the GP was a ...".
bool IsRoleSubject(std::string_view word) {
  std::string folded(word);
  if (folded.size() > 2) folded[0] = Lower(folded[0]);  // "There", but "GP"
  const std::string_view w = folded;
  return IsJobNoun(w) || OneOf(w, {"there", "it", "this", "that", "what", "here", "which",
                                   "visitor", "practitioner", "professional", "GP", "clinician",
                                   "paediatrician", "practice", "service", "agency", "role"});
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
  for (std::string_view a :
       {std::string_view("a "), std::string_view("an "), std::string_view("the ")}) {
    if (a[0] == 't' && !the_too) continue;
    if (text.substr(p, a.size()) == a) return p + a.size();
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
      if (IsJobNoun(w)) span.last_job_end = e;
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
  std::size_t p = SkipArticle(text, end + link.size(), true);
  if (p >= text.size() || !IsLower(text[p])) return false;
  if (IsIdiom(text.substr(p, WordEnd(text, p) - p))) return false;
  return Emit(PhraseAt(text, p, false), floor, "as-occupation", 0.8, out);
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
  const char c = Lower(text[pos]);
  switch (n) {
    case 2:
      return c == 'i' && text[pos + 1] == 's';
    case 3:
      return (c == 'w' && text.substr(pos + 1, 2) == "as") ||
             (c == 'j' && text.substr(pos + 1, 2) == "ob");
    case 4:
      return (c == 'w' || c == 'p') && (EqualsFolded(text.substr(pos, 4), "work") ||
                                        EqualsFolded(text.substr(pos, 4), "post"));
    case 5:
      return (c == 'w' || c == 't') && (EqualsFolded(text.substr(pos, 5), "works") ||
                                        EqualsFolded(text.substr(pos, 5), "trade"));
    default:
      return c == 'w' || c == 'e' || c == 'c' || c == 't' || c == 'q' || c == 'p' || c == 'o' ||
             c == 'b';
  }
}

bool OccupationAt(std::string_view text, std::size_t pos, std::size_t n, std::size_t floor,
                  OccupationPhrase* out) {
  const std::string_view w = text.substr(pos, n);
  const std::size_t end = pos + n;
  if (EqualsFolded(w, "profession") || EqualsFolded(w, "occupation") || EqualsFolded(w, "job") ||
      EqualsFolded(w, "employment")) {
    if (OccupationLabel(text, end, floor, out)) return true;
  }
  if (w == "profession" || w == "occupation" || w == "trade")
    return ByProfession(text, pos, end, floor, out);
  if (w == "is" || w == "was" || w == "became") return IsAOccupation(text, pos, end, floor, out);
  if (w == "post") return AsOccupation(text, end, floor, " of ", out);
  if (OneOf(w, {"work", "works", "worked", "working", "employed", "employment", "job", "career",
                "trained", "qualified", "practising", "practicing", "practised", "practiced"}) ||
      EqualsFolded(w, "worked") || EqualsFolded(w, "working") || EqualsFolded(w, "employed"))
    return AsOccupation(text, end, floor, " as ", out);
  return false;
}

}  // namespace anonymiser::identifiers
