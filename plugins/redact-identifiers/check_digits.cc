#include "check_digits.h"

namespace anonymiser::identifiers {

bool IsValidNhsNumber(std::string_view digits) {
  if (digits.size() != 10) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) {
    const char c = digits[static_cast<std::size_t>(i)];
    if (c < '0' || c > '9') return false;
    sum += (c - '0') * (10 - i);
  }
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return false;
  return digits[9] == '0' + check;
}

bool IsValidNiPrefix(std::string_view prefix) {
  if (prefix.size() != 2) return false;
  const char a = prefix[0], b = prefix[1];
  if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return false;
  for (char bad : {'D', 'F', 'I', 'Q', 'U', 'V'})
    if (a == bad || b == bad) return false;
  if (b == 'O') return false;
  for (std::string_view bad : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    if (prefix == bad) return false;
  return true;
}

}  // namespace anonymiser::identifiers
