#include "xmp_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>

namespace anonymiser::pdf {
namespace {

bool IsBlank(const char* s) {
  for (; *s != '\0'; ++s)
    if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') return false;
  return true;
}

std::string QualifiedName(const xmlNode* node) {
  std::string name;
  if (node->ns != nullptr && node->ns->prefix != nullptr)
    name = reinterpret_cast<const char*>(node->ns->prefix) + std::string(":");
  return name + reinterpret_cast<const char*>(node->name);
}

bool IsRdf(const xmlNode* node) {
  return node->ns != nullptr && node->ns->prefix != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(node->ns->prefix), "rdf") == 0;
}

// The property a text node belongs to: its nearest element ancestor that is
// not an rdf: container (rdf:Seq, rdf:li, rdf:Alt ...).
std::string PropertyOf(const xmlNode* node) {
  for (const xmlNode* n = node->parent; n != nullptr; n = n->parent)
    if (n->type == XML_ELEMENT_NODE && !IsRdf(n)) return QualifiedName(n);
  return "xmp";
}

std::string WholeTypeOf(const std::string& property) {
  if (property == "dc:creator" || property == "pdf:Author" || property == "dc:contributor")
    return "PERSON";
  return "";
}

void Walk(const xmlNode* node, std::vector<XmpValue>& out, int depth) {
  if (depth > 256) return;
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != nullptr &&
        !IsBlank(reinterpret_cast<const char*>(n->content))) {
      std::string property = PropertyOf(n);
      out.push_back({property, reinterpret_cast<const char*>(n->content), WholeTypeOf(property)});
    }
    if (n->type != XML_ELEMENT_NODE) continue;
    for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
      if (a->ns != nullptr && a->ns->prefix != nullptr &&
          (std::strcmp(reinterpret_cast<const char*>(a->ns->prefix), "rdf") == 0 ||
           std::strcmp(reinterpret_cast<const char*>(a->ns->prefix), "xml") == 0))
        continue;
      xmlChar* value = xmlNodeListGetString(n->doc, a->children, 0);
      if (value == nullptr) continue;
      if (!IsBlank(reinterpret_cast<const char*>(value))) {
        std::string property;
        if (a->ns != nullptr && a->ns->prefix != nullptr)
          property = reinterpret_cast<const char*>(a->ns->prefix) + std::string(":");
        property += reinterpret_cast<const char*>(a->name);
        out.push_back({property, reinterpret_cast<const char*>(value), WholeTypeOf(property)});
      }
      xmlFree(value);
    }
    Walk(n->children, out, depth + 1);
  }
}

}  // namespace

std::vector<XmpValue> XmpReader::Read(const std::string& packet) {
  std::vector<XmpValue> values;
  if (packet.empty() || packet.size() > 64u * 1024 * 1024) return values;
  xmlDocPtr doc =
      xmlReadMemory(packet.data(), static_cast<int>(packet.size()), "xmp.xml", nullptr,
                    XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr) return values;
  Walk(xmlDocGetRootElement(doc), values, 0);
  xmlFreeDoc(doc);
  return values;
}

}  // namespace anonymiser::pdf
