// The PERSON mentions that the names plugin's finders beside NameFinder
// (initials in minutes, nicknames in quotes) append.
#pragma once

#include <cstddef>
#include <vector>

#include "anonymiser/mention.h"

namespace anonymiser::names {

// Appends to `out` a PERSON mention of bytes [begin, end) found by `rule`
// with `score`, and returns it (for attributes).
inline Mention& AddPersonMention(std::vector<Mention>& out, std::size_t begin, std::size_t end,
                                 const char* rule, double score) {
  Mention& m = out.emplace_back();
  m.begin = begin;
  m.end = end;
  m.type = "PERSON";
  m.rule = rule;
  m.score = score;
  return m;
}

}  // namespace anonymiser::names
