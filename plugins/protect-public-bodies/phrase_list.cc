#include "phrase_list.h"

#include <algorithm>
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
  Entry entry;
  entry.phrase = static_cast<std::uint32_t>(phrases_.size());
  entry.first_word = static_cast<std::uint32_t>(words_.size());
  entry.size = static_cast<std::uint32_t>(p.hashes.size());
  entry.first_case = p.cases[0];
  for (std::size_t k = 0; k < p.hashes.size(); ++k)
    words_.push_back({p.hashes[k], p.cases[k], tokens[k].comma});
  const std::uint64_t first = p.hashes[0];
  GrowSlots();
  Slot& slot = slots_[SlotOf(first)];
  if (slot.head == kNone) {
    slot.hash = first;
    ++used_slots_;
  }
  // After every phrase at least as long: the longest first, and among
  // phrases of one length the one added first.
  std::uint32_t* link = &slot.head;
  while (*link != kNone && entries_[*link].size >= entry.size) link = &entries_[*link].next;
  entry.next = *link;
  *link = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back(entry);
  first_.set(first & 0xFFFF);
  phrases_.push_back(std::move(p));
}

std::size_t PhraseList::SlotOf(std::uint64_t hash) const {
  // The low 16 bits of the hash already choose the filter bit: use others.
  const std::size_t mask = slots_.size() - 1;
  std::size_t k = (hash >> 20) & mask;
  while (slots_[k].head != kNone && slots_[k].hash != hash) k = (k + 1) & mask;
  return k;
}

void PhraseList::GrowSlots() {
  if (2 * (used_slots_ + 1) <= slots_.size()) return;
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(64, 2 * old.size()), Slot());
  for (const Slot& slot : old)
    if (slot.head != kNone) slots_[SlotOf(slot.hash)] = slot;
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
  if (slots_.empty()) return nullptr;
  const Slot& slot = slots_[SlotOf(tokens[at].hash)];
  const std::size_t left = tokens.size() - at;  // tokens from `at` on
  for (std::uint32_t e = slot.head; e != kNone; e = entries_[e].next) {
    const Entry& entry = entries_[e];
    if (entry.size > left) continue;
    bool ok = Satisfies(tokens[at], entry.first_case);
    const Word* words = words_.data() + entry.first_word;
    for (std::size_t k = 1; k < entry.size && ok; ++k) {
      const Token& t = tokens[at + k];
      // "&" stands for "and" ("Telford & Wrekin", "Children & Families Act").
      ok = (t.hash == words[k].hash || (words[k].hash == kAndHash && t.hash == kAmpersandHash)) &&
           Satisfies(t, words[k].word_case) && (words[k].comma ? t.comma : t.joined);
    }
    if (ok) {
      *count = entry.size;
      return &phrases_[entry.phrase];
    }
  }
  return nullptr;
}

}  // namespace anonymiser::keep
