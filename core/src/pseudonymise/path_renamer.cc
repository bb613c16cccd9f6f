#include "pseudonymise/path_renamer.h"

#include <algorithm>

namespace anonymiser {

namespace fs = std::filesystem;

PathRenamer::Analysed PathRenamer::Analyse(const fs::path& relative) const {
  Analysed a;
  std::vector<std::string> parts;
  for (const auto& part : relative) parts.push_back(part.string());
  if (!parts.empty()) {
    const fs::path last(parts.back());
    if (last.has_stem() && last.has_extension()) {
      a.extension = last.extension().string();
      parts.back() = last.stem().string();
    }
  }
  for (auto& p : parts) {
    TextUnit u;
    u.text = std::move(p);
    u.part = Part::kMetadata;
    u.location = "output name";
    a.units.push_back(std::move(u));
  }
  // Underscores join the words of file names ("okafor_letter_2023"):
  // detect on copies (of the same length, so offsets hold) where they are
  // spaces, so that no rule takes a whole name for one token, such as a
  // handle ("minutes_2024_03", "h2_2").
  std::vector<TextUnit> separated = a.units;
  for (auto& u : separated) std::replace(u.text.begin(), u.text.end(), '_', ' ');
  a.mentions = pipeline_.DetectUnits(separated);
  return a;
}

void PathRenamer::Link(Analysed& analysed, CaseState& state) const {
  pipeline_.Link(analysed.units, analysed.mentions, state);
}

fs::path PathRenamer::Render(const Analysed& analysed, const CaseSnapshot& snapshot) const {
  std::vector<std::vector<Mention>> spans(analysed.units.size());
  for (std::size_t u = 0; u < analysed.units.size(); ++u) {
    spans[u] = analysed.mentions[u];
    // Hyphens and dots separate words in file names ("okafor-notes"), but
    // join them in text ("Lily-Mae"): look for known spellings both ways,
    // on a copy of the same length, so offsets hold for the original.
    std::string separated = analysed.units[u].text;
    std::replace(separated.begin(), separated.end(), '-', ' ');
    std::replace(separated.begin(), separated.end(), '.', ' ');
    const std::string* texts[] = {&analysed.units[u].text, &separated};
    for (const std::string* text : texts) {
      std::vector<Mention> extra;
      snapshot.index.Find(*text, spans[u], extra, /*any_case=*/true);
      spans[u].insert(spans[u].end(), extra.begin(), extra.end());
      std::sort(spans[u].begin(), spans[u].end(),
                [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    }
  }
  std::vector<std::string> names;
  for (const auto& u : analysed.units) names.push_back(u.text);
  // Edits are sorted and disjoint within a unit: apply them back to front.
  const auto replacements = pipeline_.Render(analysed.units, spans, snapshot);
  for (std::size_t i = replacements.size(); i-- > 0;) {
    const Edit& e = replacements.edits()[i];
    names[e.unit].replace(e.begin, e.end - e.begin, e.text);
  }
  fs::path out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string& n = names[i];
    std::replace(n.begin(), n.end(), '/', '-');
    std::replace(n.begin(), n.end(), '\\', '-');
    if (i + 1 == names.size()) n += analysed.extension;
    if (n.empty() || n == "." || n == "..") n = "_";
    out /= n;
  }
  return out;
}

}  // namespace anonymiser
