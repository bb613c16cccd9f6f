// The one macro a plugin library uses to export itself.
//
//   class MyPlugin : public anonymiser::RedactionPlugin { ... };
//   ANONYMISER_EXPORT_PLUGIN(MyPlugin)
//
// It exports `anonymiser_plugin_api_version` (returns the kApiVersion the
// plugin was compiled with) and `anonymiser_plugin_create` (returns a new
// plugin object owned by the caller) through Boost.DLL.
#pragma once

#include <boost/dll/alias.hpp>
#include <cstdint>

#include "anonymiser/plugin.h"
#include "anonymiser/version.h"

#define ANONYMISER_EXPORT_PLUGIN(PluginClass)                                         \
  namespace anonymiser_export {                                                      \
  std::uint32_t ApiVersion() { return ::anonymiser::kApiVersion; }                  \
  ::anonymiser::Plugin* Create() { return new PluginClass(); }                       \
  }                                                                                  \
  BOOST_DLL_ALIAS(anonymiser_export::ApiVersion, anonymiser_plugin_api_version)      \
  BOOST_DLL_ALIAS(anonymiser_export::Create, anonymiser_plugin_create)
