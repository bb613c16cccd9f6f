#include "anonymiser/plugin_export.h"
#include "text_format_plugin.h"

ANONYMISER_EXPORT_PLUGIN(anonymiser::format_text::TextFormatPlugin)
