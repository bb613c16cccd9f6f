// The byte tests every reader of this plugin uses (dates, ages, periods,
// the scan for trigger words): the shared ASCII classes of
// plugin_text/ascii.h, under this plugin's namespace.
#pragma once

#include "plugin_text/ascii.h"

namespace anonymiser::dates {

using plugin_text::AlphaRun;
using plugin_text::ApostropheAt;
using plugin_text::DigitRun;
using plugin_text::IsDigit;
using plugin_text::IsLower;
using plugin_text::IsUpper;
using plugin_text::IsWordByte;
using plugin_text::Lower;
// An ASCII letter.
constexpr bool IsLetter(char c) { return plugin_text::IsAlpha(c); }

}  // namespace anonymiser::dates
