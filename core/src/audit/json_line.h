// Writes a Poco JSON value as one line of compact JSON, fast: the audit log
// writes a record per replacement, and Poco's own stringify escapes strings a
// character at a time through a stream.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>

namespace anonymiser::audit {

// `object` as compact JSON: members in the object's own order (insertion
// order when made with JSON_PRESERVE_KEY_ORDER), strings escaped as JSON
// requires with UTF-8 kept as is, nested objects and arrays (held by value or
// by Ptr) written the same way, numbers in decimal, empty values as null.
std::string JsonLine(const Poco::JSON::Object& object);

}  // namespace anonymiser::audit
