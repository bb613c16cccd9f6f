#include "cli/common_options.h"

#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

#include <algorithm>

#include "anonymiser/error.h"

namespace anonymiser::cli {

using Poco::Util::Option;

namespace {

bool Has(const std::vector<std::string>& groups, const char* g) {
  return std::find(groups.begin(), groups.end(), g) != groups.end();
}

std::pair<std::string, std::string> SplitAssignment(const std::string& option,
                                                    const std::string& value) {
  auto eq = value.find('=');
  if (eq == std::string::npos || eq == 0)
    throw Error(ErrorCode::kUsage, "--" + option + " takes KEY=VALUE, not '" + value + "'");
  return {value.substr(0, eq), value.substr(eq + 1)};
}

}  // namespace

void CommonOptions::Define(Poco::Util::OptionSet& o, const std::vector<std::string>& groups) {
  if (Has(groups, "plugins")) {
    o.addOption(Option("plugin-dir", "", "also load plugins from DIR (before "
                                         "$ANONYMISER_PLUGIN_PATH and the installed folder)")
                    .argument("DIR").repeatable(true));
    o.addOption(Option("dictionaries", "", "word lists folder (default: the installed "
                                           "share/anonymiser/dictionaries, or "
                                           "$ANONYMISER_DICTIONARY_PATH)")
                    .argument("DIR"));
    o.addOption(Option("plugins", "", "use only these redaction plugins (comma-separated names, "
                                      "see `anonymise plugins`)")
                    .argument("NAMES"));
  }
  if (Has(groups, "policy")) {
    o.addOption(Option("policy", "", "default: public bodies, statutes and role words are kept; "
                                     "strict: they are replaced too")
                    .argument("default|strict"));
    o.addOption(Option("threshold", "", "drop mentions scoring below X (0..1, default 0.5)")
                    .argument("X"));
    o.addOption(Option("keep", "", "words and phrases that are not identifiers, one per line "
                                   "(UTF-8; # starts a comment)")
                    .argument("FILE"));
    o.addOption(Option("style", "", "house style of an entity type, {L} is the letter, e.g. "
                                    "--style 'PERSON=Adult {L}' or --style 'ADDRESS=[address]'")
                    .argument("TYPE=PATTERN").repeatable(true));
    o.addOption(Option("disable-type", "", "never replace this entity type (e.g. AGE)")
                    .argument("TYPE").repeatable(true));
  }
  if (Has(groups, "formats")) {
    o.addOption(Option("revisions", "", "DOCX tracked changes: accept (default: deleted text is "
                                        "dropped) or redact (both sides kept, both anonymised)")
                    .argument("accept|redact"));
    o.addOption(Option("pdf-output", "", "PDF output: text (default; UTF-8, a form feed between "
                                         "pages) or pdf (a new, simply typeset PDF: one page per "
                                         "input page; the original layout, fonts and images are "
                                         "NOT kept)")
                    .argument("text|pdf"));
    o.addOption(Option("password", "", "user password for encrypted PDF files").argument("PW"));
    o.addOption(Option("set", "", "a plugin setting, e.g. --set limit.max-pages=500")
                    .argument("KEY=VALUE").repeatable(true));
  }
  if (Has(groups, "limits")) {
    o.addOption(Option("max-file-size", "", "refuse input files larger than this (default 512M; "
                                            "suffix k, M, G)")
                    .argument("BYTES"));
    o.addOption(Option("max-uncompressed", "", "refuse DOCX files inflating to more than this "
                                               "(default 1G)")
                    .argument("BYTES"));
    o.addOption(Option("max-xml-depth", "", "refuse XML nested deeper than this (default 256)")
                    .argument("N"));
    o.addOption(Option("max-pages", "", "refuse PDF files with more pages than this "
                                        "(default 10000)")
                    .argument("N"));
    o.addOption(Option("timeout", "", "give up a file that takes longer than this (default 300): "
                                      "it fails with no output and the rest go on. Checked "
                                      "between stages and between text units; one plugin call "
                                      "is never interrupted, so a file may run over by as long "
                                      "as its slowest single call")
                    .argument("SECONDS"));
  }
  if (Has(groups, "case")) {
    o.addOption(Option("case", "", "the case file holding pseudonyms shared by every document "
                                   "of a case (default: OUTDIR/case.anoncase). It is the "
                                   "re-identification key: it is created readable by its owner "
                                   "only; keep it apart from the published documents")
                    .argument("FILE"));
    o.addOption(Option("known", "", "known identities to add to the case first: CSV with the "
                                    "header original,pseudonym[,type], e.g. \"Jade Brennan,Mother\"")
                    .argument("FILE.csv"));
    o.addOption(Option("dates", "", "date policy, kept in the case: generalise (default: "
                                    "\"14 June 2020\" -> \"June 2020\"), shift (one random offset "
                                    "per case, intervals kept), keep, redact")
                    .argument("POLICY"));
    o.addOption(Option("ages", "", "age policy, kept in the case: keep (default) or band "
                                   "(\"aged 17\" -> \"aged 15-19\")")
                    .argument("keep|band"));
  }
  if (Has(groups, "jobs")) {
    o.addOption(Option("jobs", "j", "worker threads (default: the number of cores)")
                    .argument("N"));
  }
}

bool CommonOptions::Handle(const std::string& name, const std::string& value) {
  if (name == "plugin-dir") {
    plugin_dirs.emplace_back(value);
  } else if (name == "dictionaries") {
    dictionary_dir = value;
  } else if (name == "plugins") {
    Poco::StringTokenizer tok(value, ",", Poco::StringTokenizer::TOK_TRIM |
                                             Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    only_plugins.assign(tok.begin(), tok.end());
  } else if (name == "policy") {
    if (value == "strict")
      policy.honour_keep = false;
    else if (value == "default")
      policy.honour_keep = true;
    else
      throw Error(ErrorCode::kUsage, "--policy takes default or strict, not '" + value + "'");
  } else if (name == "threshold") {
    try {
      policy.threshold = std::stod(value);
    } catch (const std::exception&) {
      throw Error(ErrorCode::kUsage, "--threshold takes a number from 0 to 1, not '" + value + "'");
    }
  } else if (name == "keep") {
    keep_file = value;
  } else if (name == "style") {
    auto [k, v] = SplitAssignment(name, value);
    styles[Poco::toUpper(k)] = v;
  } else if (name == "disable-type") {
    policy.disabled_types.insert(Poco::toUpper(value));
  } else if (name == "revisions") {
    if (value != "accept" && value != "redact")
      throw Error(ErrorCode::kUsage, "--revisions takes accept or redact, not '" + value + "'");
    settings.Set("revisions", value);
  } else if (name == "pdf-output") {
    if (value != "text" && value != "pdf")
      throw Error(ErrorCode::kUsage, "--pdf-output takes text or pdf, not '" + value + "'");
    settings.Set("pdf.output", value);
  } else if (name == "password") {
    settings.Set("password", value);
  } else if (name == "set") {
    auto [k, v] = SplitAssignment(name, value);
    settings.Set(k, v);
  } else if (name == "max-file-size") {
    settings.Set("limit.max-file-size", value);
    settings.GetInt("limit.max-file-size", 0);  // validates
  } else if (name == "max-uncompressed") {
    settings.Set("limit.max-uncompressed", value);
    settings.GetInt("limit.max-uncompressed", 0);
  } else if (name == "max-xml-depth") {
    settings.Set("limit.max-xml-depth", value);
    settings.GetInt("limit.max-xml-depth", 0);
  } else if (name == "max-pages") {
    settings.Set("limit.max-pages", value);
    settings.GetInt("limit.max-pages", 0);
  } else if (name == "timeout") {
    double seconds = 0;
    try {
      std::size_t used = 0;
      seconds = std::stod(value, &used);
      if (used != value.size()) seconds = 0;
    } catch (const std::exception&) {
      seconds = 0;
    }
    if (!(seconds > 0) || seconds > 1e9)
      throw Error(ErrorCode::kUsage, "--timeout takes a number of seconds above 0, not '" +
                                         value + "'");
    timeout_seconds = seconds;
    timeout_shown = value;
  } else if (name == "case") {
    case_file = value;
  } else if (name == "known") {
    known_file = value;
  } else if (name == "dates") {
    if (value != "generalise" && value != "shift" && value != "keep" && value != "redact")
      throw Error(ErrorCode::kUsage,
                  "--dates takes generalise, shift, keep or redact, not '" + value + "'");
    case_policies["policy.DATE"] = value;
  } else if (name == "ages") {
    if (value != "keep" && value != "band")
      throw Error(ErrorCode::kUsage, "--ages takes keep or band, not '" + value + "'");
    case_policies["policy.AGE"] = value;
  } else if (name == "jobs") {
    try {
      jobs = std::stoi(value);
    } catch (const std::exception&) {
      jobs = -1;
    }
    if (jobs < 1 || jobs > 1024)
      throw Error(ErrorCode::kUsage, "--jobs takes a whole number from 1 to 1024");
  } else {
    return false;
  }
  return true;
}

}  // namespace anonymiser::cli
