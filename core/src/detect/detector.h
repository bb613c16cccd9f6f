// Stage 2 of the pipeline: every redaction plugin looks at a unit of text.
#pragma once

#include <string>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/mention.h"
#include "anonymiser/redaction_plugin.h"
#include "detect/type_registry.h"

namespace anonymiser {

class Detector {
 public:
  // `plugins` must outlive the detector.
  explicit Detector(std::vector<const RedactionPlugin*> plugins);

  // Every mention the plugins find in `unit`, each stamped with its plugin's
  // name. Spans out of range, empty, not on UTF-8 boundaries, or of a type
  // the plugin did not declare are dropped. When the
  // unit has a whole_type, a mention of that type covering the whole
  // (trimmed) text is added. Thread-safe. Throws Error(kPlugin, "plugin NAME
  // failed on LOCATION: ...") when a plugin throws: its findings are lost, so
  // the document must not be written.
  std::vector<Mention> Find(const TextUnit& unit) const;

  const TypeRegistry& types() const { return types_; }
  TypeRegistry& mutable_types() { return types_; }

 private:
  struct Source {
    const RedactionPlugin* plugin;
    std::string name;
  };
  std::vector<Source> sources_;
  TypeRegistry types_;
};

}  // namespace anonymiser
