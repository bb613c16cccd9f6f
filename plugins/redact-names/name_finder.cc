#include "name_finder.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>

#include "name_tokens.h"
#include "plugin_text/ascii.h"
#include "plugin_text/small_word_set.h"
#include "plugin_text/word_facts_cache.h"

namespace anonymiser::names {
namespace {

// How much a capitalised word looks like a name on its own.
enum class Strength : std::uint8_t {
  kNone,     // an ordinary word or a known non-name ("Court", "The", "June")
  kUnknown,  // in no list at all: an unusual name, a place, a brand ...
  kAmbig,    // a name that is also a common word ("Grace", "Will", "Smith")
  kStrong,   // a name that is not a common word ("Okafor", "Shannon")
};

// What the rules know of one word token (filled lazily).
struct WordInfo {
  bool analysed = false;
  char given = 0;  // 'f', 'm', 'u' or 0
  bool family = false;
  bool not_name = false;
  bool place = false;
  char title = 0;
  std::uint8_t common = 0;  // SCOWL level, 0..127 (9 bytes in all: one is filled per token)
  Strength strength = Strength::kNone;
  bool plural = false;  // a family name in the plural ("Okafors")
};

// Ordinary words more common than this level make a name ambiguous.
constexpr int kAmbiguousBelow = 50;

constexpr plugin_text::SmallWordSet<25> kParticles({"de",    "da",    "di",    "del", "della",
                                                    "der",   "den",   "van",   "von", "le",
                                                    "la",    "du",    "dos",   "das", "bin",
                                                    "binti", "ibn",   "al",    "el",  "ap",
                                                    "ab",    "ferch", "verch", "ter", "ten"});

// Welsh particles that make a father's given name a surname: "ap Rhys".
constexpr plugin_text::SmallWordSet<4> kWelshPatronymics({"ap", "ab", "ferch", "verch"});

// The UK's nations, which end the names of bodies ("Social Work England").
constexpr plugin_text::SmallWordSet<6> kUkNations({"england", "wales", "scotland", "britain",
                                                   "ireland", "cymru"});

constexpr plugin_text::SmallWordSet<8> kPlacePrepositions({"in", "near", "outside", "around",
                                                           "across", "throughout", "towards",
                                                           "at"});

// Letters that are abbreviations, not a person's initials.
constexpr plugin_text::SmallWordSet<22> kNotInitials({"UK", "US", "EU", "UN", "NB", "PS",
                                                      "AM", "PM", "BC", "AD", "QC", "KC",
                                                      "MP", "GP", "RN", "OK", "ID", "TV",
                                                      "DC", "PC", "DS", "DI"});

// Verbs whose object is usually a person ("the GP saw Summer").
constexpr plugin_text::SmallWordSet<20> kVerbsWithPersonObject(
    {"saw",    "seen",     "visited",  "referred",  "met",       "asked",       "told",
     "called", "examined", "assessed", "collected", "supported", "interviewed", "contacted",
     "phoned", "rang",     "emailed",  "texted",    "hit",       "smacked"});

constexpr plugin_text::SmallWordSet<7> kDeterminers({"the", "her", "his", "their", "a", "an",
                                                     "our"});

constexpr plugin_text::SmallWordSet<4> kNamingWords({"called", "named", "nicknamed", "known"});

// Words kept from being names alone ("Page 3", "the Ward", "Irish law") that
// are common family names too: after a given name they are one ("Rosemary
// Page", "Patrick Ward", "Dr Anna King"), and after an initial ("R. Page").
// After a title alone ("Ms Page") the run is still not taken: the rules
// that score a run turn it down.
constexpr plugin_text::SmallWordSet<14> kSurnamesNotAlone({"page", "ward", "king", "english",
                                                           "french", "welsh", "irish", "greek",
                                                           "dutch", "german", "christian",
                                                           "baptist", "prince", "lord"});

// Nouns that end a job title ("Tenancy Sustainment Officer", "Family
// Support Worker"): a run of capitalised words ending with one, with no
// title before it and no given name first, is the role, not a person.
constexpr plugin_text::SmallWordSet<21> kRoleHeads(
    {"officer",    "worker",     "manager",   "coordinator",    "co-ordinator", "adviser",
     "advisor",    "lead",       "visitor",   "practitioner",   "assistant",    "director",
     "consultant", "supervisor", "therapist", "representative", "clerk",        "chair",
     "secretary",  "senco",      "sendco"});

// Titles that are ordinary words too: before an ordinary word that no list
// has as a name they start a job title or a phrase ("Chief Executive",
// "Private Sector Housing", "Nurse Practitioner", "General Practice").
// After a town, a part of it ("Bradford West", "Mansfield North").
constexpr plugin_text::SmallWordSet<5> kCompassPoints({"north", "south", "east", "west",
                                                       "central"});
constexpr plugin_text::SmallWordSet<9> kOrdinaryTitles({"chief", "officer", "private", "commander",
                                                        "nurse", "general", "major", "matron",
                                                        "sister"});

// The last words of places, buildings, bodies and events named after a
// person ("Victoria Station", "Grace Church", "Albert Dock"): after a given
// name, such a word ends a longer proper noun, where another ordinary word is
// a surname ("Ellie Mutton").
constexpr plugin_text::SmallWordSet<119> kProperNounHeads(
    {"road",        "street",     "lane",    "avenue",   "drive",       "close",     "way",
     "walk",        "row",        "park",    "gardens",  "garden",      "place",     "square",
     "terrace",     "crescent",   "grove",   "hill",     "rise",        "view",      "mews",
     "court",       "house",      "hall",    "lodge",    "cottage",     "cottages",  "farm",
     "manor",       "palace",     "castle",  "tower",    "towers",      "building",  "centre",
     "center",      "hospital",   "clinic",  "surgery",  "practice",    "school",    "academy",
     "college",     "university", "nursery", "church",   "chapel",      "cathedral", "mosque",
     "temple",      "station",    "line",    "bridge",   "estate",      "ward",      "unit",
     "wing",        "team",       "trust",   "group",    "foundation",  "club",      "society",
     "association", "hotel",      "inn",     "arms",     "bar",         "cafe",      "café",
     "restaurant",  "shop",       "store",   "stores",   "market",      "fields",    "field",
     "green",       "common",     "wood",    "woods",    "moor",        "beach",     "bay",
     "island",      "river",      "valley",  "cross",    "gate",        "gates",     "quay",
     "wharf",       "dock",       "docks",   "harbour",  "port",        "airport",   "library",
     "museum",      "theatre",    "cinema",  "gallery",  "stadium",     "arena",     "ground",
     "hub",         "project",    "service", "services", "partnership", "council",   "board",
     "award",       "awards",     "prize",   "fund",     "appeal",      "scheme",    "programme"});

// Acronyms of services that stand after a name without being part of it
// ("Sarah CAMHS worker" is rare, but never a surname).
constexpr plugin_text::SmallWordSet<25> kAcronyms({"nhs",   "cps",   "cid",  "yot",  "sen",
                                                   "dbs",   "icb",   "ccg",  "dsl",  "iro",
                                                   "mash",  "camhs", "pcso", "idva", "isva",
                                                   "marac", "gmc",   "nmc",  "hcpc", "gphc",
                                                   "ubrn",  "mrn",   "chi",  "oic",  "iban"});

// Words of a sentence that, written in capitals, look like parts of a name.
constexpr plugin_text::SmallWordSet<16> kFunctionWords({"and", "or", "of", "the", "in", "on", "at",
                                                        "to", "for", "with", "by", "from", "into",
                                                        "was", "is", "who"});

// A name's generation after it: "Mr Robson Sr", "Tyler Robson Jnr".
constexpr plugin_text::SmallWordSet<4> kGenerations({"sr", "jr", "snr", "jnr"});

// Words that make the kinship word after them a job: "ward sister", "staff nurse".
constexpr plugin_text::SmallWordSet<8> kJobBeforeKinship({"ward", "staff", "charge", "night",
                                                          "junior", "senior", "theatre", "deputy"});

template <std::size_t N>
bool OneOf(const plugin_text::SmallWordSet<N>& words, std::string_view key) {
  return words.Contains(key);
}

bool IsOpener(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case '(':
    case '[':
    case '{':
    case '*':
    case '-':
    case 0x2018:
    case 0x201C:
    case 0x2013:
    case 0x2014:
    case 0x2022:
    case 0x00B7:
    case 0x25CF:
    case 0x25AA:
    case 0x2023:
      return true;
    default:
      return false;
  }
}

// One candidate person mention, as token indexes [first, last] (inclusive).
struct Candidate {
  std::size_t first = 0;
  std::size_t last = 0;
  double score = 0;
  const char* rule = "";
  // Views into the unit's text.
  std::string_view title;
  std::string_view given;
  std::string_view family;
  char gender = 0;
  bool given_listed = false;  // `given` is in the given-name lists
  bool plural = false;        // one family name in the plural: "the Okafors"
  bool inverted = false;      // written surname first: "Wood, Alison"
};

// Buffers of one scan, kept per thread so that scanning many small units
// allocates nothing once they have grown.
struct Workspace {
  std::vector<WordInfo> info;
  // Folded words, computed on demand: key_store[key_index[i]]. Reserved for
  // one key per token before each unit, and a token is folded once, so it
  // never reallocates during a unit: references stay valid while more are
  // added. Strings are reused.
  std::vector<std::int32_t> key_index;
  std::vector<std::string> key_store;
  std::size_t keys_used = 0;
  std::vector<std::uint8_t> used;
  std::vector<Candidate> found;
  // Folded name parts confidently found in the unit (views into key_store),
  // sorted for binary search.
  std::vector<std::string_view> known;
  // What Info() found for each spelling, per NameLexicon::id(): a word's
  // analysis depends on its bytes alone, and most words of a document recur,
  // so this spares folding the word and looking it up again (and the plural
  // and hyphen look-ups). Kept as a WordInfo, copied out as it is.
  // Direct-mapped, so memory stays bounded.
  plugin_text::BasicWordFactsCache<WordInfo> cache;
};

// `v` made `n` copies of `value`, as a span.
template <typename T>
std::span<T> Filled(std::vector<T>& v, std::size_t n, const T& value) {
  v.assign(n, value);
  return v;
}

class UnitScan {
 public:
  // Scans `text`, whose tokens are `toks`.
  UnitScan(const NameLexicon& lex, std::string_view text, std::span<const Token> toks,
           Workspace& ws)
      : lex_(lex),
        text_(text),
        toks_(toks),
        info_(Filled(ws.info, toks_.size(), WordInfo{})),
        key_index_(Filled(ws.key_index, toks_.size(), std::int32_t{-1})),
        key_store_(ws.key_store),
        keys_used_(ws.keys_used),
        used_(Filled(ws.used, toks_.size(), std::uint8_t{0})),
        found_(ws.found),
        known_(ws.known),
        cache_(ws.cache) {
    cache_.Use(lex.id());
    if (key_store_.capacity() < toks_.size()) key_store_.reserve(toks_.size());
    keys_used_ = 0;
    found_.clear();
    known_.clear();
  }

  void Run(std::vector<Mention>& out);

 private:
  std::string_view TextOf(std::size_t i) const {
    // Not substr(): tokens lie inside the text, and its bounds check (and
    // throw path) cost more than the rest of the small tests calling this.
    return std::string_view(text_.data() + toks_[i].begin, toks_[i].end - toks_[i].begin);
  }
  bool IsWord(std::size_t i) const { return i < toks_.size() && toks_[i].kind == TokenKind::kWord; }
  // True when a word within 12 tokens of token i, on its line, is in lower
  // case: the text around i is not set in capitals.
  bool LowerCaseWordNear(std::size_t i) const {
    auto lower = [&](std::size_t k) { return IsWord(k) && !toks_[k].capitalised; };
    for (std::size_t k = i; k > 0 && i - k < 12 && !toks_[k].line_start; --k)
      if (lower(k - 1)) return true;
    for (std::size_t k = i + 1; k < toks_.size() && k - i <= 12 && !toks_[k].line_start; ++k)
      if (lower(k)) return true;
    return false;
  }
  bool IsPunct(std::size_t i, char32_t c) const {
    return i < toks_.size() && toks_[i].kind == TokenKind::kPunct && toks_[i].punct == c;
  }
  const std::string& Key(std::size_t i);
  // Key(i) as a view; a word of lower-case ASCII letters only is its own
  // folding and is viewed as written, without folding or storing it (the
  // context words around names: "said", "the", "and").
  std::string_view FoldedView(std::size_t i) {
    const std::string_view word = TextOf(i);
    for (const char c : word) {
      if (static_cast<unsigned>(static_cast<unsigned char>(c) - 'a') >= 26u) return Key(i);
    }
    return word;
  }
  // What the lists say of word i, from the cache when its spelling was seen.
  // Inline for the common case, a word already analysed in this unit.
  const WordInfo& Info(std::size_t i) {
    const WordInfo& w = info_[i];
    return w.analysed ? w : InfoNotYetAnalysed(i);
  }
  const WordInfo& InfoNotYetAnalysed(std::size_t i);
  // Fills `w` for word i from the lists. Out of line: a cache miss, and the
  // registers it needs would cost every hit in InfoNotYetAnalysed().
  [[gnu::noinline]] void Analyse(std::size_t i, WordInfo& w);
  Strength StrengthOf(const WordFacts& facts, std::string_view key, bool all_caps,
                      std::string_view original) const;
  // A capitalised word of one letter ("J", "Ł"). Inline: asked of most
  // capitalised words several times.
  bool IsInitial(std::size_t i) const {
    if (!IsWord(i) || !toks_[i].capitalised) return false;
    const std::size_t size = toks_[i].end - toks_[i].begin;
    if (size == 1) return true;
    // One non-ASCII letter: a lead byte announcing exactly `size` bytes.
    const auto lead = static_cast<unsigned char>(text_[toks_[i].begin]);
    return size <= 4 && lead >= 0xC0 &&
           (size == 2 || (size == 3 && lead >= 0xE0) || (size == 4 && lead >= 0xF0));
  }
  bool SentenceStart(std::size_t i) const;
  // A capitalised word the lists have as a title ("Mr", "DC"). Inline: asked
  // of every capitalised word, most of them more than once.
  bool IsTitle(std::size_t i) { return IsWord(i) && toks_[i].capitalised && Info(i).title != 0; }
  // Every word in [first, last] is followed by a dot.
  bool AllInitialsDotted(std::size_t first, std::size_t last) const;
  // A lower-case word that is a particle of a name ("de", "van", "bin").
  // Inline: an ASCII first letter folds to itself and only a few begin a
  // particle, so most words are refused before folding.
  bool IsParticle(std::size_t i) {
    if (!IsWord(i) || toks_[i].capitalised) return false;
    const auto first = static_cast<unsigned char>(text_[toks_[i].begin]);
    if (first < 0x80 && first != 'a' && first != 'b' && first != 'd' && first != 'e' &&
        first != 'f' && first != 'i' && first != 'l' && first != 't' && first != 'v') {
      return false;
    }
    return OneOf(kParticles, FoldedView(i));
  }
  // "al-Amin", "el-Sayed": a lower-case particle joined by a hyphen to a
  // capitalised name, a word of the name.
  bool ParticleJoinedName(std::size_t i) const;
  // The last token of a Gaelic patronymic's article and the word after it
  // when word k (after "Mac", "Nic", "Mhic", "Ní") is "a'", "an" or "na"
  // ("Nic a' Bhàird", "Mac an t-Saoir"); 0 otherwise.
  std::size_t GaelicArticleEnd(std::size_t k) const;
  // Word k is "April", "May", "June", "August" or "Sunday" standing for a
  // person: with a kinship word before it or a surname after it. Inline: most
  // words fail on their length or first letter, before any folding.
  bool MonthNameOfAPerson(std::size_t k) {
    const std::size_t size = toks_[k].end - toks_[k].begin;
    if (size < 3 || size > 6) return false;
    const char c = static_cast<char>(text_[toks_[k].begin] | 0x20);
    return (c == 'a' || c == 'm' || c == 'j' || c == 's') && MonthWordOfAPerson(k);
  }
  // MonthNameOfAPerson() past its first test.
  bool MonthWordOfAPerson(std::size_t k);
  // The token after `i` that continues a name: adjacent on the same line.
  bool Continues(std::size_t next) const { return next < toks_.size() && !toks_[next].line_start; }
  bool HasContext(std::size_t first, std::size_t last);
  // Word i is a capitalised given or family name (not a common word unless a given name).
  bool CapitalisedName(std::size_t i);
  // Word `word` is joined by "and"/"or" to `other`, a capitalised name, and
  // the two are not both places ("Faith and Destiny", not "Leeds and York").
  bool JoinedToAName(std::size_t word, std::size_t other);
  // The words are part of a longer capitalised name that is not a person's:
  // "St Mary's", "Royal Haverleigh Hospital", "Northshire Police".
  bool InLongerProperNoun(std::size_t first, std::size_t last);
  // True when the given name at `i` is followed by a capitalised, less common
  // ordinary word that is its surname ("Ellie Mutton", "Ellie Mutton's"): no
  // head of a proper noun, no title, and no capitalised word after it.
  bool OrdinarySurnameAfter(std::size_t i);
  void ScoreRun(std::size_t title_first, std::size_t title_last, std::size_t first,
                std::size_t last);
  void Propagate();
  // "her mother, Nest Bevan,", "his sister, Joy.": one to three capitalised
  // words set off by commas after a kinship word name that relative, ordinary
  // words ("Nest", "Joy") too. Adds them as a candidate, or widens the one
  // found inside them ("Bevan").
  void FindKinshipAppositions();
  // "Wood, Alison (School Nurse)", "Name: STOICA, Summer-Rose (Miss)",
  // "Printed by: O'Neill B (Health Visitor)": a records system's surname
  // first, at the start of a line or a cell or after a label, then a listed
  // given name (or an initial), then a bracket, a comma or the line's end.
  // Returns the token after the name found at word i (recorded in found_), or
  // i when there is none. Inline: most capitalised words start no field.
  std::size_t InvertedNameAt(std::size_t i) {
    // Where a field starts: a line or a cell, or after a label's colon or a bar.
    const bool field_start =
        toks_[i].line_start || (i > 0 && (IsPunct(i - 1, ':') || IsPunct(i - 1, '|')));
    return field_start ? InvertedNameAtFieldStart(i) : i;
  }
  // InvertedNameAt() for a word i that starts a field.
  std::size_t InvertedNameAtFieldStart(std::size_t i);
  void Emit(const Candidate& c, std::vector<Mention>& out) const;

  const NameLexicon& lex_;
  std::string_view text_;
  // The tokens of text_, as a span: its size is stored (a vector's divides
  // by the 20 bytes of a token) and the helpers bounds-check every index.
  std::span<const Token> toks_;
  // One per token, in the workspace's vectors (spans: one load to reach).
  std::span<WordInfo> info_;
  std::span<std::int32_t> key_index_;
  std::vector<std::string>& key_store_;
  std::size_t& keys_used_;
  std::span<std::uint8_t> used_;
  std::vector<Candidate>& found_;
  std::vector<std::string_view>& known_;
  plugin_text::BasicWordFactsCache<WordInfo>& cache_;
};

const std::string& UnitScan::Key(std::size_t i) {
  if (key_index_[i] < 0) {
    if (keys_used_ == key_store_.size()) key_store_.emplace_back();
    key_index_[i] = static_cast<std::int32_t>(keys_used_);
    FoldWord(TextOf(i), key_store_[keys_used_++]);
  }
  return key_store_[static_cast<std::size_t>(key_index_[i])];
}

Strength UnitScan::StrengthOf(const WordFacts& facts, std::string_view key, bool all_caps,
                              std::string_view original) const {
  if (facts.not_name()) return Strength::kNone;
  const bool name = facts.given() != 0 || facts.family();
  const int common = facts.common();
  if (name) return common > 0 && common < kAmbiguousBelow ? Strength::kAmbig : Strength::kStrong;
  if (common > 0) return Strength::kNone;
  // A title that is no name ("Sgt", "Cllr") is a name only with one after it.
  if (facts.title()) return Strength::kNone;
  // Acronyms (NHS, CAMHS, MASH) are not names.
  if (all_caps && key.size() <= 5) return Strength::kNone;
  // Irish and Scottish prefixes: O'Rourke, D'Arcy, McAllister, MacNeil.
  if (key.size() > 3 && (key[1] == '\'') && (key[0] == 'o' || key[0] == 'd')) {
    return Strength::kStrong;
  }
  if (original.size() > 3 && original.substr(0, 2) == "Mc" && original[2] >= 'A' &&
      original[2] <= 'Z') {
    return Strength::kStrong;
  }
  return Strength::kUnknown;
}

const WordInfo& UnitScan::InfoNotYetAnalysed(std::size_t i) {
  WordInfo& w = info_[i];
  const auto key = plugin_text::BasicWordFactsCache<WordInfo>::KeyOf(TextOf(i));
  if (key.size != 0 && cache_.Find(key, w)) return w;  // analysed, as it was cached
  Analyse(i, w);
  if (key.size != 0) cache_.Put(key, w);
  return w;
}

void UnitScan::Analyse(std::size_t i, WordInfo& w) {
  w.analysed = true;
  const std::string& key = Key(i);
  const WordFacts facts = lex_.Facts(key);
  w.given = facts.given();
  w.family = facts.family();
  w.not_name = facts.not_name();
  w.title = facts.title();
  w.common = static_cast<std::uint8_t>(facts.common());
  w.place = facts.place();
  w.strength = StrengthOf(facts, key, toks_[i].all_caps, TextOf(i));
  // "Nan", "Mum", "Dad": a role, not a name.
  if (facts.kinship()) w.strength = Strength::kNone;
  // "the Okafors", "the Smiths' flat": a family name in the plural.
  if (w.given == 0 && !w.family && key.size() > 3 && key.back() == 's' &&
      w.strength != Strength::kStrong && !w.not_name) {
    const std::string_view stem = std::string_view(key).substr(0, key.size() - 1);
    const WordFacts stem_facts = lex_.Facts(stem);
    if (stem_facts.family() && !stem_facts.not_name()) {
      w.family = true;
      w.plural = true;
      w.strength = stem_facts.common() > 0 && stem_facts.common() < kAmbiguousBelow
                       ? Strength::kAmbig
                       : Strength::kStrong;
    }
  }
  // A hyphenated word unknown as a whole ("Lily-Mae", "Smith-Jones") is as
  // strong as its parts; one ordinary part ("mother-in-law") makes it none,
  // unless every part is capitalised and one is a known name: a
  // double-barrelled surname with a family name that is also a word of a
  // street or an ordinary word ("O'Connor-Lane", "Connor-Lane"); not with a
  // kinship word, a short ordinary word or one no list has as a family name
  // ("Mother-In-Law", "Stoke-On-Trent", "Drop-In", "Afro-Caribbean").
  if (w.given == 0 && !w.family && key.find('-') != std::string::npos) {
    Strength best = Strength::kNone;
    bool any_none = false, all_capitalised = true, blocked = false;
    std::string_view rest(key);
    std::string_view orig = TextOf(i);
    std::string_view orig_rest = orig;
    while (!rest.empty()) {
      std::size_t dash = rest.find('-');
      std::string_view part = rest.substr(0, dash);
      const WordFacts part_facts = lex_.Facts(part);
      Strength s = StrengthOf(part_facts, part, toks_[i].all_caps, orig);
      // The ordinary part must be a family name in the lists too ("Lane",
      // "Wood"; not "Caribbean" of "Afro-Caribbean").
      if (s == Strength::kNone) {
        any_none = true;
        blocked = blocked || part.size() <= 3 || !part_facts.family();
      }
      blocked = blocked || part_facts.kinship();
      const auto lead = orig_rest.empty() ? 0 : static_cast<unsigned char>(orig_rest[0]);
      all_capitalised = all_capitalised && ((lead >= 'A' && lead <= 'Z') || lead >= 0xC0);
      if (part_facts.given() != 0 && w.given == 0) w.given = part_facts.given();
      best = std::max(best, s);
      rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
      const std::size_t orig_dash = orig_rest.find('-');
      orig_rest = orig_dash == std::string_view::npos ? std::string_view()
                                                      : orig_rest.substr(orig_dash + 1);
    }
    const bool double_barrelled = all_capitalised && !blocked && best >= Strength::kAmbig;
    w.strength = any_none && !double_barrelled ? Strength::kNone : best;
  }
}

bool UnitScan::AllInitialsDotted(std::size_t first, std::size_t last) const {
  for (std::size_t i = first; i <= last; ++i) {
    if (IsWord(i) && !IsPunct(i + 1, '.')) return false;
  }
  return true;
}

// Months and a weekday that are also given names: never a name alone ("in
// June", "by May", "on Sunday"), but one in a name with a title ("Mrs June
// Smith", "Mrs May"), a surname after it ("April Jones", "Sunday Okafor") or
// a kinship word before it ("Auntie June").
bool IsMonthGivenName(std::string_view key) {
  return key == "april" || key == "may" || key == "june" || key == "august" || key == "sunday";
}

// Words before a weekday that make it the day: "on Sunday Okafor rang".
constexpr plugin_text::SmallWordSet<14> kDayLeads({"on", "by", "last", "next", "this", "that",
                                                   "every", "each", "until", "since", "from", "of",
                                                   "before", "after"});

bool UnitScan::MonthWordOfAPerson(std::size_t k) {
  const std::string_view key = Key(k);
  if (!IsMonthGivenName(key)) return false;
  // A weekday only before a surname that is no word ("The Sunday Times").
  const bool weekday = key == "sunday";
  if (weekday && k > 0 && IsWord(k - 1) && Continues(k) && OneOf(kDayLeads, FoldedView(k - 1)))
    return false;
  const bool kinship_before = k > 0 && IsWord(k - 1) && toks_[k - 1].capitalised &&
                              !toks_[k].line_start && lex_.IsKinship(FoldedView(k - 1));
  const bool surname_after = Continues(k + 1) && IsWord(k + 1) && toks_[k + 1].capitalised &&
                             Info(k + 1).family && Info(k + 1).strength != Strength::kNone &&
                             !(weekday && (Info(k + 1).common != 0 || Info(k + 1).not_name));
  return kinship_before || surname_after;
}

std::size_t UnitScan::GaelicArticleEnd(std::size_t k) const {
  // The article first: one or two letters, refused at once for most words.
  if (!IsWord(k) || toks_[k].end - toks_[k].begin > 2 || toks_[k].capitalised || !IsWord(k - 1) ||
      !toks_[k - 1].capitalised || !toks_[k].space_before)
    return 0;
  const std::string_view article = TextOf(k);
  if (article != "a" && article != "an" && article != "na") return 0;
  const std::string_view patronymic = TextOf(k - 1);
  bool gaelic = false;
  for (std::string_view p : {"Mac", "Nic", "Mhic", "N\xC3\xAD", "N\xC3\xAC", "MAC", "NIC"})
    gaelic = gaelic || patronymic == p;
  if (!gaelic) return 0;
  std::size_t after = k + 1;
  if (article == "a") {  // "a'" or "a’", the apostrophe on the word
    if (after >= toks_.size() || toks_[after].space_before ||
        !(IsPunct(after, '\'') || IsPunct(after, 0x2019)))
      return 0;
    ++after;
  }
  if (!IsWord(after) || !Continues(after) || !toks_[after].space_before) return 0;
  return toks_[after].capitalised || ParticleJoinedName(after) ? after : 0;
}

bool UnitScan::ParticleJoinedName(std::size_t i) const {
  const std::string_view w = TextOf(i);
  // True when the letter at byte `at` of the word is a capital ("À" too).
  auto upper_at = [&](int32_t at) {
    UChar32 c;
    U8_NEXT(w.data(), at, static_cast<int32_t>(w.size()), c);
    return c >= 0 && u_isupper(c);
  };
  const bool h_t_n = !w.empty() && (w[0] == 't' || w[0] == 'h' || w[0] == 'n');
  // "al-Amin", "el-Sayed", "bin-Laden", "ul-Haq": a particle, a hyphen, a
  // capital; Gaelic "t-Saoir", "h-Àirde" after an article.
  if (h_t_n && w.size() > 2 && w[1] == '-' && upper_at(2)) return true;
  for (std::string_view p : {"al-", "el-", "ul-", "bin-", "ibn-", "abu-", "ben-"})
    if (w.size() > p.size() && w.substr(0, p.size()) == p && w[p.size()] >= 'A' &&
        w[p.size()] <= 'Z')
      return true;
  // Irish "Ó hAnluain", "Ní hÉigeartaigh", "Mac an tSaoir": h, t or n
  // written on the capital, after "Ó", "Ní", "Uí", "Ua" or a Gaelic article.
  if (h_t_n && w.size() > 1 && i > 0 && IsWord(i - 1) && upper_at(1)) {
    const std::string_view before = TextOf(i - 1);
    for (std::string_view p :
         {"\xC3\x93", "N\xC3\xAD", "U\xC3\xAD", "Ua", "O", "Ni", "Ui", "an", "na"})
      if (before == p) return true;
  }
  return false;
}

bool UnitScan::SentenceStart(std::size_t i) const {
  if (toks_[i].line_start) return true;
  std::size_t j = i;
  while (j > 0) {
    --j;
    const Token& t = toks_[j];
    if (t.kind == TokenKind::kPunct && IsOpener(t.punct)) {
      if (t.line_start) return true;
      continue;
    }
    if (t.kind != TokenKind::kPunct) return false;
    if (t.punct == '.') {
      // "Mr. Smith", "J. Smith": the dot of an abbreviation ends no sentence.
      if (j > 0 && toks_[j - 1].kind == TokenKind::kWord && !toks_[j].space_before) {
        std::string_view prev = TextOf(j - 1);
        if (prev.size() <= 4 && toks_[j - 1].capitalised) return false;
      }
      return true;
    }
    return t.punct == '!' || t.punct == '?' || t.punct == ':' || t.punct == 0x2026;
  }
  return true;
}

// A word that is a name only in context: kinship or "called" before it, a verb
// of person after it, or an apposition ("Grace, the mother,").
bool UnitScan::HasContext(std::size_t first, std::size_t last) {
  // "Nana Pat", "Uncle Ray": a kinship word used as a title.
  if (first > 0 && IsWord(first - 1) && toks_[first - 1].capitalised && !toks_[first].line_start &&
      lex_.IsKinship(FoldedView(first - 1)))
    return true;
  // "Dear Nick,", "Dear Grace": a letter's salutation, at the start of a line.
  if (first > 0 && IsWord(first - 1) && toks_[first - 1].capitalised &&
      toks_[first - 1].line_start && !toks_[first].line_start && FoldedView(first - 1) == "dear" &&
      (last + 1 >= toks_.size() || toks_[last + 1].line_start || IsPunct(last + 1, ',') ||
       IsPunct(last + 1, '!')))
    return true;
  // "known only as \"Storm\"", "known locally as ‘Jax’": a nickname in quotes.
  if (first > 2 && toks_[first - 1].kind == TokenKind::kPunct &&
      (toks_[first - 1].punct == '"' || toks_[first - 1].punct == 0x201C ||
       toks_[first - 1].punct == 0x2018 || toks_[first - 1].punct == '\'') &&
      IsWord(first - 2) && FoldedView(first - 2) == "as") {
    std::size_t k = first - 3;
    if (IsWord(k) && (FoldedView(k) == "only" || FoldedView(k) == "locally") && k > 0) --k;
    if (IsWord(k) &&
        (FoldedView(k) == "known" || FoldedView(k) == "to" || FoldedView(k) == "called"))
      return true;
  }
  // "her mother, Nest Bevan,", "his sister, Joy.": an apposition after kinship.
  if (first > 1 && IsPunct(first - 1, ',') && IsWord(first - 2) && !toks_[first - 2].capitalised &&
      lex_.IsKinship(FoldedView(first - 2)) &&
      (last + 1 >= toks_.size() || IsPunct(last + 1, ',') || IsPunct(last + 1, '.') ||
       IsPunct(last + 1, ';') || IsPunct(last + 1, ')')))
    return true;
  if (first > 0 && IsWord(first - 1) && !toks_[first - 1].capitalised) {
    const std::string_view prev = FoldedView(first - 1);
    // "her son Will", "a girl called Hope", "the GP saw Summer"
    if (lex_.IsKinship(prev) || OneOf(kNamingWords, prev) || OneOf(kVerbsWithPersonObject, prev))
      return true;
    // "known as Dot", "referred to as Bex"
    if (prev == "as" && first > 1 && IsWord(first - 2) &&
        (FoldedView(first - 2) == "known" || FoldedView(first - 2) == "to"))
      return true;
    // "Faith and Destiny": a name joined to a confident name.
    if ((prev == "and" || prev == "or") && first > 1 && JoinedToAName(first, first - 2))
      return true;
  }
  if (first > 0 && IsPunct(first - 1, '&') && first > 1 && CapitalisedName(first - 2)) return true;
  std::size_t next = last + 1;
  // "Grace's mother": a possessive name before kinship.
  if (toks_[last].possessive) return IsWord(next) && lex_.IsKinship(FoldedView(next));
  if (IsWord(next) && !toks_[next].capitalised) {
    const std::string_view word = FoldedView(next);
    if (lex_.IsPersonVerb(word)) {
      // "Grace said" is a person; "Hope was" too weak for the commonest words,
      // unless "was born".
      const bool weak = word == "was" || word == "is" || word == "has" || word == "had";
      const int common = Info(last).common;
      // "Bradford was informed": of a place, "was" says nothing.
      if (!weak || ((common == 0 || common >= 20) && !Info(last).place)) return true;
      if (IsWord(next + 1) && FoldedView(next + 1) == "born") return true;
    }
    if ((word == "and" || word == "or") && JoinedToAName(last, next + 1)) return true;
  }
  // "Grace, the mother,", "Blessing, the maternal aunt,", "Summer, aged 3,"
  // "Faith and Destiny (the twins)".
  if (IsPunct(next, ',') || IsPunct(next, '(')) {
    std::size_t k = next + 1;
    if (IsWord(k) && FoldedView(k) == "aged") return true;
    // "Brook, then 18 months,", "Hope, now 11,", "Will (then 4)": an age.
    if (IsWord(k) && (FoldedView(k) == "then" || FoldedView(k) == "now") && k + 1 < toks_.size() &&
        toks_[k + 1].kind == TokenKind::kNumber)
      return true;
    if (IsWord(k) && OneOf(kDeterminers, FoldedView(k))) ++k;
    for (int skipped = 0; skipped < 3 && IsWord(k) && !toks_[k].capitalised; ++skipped, ++k) {
      if (lex_.IsKinship(FoldedView(k))) return true;
    }
  }
  return false;
}

bool UnitScan::JoinedToAName(std::size_t word, std::size_t other) {
  // "Leeds and York": two places joined say nothing of a person.
  return CapitalisedName(other) && !(Info(word).place && Info(other).place);
}

bool UnitScan::CapitalisedName(std::size_t i) {
  if (!IsWord(i) || !toks_[i].capitalised || toks_[i].line_start) return false;
  const WordInfo& w = Info(i);
  return w.strength == Strength::kStrong || (w.given != 0 && w.strength == Strength::kAmbig);
}

bool UnitScan::InLongerProperNoun(std::size_t first, std::size_t last) {
  if (first > 0 && IsWord(first - 1) && toks_[first - 1].capitalised && Key(first - 1) == "st")
    return true;
  if (first > 1 && IsPunct(first - 1, '.') && IsWord(first - 2) && Key(first - 2) == "st")
    return true;
  // "Court of Cassation", "Church of Ireland": an unknown word after "X of".
  if (first > 1 && first == last && Info(first).strength == Strength::kUnknown &&
      IsWord(first - 1) && !toks_[first - 1].capitalised && FoldedView(first - 1) == "of" &&
      IsWord(first - 2) && toks_[first - 2].capitalised &&
      Info(first - 2).strength == Strength::kNone) {
    return true;
  }
  if (toks_[last].possessive) return false;
  const std::size_t next = last + 1;
  if (!IsWord(next) || !toks_[next].capitalised || toks_[next].line_start ||
      toks_[next].all_caps != toks_[last].all_caps) {
    return false;
  }
  // In capitals every word is capitalised: "JUNIOR LI AND MR NG" goes on with
  // a word of the sentence, not of a longer name.
  if (toks_[next].all_caps && OneOf(kFunctionWords, FoldedView(next))) return false;
  // "Maureen H.B.", "Maureen H.-B.": the initials of her family name.
  if (IsInitial(next) && IsPunct(next + 1, '.')) return false;
  const WordInfo& w = Info(next);
  return w.strength == Strength::kNone && w.title == 0;
}

bool UnitScan::OrdinarySurnameAfter(std::size_t i) {
  const WordInfo& given = Info(i);
  if (given.given == 0 || given.strength != Strength::kStrong || given.place || toks_[i].all_caps ||
      toks_[i].possessive)
    return false;
  const std::size_t next = i + 1;
  if (!IsWord(next) || !toks_[next].capitalised || toks_[next].all_caps || toks_[next].line_start ||
      !toks_[next].space_before || toks_[next].end - toks_[next].begin < 3)  // "Geneve A/S"
    return false;
  const WordInfo& w = Info(next);
  // A rarer word ("Mutton", level 35), not one as common as "Local" (10).
  if (w.strength != Strength::kNone || w.title != 0 || w.place || w.common < 35 ||
      kProperNounHeads.Contains(FoldedView(next)))
    return false;
  // "Ellie Mutton House": a longer name goes on.
  return !(IsWord(next + 1) && toks_[next + 1].capitalised && !toks_[next + 1].line_start &&
           !toks_[next].possessive);
}

void UnitScan::ScoreRun(std::size_t title_first, std::size_t title_last, std::size_t first,
                        std::size_t last) {
  const bool has_title = title_first != static_cast<std::size_t>(-1);
  Candidate c;
  c.first = has_title ? title_first : first;
  c.last = last;
  // Count the words (not initials or particles) and their strengths.
  int words = 0, strong = 0, ambig = 0, unknown = 0, initials = 0;
  std::size_t first_word = static_cast<std::size_t>(-1), last_word = 0;
  for (std::size_t i = first; i <= last; ++i) {
    if (!IsWord(i)) continue;
    if (IsInitial(i)) {
      ++initials;
      continue;
    }
    if (IsParticle(i)) continue;
    // "Sr", "Jnr" after a name: its generation, no word of it.
    if (i != first && OneOf(kGenerations, FoldedView(i))) continue;
    ++words;
    if (first_word == static_cast<std::size_t>(-1)) first_word = i;
    last_word = i;
    switch (Info(i).strength) {
      case Strength::kStrong:
        ++strong;
        break;
      case Strength::kAmbig:
        ++ambig;
        break;
      case Strength::kUnknown:
        ++unknown;
        break;
      case Strength::kNone:
        // "R. Page", "Rosemary Page": a family name that is no name alone
        // counts after an initial or a name (the scan let it in only there).
        if (Info(i).family && (initials > 0 || words > 1) &&
            OneOf(kSurnamesNotAlone, FoldedView(i)))
          ++ambig;
        break;
    }
  }
  if (words == 0) {
    // "L. R.", "K.K.": two or more initials, each with its dot, are a person
    // (but "U.K.", "P.S." are not); one letter alone ("Mr X", "Child M") is a
    // pseudonym already.
    if (has_title && initials == 1 && first == last && TextOf(first).size() == 1) {
      // "Miss M", "Mr K": an initial may be the person's own; redacting a
      // pseudonym costs nothing.
      c.score = 0.55;
      c.rule = "title+initial";
      c.title = TextOf(title_last);
      const char g = Info(title_last).title;
      if (g == 'f' || g == 'm') c.gender = g;
      for (std::size_t i = c.first; i <= c.last; ++i) used_[i] = 1;
      found_.push_back(std::move(c));
      return;
    }
    if (has_title || initials < 2 || !AllInitialsDotted(first, last)) return;
    std::string letters;
    for (std::size_t i = first; i <= last; ++i)
      if (IsWord(i)) letters += TextOf(i);
    if (OneOf(kNotInitials, letters)) return;
    c.score = 0.7;
    c.rule = "initials";
    for (std::size_t i = c.first; i <= c.last; ++i) used_[i] = 1;
    found_.push_back(std::move(c));
    return;
  }
  const bool at_start = !has_title && SentenceStart(first);
  const WordInfo& fw = Info(first_word);
  // "Chief Executive", "Officer Training", "Private Sector Housing": a rank
  // word before an ordinary word that no list has as a name is a job title.
  if (has_title && fw.strength == Strength::kNone && !fw.family && !fw.given &&
      OneOf(kOrdinaryTitles, FoldedView(title_last)))
    return;
  if (has_title) {
    c.score = 0.95;
    c.rule = words > 1 ? "title+name" : "title+surname";
    c.title = (TextOf(title_last));
  } else if (initials > 0 && IsInitial(first) && words >= 1) {
    c.score = strong + ambig + unknown > 0 ? 0.85 : 0.0;
    c.rule = "initial+surname";
  } else if (words >= 2) {
    if (strong > 0 || (fw.given != 0 && unknown > 0)) {
      c.score = 0.9;
    } else if (ambig == words && fw.given != 0) {
      c.score = at_start ? 0.7 : 0.75;
    } else if (ambig == words) {
      c.score = 0.45;  // "Key Lines": ordinary words that happen to be surnames
    } else if (ambig > 0) {
      c.score = 0.6;
    } else {
      c.score = at_start ? 0.5 : 0.55;
    }
    // "Salford Royal", "Kent County": a place first and no given name. But
    // "In Darlington Mary-Kate and": a place, then a given name starting a
    // name of its own.
    if (fw.given == 0 && fw.place) {
      std::size_t next = first_word + 1;
      while (next <= last && !IsWord(next)) ++next;
      if (next <= last && !IsInitial(next) && Info(next).given != 0 && !Info(next).family &&
          !Info(next).place && Info(next).strength == Strength::kStrong &&
          toks_[next].space_before) {
        ScoreRun(title_first, title_last, next, last);
        return;
      }
      c.score = std::min(c.score, 0.45);
    }
    // "Social Work England": a word that is no given name nor a strong
    // surname before a nation of the UK.
    if (fw.given == 0 && fw.strength != Strength::kStrong &&
        OneOf(kUkNations, FoldedView(last_word)))
      c.score = std::min(c.score, 0.45);
    c.rule = fw.given != 0 ? "given+family" : "name-sequence";
  } else {
    const WordInfo& w = fw;
    const bool all_caps = toks_[first_word].all_caps;
    // "SEN", "CID" in capitals: a service's acronym, though a surname too ("Sen").
    if (all_caps && OneOf(kAcronyms, FoldedView(first_word))) return;
    switch (w.strength) {
      case Strength::kStrong:
        // "NI", "HO" alone: two capitals that only a family name list has
        // are an acronym ("JUNIOR LI" and "Mr NG" are taken above).
        // So are two capitals that are a given name ("ED", "AL") between
        // lower-case words: "conveyed to the Royal Hospital ED by".
        if (all_caps && TextOf(first_word).size() <= 2 &&
            (!w.given || LowerCaseWordNear(first_word)))
          return;
        c.score = at_start ? 0.7 : (w.given ? 0.85 : 0.8);
        // "Leeds": a surname, but more often the city; "Bradford": a given
        // name, but more often the city (the places plugin's then, unless
        // context says it is a person's).
        if (!w.given && w.place) c.score = 0.45;
        if (w.given && w.place) c.score = std::min(c.score, 0.6);
        c.rule = w.given ? "dictionary-given" : "dictionary-family";
        break;
      case Strength::kAmbig:
        c.score = (!at_start && !all_caps && w.common >= 35) ? 0.6 : 0.4;
        c.rule = w.given ? "dictionary-given" : "dictionary-family";
        // "Sue G.", "Will H": a given name that is a word too, then the
        // initial of a family name (the scan keeps one only so).
        if (w.given != 0 && initials > 0 && IsInitial(last) && last > first_word && !at_start)
          c.score = 0.8;
        // "On", "Will", "Mark" starting a sentence: an ordinary word unless context says otherwise.
        if (c.score < 0.5 && w.common <= 20 && !HasContext(first, last)) return;
        break;
      case Strength::kUnknown:
        // A listed place ("Haverleigh", "Punjab") is the places plugin's.
        if (all_caps || w.place) return;
        c.score = at_start ? 0.5 : 0.55;
        c.rule = "capitalised-unknown";
        break;
      case Strength::kNone:
        // "Auntie June": a month that is a person's name here.
        if (!MonthNameOfAPerson(first_word)) return;
        c.score = 0.85;
        c.rule = "context";
        break;
    }
    // "in Kent", "near Bath": more likely a place, unless a person's.
    if (first > 0 && IsWord(first - 1) && !toks_[first - 1].capitalised &&
        OneOf(kPlacePrepositions, FoldedView(first - 1)) && !toks_[last].possessive) {
      c.score = std::min(c.score, 0.45);
    }
  }
  const bool place_first = words >= 2 && fw.given == 0 && fw.place;
  if (!has_title && !place_first && c.score < 0.85 && HasContext(first, last)) {
    c.score = 0.85;
    c.rule = "context";
  }
  if (!has_title && InLongerProperNoun(first, last)) {
    if (words == 1 && first_word == last && OrdinarySurnameAfter(last)) {
      ++words;
      last_word = c.last = last + 1;
      c.score = std::max(c.score, 0.8);
      c.rule = "given+family";
    } else {
      c.score = std::min(c.score, 0.45);
      c.rule = "part-of-proper-noun";
    }
  }
  // "Bradford West": a town and a compass point are a place (a ward, a
  // constituency), though the town is a given name too.
  if (!has_title && words == 2 && fw.place && OneOf(kCompassPoints, FoldedView(last_word)))
    c.score = std::min(c.score, 0.45);
  // "North Wales", "West Yorkshire": a compass point before a nation of the
  // UK or a listed place.
  if (!has_title && OneOf(kCompassPoints, FoldedView(first_word)) &&
      (OneOf(kUkNations, FoldedView(last_word)) || Info(last_word).place))
    c.score = std::min(c.score, 0.45);
  // "Mansfield NG19": letters glued to a number are a code (a postcode's
  // district), no name.
  if (last_word + 1 < toks_.size() && toks_[last_word + 1].kind == TokenKind::kNumber &&
      !toks_[last_word + 1].space_before)
    c.score = std::min(c.score, 0.45);
  if (c.score <= 0) return;
  // Attributes.
  if (words >= 2) {
    c.given = (TextOf(first_word));
    c.family = (TextOf(last_word));
    c.given_listed = fw.given != 0;
  } else if (has_title || initials > 0 || fw.given == 0) {
    c.family = (TextOf(last_word));
    c.plural = !has_title && initials == 0 && fw.plural;
  } else {
    c.given = (TextOf(first_word));
  }
  const char title_gender = has_title ? Info(title_last).title : 0;
  if (title_gender == 'f' || title_gender == 'm') {
    c.gender = title_gender;
  } else if (fw.given == 'f' || fw.given == 'm') {
    c.gender = fw.given;
  }
  for (std::size_t i = c.first; i <= c.last; ++i) used_[i] = 1;
  found_.push_back(std::move(c));
}

std::size_t UnitScan::InvertedNameAtFieldStart(std::size_t i) {
  const std::size_t n = toks_.size();
  if (IsTitle(i) || IsInitial(i)) return i;
  const WordInfo& surname = Info(i);
  // (A surname may be a given name too: "Hussain, Shazia"; a town may not: "Leeds, Bradford".)
  if (surname.not_name || surname.place) return i;
  if (!surname.family && !toks_[i].all_caps && surname.strength != Strength::kUnknown) return i;
  std::size_t given = i + 1;
  const bool comma = IsPunct(given, ',') && !toks_[given].space_before;
  if (comma) ++given;
  if (!Continues(given) || !IsWord(given) || !toks_[given].capitalised) return i;
  std::size_t last = given;
  if (IsInitial(given)) {
    // "O'Neill B": only a listed surname, and never in capitals ("ROOM B").
    if (comma || !surname.family || toks_[i].all_caps) return i;
  } else {
    if (!comma || Info(given).given == 0 || IsTitle(given)) return i;
    // A middle name: "Oduya, Joy Adaeze".
    if (Continues(last + 1) && IsWord(last + 1) && toks_[last + 1].capitalised &&
        Info(last + 1).given != 0 && !IsTitle(last + 1))
      ++last;
  }
  // Then the field ends: a bracket, a comma, a bar, or the line.
  const std::size_t after = last + 1;
  if (after < n && !toks_[after].line_start && !IsPunct(after, '(') && !IsPunct(after, ',') &&
      !IsPunct(after, '|'))
    return i;
  Candidate c;
  c.first = i;
  c.last = last;
  c.score = 0.85;
  c.rule = "inverted-name";
  c.family = TextOf(i);
  if (!IsInitial(given)) {
    c.given = TextOf(given);
    c.given_listed = true;
    const char g = Info(given).given;
    if (g == 'f' || g == 'm') c.gender = g;
  }
  c.inverted = true;
  for (std::size_t k = c.first; k <= c.last; ++k) used_[k] = 1;
  found_.push_back(std::move(c));
  return last + 1;
}

void UnitScan::Run(std::vector<Mention>& out) {
  const std::size_t n = toks_.size();
  const std::size_t none = static_cast<std::size_t>(-1);
  std::size_t i = 0;
  while (i < n) {
    // Most tokens start no name: passed by a loop with no other test (only
    // words are ever capitalised).
    while (i < n && !toks_[i].capitalised) ++i;
    if (i == n) break;
    if (const std::size_t after = InvertedNameAt(i); after != i) {
      i = after;
      continue;
    }
    // Titles, possibly several ("Det Sgt", "Chief Inspector"), each maybe with a dot.
    std::size_t title_first = none, title_last = none;
    std::size_t j = i;
    bool numbered = false;  // "DC 6127 Gurpreet Bains": a collar number after the rank
    // "Staff Nurse Gemma Royle", "Ward Sister Hope": an ordinary word before a
    // title that is a job too ("nurse", "sister") makes a role, which the
    // public keeps; the title still vouches for the name after it, which alone
    // is the span.
    bool role_prefix = false;
    // "Mr and Mrs Bello", "Mr & Mrs Bello": two titles joined name a couple;
    // the span takes both titles and the name.
    std::size_t couple_first = none;
    if (IsTitle(j)) {
      std::size_t joint = j + 1;
      if (IsPunct(joint, '.') && !toks_[joint].space_before) ++joint;
      const bool joined =
          Continues(joint) && (IsPunct(joint, '&') || (IsWord(joint) && Key(joint) == "and"));
      if (joined && Continues(joint + 1) && IsTitle(joint + 1)) {
        couple_first = j;
        j = joint + 1;
      }
    }
    if (!IsTitle(j) && IsWord(j) && Info(j).common > 0 && Info(j).strength != Strength::kStrong &&
        Continues(j + 1) && toks_[j + 1].space_before && IsTitle(j + 1) &&
        OneOf(kOrdinaryTitles, FoldedView(j + 1))) {
      ++j;
      role_prefix = true;
    }
    while (IsTitle(j)) {
      std::size_t after = j + 1;
      // "Sgt. Reid", "Insp. Cole": a dot after an abbreviation; "Sergeant. Custody" ends a
      // sentence.
      if (IsPunct(after, '.') && !toks_[after].space_before && TextOf(j).size() <= 5) ++after;
      if (after + 1 < n && toks_[after].kind == TokenKind::kNumber && !numbered &&
          toks_[after].end - toks_[after].begin >= 2 &&
          toks_[after].end - toks_[after].begin <= 6 && Continues(after + 1) && IsWord(after + 1) &&
          toks_[after + 1].capitalised && Info(after + 1).title == 0) {
        numbered = true;
        ++after;
      }
      // "Mr ap Iorwerth", "Dr van der Berg": particles, then the surname.
      std::size_t surname = after;
      while (surname < n && Continues(surname) && IsParticle(surname)) ++surname;
      if (surname > after && surname < n && Continues(surname) && IsWord(surname) &&
          toks_[surname].capitalised) {
        if (title_first == none) title_first = j;
        title_last = j;
        j = after;
        break;
      }
      if (!Continues(after) || !IsWord(after) || !toks_[after].capitalised) break;
      if (title_first == none) title_first = j;
      title_last = j;
      j = after;
    }
    // "A Clare's Law disclosure", "I Smith": "A" and "I" starting a sentence
    // with no dot after them are the article and the pronoun, not initials.
    if (title_first == none && toks_[j].end - toks_[j].begin == 1 &&
        (text_[toks_[j].begin] == 'A' || text_[toks_[j].begin] == 'I') &&
        !(IsPunct(j + 1, '.') && !toks_[j + 1].space_before) && SentenceStart(j)) {
      i = j + 1;
      continue;
    }
    // The name itself: capitalised words, initials (with their dots), particles.
    std::size_t first = j, last = none;
    std::size_t k = j;
    int count = 0;
    bool role_ends_run = false;
    while (k < n && count < 8) {
      if (k != first && toks_[k].line_start) break;
      // "Lucy VAN DER MERWE": particles in capitals inside a name in capitals.
      if (k != first && last != none && IsWord(k) && toks_[k].all_caps &&
          OneOf(kParticles, FoldedView(k))) {
        std::size_t after = k + 1;
        while (after < n && IsWord(after) && toks_[after].all_caps &&
               OneOf(kParticles, FoldedView(after)) && !toks_[after].line_start)
          ++after;
        if (IsWord(after) && toks_[after].capitalised && !toks_[after].line_start) {
          k = after;
          continue;
        }
      }
      // "Nic a' Bhàird", "Mac an t-Saoir", "Mac na h-Àirde": the article of a
      // Gaelic patronymic joins the word after it to the name, whatever that is.
      if (k != first && last == k - 1) {
        if (const std::size_t end = GaelicArticleEnd(k); end != 0) {
          last = end;
          count += 2;
          k = end + 1;
          continue;
        }
      }
      if (IsWord(k) && (toks_[k].capitalised || (k != first && ParticleJoinedName(k)))) {
        // "KAYDEN SMITH IN 2019": in capitals a word of the sentence ends it.
        if (k != first && toks_[k].all_caps && OneOf(kFunctionWords, FoldedView(k))) break;
        // "Jordan STERLING Officer in the Case": a job noun ends the name;
        // "Tenancy Sustainment Officer" with no name before it is the role.
        if (k != first && OneOf(kRoleHeads, FoldedView(k))) {
          role_ends_run = title_first == none && !Info(first).given;
          break;
        }
        // "Dr W. Zielińska GMC 7654319": a service's acronym after a name is no part of it.
        if (k != first && toks_[k].all_caps && !toks_[first].all_caps &&
            OneOf(kAcronyms, FoldedView(k)))
          break;
        // A title in the middle ends the name ("Grace Okafor Mr Smith"), but
        // "Sr" with no name after it is "Senior" ("Mr Robson Sr recalled").
        if (k != first && Info(k).title != 0 && !Info(k).given && !Info(k).family) {
          if (Key(k) == "sr" && !(IsWord(k + 1) && toks_[k + 1].capitalised && Continues(k + 1)))
            last = k;
          break;
        }
        const WordInfo& w = Info(k);
        // "Rosemary Page": a family name that is no name alone (see kSurnamesNotAlone).
        const bool surname_after_name =
            k != first && w.not_name && w.family && OneOf(kSurnamesNotAlone, FoldedView(k)) &&
            (title_first != none || IsInitial(first) || Info(first).given != 0) &&
            !(k + 1 < n && toks_[k + 1].kind == TokenKind::kNumber);
        // "Lucy MERWE", "Jordan STERLING": a family name in capitals after a
        // given name (police style), even one short enough for an acronym.
        const bool capitals_after_given = k != first && toks_[k].all_caps &&
                                          !toks_[first].all_caps && Info(first).given &&
                                          w.common == 0 && !w.not_name && TextOf(k).size() >= 3 &&
                                          !OneOf(kAcronyms, FoldedView(k));
        // Ordinary words split names unless a title vouches for them.
        if (title_first == none && w.strength == Strength::kNone && !IsInitial(k) &&
            !(k == first && MonthNameOfAPerson(k)) && !surname_after_name && !capitals_after_given)
          break;
        if (title_first != none && w.not_name && !IsInitial(k) && !IsMonthGivenName(Key(k)) &&
            !surname_after_name)
          break;
        last = k;
        ++count;
        if (toks_[k].possessive) break;
        std::size_t next = k + 1;
        if (IsInitial(k) && IsPunct(next, '.') && !toks_[next].space_before) {
          last = next;
          ++next;
        }
        k = next;
        continue;
      }
      if ((last != none || (k == first && title_first != none)) && IsParticle(k)) {
        // "de Souza", "van der Berg": particles count when a capitalised word
        // follows (first of all after a title: "Mr ap Iorwerth").
        std::size_t after = k + 1;
        while (after < n && IsParticle(after) && !toks_[after].line_start) ++after;
        if (IsWord(after) && toks_[after].capitalised && !toks_[after].line_start) {
          k = after;
          continue;
        }
      }
      break;
    }
    if (last == none) {
      // A title with nothing name-like after it, or an ordinary word.
      i = std::max(i + 1, j);
      continue;
    }
    if (role_ends_run) {
      i = k + 1;  // "Sustainment Officer": a role
      continue;
    }
    // "the Clerk", "Advisor" alone, "Nurse Practitioner": a role, not a
    // surname; so is a title alone ("the Custody Sergeant.").
    if (first == last && IsWord(first) &&
        (OneOf(kRoleHeads, FoldedView(first)) || (title_first == none && IsTitle(first)))) {
      i = last + 1;
      continue;
    }
    // Trailing initials are no part of a name ("Smith A" in a list), unless
    // the name is initials only ("L. R.").
    bool has_word = false;
    for (std::size_t w = first; w <= last && !has_word; ++w)
      has_word = IsWord(w) && !IsInitial(w) && !IsParticle(w);
    // But "Tommy W", "Sadia M": a given name and the initial of the family
    // name, as minutes and messages write a colleague.
    // "Sue G.", "Kyle B." too: the initial's full stop (the scan takes one
    // only when written onto it) stays outside.
    const bool given_and_initial =
        (last == first + 1 || (last == first + 2 && IsPunct(last, '.'))) && IsInitial(first + 1) &&
        !IsInitial(first) && IsWord(first) && Info(first).given != 0 &&
        (last + 1 == toks_.size() || toks_[last + 1].space_before);  // not "Sheffield S6"
    if (given_and_initial) last = first + 1;
    while (has_word && !given_and_initial && last > first &&
           (IsInitial(last) || IsPunct(last, '.')))
      --last;
    // "and de Souza", "the van der Berg family": particles before a surname
    // belong to it; the Welsh "ap", "ab", "ferch" before a father's given
    // name too ("the ap Rhys family").
    if (title_first == none && has_word) {
      std::size_t p = first;
      while (p > 0 && toks_[p].space_before && !toks_[p].line_start && IsParticle(p - 1)) --p;
      const bool surname = !Info(first).given || Info(first).family;
      if (surname || (p < first && OneOf(kWelshPatronymics, FoldedView(first - 1)))) first = p;
    }
    const std::size_t found = found_.size();
    ScoreRun(title_first, title_last, first, last);
    // The name, not "DC 6127" or "Staff Nurse".
    if ((numbered || role_prefix) && found_.size() > found) found_.back().first = first;
    if (couple_first != none && found_.size() > found &&
        found_.back().first == title_first)  // a name followed the second title
      found_.back().first = couple_first;
    i = last + 1;
  }
  FindKinshipAppositions();
  Propagate();
  for (const Candidate& c : found_) Emit(c, out);
}

void UnitScan::FindKinshipAppositions() {
  const std::size_t n = toks_.size();
  for (std::size_t comma = 1; comma + 1 < n; ++comma) {
    // Commas first: the one test most tokens fail, with no bounds checks.
    const Token& t = toks_[comma];
    if (t.kind != TokenKind::kPunct || t.punct != ',' || !toks_[comma + 1].capitalised) continue;
    const std::size_t k = comma - 1;
    if (!IsWord(k) || toks_[k].capitalised || !IsWord(k + 2) || toks_[k + 2].line_start ||
        !lex_.IsKinship(FoldedView(k)))
      continue;
    // "ward sister, Darton Ward": a job, not a relative.
    if (k > 0 && IsWord(k - 1) && OneOf(kJobBeforeKinship, FoldedView(k - 1))) continue;
    std::size_t first = k + 2, last = first;
    while (last + 1 < n && last - first < 2 && Continues(last + 1) && IsWord(last + 1) &&
           toks_[last + 1].capitalised)
      ++last;
    const std::size_t after = last + 1;
    if (after < n && !toks_[after].line_start && !IsPunct(after, ',') && !IsPunct(after, '.') &&
        !IsPunct(after, ';') && !IsPunct(after, ')'))
      continue;
    // Not a role or a pseudonym ("her son, Child M,", "his mother, the Nan,"),
    // a title's rank or an agency's acronym.
    bool name_like = true;
    for (std::size_t w = first; w <= last && name_like; ++w)
      name_like = !lex_.IsKinship(FoldedView(w)) && !OneOf(kRoleHeads, FoldedView(w)) &&
                  Info(w).title == 0 && !OneOf(kAcronyms, FoldedView(w)) &&
                  !(IsInitial(w) && w > first);
    if (!name_like) continue;
    Candidate* inside = nullptr;
    bool clash = false;
    for (Candidate& c : found_) {
      if (c.last < first || c.first > last) continue;
      if (c.first >= first && c.last <= last && inside == nullptr)
        inside = &c;
      else
        clash = true;
    }
    if (clash) continue;
    if (inside != nullptr) {
      if (inside->first != first || inside->last != last) {
        inside->rule = "kinship-apposition";
        inside->given = TextOf(first);
        inside->family = first < last ? TextOf(last) : std::string_view();
        inside->given_listed = Info(first).given != 0;
        inside->first = first;
        inside->last = last;
      }
      inside->score = std::max(inside->score, 0.85);
    } else {
      Candidate c;
      c.first = first;
      c.last = last;
      c.score = 0.85;
      c.rule = "kinship-apposition";
      if (first == last) {
        c.given = TextOf(first);
      } else {
        c.given = TextOf(first);
        c.family = TextOf(last);
      }
      found_.push_back(std::move(c));
    }
    for (std::size_t w = first; w <= last; ++w) used_[w] = 1;
  }
}

// Once a name is confidently found, its parts are names elsewhere in the unit.
void UnitScan::Propagate() {
  std::vector<std::string_view>& known = known_;
  for (const Candidate& c : found_) {
    if (c.score < 0.7) continue;
    for (std::size_t i = c.first; i <= c.last; ++i) {
      // (Not a nation of the UK, inside a name found so: "Public Health Wales".)
      if (IsWord(i) && !IsInitial(i) && Info(i).title == 0 && !IsParticle(i) &&
          Info(i).strength != Strength::kNone && !OneOf(kUkNations, FoldedView(i))) {
        known.push_back(Key(i));
      }
    }
  }
  if (known.empty()) return;
  std::sort(known.begin(), known.end());
  known.erase(std::unique(known.begin(), known.end()), known.end());
  auto is_known = [&known](std::string_view key) {
    return std::binary_search(known.begin(), known.end(), key);
  };
  for (Candidate& c : found_) {
    if (c.score >= 0.7) continue;
    bool all_known = true;
    for (std::size_t i = c.first; i <= c.last && all_known; ++i) {
      if (IsWord(i) && !IsInitial(i) && !IsParticle(i) && Info(i).title == 0)
        all_known = is_known(Key(i));
    }
    if (all_known) {
      c.score = 0.8;
      c.rule = "known-in-unit";
    }
  }
  for (std::size_t i = 0; i < toks_.size(); ++i) {
    // (Only words are capitalised: most tokens fail the first test.)
    if (!toks_[i].capitalised || used_[i] || IsInitial(i)) continue;
    // "the Woods" after "Mrs Wood": a known family name in the plural. Words
    // that can be neither a name nor a plural are passed before folding.
    const std::string_view text = TextOf(i);
    const bool may_be_plural =
        text.size() > 3 && plugin_text::Lower(text.back()) == 's' && Info(i).given == 0;
    if (!may_be_plural && Info(i).strength == Strength::kNone) continue;
    const std::string& key = Key(i);
    const bool plural = may_be_plural && is_known(std::string_view(key).substr(0, key.size() - 1));
    if (!plural && (Info(i).strength == Strength::kNone || !is_known(key))) continue;
    Candidate c;
    c.first = c.last = i;
    c.score = 0.8;
    c.rule = "known-in-unit";
    c.plural = plural || Info(i).plural;
    const WordInfo& w = Info(i);
    if (w.given != 0) {
      c.given = (TextOf(i));
      if (w.given == 'f' || w.given == 'm') c.gender = w.given;
    } else {
      c.family = (TextOf(i));
    }
    used_[i] = 1;
    found_.push_back(std::move(c));
  }
}

void UnitScan::Emit(const Candidate& c, std::vector<Mention>& out) const {
  Mention& m = out.emplace_back();  // filled in place, not moved
  m.begin = toks_[c.first].begin;
  m.end = toks_[c.last].end;
  m.type = "PERSON";
  m.rule = c.rule;
  m.score = c.score;
  if (!c.title.empty()) m.attributes.emplace("title", c.title);
  if (!c.given.empty()) m.attributes.emplace("given", c.given);
  if (!c.family.empty()) m.attributes.emplace("family", c.family);
  if (c.gender != 0) m.attributes["gender"] = std::string(1, c.gender);
  // Tells the linker "Maria de Souza" is no word glued to a known "de Souza".
  if (c.given_listed) m.attributes.emplace("given-listed", "1");
  // "the Okafors": the Okafor family, one person's entity written in the plural.
  if (c.plural) m.attributes.emplace("plural", "1");
  // "Wood, Alison": the linker reads the surname last.
  if (c.inverted) m.attributes.emplace("inverted", "1");
}

// The buffers of this thread, reused for every unit. Reached through a call:
// with the scan inlined, a plugin (a shared library) asked __tls_get_addr for
// them at every access.
[[gnu::noinline]] Workspace& ThreadWorkspace() {
  thread_local Workspace workspace;
  return workspace;
}

}  // namespace

void NameFinder::Find(std::string_view text, std::vector<Mention>& out) const {
  Workspace& ws = ThreadWorkspace();
  UnitScan scan(lexicon_, text, plugin_text::UnitTokens(text), ws);
  scan.Run(out);
}

}  // namespace anonymiser::names
