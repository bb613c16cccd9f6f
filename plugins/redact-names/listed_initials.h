// Initials standing for people in minutes and action lists: "Present: JS
// (Chair), AB, Priya Nair, CD. Apologies: EF.", "Action: JS to write to the
// family". Outside such a line two capitals are far more often an acronym
// (GP, HR, LA), so they are taken only there; the core then finds the same
// initials, in capitals, elsewhere in the document.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "anonymiser/mention.h"

namespace anonymiser::names {

// Appends to `out` a PERSON mention (rule "listed-initials", score 0.8) for
// every word of two or three capital ASCII letters ("JS", "ABC") on a line
// that starts with an attendance or action label ("Present:", "Attendees:",
// "In attendance:", "Apologies:", "Absent:", "Action:", "Actions:",
// "Distribution:", "cc:"), outside brackets ("JS (SW)" takes "JS", not the
// role) and other than a few acronyms of roles and bodies ("GP", "SW", "HR",
// "LA", "NHS" ...). Mentions are in text order; `text` is one unit.
void FindListedInitials(std::string_view text, std::vector<Mention>& out);

// Appends to `out` a PERSON mention (rule "bracketed-initials", score 0.85)
// for initials in brackets right after a person's name, the way minutes
// introduce people: "Hope Ramsay (HR) – Social Worker", "DC Rhys Llewellyn
// (RL)", "William \"Bill\" Hargreaves (BH)". Two to four capital ASCII letters
// count when the last is the initial of the name's last word and the first
// the initial of a capitalised word of the name's line before it, even when
// they spell an acronym ("HR"): the core then finds them wherever else the
// minutes write them ("HR confirmed ..."). `names` are the PERSON mentions
// found in `text` (one unit), in any order.
void FindBracketedInitials(std::string_view text, std::span<const Mention> names,
                           std::vector<Mention>& out);

// Appends to `out` a PERSON mention (rule "initials-key", score 0.85) for the
// initials that start a line of a key to them, before a dash, colon or "="
// and a person's name: "JHW – Jane Hallworth, Designated Safeguarding Lead",
// "RK: Rashid Khan". Two to four capital ASCII letters count when the first
// is the initial of a word of the name (the others need not be: staff often
// keep initials the name does not spell) and they are not one of the
// acronyms of roles and bodies. `names` are the PERSON mentions found in
// `text` (one unit), in any order.
void FindInitialsKey(std::string_view text, std::span<const Mention> names,
                     std::vector<Mention>& out);

// Appends to `out` a PERSON mention (rule "role-initials", score 0.8) for
// two or three capital ASCII letters in brackets right after a family role,
// the way reviews name the members of a family: "Father (KL)", "Mother (SM)
// and her partner (DB)", "Paternal grandmother (JT)", other than acronyms of
// roles, bodies and plans ("Mother (CP)", "his brother (YP)"). `text` is one unit.
void FindRoleInitials(std::string_view text, std::vector<Mention>& out);

}  // namespace anonymiser::names
