// Initials standing for people in minutes and action lists: "Present: JS
// (Chair), AB, Priya Nair, CD. Apologies: EF.", "Action: JS to write to the
// family". Outside such a line two capitals are far more often an acronym
// (GP, HR, LA), so they are taken only there; the core then finds the same
// initials, in capitals, elsewhere in the document.
#pragma once

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

}  // namespace anonymiser::names
