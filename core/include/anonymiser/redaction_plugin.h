// The interface a redaction plugin (names, places, dates, identifiers ...) implements.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/mention.h"
#include "anonymiser/plugin.h"

namespace anonymiser {

// What becomes of a mention of a type.
enum class Treatment {
  // A pseudonym from the house style with a letter assigned per case in order
  // of first appearance ("Person A", "Town B"); linked across the case.
  kEntity,
  // A fixed label for every mention ("[NHS number]", "[address]").
  kLabel,
  // The plugin rewrites the value itself (dates generalised or shifted, ages banded).
  kTransform,
  // A protected phrase (a public body, a statute): nothing inside it is
  // redacted unless the user's policy says otherwise.
  kKeep,
};

// A type a plugin may emit, with its default house style.
struct TypeInfo {
  std::string name;         // "PERSON", "SCHOOL", "NHS_NUMBER" ...
  Treatment treatment = Treatment::kEntity;
  // kEntity: pattern with {L} for the letter, e.g. "Person {L}", "School {L}".
  // kLabel: the label itself, e.g. "[NHS number]". Unused otherwise.
  std::string style;
};

// What a kTransform rewrite may depend on.
struct TransformContext {
  // The policy for this type from the case configuration, e.g. "generalise",
  // "shift", "keep", "redact" for dates; "keep" or "band" for ages.
  std::string policy;
  // For "shift": the case's offset in days (the same for every run of a case).
  long shift_days = 0;
};

class RedactionPlugin : public Plugin {
 public:
  // Every type find() may emit.
  virtual std::vector<TypeInfo> types() const = 0;

  // Appends to `out` every mention found in `unit.text`. Must be safe to call
  // concurrently on different units; must not throw on any input text.
  virtual void Find(const TextUnit& unit, std::vector<Mention>& out) const = 0;

  // For kTransform types: the replacement for `original` (the mention's text),
  // or nullopt to fall back to the type's label. Must be deterministic.
  virtual std::optional<std::string> Transform(const Mention& mention, std::string_view original,
                                               const TransformContext& context) const {
    (void)mention;
    (void)original;
    (void)context;
    return std::nullopt;
  }
};

}  // namespace anonymiser
