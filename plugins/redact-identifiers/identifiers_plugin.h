// The "redact-identifiers" plugin: NHS and National Insurance numbers, phone
// numbers, e-mail and web addresses, postcodes, vehicle registrations,
// reference numbers and dates of birth, and sums of money, nationalities and
// occupations, each replaced by its label.
#pragma once

#include <vector>

#include "anonymiser/redaction_plugin.h"

namespace anonymiser::identifiers {

class IdentifiersPlugin : public RedactionPlugin {
 public:
  PluginInfo info() const override;
  // NHS_NUMBER, NI_NUMBER, PHONE, EMAIL, URL, POSTCODE, VEHICLE_REG,
  // CASE_REF, DATE_OF_BIRTH, MONEY, DEMOGRAPHIC, OCCUPATION: all kLabel with
  // the house-style label.
  std::vector<TypeInfo> types() const override;
  // See ScanIdentifiers (identifier_scanner.h) for the rules and scores.
  void Find(const TextUnit& unit, std::vector<Mention>& out) const override;
};

}  // namespace anonymiser::identifiers
