// What the words just before a candidate say it is: "NHS no:", "Tel.",
// "Ref:", "postcode", "DOB" ...
#pragma once

#include <cstddef>
#include <string_view>

namespace anonymiser::identifiers {

enum class Label {
  kNone,
  kNhs,        // "NHS number", "NHS no."
  kNi,         // "NI number", "National Insurance"
  kPhone,      // "tel", "telephone", "phone", "mobile", "mob", "fax", "contact number"
  kPostcode,   // "postcode", "post code"
  kVehicle,    // "registration", "reg", "vehicle", "number plate", "car"
  kReference,  // "ref", "reference", "case no", "crime number", "application no", "account",
               // "URN", "UPN", "PNC", "CRO", "passport", "driving licence", a police rank or
               // "collar" before an officer's number, a record an agency
               // numbers ("incident", "log", "job", "referral", "bleep") ...
};

struct LabelMatch {
  Label label = Label::kNone;
  // True when only spaces and punctuation (":", ".", "#", "-") separate the
  // label from `pos`, as in "Ref: ABC/1" (not "ref to the file 12345").
  bool adjacent = false;
  // True when the label is a noun that may also stand before a count ("the
  // referral 100 days later", "job 8830"): the number's next word decides.
  bool countable = false;
};

// The label that ends within the 32 bytes before `pos` on the same line,
// with at most 12 bytes between it and `pos`, or kNone. Keywords must start
// and end at word boundaries ("tel" is not in "hotel"); when several appear,
// the one nearest to `pos` wins, and a generic "no"/"number" right after a
// specific keyword ("NHS no.") keeps the specific one.
LabelMatch LabelBefore(std::string_view text, std::size_t pos);

// False when LabelBefore(text, pos) surely finds no adjacent label: the word
// of ASCII letters before `pos`, past the bytes " :.#-(" and tab, is missing
// or has the first letter, length and last letter of no keyword's last word.
// One look-up, without reading the words before it.
bool MayHaveAdjacentLabel(std::string_view text, std::size_t pos);

}  // namespace anonymiser::identifiers
