#include "package_map.h"

#include <algorithm>
#include <deque>
#include <map>
#include <utility>

#include "anonymiser/error.h"
#include "ooxml_names.h"
#include "xml_tree.h"

namespace anonymiser::docx {
namespace {

struct Relationship {
  std::string type;
  std::string target;
  bool external = false;
};

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "word/document.xml" -> "word/_rels/document.xml.rels"; "" -> "_rels/.rels".
std::string RelsNameFor(const std::string& part) {
  std::size_t slash = part.rfind('/');
  std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? part : part.substr(slash + 1);
  return dir + "_rels/" + base + ".rels";
}

std::string PercentDecode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto hex = [](char c) {
      return (c >= '0' && c <= '9')   ? c - '0'
             : (c >= 'a' && c <= 'f') ? c - 'a' + 10
             : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                      : -1;
    };
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The zip entry name a relationship of `source` with `target` points at.
std::string ResolveTarget(const std::string& source, const std::string& target) {
  std::string path = PercentDecode(target);
  std::size_t cut = path.find_first_of("#?");
  if (cut != std::string::npos) path.resize(cut);
  std::string joined;
  if (StartsWith(path, "/")) {
    joined = path.substr(1);
  } else {
    std::size_t slash = source.rfind('/');
    joined = (slash == std::string::npos ? "" : source.substr(0, slash + 1)) + path;
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

std::vector<Relationship> ReadRelationships(const std::string& bytes, const std::string& file,
                                            const std::string& name, int depth) {
  XmlTree tree = XmlTree::Parse(bytes, file, name, depth);
  std::vector<Relationship> rels;
  for (xmlNode* rel = tree.root()->children; rel != nullptr; rel = rel->next) {
    if (rel->type != XML_ELEMENT_NODE || LocalName(rel) != "Relationship") continue;
    Relationship r;
    r.type = AttributeValue(rel, Ns::kNone, "Type");
    r.target = AttributeValue(rel, Ns::kNone, "Target");
    r.external = AttributeValue(rel, Ns::kNone, "TargetMode") == "External";
    if (!r.target.empty()) rels.push_back(std::move(r));
  }
  return rels;
}

bool RoleFor(const std::string& kind, PartRole& role) {
  static const std::map<std::string, PartRole> kRoles = {
      {"officeDocument", PartRole::kMainDocument},
      {"glossaryDocument", PartRole::kGlossary},
      {"header", PartRole::kHeader},
      {"footer", PartRole::kFooter},
      {"footnotes", PartRole::kFootnotes},
      {"endnotes", PartRole::kEndnotes},
      {"comments", PartRole::kComments},
      {"people", PartRole::kPeople},
      {"settings", PartRole::kSettings},
      {"styles", PartRole::kStyles},
      {"core-properties", PartRole::kCoreProperties},
      {"extended-properties", PartRole::kAppProperties},
      {"custom-properties", PartRole::kCustomProperties},
      {"customXml", PartRole::kCustomXml},
      {"diagramData", PartRole::kDrawingml},
      {"diagramDrawing", PartRole::kDrawingml},
      {"chart", PartRole::kDrawingml},
  };
  auto it = kRoles.find(kind);
  if (it == kRoles.end()) return false;
  role = it->second;
  return true;
}

class Planner {
 public:
  Planner(const std::vector<ZipEntry>& entries, const std::string& file, int depth)
      : entries_(entries), file_(file), depth_(depth) {
    for (std::size_t i = 0; i < entries.size(); ++i) by_lower_name_[Lower(entries[i].name)] = i;
  }

  PackagePlan Plan() {
    if (Find("[Content_Types].xml") == nullptr)
      throw Error(ErrorCode::kInput,
                  file_ +
                      ": not a valid DOCX package (no [Content_Types].xml; Word cannot open it "
                      "either)");
    FollowRelationships();
    std::string main;
    for (const PartPlan& p : plan_.parts)
      if (p.role == PartRole::kMainDocument) main = p.name;
    if (main.empty()) {
      const ZipEntry* fallback = Find("word/document.xml");
      if (fallback == nullptr)
        throw Error(ErrorCode::kInput,
                    file_ + ": not a Word document (no main document part word/document.xml)");
      Add(fallback->name, PartRole::kMainDocument);
    }
    // Parts Word reaches without a relationship, or that a damaged package
    // lost the relationship to, are still read: they are still in the file.
    for (const ZipEntry& e : entries_) {
      std::string lower = Lower(e.name);
      if (lower == "docprops/core.xml") Add(e.name, PartRole::kCoreProperties);
      if (lower == "docprops/app.xml") Add(e.name, PartRole::kAppProperties);
      if (lower == "docprops/custom.xml") Add(e.name, PartRole::kCustomProperties);
      if (StartsWith(lower, "customxml/item") && EndsWith(lower, ".xml") &&
          lower.find('/', 10) == std::string::npos)
        Add(e.name, PartRole::kCustomXml);
      if (StartsWith(lower, "docprops/thumbnail.")) plan_.removed.insert(e.name);
    }
    for (const ZipEntry& e : entries_)
      if (EndsWith(Lower(e.name), ".rels")) Add(e.name, PartRole::kRelationships);
    if (const ZipEntry* types = Find("[Content_Types].xml"))
      Add(types->name, PartRole::kContentTypes);
    // Reading order: the body first, metadata last, whatever order the
    // relationships were listed in.
    std::stable_sort(plan_.parts.begin(), plan_.parts.end(),
                     [](const PartPlan& a, const PartPlan& b) {
                       return static_cast<int>(a.role) < static_cast<int>(b.role);
                     });
    return std::move(plan_);
  }

 private:
  const ZipEntry* Find(const std::string& name) const {
    auto it = by_lower_name_.find(Lower(name));
    return it == by_lower_name_.end() ? nullptr : &entries_[it->second];
  }

  void Add(const std::string& name, PartRole role) {
    if (planned_.insert(name).second) plan_.parts.push_back(PartPlan{name, role});
  }

  void FollowRelationships() {
    std::deque<std::string> queue{""};  // "" is the package itself
    std::set<std::string> visited{""};
    while (!queue.empty()) {
      std::string source = queue.front();
      queue.pop_front();
      const ZipEntry* rels = Find(RelsNameFor(source));
      if (rels == nullptr) continue;
      for (const Relationship& r : ReadRelationships(rels->data, file_, rels->name, depth_)) {
        if (r.external) continue;
        const ZipEntry* target = Find(ResolveTarget(source, r.target));
        if (target == nullptr) continue;
        std::string kind = RelationshipKind(r.type);
        PartRole role;
        if (kind == "thumbnail") {
          plan_.removed.insert(target->name);
        } else if (RoleFor(kind, role) && !(role == PartRole::kMainDocument && !source.empty())) {
          Add(target->name, role);
        }
        if (visited.insert(target->name).second) queue.push_back(target->name);
      }
    }
  }

  const std::vector<ZipEntry>& entries_;
  const std::string& file_;
  const int depth_;
  std::map<std::string, std::size_t> by_lower_name_;
  std::set<std::string> planned_;
  PackagePlan plan_;
};

}  // namespace

std::string ResolveRelationshipTarget(const std::string& rels_name, const std::string& target) {
  // "dir/_rels/name.rels" belongs to "dir/name"; "_rels/.rels" to the package.
  std::string source;
  std::size_t rels_dir = rels_name.rfind("_rels/");
  if (rels_dir != std::string::npos && EndsWith(rels_name, ".rels"))
    source = rels_name.substr(0, rels_dir) +
             rels_name.substr(rels_dir + 6, rels_name.size() - rels_dir - 6 - 5);
  return ResolveTarget(source, target);
}

std::string RelationshipKind(const std::string& type) {
  std::size_t slash = type.rfind('/');
  return slash == std::string::npos ? type : type.substr(slash + 1);
}

PackagePlan PlanPackage(const std::vector<ZipEntry>& entries, const std::string& file,
                        int max_xml_depth) {
  return Planner(entries, file, max_xml_depth).Plan();
}

}  // namespace anonymiser::docx
