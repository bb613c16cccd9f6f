#include "docx_document.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <utility>

#include "anonymiser/error.h"
#include "field_keyword.h"
#include "package_scrubber.h"
#include "part_extractor.h"
#include "unit_rewriter.h"
#include "xml_tree.h"
#include "zip_writer.h"

namespace anonymiser::docx {

namespace {

constexpr int kMaxNesting = 3;

bool IsEmbeddedWordPackage(const ZipEntry& entry) {
  std::string lower;
  for (char c : entry.name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  bool word = false;
  for (const char* ext : {".docx", ".docm", ".dotx", ".dotm"})
    word = word || (lower.size() > 5 && lower.compare(lower.size() - 5, 5, ext) == 0);
  return word && entry.data.compare(0, 4, "PK\x03\x04", 4) == 0;
}

}  // namespace

std::unique_ptr<DocxDocument> DocxDocument::Read(const std::filesystem::path& file,
                                                 std::vector<ZipEntry> entries,
                                                 const DocxOptions& options, int nesting) {
  std::string name = file.string();
  PackagePlan plan = PlanPackage(entries, name, options.max_xml_depth);
  std::string extension = file.extension().string();
  for (char& c : extension)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (extension != ".docm" && extension != ".dotx" && extension != ".dotm") extension = ".docx";
  std::unique_ptr<DocxDocument> doc(
      new DocxDocument(name, extension, std::move(entries), std::move(plan), options));
  for (const PartPlan& part : doc->plan_.parts) {
    XmlTree tree =
        XmlTree::Parse(doc->Entry(part.name).data, name, part.name, options.max_xml_depth);
    PartUnits where{part, doc->units_.size(), 0};
    for (UnitDraft& draft : ExtractPart(tree.root(), part, options.redact_revisions))
      doc->units_.push_back(std::move(draft.unit));
    where.count = doc->units_.size() - where.first;
    doc->parts_.push_back(std::move(where));
  }
  for (const ZipEntry& entry : doc->entries_) {
    if (!IsEmbeddedWordPackage(entry)) continue;
    const std::string inner = name + "!" + entry.name;
    if (nesting >= kMaxNesting)
      throw Error(ErrorCode::kLimit, inner + ": embedded documents nested too deep");
    EmbeddedPackage embedded{entry.name, nullptr, doc->units_.size()};
    embedded.doc = Read(inner, ReadZip(entry.data, inner, options), options, nesting + 1);
    for (TextUnit unit : embedded.doc->units()) {
      unit.location = entry.name + ": " + unit.location;
      doc->units_.push_back(std::move(unit));
    }
    doc->embedded_.push_back(std::move(embedded));
  }
  return doc;
}

const ZipEntry& DocxDocument::Entry(const std::string& name) const {
  auto it = by_name_.find(name);
  if (it != by_name_.end()) return entries_[it->second];
  throw Error(ErrorCode::kInternal, file_ + ": " + name + ": part vanished");
}

void DocxDocument::CheckEdits(const EditList& edits) const {
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const Edit& e = edits[i];
    bool bad = e.unit >= units_.size() || e.begin > e.end || e.end > units_[e.unit].text.size();
    if (!bad && i > 0) {
      const Edit& p = edits[i - 1];
      bad = p.unit > e.unit || (p.unit == e.unit && p.end > e.begin);
    }
    if (bad)
      throw Error(ErrorCode::kInternal,
                  file_ + ": edit " + std::to_string(i) + " is out of range or out of order");
  }
}

void DocxDocument::Write(const EditList& edits, const std::filesystem::path& out) const {
  CheckEdits(edits);
  std::map<std::string, std::string> rewritten;
  WriteZip(Rewrite(edits, rewritten), out);
}

std::vector<ZipEntryView> DocxDocument::Rewrite(
    const EditList& edits, std::map<std::string, std::string>& rewritten) const {
  auto edit = edits.begin();
  for (const PartUnits& where : parts_) {
    const PartPlan& part = where.part;
    XmlTree tree = XmlTree::Parse(Entry(part.name).data, file_, part.name, options_.max_xml_depth);
    std::vector<UnitDraft> drafts = ExtractPart(tree.root(), part, options_.redact_revisions);
    if (drafts.size() != where.count)
      throw Error(ErrorCode::kInternal, file_ + ": " + part.name + ": units changed since reading");
    bool changed = false;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
      std::size_t unit = where.first + i;
      if (drafts[i].unit.text != units_[unit].text)
        throw Error(ErrorCode::kInternal,
                    file_ + ": " + part.name + ": units changed since reading");
      std::vector<Edit> mine;
      while (edit != edits.end() && edit->unit == unit) mine.push_back(*edit++);
      ProtectFieldKeyword(units_[unit], mine);
      changed = RewriteUnit(drafts[i], mine) || changed;
    }
    changed = ScrubPart(tree.root(), part, plan_, options_) || changed;
    if (changed) rewritten[part.name] = tree.Serialize();
  }
  for (const EmbeddedPackage& embedded : embedded_) {
    const std::size_t end = embedded.first + embedded.doc->units().size();
    EditList inner;
    for (; edit != edits.end() && edit->unit < end; ++edit)
      inner.push_back(Edit{edit->unit - embedded.first, edit->begin, edit->end, edit->text});
    std::map<std::string, std::string> inner_rewritten;
    std::ostringstream bytes;
    WriteZip(embedded.doc->Rewrite(inner, inner_rewritten), bytes, embedded.doc->file_);
    rewritten[embedded.entry] = bytes.str();
  }
  std::vector<ZipEntryView> output;
  output.reserve(entries_.size());
  for (const ZipEntry& e : entries_) {
    if (plan_.removed.count(e.name) != 0) continue;
    auto it = rewritten.find(e.name);
    output.push_back(ZipEntryView{e.name, it != rewritten.end() ? it->second : e.data});
  }
  return output;
}

}  // namespace anonymiser::docx
