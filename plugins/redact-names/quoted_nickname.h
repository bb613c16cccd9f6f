// Nicknames written in quotes inside a person's name: William "Bill"
// Hargreaves, Margaret ‘Peggy’ Lowe. The core then finds the nickname
// wherever else the document uses it ("Bill said ...").
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "anonymiser/mention.h"

namespace anonymiser::names {

// Appends to `out` a PERSON mention (rule "quoted-nickname", score 0.85) for
// every capitalised word in straight or curly quotes ("Bill", “Bill”, 'Bill',
// ‘Bill’) that stands right after a PERSON mention of `names` (one space
// between) and right before a capitalised word (one space between): the
// nickname is then part of the name. A quoted word elsewhere ("the 'Hope'
// project") is left alone. `names` are the PERSON mentions found in `text`
// (one unit), in any order.
void FindQuotedNicknames(std::string_view text, std::span<const Mention> names,
                         std::vector<Mention>& out);

}  // namespace anonymiser::names
