// Reads the text held in a PDF's XMP metadata packet.
#pragma once

#include <string>
#include <vector>

namespace anonymiser::pdf {

// One value from the packet.
struct XmpValue {
  std::string property;    // the qualified name of the property, e.g. "dc:creator"
  std::string text;        // its value, UTF-8
  std::string whole_type;  // "PERSON" for properties that hold a person's name
};

class XmpReader {
 public:
  // Returns every non-blank text node and every property written as an
  // attribute (other than namespace declarations, rdf: and xml: attributes) of
  // `packet`, in document order. Parses with libxml2 without network access
  // or entity expansion, recovering what it can of a packet that is not
  // well-formed. Never throws.
  static std::vector<XmpValue> Read(const std::string& packet);
};

}  // namespace anonymiser::pdf
