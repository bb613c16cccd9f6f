// A DOCX file read into units, able to write itself back with edits applied.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "anonymiser/document.h"
#include "docx_options.h"
#include "package_map.h"
#include "zip_reader.h"
#include "zip_writer.h"

namespace anonymiser::docx {

class DocxDocument : public Document {
 public:
  // Reads the package `entries` of `file`: plans its parts, parses each and
  // collects its units, then those of every Word package embedded in it
  // (word/embeddings/*.docx), located "<entry>: <location>". `nesting` counts
  // the packages this one is embedded in. Throws Error as
  // ReadZip/PlanPackage/XmlTree::Parse do, Error(kLimit) for embedded
  // packages nested more than three deep.
  static std::unique_ptr<DocxDocument> Read(const std::filesystem::path& file,
                                            std::vector<ZipEntry> entries,
                                            const DocxOptions& options, int nesting = 0);

  const std::vector<TextUnit>& units() const override { return units_; }
  std::string format() const override { return "docx"; }
  std::string output_extension() const override { return extension_; }

  // Every part is parsed again from the original bytes and walked exactly as
  // on reading, so the edits land on the same nodes; parts with no change
  // are copied byte for byte.
  void Write(const EditList& edits, const std::filesystem::path& out) const override;

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
        options_(options) {
    for (std::size_t i = 0; i < entries_.size(); ++i) by_name_.emplace(entries_[i].name, i);
  }

  // A Word package embedded in this one, and where its units start in units_.
  struct EmbeddedPackage {
    std::string entry;
    std::unique_ptr<DocxDocument> doc;
    std::size_t first = 0;
  };

  // The entries of the output with `edits` applied; rewritten parts are
  // stored in `rewritten`, which the returned views point into.
  std::vector<ZipEntryView> Rewrite(const EditList& edits,
                                    std::map<std::string, std::string>& rewritten) const;
  const ZipEntry& Entry(const std::string& name) const;
  void CheckEdits(const EditList& edits) const;

  std::string file_;
  std::string extension_;
  std::vector<ZipEntry> entries_;
  std::map<std::string, std::size_t> by_name_;  // entry name -> index in entries_
  PackagePlan plan_;
  DocxOptions options_;
  std::vector<PartUnits> parts_;
  std::vector<EmbeddedPackage> embedded_;
  std::vector<TextUnit> units_;
};

}  // namespace anonymiser::docx
