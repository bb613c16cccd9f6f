#include "anonymiser/plugin_export.h"
#include "public_bodies_plugin.h"

ANONYMISER_EXPORT_PLUGIN(anonymiser::keep::PublicBodiesPlugin)
