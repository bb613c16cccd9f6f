// Reads one input line of `anonymise detect --jsonl` quickly: a JSON object
// with an "id" (string or number) and a "text" string, in any order, other
// members ignored.
#pragma once

#include <string>
#include <string_view>

namespace anonymiser::cli {

// On success returns true, sets `id_json` to the id as JSON (a string
// re-encoded by JsonWriter, a number as written; null when absent) and `text`
// to the decoded text (escapes resolved, \u surrogate pairs joined, UTF-8).
// Returns false for anything else — invalid JSON, a missing or non-string
// "text", an id that is neither string nor number, a lone surrogate — so the
// caller can fall back to a full JSON parser for its error message.
bool ParseDetectLine(std::string_view line, std::string& id_json, std::string& text);

}  // namespace anonymiser::cli
