#include "coder/coreference.h"

#include <fmt/format.h>

#include <array>
#include <string_view>

#include "coder/clause.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

bool IsCountryOnly(const std::string& code) { return code.size() == 3; }

// "the rebels", "the police": a plural role is a group, which the rules
// for "they" and for armed groups resolve, not one holder of a role.
bool IsPluralHead(const Token& t) {
  if (IsWord(t, "police") || IsWord(t, "people") || t.pos == kPosNNS || t.pos == kPosNNPS)
    return true;
  const std::string_view w = t.text;
  return w.size() > 3 && (w.back() == 's' || w.back() == 'S') && w[w.size() - 2] != 's';
}

// "the party", "the firm", "the regime": a role that names a body, not one
// person. An article names many ("the Tories' strategist ... of
// Australia's Liberal Party ... the party"), and a body named with a
// person ("the Assad regime") is no holder of an office, so the last one
// named is too often not the one meant.
bool IsOrganisationRole(const AgentEntry& role) {
  static constexpr std::array<std::string_view, 20> kBodies = {
      "GOVERNMENT", "MILITARY", "ARMY",      "FORCES",     "POLICE",   "MINISTRY",   "PARLIAMENT",
      "REGIME",     "CABINET",  "AUTHORITY", "ADMINISTRATION", "NAVY", "COUNCIL", "COURT",
      "COMMITTEE",  "AGENCY",   "SERVICE",   "JUNTA",      "DEPARTMENT", "OFFICE"};
  if (role.code == "PTY" || role.code == "BUS") return true;
  for (std::string_view body : kBodies)
    if (role.name.ends_with(body)) return true;
  return false;
}

}  // namespace

bool IsObjectPronoun(std::span<const Token> tokens, size_t i) {
  if (IsWord(tokens[i], "him")) return true;
  if (!IsWord(tokens[i], "her")) return false;
  // "her" before a word that may be the noun she owns is a possessive.
  if (i + 1 >= tokens.size()) return true;
  const Token& next = tokens[i + 1];
  return !next.Has(kTokenWord) || next.pos == kPosIN || next.pos == kPosTO ||
         IsWord(next, "to") || IsWord(next, "as") || IsWord(next, "and") ||
         IsWord(next, "that") || IsVerbTag(next.pos);
}

const Mention* OpeningPersonBeyondClause(std::span<const Token> tokens,
                                         std::span<const Mention> mentions, size_t at) {
  // The sentence's subject: its first party, with no verb before it ("Hours
  // later Ana Ruiz ..."; not "After meeting Ana Ruiz, ...").
  const Mention* opener = nullptr;
  for (const Mention& m : mentions) {
    if (m.locative || m.code.empty()) continue;
    opener = &m;
    break;
  }
  // (A pronoun that opens it already stands for someone from before; a
  // chain of such guesses is too often wrong.)
  if (opener == nullptr || !opener->person || opener->possessive || opener->unplaced ||
      opener->span.end >= at ||
      (opener->span.end - opener->span.begin == 1 &&
       (IsWord(tokens[opener->span.begin], "he") || IsWord(tokens[opener->span.begin], "she"))))
    return nullptr;
  for (uint32_t k = 0; k < opener->span.begin; ++k)
    if (IsVerbTag(tokens[k].pos) || (k > 0 && tokens[k].Has(kTokenCapitalized))) return nullptr;
  // The subject of the pronoun's clause: the last party before it, joined
  // to it by verbs, adverbs and a preposition only ("the president
  // congratulated him", "had asked him", "publicly disagreed with him").
  const Mention* subject = nullptr;
  for (const Mention& m : mentions)
    if (!m.locative && !m.possessive && !m.code.empty() && m.span.end <= at) subject = &m;
  if (subject == nullptr || subject == opener || subject->span.begin <= opener->span.end)
    return nullptr;
  if (at - subject->span.end > 4) return nullptr;
  bool verb = false;
  for (size_t k = subject->span.end; k < at; ++k) {
    const Token& t = tokens[k];
    if (IsVerbTag(t.pos)) {
      verb = true;
    } else if (!IsAuxiliaryOrAdverb(t) && !IsPreposition(t)) {
      return nullptr;
    }
  }
  if (!verb) return nullptr;
  // The opener acts in a clause of its own before the pronoun's.
  bool own_verb = false;
  for (uint32_t k = opener->span.end; k < subject->span.begin && !own_verb; ++k)
    own_verb = IsVerbTag(tokens[k].pos);
  if (!own_verb) return nullptr;
  // Someone else than the person or the person's own state.
  if (subject->code == opener->code) return nullptr;
  if (IsCountryOnly(subject->code) && opener->code.starts_with(subject->code)) return nullptr;
  return opener;
}

bool ResolveDefiniteRole(std::span<const Token> tokens, std::span<const Mention> before,
                         const CoreferenceMemory& memory, Mention* mention) {
  const TokenSpan span = mention->span;
  if (mention->role == nullptr || !mention->person_name.empty() || mention->possessive ||
      mention->locative || mention->owned || mention->sponsored || span.end - span.begin < 2 ||
      span.end > tokens.size() || !IsWord(tokens[span.begin], "the") ||
      IsPluralHead(tokens[span.end - 1]) || IsOrganisationRole(*mention->role))
    return false;
  if (!mention->code.empty() && !mention->unplaced) return false;
  const std::string& role = mention->role->name;
  std::string code, label;
  for (const Mention& m : before) {
    if (m.role == nullptr || m.role->name != role || m.code.empty() || m.unplaced || m.locative ||
        !m.person || m.person_name.empty() || m.span.end > span.begin)
      continue;
    code = m.code;
    label = m.person_name;
  }
  if (code.empty()) {
    const CoreferenceMemory::RoleHolder* holder = memory.LookupRole(role);
    if (holder == nullptr) return false;
    code = holder->code;
    label = holder->label;
  }
  mention->how = fmt::format("coreference: {} = {}", SpanText(tokens, span), label);
  mention->code = std::move(code);
  mention->display_name = label;
  mention->person = true;
  mention->unplaced = false;
  mention->unplaced_needs_place = false;
  return true;
}

void RememberRoleHolders(std::span<const Mention> mentions, CoreferenceMemory* memory) {
  for (const Mention& m : mentions) {
    if (m.role == nullptr || !m.person || m.person_name.empty() || m.code.empty() || m.unplaced || m.locative ||
        m.code.starts_with(kUnplacedCountry))
      continue;
    memory->RememberRole(m.role->name, {m.code, m.person_name});
  }
}

}  // namespace khaldun::internal
