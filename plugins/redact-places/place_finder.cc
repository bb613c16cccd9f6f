#include "place_finder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <span>
#include <string>
#include <type_traits>

#include "plugin_text/small_word_set.h"
#include "word_facts_cache.h"
#include "word_fold.h"

namespace anonymiser::places {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

using plugin_text::SmallWordSet;

template <std::size_t N>
bool OneOf(const SmallWordSet<N>& words, std::string_view key) {
  return words.Contains(key);
}

// a == b for a literal b. Inline with b's length known, where
// std::string_view's operator== was a call (and memcmp another).
template <std::size_t N>
bool Equals(std::string_view a, const char (&b)[N]) {
  return a.size() == N - 1 && std::memcmp(a.data(), b, N - 1) == 0;
}

// Words before a place name.
constexpr SmallWordSet<13> kPlacePrepositions({"in", "at", "from", "near", "outside", "around",
                                               "towards", "toward", "into", "via", "across",
                                               "within", "throughout"});
// Verbs that make "to X" a destination ("moved to Leeds").
constexpr SmallWordSet<16> kMotionVerbs({"moved", "move", "moving", "relocated", "returned",
                                         "return", "went", "go", "going", "travelled", "traveled",
                                         "taken", "sent", "back", "emigrated", "came"});
// Words before "at" or "for" and an employer's name: "works at", "a volunteer
// at", "worked weekends at", "a Saturday job at", "session worker at".
constexpr SmallWordSet<29> kWorkWords(
    {"employed",     "works",     "worked",         "working",      "work",       "job",
     "jobs",         "shift",     "shifts",         "volunteer",    "volunteers", "volunteered",
     "volunteering", "placement", "apprenticeship", "apprentice",   "trainee",    "weekends",
     "evenings",     "nights",    "worker",         "manager",      "assistant",  "cleaner",
     "chef",         "coach",     "employee",       "receptionist", "steward"});
// Words before "from" and the organisation someone left: "resigned from".
constexpr SmallWordSet<4> kLeftWords({"resigned", "dismissed", "sacked", "retired"});
// Words before "with" and the bank or firm someone deals with: "a mortgage
// with Nationwide", "an account with Kirkby Kabs".
constexpr SmallWordSet<7> kDealWords({"mortgage", "account", "loan", "banks", "banked", "insured",
                                      "contract"});
// Kinds of business or body that name one in apposition: "his brother's
// takeaway, Spice Hut,", "Riverside, the housing association,".
constexpr SmallWordSet<28> kOrganisationNouns(
    {"takeaway", "restaurant",  "shop",        "salon",  "business", "company", "firm",
     "agency",   "provider",    "charity",     "church", "mosque",   "temple",  "gurdwara",
     "chapel",   "pub",         "bar",         "club",   "gym",      "cafe",    "garage",
     "employer", "association", "supermarket", "hotel",  "lender",   "factory", "warehouse"});
// Words that may follow the kind of business after a name: "Riverside, the
// housing association that manages the block".
constexpr SmallWordSet<12> kClauseWords({"that", "which", "where", "who", "in", "on", "at", "for",
                                         "and", "but", "had", "was"});
// The words that open the phrase naming a kind of business: "the", "his" ...
constexpr SmallWordSet<10> kDeterminers({"the", "a", "an", "his", "her", "their", "its", "our",
                                         "my", "your"});
// Words that do not make an institution's or company's name distinctive.
constexpr SmallWordSet<73> kGenericWords({"the",
                                          "a",
                                          "an",
                                          "this",
                                          "that",
                                          "our",
                                          "their",
                                          "his",
                                          "her",
                                          "primary",
                                          "secondary",
                                          "junior",
                                          "infant",
                                          "infants",
                                          "high",
                                          "grammar",
                                          "community",
                                          "catholic",
                                          "church",
                                          "ce",
                                          "rc",
                                          "c",
                                          "e",
                                          "of",
                                          "and",
                                          "free",
                                          "special",
                                          "independent",
                                          "comprehensive",
                                          "upper",
                                          "middle",
                                          "lower",
                                          "prep",
                                          "preparatory",
                                          "girls",
                                          "boys",
                                          "general",
                                          "district",
                                          "county",
                                          "city",
                                          "teaching",
                                          "children",
                                          "women",
                                          "university",
                                          "national",
                                          "local",
                                          "new",
                                          "nhs",
                                          "private",
                                          "state",
                                          "residential",
                                          "authority",
                                          "council",
                                          "police",
                                          "day",
                                          "medical",
                                          "health",
                                          "family",
                                          "group",
                                          "practice",
                                          "hm",
                                          "majesty",
                                          "royal",
                                          "crown",
                                          "british",
                                          "english",
                                          "welsh",
                                          "scottish",
                                          "uk",
                                          "team",
                                          "mental",
                                          "integrated",
                                          "care"});
// Words that only say what kind of body a body is ("Family Support Centre",
// "Child Contact Centre"), not which one.
constexpr SmallWordSet<24> kBodyDescriptors(
    {"support", "contact",  "resource",  "resources",     "advice",      "leisure",
     "sports",  "sport",    "learning",  "development",   "women's",     "men's",
     "carers",  "citizens", "voluntary", "government",    "child",       "parents",
     "refuge",  "drop-in",  "faith",     "multicultural", "evangelical", "baptist"});
// Words that make "Park" a kind of place, not a street's name ("Car Park").
constexpr SmallWordSet<8> kParkKinds({"car", "play", "theme", "skate", "water", "safari", "country",
                                      "lorry"});
// Words that say what kind of ward a hospital ward is ("Labour Ward").
constexpr SmallWordSet<24> kWardKinds({"labour",      "maternity",   "paediatric", "children's",
                                       "surgical",    "medical",     "acute",      "delivery",
                                       "postnatal",   "antenatal",   "neonatal",   "psychiatric",
                                       "mental",      "day",         "general",    "orthopaedic",
                                       "assessment",  "admissions",  "isolation",  "side",
                                       "observation", "respiratory", "stroke",     "cardiac"});
constexpr SmallWordSet<12> kStreetAbbreviations({"rd", "st", "ave", "dr", "cres", "gdns", "ln",
                                                 "pl", "sq", "ter", "terr", "cl"});
// Words that end a house's name ("Rose Cottage", "Hill Farm").
constexpr SmallWordSet<7> kHouseWords({"cottage", "cottages", "farm", "house", "lodge", "barn",
                                       "manor"});
// Prepositions before a house's name: "at Rose Cottage", "moved to Lantern House".
constexpr SmallWordSet<8> kHousePrepositions({"at", "in", "from", "to", "into", "near", "outside",
                                              "of"});
constexpr SmallWordSet<4> kArticles({"the", "a", "an", "this"});
// Lower-case words inside an address's part: "Stratford upon Avon", "Maes y
// Dref", "Taigh na Mara", "7 Cnoc an Ròin", "Newton le Willows".
constexpr SmallWordSet<16> kAddressJoiningWords({"of", "and", "on", "upon", "the", "y", "yr", "na",
                                                 "an", "le", "la", "de", "by", "in", "under",
                                                 "over"});
// Words that end a letter's address block upwards: a heading, a greeting, a
// role or a department above the address ("HR Manager", "Children's Services").
constexpr SmallWordSet<24> kAddressBlockStops(
    {"private",    "confidential", "personal", "strictly",    "dear",      "ref",
     "re",         "tel",          "email",    "manager",     "officer",   "director",
     "worker",     "adviser",      "advisor",  "assistant",   "secretary", "services",
     "department", "team",         "partner",  "coordinator", "chair",     "sincerely"});
// Words before a flat or unit number.
constexpr SmallWordSet<11> kDwellingWords({"flat", "apartment", "apt", "unit", "room", "suite",
                                           "block", "pitch", "plot", "berth", "caravan"});
// Dwelling words whose number with a name after the comma is an address:
// "Unit 4, Riverside Business Park", "Pitch 9, Baltic Road Traveller Site".
constexpr SmallWordSet<3> kPlotWords({"unit", "pitch", "plot"});
// Dwelling words whose number alone, capitalised, is a home: "Pitch 41",
// "Plot 12", "Berth 4" (not "Unit 4", which may be a course's or a ward's).
constexpr SmallWordSet<4> kPitchWords({"pitch", "plot", "berth", "caravan"});
// Verbs before "in Room 4" that make it a meeting's place, not a resident's.
constexpr SmallWordSet<8> kMeetingVerbs({"met", "meet", "meets", "meeting", "held", "seen",
                                         "interviewed", "sat"});
// Rooms that locate no one: "Meeting Room 3", "the interview room 2".
constexpr SmallWordSet<12> kRoomKinds({"meeting", "interview", "consultation", "consulting",
                                       "conference", "training", "waiting", "visiting", "committee",
                                       "board", "class", "family"});
// Titles that start an institution's name before "of": "Our Lady of Lourdes",
// "Countess of Chester Hospital", "Duke of York School".
constexpr SmallWordSet<9> kNobleTitles({"lady", "countess", "duke", "duchess", "earl", "prince",
                                        "princess", "queen", "king"});
// Words that start a hospital department's name after the hospital's.
constexpr SmallWordSet<12> kDepartmentWords({"emergency", "accident", "maternity", "neonatal",
                                             "paediatric", "intensive", "outpatients", "outpatient",
                                             "urgent", "minor", "critical", "acute"});
// Words after a road's number that make it the road ("the A141 near").
constexpr SmallWordSet<16> kRoadWordsAfter({"near", "at", "towards", "northbound", "southbound",
                                            "eastbound", "westbound", "junction", "roundabout",
                                            "slip", "services", "between", "from", "carriageway",
                                            "motorway", "bypass"});
// A compass word after a street's type is part of its name ("Harnall Lane East").
constexpr SmallWordSet<4> kCompassWords({"north", "south", "east", "west"});
// Dwelling words whose number alone is an address ("Flat 9"; not "Room 4").
constexpr SmallWordSet<3> kFlatWords({"flat", "apartment", "apt"});
// Lower-case words after a name that make it a place ("the Broadwater Farm estate").
// Street words that are also common surnames ("Summer Wood", "Kayden Hill").
constexpr SmallWordSet<20> kSurnameStreetWords({"wood",   "hill",  "green", "lane",  "field",
                                                "fields", "brook", "grove", "heath", "park",
                                                "bank",   "moor",  "ridge", "dale",  "croft",
                                                "gate",   "vale",  "walk",  "way",   "row"});
// Verbs after a name that make it a person's ("Summer Wood was born").
constexpr SmallWordSet<8> kPersonVerbs({"was", "said", "told", "is", "has", "had", "died",
                                        "attended"});
constexpr SmallWordSet<24> kAreaWords(
    {"estate",     "area", "district", "ward",     "village", "province", "hamlet", "municipality",
     "region",     "pub",  "club",     "prison",   "parish",  "church",   "mosque", "chapel",
     "restaurant", "café", "cafe",     "takeaway", "shop",    "gym",      "hotel",  "madrasa"});
// Of kAreaWords, places people go to that a business, a club or a faith
// keeps ("The Robin Hood pub", "St Antony's parish"): a capitalised "The"
// before the name is part of it.
constexpr SmallWordSet<15> kVenueWords({"pub", "club", "prison", "parish", "church", "mosque",
                                        "chapel", "restaurant", "café", "cafe", "takeaway", "shop",
                                        "gym", "hotel", "madrasa"});
// Nouns of a settlement or an administrative area, before "of X": "the
// village of Kelekçi", "the town of Cizre".
constexpr SmallWordSet<12> kPlaceNouns({"village", "town", "city", "hamlet", "district", "province",
                                        "region", "municipality", "county", "borough", "suburb",
                                        "commune"});
// Strong company suffixes: any name before them will do.
// A company's legal form: a letter drops it after the first mention.
constexpr SmallWordSet<7> kLegalForms({"ltd", "limited", "plc", "llp", "llc", "inc", "cic"});
// (A pub's or a gym's head too: "The Ship Inn", "Forge Fitness" are named by
// ordinary words.)
constexpr SmallWordSet<13> kStrongSuffixes({"ltd", "limited", "plc", "llp", "llc", "inc", "co",
                                            "solicitors", "associates", "inn", "arms", "tavern",
                                            "fitness"});

// Words that start a sentence, not a business's name.
constexpr SmallWordSet<40> kSentenceWords({"behind", "at",     "in",     "on",      "from", "with",
                                           "after",  "before", "near",   "then",    "when", "while",
                                           "but",    "and",    "so",     "because", "if",   "as",
                                           "this",   "that",   "our",    "his",     "her",  "their",
                                           "my",     "your",   "its",    "to",      "for",  "by",
                                           "since",  "until",  "during", "both",    "all",  "every",
                                           "today",  "later",  "also",   "however"});

// Words before a house's number alone: "neighbour at No. 14", "of No 29".
constexpr SmallWordSet<6> kHouseNumberPrepositions({"at", "of", "from", "to", "outside",
                                                    "opposite"});

// Months and their short forms.
constexpr SmallWordSet<24> kMonths({"january",  "february", "march",  "april",     "may",
                                    "june",     "july",     "august", "september", "october",
                                    "november", "december", "jan",    "feb",       "mar",
                                    "apr",      "jun",      "jul",    "aug",       "sep",
                                    "sept",     "oct",      "nov",    "dec"});

// Verbs of taking someone to hospital, and the prepositions after them
// ("transferred to LGI", "seen at RVI").
constexpr SmallWordSet<18> kTakenToHospital({"admitted", "transferred", "taken", "conveyed",
                                             "brought", "rushed", "attended", "discharged", "seen",
                                             "readmitted", "moved", "transported", "presented",
                                             "born", "delivered", "airlifted", "transfer",
                                             "admission"});
constexpr SmallWordSet<4> kIntoHospital({"to", "at", "from", "into"});
// Initials of services, tests and units, not hospitals ("an MRI", "to PICU").
constexpr SmallWordSet<16> kNotHospitalAcronyms({"nhs", "hmi", "cqc", "dbs", "pcsi", "aki", "uti",
                                                 "tbi", "bmi", "cpi", "hdu", "icu", "mash", "nicu",
                                                 "picu", "scbu"});

// "Maes-y-Deri", "Pen-yr-Heol", "Bryn-y-Mor": a capitalised word, "-y-" or
// "-yr-", and a letter.
bool IsWelshJoinedName(std::string_view w) {
  if (w.size() < 6 || w[0] < 'A' || w[0] > 'Z') return false;
  for (std::size_t k = 1; k + 3 < w.size(); ++k) {
    if (w[k] != '-' || w[k + 1] != 'y') continue;
    const std::size_t after =
        w[k + 2] == '-' ? k + 3 : (w[k + 2] == 'r' && w[k + 3] == '-' ? k + 4 : 0);
    if (after != 0 && after < w.size() &&
        ((w[after] >= 'A' && w[after] <= 'Z') || (w[after] >= 'a' && w[after] <= 'z')))
      return true;
  }
  return false;
}

// The type of institution that `word` (as written) heads when it comes
// before the name, as Welsh, Gaelic, Irish and Arabic put it ("Ysgol Bro
// Lleu", "Meddygfa Pen-y-groes", "Sgoil Bhreascleit", "Masjid-e-Noor",
// "Madrasah Tajweed-ul-Quran", "Capel Bethel"); nullptr when none. A word
// joined to the name by a hyphen ("Masjid-e-Noor") counts by its first part.
const char* PrefixHeadType(std::string_view word) {
  if (word.size() < 5) return nullptr;
  // True when `word` is `head`, or starts with it and a hyphen ("Masjid-e-Noor").
  auto is = [&](std::string_view head) {
    if (word.size() < head.size() || (word.size() > head.size() && word[head.size()] != '-'))
      return false;
    for (std::size_t k = 1; k < head.size(); ++k)
      if (word[k] != head[k]) return false;
    return true;
  };
  // By the first letter: most capitalised words fail there, before any comparison.
  switch (word[0]) {
    case 'Y':
      return is("Ysgol") ? "SCHOOL" : is("Ysbyty") ? "HOSPITAL" : nullptr;
    case 'S':
      return is("Sgoil") || is("Scoil") ? "SCHOOL" : nullptr;
    case 'B':
      return is("Bunscoil") ? "SCHOOL" : nullptr;
    case 'G':
      return is("Gaelscoil") || is("Gaelchol\xC3\xA1iste") ? "SCHOOL"
             : is("Gurdwara")                              ? "ORGANISATION"
                                                           : nullptr;
    case 'C':
      return is("Col\xC3\xA1iste") ? "SCHOOL" : is("Capel") ? "ORGANISATION" : nullptr;
    case 'O':
      return is("Ospadal") ? "HOSPITAL" : nullptr;
    case 'M':
      if (is("Meddygfa")) return "GP_PRACTICE";
      return is("Masjid") || is("Madrasah") || is("Madrassa") || is("Madrasa") ? "ORGANISATION"
                                                                               : nullptr;
    case 'E':
      return is("Eglwys") ? "ORGANISATION" : nullptr;
    default:
      return nullptr;
  }
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
      return true;
    default:
      return false;
  }
}

// A mention found, before it becomes a Mention. The strings are views of
// literals or of the lexicon, so finding one allocates nothing.
struct Found {
  std::size_t first = 0;
  std::size_t last = 0;
  std::string_view type;
  std::string_view rule;
  double score = 0;
  std::string_view kind;
  bool possessive = false;  // the mention takes the "'s" after `last` ("St Bede's")
  // The last token of the institution's name without its head ("Little
  // Acorns" of "Little Acorns Day Nursery"), when that names it alone too.
  std::size_t short_last = kNone;
};

// The tokens each rule can start at, in text order. Only what never changes
// during a scan (token kinds, the words, the lists' facts) decides: whether a
// token is taken is checked when the rule runs, as before.
struct RuleStarts {
  // Capitalised words that start an institution head or are a company
  // suffix, and all-caps words ("HMP").
  std::vector<std::uint32_t> institution_or_prison;
  std::vector<std::uint32_t> number;
  // "estate", "area", "district", "ward" after a capitalised word.
  std::vector<std::uint32_t> area_word;
  // Capitalised street types ("Road", "Court").
  std::vector<std::uint32_t> street_type;
  // Capitalised words after "works at", "resigned from", "landlord was" ...
  std::vector<std::uint32_t> employer;
  // Capitalised words in apposition with a kind of business: after
  // "takeaway, " or before ", the housing association".
  std::vector<std::uint32_t> apposition;
  // Capitalised words that start a listed phrase, and possessives.
  std::vector<std::uint32_t> listed_place;
  // "in", "near", "moved to" ... before a capitalised word.
  std::vector<std::uint32_t> preposition;
  // The word "Ward" (capitalised).
  std::vector<std::uint32_t> ward;
  // The words "Royal" and "General" (capitalised).
  std::vector<std::uint32_t> royal_or_general;
  // Welsh place words ("Cwm", "Maes", "Bryn") and names joined by "-y-".
  std::vector<std::uint32_t> welsh;
  // "St" or "Saint" before a capitalised word.
  std::vector<std::uint32_t> saint;
  // A Welsh, Gaelic, Irish or Arabic word that heads an institution's name
  // before it: "Ysgol", "Meddygfa", "Masjid" (see PrefixHeadType()).
  std::vector<std::uint32_t> prefix_head;
  // The first token of a UK postcode ("BS" of "BS40 8DR").
  std::vector<std::uint32_t> postcode;

  void Clear() {
    institution_or_prison.clear();
    number.clear();
    area_word.clear();
    street_type.clear();
    employer.clear();
    apposition.clear();
    listed_place.clear();
    preposition.clear();
    ward.clear();
    royal_or_general.clear();
    welsh.clear();
    saint.clear();
    prefix_head.clear();
    postcode.clear();
  }
};

// Where token i's folded word lies in Workspace::keys.
struct KeySpan {
  static constexpr std::uint32_t kNotYet = 0xFFFFFFFFu;
  std::uint32_t offset = 0;
  std::uint32_t size = kNotYet;
};

// Buffers of one scan, kept per thread so that scanning many small units
// allocates nothing once they have grown.
struct Workspace {
  // Folded words, computed on demand, one after another in one buffer (no
  // string per word): keys.substr(key_spans[i]). Only keys[0, keys_used) is
  // in use; the buffer only grows, so folding a word needs no resize().
  std::string keys;
  std::size_t keys_used = 0;
  std::string non_ascii;  // a non-ASCII word's folding, before it is copied
  std::vector<KeySpan> key_spans;
  std::vector<std::uint32_t> facts;
  std::vector<std::uint8_t> used;
  std::vector<Found> found;
  // Look-up keys of phrases and possessives, rebuilt for each look-up.
  std::string phrase;
  std::string possessive;
  RuleStarts starts;
  WordFactsCache facts_cache;
};

class UnitScan {
 public:
  UnitScan(const PlaceLexicon& lex, std::string_view text, Workspace& ws)
      : lex_(lex),
        text_(text),
        keys_(ws.keys),
        keys_used_(ws.keys_used),
        non_ascii_(ws.non_ascii),
        found_(ws.found),
        phrase_(ws.phrase),
        possessive_(ws.possessive),
        starts_(ws.starts),
        facts_cache_(ws.facts_cache) {
    facts_cache_.Use(lex.serial());
    toks_ = plugin_text::UnitTokens(text);
    const std::size_t n = toks_.size();
    keys_used_ = 0;
    ws.key_spans.assign(n, KeySpan());
    ws.facts.assign(n, kUnknownFacts);
    ws.used.assign(n, 0);
    found_.clear();
    // Views, not the vectors: their sizes are fixed from here on, and a view
    // spares a load of the vector's data pointer at every access.
    key_spans_ = ws.key_spans;
    facts_ = ws.facts;
    used_ = ws.used;
  }

  void Run(std::vector<Mention>& out) {
    // The rules run one after another (earlier ones claim tokens first), each
    // over the few tokens it can start at, listed by one pass over the unit.
    CollectStarts();
    for (std::uint32_t i : starts_.institution_or_prison) {
      FindInstitutionOrCompany(i);
      if (toks_[i].all_caps && !used_[i]) FindPrison(i);
      if (toks_[i].all_caps && !used_[i]) FindHospitalAcronym(i);
    }
    for (std::uint32_t i : starts_.number) {
      if (!used_[i]) FindNumberedAddress(i);
    }
    for (std::uint32_t i : starts_.area_word) FindNamedArea(i);
    for (std::uint32_t i : starts_.street_type) {
      if (!used_[i]) FindStreetName(i);
    }
    for (std::uint32_t i : starts_.employer) FindEmployer(i);
    for (std::uint32_t i : starts_.apposition) FindInApposition(i);
    for (std::uint32_t i : starts_.royal_or_general) FindHospitalShortName(i);
    // Before listed places: "Darton Ward" is a ward named after a village.
    for (std::uint32_t i : starts_.ward) FindHospitalWard(i);
    for (std::uint32_t i : starts_.prefix_head) {
      if (!used_[i]) FindPrefixHeadedName(i);
    }
    for (std::uint32_t i : starts_.welsh) {
      if (!used_[i]) FindWelshPlaceName(i);
    }
    for (std::uint32_t i : starts_.saint) {
      if (!used_[i]) FindSaintsName(i);
    }
    for (std::uint32_t i : starts_.listed_place) {
      if (!used_[i]) FindListedPlace(i);
    }
    for (std::uint32_t i : starts_.preposition) FindAfterPreposition(i);
    for (std::uint32_t i : starts_.postcode) FindAddressBeforePostcode(i);
    std::sort(found_.begin(), found_.end(),
              [](const Found& a, const Found& b) { return a.first < b.first; });
    for (const Found& f : found_) {
      Mention m;
      m.begin = toks_[f.first].begin;
      m.end = toks_[f.last].end;
      if (f.possessive && toks_[f.last].possessive)
        m.end += text_.compare(m.end, 1, "'") == 0 ? 2 : 4;  // "'s" or "’s"
      m.type = f.type;
      m.rule = f.rule;
      m.score = f.score;
      if (!f.kind.empty()) m.attributes.emplace("kind", f.kind);
      if (f.short_last != kNone)
        m.attributes.emplace("short-form",
                             text_.substr(m.begin, toks_[f.short_last].end - m.begin));
      // "Baltic Harvest Recruitment Ltd (BHR)": the abbreviation the text
      // goes on to use names the body too. (An attribute, not a mention: a
      // body the keep list keeps, "Gangmasters and Labour Abuse Authority
      // (GLAA)", keeps its abbreviation too.)
      const std::size_t abbreviation = f.possessive ? kNone : AbbreviationAfter(f.first, f.last);
      if (abbreviation != kNone) m.attributes.emplace("abbreviation", TextOf(abbreviation));
      out.push_back(std::move(m));
    }
  }

 private:
  // The token of an abbreviation in brackets right after the name of tokens
  // [first, last], whose capitals are the initials of the name's capitalised
  // words ("BHR" of "Baltic Harvest Recruitment Ltd", with or without the
  // legal form's), or kNone.
  std::size_t AbbreviationAfter(std::size_t first, std::size_t last) {
    const std::size_t a = last + 2;
    if (!IsPunct(last + 1, '(') || !IsPunct(a + 1, ')') || !IsWord(a) || !toks_[a].all_caps ||
        toks_[a].possessive)
      return kNone;
    const std::string_view acronym = TextOf(a);
    if (acronym.size() < 2 || acronym.size() > 6) return kNone;
    std::string all, without_form;  // initials with and without the legal form's
    for (std::size_t k = first; k <= last; ++k) {
      if (!IsCapWord(k)) continue;
      const std::string_view w = TextOf(k);
      if (static_cast<unsigned char>(w[0]) >= 0x80) return kNone;
      all += w[0];
      if (!KeyIn(kLegalForms, k)) without_form += w[0];
      // "Anglo-Baltic": each part of a hyphenated word has its initial.
      for (std::size_t c = 1; c + 1 < w.size(); ++c)
        if (w[c] == '-' && w[c + 1] >= 'A' && w[c + 1] <= 'Z') {
          all += w[c + 1];
          without_form += w[c + 1];
        }
    }
    return acronym == all || acronym == without_form ? a : kNone;
  }
  std::string_view TextOf(std::size_t i) const {
    // Not substr(): tokens lie inside the text, and its bounds check (and
    // throw path) cost more than the rest of the small tests calling this.
    return std::string_view(text_.data() + toks_[i].begin, toks_[i].end - toks_[i].begin);
  }
  bool IsWord(std::size_t i) const { return i < toks_.size() && toks_[i].kind == TokenKind::kWord; }
  bool IsCapWord(std::size_t i) const { return IsWord(i) && toks_[i].capitalised; }
  bool IsLowerWord(std::size_t i) const { return IsWord(i) && !toks_[i].capitalised; }
  // The Welsh article "y" or "yr" inside a name ("Heol y Felin", "Maes y Dref").
  bool IsWelshArticle(std::size_t i) const {
    return IsLowerWord(i) && (Equals(TextOf(i), "y") || Equals(TextOf(i), "yr"));
  }
  bool IsPunct(std::size_t i, char32_t c) const {
    return i < toks_.size() && toks_[i].kind == TokenKind::kPunct && toks_[i].punct == c;
  }
  // Token `i` follows the previous one on the same line.
  bool SameLine(std::size_t i) const { return i < toks_.size() && !toks_[i].line_start; }
  // The folded word, computed on demand. The view is valid until Key() of a
  // token not asked for before (keys_ may then grow): use it at once.
  std::string_view Key(std::size_t i) {
    const KeySpan& span = key_spans_[i];
    if (span.size == KeySpan::kNotYet) FoldKey(i);
    return std::string_view(keys_.data() + span.offset, span.size);
  }
  // Folds word i into keys_ and records where in key_spans_[i]: the rare
  // part of Key(), kept out of line so that the common part inlines.
  [[gnu::noinline]] void FoldKey(std::size_t i) {
    const std::string_view word = TextOf(i);
    std::string_view folded = word;
    char* dst = KeyRoom(word.size());
    if (!FoldAscii(word, dst)) {
      non_ascii_.clear();
      AppendFolded(word, non_ascii_);
      folded = non_ascii_;
      dst = KeyRoom(folded.size());
      std::memcpy(dst, folded.data(), folded.size());
    }
    KeySpan& span = key_spans_[i];
    span.offset = static_cast<std::uint32_t>(keys_used_);
    span.size = static_cast<std::uint32_t>(folded.size());
    keys_used_ += folded.size();
  }
  // What the lists say of word i, looked up once.
  PlaceWordFacts Facts(std::size_t i) {
    if (facts_[i] == kUnknownFacts) LookUpFacts(i);
    return PlaceWordFacts(facts_[i]);
  }
  // Sets facts_[i] from the per-thread cache or the lexicon: the first
  // Facts() of a word, kept out of line so that the later ones inline.
  [[gnu::noinline]] void LookUpFacts(std::size_t i) {
    const WordFactsCache::Key raw = WordFactsCache::KeyOf(TextOf(i));
    std::uint32_t bits;
    if (raw.size == 0 || !facts_cache_.Find(raw, bits)) {
      bits = lex_.Facts(Key(i)).bits();
      if (raw.size != 0) facts_cache_.Put(raw, bits);
    }
    facts_[i] = bits;
  }
  // Word i, folded, is one of `words`. Folds it only when its first letter
  // lets it be one.
  template <std::size_t N>
  bool KeyIn(const SmallWordSet<N>& words, std::size_t i) {
    return words.MayHoldFolded(TextOf(i)) && words.Contains(Key(i));
  }
  // A lower-case word as written (the small word lists below are lower case).
  std::string_view Lower(std::size_t i) const { return TextOf(i); }
  int Common(std::size_t i) { return Facts(i).common(); }
  // Appends the phrase look-up form of token k (see AppendTokenKey).
  void AppendKey(std::size_t k, std::string& key) {
    if (toks_[k].kind == TokenKind::kWord) {
      key += Key(k);
      if (toks_[k].possessive) key += "'s";
    } else {
      key += TextOf(k);
    }
  }
  // Room for `size` more bytes of keys at keys_[keys_used_].
  char* KeyRoom(std::size_t size) {
    if (keys_used_ + size > keys_.size())
      keys_.resize(std::max(2 * keys_.size(), keys_used_ + size + 256));
    return keys_.data() + keys_used_;
  }
  // The key of word i with "'s" when it is possessive (then in possessive_).
  std::string_view PossessiveKey(std::size_t i) {
    if (!toks_[i].possessive) return Key(i);
    possessive_.assign(Key(i));
    if (toks_[i].possessive) possessive_ += "'s";
    return possessive_;
  }
  // The phrase look-up key of tokens [first, last] (see AppendKey), or an
  // empty view when a line starts inside. Built in phrase_, but for one word
  // that is not possessive: then its Key(), with no copy.
  std::string_view PhraseKeyOf(std::size_t first, std::size_t last) {
    if (first == last && toks_[first].kind == TokenKind::kWord && !toks_[first].possessive)
      return Key(first);
    phrase_.clear();
    for (std::size_t k = first; k <= last; ++k) {
      if (k > first) {
        if (!SameLine(k)) return {};
        phrase_ += ' ';
      }
      AppendKey(k, phrase_);
    }
    return phrase_;
  }
  bool Free(std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i <= last; ++i)
      if (used_[i]) return false;
    return true;
  }
  bool SentenceStart(std::size_t i) const;
  // True when "2/1, " (a Scottish flat's floor and door, and a comma) stands
  // right before token i.
  bool FlatPositionBefore(std::size_t i) const;
  // "Rd", "Ave", "Cres": a street type written short, whose dot belongs to it.
  bool IsStreetAbbreviation(std::size_t i) { return KeyIn(kStreetAbbreviations, i); }
  // Letters glued to digits ("HV3", "M1"): a code, not a name.
  bool IsCode(std::size_t i) const {
    return i + 1 < toks_.size() && toks_[i + 1].kind == TokenKind::kNumber &&
           !toks_[i + 1].space_before;
  }
  bool IsNotPlace(std::size_t i) {
    if (Facts(i).max_phrase_tokens() == 0 && !toks_[i].possessive) return false;
    return (lex_.PhraseKindOf(PossessiveKey(i)) & kNotPlace) != 0;
  }
  // A capitalised word that makes a name distinctive: not generic, and for
  // `strict`, not a common English word either.
  bool Distinctive(std::size_t i, bool strict) {
    if (!IsCapWord(i) || KeyIn(kGenericWords, i)) return false;
    if (!strict || toks_[i].possessive) return true;
    const int c = Common(i);
    return c == 0 || c >= 50 || Facts(i).given();
  }
  // The first token of the name that ends just before token `head`: capitalised
  // words ("St Mary's", "Royal Albert"), "St." and one "&"/"and" right before
  // the head. Returns kNone when there is none.
  std::size_t NameStart(std::size_t head);
  // True when token `i` is "The" capitalised inside a sentence, before a
  // capitalised word that is not `head`: the name's own article.
  bool OwnThe(std::size_t i, std::size_t head) const {
    return i + 1 < head && Equals(TextOf(i), "The") && IsCapWord(i + 1) && !SentenceStart(i);
  }
  // True when capitalised word i is a saint's name ("St John", "St. John",
  // "Saint John") or "Lady" ("Our Lady"), after which "the"/"of" continue a name.
  bool SaintBefore(std::size_t i);
  // `type`, `rule` and `kind` must outlive the scan (literals or the lexicon's).
  void Add(std::size_t first, std::size_t last, std::string_view type, std::string_view rule,
           double score, std::string_view kind = {}) {
    // "South Cumbria", "West Lothian": a compass word before a place is the
    // place's (alone it is none).
    if (type == "PLACE" && first > 0 && IsCapWord(first - 1) && !used_[first - 1] &&
        toks_[first].space_before && SameLine(first) && KeyIn(kCompassWords, first - 1))
      --first;
    for (std::size_t i = first; i <= last; ++i) used_[i] = 1;
    found_.push_back(Found{first, last, type, rule, score, kind});
  }

  // Fills starts_, looking up the facts of every capitalised word (each rule
  // would otherwise do it on its own pass).
  void CollectStarts();
  // The part of CollectStarts() for capitalised word i, out of line so that
  // the loop over every token stays small.
  [[gnu::noinline]] void CollectWordStarts(std::size_t i);
  // "in", "near" ... or "to" after a verb of motion: a place may follow word i.
  bool IsPlaceContext(std::size_t i) const;
  void FindInstitutionOrCompany(std::size_t i);
  // True when a word of [first, last] is a public body's head ("Court"), a
  // service's word or a title.
  bool PublicWordsIn(std::size_t first, std::size_t last);
  // The last token of the short form of the institution whose name runs
  // from `first` to its head at `head` ("Little Acorns" of "Little Acorns Day
  // Nursery", "Oakfield" of "Oakfield Primary School"), or kNone.
  std::size_t ShortFormEnd(std::size_t first, std::size_t head);
  // True when tokens [first, head) name an institution alone: a word no
  // list has as a town, a given name or an ordinary word, or two words or
  // more of which one is none of these nor generic ("Royal", "St Mary's",
  // "Leeds" are no short form).
  bool ShortFormNames(std::size_t first, std::size_t head);
  void FindPrison(std::size_t i);
  void FindNumberedAddress(std::size_t i);
  // Word i is "room" of a care home's or hospital's resident ("found in Room
  // 14", "(room 14)"), not a meeting or interview room ("Meeting Room 3").
  bool RoomOfAResident(std::size_t i);
  // True when a UK postcode ("CH6 5QN") stands between byte `from` and the
  // end of its line (80 bytes at most).
  // With `next_only`, only a postcode starting at the first word after `from`.
  bool PostcodeLater(std::size_t from, bool next_only = false) const;
  void FindStreetName(std::size_t i);
  // ", Haverleigh" right after an address (at token `comma`): its town.
  void FindAddressTown(std::size_t comma);
  // The parts of an address before its postcode that no other rule found:
  // "Home address: The Old Forge, Church Lane, Winford, BS40 8DR" on one
  // line, comma-separated parts back to a label; a letter's address block,
  // the lines above a postcode that starts its line, up to a blank line, a
  // name with a title, a role or a heading ("PRIVATE AND CONFIDENTIAL").
  // `postcode` is the first token of the postcode.
  void FindAddressBeforePostcode(std::size_t postcode);
  // The first token of the address part that ends with token `last`, on one
  // line, back to a comma, another punctuation mark or the line's start; kNone
  // when the part is no address's (a lower-case word but a joining one, a
  // title, a role, more than eight tokens).
  std::size_t AddressPartStart(std::size_t last);
  // True when token `i` starts a UK postcode ("BS40 8DR": the word "BS").
  bool PostcodeStartsAt(std::size_t i) const {
    const std::string_view w = TextOf(i);
    return IsWord(i) && w.size() <= 2 && w[0] >= 'A' && w[0] <= 'Z' &&
           (w.size() == 1 || (w[1] >= 'A' && w[1] <= 'Z')) &&
           (i == 0 || toks_[i].space_before || toks_[i].line_start || !IsWord(i - 1)) &&
           PostcodeLater(toks_[i].begin, /*next_only=*/true);
  }
  // True when the words before capitalised word i put an employer or another
  // organisation next: "works at", "a volunteer at", "employed by", "resigned
  // from", "registered with", "her landlord was", with or without "the"
  // between ("worked at the Oleaster Centre").
  bool EmployerContextBefore(std::size_t i) const;
  // The organisation named from capitalised word `first` on, after the
  // words EmployerContextBefore accepts.
  void FindEmployer(std::size_t first);
  // The kind of business or body that word i's name stands in apposition
  // with: "his brother's takeaway, Spice Hut, at", "a care agency, Kernow
  // Care at Home Ltd;" (the name after), or "a transfer to Riverside, the
  // housing association." (the name before).
  void FindInApposition(std::size_t i);
  // Token k is a noun of kOrganisationNouns after a determiner or a
  // possessive, with at most two lower-case words between ("the
  // domiciliary care agency", "his brother's takeaway").
  bool KindOfBusinessAt(std::size_t k);
  void FindNamedArea(std::size_t i);
  void FindListedPlace(std::size_t i);
  void FindAfterPreposition(std::size_t i);
  // "moved to Pulteney Ward", "Staff on Ward F12": a hospital ward, after
  // "on", "to", "onto", "from" or "at".
  void FindHospitalWard(std::size_t i);
  // A hospital by its initials: before "ED", "A&E" or a listed town ("WCH
  // ED", "RVI Newcastle"), or ending in H or I (Hospital, Infirmary) after a
  // verb of taking someone there ("transferred to LGI", "admitted to AGH").
  void FindHospitalAcronym(std::size_t i);
  // "Maes-y-Deri", "Pen-yr-Heol": a name joined by "-y-" or "-yr-"; "Cwm
  // Belan", "Bryn Awel": a Welsh word for a valley, hill, field, house ...
  // and a capitalised word after it (a farm's, a house's, a hamlet's name).
  // "Ysgol Bro Lleu", "Meddygfa Pen-y-groes", "Masjid-e-Noor": an
  // institution whose head word comes first (see PrefixHeadType()).
  void FindPrefixHeadedName(std::size_t i);
  void FindWelshPlaceName(std::size_t i);
  // "the neighbour at No. 14;", "Mrs Partridge of No 29,", "lives at number
  // 14.": a house's number alone after a preposition, ending the clause (the
  // street's rule takes "No. 14 Elm Road"). True when found.
  bool FindHouseNumberAlone(std::size_t i);
  // "minister, St Aidan’s", "He attends St Bede's and": a church, school or
  // hospital called by its saint's name alone (a possessive, no capitalised
  // word after it).
  void FindSaintsName(std::size_t i);
  // "Salford Royal", "Trafford General", "Royal Oldham": a hospital by the
  // short name a UK town and "Royal" or "General" (word i) make, with no
  // capitalised word after ("Salford Royal NHS Foundation Trust" is a body's).
  void FindHospitalShortName(std::size_t i);
  // Word k alone is a UK place in the lists.
  bool IsListedGbPlace(std::size_t k) { return (lex_.PhraseKindOf(Key(k)) & kGbPlace) != 0; }
  // Word k is capitalised, not possessive, and alone a UK place in the lists.
  bool IsGbPlaceWord(std::size_t k);
  // The capitalised words from `first` on the same line (at most `max`),
  // stopping at used tokens; kNone when `first` is not one.
  std::size_t CapitalisedRunEnd(std::size_t first, std::size_t max);

  const PlaceLexicon& lex_;
  std::string_view text_;
  std::span<const Token> toks_;
  static constexpr std::uint32_t kUnknownFacts = 0xFFFFFFFFu;
  std::string& keys_;
  std::size_t& keys_used_;
  std::string& non_ascii_;
  std::span<KeySpan> key_spans_;
  std::span<std::uint32_t> facts_;
  std::span<std::uint8_t> used_;
  std::vector<Found>& found_;
  std::string& phrase_;
  std::string& possessive_;
  RuleStarts& starts_;
  WordFactsCache& facts_cache_;
  // Public bodies' names kept whole (first and last token), for
  // FindAddressBeforePostcode; few units have any.
  std::vector<std::pair<std::size_t, std::size_t>> public_bodies_;
};

void UnitScan::CollectStarts() {
  starts_.Clear();
  const std::size_t n = toks_.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = toks_[i];
    if (t.kind == TokenKind::kNumber) {
      starts_.number.push_back(static_cast<std::uint32_t>(i));
      if (i > 0 && !t.space_before && PostcodeStartsAt(i - 1))
        starts_.postcode.push_back(static_cast<std::uint32_t>(i - 1));
    } else if (t.kind == TokenKind::kWord && t.capitalised) {
      // A lower-case word is a start only next to a capitalised one: it is
      // looked at from there, so that most words cost no test here.
      CollectWordStarts(i);
    }
  }
}

void UnitScan::CollectWordStarts(std::size_t i) {
  const Token& t = toks_[i];
  const auto index = static_cast<std::uint32_t>(i);
  const PlaceWordFacts facts = Facts(i);
  if (facts.institution_start() || facts.org_suffix() || t.all_caps) {
    starts_.institution_or_prison.push_back(index);
  }
  if (facts.street() != 0 && i > 0) starts_.street_type.push_back(index);
  if (facts.max_phrase_tokens() != 0 || t.possessive) starts_.listed_place.push_back(index);
  // The lower-case words around: "employed by X" (two before), "in X" (one
  // before), "X estate" (one after). Each list stays in text order, as
  // the capitalised words are met in text order.
  if (EmployerContextBefore(i)) starts_.employer.push_back(index);
  if ((i >= 2 && IsPunct(i - 1, ',') && IsLowerWord(i - 2)) ||
      (IsPunct(i + 1, ',') && IsLowerWord(i + 2)))
    starts_.apposition.push_back(index);
  if (i >= 1 && IsLowerWord(i - 1) && IsPlaceContext(i - 1)) {
    starts_.preposition.push_back(index - 1);
  }
  if (IsLowerWord(i + 1) && OneOf(kAreaWords, Lower(i + 1))) {
    starts_.area_word.push_back(index + 1);
  }
  if (Equals(TextOf(i), "Ward")) starts_.ward.push_back(index);
  if (Equals(TextOf(i), "Royal") || Equals(TextOf(i), "General")) {
    starts_.royal_or_general.push_back(index);
  }
  // (From the facts and the text: folding every capitalised word's key costs.)
  const std::string_view text = TextOf(i);
  if (facts.welsh_place_word() || IsWelshJoinedName(text)) starts_.welsh.push_back(index);
  if ((text == "St" || text == "ST" || text == "Saint" || text == "SAINT") && IsCapWord(i + 1))
    starts_.saint.push_back(index);
  if (text.size() >= 5 && PrefixHeadType(text) != nullptr) starts_.prefix_head.push_back(index);
}

bool UnitScan::IsPlaceContext(std::size_t i) const {
  const std::string_view prep = Lower(i);
  if (OneOf(kPlacePrepositions, prep)) return true;
  if (Equals(prep, "of")) return i > 0 && IsLowerWord(i - 1) && OneOf(kPlaceNouns, Lower(i - 1));
  return Equals(prep, "to") && i > 0 && IsWord(i - 1) && OneOf(kMotionVerbs, Lower(i - 1));
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
    return t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == ':';
  }
  return true;
}

bool UnitScan::SaintBefore(std::size_t i) {
  // "Our Lady of ...", "Countess of Chester Hospital", "Duke of Kent School".
  if (KeyIn(kNobleTitles, i)) return true;
  std::size_t p = i;
  if (p > 0 && IsPunct(p - 1, '.')) --p;  // "St. John"
  return p > 0 && IsCapWord(p - 1) && (Equals(Key(p - 1), "st") || Equals(Key(p - 1), "saint"));
}

std::size_t UnitScan::NameStart(std::size_t head) {
  std::size_t start = kNone;
  std::size_t k = head;
  int words = 0;
  while (k > 0 && SameLine(k) && words < 6) {
    const std::size_t p = k - 1;
    if (used_[p]) break;
    if (IsCapWord(p)) {
      if (Facts(p).title() && !Equals(Key(p), "st") &&
          !(KeyIn(kNobleTitles, p) && IsLowerWord(p + 1) && Equals(Lower(p + 1), "of")))
        break;
      start = p;
      k = p;
      ++words;
      continue;
    }
    // "Magistrates' Court"
    if (k == head && p > 0 && toks_[p].kind == TokenKind::kPunct &&
        (toks_[p].punct == '\'' || toks_[p].punct == 0x2019) && !toks_[p].space_before &&
        IsCapWord(p - 1) && TextOf(p - 1).back() == 's') {
      k = p;
      continue;
    }
    // "St. Mary's"
    if (IsPunct(p, '.') && p > 0 && IsCapWord(p - 1) && Equals(Key(p - 1), "st") &&
        !toks_[p].space_before) {
      k = p;
      continue;
    }
    // "St John the Baptist", "Our Lady of Lourdes": "the" or "of" inside a
    // saint's name.
    if (IsLowerWord(p) && (Equals(Lower(p), "the") || Equals(Lower(p), "of")) && p > 0 &&
        IsCapWord(p - 1) && SameLine(p) && !used_[p - 1] && SaintBefore(p - 1)) {
      k = p;
      continue;
    }
    // "Patel & Sons", "Harehills and Chapeltown Law Centre": a connector
    // between capitalised words, unless it joins two bodies ("Kent Police and
    // ...", "Police Scotland and ...").
    const auto body_word = [&](std::size_t w) {
      return Facts(w).org_suffix() || Facts(w).institution_start();
    };
    if ((IsPunct(p, '&') || (IsLowerWord(p) && Equals(Lower(p), "and"))) && p > 0 &&
        IsCapWord(p - 1) && SameLine(p) && !used_[p - 1] && !body_word(p - 1) &&
        !toks_[p - 1].all_caps &&
        !(p > 1 && IsCapWord(p - 2) && SameLine(p - 1) && body_word(p - 2)) &&
        (k == head || Distinctive(p - 1, true) ||
         (p > 1 && IsCapWord(p - 2) && !used_[p - 2] && Distinctive(p - 2, true)))) {
      k = p;  // ("Westborough Infant and Nursery School")
      continue;
    }
    // "St Saviour's C of E Primary School": the Church of England's initials.
    if (IsLowerWord(p) && Equals(Lower(p), "of") && p > 0 && Equals(Key(p - 1), "c") &&
        IsCapWord(p - 1) && Equals(Key(k), "e") && !used_[p - 1]) {
      k = p;
      continue;
    }
    break;
  }
  // Leading articles and words at a sentence start that are only generic
  // (but not a name's own "The", capitalised inside a sentence: "at The
  // Canley Youth Hub").
  while (start != kNone && start < head && IsCapWord(start) && !OwnThe(start, head) &&
         (Equals(Key(start), "the") || Equals(Key(start), "a") || Equals(Key(start), "an"))) {
    ++start;
    while (start < head && !IsCapWord(start)) ++start;
  }
  if (start == head) return kNone;
  return start;
}

void UnitScan::FindInstitutionOrCompany(std::size_t i) {
  if (used_[i]) return;
  const PlaceWordFacts facts = Facts(i);
  if (!facts.institution_start() && !facts.org_suffix()) return;
  // An institution head of one or two words ("School", "Medical Centre").
  for (int n = facts.institution_start() ? lex_.MaxInstitutionTokens() : 0; n >= 1; --n) {
    const std::size_t last = i + static_cast<std::size_t>(n) - 1;
    if (last >= toks_.size()) continue;
    // No head of two words or more ends at `last`: spare building the key.
    if (n > 1 && IsWord(last) && !Facts(last).institution_end()) continue;
    const std::string_view key = PhraseKeyOf(i, last);
    if (key.empty()) continue;
    const Institution* institution = lex_.InstitutionOf(key);
    if (institution == nullptr) continue;
    // "Co-op Academy Leeds", "Oasis Academy Hadley": a school's sponsor,
    // its head, then where it is.
    std::size_t place_after = kNone;
    // (So may a hospital's: "University Hospital Coventry".)
    if ((institution->type == "SCHOOL" || institution->type == "HOSPITAL") && IsCapWord(last + 1) &&
        SameLine(last + 1) && !toks_[last].possessive) {
      const std::size_t next = last + 1;
      // (A listed place, or a word no list knows: "University Hospital Llandough".)
      if (!used_[next] && !(IsCapWord(next + 1) && SameLine(next + 1)) &&
          Facts(next).street() == 0 && !IsNotPlace(next) && Common(next) == 0 &&
          (IsListedGbPlace(next) || (!toks_[next].all_caps && Distinctive(next, true))))
        place_after = next;
    }
    // "Oakfield Primary School": the head is the last capitalised word (an
    // acronym may follow: "Sunderland Royal Hospital ED").
    // (Or a hospital's department: "Bradford Royal Infirmary Emergency Department".)
    // "Belford Hospital A&E": the department in capitals with its ampersand.
    const bool department = institution->type == "HOSPITAL" && IsCapWord(last + 1) &&
                            (KeyIn(kDepartmentWords, last + 1) ||
                             text_.substr(toks_[last + 1].begin).starts_with("A&E"));
    // (Not a month after it: "excluded from Addington Valley Academy Nov 2023";
    // nor a year group: "Plymstock School Year 10".)
    const bool year_group = IsCapWord(last + 1) && Equals(Key(last + 1), "year") &&
                            last + 2 < toks_.size() && toks_[last + 2].kind == TokenKind::kNumber;
    if (place_after == kNone && IsCapWord(last + 1) && SameLine(last + 1) &&
        !toks_[last].possessive && !toks_[last + 1].all_caps && !department &&
        !KeyIn(kMonths, last + 1) && !year_group)
      return;
    // "Snodland Town Juniors FC", "Hillside School PTA Association": the
    // head of a club's or a business's name follows; its rule takes it all.
    if (IsCapWord(last + 1) && SameLine(last + 1) && !toks_[last].possessive &&
        Facts(last + 1).org_suffix() && !Facts(last + 1).public_head())
      return;
    const std::size_t start = NameStart(i);
    if (start == kNone) return;
    // "at The Lighthouse Centre": its own "The" makes a name of common words.
    bool distinctive = OwnThe(start, i);
    for (std::size_t k = start; k < i; ++k) distinctive = distinctive || Distinctive(k, false);
    // "University Hospital of Wales", "Hospital for Sick Children": a
    // hospital's name may go on after "of" or "for".
    std::size_t end = last;
    if (place_after != kNone) {
      end = place_after;
      distinctive = true;  // "University Hospital Coventry": the town makes it one
    }
    // (So may a college's: "North Kent College of Technology".)
    if ((institution->type == "HOSPITAL" || institution->type == "SCHOOL") &&
        IsLowerWord(last + 1) && SameLine(last + 1) &&
        (Equals(Lower(last + 1), "of") ||
         (institution->type == "HOSPITAL" && Equals(Lower(last + 1), "for")))) {
      // (Capitalised words, "and" between them: "Royal Hospital for Children
      // and Young People".)
      std::size_t tail_end = kNone;
      for (std::size_t k = last + 2; k < last + 8 && SameLine(k) && !used_[k]; ++k) {
        if (IsCapWord(k)) {
          tail_end = k;
        } else if (!(tail_end != kNone && IsLowerWord(k) && Equals(Lower(k), "and") &&
                     IsCapWord(k + 1))) {
          break;
        }
      }
      // (A college's tail says no more than its name: "Royal College of Nursing".)
      if (tail_end != kNone && (distinctive || institution->type == "HOSPITAL")) {
        end = tail_end;
        distinctive = true;
      }
    }
    if (!distinctive) return;
    Add(start, end, institution->type, institution->rule, 0.9, institution->kind);
    found_.back().short_last = ShortFormEnd(start, i);
    return;
  }
  // A company suffix ("Ltd", "& Sons") or the head of a body's name ("Court").
  if (!facts.org_suffix()) return;
  // "Brightwater Logistics Ltd", "Trentside Homes Housing Association": the
  // last suffix ends the name.
  if (IsCapWord(i + 1) && SameLine(i + 1) &&
      (Facts(i + 1).org_suffix() ||
       (IsCapWord(i + 2) && SameLine(i + 2) && Facts(i + 2).org_suffix())))
    return;
  // "Canterbury Christ Church University": so does an institution's head.
  if (IsCapWord(i + 1) && SameLine(i + 1) && toks_[i + 1].space_before &&
      Facts(i + 1).institution_start() && lex_.InstitutionOf(PhraseKeyOf(i + 1, i + 1)) != nullptr)
    return;

  const bool body = facts.body_head();
  // "on Walkley Bank Road": a street named after the head word, found later.
  if (IsCapWord(i + 1) && SameLine(i + 1) && Facts(i + 1).street() != 0) return;
  std::size_t start = NameStart(i);
  std::size_t last = i;
  if (!body && IsPunct(i + 1, '.') && !toks_[i + 1].space_before && TextOf(i).size() <= 4 &&
      (KeyIn(kLegalForms, i) || Equals(Key(i), "co") || Equals(Key(i), "bros"))) {
    last = i + 1;  // "Ltd." (not the full stop after "The Ship Inn.")
  } else if (!body && IsPunct(i + 1, '&') && IsCapWord(i + 2) && SameLine(i + 2) &&
             Facts(i + 2).org_suffix() && !Facts(i + 2).body_head()) {
    last = i + 2;  // "Ali's Kebab & Pizza"
  }
  // "Court of Cassation", "Church of Ireland", "Office of the Attorney General".
  std::size_t tail_first = kNone;
  if (body && IsLowerWord(i + 1) && Equals(Lower(i + 1), "of") && SameLine(i + 1)) {
    std::size_t k = i + 2;
    if (IsLowerWord(k) && Equals(Lower(k), "the") && SameLine(k)) ++k;
    const std::size_t end = CapitalisedRunEnd(k, 4);
    if (end != kNone && !toks_[end].possessive) {
      tail_first = k;
      last = end;
    }
  }
  if (start == kNone) start = i;
  // A suffix or head with no name before it nor a tail after it ("the
  // Court") makes no mention, whatever the tests below say.
  if (start == i && tail_first == kNone) return;
  // "12 Rosewood Court", "Flat 3, Rosewood Court": an address, found later.
  if (body && start > 0 &&
      (toks_[start - 1].kind == TokenKind::kNumber ||
       (IsPunct(start - 1, ',') && start > 1 && toks_[start - 2].kind == TokenKind::kNumber))) {
    return;
  }
  // "Behind Ali's Kebab": an ordinary word starting the sentence is no part of the name.
  // But before "Ltd" a field's first word is the name's ("Provider: Evergreen
  // Care Homes Ltd"), unless a word of the sentence ("Behind Acme Ltd").
  if (start + 1 < i && SentenceStart(start) && Common(start) > 0 && !Facts(start).given() &&
      !toks_[start].possessive && (!KeyIn(kStrongSuffixes, i) || KeyIn(kSentenceWords, start)))
    ++start;
  // A UK public body named after a UK place ("Kent Police", "Leeds City
  // Council") stays: only other names make it an organisation to replace.
  const bool public_body = facts.public_head();
  bool strong = KeyIn(kStrongSuffixes, i);
  // "IRMS Information Management Toolkit": a business's name does not run on
  // into a capitalised word, unless that is where it is ("Hartwell Foods Wrexham").
  if (!body && !strong && IsCapWord(last + 1) && SameLine(last + 1) && !toks_[last].possessive &&
      !IsListedGbPlace(last + 1))
    return;
  // "Prestige Poultry Packers": two capitalised words before a business's
  // suffix inside a sentence make a name, ordinary as they are.
  // (Not inside a longer title: "IRMS Information Management Toolkit".)
  if (!body && i >= start + 2 && !SentenceStart(start) &&
      !(IsCapWord(last + 1) && SameLine(last + 1)))
    strong = true;
  // "Arches Boxing Club", "New Covenant Church": so do two before the head of
  // a private body's name, unless they only say what kind of body it is
  // ("Family Support Centre", "Child Contact Centre").
  if (body && !public_body && i >= start + 2 && !SentenceStart(start) &&
      !(IsCapWord(last + 1) && SameLine(last + 1))) {
    bool named = false, service = false;
    for (std::size_t k = start; k < i; ++k) {
      service =
          service || (IsWord(k) && Facts(k).uk_service_word());  // "Police Investigation Centre"
      named = named || (Distinctive(k, false) && !KeyIn(kBodyDescriptors, k));
    }
    strong = strong || (named && !service);
  }
  // "Vantage Cleaning Services": a business's suffix before a public head
  // makes it a business, named by any capitalised word.
  // Not when only service words name it ("Community Dental Service").
  bool business = false, named_business = false;
  for (std::size_t k = start; public_body && k < i; ++k) {
    business = business || (IsWord(k) && Facts(k).org_suffix() && !Facts(k).body_head());
    named_business = named_business || (!business && IsWord(k) && !Facts(k).uk_service_word());
  }
  business = business && named_business;
  if (business) strong = true;
  auto counts = [&](std::size_t k, bool strict) {
    if (!Distinctive(k, strict)) return false;
    return !public_body || !IsListedGbPlace(k);
  };
  bool distinctive = false;
  for (std::size_t k = start; k < i; ++k) distinctive = distinctive || counts(k, !strong);
  if (tail_first != kNone) {
    for (std::size_t k = tail_first; k <= last; ++k) {
      if (IsCapWord(k) && Facts(k).title()) return;
      distinctive = distinctive || counts(k, true);
    }
  }
  // "Haverleigh Youth Court", "Northshire Probation Service": a UK public
  // service, kept whole whatever it is named after; but not after a town
  // abroad ("Rypin District Court", "Aliağa Public Prosecutor").
  bool uk_service = false, abroad = false;
  if (public_body) {
    // "Metrogreen Housing": a housing association, unless a word before
    // the head names a service ("Calder Valley Council Housing").
    const bool housing = Equals(Key(i), "housing");
    for (std::size_t k = start; k <= last; ++k) {
      if (housing && k == i) continue;
      uk_service = uk_service || (IsWord(k) && Facts(k).uk_service_word());
      abroad =
          abroad || (IsWord(k) && Facts(k).world_town() && Common(k) == 0 && Distinctive(k, false));
    }
    if (abroad || business) uk_service = false;
  }
  if ((!distinctive || uk_service) && public_body && !business && start < i) {
    // "Kent Police", "Birmingham and Solihull Mental Health NHS Foundation
    // Trust": a public body, kept whole; its place words are no mention.
    for (std::size_t k = start; k <= last; ++k) used_[k] = 1;
    public_bodies_.push_back({start, last});
    return;
  }
  if (!distinctive || (start == i && tail_first == kNone)) return;
  if (body) {
    Add(start, last, "ORGANISATION", "name+body", 0.6);
  } else {
    Add(start, last, "ORGANISATION", "name+company-suffix", 0.85);
    // "Trident Logistics" of "Trident Logistics Ltd": the name without its
    // legal form, as a letter goes on to write it.
    if (last == i && KeyIn(kLegalForms, i)) found_.back().short_last = ShortFormEnd(start, i);
  }
}

std::size_t UnitScan::ShortFormEnd(std::size_t first, std::size_t head) {
  // Generic words before the head belong to it: "Oakfield" of "Oakfield Primary School".
  while (head > first + 1 && IsCapWord(head - 1) && KeyIn(kGenericWords, head - 1)) --head;
  return ShortFormNames(first, head) ? head - 1 : kNone;
}

bool UnitScan::ShortFormNames(std::size_t first, std::size_t head) {
  if (first >= head || !IsCapWord(first) || toks_[head - 1].possessive) return false;
  if (head - first == 1)
    return Common(first) == 0 && !Facts(first).given() && !IsListedGbPlace(first) &&
           Distinctive(first, true) && TextOf(first).size() >= 4;
  if (toks_[head - 1].kind != TokenKind::kWord) return false;  // "Patel &"
  for (std::size_t k = first; k < head; ++k)
    if (Distinctive(k, false) && !Equals(Key(k), "st") && !Facts(k).given() && !IsListedGbPlace(k))
      return true;
  return false;
}

void UnitScan::FindPrison(std::size_t i) {
  // "HMP Longmartin", "HMYOI Feltham", "HM Prison Leeds"
  std::size_t name = i + 1;
  if (Equals(Key(i), "hm") && IsCapWord(name) && Equals(Key(name), "prison") && SameLine(name))
    ++name;
  else if (!Equals(Key(i), "hmp") && !Equals(Key(i), "hmyoi"))
    return;
  const std::size_t last = CapitalisedRunEnd(name, 3);
  if (last == kNone) return;
  Add(i, last, "ORGANISATION", "prison", 0.8);
}

bool UnitScan::PostcodeLater(std::size_t from, bool next_only) const {
  // The outward code (A9, A99, AA9, AA99, A9A, AA9A), a space, the inward (9AA).
  const std::size_t end = std::min(text_.size(), from + 80);
  auto upper = [&](std::size_t p) { return p < end && text_[p] >= 'A' && text_[p] <= 'Z'; };
  auto digit = [&](std::size_t p) { return p < end && text_[p] >= '0' && text_[p] <= '9'; };
  if (next_only) {  // only where the next word starts
    from = std::min(from, end);
    while (from < end && text_[from] == ' ') ++from;
  }
  for (std::size_t p = from; p < end && text_[p] != '\n'; ++p) {
    if (next_only && p > from) return false;
    if (!upper(p) || (p > 0 && (upper(p - 1) || digit(p - 1)))) continue;
    std::size_t q = p + 1;
    if (upper(q)) ++q;
    if (!digit(q)) continue;
    ++q;
    if (digit(q) || upper(q)) ++q;
    if (q >= end || text_[q] != ' ') continue;
    ++q;
    if (digit(q) && upper(q + 1) && upper(q + 2) && !upper(q + 3) && !digit(q + 3)) return true;
  }
  return false;
}

bool UnitScan::RoomOfAResident(std::size_t i) {
  if (!Equals(Key(i), "room")) return false;
  if (i > 0 && IsWord(i - 1) && SameLine(i) &&
      (toks_[i - 1].capitalised || KeyIn(kRoomKinds, i - 1)))
    return false;
  // "They met in Room 4", "was seen in Room 2": where a meeting was held.
  return !(i > 1 && IsLowerWord(i - 1) && IsLowerWord(i - 2) && KeyIn(kMeetingVerbs, i - 2));
}

bool UnitScan::FlatPositionBefore(std::size_t i) const {
  return i > 4 && IsPunct(i - 1, ',') && toks_[i - 2].kind == TokenKind::kNumber &&
         IsPunct(i - 3, '/') && toks_[i - 4].kind == TokenKind::kNumber;
}

void UnitScan::FindNumberedAddress(std::size_t i) {
  if (FindHouseNumberAlone(i)) return;
  std::size_t start = i;
  if (i > 0 && IsWord(i - 1) && !used_[i - 1] && KeyIn(kDwellingWords, i - 1)) {
    start = i - 1;
  } else if (i > 3 && IsPunct(i - 1, ',') && toks_[i - 2].kind == TokenKind::kNumber &&
             IsWord(i - 3) && !used_[i - 3] && KeyIn(kDwellingWords, i - 3)) {
    start = i - 3;  // "Flat 3, 12 Mill Lane"
  } else if (i > 4 && IsPunct(i - 1, ',') && IsWord(i - 2) && TextOf(i - 2).size() == 1 &&
             !toks_[i - 2].space_before && toks_[i - 3].kind == TokenKind::kNumber &&
             IsWord(i - 4) && !used_[i - 4] && KeyIn(kDwellingWords, i - 4)) {
    start = i - 4;  // "Flat 3b, 27 Dunstable Road"
  } else if (i > 5 && FlatPositionBefore(i) && IsWord(i - 5) && !used_[i - 5] &&
             KeyIn(kDwellingWords, i - 5)) {
    start = i - 5;  // "Flat 2/1, 27 Westburn Grove" (Scottish: floor 2, door 1)
  } else if (FlatPositionBefore(i) && !toks_[i - 3].space_before && !toks_[i - 2].space_before &&
             !used_[i - 4] && TextOf(i - 4).size() <= 2 && TextOf(i - 2).size() <= 2) {
    start = i - 4;  // "4/2, 61 Dumbarton Road": the flat's position alone
  } else if (i > 0 && IsWord(i - 1) && !toks_[i].space_before && !used_[i - 1] &&
             (Equals(TextOf(i - 1), "A") || Equals(TextOf(i - 1), "B") ||
              Equals(TextOf(i - 1), "M"))) {
    start = i - 1;  // "the A61 Penistone Road": the road's number with its name
  }
  std::size_t j = i + 1;
  // "12a", "12A"
  if (IsWord(j) && !toks_[j].space_before && TextOf(j).size() == 1) ++j;
  // "Mrs Brook of Flat 9 noticed": a flat's number with no street after it
  // is still the family's address.
  // (Not before ", 12 Mill Lane": that number takes the flat with it.)
  // "Unit 4, Riverside Business Park" too, where a comma and a name follow.
  // (Nor before "/1, 27 Westburn Grove": the later number takes the flat.)
  const bool flat =
      start != i && TextOf(i).size() <= 4 &&
      !(IsPunct(j, '/') && j + 3 < toks_.size() && toks_[j + 1].kind == TokenKind::kNumber &&
        IsPunct(j + 2, ',') && toks_[j + 3].kind == TokenKind::kNumber) &&
      (KeyIn(kFlatWords, start) || RoomOfAResident(start) ||
       (KeyIn(kPlotWords, start) && IsPunct(j, ',') && IsCapWord(j + 1) && SameLine(j + 1)) ||
       (start + 1 == i && IsCapWord(start) && KeyIn(kPitchWords, start))) &&
      !(IsPunct(j, ',') && j + 1 < toks_.size() && toks_[j + 1].kind == TokenKind::kNumber);
  const std::size_t flat_end = j - 1;
  // "off the A141 near", "the M62 westbound": a road's number alone after
  // "the", before a word of roads or travel (not "the A4 paper", "the B12 tablets").
  const bool road = start + 1 == i && IsWord(start) && TextOf(i).size() <= 4 &&
                    TextOf(start).size() == 1 && start > 0 && IsLowerWord(start - 1) &&
                    Equals(Lower(start - 1), "the") &&
                    (i + 1 >= toks_.size() || toks_[i + 1].kind == TokenKind::kPunct ||
                     !SameLine(i + 1) || (IsWord(i + 1) && KeyIn(kRoadWordsAfter, i + 1)));
  auto flat_alone = [&] {
    if (flat) Add(start, flat_end, "ADDRESS", "flat-number", 0.8);
    if (road) Add(start, i, "PLACE", "road-number", 0.7);
  };
  if (IsPunct(j, ',')) ++j;
  if (!IsCapWord(j) || !SameLine(j) || used_[j]) return flat_alone();
  std::size_t words = 0;
  for (std::size_t k = j; k < toks_.size() && words < 5; ++k) {
    // "14 Heol y Felin": the Welsh article inside a street's name.
    if (words >= 1 && IsWelshArticle(k) && IsCapWord(k + 1) && SameLine(k + 1)) continue;
    if (!IsCapWord(k) || !SameLine(k) || used_[k]) {
      // "14 Bryn Awelon, Coleshill Estate, Flint CH6 5QN": a street with no
      // street word, known as one by the postcode that ends its line.
      if (words >= 1 && IsPunct(k, ',') && SameLine(k) && PostcodeLater(toks_[k].end)) {
        std::size_t last = k - 1;
        // Further parts but the last (the town) belong to the address.
        for (;;) {
          const std::size_t part = last + 2;
          const std::size_t part_end = CapitalisedRunEnd(part, 4);
          if (part_end == kNone || !IsPunct(part_end + 1, ',') || !SameLine(part_end + 1)) break;
          // The part right before the postcode is the town.
          if (PostcodeLater(toks_[part_end + 1].end, /*next_only=*/true)) break;
          last = part_end;
        }
        Add(start, last, "ADDRESS", "number+name", 0.85);
        FindAddressTown(last + 1);
        return;
      }
      return flat_alone();
    }
    ++words;
    const int street = Facts(k).street();
    // "St" before a name is a saint ("12 St Mary's Road").
    const bool saint = Equals(Key(k), "st") && IsCapWord(k + 1) && SameLine(k + 1);
    if (street != 0 && words >= 2 && !saint) {
      // "14 Lee Mount Road", "Ferrier Rise Estate": street words in a row.
      while (IsCapWord(k + 1) && SameLine(k + 1) && !used_[k + 1] && Facts(k + 1).street() != 0)
        ++k;
      std::size_t last = k;
      if (IsStreetAbbreviation(k) && IsPunct(k + 1, '.') && !toks_[k + 1].space_before) {
        last = k + 1;  // "Rd."
      } else if (IsCapWord(k + 1) && SameLine(k + 1) && !used_[k + 1] &&
                 KeyIn(kCompassWords, k + 1)) {
        last = k + 1;  // "37 Harnall Lane East"
      }
      Add(start, last, "ADDRESS", "number+street", 0.9);
      FindAddressTown(last + 1);
      return;
    }
  }
  flat_alone();
}

void UnitScan::FindStreetName(std::size_t i) {
  const int street = Facts(i).street();
  if (street == 0 || i == 0) return;
  if (Equals(Key(i), "st") && IsCapWord(i + 1) && SameLine(i + 1)) return;  // a saint
  // The capitalised words before the street type.
  std::size_t start = kNone;
  int words = 0;
  for (std::size_t k = i; k > 0 && SameLine(k) && words < 3; --k) {
    const std::size_t p = k - 1;
    // Generic words may name streets ("High Street", "Church Road") but not buildings.
    if (!IsCapWord(p) || used_[p] || Facts(p).title() || (street == 2 && IsNotPlace(p)) ||
        KeyIn(kArticles, p) || (street == 2 && KeyIn(kGenericWords, p))) {
      break;
    }
    start = p;
    ++words;
  }
  if (start == kNone) return;
  bool distinctive = false;
  for (std::size_t k = start; k < i; ++k) distinctive = distinctive || Distinctive(k, true);
  // "at Rose Cottage", "from Hill Farm", "moved to Lantern House": a house
  // name after a preposition.
  const bool house_after_preposition = KeyIn(kHouseWords, i) && start > 0 &&
                                       IsLowerWord(start - 1) &&
                                       KeyIn(kHousePrepositions, start - 1);
  if (street == 2 && !distinctive && !house_after_preposition) return;
  // "Istanbul Court", "Family Court": a court, unless a flat number says otherwise.
  const bool court = Equals(Key(i), "court") || Equals(Key(i), "chambers") ||
                     Equals(Key(i), "hall");  // "Crown Court", "Hyde" is fine, "High Court" not
  if (street == 1 && !distinctive && SentenceStart(start) && words == 1) return;
  // "Car Park Attendant", "the Play Park": a kind of park, not a street.
  if (Equals(Key(i), "park") && words == 1 && KeyIn(kParkKinds, start)) return;
  // "the High Street", "the Ring Road": a kind of street, not an address.
  if (street == 1 && !distinctive && words == 1 && start > 0 && IsWord(start - 1) &&
      KeyIn(kArticles, start - 1)) {
    return;
  }
  // "Summer Wood was born", "Kayden Hill said": a given name and a street
  // word that is a surname, then a verb of a person, is a person.
  if (Facts(start).given() && KeyIn(kSurnameStreetWords, i) && IsLowerWord(i + 1) &&
      SameLine(i + 1) && OneOf(kPersonVerbs, Lower(i + 1))) {
    return;
  }
  // "Flat 3, Rosewood Court"
  std::size_t first = start;
  if (start >= 3 && IsPunct(start - 1, ',') && toks_[start - 2].kind == TokenKind::kNumber &&
      IsWord(start - 3) && KeyIn(kDwellingWords, start - 3) && !used_[start - 3]) {
    first = start - 3;
  } else if (court) {
    return;
  }
  while (IsCapWord(i + 1) && SameLine(i + 1) && !used_[i + 1] && Facts(i + 1).street() != 0)
    ++i;  // "Ferrier Rise Estate"
  std::size_t last = i;
  if (IsStreetAbbreviation(i) && IsPunct(i + 1, '.') && !toks_[i + 1].space_before) {
    last = i + 1;
  } else if (street == 1 && IsCapWord(i + 1) && SameLine(i + 1) && !used_[i + 1] &&
             toks_[i + 1].space_before && KeyIn(kCompassWords, i + 1) &&
             !(IsCapWord(i + 2) && SameLine(i + 2))) {
    last = i + 1;  // "Newhampton Road East" (not "Mill Road West Yorkshire")
  }
  Add(first, last, "ADDRESS", street == 2 ? "building-name" : "street-name",
      street == 2 ? 0.75 : (distinctive ? 0.85 : 0.7));
  FindAddressTown(last + 1);
}

std::size_t UnitScan::CapitalisedRunEnd(std::size_t first, std::size_t max) {
  if (!IsCapWord(first) || !SameLine(first) || used_[first] || IsCode(first)) return kNone;
  std::size_t last = first;
  std::size_t count = 1;
  while (count < max && !toks_[last].possessive) {
    std::size_t next = last + 1;
    // "Newcastle upon Tyne", "Stratford on Avon"
    if (IsLowerWord(next) && (Equals(Lower(next), "upon") || Equals(Lower(next), "on")) &&
        IsCapWord(next + 1) && SameLine(next + 1) && SameLine(next)) {
      next = next + 1;
    }
    if (!IsCapWord(next) || !SameLine(next) || used_[next] || IsCode(next)) break;
    last = next;
    ++count;
  }
  return last;
}

void UnitScan::FindAddressTown(std::size_t comma) {
  if (!IsPunct(comma, ',') || !SameLine(comma)) return;
  const std::size_t first = comma + 1;
  if (first < toks_.size() && used_[first]) return;
  const std::size_t last = CapitalisedRunEnd(first, 3);
  if (last == kNone) return;
  // "22 Leigh Road, Street, BA16 0HA", "9 Creek Road, March, PE15 8RQ": a
  // town named like a word is the town where its postcode follows.
  const bool postcode_next =
      IsPunct(last + 1, ',') || last + 1 >= toks_.size()
          ? PostcodeLater(toks_[last].end)
          : PostcodeLater(toks_[last].end) && toks_[last + 1].begin - toks_[last].end <= 2;
  for (std::size_t k = first; k <= last; ++k) {
    if (IsWord(k) && (IsNotPlace(k) || Facts(k).street() != 0) && !(first == last && postcode_next))
      return;
  }
  Add(first, last, "PLACE", "address-town", 0.85);
}

std::size_t UnitScan::AddressPartStart(std::size_t last) {
  std::size_t first = last, tokens = 0;
  for (std::size_t k = last;; --k) {
    if (++tokens > 8) return kNone;
    if (IsWord(k)) {
      // A lower-case word of prose ends the part: "lives at | The Old Forge".
      if (!toks_[k].capitalised && !KeyIn(kAddressJoiningWords, k)) break;
      if (toks_[k].capitalised && (Facts(k).title() || KeyIn(kAddressBlockStops, k))) return kNone;
    } else if (toks_[k].kind == TokenKind::kPunct) {
      if (toks_[k].punct != '-' && toks_[k].punct != '&' && toks_[k].punct != '/' &&
          toks_[k].punct != '\'' && toks_[k].punct != U'\u2019')
        break;
    }
    first = k;
    if (toks_[k].line_start || k == 0) break;
  }
  if (toks_[first].kind == TokenKind::kPunct || (IsWord(first) && !toks_[first].capitalised))
    ++first;
  while (first <= last && IsWord(first) && !toks_[first].capitalised) ++first;  // "in the"
  if (first > last) return kNone;
  // It starts with a capitalised word or a number ("The Old Forge", "7 Cnoc an Ròin").
  if (IsWord(first) ? !toks_[first].capitalised : toks_[first].kind != TokenKind::kNumber)
    return kNone;
  return first;
}

void UnitScan::FindAddressBeforePostcode(std::size_t postcode) {
  // Each part found: added unless another rule found some of its tokens and
  // more, or kept it as a public body's ("Leeds City Council, Civic Hall,
  // ..."). What another rule found inside it gives way ("Rose" of "Rose
  // Villa"); words only claimed as no place alone ("The" of "The Old Forge")
  // are free.
  bool nearest = true;
  auto taken = [&](std::size_t first, std::size_t last) {
    for (const Found& f : found_)
      if (f.first <= last && first <= f.last &&
          (f.first < first || f.last > last ||
           // (The same words after "at", "in": the address line says what they are.)
           (f.first == first && f.last == last && f.rule != "preposition+capitalised")))
        return true;
    for (const auto& [b, e] : public_bodies_)
      if (b <= last && first <= e) return true;
    return false;
  };
  auto add_part = [&](std::size_t first, std::size_t last) {
    if (!taken(first, last)) {
      std::erase_if(found_, [&](const Found& f) { return f.first >= first && f.last <= last; });
      Add(first, last, nearest ? "PLACE" : "ADDRESS",
          nearest ? "town-before-postcode" : "address-before-postcode", 0.8);
    }
    nearest = false;
  };
  // The parts on the postcode's line, separated by commas.
  std::size_t k = postcode;
  while (k > 0 && !toks_[k].line_start) {
    std::size_t last = k - 1;
    if (IsPunct(last, ',')) {
      if (last == 0 || toks_[last].line_start) return;
      --last;
    } else if (k != postcode || toks_[last].kind == TokenKind::kPunct) {
      return;  // a label's colon, a bracket, a full stop: the address began there
    }
    const std::size_t first = AddressPartStart(last);
    if (first == kNone) return;
    add_part(first, last);
    if (first > 0 && IsWord(first - 1) && SameLine(first)) return;  // prose before it
    k = first;
  }
  // A letter's address block: the lines above, each a part or parts, back to
  // a blank line (at most five lines).
  for (int lines = 0; lines < 5 && k > 0; ++lines) {
    const std::size_t line_end = k - 1;
    if (std::string_view(text_.data() + toks_[line_end].end, toks_[k].begin - toks_[line_end].end)
            .find('\n') == std::string_view::npos)
      return;  // a cell of a table, not a line
    if (std::count(text_.begin() + toks_[line_end].end, text_.begin() + toks_[k].begin, '\n') > 1)
      return;  // a blank line ends the block
    std::size_t last = line_end;
    if (IsPunct(last, ',')) {  // "Church Lane,"
      if (last == 0) return;   // a comma alone opens the text
      --last;
    }
    std::size_t first = AddressPartStart(last);
    if (first == kNone) return;
    std::vector<std::pair<std::size_t, std::size_t>> parts{{first, last}};
    while (!toks_[first].line_start && first > 1 && IsPunct(first - 1, ',') &&
           !toks_[first - 1].line_start) {
      last = first - 2;
      first = AddressPartStart(last);
      if (first == kNone) return;
      parts.push_back({first, last});
    }
    if (!toks_[first].line_start && first > 0) return;  // the line holds more than an address
    for (const auto& [f, l] : parts) add_part(f, l);
    k = first;
  }
}

bool UnitScan::EmployerContextBefore(std::size_t i) const {
  std::size_t p = i;  // the word after the preposition
  if (p >= 1 && IsLowerWord(p - 1) && Equals(Lower(p - 1), "the")) --p;
  if (p < 2 || !IsLowerWord(p - 1) || !IsLowerWord(p - 2)) return false;
  const std::string_view prep = Lower(p - 1), word = Lower(p - 2);
  if (Equals(prep, "at")) return OneOf(kWorkWords, word);
  if (Equals(prep, "for")) return !Equals(word, "employed") && OneOf(kWorkWords, word);
  if (Equals(prep, "by")) return Equals(word, "employed");
  if (Equals(prep, "from")) return OneOf(kLeftWords, word);
  if (Equals(prep, "with"))
    return Equals(word, "registered") || Equals(word, "tenancy") || OneOf(kDealWords, word);
  if (Equals(prep, "was") || Equals(prep, "is")) return Equals(word, "landlord");
  return false;
}

void UnitScan::FindEmployer(std::size_t first) {
  std::size_t last = CapitalisedRunEnd(first, 5);
  if (last == kNone) return;
  // "The Hare & Hounds": an ampersand joins two parts of one name.
  while (IsPunct(last + 1, '&') && SameLine(last + 1) && !toks_[last].possessive) {
    const std::size_t more = CapitalisedRunEnd(last + 2, 3);
    if (more == kNone) break;
    last = more;
  }
  // After "works at" a less common word names the employer too ("Vibe Youth",
  // "Booths", SCOWL level 35 and over), where elsewhere it takes a rare one.
  bool distinctive = false;
  for (std::size_t k = first; k <= last; ++k) {
    if (!IsWord(k)) continue;
    if (IsNotPlace(k) || Facts(k).title()) return;
    distinctive = distinctive || Distinctive(k, true) || (Distinctive(k, false) && Common(k) >= 35);
  }
  if (!distinctive) return;
  Add(first, last, "ORGANISATION", "employer-context", 0.7);
}

bool UnitScan::KindOfBusinessAt(std::size_t k) {
  if (!IsLowerWord(k) || toks_[k].possessive || !OneOf(kOrganisationNouns, Lower(k))) return false;
  for (std::size_t j = k; j > 0 && k - j <= 3; --j) {
    const std::size_t d = j - 1;
    if (!IsWord(d) || !SameLine(j)) return false;
    if (toks_[d].possessive || OneOf(kDeterminers, Key(d))) return true;  // "The care agency"
    if (!IsLowerWord(d)) return false;
  }
  return false;
}

void UnitScan::FindInApposition(std::size_t i) {
  // ("his church, St Mark's,": the saint's rule takes it, with its "'s".)
  if (used_[i] || Equals(Key(i), "st") || Equals(Key(i), "saint")) return;
  std::size_t first = i, last = i;
  const bool name_after = i >= 2 && IsPunct(i - 1, ',') && KindOfBusinessAt(i - 2);
  if (name_after) {
    // The name after: capitalised words, joined by "at", "of", "and", "&".
    last = CapitalisedRunEnd(i, 4);
    if (last == kNone) return;
    while (
        last + 2 < toks_.size() && SameLine(last + 2) && !toks_[last].possessive &&
        (IsPunct(last + 1, '&') || (IsLowerWord(last + 1) && (Equals(Lower(last + 1), "at") ||
                                                              Equals(Lower(last + 1), "of") ||
                                                              Equals(Lower(last + 1), "and"))))) {
      const std::size_t more = CapitalisedRunEnd(last + 2, 3);
      if (more == kNone) break;
      last = more;
    }
  } else if (IsPunct(i + 1, ',') && i + 3 < toks_.size() && IsLowerWord(i + 2) &&
             OneOf(kDeterminers, Lower(i + 2))) {
    // The name before: "Riverside, the housing association".
    std::size_t k = i + 3;
    bool kind = false;
    for (; k <= i + 6 && IsLowerWord(k); ++k)
      if ((kind = KindOfBusinessAt(k))) break;
    if (!kind) return;
    // The noun ends the phrase: "Zed, the pub landlady" is a person.
    if (k + 1 < toks_.size() && SameLine(k + 1) && IsWord(k + 1) &&
        !(IsLowerWord(k + 1) && OneOf(kClauseWords, Lower(k + 1))))
      return;
    while (first > 0 && i - first < 3 && IsCapWord(first - 1) && SameLine(first) &&
           !used_[first - 1])
      --first;
    // "Meanwhile, the agency": a sentence's first word alone is no name.
    if (first == i && SentenceStart(i) && Common(i) > 0) return;
  } else {
    return;
  }
  // The apposition closes after the name: punctuation or the line's end.
  const std::size_t after = last + 1;
  if (after < toks_.size() && SameLine(after) && toks_[after].kind != TokenKind::kPunct) return;
  // Not a person's title, nor a public service's words alone ("the agency,
  // Social Services,").
  bool named = false;
  for (std::size_t k = first; k <= last; ++k) {
    if (!IsCapWord(k) || used_[k]) continue;
    // (Words no place is named by, "In May, the agency", name a business
    // only after its kind: "the care agency, Kernow Care at Home,".)
    if ((!name_after && IsNotPlace(k)) || Facts(k).title()) return;
    named = named ||
            (!Facts(k).uk_service_word() && !Facts(k).public_head() && !KeyIn(kGenericWords, k));
  }
  if (!named) return;
  Add(first, last, "ORGANISATION", "apposition", 0.7);
}

void UnitScan::FindNamedArea(std::size_t i) {
  if (i == 0 || !IsCapWord(i - 1) || used_[i - 1] || !SameLine(i)) return;
  const std::string_view area = Lower(i);
  const bool venue = OneOf(kVenueWords, area);
  std::size_t first = i - 1;
  while (first > 0 && SameLine(first) && i - first < (venue ? 5u : 4u)) {
    if (IsCapWord(first - 1) && !used_[first - 1]) {
      --first;
      continue;
    }
    // "The Hare & Hounds pub", "the Plough and Harrow pub".
    if (venue && first >= 2 &&
        (IsPunct(first - 1, '&') || (IsLowerWord(first - 1) && Equals(Lower(first - 1), "and"))) &&
        IsCapWord(first - 2) && !used_[first - 2] && SameLine(first - 1)) {
      first -= 2;
      continue;
    }
    break;
  }
  // "The Robin Hood pub": a venue's own "The", capitalised inside a sentence.
  std::size_t own_the = kNone;
  if (venue && Equals(Key(first), "the") && first + 1 < i && Equals(TextOf(first), "The") &&
      !SentenceStart(first))
    own_the = first;
  while (first < i && (Equals(Key(first), "the") || Facts(first).title())) ++first;
  if (first == i) return;
  // "the Lice district", "Tepecik village": before the name of a settlement
  // or an administrative area, a capitalised word inside a sentence is a
  // name even when it is also a common word.
  const bool settlement = !Equals(area, "estate") && !Equals(area, "area") && !Equals(area, "ward");
  bool distinctive = false;
  for (std::size_t k = first; k < i; ++k) {
    if (IsNotPlace(k)) return;
    distinctive = distinctive || Distinctive(k, !settlement || SentenceStart(first));
  }
  if (!distinctive) return;
  // The rule names the area word: "name+estate", "name+area" ...
  std::string_view rule = "name+area";
  if (Equals(area, "estate")) rule = "name+estate";
  if (Equals(area, "district")) rule = "name+district";
  if (Equals(area, "ward")) rule = "name+ward";
  if (settlement && !Equals(area, "district")) rule = "name+settlement";
  if (venue) rule = "name+venue";
  // Before the words of trades and faiths, one word alone is as often what
  // kind the place is ("a Nigerian restaurant", "the Methodist church", "the
  // Tesco shop"): a name needs two words, a possessive or its own "The".
  if (venue && !Equals(area, "pub") && !Equals(area, "club") && !Equals(area, "prison") &&
      first + 1 == i && !toks_[first].possessive && own_the == kNone)
    return;
  if (own_the != kNone) first = own_the;
  Add(first, i - 1, "PLACE", rule, 0.75);
  if (toks_[i - 1].possessive) found_.back().possessive = true;  // "St Antony's parish"
}

void UnitScan::FindListedPlace(std::size_t i) {
  int max = Facts(i).max_phrase_tokens();
  if (toks_[i].possessive) max = lex_.MaxPhraseTokens(PossessiveKey(i));
  if (max == 0) return;
  for (int n = std::min<int>(max, static_cast<int>(toks_.size() - i)); n >= 1; --n) {
    const std::size_t last = i + static_cast<std::size_t>(n) - 1;
    if (!IsWord(last) || !Free(i, last)) continue;
    // No listed phrase ends at `last`: spare folding and looking up the key.
    if (n > 1 && !Facts(last).phrase_end()) continue;
    const std::string_view key = PhraseKeyOf(i, last);
    if (key.empty()) continue;
    const std::uint8_t kind = lex_.PhraseKindOf(key);
    if (kind & kNotPlace) {
      // "Northern Ireland", "Great Britain": no place, and no word of it
      // starts one ("Ireland" alone would). A compass word alone stays free
      // to join the place after it ("South Cumbria").
      if (n > 1 || !KeyIn(kCompassWords, i))
        for (std::size_t k = i; k <= last; ++k) used_[k] = 1;
      return;
    }
    if ((kind & (kGbPlace | kCountry | kRegion)) == 0) continue;
    // "Mr Kent", "Shannon Preston": a person's name, not a place.
    if (i > 0 && IsCapWord(i - 1) && SameLine(i) &&
        (Facts(i - 1).title() || (Facts(i - 1).given() && !IsNotPlace(i - 1)))) {
      return;
    }
    bool ambiguous = true;
    for (std::size_t k = i; k <= last; ++k) {
      if (!IsWord(k)) continue;
      const int c = Common(k);
      if (c == 0 || c >= (n == 1 ? 50 : 36)) ambiguous = false;
    }
    const bool given = n == 1 && Facts(i).given();
    const bool after_preposition =
        i > 0 && IsLowerWord(i - 1) && SameLine(i) &&
        (OneOf(kPlacePrepositions, Lower(i - 1)) || Equals(Lower(i - 1), "to") ||
         (Equals(Lower(i - 1), "of") && !ambiguous));
    const bool start = SentenceStart(i);
    double score;
    if (after_preposition) {
      score = ambiguous ? 0.8 : 0.9;
    } else if (ambiguous) {
      if (start || toks_[i].all_caps) return;
      score = 0.6;
    } else {
      score = toks_[i].all_caps ? 0.7 : (start ? 0.75 : 0.8);
      if (given) score = 0.6;
    }
    const char* rule = (kind & kGbPlace)   ? "dictionary-place"
                       : (kind & kCountry) ? "dictionary-country"
                                           : "dictionary-region";
    Add(i, last, "PLACE", rule, score);
    return;
  }
}

bool UnitScan::IsGbPlaceWord(std::size_t k) {
  return IsCapWord(k) && !toks_[k].possessive && Facts(k).max_phrase_tokens() != 0 &&
         IsListedGbPlace(k);
}

void UnitScan::FindHospitalShortName(std::size_t i) {
  if (used_[i]) return;
  const bool capitalised_after = IsCapWord(i + 1) && SameLine(i + 1);
  // "Salford Royal", "Trafford General".
  if (i > 0 && SameLine(i) && !capitalised_after && !used_[i - 1] && IsGbPlaceWord(i - 1) &&
      !(i > 1 && IsCapWord(i - 2) && SameLine(i - 1))) {
    Add(i - 1, i, "HOSPITAL", "hospital-short-name", 0.75);
    return;
  }
  // "Royal Oldham", unless the lists know the pair as a town ("Royal Leamington Spa").
  if (!Equals(TextOf(i), "Royal") || !SameLine(i + 1) || used_[i + 1] || !IsGbPlaceWord(i + 1))
    return;
  if (IsCapWord(i + 2) && SameLine(i + 2)) return;
  if (i > 0 && IsCapWord(i - 1) && SameLine(i) && !Equals(Lower(i - 1), "The")) return;
  phrase_.assign("royal ");
  phrase_ += Key(i + 1);
  if (lex_.PhraseKindOf(phrase_) != 0) return;
  Add(i, i + 1, "HOSPITAL", "hospital-short-name", 0.75);
}

void UnitScan::FindHospitalWard(std::size_t i) {
  if (used_[i] || i < 2) return;
  auto preposition = [&](std::size_t k) {
    // ("in Ward 7 fracture clinic", "Gate 8A then Elgar Ward".)
    return IsLowerWord(k) && SameLine(k + 1) &&
           (Equals(Lower(k), "on") || Equals(Lower(k), "to") || Equals(Lower(k), "onto") ||
            Equals(Lower(k), "from") || Equals(Lower(k), "at") || Equals(Lower(k), "in") ||
            Equals(Lower(k), "then"));
  };
  // "Ward F12", "Ward 7B": a code after the word.
  const std::size_t next = i + 1;
  // (Or after a comma, a bracket or a form's label: "Raigmore Hospital, Ward
  // 2C, then HDU", "Barnsley Hospital (Ward 33)", "Ward: Ward 3".)
  if ((preposition(i - 1) || IsPunct(i - 1, ',') || IsPunct(i - 1, ':') || IsPunct(i - 1, '(')) &&
      next < toks_.size() && SameLine(next) && toks_[next].space_before && !used_[next]) {
    const std::string_view code = TextOf(next);
    bool digit = false, letters_or_digits = !code.empty() && code.size() <= 4;
    for (char c : code) {
      digit = digit || (c >= '0' && c <= '9');
      letters_or_digits = letters_or_digits && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }
    std::size_t last = next;
    // "F12" is a word "F" then the number "12".
    if (!digit && code.size() == 1 && next + 1 < toks_.size() &&
        toks_[next + 1].kind == TokenKind::kNumber && !toks_[next + 1].space_before) {
      last = next + 1;
      digit = true;
    } else if (digit && next + 1 < toks_.size() && IsWord(next + 1) &&
               !toks_[next + 1].space_before && TextOf(next + 1).size() == 1 &&
               toks_[next + 1].capitalised) {
      last = next + 1;  // "2C" is the number "2" then the word "C"
    }
    if (digit && letters_or_digits) {
      Add(i, last, "HOSPITAL", "hospital-ward", 0.75);
      return;
    }
    // Welsh order, the name after the word: "admitted to Ward Dewi", "on
    // Ward Alaw", "The ward, Ward Dewi, put" (not after a form's label). One
    // capitalised word that is no ordinary word nor a kind of ward, ending
    // the name ("on Ward Sister's advice" is no ward).
    if (!IsPunct(i - 1, ':') && Distinctive(next, true) && Common(next) == 0 &&
        !KeyIn(kWardKinds, next) && !toks_[next].possessive &&
        !(IsCapWord(next + 1) && SameLine(next + 1))) {
      Add(i, next, "HOSPITAL", "hospital-ward", 0.75);
      return;
    }
  }
  // "Pulteney Ward", "to Squirrel Ward", "Ward 3 – Squirrel Ward": one
  // capitalised word, no given name nor a kind of ward ("on Labour Ward"),
  // after a preposition or in a list.
  // A word of a ward's name: free, capitalised, distinctive, no kind of ward.
  auto name_word = [&](std::size_t k) {
    return !used_[k] && Distinctive(k, false) && !KeyIn(kWardKinds, k);
  };
  // Its first word is no given name nor title either.
  auto first_word = [&](std::size_t k) {
    return name_word(k) && !Facts(k).given() && !Facts(k).title();
  };
  const std::size_t name = i - 1;
  const bool listed = name >= 1 && (IsPunct(name - 1, ',') || IsPunct(name - 1, ':') ||
                                    IsPunct(name - 1, U'\u2013') || IsPunct(name - 1, '-'));
  if (name >= 1 && SameLine(i) && (preposition(name - 1) || listed) && first_word(name)) {
    Add(name, i, "HOSPITAL", "hospital-ward", 0.75);
    return;
  }
  // Two words: "moved to Wheal Coates Ward", "on Princess Royal Ward"; the
  // first no given name ("referred to Emily Ward" is a person) and neither a
  // kind of ward ("on Acute Medical Ward").
  const std::size_t first = i - 2;
  if (first >= 1 && SameLine(name) && SameLine(i) && toks_[name].space_before &&
      preposition(first - 1) && first_word(first) && name_word(name))
    Add(first, i, "HOSPITAL", "hospital-ward", 0.75);
}

void UnitScan::FindHospitalAcronym(std::size_t i) {
  const std::string_view w = TextOf(i);
  if (w.size() < 3 || w.size() > 5) return;
  for (char c : w)
    if (c < 'A' || c > 'Z') return;
  if (KeyIn(kNotHospitalAcronyms, i)) return;
  const std::size_t next = i + 1;
  // "WCH ED", "BRI A&E", "RVI Newcastle".
  if (IsCapWord(next) && SameLine(next) && toks_[next].space_before) {
    if (Equals(TextOf(next), "ED") ||
        (Equals(TextOf(next), "A") && IsPunct(next + 1, '&') && !toks_[next + 1].space_before)) {
      Add(i, i, "HOSPITAL", "hospital-initials", 0.75);
      return;
    }
    if (IsGbPlaceWord(next) && !used_[next] && !(IsCapWord(next + 1) && SameLine(next + 1))) {
      Add(i, next, "HOSPITAL", "hospital-initials", 0.75);
      return;
    }
  }
  // "GNCH hospital no. M2203381": the initials before its own record number.
  if (IsLowerWord(next) && SameLine(next) && Equals(Lower(next), "hospital") && IsWord(next + 1) &&
      SameLine(next + 1) && (Equals(Lower(next + 1), "no") || Equals(Lower(next + 1), "number"))) {
    Add(i, i, "HOSPITAL", "hospital-initials", 0.75);
    return;
  }
  // "transferred to LGI", "was admitted to AGH", "brought into QEH", "born
  // at the RVI", "transfer to RBHSC".
  if (w.back() != 'H' && w.back() != 'I' && w.back() != 'C') return;
  std::size_t prep = i - 1;
  if (i >= 1 && IsLowerWord(prep) && Equals(Lower(prep), "the")) --prep;
  if (prep < 1 || prep >= i || !IsLowerWord(prep) || !IsLowerWord(prep - 1) || !SameLine(i)) return;
  if (!OneOf(kIntoHospital, Lower(prep)) || !KeyIn(kTakenToHospital, prep - 1)) return;
  Add(i, i, "HOSPITAL", "hospital-initials", 0.75);
}

void UnitScan::FindPrefixHeadedName(std::size_t i) {
  const char* type = PrefixHeadType(TextOf(i));
  // "Masjid-e-Noor", "Masjid-al-Falah": the name joined on by hyphens.
  if (TextOf(i).find('-') != std::string_view::npos) {
    Add(i, i, type, "prefix-head", 0.8);
    return;
  }
  // One to four capitalised words after the head, on its line; Welsh "y",
  // "yr", "a" and Gaelic "na", "an" may join them ("Ysgol Glan y Môr").
  std::size_t last = kNone;
  for (std::size_t k = i + 1; k < toks_.size() && k <= i + 5 && SameLine(k); ++k) {
    if (!toks_[k].space_before || used_[k]) break;
    if (IsCapWord(k) && !Facts(k).title()) {
      last = k;
      continue;
    }
    const bool joiner = last != kNone &&
                        (IsWelshArticle(k) ||
                         (IsLowerWord(k) && (Equals(TextOf(k), "a") || Equals(TextOf(k), "na") ||
                                             Equals(TextOf(k), "an")))) &&
                        IsCapWord(k + 1) && SameLine(k + 1);
    if (!joiner) break;
  }
  if (last == kNone) return;
  Add(i, last, type, "prefix-head", 0.8);
}

void UnitScan::FindWelshPlaceName(std::size_t i) {
  std::size_t last = i;
  if (!IsWelshJoinedName(TextOf(i))) {
    last = i + 1;
    // "Maes y Dref", "Glan y Môr", "Pen yr Heol": the article between words.
    if (IsWelshArticle(last) && SameLine(last) && toks_[last].space_before && !toks_[i].possessive)
      ++last;
    if (!IsCapWord(last) || !SameLine(last) || !toks_[last].space_before || used_[last] ||
        toks_[i].possessive || Facts(last).title() || Facts(last).street() != 0)
      return;
  }
  // "27 Maes-y-Deri": with a house number, an address.
  if (i > 0 && toks_[i - 1].kind == TokenKind::kNumber && !used_[i - 1] && SameLine(i) &&
      toks_[i].space_before) {
    Add(i - 1, last, "ADDRESS", "number+welsh-name", 0.8);
    return;
  }
  Add(i, last, "PLACE", "welsh-place-name", last == i ? 0.75 : 0.7);
}

bool UnitScan::FindHouseNumberAlone(std::size_t i) {
  if (i < 2 || TextOf(i).size() > 3) return false;
  std::size_t no = i - 1;
  const bool dot = IsPunct(no, '.') && !toks_[no].space_before;
  if (dot) --no;
  // "No. 14", "No 14", "number 14", and in lower case with its dot "no. 49".
  if (!IsWord(no) || !(Equals(TextOf(no), "No") || (dot && Equals(TextOf(no), "no")) ||
                       (Equals(TextOf(no), "number") && no == i - 1)))
    return false;
  if (no == 0 || !IsLowerWord(no - 1) || !SameLine(i) || used_[no] ||
      !OneOf(kHouseNumberPrepositions, Lower(no - 1)))
    return false;
  std::size_t last = i;
  if (IsWord(i + 1) && !toks_[i + 1].space_before && TextOf(i + 1).size() == 1) ++last;  // "14a"
  // Then the sentence or the clause ends ("at number 3 in the list" is none).
  const std::size_t next = last + 1;
  if (next < toks_.size() && SameLine(next) &&
      !(IsPunct(next, '.') || IsPunct(next, ',') || IsPunct(next, ';') || IsPunct(next, ')') ||
        IsPunct(next, ':')))
    return false;
  Add(no, last, "ADDRESS", "house-number", 0.75);
  return true;
}

void UnitScan::FindSaintsName(std::size_t i) {
  const std::size_t name = i + 1;
  if (!toks_[name].possessive || !SameLine(name) || !toks_[name].space_before || used_[name] ||
      (IsCapWord(name + 1) && SameLine(name + 1)))
    return;
  Add(i, name, "ORGANISATION", "saint's-name", 0.7);
  found_.back().possessive = true;
}

bool UnitScan::PublicWordsIn(std::size_t first, std::size_t last) {
  for (std::size_t k = first; k <= last; ++k)
    if (IsWord(k) && (Facts(k).public_head() || Facts(k).uk_service_word() || Facts(k).title()))
      return true;
  return false;
}

void UnitScan::FindAfterPreposition(std::size_t i) {
  // CollectStarts() saw a place context at i and a capitalised word after it.
  const std::size_t first = i + 1;
  // "at The Greyhound", "at The Whalers' Rest": a name's own "The" after
  // "at" (not "in The Guardian", a paper's) makes a name of common words.
  // (Another rule may have claimed "The" as no place alone: the run starts
  // after it, the mention with it.)
  const bool own_the = IsWord(i) && Equals(Key(i), "at") && first + 1 < toks_.size() &&
                       OwnThe(first, first + 2) && !used_[first + 1];
  std::size_t last = CapitalisedRunEnd(own_the ? first + 1 : first, 4);
  if (last == kNone) return;
  // "at St Bede's", "from St Mary's": a school, church or hospital called
  // by its saint's name alone.
  if (toks_[last].possessive && last == first + 1 &&
      (Equals(Key(first), "st") || Equals(Key(first), "saint")) &&
      !(IsCapWord(last + 1) && SameLine(last + 1))) {
    Add(first, last, "ORGANISATION", "saint's-name", 0.7);
    found_.back().possessive = true;
    return;
  }
  if (toks_[last].possessive) return;
  // A person's possessive ("at Shannon's house") or a name with a title is none.
  const std::size_t from = own_the ? first + 1 : first;
  bool distinctive = own_the;
  for (std::size_t k = from; k <= last; ++k) {
    if (!IsWord(k)) continue;
    if (Facts(k).title() || IsNotPlace(k) || toks_[k].all_caps) return;
    // "Bruising in Non-Mobile Babies", "in Post-Natal Care": a prefix of
    // English words, in a title written in capitals.
    const std::string_view w = TextOf(k);
    for (std::string_view prefix : {"Non-", "Anti-", "Pre-", "Post-", "Multi-", "Self-", "Inter-",
                                    "Cross-", "Sub-", "Co-", "Over-", "Under-"})
      if (w.size() > prefix.size() && w.substr(0, prefix.size()) == prefix) return;
    if (Distinctive(k, true)) {
      distinctive = true;
    } else if (distinctive && Common(k) > 0 && Common(k) <= 35 && PublicWordsIn(k, last)) {
      // "Diyarbakır State Security Court": the place ends before the common
      // words of a public body's name (but "at Nisa Local", "at Mariners
      // Bar": a business's name goes on).
      last = k - 1;
      break;
    }
  }
  if (!distinctive || last < from) return;
  const double score = (first == last && Facts(first).given()) ? 0.5 : 0.65;
  Add(first, last, "PLACE", "preposition+capitalised", score);
}

// The buffers of this thread, reused for every unit. Reached through a call:
// with the scan inlined, a plugin (a shared library) asked __tls_get_addr for
// them at every access.
[[gnu::noinline]] Workspace& ThreadWorkspace() {
  thread_local Workspace workspace;
  return workspace;
}

}  // namespace

void PlaceFinder::Find(std::string_view text, std::vector<Mention>& out) const {
  UnitScan scan(lexicon_, text, ThreadWorkspace());
  scan.Run(out);
}

}  // namespace anonymiser::places
