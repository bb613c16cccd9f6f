#include "verify/leak_checker.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "anonymiser/error.h"
#include "text/words.h"
#include "verify/leak_scanner.h"
#include "verify/output_views.h"

namespace anonymiser::verify {

namespace fs = std::filesystem;

namespace {

std::string Head(const fs::path& file, std::size_t n) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInput, file.string() + ": cannot read");
  std::string head(n, '\0');
  in.read(head.data(), static_cast<std::streamsize>(n));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

std::string WhereIs(const TextView& view, std::size_t offset) {
  switch (view.where) {
    case TextView::Where::kLineColumn:
      return LineLocation(view.text, offset);
    case TextView::Where::kParagraph:
      return "paragraph " + std::to_string(LineNumber(view.text, offset));
    case TextView::Where::kNone:
      return "";
  }
  return "";
}

bool IsCaseFile(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.find(".anoncase") != std::string::npos ||
         (name.size() >= 12 && name.compare(name.size() - 12, 12, ".audit.jsonl") == 0);
}

}  // namespace

std::vector<LeakHit> LeakChecker::CheckFile(const fs::path& file) const {
  LeakScanner scanner(needles_);
  std::vector<LeakHit> hits;
  // Spellings found per zip entry, so the paragraph view only adds what the raw view missed.
  std::map<std::string, std::set<std::size_t>> seen;
  auto sink = [&](const TextView& view) {
    static const std::string kParagraphs = " (paragraphs)";
    const bool paragraphs = view.part.size() > kParagraphs.size() &&
                            view.part.compare(view.part.size() - kParagraphs.size(),
                                              kParagraphs.size(), kParagraphs) == 0;
    const std::string entry =
        paragraphs ? view.part.substr(0, view.part.size() - kParagraphs.size()) : view.part;
    auto& found = seen[entry];
    const auto occurrences = scanner.Find(view.text);
    std::vector<std::pair<std::size_t, std::size_t>> kept;
    if (kept_ && !occurrences.empty()) kept = kept_(view.text);
    for (const auto& occ : occurrences) {
      const Needle& needle = needles_.needles()[occ.needle];
      if (ordinary_ != nullptr && needle.words.size() == 1 &&
          !text::StartsUpper(view.text, occ.begin) && ordinary_->MayBeOrdinary(needle.words[0]))
        continue;  // "cope", an ordinary word the run leaves as it is
      const bool inside_kept = std::any_of(kept.begin(), kept.end(), [&](const auto& k) {
        return k.first <= occ.begin && occ.end <= k.second;
      });
      // A kept hit in the raw view does not hide a real one in the paragraphs.
      if (paragraphs && found.count(occ.needle)) continue;
      if (!paragraphs && !inside_kept) found.insert(occ.needle);
      hits.push_back(LeakHit{file, view.part, WhereIs(view, occ.begin), occ.needle, inside_kept});
    }
  };
  const std::string head = Head(file, 8);
  if (head.compare(0, 4, "PK\x03\x04") == 0) {
    ZipViews(file, sink);
  } else if (head.compare(0, 5, "%PDF-") == 0) {
    PdfViews(file, sink);
  } else {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    sink(TextView{"text", DecodeTextBytes(ss.str()), TextView::Where::kLineColumn});
  }
  return hits;
}

std::string LeakChecker::Describe(const LeakHit& hit, bool show_originals) const {
  const Needle& n = needles_.needles()[hit.needle];
  std::string s = hit.file.string() + ": " + hit.part;
  if (!hit.location.empty()) s += ", " + hit.location;
  s += ": " + n.type + " \"" + n.pseudonym + "\"";
  if (show_originals) s += " (found \"" + n.spelling + "\", original \"" + n.original + "\")";
  if (hit.kept) s += " inside a kept public body or title (not a leak)";
  return s;
}

std::vector<fs::path> FilesToCheck(const std::vector<fs::path>& paths) {
  std::vector<fs::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> below;
      for (auto it = fs::recursive_directory_iterator(p, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file() && !IsCaseFile(it->path())) below.push_back(it->path());
      std::sort(below.begin(), below.end());
      files.insert(files.end(), below.begin(), below.end());
    } else if (fs::exists(p, ec)) {
      // The case file and its audit log hold originals by design: not outputs.
      if (!IsCaseFile(p)) files.push_back(p);
    } else {
      throw Error(ErrorCode::kUsage, p.string() + ": no such file or folder");
    }
  }
  return files;
}

}  // namespace anonymiser::verify
