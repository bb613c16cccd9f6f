// The loadable module's entry points.
#include "anonymiser/plugin_export.h"
#include "places_plugin.h"

ANONYMISER_EXPORT_PLUGIN(anonymiser::places::PlacesPlugin)
