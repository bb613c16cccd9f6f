// A hash map keyed by strings that is searched by string_view: looking a
// word up makes no string.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace anonymiser::text {

// Hashes std::string and std::string_view alike (transparent).
struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// An unordered_map from strings to `Value` whose find() takes a string_view.
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringViewHash, std::equal_to<>>;

}  // namespace anonymiser::text
