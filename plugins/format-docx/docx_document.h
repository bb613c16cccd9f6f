// A DOCX file read into units, able to write itself back with edits applied.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "anonymiser/document.h"
#include "docx_options.h"
#include "package_map.h"
#include "zip_reader.h"

namespace anonymiser::docx {

class DocxDocument : public Document {
 public:
  // Reads the package `entries` of `file`: plans its parts, parses each and
  // collects its units. Throws Error as ReadZip/PlanPackage/XmlTree::Parse do.
  static std::unique_ptr<DocxDocument> Read(const std::filesystem::path& file,
                                            std::vector<ZipEntry> entries,
                                            const DocxOptions& options);

  const std::vector<TextUnit>& units() const override { return units_; }
  std::string format() const override { return "docx"; }
  std::string output_extension() const override { return extension_; }

  // Every part is parsed again from the original bytes and walked exactly as
  // on reading, so the edits land on the same nodes; parts with no change
  // are copied byte for byte.
  void Write(const std::vector<Edit>& edits, const std::filesystem::path& out) const override;

 private:
  // Where one part's units sit in units_.
  struct PartUnits {
    PartPlan part;
    std::size_t first = 0;
    std::size_t count = 0;
  };

  DocxDocument(std::string file, std::string extension, std::vector<ZipEntry> entries,
               PackagePlan plan, DocxOptions options)
      : file_(std::move(file)),
        extension_(std::move(extension)),
        entries_(std::move(entries)),
        plan_(std::move(plan)),
        options_(options) {}

  const ZipEntry& Entry(const std::string& name) const;
  void CheckEdits(const std::vector<Edit>& edits) const;

  std::string file_;
  std::string extension_;
  std::vector<ZipEntry> entries_;
  PackagePlan plan_;
  DocxOptions options_;
  std::vector<PartUnits> parts_;
  std::vector<TextUnit> units_;
};

}  // namespace anonymiser::docx
