#include "vehicle_model.h"

#include <algorithm>

#include "ascii_bytes.h"

namespace anonymiser::identifiers {
namespace {

// Makes of cars, vans and motorcycles common on UK roads, as written (two
// words for the makes that take two).
constexpr std::string_view kMakes[] = {
    "Alfa Romeo",   "Aston Martin", "Audi",       "BMW",    "Citroen",  "Citro\xC3\xABn",
    "Cupra",        "Dacia",        "Daewoo",     "Fiat",   "Ford",     "Honda",
    "Hyundai",      "Isuzu",        "Jaguar",     "Jeep",   "Kawasaki", "Kia",
    "Land Rover",   "Lexus",        "MG",         "Mazda",  "Mercedes", "Mercedes-Benz",
    "Mini",         "MINI",         "Mitsubishi", "Nissan", "Peugeot",  "Porsche",
    "Range Rover",  "Renault",      "Saab",       "SEAT",   "Seat",     "Skoda",
    "\xC5\xA0koda", "Smart",        "Subaru",     "Suzuki", "Tesla",    "Toyota",
    "Triumph",      "Vauxhall",     "Volkswagen", "VW",     "Volvo",    "Yamaha"};

// The length of the make written at `p` and ending its word, or 0.
std::size_t MakeAt(std::string_view text, std::size_t p) {
  if (p >= text.size() || !IsUpper(text[p]) || (p > 0 && IsWordByte(text[p - 1]))) return 0;
  std::size_t best = 0;
  for (std::string_view make : kMakes) {
    if (make.size() <= best || text.substr(p, make.size()) != make) continue;
    const std::size_t e = p + make.size();
    if (e < text.size() && (IsAlnum(text[e]) || text[e] == '-')) continue;
    best = make.size();
  }
  return best;
}

// The length of a word of a model at `p`: letters, digits and hyphens,
// starting with a capital or a digit ("Transit", "320d", "A-Class"); 0 for
// anything else and for "reg", "VRM".
std::size_t ModelWordAt(std::string_view text, std::size_t p, std::size_t limit) {
  if (p >= limit || !(IsUpper(text[p]) || IsDigit(text[p]))) return 0;
  std::size_t e = p;
  while (e < limit && (IsAlnum(text[e]) || text[e] == '-')) ++e;
  const std::string_view w = text.substr(p, e - p);
  if (w == "Reg" || w == "REG" || w == "VRM" || w == "Registration") return 0;
  return e - p;
}

// The make at `p` and up to two words of its model before `limit`.
VehicleModel ModelFrom(std::string_view text, std::size_t p, std::size_t make, std::size_t limit) {
  VehicleModel m{p, p + make};
  for (int k = 0; k < 2 && m.end < text.size() && text[m.end] == ' '; ++k) {
    const std::size_t w = ModelWordAt(text, m.end + 1, limit);
    if (w == 0) break;
    m.end += 1 + w;
  }
  return m;
}

}  // namespace

bool VehicleModelBefore(std::string_view text, std::size_t reg_begin, std::size_t floor,
                        VehicleModel* model) {
  const std::size_t from = reg_begin > 40 ? reg_begin - 40 : 0;
  std::size_t start = reg_begin;
  while (start > from && start > floor && text[start - 1] != '\n' && text[start - 1] != '.' &&
         text[start - 1] != ';' && text[start - 1] != '|')
    --start;
  for (std::size_t p = start; p < reg_begin; ++p) {
    const std::size_t make = MakeAt(text, p);
    if (make == 0) continue;
    // The model's words stop one space before the registration.
    *model = ModelFrom(text, p, make, reg_begin > 0 ? reg_begin - 1 : 0);
    return true;
  }
  return false;
}

bool VehicleModelAfter(std::string_view text, std::size_t reg_end, VehicleModel* model) {
  const std::size_t to = std::min(text.size(), reg_end + 12);
  for (std::size_t p = reg_end; p < to && text[p] != '\n' && text[p] != '.'; ++p) {
    const std::size_t make = MakeAt(text, p);
    if (make == 0) continue;
    *model = ModelFrom(text, p, make, text.size());
    return true;
  }
  return false;
}

}  // namespace anonymiser::identifiers
