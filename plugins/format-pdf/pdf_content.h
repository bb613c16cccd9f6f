// What the PDF reader extracts from a file: the text units, and how they are
// placed on the output pages and in the output's document properties.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "anonymiser/document.h"

namespace anonymiser::pdf {

// One paragraph-like piece of an output page: `prefix` (fixed text written by
// this plugin, never text from the file) followed by the anonymised text of
// unit `unit`.
struct Piece {
  std::size_t unit = 0;
  std::string prefix;
  // Set for a running header or footer: this page's own copy of the line. It
  // differs from the unit's text only in its digits (the page number), and is
  // written with the unit's edits carried over.
  std::optional<std::string> instance;
};

// One page of the output.
struct PageContent {
  // Size in points as displayed (width and height swapped for /Rotate 90 and 270).
  double width = 612;
  double height = 792;
  std::vector<Piece> pieces;
};

// One outline (bookmark) entry.
struct OutlineEntry {
  std::size_t unit = 0;
  int page = 0;  // 1-based target page, 0 when unknown
  std::vector<OutlineEntry> children;
};

struct PdfContent {
  std::vector<TextUnit> units;
  std::vector<PageContent> pages;
  // Document-level text (properties, XMP, bookmarks, attachment names) in the
  // order written to the trailing section of the text output.
  std::vector<Piece> document_pieces;
  // Document information entries by key ("Title", "Author" ...) -> unit.
  std::map<std::string, std::size_t> info_units;
  std::vector<OutlineEntry> outline;
};

}  // namespace anonymiser::pdf
