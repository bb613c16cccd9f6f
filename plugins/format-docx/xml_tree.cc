#include "xml_tree.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include "anonymiser/error.h"

namespace anonymiser::docx {
namespace {

void IgnoreError(void*, xmlErrorPtr) {}

bool HasDoctype(const std::string& bytes) {
  if (bytes.find("<!DOCTYPE") != std::string::npos) return true;
  // UTF-16 parts: look for the same marker with interleaved zero bytes.
  static const std::string kWide16le("<\0!\0D\0O\0C\0T\0Y\0P\0E\0", 18);
  static const std::string kWide16be("\0<\0!\0D\0O\0C\0T\0Y\0P\0E", 18);
  return bytes.find(kWide16le) != std::string::npos || bytes.find(kWide16be) != std::string::npos;
}

// The depth of the deepest element below `root` (which counts 1), found
// without recursion; stops early once `limit` is passed.
int Depth(xmlNode* root, int limit) {
  int deepest = 0;
  int depth = 1;
  xmlNode* node = root;
  for (;;) {
    if (node->type == XML_ELEMENT_NODE && depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    if (node->type == XML_ELEMENT_NODE && node->children != nullptr) {
      node = node->children;
      ++depth;
      continue;
    }
    for (;;) {
      if (node == root) return deepest;
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
      --depth;
    }
  }
}

}  // namespace

XmlTree XmlTree::Parse(const std::string& bytes, const std::string& file, const std::string& part,
                       int max_depth) {
  const std::string where = file + ": " + part;
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw Error(ErrorCode::kLimit, where + ": XML part too large (over 2 GiB)");
  if (HasDoctype(bytes))
    throw Error(ErrorCode::kInput, where + ": XML with a DOCTYPE is refused (not a DOCX part)");
  std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> ctxt(xmlNewParserCtxt(),
                                                                  xmlFreeParserCtxt);
  if (!ctxt) throw Error(ErrorCode::kInternal, where + ": cannot create an XML parser");
  xmlSetStructuredErrorFunc(nullptr, IgnoreError);
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  xmlDoc* doc = xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()),
                                  part.c_str(), nullptr, options);
  XmlTree tree(doc);
  if (doc == nullptr || !ctxt->wellFormed) {
    const xmlError& err = ctxt->lastError;
    std::string reason = err.message != nullptr ? err.message : "not well-formed";
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
    if (reason.find("depth") != std::string::npos)
      throw Error(ErrorCode::kLimit, where + ": XML nesting exceeds limit.max-xml-depth");
    throw Error(ErrorCode::kInput,
                where + ": malformed XML (" + reason + ", line " + std::to_string(err.line) + ")");
  }
  if (doc->intSubset != nullptr || doc->extSubset != nullptr)
    throw Error(ErrorCode::kInput, where + ": XML with a DOCTYPE is refused (not a DOCX part)");
  if (tree.root() == nullptr) throw Error(ErrorCode::kInput, where + ": XML has no root element");
  if (Depth(tree.root(), max_depth) > max_depth)
    throw Error(ErrorCode::kLimit, where + ": XML nesting exceeds limit.max-xml-depth (" +
                                       std::to_string(max_depth) + ")");
  return tree;
}

XmlTree::XmlTree(XmlTree&& other) noexcept : doc_(std::exchange(other.doc_, nullptr)) {}

XmlTree& XmlTree::operator=(XmlTree&& other) noexcept {
  if (this != &other) {
    if (doc_ != nullptr) xmlFreeDoc(doc_);
    doc_ = std::exchange(other.doc_, nullptr);
  }
  return *this;
}

XmlTree::~XmlTree() {
  if (doc_ != nullptr) xmlFreeDoc(doc_);
}

std::string XmlTree::Serialize() const {
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc_, &buffer, &size, "UTF-8");
  if (buffer == nullptr) throw Error(ErrorCode::kInternal, "cannot serialise an XML part");
  std::string out(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
  xmlFree(buffer);
  return out;
}

}  // namespace anonymiser::docx
