// A plain-text file as a Document: paragraphs as units, original bytes kept.
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
  void Write(const std::vector<Edit>& edits, const std::filesystem::path& out) const override;

  const Encoding& encoding() const { return encoding_; }

 private:
  std::string bytes_;
  Encoding encoding_;
  std::string extension_;
  std::vector<TextUnit> units_;
  std::vector<std::size_t> source_begin_;  // source byte offset of each unit
};

}  // namespace anonymiser::format_text
