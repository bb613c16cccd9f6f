#include "text/interned.h"

#include <mutex>
#include <string>
#include <unordered_set>

namespace anonymiser::text {

std::string_view Intern(std::string_view s) {
  // Nodes of an unordered_set never move, so views of its strings stay valid.
  static std::mutex mu;
  static auto* pool = new std::unordered_set<std::string>();  // never destroyed: views outlive exit
  std::lock_guard<std::mutex> lock(mu);
  return *pool->emplace(s).first;
}

}  // namespace anonymiser::text
