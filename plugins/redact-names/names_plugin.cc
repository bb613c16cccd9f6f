#include "names_plugin.h"

#include <algorithm>

#include "anonymiser/version.h"
#include "chat_sender.h"
#include "listed_initials.h"
#include "quoted_nickname.h"

namespace anonymiser::names {

PluginInfo NamesPlugin::info() const {
  return PluginInfo{"redact-names", kToolVersion, PluginKind::kRedaction,
                    "person names: titles, given and family names, initials, in context"};
}

void NamesPlugin::Configure(const PluginContext& context) {
  lexicon_ = std::make_unique<NameLexicon>(NameLexicon::Load(context.dictionary_dir));
  finder_ = std::make_unique<NameFinder>(*lexicon_);
}

std::vector<TypeInfo> NamesPlugin::types() const {
  return {TypeInfo{"PERSON", Treatment::kEntity, "Person {L}"}};
}

void NamesPlugin::Find(const TextUnit& unit, std::vector<Mention>& out) const {
  if (!finder_) return;
  const std::size_t first = out.size();
  finder_->Find(unit.text, out);
  // Initials in minutes, where no name rule took the word already.
  std::vector<Mention> extra;
  FindListedInitials(unit.text, extra);
  // "Father (KL)": a family member's initials after the role.
  FindRoleInitials(unit.text, extra);
  // "Hope Ramsay (HR)": the minutes' initials of a name just found.
  FindBracketedInitials(unit.text, std::span<const Mention>(out).subspan(first), extra);
  // "JHW – Jane Hallworth, DSL": a key to the initials a log uses.
  FindInitialsKey(unit.text, std::span<const Mention>(out).subspan(first), extra);
  // William "Bill" Hargreaves: the nickname too.
  FindQuotedNicknames(unit.text, std::span<const Mention>(out).subspan(first), extra);
  // - "Ghost": Reece Flanagan-Oyelowo: a list of who is who.
  FindNicknameKeys(unit.text, std::span<const Mention>(out).subspan(first), extra);
  // known as "Smokey", the nickname "Shaggy".
  FindNamedInQuotes(unit.text, extra);
  // "[11/03/2023, 18:02:44] Big Bro 💰: yo": who sent a chat message.
  FindChatSenders(unit.text, extra);
  if (extra.empty()) return;
  for (Mention& m : extra) {
    // A name found already keeps its place; a phrase in quotes or a chat
    // sender takes the place of the names inside it (known as the "Benny
    // line", Thomas Tait ("Big Tommo"), "Big Bro 💰:").
    const auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
    const bool quoted = m.rule == "named-in-quotes" || m.rule == "chat-sender" ||
                        m.rule == "quoted-nickname" || m.rule == "nickname-key";
    const bool taken = std::any_of(begin, out.end(), [&](const Mention& o) {
      return o.begin < m.end && m.begin < o.end &&
             !(quoted && m.begin <= o.begin && o.end <= m.end);
    });
    if (taken) continue;
    if (quoted)
      out.erase(
          std::remove_if(begin, out.end(),
                         [&](const Mention& o) { return m.begin <= o.begin && o.end <= m.end; }),
          out.end());
    out.push_back(std::move(m));
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace anonymiser::names
