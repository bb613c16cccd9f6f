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
// nickname is then part of the name; or one to three capitalised words in
// quotes opening brackets after the name, before ")" or ",": Kane Hunter
// ("K-Dot", 23), Mohamed Abdullahi ("Moe Bandz"). A quoted word elsewhere
// ("the 'Hope' project") is left alone. `names` are the PERSON mentions found in `text`
// (one unit), in any order.
void FindQuotedNicknames(std::string_view text, std::span<const Mention> names,
                         std::vector<Mention>& out);

// Appends to `out` a PERSON mention (rule "named-in-quotes", score 0.85) for
// the one to four words in quotes that a naming phrase puts before them:
// known as "Smokey", known locally as the ‘Benny line’, nicknamed "Bogs",
// the nickname "Shaggy", a.k.a. "J-Boss", went by "Little D", called him
// "Shaggy", calls himself "Tiny", was called "Little D" (after a pronoun or a
// capitalised word), and a further nickname joined by "or", "and" or a comma
// (known as "J-Boss" or "Boss"). After the weaker "always" or "our" the words
// must start with a capital ("he was always 'Trouble'"). Ordinary words count
// here ("Bogs", "Trouble"): the phrase, not a name list, says they name
// someone. Names of things in quotes ("a policy called 'Think Family'") and
// the report's own pseudonyms and roles (will be known as "Child M",
// referred to as "Pupil B", known as "the perpetrator") are left alone.
void FindNamedInQuotes(std::string_view text, std::vector<Mention>& out);

// Appends to `out` a PERSON mention (rule "nickname-key", score 0.85) for
// the one to three words in quotes that open a line (after a bullet) before
// a colon or dash and a PERSON mention of `names`, as a review lists who is
// who: `- "Ghost": Reece Flanagan-Oyelowo, 17`, `"Little D" – Dylan Hughes`,
// and those joined to them by "or" (`"Bigz" or "Big J": Jordan Carragher`).
// The words start with a capital and are no house style (`"Child M": ...`).
// `names` are the PERSON mentions found in `text` (one unit), in any order.
void FindNicknameKeys(std::string_view text, std::span<const Mention> names,
                      std::vector<Mention>& out);

}  // namespace anonymiser::names
