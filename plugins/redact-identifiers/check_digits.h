// The published validity rules of UK identifiers.
#pragma once

#include <string_view>

namespace anonymiser::identifiers {

// True when `digits` (exactly ten ASCII digits) is an NHS number whose tenth
// digit is its modulus-11 check digit (weights 10..2; a remainder giving 11
// means 0, giving 10 means the number is never issued).
bool IsValidNhsNumber(std::string_view digits);

// True when `prefix` (two upper-case letters) may begin a National Insurance
// number: neither letter D, F, I, Q, U or V, the second not O, and not one
// of the unallocated pairs BG, GB, KN, NK, NT, TN, ZZ.
bool IsValidNiPrefix(std::string_view prefix);

}  // namespace anonymiser::identifiers
