// Finds places, addresses, local institutions and businesses in a unit of
// text: the rules of the redact-places plugin.
#pragma once

#include <string_view>
#include <vector>

#include "anonymiser/mention.h"
#include "place_lexicon.h"

namespace anonymiser::places {

// Finds, in this order of precedence (a token belongs to one mention at most):
//   SCHOOL, GP_PRACTICE, HOSPITAL, NURSERY  a distinctive name + a head word
//       ("St Mary's Primary School", "Riverside Surgery", "Royal Albert Hospital");
//   ORGANISATION  a name + a company suffix ("Acme Ltd", "Patel & Sons"), or
//       the name after "employed by", "works for" ...;
//   ADDRESS  house number + street + street type ("12 Acacia Avenue"), a flat
//       or house name ("Flat 3, Rosewood Court"), or a distinctive street name;
//   PLACE  a UK town, village, city, county or area, or a country, from the
//       lists; an unknown capitalised name after "in", "at", "from", "near",
//       "moved to" ... (span = the name only); "the X estate/area".
// A place that is also a common word ("Bath", "Reading") needs a preposition
// or a capital letter in mid-sentence. Public-body names are left to the
// protect-public-bodies plugin, whose keep spans win over these.
class PlaceFinder {
 public:
  // `lexicon` must outlive the finder.
  explicit PlaceFinder(const PlaceLexicon& lexicon) : lexicon_(lexicon) {}

  // Appends the mentions of `text` (byte offsets) to `out`, each with a rule,
  // a score in [0, 1] and, for institutions, the attribute "kind". Safe to
  // call concurrently; does not throw (except on allocation failure).
  void Find(std::string_view text, std::vector<Mention>& out) const;

 private:
  const PlaceLexicon& lexicon_;
};

}  // namespace anonymiser::places
