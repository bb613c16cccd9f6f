#include "label_context.h"

#include <string>

namespace anonymiser::identifiers {
namespace {

struct Keyword {
  const char* word;  // lower case
  Label label;
};

constexpr Keyword kKeywords[] = {
    {"nhs", Label::kNhs},
    {"ni number", Label::kNi},
    {"ni no", Label::kNi},
    {"nino", Label::kNi},
    {"national insurance", Label::kNi},
    {"tel", Label::kPhone},
    {"telephone", Label::kPhone},
    {"phone", Label::kPhone},
    {"mobile", Label::kPhone},
    {"mob", Label::kPhone},
    {"fax", Label::kPhone},
    {"contact number", Label::kPhone},
    {"call", Label::kPhone},
    {"postcode", Label::kPostcode},
    {"post code", Label::kPostcode},
    {"registration", Label::kVehicle},
    {"reg", Label::kVehicle},
    {"vehicle", Label::kVehicle},
    {"number plate", Label::kVehicle},
    {"car", Label::kVehicle},
    {"ref", Label::kReference},
    {"reference", Label::kReference},
    {"case no", Label::kReference},
    {"case number", Label::kReference},
    {"crime no", Label::kReference},
    {"crime number", Label::kReference},
    {"crime reference", Label::kReference},
    {"incident", Label::kReference},
    {"application no", Label::kReference},
    {"application number", Label::kReference},
    {"applications nos", Label::kReference},
    {"account", Label::kReference},
    {"acc no", Label::kReference},
    {"sort code", Label::kReference},
    {"claim", Label::kReference},
    {"policy number", Label::kReference},
    {"payroll", Label::kReference},
    {"patient id", Label::kReference},
    {"hospital number", Label::kReference},
    {"membership", Label::kReference},
    {"file no", Label::kReference},
    {"our ref", Label::kReference},
    {"your ref", Label::kReference},
    {"id", Label::kReference},
    {"no", Label::kReference},
    {"nos", Label::kReference},
    {"number", Label::kReference},
};

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

LabelMatch LabelBefore(std::string_view text, std::size_t pos) {
  if (pos > text.size()) pos = text.size();
  std::size_t begin = pos > 32 ? pos - 32 : 0;
  std::string window;
  window.reserve(pos - begin);
  for (std::size_t i = begin; i < pos; ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r') window.clear();
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    window.push_back(c);
  }
  Label best = Label::kNone;
  std::size_t best_end = 0, best_len = 0;
  for (const Keyword& k : kKeywords) {
    const std::string_view w(k.word);
    std::size_t at = window.find(w);
    while (at != std::string::npos) {
      const std::size_t end = at + w.size();
      const bool starts = at == 0 || !IsLetter(window[at - 1]);
      const bool ends = end >= window.size() || !IsLetter(window[end]);
      // Nearest keyword wins; at the same end, the longer ("nhs number" over "number").
      if (starts && ends && (end > best_end || (end == best_end && w.size() > best_len))) {
        // "no"/"number" alone only count when nothing more specific is near.
        best = k.label;
        best_end = end;
        best_len = w.size();
      }
      at = window.find(w, at + 1);
    }
  }
  LabelMatch match;
  if (best == Label::kNone || window.size() - best_end > 12) return match;
  match.label = best;
  match.adjacent = true;
  for (std::size_t i = best_end; i < window.size(); ++i) {
    const char c = window[i];
    if (c != ' ' && c != ':' && c != '.' && c != '#' && c != '-' && c != '(' && c != '\t')
      match.adjacent = false;
  }
  // A generic "no"/"number" right after a specific keyword keeps the specific one.
  if (best == Label::kReference && best_len <= 6) {
    const std::string_view before(window.data(), best_end - best_len);
    for (const Keyword& k : kKeywords) {
      if (k.label == Label::kReference) continue;
      const std::string_view w(k.word);
      const std::size_t at = before.rfind(w);
      if (at == std::string::npos) continue;
      const std::size_t gap = before.size() - (at + w.size());
      if (gap <= 2 && (at == 0 || !IsLetter(before[at - 1]))) {
        match.label = k.label;
        break;
      }
    }
  }
  return match;
}

}  // namespace anonymiser::identifiers
