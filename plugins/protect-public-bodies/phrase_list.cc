#include "phrase_list.h"

#include <fstream>

#include "anonymiser/error.h"

namespace anonymiser::keep {

void PhraseList::Add(std::string_view phrase, const std::string& type, const std::string& rule) {
  std::vector<Token> tokens;
  Tokenise(phrase, tokens);
  if (tokens.empty()) return;
  Phrase p;
  p.type = type;
  p.rule = rule;
  for (const Token& t : tokens) {
    p.hashes.push_back(t.hash);
    p.cases.push_back(t.upper ? Case::kUpper : t.capital ? Case::kCapital : Case::kAny);
  }
  const std::uint64_t first = p.hashes[0];
  by_first_[first].push_back(phrases_.size());
  first_.set(first & 0xFFFF);
  phrases_.push_back(std::move(p));
}

void PhraseList::Load(const std::filesystem::path& file, const std::string& type,
                      const std::string& rule) {
  std::ifstream in(file);
  if (!in) throw Error(ErrorCode::kConfig, file.string() + ": cannot read the keep list");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::size_t hash = line.find('#');
    if (hash == 0) continue;
    std::string_view text(line);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    if (!text.empty()) Add(text, type, rule);
  }
}

namespace {

bool Satisfies(const Token& t, Case c) {
  switch (c) {
    case Case::kAny:
      return true;
    case Case::kCapital:
      return t.capital;
    case Case::kUpper:
      return t.upper;
  }
  return false;
}

}  // namespace

const Phrase* PhraseList::LongestMatchAt(const std::vector<Token>& tokens, std::size_t at,
                                         std::size_t* count) const {
  const auto it = by_first_.find(tokens[at].hash);
  if (it == by_first_.end()) return nullptr;
  const Phrase* best = nullptr;
  for (std::size_t index : it->second) {
    const Phrase& p = phrases_[index];
    if (at + p.hashes.size() > tokens.size()) continue;
    if (best && p.hashes.size() <= best->hashes.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < p.hashes.size() && ok; ++k) {
      const Token& t = tokens[at + k];
      ok = t.hash == p.hashes[k] && Satisfies(t, p.cases[k]) && (k == 0 || t.joined);
    }
    if (ok) best = &p;
  }
  if (best) *count = best->hashes.size();
  return best;
}

}  // namespace anonymiser::keep
