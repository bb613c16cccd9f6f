#include "text/interned.h"

#include <array>
#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

#include "anonymiser/error.h"
#include "text/string_map.h"

namespace anonymiser::text {

namespace {

// Looked up by view: no string is made for one already pooled.
using Pool = StringMap<std::uint16_t>;

constexpr std::size_t kMaxStrings = 65535;

// Never destroyed: views outlive exit. Nodes of an unordered_map never move,
// so views of its keys stay valid.
std::mutex& PoolMutex() {
  static auto* mu = new std::mutex();
  return *mu;
}
Pool& ThePool() {
  static auto* pool = new Pool();
  return *pool;
}
// By number; an entry is published (release) after its string exists.
std::array<std::atomic<const std::string*>, kMaxStrings + 1>& ById() {
  static auto* by_id = new std::array<std::atomic<const std::string*>, kMaxStrings + 1>();
  return *by_id;
}

std::uint16_t PooledId(std::string_view s) {
  std::lock_guard<std::mutex> lock(PoolMutex());
  Pool& pool = ThePool();
  if (auto it = pool.find(s); it != pool.end()) return it->second;
  if (pool.size() >= kMaxStrings)
    throw Error(ErrorCode::kInternal, "more than 65,535 distinct type, rule and attribute names");
  const auto id = static_cast<std::uint16_t>(pool.size() + 1);
  auto it = pool.emplace(std::string(s), id).first;
  ById()[id].store(&it->first, std::memory_order_release);
  return id;
}

}  // namespace

std::uint16_t InternId(std::string_view s) {
  // Each thread remembers the numbers it has used: the shared pool is locked
  // only for a string new to the thread.
  thread_local StringMap<std::uint16_t> seen;
  if (auto it = seen.find(s); it != seen.end()) return it->second;
  const std::uint16_t id = PooledId(s);
  seen.emplace(std::string(s), id);
  return id;
}

std::string_view Interned(std::uint16_t id) { return *ById()[id].load(std::memory_order_acquire); }

std::string_view Intern(std::string_view s) { return Interned(InternId(s)); }

}  // namespace anonymiser::text
