#include "anonymiser/plugin_export.h"
#include "identifiers_plugin.h"

ANONYMISER_EXPORT_PLUGIN(anonymiser::identifiers::IdentifiersPlugin)
