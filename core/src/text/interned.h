// Short strings that recur by the million (entity types, plugin and rule
// names) stored once per process.
#pragma once

#include <string_view>

namespace anonymiser::text {

// A view of a process-wide copy of `s`, equal to it, that stays valid until
// the process ends: equal strings give the same view. Thread-safe. Meant for
// a small vocabulary (names of types, plugins and rules): what is interned
// is never freed.
std::string_view Intern(std::string_view s);

}  // namespace anonymiser::text
