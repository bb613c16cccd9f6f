// The text a reader or examiner can get out of an output file, part by part,
// as the leak check searches it.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace anonymiser::verify {

// One searchable piece of a file.
struct TextView {
  std::string
      part;  // "word/document.xml", "word/document.xml (paragraphs)", "page 3", "metadata Author"
  std::string text;  // valid UTF-8
  // How to name a place in `text`: by line and column, or by paragraph (line) only.
  enum class Where { kLineColumn, kParagraph, kNone } where = Where::kLineColumn;
};

using ViewSink = std::function<void(const TextView&)>;

// Decodes the bytes of a text file: a UTF-8, UTF-16 or UTF-32 byte-order
// mark is honoured; valid UTF-8 is taken as is; anything else is read as
// Latin-1.
std::string DecodeTextBytes(std::string_view bytes);

// Replaces &amp; &lt; &gt; &quot; &apos; and numeric character references
// with the characters they stand for; unknown references are kept.
std::string DecodeXmlEntities(std::string_view xml);

// Every entry of a zip package (DOCX and other OOXML), inflated: XML entries
// with entities decoded, searched raw (tags included, so attribute values
// such as hyperlink targets are searched) and, for entries with paragraphs
// (w:p, a:p), as the concatenated text of each paragraph with tags removed
// (a name split across runs is whole again); other entries as text. Zip
// packages inside entries (embedded documents) are opened too, their parts
// named "outer!inner". Throws Error(kInput) for a damaged package,
// Error(kLimit) for an entry inflating beyond 1 GiB.
void ZipViews(const std::filesystem::path& file, const ViewSink& sink);
void ZipViewsFromBytes(const std::string& bytes, const std::string& prefix, int depth,
                       const ViewSink& sink);

// A PDF's page text ("page N"), Info dictionary ("metadata KEY"), XMP
// metadata ("metadata XMP"), outline ("outline") and embedded file names
// ("attachments"). Throws Error(kInput) when poppler cannot open it.
void PdfViews(const std::filesystem::path& file, const ViewSink& sink);

}  // namespace anonymiser::verify
