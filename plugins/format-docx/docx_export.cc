// The loadable module's factory: the one exported entry point of the plugin.
#include "anonymiser/plugin_export.h"
#include "docx_plugin.h"

ANONYMISER_EXPORT_PLUGIN(anonymiser::docx::DocxPlugin)
