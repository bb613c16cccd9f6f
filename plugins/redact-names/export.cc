// The loadable module's entry points.
#include "anonymiser/plugin_export.h"
#include "names_plugin.h"

ANONYMISER_EXPORT_PLUGIN(anonymiser::names::NamesPlugin)
