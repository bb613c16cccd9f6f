// Mentions: what a redaction plugin finds in a unit of text.
#pragma once

#include <cstddef>
#include <map>
#include <string>

namespace anonymiser {

// One span of a unit's text that a plugin believes is an identifier (or, for
// treatment kKeep, is a protected phrase that must stay as it is).
struct Mention {
  // Byte offsets into TextUnit::text, end exclusive, on UTF-8 character
  // boundaries.
  std::size_t begin = 0;
  std::size_t end = 0;
  // The entity type, one the plugin declared in RedactionPlugin::types():
  // "PERSON", "PLACE", "ADDRESS", "DATE", "NHS_NUMBER", "PUBLIC_BODY" ...
  std::string type;
  // The rule that fired, for the audit log: "title+surname", "postcode", ...
  std::string rule;
  // Confidence in [0, 1]. The resolver drops mentions below the policy's
  // threshold and prefers higher scores when mentions overlap.
  double score = 1.0;
  // Optional hints for linking and pseudonymising, e.g. for persons
  // "title" = "Ms", "given" = "Shannon", "family" = "Okafor", "gender" = "f";
  // for places "kind" = "school", for an institution "short-form" = the part
  // of its name that names it alone ("Little Acorns" of "Little Acorns Day
  // Nursery"). Keys a consumer does not know are ignored.
  std::map<std::string, std::string> attributes;
  // Filled in by the core: the plugin that produced the mention.
  std::string plugin;
};

}  // namespace anonymiser
