// The "protect-public-bodies" plugin: marks what a published review keeps
// (kKeep): public bodies (PUBLIC_BODY), legislation and guidance
// (LEGISLATION), and role words and house-style pseudonyms (ROLE).
#pragma once

#include <bitset>
#include <vector>

#include "anonymiser/redaction_plugin.h"
#include "phrase_list.h"

namespace anonymiser::keep {

// The phrase lists the plugin matches, loaded by Configure.
struct Patterns {
  PhraseList lists;           // listed bodies, statutes and roles
  PhraseList suffixes;        // "County Council": "<place words> County Council"
  PhraseList prefixes;        // "London Borough of": "London Borough of <place words>"
  PhraseList places;          // listed UK places ("Leeds", "Greater Manchester")
  PhraseList place_suffixes;  // "Service": "<listed place> [words] Service"
  PhraseList place_prefixes;  // "NHS": "NHS <listed place>"
};

class PublicBodiesPlugin : public RedactionPlugin {
 public:
  PublicBodiesPlugin();

  PluginInfo info() const override;
  std::vector<TypeInfo> types() const override;

  // Loads keep/police_forces.txt, public_bodies.txt, legislation.txt,
  // roles.txt and body_patterns.txt, and places/gb-places.txt and
  // uk-nations.txt, from the dictionary folder. Throws
  // Error(kConfig) naming a file that is missing or malformed.
  void Configure(const PluginContext& context) override;

  // Emits, never overlapping and in text order:
  //  - "house-style-pseudonym" (ROLE): "Child M", "Baby R", "Sibling 1", "Mr X",
  //    "Person A" ... a single capital letter or number after the word, never
  //    a name ("Child Tyler") nor an initial ("Mr J. Smith");
  //  - list phrases ("police-force-list", "public-body-list",
  //    "legislation-list", "role-list");
  //  - "body-pattern" (PUBLIC_BODY): place words + a body suffix ("Northshire
  //    County Council", "Leeds Teaching Hospitals NHS Trust") or a body prefix
  //    + place words ("London Borough of Hackney", "Crown Court at Leeds"),
  //    the place inside the kept span; after a listed place, a place suffix
  //    ("Leeds Domestic Violence Service", "Cardiff Women's Aid") and listed
  //    places joined by "and" ("Leeds and York Partnership NHS Foundation
  //    Trust"); a place prefix before a listed place ("NHS Greater Manchester");
  //  - "act-pattern" (LEGISLATION): "<Capitalised words> Act [year]", also
  //    "Order", "Regulations", "Protocol", "Procedures", "Guidance" ...,
  //    bracketed words inside ("Housing (Wales) Act 2014");
  //    "section" (LEGISLATION): "section 47", "s.47", "Article 8".
  // Without Configure only the built-in patterns run.
  void Find(const TextUnit& unit, std::vector<Mention>& out) const override;

 private:
  // Sets may_start_ from lists_, prefixes_, the section words and "s", and
  // suffix_start_ from suffixes_ and place_suffixes_.
  void UpdateStartFilter();

  Patterns patterns_;
  // Bit (hash & 0xFFFF) is set for every hash a list phrase, a prefix or a
  // section word starts with, and for "s" ("s.47"): the union of their
  // filters, so that Find passes most lower-case words after one test.
  std::bitset<0x10000> may_start_;
  // Bit (hash & 0xFFFF) is set for every hash a suffix or a place suffix
  // starts with.
  std::bitset<0x10000> suffix_start_;
};

}  // namespace anonymiser::keep
