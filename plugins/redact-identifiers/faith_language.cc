#include "faith_language.h"

#include <algorithm>

#include "ascii_bytes.h"

namespace anonymiser::identifiers {
namespace {

using Words = std::initializer_list<std::string_view>;

// Faiths, denominations and their adherents, capitalised as written.
constexpr std::string_view kFaithWords[] = {
    "Adventist",  "Adventists",  "Alevi",        "Alevis",       "Amish",        "Anglican",
    "Anglicans",  "Baptist",     "Baptists",     "Buddhism",     "Buddhist",     "Buddhists",
    "Catholic",   "Catholicism", "Catholics",    "Christian",    "Christianity", "Christians",
    "Coptic",     "Evangelical", "Evangelicals", "Haredi",       "Hasidic",      "Hindu",
    "Hinduism",   "Hindus",      "Islam",        "Islamic",      "Jehovah",      "Jew",
    "Jewish",     "Jews",        "Judaism",      "Lutheran",     "Lutherans",    "Methodist",
    "Methodists", "Mormon",      "Mormons",      "Moslem",       "Moslems",      "Muslim",
    "Muslims",    "Orthodox",    "Pentecostal",  "Pentecostals", "Presbyterian", "Presbyterians",
    "Protestant", "Protestants", "Quaker",       "Quakers",      "Rastafarian",  "Rastafarians",
    "Religious",  "Salafi",      "Salafist",     "Shia",         "Shiite",       "Sikh",
    "Sikhism",    "Sikhs",       "Sunni",        "Yazidi",       "Yazidis",      "Zoroastrian"};

// Languages a review may record as a family's own. "English", the language
// of the report, is left out on purpose.
constexpr std::string_view kLanguageWords[] = {
    "Akan",        "Albanian",   "Amharic",    "Arabic",   "Armenian",   "Azerbaijani", "Azeri",
    "Bangla",      "Belarusian", "Bengali",    "Berber",   "Bosnian",    "Bulgarian",   "Burmese",
    "Cantonese",   "Catalan",    "Chinese",    "Creole",   "Croatian",   "Czech",       "Danish",
    "Dari",        "Dutch",      "Estonian",   "Ewe",      "Farsi",      "Finnish",     "Flemish",
    "French",      "Fula",       "Gaelic",     "Georgian", "German",     "Greek",       "Gujarati",
    "Hakka",       "Hausa",      "Hebrew",     "Hindi",    "Hmong",      "Hungarian",   "Igbo",
    "Indonesian",  "Irish",      "Italian",    "Japanese", "Kannada",    "Kazakh",      "Khmer",
    "Kinyarwanda", "Kirundi",    "Korean",     "Krio",     "Kurdish",    "Kurmanji",    "Lao",
    "Latvian",     "Lingala",    "Lithuanian", "Luganda",  "Macedonian", "Malay",       "Malayalam",
    "Maltese",     "Mandarin",   "Marathi",    "Mirpuri",  "Moldovan",   "Mongolian",   "Ndebele",
    "Nepali",      "Norwegian",  "Oromo",      "Pahari",   "Pashto",     "Patois",      "Persian",
    "Polish",      "Portuguese", "Potwari",    "Punjabi",  "Romani",     "Romanian",    "Russian",
    "Serbian",     "Shona",      "Sinhala",    "Slovak",   "Slovenian",  "Somali",      "Sorani",
    "Spanish",     "Swahili",    "Swedish",    "Sylheti",  "Tagalog",    "Tajik",       "Tamil",
    "Telugu",      "Tetum",      "Thai",       "Tibetan",  "Tigrinya",   "Turkish",     "Turkmen",
    "Twi",         "Ukrainian",  "Urdu",       "Uyghur",   "Uzbek",      "Vietnamese",  "Welsh",
    "Wolof",       "Xhosa",      "Yiddish",    "Yoruba",   "Zulu"};

static_assert(std::is_sorted(std::begin(kFaithWords), std::end(kFaithWords)));
static_assert(std::is_sorted(std::begin(kLanguageWords), std::end(kLanguageWords)));

bool In(std::string_view word, Words list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}
template <std::size_t N>
bool In(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Letters of a word: ASCII letters, and hyphens and apostrophes inside it.
std::size_t WordEnd(std::string_view t, std::size_t p) {
  std::size_t e = p;
  while (e < t.size() && (IsAlpha(t[e]) || ((t[e] == '-' || t[e] == '\'') && e > p &&
                                            e + 1 < t.size() && IsAlpha(t[e + 1]))))
    ++e;
  return e;
}

// The word ending at `end` (exclusive) after one space, or "" when a
// different byte stands there or the word would start before `floor`.
std::string_view WordBefore(std::string_view t, std::size_t end, std::size_t floor = 0) {
  if (end < 2 || t[end - 1] != ' ') return {};
  std::size_t b = end - 1;
  while (b > 0 && (IsAlpha(t[b - 1]) || t[b - 1] == '-' || t[b - 1] == '\'')) --b;
  if (b < floor || (b > 0 && IsWordByte(t[b - 1]))) return {};
  return t.substr(b, end - 1 - b);
}

// The word after one space at `end`, or "".
std::string_view WordAfter(std::string_view t, std::size_t end) {
  if (end + 1 >= t.size() || t[end] != ' ') return {};
  return t.substr(end + 1, WordEnd(t, end + 1) - end - 1);
}

bool IsTitle(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return In(w, {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady"});
}

// "'s" or "’s" at `p`: its length, or 0.
std::size_t PossessiveAt(std::string_view t, std::size_t p) {
  if (t.substr(p, 2) == "'s") return 2;
  if (t.substr(p, 4) == "\xE2\x80\x99s") return 4;
  return 0;
}

// ---- religion ------------------------------------------------------------

// Nouns after "Christian" that make it the faith, not a given name.
constexpr std::string_view kFaithNouns[] = {
    "faith",       "upbringing", "family",     "families",  "church",     "churches",
    "school",      "values",     "beliefs",    "belief",    "background", "community",
    "communities", "household",  "home",       "parents",   "couple",     "group",
    "groups",      "convert",    "converts",   "charity",   "minister",   "ministers",
    "leader",      "leaders",    "festival",   "festivals", "religion",   "denomination",
    "tradition",   "traditions", "teaching",   "teachings", "marriage",   "wedding",
    "ceremony",    "burial",     "funeral",    "education", "principles", "worship",
    "prayer",      "prayers",    "fellowship", "youth",     "mission",    "missionary",
    "pastor",      "priest",     "man",        "woman",     "men",        "women",
    "mother",      "father",     "household",  "practice",  "practices"};

// Words before "Christian" that make it the faith.
constexpr std::string_view kFaithCues[] = {
    "a",          "an",  "the", "as",    "devout", "practising", "practicing",  "committed",
    "born-again", "his", "her", "their", "strong", "being",      "evangelical", "non"};

// Words before "Islam", also a family name, that make it the faith.
constexpr std::string_view kIslamCues[] = {
    "to",        "of",         "in",         "into",      "about",     "practise", "practice",
    "practised", "practising", "practicing", "follow",    "follows",   "followed", "embraced",
    "embrace",   "within",     "radical",    "political", "converted", "convert"};

bool IsFaithWord(std::string_view w) {
  return std::binary_search(std::begin(kFaithWords), std::end(kFaithWords), w);
}

bool ReligionAt(std::string_view t, std::size_t pos, std::size_t n, std::size_t floor,
                FaithLanguagePhrase* out) {
  const std::string_view word = t.substr(pos, n);
  if (!IsFaithWord(word)) return false;
  const std::string_view before = WordBefore(t, pos);
  if (IsTitle(before)) return false;  // "Mr Islam", "Ms Christian": a person
  std::size_t begin = pos;
  std::size_t end = pos + n;
  const char* rule = "religion-word";
  double score = 0.8;
  if (word == "Religious") {  // "Religious Society of Friends": the Quakers' own name
    constexpr std::string_view kFriends = " Society of Friends";
    if (t.substr(end, kFriends.size()) != kFriends) return false;
    end += kFriends.size();
    *out = {begin, end, "RELIGION", "religion-word", 0.8};
    return true;
  }
  if (word == "Jehovah") {  // "Jehovah's Witness(es)"
    const std::size_t s = PossessiveAt(t, end);
    if (s == 0) return false;
    const std::string_view witness = WordAfter(t, end + s);
    if (witness != "Witness" && witness != "Witnesses") return false;
    end += s + 1 + witness.size();
  } else {
    // "Sunni Muslim", "Orthodox Jewish": one phrase.
    for (std::string_view next = WordAfter(t, end); IsFaithWord(next) && next != "Jehovah";
         next = WordAfter(t, end))
      end += 1 + next.size();
    if (before == "Roman" && pos >= floor + 6) begin = pos - 6;
  }
  // A capitalised word after it names a body: "Catholic Church", "Jewish Care".
  const std::string_view after = WordAfter(t, end);
  if (!after.empty() && IsUpper(after[0])) return false;
  if (word == "Christian" && end == pos + n) {
    const bool non = pos >= 1 && t[pos - 1] == '-';  // "non-Christian"
    if (!non && !In(before, kFaithCues) && !In(after, kFaithNouns)) return false;
    rule = "religion-context";
    score = 0.75;
  } else if (word == "Islam" && end == pos + n) {
    if (!In(before, kIslamCues)) return false;
    rule = "religion-context";
    score = 0.75;
  }
  *out = {begin, end, "RELIGION", rule, score};
  return true;
}

// ---- language ------------------------------------------------------------

bool IsLanguageWord(std::string_view w) {
  return std::binary_search(std::begin(kLanguageWords), std::end(kLanguageWords), w);
}

// Words between a verb of speech and the language: "spoke fluent French".
constexpr std::string_view kSpeechModifiers[] = {
    "fluent",         "only",   "little", "no",     "some",          "good",   "basic",
    "limited",        "mainly", "mostly", "broken", "both",          "either", "native",
    "conversational", "poor",   "very",   "any",    "predominantly", "mainly"};
constexpr std::string_view kSpeechVerbs[] = {
    "speak",      "speaks", "spoke",  "speaking", "spoken", "understand", "understands",
    "understood", "learn",  "learns", "learning", "learnt", "learned"};
// "<first> language (is|was)? L": words before "language" that make it one's
// own.
constexpr std::string_view kOwnLanguage[] = {"first",     "main",   "native", "only", "preferred",
                                             "home",      "second", "mother", "own",  "spoken",
                                             "community", "family", "primary"};
// Words after L that say it is a language.
constexpr std::string_view kLanguageNouns[] = {
    "speaking",       "speaker",    "speakers",    "interpreter", "interpreters", "interpreting",
    "interpretation", "translator", "translators", "translation", "language",     "languages"};

// True when the words before `pos` say a language follows.
bool CueBefore(std::string_view t, std::size_t pos) {
  std::size_t at = pos;
  std::string_view w = WordBefore(t, at);
  // "language: Urdu", "language, Urdu"
  if (w.empty() && pos >= 2 && (t[pos - 2] == ':' || t[pos - 2] == ',') && t[pos - 1] == ' ') {
    std::size_t b = pos - 2;
    while (b > 0 && IsAlpha(t[b - 1])) --b;
    if (In(t.substr(b, pos - 2 - b), {"language", "languages", "Language", "Languages"}))
      return true;
  }
  for (int skipped = 0; skipped < 2 && In(w, kSpeechModifiers); ++skipped) {
    at -= w.size() + 1;
    w = WordBefore(t, at);
  }
  if (In(w, kSpeechVerbs)) return true;
  if (w == "language" || w == "languages" || w == "tongue") return true;
  const std::string_view w2 = WordBefore(t, at - std::min(at, w.size() + 1));
  if (w == "in" && (w2 == "fluent" || w2 == "proficient" || w2 == "interpreter" ||
                    w2 == "interpreters" || w2 == "interpreting"))
    return true;
  if (w == "for" && (w2 == "interpreter" || w2 == "interpreters")) return true;
  if (w == "into" && (w2 == "translated" || w2 == "interpreted" || w2 == "translation"))
    return true;
  if ((w == "is" || w == "was" || w == "being" || w == "are" || w == "were") &&
      (w2 == "language" || w2 == "languages" || w2 == "tongue"))
    return true;
  return false;
}

// True when the words after `end` say the phrase before it is a language:
// "-speaking", " interpreter", " is her first language".
bool CueAfter(std::string_view t, std::size_t end) {
  if (end < t.size() && t[end] == '-') {
    const std::string_view w = t.substr(end + 1, WordEnd(t, end + 1) - end - 1);
    return w == "speaking" || w == "speaker" || w == "speakers";
  }
  std::string_view w = WordAfter(t, end);
  if (In(w, kLanguageNouns)) return true;
  if (w != "is" && w != "was" && w != "being" && w != "as") return false;
  // "... is (Mother's|her|the family's) first language": up to five more words.
  std::string_view previous;
  std::size_t p = end + 1 + w.size();
  for (int k = 0; k < 6; ++k) {
    std::size_t e = p + 1;
    if (p >= t.size() || t[p] != ' ') return false;
    e = WordEnd(t, p + 1);
    if (e == p + 1) return false;
    e += PossessiveAt(t, e) == 4 ? 4 : 0;  // "Mother’s": WordEnd stops at the curly apostrophe
    const std::string_view word = t.substr(p + 1, e - p - 1);
    if ((word == "language" || word == "tongue") && In(previous, kOwnLanguage)) return true;
    previous = word;
    p = e;
  }
  return false;
}

bool LanguageAt(std::string_view t, std::size_t pos, std::size_t n, FaithLanguagePhrase* out) {
  if (!IsLanguageWord(t.substr(pos, n))) return false;
  // "Urdu, Punjabi and Pahari", "Polish or Russian": one phrase.
  std::size_t end = pos + n;
  for (;;) {
    std::size_t p = end;
    if (t.substr(p, 2) == ", ")
      p += 2;
    else if (t.substr(p, 5) == " and ")
      p += 5;
    else if (t.substr(p, 4) == " or ")
      p += 4;
    else
      break;
    if (t.substr(p, 4) == "and ") p += 4;  // "Urdu, Punjabi, and Pahari"
    const std::size_t e = WordEnd(t, p);
    if (e == p || !IsLanguageWord(t.substr(p, e - p))) break;
    end = e;
  }
  if (!CueBefore(t, pos) && !CueAfter(t, end)) return false;
  *out = {pos, end, "LANGUAGE", "language-context", 0.8};
  return true;
}

}  // namespace

const std::array<std::array<std::uint32_t, 16>, 26> kFaithLanguageGate = [] {
  std::array<std::array<std::uint32_t, 16>, 26> gate{};
  const auto add = [&](std::string_view w) {
    if (w.size() < 16)
      gate[static_cast<std::size_t>(w[0] - 'A')][w.size()] |= 1u << (w.back() - 'a');
  };
  for (std::string_view w : kFaithWords) add(w);
  for (std::string_view w : kLanguageWords) add(w);
  return gate;
}();

bool FaithOrLanguageAt(std::string_view text, std::size_t pos, std::size_t n, std::size_t floor,
                       FaithLanguagePhrase* out) {
  if (pos < floor || !MayBeFaithOrLanguage(text, pos, n)) return false;
  return ReligionAt(text, pos, n, floor, out) || LanguageAt(text, pos, n, out);
}

}  // namespace anonymiser::identifiers
