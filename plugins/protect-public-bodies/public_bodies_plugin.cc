#include "public_bodies_plugin.h"

#include <algorithm>
#include <fstream>
#include <string>

#include "anonymiser/error.h"
#include "word_set.h"

namespace anonymiser::keep {
namespace {

// The words house-style pseudonyms start with.
const WordSet kPseudonymHeads = {
    "child",        "baby",    "sibling",      "person",       "adult",      "infant",  "young",
    "mr",           "mrs",     "ms",           "miss",         "mx",         "town",    "school",
    "hospital",     "nursery", "organisation", "professional", "parent",     "subject", "family",
    "practitioner", "gp",      "case",         "victim",       "perpetrator"};

const WordSet kSecondHeadWords = {"person", "practice", "adult", "member"};
const WordSet kInitialHeads = {"mr", "mrs", "ms", "miss", "mx", "child", "baby"};
// The courts and tribunals of neutral citations ("[2021] EWCA Civ 448"), and
// their divisions.
const WordSet kCitationCourts = {"uksc", "ukpc",  "ukhl",  "ewca", "ewhc",    "ewfc",  "ewcop",
                                 "ukut", "ukftt", "ukeat", "csih", "csoh",    "hcjac", "nica",
                                 "niqb", "nifam", "ewcc",  "ewmc", "ukiptrib"};
const WordSet kCitationDivisions = {"civ", "crim"};
// Law reports cited by year in square brackets ("[1999] IRLR 81", "[2004] 2 FLR 123").
const WordSet kLawReports = {"irlr", "icr", "flr", "wlr",  "fcr",  "ac",  "qb",
                             "kb",   "ch",  "fam", "cclr", "bmlr", "elr", "hlr"};
// Words that make a place's "Partnership", "Service" or "Team" a private
// practice: "Thorpe Road Medical Partnership" is a GP practice.
const WordSet kPracticeWords = {"medical", "dental", "veterinary", "legal"};
const WordSet kSectionWords = {"section",  "sections",  "article",   "articles",
                               "schedule", "paragraph", "regulation"};
const std::uint64_t kSHash = HashToken("s");

// The words a statute's or a guidance document's title ends with: "Children
// Act 1989", "Homelessness (Suitability of Accommodation) (Wales) Order 2015",
// "Stockport Bruising in Non-Mobile Babies Protocol".
const WordSet
    kTitleHeads = {"act",        "order",      "regulations", "rules",     "protocol",
                   "guidance",   "procedures", "strategy",    "framework", "policy",
                   "guidelines", "code",       "measure"};  // "Welsh Language (Wales) Measure 2011"

// Titles before a surname ("Mr Kent and Kent Police").
const WordSet kPersonTitles = {"mr",  "mrs",  "ms",   "miss", "mx", "dr",
                               "sir", "dame", "cllr", "pc",   "dc", "ds"};

// Words that never start a place name before a body suffix.
const WordSet kStopWords = {
    "the",  "a",     "an",    "in",     "on",     "at",  "by",  "for",  "from",   "to", "with",
    "when", "while", "after", "before", "during", "mr",  "mrs", "ms",   "miss",   "mx", "dr",
    "this", "that",  "her",   "his",    "their",  "and", "of",  "both", "whilst", "as", "but",
    "then", "also",  "if",    "each",   "every",  "its", "our", "my",   "your"};

// Lower-case words allowed between the capitalised words of a place name:
// "upon" ("Newcastle upon Tyne"); between hyphens, "on", "in", "under" ...
// ("Stoke-on-Trent", "Barrow-in-Furness"); "of" only after "Isle". Never
// "and" or "of" in general: "Mr Smith and Kent Police", "PC Smith of Kent
// Police" must not keep the name. Names with "and" are in the lists.
const WordSet kSpacedConnectors = {"upon"};
const WordSet kHyphenConnectors = {"on", "upon", "under", "in", "le", "by", "the", "super", "en"};
// Words after which "of" joins a name: "Isle of Wight", "Countess of Chester
// Hospital NHS Foundation Trust", "Duke of Cornwall".
// "West of Berkshire Safeguarding Children Partnership", "North of Tyne".
const WordSet kIsle = {"isle",  "countess", "duke", "duchess", "earl",  "prince", "princess",
                       "queen", "king",     "lady", "north",   "south", "east",   "west"};
// Titles of statutes join their words freely: "Protection of Children Act
// 1978", "Children and Social Work Act 2017", "Health and Safety at Work etc.
// Act 1974".
const WordSet kStatuteConnectors = {"of", "and", "for",  "the", "to",
                                    "on", "in",  "with", "at",  "etc"};
const WordSet kOf = {"of"};
// Read at run time only, like kAndHash.
inline const std::uint64_t kEtcHash = HashToken("etc");
inline const std::uint64_t kTheHash = HashToken("the");

struct Match {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  const char* type = "";
  const char* rule =
      "";  // a literal or a PhraseList's rule: Match is made per token, never allocates
  double score = 0;
};

class Finder {
 public:
  // `may_start` is StartFilter(lists, prefixes).
  Finder(std::string_view text, const std::vector<Token>& tokens, const Patterns& patterns,
         const std::bitset<0x10000>& may_start, const std::bitset<0x10000>& suffix_start)
      : t_(text),
        tok_(tokens),
        lists_(patterns.lists),
        suffixes_(patterns.suffixes),
        prefixes_(patterns.prefixes),
        places_(patterns.places),
        place_suffixes_(patterns.place_suffixes),
        place_prefixes_(patterns.place_prefixes),
        may_start_(may_start),
        suffix_start_(suffix_start) {}

  void Run(std::vector<Mention>& out) {
    std::size_t i = 0;
    while (i < tok_.size()) {
      if (CannotStart(i)) {
        ++i;
        continue;
      }
      Match best;
      Consider(best, Pseudonym(i));
      Consider(best, List(i));
      Consider(best, Prefix(i));
      // Both tests only refuse tokens the rule itself refuses first: one
      // call fewer for most capitalised words.
      if (MayStartPlaceWords(tok_[i])) Consider(best, PlaceThenSuffix(i));
      if (tok_[i].capital && places_.MayStartWith(tok_[i].hash)) Consider(best, PlacesJoined(i));
      Consider(best, Section(i));
      Consider(best, YearThenTitle(i));
      Consider(best, CaseCitation(i));
      Consider(best, HeadAfterBracket(i));
      if (best.last == 0) {
        ++i;
        continue;
      }
      ExtendWithYear(best);
      Mention m;
      m.begin = tok_[best.first].begin;
      m.end = tok_[best.last - 1].end;
      m.type = best.type;
      m.rule = best.rule;
      m.score = best.score;
      out.push_back(std::move(m));
      i = best.last;
    }
  }

 private:
  // True when no rule can match from token `i`: the tests each rule makes
  // first, together. Most tokens are lower-case words that start no list
  // phrase; they are passed without building five candidate matches.
  bool CannotStart(std::size_t i) const {
    const Token& t = tok_[i];
    if (t.capital || FourDigits(t)) return false;
    // One bit test refuses most lower-case words for the three filters and
    // "s" (its bit is set too).
    if (!may_start_[t.hash & 0xFFFF]) return true;
    return !lists_.MayStartWith(t.hash) && !prefixes_.MayStartWith(t.hash) && !MayStartSection(t);
  }

  // "s." before a number ("s.47"), the test of MayStartSection on no word.
  bool MayStartSByDot(const Token& t) const {
    return t.end - t.begin == 1 && (t_[t.begin] == 's' || t_[t.begin] == 'S') &&
           t.end < t_.size() && t_[t.end] == '.';
  }

  // The first test of Section: "section", "article" ... or "s." ("s.47").
  bool MayStartSection(const Token& t) const {
    return kSectionWords.Has(t.hash) || MayStartSByDot(t);
  }

  // A token of four digits: a year, or a citation's.
  static bool FourDigits(const Token& t) { return t.digits && t.end - t.begin == 4; }

  static void Consider(Match& best, const Match& m) {
    if (m.last > best.last) best = m;
  }

  bool Joined(std::size_t k) const { return k < tok_.size() && tok_[k].joined; }
  bool SingleCapital(std::size_t k) const {
    return k < tok_.size() && tok_[k].end - tok_[k].begin == 1 && tok_[k].capital;
  }
  bool SmallNumber(std::size_t k) const {
    return k < tok_.size() && tok_[k].digits && tok_[k].end - tok_[k].begin <= 2;
  }

  // "Child M", "Baby R", "Sibling 1", "Mr X", "Young Person B", "GP Practice A".
  Match Pseudonym(std::size_t i) const {
    Match m;
    const Token& head = tok_[i];
    if (!head.capital) return m;
    if (!kPseudonymHeads.Has(head.hash)) return m;
    std::size_t k = i + 1;
    // Two-word heads: "Young Person", "GP Practice".
    if (Joined(k) && tok_[k].capital && kSecondHeadWords.Has(tok_[k].hash) && k + 1 < tok_.size())
      ++k;
    if (!Joined(k) || !(SingleCapital(k) || SmallNumber(k))) return m;
    const std::size_t end = tok_[k].end;
    // "Mr J. Smith", "Child M.Smith": an initial, not a pseudonym.
    if (end < t_.size() && t_[end] == '.') {
      std::size_t p = end + 1;
      while (p < t_.size() && t_[p] == ' ') ++p;
      if (p + 1 < t_.size() && t_[p] >= 'A' && t_[p] <= 'Z' && t_[p + 1] >= 'a' &&
          t_[p + 1] <= 'z' && kInitialHeads.Has(head.hash))
        return m;
    }
    // "Mr X Smith": a middle initial.
    if (k + 1 < tok_.size() && Joined(k + 1) && tok_[k + 1].capital && !tok_[k + 1].upper &&
        tok_[k + 1].begin == end + 1)
      return m;
    m = {i, k + 1, "ROLE", "house-style-pseudonym", 0.95};
    return m;
  }

  Match List(std::size_t i) const {
    Match m;
    std::size_t count = 0;
    const Phrase* p = lists_.LongestAt(tok_, i, &count);
    if (!p) return m;
    m = {i, i + count, p->type.c_str(), p->rule.c_str(), 0.9};
    return m;
  }

  // How far after its first token PlaceWords may record an end: five words
  // of three tokens ("King's") and a connector before each but the first.
  static constexpr std::size_t kMaxPlaceReach = 5 * 3 + 4;

  // Where a place name may end: after each of its words.
  struct Ends {
    std::size_t at[12];
    std::size_t count = 0;
    void Add(std::size_t e) {
      if (count < 12) at[count++] = e;
    }
  };

  // Place words from `k`: up to five capitalised words, with connectors
  // between them. Records in `ends` every token index where the name may end.
  void PlaceWords(std::size_t k, Ends& ends, bool statute = false) const {
    int words = 0;
    std::size_t p = k;
    bool after_etc = false;  // "Health and Safety at Work etc. Act": the full stop joins
    while (p < tok_.size() && words < (statute ? 8 : 5)) {
      const Token& t = tok_[p];
      if (p > k && !t.joined && !(statute && InBrackets(p)) && !after_etc) break;
      after_etc = false;
      if (t.capital && !t.digits) {
        ++words;
        ++p;
        ends.Add(p);
        // A possessive "'s" belongs to the name: "King's Lynn".
        if (p + 1 < tok_.size() && tok_[p].joined && tok_[p].end - tok_[p].begin <= 3 &&
            tok_[p].hash == kApostropheHash && tok_[p + 1].hash == kSHash &&
            tok_[p + 1].begin == tok_[p].end) {
          p += 2;
          ends.Add(p);
        }
        continue;
      }
      const bool connector = kSpacedConnectors.Has(t.hash) ||
                             (t.hyphen && p + 1 < tok_.size() && tok_[p + 1].hyphen &&
                              kHyphenConnectors.Has(t.hash)) ||
                             // Only the name's first word, after no capitalised
                             // word: "John West of Kent Police" keeps no "West".
                             (kOf.Has(t.hash) && p == k + 1 && kIsle.Has(tok_[p - 1].hash) &&
                              (k == 0 || !tok_[k].joined || !tok_[k - 1].capital)) ||
                             (statute && kStatuteConnectors.Has(t.hash));
      const bool etc_dot = statute && t.hash == kEtcHash && p + 1 < tok_.size() &&
                           std::string_view(t_).substr(t.end, tok_[p + 1].begin - t.end) == ". ";
      if (words > 0 && connector && p + 1 < tok_.size() && tok_[p + 1].capital &&
          (tok_[p + 1].joined || etc_dot)) {
        ++p;
        after_etc = etc_dot;
        // A title's head may follow a connector ("... at Work etc Act").
        if (statute) ends.Add(p);
        continue;
      }
      break;
    }
  }

  // True when token `p` follows the one before it across only spaces and
  // brackets (at most three bytes): "Housing (Wales) Act".
  bool InBrackets(std::size_t p) const {
    if (p == 0) return false;
    const std::size_t from = tok_[p - 1].end, to = tok_[p].begin;
    if (to - from > 3) return false;
    bool bracket = false;
    for (std::size_t q = from; q < to; ++q) {
      if (t_[q] == '(' || t_[q] == ')')
        bracket = true;
      else if (t_[q] != ' ')
        return false;
    }
    return bracket;
  }

  // "Northshire County Council", "Leeds Teaching Hospitals NHS Trust", "Children Act 1989";
  // after a listed place, also "Leeds Domestic Violence Service", "Cardiff Women's Aid".
  Match PlaceThenSuffix(std::size_t i) const {
    Match m;
    const Token& first = tok_[i];
    if (!MayStartPlaceWords(first)) return m;
    std::size_t place_words = 0;
    const bool listed_place = ListedPlaceAt(i, &place_words);
    Ends ends;
    // Every end PlaceWords finds is at most kMaxPlaceReach tokens after the
    // place words' start, all of them joined: with no suffix's first word
    // there, no end can take a suffix.
    if (SuffixStartBefore(i + 1, i + place_words + kMaxPlaceReach + 1)) {
      PlaceWords(i, ends);
      // "Argyll and Bute Child Protection Committee": a listed place with its
      // own "and", then the body's name.
      if (listed_place && place_words > 1) {
        const std::size_t after = i + place_words;
        ends.Add(after);
        if (after < tok_.size() && tok_[after].joined && tok_[after].capital)
          PlaceWords(after, ends);
      }
    }
    for (std::size_t n = 0; n < ends.count; ++n) {
      const std::size_t e = ends.at[n];
      if (e >= tok_.size() || !tok_[e].joined) continue;
      std::size_t count = 0;
      if ((suffixes_.LongestAt(tok_, e, &count) ||
           (listed_place && e >= i + place_words && !kPracticeWords.Has(tok_[e - 1].hash) &&
            place_suffixes_.LongestAt(tok_, e, &count))) &&
          e + count > m.last) {
        m = {i, e + count, "PUBLIC_BODY", "body-pattern", 0.85};
      }
    }
    const bool title_ahead = NextTitleHead(i + 1) < std::min(tok_.size(), i + 16);
    if (!title_ahead) return m;
    Ends statute;
    PlaceWords(i, statute, /*statute=*/true);
    for (std::size_t n = 0; n < statute.count; ++n) {
      const std::size_t e = statute.at[n];
      if (e >= tok_.size() || !(tok_[e].joined || InBrackets(e) || tok_[e - 1].hash == kEtcHash))
        continue;
      if (kTitleHeads.Has(tok_[e].hash) && tok_[e].capital && e + 1 > m.last) {
        m = {i, e + 1, "LEGISLATION", "act-pattern", 0.85};
      }
    }
    return m;
  }

  // "Leeds and York Partnership NHS Foundation Trust", "Brighton & Hove City
  // Council": listed places joined by "and" or "&" before a body's name.
  // Only listed places join, so "John Smith and Kent Police" keeps only
  // "Kent Police"; but in a list with commas (`in_list`: two listed places
  // before) the body's own name may end it ("Newry, Mourne and Down District
  // Council").
  Match PlacesJoined(std::size_t i, bool in_list = false) const {
    Match m;
    std::size_t count = 0;
    if (!tok_[i].capital || !ListedPlaceAt(i, &count)) return m;
    // "Mr Kent and Kent Police": after a title the first is a surname.
    if (i > 0 && tok_[i].joined && kPersonTitles.Has(tok_[i - 1].hash)) return m;
    const std::size_t connector = i + count;
    if (connector + 1 >= tok_.size()) return m;
    // "Kent, Surrey and Sussex Community Rehabilitation Company": a comma
    // joins listed places only in a list that "and" ends.
    const std::size_t end = tok_[connector - 1].end;
    if (tok_[connector].begin == end + 2 && t_[end] == ',' && t_[end + 1] == ' ') {
      Match rest = PlacesJoined(connector, /*in_list=*/true);
      // "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust": the
      // list's "and" inside its last place.
      if (rest.last == 0 && ListedPlaceWithAndAt(connector)) {
        rest = PlaceThenSuffix(connector);
        if (std::string_view(rest.type) != "PUBLIC_BODY") return m;
      }
      if (rest.last == 0) return m;
      rest.first = i;
      return rest;
    }
    if (!tok_[connector].joined || !tok_[connector + 1].joined) return m;
    if (tok_[connector].hash != kAndHash && tok_[connector].hash != kAmpersandHash) return m;
    std::size_t next = 0;
    const bool listed_next = places_.LongestAt(tok_, connector + 1, &next) != nullptr;
    if (!listed_next && !in_list) return m;
    Match rest = listed_next ? PlacesJoined(connector + 1) : Match{};
    if (rest.last == 0) rest = PlaceThenSuffix(connector + 1);
    if (rest.last == 0 || std::string_view(rest.type) != "PUBLIC_BODY") return m;
    m = rest;
    m.first = i;
    return m;
  }

  // A listed place of several words with "and" or "&" among them ("Tyne
  // and Wear") starts at i.
  bool ListedPlaceWithAndAt(std::size_t i) const {
    std::size_t count = 0;
    if (!ListedPlaceAt(i, &count)) return false;
    for (std::size_t k = i + 1; k + 1 < i + count; ++k)
      if (tok_[k].hash == kAndHash || tok_[k].hash == kAmpersandHash) return true;
    return false;
  }

  // places_.LongestAt(tok_, i, count) != nullptr; remembered for the last
  // `i`, which PlaceThenSuffix and then PlacesJoined ask about.
  bool ListedPlaceAt(std::size_t i, std::size_t* count) const {
    if (i != place_at_) {
      place_at_ = i;
      place_found_ = places_.LongestAt(tok_, i, &place_count_) != nullptr;
    }
    if (place_found_) *count = place_count_;
    return place_found_;
  }

  // The first test of PlaceThenSuffix: a capitalised word that is no stop word.
  static bool MayStartPlaceWords(const Token& t) {
    return t.capital && !t.digits && !kStopWords.Has(t.hash);
  }

  // True when some token in [from, to), with every token from `from` to it
  // joined to the one before, may start a suffix or a place suffix (passes
  // their filters).
  bool SuffixStartBefore(std::size_t from, std::size_t to) const {
    // blocker_ is the first token at or after blocker_from_ that is not
    // joined or passes the filters; it holds for any `from` in between.
    if (from < blocker_from_ || from > blocker_) {
      blocker_from_ = blocker_ = from;
      while (blocker_ < tok_.size() && tok_[blocker_].joined &&
             !suffix_start_[tok_[blocker_].hash & 0xFFFF])
        ++blocker_;
    }
    return blocker_ < std::min(to, tok_.size()) && tok_[blocker_].joined;
  }

  // The first token at or after `from` that ends a title ("act", "order",
  // "protocol" ..., any case), or the number of tokens. Run asks with `from`
  // never decreasing, so the search resumes where it stopped: one pass over
  // the tokens in all, instead of looking ahead of every capitalised word.
  std::size_t NextTitleHead(std::size_t from) const {
    if (head_at_ < from) {
      head_at_ = from;
      while (head_at_ < tok_.size() && !kTitleHeads.Has(tok_[head_at_].hash)) ++head_at_;
    }
    return head_at_;
  }

  // "London Borough of Hackney", "Crown Court at Leeds"; before a listed
  // place only, "NHS Greater Manchester", "Safer Leeds".
  Match Prefix(std::size_t i) const {
    Match m;
    std::size_t count = 0;
    if (prefixes_.LongestAt(tok_, i, &count)) {
      const std::size_t k = i + count;
      if (k >= tok_.size() || !tok_[k].joined || kStopWords.Has(tok_[k].hash)) return m;
      Ends ends;
      PlaceWords(k, ends);
      if (ends.count == 0) return m;
      m.first = i;
      m.last = ends.at[ends.count - 1];
      // "HM Senior Coroner for Blackpool and the Fylde".
      m.last = AndListedPlace(m.last, /*with_the=*/true);
    } else if (place_prefixes_.LongestAt(tok_, i, &count)) {
      const std::size_t k = i + count;
      std::size_t place = 0;
      if (k >= tok_.size() || !tok_[k].joined || !places_.LongestAt(tok_, k, &place)) return m;
      m.first = i;
      m.last = k + place;
      // "CPS Yorkshire and Humberside": listed places joined by "and".
      m.last = AndListedPlace(m.last, /*with_the=*/false);
    } else {
      return m;
    }
    m.type = "PUBLIC_BODY";
    m.rule = "body-pattern";
    m.score = 0.85;
    return m;
  }

  // The end of "and <listed place>" ("&" too) starting at token `p`, after
  // a place's name; with `with_the` also "and the <listed place>" ("for
  // Blackpool and the Fylde"). `p` when none starts there.
  std::size_t AndListedPlace(std::size_t p, bool with_the) const {
    if (p + 1 >= tok_.size() || !tok_[p].joined || !tok_[p + 1].joined ||
        (tok_[p].hash != kAndHash && tok_[p].hash != kAmpersandHash))
      return p;
    std::size_t place = p + 1, count = 0;
    if (with_the && tok_[place].hash == kTheHash && place + 1 < tok_.size() &&
        tok_[place + 1].joined)
      ++place;
    // (The listed places are capitalised: the list matches only a capital.)
    return places_.LongestAt(tok_, place, &count) ? place + count : p;
  }

  // A neutral citation of a judgment: "[2021] EWCA Civ 448", "[2019] EWHC 123
  // (Fam)", "[2016] UKSC 5"; or a law report's: "[1999] IRLR 81", "[2004] 2
  // FLR 123". Reviews cite case law; its year is no date of the family's and
  // "Civ" no name. (The parties' names before it are not kept: a review's
  // own family may be one.)
  Match CaseCitation(std::size_t i) const {
    Match m;
    const Token& y = tok_[i];
    if (!FourDigits(y) || y.begin == 0 || t_[y.begin - 1] != '[' || y.end >= t_.size() ||
        t_[y.end] != ']' || i + 2 >= tok_.size())
      return m;
    std::size_t k = i + 1;
    // "[1999] IRLR 81", "[2004] 2 FLR 123": a law report, its volume first.
    // (After "] " no token is joined to the year.)
    if (tok_[k].digits && tok_[k].end - tok_[k].begin <= 2 && k + 2 < tok_.size()) ++k;
    if (tok_[k].capital && (k == i + 1 || tok_[k].joined) && kLawReports.Has(tok_[k].hash) &&
        k + 1 < tok_.size() && tok_[k + 1].digits && tok_[k + 1].joined) {
      m = {i, k + 2, "PUBLIC_BODY", "law-report-citation", 0.9};
      return m;
    }
    k = i + 1;
    if (!tok_[k].upper || !kCitationCourts.Has(tok_[k].hash)) return m;
    ++k;
    if (tok_[k].capital && kCitationDivisions.Has(tok_[k].hash) && k + 1 < tok_.size()) ++k;
    if (!tok_[k].digits || !tok_[k].joined) return m;
    ++k;
    // "(Fam)", "(Admin)", "(QB)": the division in brackets.
    if (k < tok_.size() && tok_[k].capital && InBrackets(k) && tok_[k].end < t_.size() &&
        t_[tok_[k].end] == ')')
      ++k;
    m = {i, k, "PUBLIC_BODY", "neutral-citation", 0.9};
    return m;
  }

  // "the 2012 Regulations", "the 1989 Act": a statute called by its year.
  Match YearThenTitle(std::size_t i) const {
    Match m;
    const Token& y = tok_[i];
    if (!FourDigits(y) || i + 1 >= tok_.size()) return m;
    const char c0 = t_[y.begin], c1 = t_[y.begin + 1];
    if (!((c0 == '1' && c1 == '9') || (c0 == '2' && c1 == '0'))) return m;
    const Token& head = tok_[i + 1];
    if (!head.joined || !head.capital || !kTitleHeads.Has(head.hash)) return m;
    m = {i, i + 2, "LEGISLATION", "year-title", 0.85};
    return m;
  }

  // "section 47", "s.47", "s47(1)", "Article 8".
  Match Section(std::size_t i) const {
    Match m;
    const Token& t = tok_[i];
    std::size_t k = i + 1;
    if (!MayStartSection(t)) return m;
    if (k >= tok_.size()) return m;
    const Token& n = tok_[k];
    const std::size_t gap = n.begin - t.end;
    if (gap > 2) return m;
    for (std::size_t p = t.end; p < n.begin; ++p)
      if (t_[p] != ' ' && t_[p] != '.') return m;
    // A number, optionally with letters ("47", "17A"); at least one digit first.
    if (!(t_[n.begin] >= '0' && t_[n.begin] <= '9') || n.end - n.begin > 5) return m;
    m.first = i;
    m.last = k + 1;
    // Sub-sections: "47(1)", "(1)(a)".
    std::size_t end = n.end;
    while (end + 2 < t_.size() && t_[end] == '(') {
      std::size_t q = end + 1;
      while (q < t_.size() && q - end < 5 &&
             ((t_[q] >= '0' && t_[q] <= '9') || (t_[q] >= 'a' && t_[q] <= 'z')))
        ++q;
      if (q >= t_.size() || t_[q] != ')' || q == end + 1) break;
      end = q + 1;
    }
    while (m.last < tok_.size() && tok_[m.last].end <= end) ++m.last;
    m.type = "LEGISLATION";
    m.rule = "section";
    m.score = 0.85;
    return m;
  }

  // "Act 2023" of "Worker Protection (Amendment of Equality Act 2010) Act
  // 2023": a title's head and its year after a bracket closing a title
  // inside it (the year is added by ExtendWithYear).
  Match HeadAfterBracket(std::size_t i) const {
    Match m;
    const Token& t = tok_[i];
    if (!t.capital || i == 0 || i + 1 >= tok_.size() || !kTitleHeads.Has(t.hash)) return m;
    const std::size_t gap_begin = tok_[i - 1].end;
    if (t.begin - gap_begin != 2 || t_[gap_begin] != ')' || t_[gap_begin + 1] != ' ') return m;
    const Token& y = tok_[i + 1];
    if (!y.joined || !FourDigits(y)) return m;
    m = {i, i + 1, "LEGISLATION", "act-pattern", 0.85};
    return m;
  }

  // "Children Act 1989", "Working Together to Safeguard Children 2018"; a
  // jurisdiction in brackets first ("Safeguarding Board Act (Northern
  // Ireland) 2011", "... Regulations (Wales) 2015").
  void ExtendWithYear(Match& m) const {
    if (std::string_view(m.type) != "LEGISLATION" || m.last >= tok_.size()) return;
    if (const std::size_t after = BracketedJurisdictionEnd(m.last); after != 0) {
      m.last = after;
      if (m.last >= tok_.size()) return;
    }
    // "Employment Tribunals Rules of Procedure 2013": the head's "of" and
    // up to three capitalised words before the year.
    if (kOf.Has(tok_[m.last].hash) && tok_[m.last].joined) {
      std::size_t q = m.last + 1;
      while (q < tok_.size() && q <= m.last + 3 && tok_[q].joined && tok_[q].capital &&
             !tok_[q].digits)
        ++q;
      if (q > m.last + 1 && q < tok_.size() && tok_[q].joined && FourDigits(tok_[q])) m.last = q;
    }
    const Token& y = tok_[m.last];
    if (!FourDigits(y)) return;
    const std::size_t gap_begin = tok_[m.last - 1].end;
    for (std::size_t p = gap_begin; p < y.begin; ++p)
      if (t_[p] != ' ' && t_[p] != '(' && t_[p] != ')') return;
    if (y.begin - gap_begin > 2) return;
    ++m.last;
  }

  // The token after a jurisdiction in brackets starting at token `p`
  // ("(Northern Ireland)", "(Scotland)", "(England and Wales)"), or 0.
  std::size_t BracketedJurisdictionEnd(std::size_t p) const {
    if (p == 0 || !InBrackets(p) ||
        std::string_view(t_).substr(tok_[p - 1].end, tok_[p].begin - tok_[p - 1].end).find('(') ==
            std::string_view::npos)
      return 0;
    static const WordSet kJurisdictions = {"northern", "ireland", "scotland",
                                           "wales",    "england", "and"};
    std::size_t q = p;
    while (q < tok_.size() && q < p + 4 && kJurisdictions.Has(tok_[q].hash) &&
           (q == p || tok_[q].joined))
      ++q;
    if (q == p || !tok_[p].capital || tok_[q - 1].end >= t_.size() || t_[tok_[q - 1].end] != ')')
      return 0;
    return q;
  }

  std::string_view t_;
  const std::vector<Token>& tok_;
  const PhraseList& lists_;
  const PhraseList& suffixes_;
  const PhraseList& prefixes_;
  const PhraseList& places_;
  const PhraseList& place_suffixes_;
  const PhraseList& place_prefixes_;
  // The first title-head token at or after every position NextTitleHead was
  // asked for (0 before the first question, which is always of a later
  // position: the search starts only when a title could matter).
  mutable std::size_t head_at_ = 0;
  // See ListedPlaceAt: the token last asked about (none yet), and the answer.
  mutable std::size_t place_at_ = static_cast<std::size_t>(-1), place_count_ = 0;
  mutable bool place_found_ = false;
  // See SuffixStartBefore (blocker_from_ > blocker_: nothing known yet).
  mutable std::size_t blocker_from_ = 1, blocker_ = 0;
  // Bit (hash & 0xFFFF) of every hash a list phrase, a prefix or a section
  // word starts with, and of "s".
  const std::bitset<0x10000>& may_start_;
  // Bit (hash & 0xFFFF) of every hash a suffix or a place suffix starts with.
  const std::bitset<0x10000>& suffix_start_;
};

// One token buffer per thread, reused for every unit: no allocation per call.
// Reached through a call: with the Finder inlined, a plugin (a shared library)
// asked __tls_get_addr for the buffer at every token access.
[[gnu::noinline]] std::vector<Token>& ThreadTokens() {
  thread_local std::vector<Token> tokens;
  return tokens;
}

}  // namespace

PublicBodiesPlugin::PublicBodiesPlugin() { UpdateStartFilter(); }

void PublicBodiesPlugin::UpdateStartFilter() {
  may_start_ = patterns_.lists.FirstWordFilter() | patterns_.prefixes.FirstWordFilter() |
               patterns_.place_prefixes.FirstWordFilter();
  for (std::uint64_t hash : kSectionWords.hashes()) may_start_.set(hash & 0xFFFF);
  may_start_.set(kSHash & 0xFFFF);  // "s." ("s.47"): Finder::CannotStart
  suffix_start_ = patterns_.suffixes.FirstWordFilter() | patterns_.place_suffixes.FirstWordFilter();
}

PluginInfo PublicBodiesPlugin::info() const {
  return {"protect-public-bodies", "1.0.0", PluginKind::kRedaction,
          "keeps public bodies, legislation, roles and house-style pseudonyms as written"};
}

std::vector<TypeInfo> PublicBodiesPlugin::types() const {
  return {{"PUBLIC_BODY", Treatment::kKeep, ""},
          {"LEGISLATION", Treatment::kKeep, ""},
          {"ROLE", Treatment::kKeep, ""}};
}

void PublicBodiesPlugin::Configure(const PluginContext& context) {
  const std::filesystem::path dir = context.dictionary_dir / "keep";
  patterns_ = Patterns();
  PhraseList& lists = patterns_.lists;
  lists.Load(dir / "police_forces.txt", "PUBLIC_BODY", "police-force-list");
  lists.Load(dir / "public_bodies.txt", "PUBLIC_BODY", "public-body-list");
  lists.Load(dir / "legislation.txt", "LEGISLATION", "legislation-list");
  lists.Load(dir / "roles.txt", "ROLE", "role-list");
  const std::filesystem::path places = context.dictionary_dir / "places";
  patterns_.places.Load(places / "gb-places.txt", "PLACE", "place");
  patterns_.places.Load(places / "uk-nations.txt", "PLACE", "place");
  const std::filesystem::path patterns = dir / "body_patterns.txt";
  std::ifstream in(patterns);
  if (!in) throw Error(ErrorCode::kConfig, patterns.string() + ": cannot read the keep patterns");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::size_t colon = line.find(':');
    const std::string kind = line.substr(0, colon);
    std::string_view phrase =
        colon == std::string::npos ? std::string_view() : std::string_view(line).substr(colon + 1);
    while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
    PhraseList* list = kind == "suffix"         ? &patterns_.suffixes
                       : kind == "prefix"       ? &patterns_.prefixes
                       : kind == "place-suffix" ? &patterns_.place_suffixes
                       : kind == "place-prefix" ? &patterns_.place_prefixes
                                                : nullptr;
    if (phrase.empty() || list == nullptr)
      throw Error(ErrorCode::kConfig, patterns.string() + ": line " + std::to_string(number) +
                                          ": expected \"suffix: WORDS\", \"prefix: WORDS\", "
                                          "\"place-suffix: WORDS\" or \"place-prefix: WORDS\"");
    list->Add(phrase, "PUBLIC_BODY", "body-pattern");
  }
  UpdateStartFilter();
}

void PublicBodiesPlugin::Find(const TextUnit& unit, std::vector<Mention>& out) const {
  std::vector<Token>& tokens = ThreadTokens();
  Tokenise(unit.text, tokens);
  Finder(unit.text, tokens, patterns_, may_start_, suffix_start_).Run(out);
}

}  // namespace anonymiser::keep
