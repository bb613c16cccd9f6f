#include "anonymiser/plugin_export.h"
#include "pdf_format_plugin.h"

ANONYMISER_EXPORT_PLUGIN(anonymiser::pdf::PdfFormatPlugin)
