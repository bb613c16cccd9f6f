// Finds person names in a unit of text: the rules of the redact-names plugin.
#pragma once

#include <string_view>
#include <vector>

#include "anonymiser/mention.h"
#include "name_lexicon.h"

namespace anonymiser::names {

// Finds PERSON mentions in every form a draft uses: title + name ("Ms Okafor",
// "DC Jane Smith"), given + family, initials ("J. Okafor"), a given or family
// name alone, hyphenated and prefixed names, ALL-CAPS headings, names at the
// start of a sentence. A word that is both a name and an ordinary word
// ("Grace", "Will") counts only with context: a title, a neighbouring name, a
// verb of person ("said"), kinship ("her son Will"), an apposition
// ("Grace, the mother,"), or a confident mention of the same name elsewhere in
// the unit. Spans never include a possessive 's / ’s.
class NameFinder {
 public:
  // `lexicon` must outlive the finder.
  explicit NameFinder(const NameLexicon& lexicon) : lexicon_(lexicon) {}

  // Appends to `out` the PERSON mentions of `text` (byte offsets), each with
  // its rule, a score in [0, 1] (below 0.5: probably not a name) and the
  // attributes it knows of "title", "given", "family", "gender" ("f"/"m").
  // Safe to call concurrently; does not throw (except on allocation failure).
  void Find(std::string_view text, std::vector<Mention>& out) const;

 private:
  const NameLexicon& lexicon_;
};

}  // namespace anonymiser::names
