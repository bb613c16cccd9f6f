// Given-name short forms ("Bill" for "William"), for linking persons.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace anonymiser {

class Nicknames {
 public:
  // An empty table: no two different names are equivalent.
  Nicknames() = default;

  // Reads `file` (lines "formal<TAB>short,short,..." of folded names, #
  // comments). A missing file gives an empty table; a malformed line throws
  // Error(kConfig) naming the file and line.
  static Nicknames Load(const std::filesystem::path& file);

  // True if folded given names `a` and `b` are the same or one is a short
  // form of the other, or both are short forms of one formal name.
  bool Equivalent(const std::string& a, const std::string& b) const;

 private:
  // Name -> the formal names it belongs to (sorted, unique).
  std::unordered_map<std::string, std::vector<std::string>> formal_of_;
};

}  // namespace anonymiser
