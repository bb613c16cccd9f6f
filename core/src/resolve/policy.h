// The user's choices that decide which mentions are replaced.
#pragma once

#include <set>
#include <string>

namespace anonymiser {

struct Policy {
  // Mentions scoring below this are dropped.
  double threshold = 0.5;
  // When false ("--policy strict"), kKeep spans protect nothing: every
  // mention inside a public-body name or statute is replaced too.
  bool honour_keep = true;
  // Folded phrases the user says are not identifiers (--keep FILE): a
  // mention whose folded text is one of them is dropped.
  std::set<std::string> keep_phrases;
  // Entity types never replaced (e.g. "AGE").
  std::set<std::string> disabled_types;
};

}  // namespace anonymiser
