#include "pseudonymise/renderer.h"

#include <unicode/unistr.h>

#include <cctype>

#include "link/linker.h"
#include "text/fold.h"
#include "text/interned.h"

namespace anonymiser {

namespace {

std::string ToUpper(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  std::string out;
  u.toUpper().toUTF8String(out);
  return out;
}

bool IsSentenceStart(const std::string& text, std::size_t begin) {
  std::size_t i = begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i == 0) return true;
  const char c = text[i - 1];
  return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':';
}

// True if `word` (ASCII letters) is `lower` in any case: "An" is "an".
bool IsWordInAnyCase(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if ((word[i] >= 'A' && word[i] <= 'Z' ? word[i] - 'A' + 'a' : word[i]) != lower[i])
      return false;
  return true;
}

bool StartsWithVowelSound(const std::string& s) {
  for (char c : s) {
    if (c == '[' || c == '"' || c == '(') return false;
    const char l = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (l >= 'a' && l <= 'z') return l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u';
  }
  return false;
}

}  // namespace

Renderer::Renderer(const TypeRegistry& types, const CaseState& state)
    : types_(types), state_(state) {}

std::string Renderer::Pseudonym(const Mention& m, const TypeInfo* info,
                                std::string_view original) const {
  auto lower_type = [&] {
    std::string t = m.type;
    for (char& c : t)
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : (c == '_' ? ' ' : c));
    return "[" + t + "]";
  };
  auto entity_it = m.attributes.find(kEntityAttribute);
  if (entity_it != m.attributes.end()) {
    const Entity* e = state_.FindEntity(std::stoll(entity_it->second));
    // "the Okafors": the family of the person, in the pseudonym's words.
    if (e != nullptr && !e->pseudonym.empty())
      return m.attributes.count(kPluralAttribute) != 0 ? e->pseudonym + " family" : e->pseudonym;
  }
  if (info == nullptr) return lower_type();
  switch (info->treatment) {
    case Treatment::kEntity:
      return lower_type();  // unlinked: never leave it in clear
    case Treatment::kLabel:
      return info->style.empty() ? lower_type() : info->style;
    case Treatment::kTransform: {
      TransformContext ctx;
      auto p = state_.settings.find("policy." + m.type);
      ctx.policy = p == state_.settings.end() ? "" : p->second;
      ctx.shift_days = state_.shift_days;
      if (const RedactionPlugin* owner = types_.Owner(m.type)) {
        try {
          if (auto r = owner->Transform(m, original, ctx)) return *r;
        } catch (...) {
          // Fall through to the label: never leave the value in clear.
        }
      }
      return info->style.empty() ? lower_type() : info->style;
    }
    case Treatment::kKeep:
      return std::string(original);
  }
  return lower_type();
}

bool Renderer::Generalises(const std::string& type) const {
  auto p = state_.settings.find("policy." + type);
  return p == state_.settings.end() || p->second.empty() || p->second == "generalise";
}

void Renderer::Render(std::size_t unit, const std::string& text,
                      const std::vector<Mention>& mentions, Replacements& out) const {
  std::size_t last_end = 0;
  for (const auto& m : mentions) {
    const TypeInfo* info = types_.Find(m.type);
    if (info != nullptr && info->treatment == Treatment::kKeep) continue;  // a protected phrase
    const std::string_view original = std::string_view(text).substr(m.begin, m.end - m.begin);
    std::string replacement = Pseudonym(m, info, original);
    const bool entity_like = info && info->treatment == Treatment::kEntity;
    // A name in capitals ("OKAFOR" in a heading) stays in capitals; initials
    // ("JS" of the minutes) are no shouting, so "Person A" stays as it is.
    if (entity_like && text::IsAllCaps(original) && original.size() > 3) {
      replacement = ToUpper(replacement);
    } else if (!replacement.empty() && replacement[0] >= 'a' && replacement[0] <= 'z' &&
               IsSentenceStart(text, m.begin)) {
      replacement[0] = static_cast<char>(replacement[0] - 'a' + 'A');
    }
    std::size_t begin = m.begin;
    // A day generalised to a month or year: "on 14 June 2020" -> "in June 2020".
    auto precision = m.attributes.find("precision");
    if (info && info->treatment == Treatment::kTransform && precision != m.attributes.end() &&
        precision->second == "day" && begin >= 3 && begin - 3 >= last_end && Generalises(m.type) &&
        replacement != original && replacement.front() != '[') {
      const std::string_view before = std::string_view(text).substr(begin - 3, 3);
      const bool word_start =
          begin == 3 || !std::isalnum(static_cast<unsigned char>(text[begin - 4]));
      if (word_start && (before == "on " || before == "On " || before == "ON ")) {
        replacement = (before == "on " ? "in " : before == "On " ? "In " : "IN ") + replacement;
        begin -= 3;
      }
    }
    // "a"/"an" before the replacement.
    if (begin >= 2 && text[begin - 1] == ' ') {
      std::size_t w = begin - 1;
      while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') ||
                       (text[w - 1] >= 'A' && text[w - 1] <= 'Z')))
        --w;
      const std::string_view article = std::string_view(text).substr(w, begin - 1 - w);
      const bool word_start = w == 0 || !std::isalnum(static_cast<unsigned char>(text[w - 1]));
      // Only "a" and "an" change; the article is ASCII letters, so folding it
      // for the match is lowering its case.
      if (word_start && w >= last_end && article.size() <= 2) {
        const bool vowel = StartsWithVowelSound(replacement);
        std::string fixed;
        if (IsWordInAnyCase(article, "a") && vowel)
          fixed = article == "A" ? "An" : (article == "a" ? "an" : "AN");
        if (IsWordInAnyCase(article, "an") && !vowel) fixed = article[0] == 'A' ? "A" : "a";
        if (!fixed.empty()) {
          replacement = fixed + " " + replacement;
          begin = w;
        }
      }
    }
    if (replacement == std::string_view(text).substr(begin, m.end - begin)) continue;
    last_end = m.end;
    out.Add(Edit{unit, begin, m.end, std::move(replacement)}, m.begin, m.score, m.type, m.plugin,
            m.rule);
  }
}

}  // namespace anonymiser
