// Short strings that recur by the million (entity types, plugin and rule
// names, attribute keys) stored once per process, each with a small number.
#pragma once

#include <cstdint>
#include <string_view>

namespace anonymiser::text {

// A view of a process-wide copy of `s`, equal to it, that stays valid until
// the process ends: equal strings give the same view. Thread-safe. Meant for
// a small vocabulary (names of types, plugins and rules): what is interned
// is never freed.
std::string_view Intern(std::string_view s);

// The number of the process-wide copy of `s`: equal strings get the same
// number, and Interned() of it is that copy. Thread-safe. The vocabulary holds
// at most 65,535 strings; past that, throws Error(kInternal).
std::uint16_t InternId(std::string_view s);

// The string numbered `id` by InternId(). `id` must come from InternId().
std::string_view Interned(std::uint16_t id);

}  // namespace anonymiser::text
