// One XML part of a package, parsed safely with libxml2.
#pragma once

#include <libxml/tree.h>

#include <string>

namespace anonymiser::docx {

// Owns a parsed libxml2 document.
class XmlTree {
 public:
  // Parses `bytes`, the part `part` of the file `file` (both named in
  // errors). Network access, DTD loading and entity substitution are off, and
  // any DOCTYPE is refused outright (a DOCX never needs one).
  // Throws Error(kInput) for malformed XML or a DOCTYPE, Error(kLimit) when
  // elements nest deeper than `max_depth`.
  static XmlTree Parse(const std::string& bytes, const std::string& file, const std::string& part,
                       int max_depth);

  XmlTree(XmlTree&& other) noexcept;
  XmlTree& operator=(XmlTree&& other) noexcept;
  XmlTree(const XmlTree&) = delete;
  XmlTree& operator=(const XmlTree&) = delete;
  ~XmlTree();

  // The root element (never null for a parsed tree).
  xmlNode* root() const { return xmlDocGetRootElement(doc_); }

  // The document as UTF-8 XML with its declaration, without reformatting.
  std::string Serialize() const;

 private:
  explicit XmlTree(xmlDoc* doc) : doc_(doc) {}
  xmlDoc* doc_ = nullptr;
};

}  // namespace anonymiser::docx
