#include "text/interned.h"

#include <functional>
#include <mutex>
#include <string>
#include <unordered_set>

namespace anonymiser::text {

namespace {

// Looks strings up by view: no string is made for one already pooled.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

std::string_view Intern(std::string_view s) {
  // Nodes of an unordered_set never move, so views of its strings stay valid.
  static std::mutex mu;
  // Never destroyed: views outlive exit.
  static auto* pool = new std::unordered_set<std::string, ViewHash, std::equal_to<>>();
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = pool->find(s); it != pool->end()) return *it;
  return *pool->emplace(s).first;
}

}  // namespace anonymiser::text
