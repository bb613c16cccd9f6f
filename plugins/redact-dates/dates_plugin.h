// The "redact-dates" plugin: finds dates (DATE) and ages (AGE) and rewrites
// them under the case's date and age policies.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/redaction_plugin.h"

namespace anonymiser::dates {

class DatesPlugin : public RedactionPlugin {
 public:
  PluginInfo info() const override;
  std::vector<TypeInfo> types() const override;

  // Emits DATE mentions (rule per format: "day-month-year", "numeric-dmy",
  // "season-year", "year-in-context", "weekday", "holiday", "ordinal-day" ...)
  // and AGE mentions ("aged", "aged-list", "year-old", "years-old" ...).
  // Dates carry the attribute "precision" (day, month, season, year; weekday,
  // day-of-month, holiday for a day named without its month; time; period).
  void Find(const TextUnit& unit, std::vector<Mention>& out) const override;

  // DATE policies: "generalise" (default, also when empty), "shift" (by
  // context.shift_days), "keep", "redact" ("[date]"). AGE policies: "keep"
  // (default), "band", "redact" ("[age]"). Returns nullopt for text that is
  // not a date or age this plugin reads, or for an unknown policy.
  std::optional<std::string> Transform(const Mention& mention, std::string_view original,
                                       const TransformContext& context) const override;
};

}  // namespace anonymiser::dates
