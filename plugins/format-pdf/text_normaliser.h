// Normalises text extracted from a PDF so it reads as people read it.
#pragma once

#include <string>
#include <string_view>

namespace anonymiser::pdf {

class TextNormaliser {
 public:
  // Returns `utf8` in Unicode NFKC (ligatures such as U+FB01 become "fi",
  // no-break spaces become spaces, full-width forms become ASCII ...), with
  // soft hyphens, zero-width characters and control characters other than
  // line feed and form feed removed, tabs turned into spaces, and invalid
  // UTF-8 replaced by U+FFFD. Never throws on any input.
  static std::string Normalise(std::string_view utf8);
};

}  // namespace anonymiser::pdf
