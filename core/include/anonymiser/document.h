// The document model shared by the core and the format plugins.
//
// A format plugin reads a file into a Document: an ordered list of TextUnits,
// every piece of text a reader or a forensic examiner could see, each knowing
// which part of the file it came from. The core finds identifiers in the
// units and hands back a list of Edits; the Document writes the file again
// with those edits applied and everything else kept.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "anonymiser/block_list.h"

namespace anonymiser {

// Where in a file a unit of text lives. Logged, and used by policy (for
// example, metadata author fields are person names by construction).
enum class Part {
  kBody,
  kTable,
  kHeader,
  kFooter,
  kFootnote,
  kEndnote,
  kComment,
  kTextBox,
  kField,        // field codes, form fields
  kHyperlink,    // link targets
  kAltText,      // image descriptions and titles
  kRevision,     // tracked deletions and moved-from text
  kMetadata,     // document properties, XMP, PDF Info
  kAnnotation,   // PDF annotations
  kBookmark,     // outline / bookmark titles
  kAttachment,   // names of embedded files
  kOther,
};

// Returns the lower-case name of `part` used in logs and reports, e.g. "footnote".
inline const char* PartName(Part part) {
  switch (part) {
    case Part::kBody: return "body";
    case Part::kTable: return "table";
    case Part::kHeader: return "header";
    case Part::kFooter: return "footer";
    case Part::kFootnote: return "footnote";
    case Part::kEndnote: return "endnote";
    case Part::kComment: return "comment";
    case Part::kTextBox: return "textbox";
    case Part::kField: return "field";
    case Part::kHyperlink: return "hyperlink";
    case Part::kAltText: return "alt-text";
    case Part::kRevision: return "revision";
    case Part::kMetadata: return "metadata";
    case Part::kAnnotation: return "annotation";
    case Part::kBookmark: return "bookmark";
    case Part::kAttachment: return "attachment";
    case Part::kOther: return "other";
  }
  return "other";
}

// One piece of text.
struct TextUnit {
  // The text, UTF-8. Offsets into it (Mention, Edit) are byte offsets.
  std::string text;
  // Which part of the file it came from.
  Part part = Part::kBody;
  // Where, for a person: "word/document.xml paragraph 12", "page 3", "core.xml dc:creator".
  std::string location;
  // When not empty, the whole text is known to be an identifier of this
  // entity type (e.g. "PERSON" for an author field): the core treats the
  // whole unit as one mention of that type, whatever detection says.
  std::string whole_type;
};

// A replacement in one unit: bytes [begin, end) of units()[unit].text become
// `text`. A list of Edits is sorted by (unit, begin) and never overlaps.
struct Edit {
  std::size_t unit = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

// A document's edits, sorted by (unit, begin), never overlapping. Held in
// blocks: a long document has millions.
using EditList = BlockList<Edit>;

// A file read by a format plugin. Const methods are safe to call from any
// thread, one call at a time per Document.
class Document {
 public:
  virtual ~Document() = default;

  // Every unit of text in the file, in reading order.
  virtual const std::vector<TextUnit>& units() const = 0;

  // The format name, e.g. "text", "docx", "pdf".
  virtual std::string format() const = 0;

  // The file name extension of the output, including the dot (".txt", ".docx").
  // Usually the input's; a PDF written as text returns ".txt".
  virtual std::string output_extension() const = 0;

  // Writes the document with `edits` applied to the file `out`, which does
  // not exist yet. The core writes to a temporary name in the output folder
  // and renames it when this returns, so a failure leaves nothing behind;
  // implementations need not clean up `out` on error. Throws Error.
  virtual void Write(const EditList& edits, const std::filesystem::path& out) const = 0;
};

}  // namespace anonymiser
