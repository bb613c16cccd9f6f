#include "link/nicknames.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "anonymiser/error.h"

namespace anonymiser {

Nicknames Nicknames::Load(const std::filesystem::path& file) {
  Nicknames n;
  std::ifstream in(file);
  if (!in) return n;
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos || tab == 0)
      throw Error(ErrorCode::kConfig, file.string() + ": line " + std::to_string(line_no) +
                                          ": expected formal<TAB>short,short");
    const std::string formal = line.substr(0, tab);
    n.formal_of_[formal].push_back(formal);
    std::stringstream shorts(line.substr(tab + 1));
    std::string s;
    while (std::getline(shorts, s, ','))
      if (!s.empty()) n.formal_of_[s].push_back(formal);
  }
  for (auto& [name, formals] : n.formal_of_) {
    std::sort(formals.begin(), formals.end());
    formals.erase(std::unique(formals.begin(), formals.end()), formals.end());
  }
  return n;
}

bool Nicknames::Equivalent(const std::string& a, const std::string& b) const {
  if (a == b) return true;
  auto ia = formal_of_.find(a), ib = formal_of_.find(b);
  if (ia == formal_of_.end() || ib == formal_of_.end()) return false;
  for (const auto& f : ia->second)
    if (std::binary_search(ib->second.begin(), ib->second.end(), f)) return true;
  return false;
}

}  // namespace anonymiser
