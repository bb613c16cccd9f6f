#include "identifiers_plugin.h"

#include <algorithm>

#include "identifier_scanner.h"
#include "platform_handle.h"

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
          {"CASE_REF", Treatment::kLabel, "[reference]"},
          {"DATE_OF_BIRTH", Treatment::kLabel, "[date of birth]"},
          {"MONEY", Treatment::kLabel, "[amount]"},
          {"DEMOGRAPHIC", Treatment::kLabel, "[nationality]"},
          {"OCCUPATION", Treatment::kLabel, "[occupation]"},
          {"RELIGION", Treatment::kLabel, "[religion]"},
          {"LANGUAGE", Treatment::kLabel, "[language]"}};
}

void IdentifiersPlugin::Find(const TextUnit& unit, std::vector<Mention>& out) const {
  const std::size_t first = out.size();
  ScanIdentifiers(unit.text, out);
  const std::size_t scanned = out.size();
  FindPlatformHandles(unit.text, out);
  if (out.size() == scanned) return;
  // An account the scan took already ("@kezzap98" after "Instagram") once.
  std::vector<Mention> handles(std::make_move_iterator(out.begin() + scanned),
                               std::make_move_iterator(out.end()));
  out.resize(scanned);
  for (Mention& h : handles) {
    const bool taken =
        std::any_of(out.begin() + first, out.begin() + scanned,
                    [&](const Mention& o) { return o.begin < h.end && h.begin < o.end; });
    if (!taken) out.push_back(std::move(h));
  }
  std::sort(out.begin() + first, out.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace anonymiser::identifiers
