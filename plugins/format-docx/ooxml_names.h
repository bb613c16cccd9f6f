// Namespaces and names of Office Open XML, in both the transitional and the
// Strict (purl.oclc.org) spelling. Elements are matched by namespace URI and
// local name, never by prefix ("w:", "ns0:" ...).
#pragma once

#include <libxml/tree.h>

#include <string>

namespace anonymiser::docx {

enum class Ns {
  kNone,          // no namespace (plain attributes such as descr="...")
  kWordml,        // w:
  kWord2012,      // w15:
  kDrawingml,     // a:
  kChart,         // c:
  kMath,          // m:
  kMarkup,        // mc: (markup compatibility)
  kVml,           // v:
  kOffice,        // o:
  kRelationship,  // r: (r:id attributes)
  kOther,
};

// The namespace of an element or attribute node.
Ns NamespaceOf(const xmlNs* ns);

// True if `node` is an element in namespace `ns` with local name `local`.
bool IsElement(const xmlNode* node, Ns ns, const char* local);

// The attribute of `node` with namespace `ns` and local name `local`, or null.
xmlAttr* FindAttribute(const xmlNode* node, Ns ns, const char* local);

// The value of that attribute, or "" when absent.
std::string AttributeValue(const xmlNode* node, Ns ns, const char* local);

// The text content of a node (all descendant text), UTF-8.
std::string TextOf(const xmlNode* node);

// The text of an attribute, UTF-8.
std::string TextOf(const xmlAttr* attr);

// The local name of `node` as a string.
inline std::string LocalName(const xmlNode* node) {
  return reinterpret_cast<const char*>(node->name);
}

}  // namespace anonymiser::docx
