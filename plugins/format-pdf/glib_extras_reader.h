// Reads what poppler-cpp does not expose: annotation contents and authors,
// form field values and the outline with its target pages. Uses poppler-glib
// (the same poppler engine, so the same repair of damaged files and the same
// decryption) rather than a second PDF parser such as qpdf.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "anonymiser/document.h"

namespace anonymiser::pdf {

// One piece of page-level text that is not in the page's text layer.
struct PageExtra {
  Part part = Part::kAnnotation;
  std::string prefix;      // fixed label for the output, e.g. "[annotation] "
  std::string text;        // UTF-8, as stored in the file
  std::string whole_type;  // "PERSON" for an annotation's author
  std::string location;    // e.g. "page 3 annotation 2 author"
};

// One outline entry, with its children.
struct OutlineItem {
  std::string title;
  int page = 0;  // 1-based, 0 when unknown
  std::vector<OutlineItem> children;
};

class GlibExtrasReader {
 public:
  // Opens `path` with `password` (empty for none). When poppler-glib cannot
  // open it, the reader reports nothing (valid() is false).
  GlibExtrasReader(const std::filesystem::path& path, const std::string& password);
  ~GlibExtrasReader();
  GlibExtrasReader(const GlibExtrasReader&) = delete;
  GlibExtrasReader& operator=(const GlibExtrasReader&) = delete;

  bool valid() const;

  // Annotation contents, subjects and authors (not links, pop-ups or form
  // widgets), then form field values (text fields, selected choices), of page
  // `index` (0-based). Loads the page and releases it before returning.
  std::vector<PageExtra> PageItems(int index) const;

  // The outline (bookmarks), in document order; at most `max_items` entries.
  std::vector<OutlineItem> Outline(std::size_t max_items) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace anonymiser::pdf
