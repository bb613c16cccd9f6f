#include "anonymiser/plugin_export.h"
#include "dates_plugin.h"

ANONYMISER_EXPORT_PLUGIN(anonymiser::dates::DatesPlugin)
