// The byte tests every scanner of this plugin uses (identifiers, labels,
// money, nationalities, occupations, religions, languages): the shared ASCII
// classes of plugin_text/ascii.h, under this plugin's namespace.
#pragma once

#include "plugin_text/ascii.h"

namespace anonymiser::identifiers {

using plugin_text::AlphaRun;
using plugin_text::DigitRun;
using plugin_text::IsAlnum;
using plugin_text::IsAlpha;
using plugin_text::IsDigit;
using plugin_text::IsLower;
using plugin_text::IsUpper;
using plugin_text::IsWordByte;
using plugin_text::Lower;
using plugin_text::LowerRun;
using plugin_text::UpperRun;

}  // namespace anonymiser::identifiers
