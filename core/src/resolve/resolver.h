// Stage 3 of the pipeline: turns overlapping candidate mentions into a clean
// list of spans to replace.
#pragma once

#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/mention.h"
#include "detect/type_registry.h"
#include "resolve/policy.h"

namespace anonymiser {

class Resolver {
 public:
  // `types` must outlive the resolver.
  Resolver(const TypeRegistry& types, Policy policy);

  // Returns the mentions of `text` to replace, sorted and non-overlapping.
  // Keep spans that survive are in the list too (their type's treatment is
  // kKeep): they replace nothing, but later stages must not put a
  // replacement inside them. The rules, in order:
  //  1. mentions below the threshold, of a disabled type, or whose folded
  //     text is on the user's keep list are dropped;
  //  2. a kKeep mention (when the policy honours them) removes every other
  //     mention lying wholly inside it;
  //  3. of two overlapping mentions the longer wins (then the higher score);
  //     if the loser sticks out of the winner, the winner grows to cover
  //     both, so no part of either is left in clear;
  //  4. a keep span overlapping a surviving mention is dropped (the mention
  //     sticks out of it, and recall comes first).
  // Thread-safe.
  std::vector<Mention> Resolve(const std::string& text, std::vector<Mention> mentions) const;

  const Policy& policy() const { return policy_; }

 private:
  const TypeRegistry& types_;
  Policy policy_;
};

}  // namespace anonymiser
