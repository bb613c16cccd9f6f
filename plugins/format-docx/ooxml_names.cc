#include "ooxml_names.h"

#include <cstring>

namespace anonymiser::docx {
namespace {

struct Uri {
  const char* href;
  Ns ns;
};

constexpr Uri kUris[] = {
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", Ns::kWordml},
    {"http://purl.oclc.org/ooxml/wordprocessingml/main", Ns::kWordml},
    {"http://schemas.microsoft.com/office/word/2012/wordml", Ns::kWord2012},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", Ns::kDrawingml},
    {"http://purl.oclc.org/ooxml/drawingml/main", Ns::kDrawingml},
    {"http://schemas.openxmlformats.org/drawingml/2006/chart", Ns::kChart},
    {"http://purl.oclc.org/ooxml/drawingml/chart", Ns::kChart},
    {"http://schemas.openxmlformats.org/officeDocument/2006/math", Ns::kMath},
    {"http://purl.oclc.org/ooxml/officeDocument/math", Ns::kMath},
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", Ns::kMarkup},
    {"urn:schemas-microsoft-com:vml", Ns::kVml},
    {"urn:schemas-microsoft-com:office:office", Ns::kOffice},
    {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", Ns::kRelationship},
    {"http://purl.oclc.org/ooxml/officeDocument/relationships", Ns::kRelationship},
};

}  // namespace

Ns NamespaceOf(const xmlNs* ns) {
  if (ns == nullptr || ns->href == nullptr) return Ns::kNone;
  const char* href = reinterpret_cast<const char*>(ns->href);
  for (const Uri& uri : kUris)
    if (std::strcmp(href, uri.href) == 0) return uri.ns;
  return Ns::kOther;
}

bool IsElement(const xmlNode* node, Ns ns, const char* local) {
  return node != nullptr && node->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(node->name), local) == 0 &&
         NamespaceOf(node->ns) == ns;
}

xmlAttr* FindAttribute(const xmlNode* node, Ns ns, const char* local) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return nullptr;
  for (xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next)
    if (std::strcmp(reinterpret_cast<const char*>(attr->name), local) == 0 &&
        NamespaceOf(attr->ns) == ns)
      return attr;
  return nullptr;
}

std::string AttributeValue(const xmlNode* node, Ns ns, const char* local) {
  return TextOf(FindAttribute(node, ns, local));
}

std::string TextOf(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return text;
}

std::string TextOf(const xmlAttr* attr) {
  if (attr == nullptr) return {};
  return TextOf(reinterpret_cast<const xmlNode*>(attr));
}

}  // namespace anonymiser::docx
