// A plain-text file as a Document: paragraphs as units. A UTF-8 file keeps
// only the bytes between its units (its text is its units); a file in another
// encoding keeps its original bytes.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "anonymiser/document.h"
#include "text_encoding.h"

namespace anonymiser::format_text {

class TextDocument : public Document {
 public:
  // Splits `bytes` (the whole file, in `encoding`) into units: paragraphs
  // separated by blank lines, and lines of very long paragraphs. Throws
  // Error(kInput) naming `file` on undecodable data.
  TextDocument(std::string bytes, Encoding encoding, const std::string& file);

  const std::vector<TextUnit>& units() const override { return units_; }
  std::string format() const override { return "text"; }
  std::string output_extension() const override;

  // Copies every source byte outside the edits unchanged, and writes each
  // replacement in the file's own encoding.
  void Write(const EditList& edits, const std::filesystem::path& out) const override;

  const Encoding& encoding() const { return encoding_; }

 private:
  // Write() for UTF-8: gaps and units in turn.
  void WriteUtf8(const EditList& edits, std::ostream& os, const std::filesystem::path& out) const;

  Encoding encoding_;
  std::string extension_;
  std::vector<TextUnit> units_;
  // UTF-8: the bytes before unit i are gaps_[gap_end_[i-1], gap_end_[i])
  // (from 0 for i = 0; the byte order mark is the first gap's start), and
  // after the last unit the rest of gaps_.
  std::string gaps_;
  std::vector<std::size_t> gap_end_;
  // Other encodings: the file's bytes, and where each unit's source starts.
  std::string bytes_;
  std::vector<std::size_t> source_begin_;
};

}  // namespace anonymiser::format_text
