#include "identifiers_plugin.h"

#include "identifier_scanner.h"

namespace anonymiser::identifiers {

PluginInfo IdentifiersPlugin::info() const {
  return {"redact-identifiers", "1.0.0", PluginKind::kRedaction,
          "NHS, NI, phone, e-mail, social media handle, URL, postcode, vehicle, reference numbers, "
          "dates of birth, "
          "sums of money, nationalities, occupations, religions and languages"};
}

std::vector<TypeInfo> IdentifiersPlugin::types() const {
  return {{"NHS_NUMBER", Treatment::kLabel, "[NHS number]"},
          {"NI_NUMBER", Treatment::kLabel, "[NI number]"},
          {"PHONE", Treatment::kLabel, "[phone number]"},
          {"EMAIL", Treatment::kLabel, "[email address]"},
          {"SOCIAL_MEDIA", Treatment::kLabel, "[social media account]"},
          {"URL", Treatment::kLabel, "[link]"},
          {"POSTCODE", Treatment::kLabel, "[postcode]"},
          {"VEHICLE_REG", Treatment::kLabel, "[vehicle registration]"},
          {"VEHICLE", Treatment::kLabel, "[vehicle]"},
          {"CASE_REF", Treatment::kLabel, "[reference]"},
          {"DATE_OF_BIRTH", Treatment::kLabel, "[date of birth]"},
          {"MONEY", Treatment::kLabel, "[amount]"},
          {"DEMOGRAPHIC", Treatment::kLabel, "[nationality]"},
          {"OCCUPATION", Treatment::kLabel, "[occupation]"},
          {"RELIGION", Treatment::kLabel, "[religion]"},
          {"LANGUAGE", Treatment::kLabel, "[language]"}};
}

void IdentifiersPlugin::Find(const TextUnit& unit, std::vector<Mention>& out) const {
  ScanIdentifiers(unit.text, out);
}

}  // namespace anonymiser::identifiers
