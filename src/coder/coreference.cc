#include "coder/coreference.h"

#include <fmt/format.h>

#include <array>
#include <string_view>

#include "coder/clause.h"
#include "coder/mention_antecedents.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

bool IsCountryOnly(const std::string& code) { return code.size() == 3; }

// Titles of a head of state or government that news uses bare for the one
// named before ("the president", "the prime minister"). Not "the
// chancellor": in British news the finance minister, seldom the person
// named before ("Mr Blair will hand over to the chancellor").
bool IsBareHeadTitle(const std::string& role) {
  return role == "PRESIDENT" || role == "PRIME MINISTER" || role == "PREMIER";
}

// "Gustavo Petro vetoed the bill. The president said ...": the government
// person "the president" stands for when no holder of that title was named
// with it. The last person named with a government's code earlier in the
// sentence, else the salient person of the sentences before. (The caller
// drops it when another country's government was named among the recent
// parties, as the title could be either's: "Modi met Biden. The president
// ...".)
const Mention* LastGovernmentPerson(std::span<const Mention> before, uint32_t end) {
  const Mention* last = nullptr;
  for (const Mention& m : before)
    if (m.person && !m.unplaced && !m.locative && m.span.end <= end && m.code.size() == 6 &&
        m.code.ends_with("GOV"))
      last = &m;
  return last;
}

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

// Whether the phrase that opens at `begin` stands in an object's place: right
// after a verb or a preposition, past up to three determiners, numbers and
// adjectives ("seized three Ukrainian navy boats", "fired on the crowd").
bool InObjectPlace(std::span<const Token> tokens, uint32_t begin) {
  uint32_t b = begin;
  for (int skipped = 0; skipped < 3 && b > 0; ++skipped) {
    const Token& t = tokens[b - 1];
    if (!(IsDeterminer(t) || t.pos == kPosCD || t.pos == kPosJJ)) break;
    --b;
  }
  return b > 0 && (IsVerbTag(tokens[b - 1].pos) || IsPreposition(tokens[b - 1]));
}

// An object, or a phrase set off by a comma after one ("the sentence of
// Ana Ruiz, the opposition leader").
bool InObjectPlaceOrApposition(std::span<const Token> tokens, const Mention& m) {
  if (InObjectPlace(tokens, m.span.begin)) return true;
  return m.span.begin >= 2 && tokens[m.span.begin - 1].text == "," &&
         (tokens[m.span.begin - 2].Has(kTokenCapitalized) ||
          InObjectPlace(tokens, m.span.begin - 1));
}

// "protesters", "political prisoners": a plural common noun ending a phrase
// (not a name: "the United States").
bool IsGroupHead(const Token& t) { return IsPluralHead(t) && !t.Has(kTokenCapitalized); }

// A party with a country of its own: not a place, not an owner ("Iran's"),
// not a role still waiting for its country, not an organisation.
bool HasOwnCountry(const Mention& m) {
  return !m.locative && !m.possessive && !m.unplaced && m.code.size() >= 3 &&
         !m.code.starts_with(kUnplacedCountry) && !m.code.starts_with("IGO") &&
         !m.code.starts_with("NGO");
}

}  // namespace

bool IsOnePersonRole(const Mention& m) {
  return m.role != nullptr && !IsOrganisationRole(*m.role);
}

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
  // The subject of the pronoun's clause ("the president congratulated
  // him", "had asked him", "publicly disagreed with him").
  const Mention* subject = ClauseSubjectBefore(tokens, mentions, at);
  if (subject == nullptr || subject == opener || subject->span.begin <= opener->span.end)
    return nullptr;
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
    // "Foreign Minister Ana Ruiz arrived in Lima. The minister said ...":
    // a bare "the minister" is the holder of a narrower minister's role
    // named before, when only one country's is remembered. (Only a role
    // of one word after "the": "the defence minister" names its own.)
    if (holder == nullptr && span.end - span.begin == 2) holder = memory.LookupRoleByHead(role);
    if (holder != nullptr) {
      code = holder->code;
      label = holder->label;
    } else if (span.end - span.begin == 2 && IsBareHeadTitle(role)) {
      if (const Mention* person = LastGovernmentPerson(before, span.begin); person != nullptr) {
        code = person->code;
        label = person->person_name.empty() ? SpanText(tokens, person->span) : person->person_name;
      } else if (memory.last_person_code().size() == 6 &&
                 memory.last_person_code().ends_with("GOV")) {
        code = memory.last_person_code();
        label = memory.last_person_label();
      }
      for (const std::string& party : memory.recent_parties())
        if (!code.empty() && party.size() == 6 && party.ends_with("GOV") &&
            party.compare(0, 3, code, 0, 3) != 0)
          code.clear();
      // (Nor when its own sentence names another state before it, even as
      // a place: "Petro flew to Caracas, where the president ...".)
      for (const Mention& m : before)
        if (!code.empty() && m.span.end <= span.begin &&
            (m.code.size() == 3 || (m.code.size() == 6 && m.code.ends_with("GOV"))) &&
            !m.code.starts_with(kUnplacedCountry) && m.code.compare(0, 3, code, 0, 3) != 0)
          code.clear();
    }
    if (code.empty()) return false;
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

bool RoleOfObjectOwner(std::span<const Token> tokens, std::span<const Mention> mentions,
                       size_t pronoun_at, std::string_view role_sector, Mention* role) {
  const size_t n = tokens.size();
  if (pronoun_at == 0 || pronoun_at >= n || mentions.empty() || role_sector.empty()) return false;
  const bool person = IsWord(tokens[pronoun_at], "his") || IsWord(tokens[pronoun_at], "her");
  if (!person && !IsWord(tokens[pronoun_at], "their")) return false;
  // The role is an object ("fired on his supporters"), not a subject ("his
  // supporters marched").
  const Token& before = tokens[pronoun_at - 1];
  if (!IsVerbTag(before.pos) && !IsPreposition(before)) return false;
  if (role->span.end < n && IsFiniteVerbTag(tokens[role->span.end].pos)) return false;
  // The owner: the nearest party of the pronoun's kind before it ("navy
  // boats": a group named by its role and a plural noun after it).
  const Mention* owner = nullptr;
  for (const Mention& m : mentions) {
    if (m.span.empty() || m.span.end > pronoun_at || m.locative || m.possessive || m.code.empty())
      continue;
    const bool plural = IsGroupHead(tokens[m.span.end - 1]) ||
                        (m.span.end < pronoun_at && tokens[m.span.end].pos == kPosNNS);
    if (person ? m.person : (!m.person && plural)) owner = &m;
  }
  if (owner == nullptr || !HasOwnCountry(*owner) || owner == &mentions[0] ||
      owner->code == mentions[0].code || !InObjectPlace(tokens, owner->span.begin))
    return false;
  // "Ruiz praised the general and ordered his troops home": after "and" and
  // a verb of the same subject, the pronoun is the subject's again, when
  // the subject can be its owner (a person for "his", no person for
  // "their"; "troops ... fired on his supporters" cannot).
  for (size_t k = owner->span.end; mentions[0].person == person && k + 1 < pronoun_at; ++k) {
    if (!IsWord(tokens[k], "and")) continue;
    size_t v = k + 1;
    while (v + 1 < pronoun_at && IsAuxiliaryOrAdverb(tokens[v]) && !IsVerbTag(tokens[v].pos)) ++v;
    if (IsVerbTag(tokens[v].pos)) return false;
  }
  role->code = owner->code.substr(0, 3) + std::string(role_sector);
  role->owned = false;
  role->unplaced = false;
  role->unplaced_needs_place = false;
  role->how = fmt::format("{} {}: the role of {}, an object before it", tokens[pronoun_at].text,
                          SpanText(tokens, {static_cast<uint32_t>(pronoun_at + 1), role->span.end}),
                          owner->display_name.empty() ? owner->code : owner->display_name);
  return true;
}

bool ThemAsEarlierObject(std::span<const Token> tokens, std::span<const Mention> mentions,
                         size_t at, Mention* out) {
  if (at < 3 || at >= tokens.size() || !IsWord(tokens[at], "them") || mentions.size() < 2 ||
      !IsVerbTag(tokens[at - 1].pos))
    return false;
  // "and put them", "and later drove them": "and", then verbs and adverbs.
  size_t a = at - 1;
  while (a > 0 && a + 3 >= at && (IsVerbTag(tokens[a].pos) || IsAuxiliaryOrAdverb(tokens[a]))) --a;
  if (!IsWord(tokens[a], "and")) return false;
  // The group: the last party before "and", close to it, with no comma or
  // verb of another clause between ("freed 200 prisoners and put them").
  const Mention* group = nullptr;
  for (const Mention& m : mentions) {
    if (m.span.empty() || m.locative) continue;
    if (m.span.begin > a && m.span.begin < at) return false;  // "and police beat them"
    if (m.span.end <= a) group = &m;
  }
  if (group == nullptr || group == &mentions[0] || group->possessive || group->code.empty() ||
      group->code == mentions[0].code || a - group->span.end > 4 ||
      !IsGroupHead(tokens[group->span.end - 1]) || !InObjectPlace(tokens, group->span.begin))
    return false;
  for (size_t k = group->span.end; k < a; ++k)
    if (tokens[k].text == "," || IsVerbTag(tokens[k].pos)) return false;
  // The subject of both verbs opens the sentence and is no group of the
  // same kind ("troops mistook police officers for militants": another
  // group may be meant).
  const Mention& subject = mentions[0];
  for (uint32_t k = 0; k < subject.span.begin; ++k)
    if (IsVerbTag(tokens[k].pos)) return false;
  for (const Mention& m : mentions)
    if (&m != group && &m != &subject && !m.locative && m.span.end <= a &&
        IsGroupHead(tokens[m.span.end - 1]))
      return false;
  *out = *group;
  out->span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1)};
  out->how = fmt::format("coreference: them = {}", SpanText(tokens, group->span));
  out->coordinated_with = -1;
  out->owned = false;
  out->city = false;
  return true;
}

bool ThemAgain(std::span<const Token> tokens, std::span<const Mention> mentions, size_t at,
               Mention* out) {
  if (at >= tokens.size() || !IsWord(tokens[at], "them")) return false;
  const Mention* earlier = nullptr;
  for (const Mention& m : mentions)
    if (m.span.end <= at && m.span.size() == 1 && IsWord(tokens[m.span.begin], "them") &&
        !m.code.empty() && m.coordinated_with < 0)
      earlier = &m;
  if (earlier == nullptr) return false;
  for (const Mention& m : mentions)
    if (m.span.begin > earlier->span.end && m.span.end <= at && !m.locative &&
        IsGroupHead(tokens[m.span.end - 1]) && InObjectPlace(tokens, m.span.begin))
      return false;
  *out = *earlier;
  out->span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1)};
  return true;
}

const Mention* PersonObjectBeforeAnd(std::span<const Token> tokens,
                                     std::span<const Mention> mentions, size_t at) {
  if (at < 3 || at >= tokens.size() || !IsObjectPronoun(tokens, at) || mentions.size() < 2 ||
      !IsVerbTag(tokens[at - 1].pos))
    return nullptr;
  size_t a = at - 1;
  while (a > 0 && a + 3 >= at && (IsVerbTag(tokens[a].pos) || IsAuxiliaryOrAdverb(tokens[a]))) --a;
  if (!IsWord(tokens[a], "and")) return nullptr;
  // The subject opens the sentence and is no person, so it is not "him".
  const Mention& subject = mentions[0];
  if (subject.person || subject.possessive || subject.locative || subject.code.empty() ||
      subject.span.end > a)
    return nullptr;
  for (uint32_t k = 0; k < subject.span.begin; ++k)
    if (IsVerbTag(tokens[k].pos)) return nullptr;
  const Mention* person = nullptr;
  for (const Mention& m : mentions) {
    if (&m == &subject || m.span.empty() || m.locative || m.code.empty()) continue;
    if (m.span.begin > a && m.span.begin < at) return nullptr;  // "and Lula praised him"
    if (m.span.end > a) continue;
    if (IsGroupHead(tokens[m.span.end - 1])) return nullptr;
    // (A singular role that names no body is one person: "the opposition
    // leader".)
    if (!m.person && (m.role == nullptr || IsOrganisationRole(*m.role))) continue;
    // One person, perhaps named twice ("Ana Ruiz, the opposition leader").
    if (person != nullptr && !(m.span.begin == person->span.end + 1 &&
                               tokens[person->span.end].text == ","))
      return nullptr;
    person = &m;
  }
  if (person == nullptr || person->possessive || !InObjectPlaceOrApposition(tokens, *person))
    return nullptr;
  return person;
}

// The subject of the clause of the pronoun at `at`: the last party before
// it, joined to it by verbs, adverbs and prepositions only, with a verb
// among them ("He thanked him", "She later spoke with him"); null if none.
const Mention* ClauseSubjectBefore(std::span<const Token> tokens,
                                   std::span<const Mention> mentions, size_t at) {
  const Mention* subject = nullptr;
  for (const Mention& m : mentions)
    if (!m.locative && !m.possessive && !m.code.empty() && m.span.end <= at) subject = &m;
  if (subject == nullptr || at - subject->span.end > 4) return nullptr;
  bool verb = false;
  for (size_t k = subject->span.end; k < at; ++k) {
    const Token& t = tokens[k];
    if (IsVerbTag(t.pos)) {
      verb = true;
    } else if (!IsAuxiliaryOrAdverb(t) && !IsPreposition(t)) {
      return nullptr;
    }
  }
  return verb ? subject : nullptr;
}

const Mention* ArrivalSubjectBeforeWhere(std::span<const Token> tokens,
                                         std::span<const Mention> mentions, size_t at,
                                         bool person) {
  // The "where" that opens the pronoun's clause; another clause word in
  // between ("where police boarded the plane and arrested him") leaves the
  // pronoun to the rules of its own clause.
  size_t where = at;
  for (size_t k = at; k-- > 0;) {
    if (IsWord(tokens[k], "where")) {
      where = k;
      break;
    }
    if (tokens[k].text == ";" || IsWord(tokens[k], "and") || IsWord(tokens[k], "who") ||
        IsWord(tokens[k], "which") || IsWord(tokens[k], "that"))
      return nullptr;
  }
  if (where == at || where < 3 || tokens[where - 1].text != ",") return nullptr;
  // The place, right before the comma, reached by a preposition: a
  // mention, or a name no dictionary knows ("crossed into Idlib").
  size_t place_begin = where - 1;
  for (const Mention& m : mentions)
    if (m.span.end + 1 == where) place_begin = m.span.begin;
  if (place_begin + 1 == where)
    while (place_begin > 0 && tokens[place_begin - 1].Has(kTokenCapitalized) &&
           tokens[place_begin - 1].Has(kTokenWord))
      --place_begin;
  if (place_begin + 1 == where || place_begin == 0 ||
      !IsPreposition(tokens[place_begin - 1]))
    return nullptr;
  // The where-clause's own subject ("the Kremlin", "insurgents").
  const Mention* own = nullptr;
  for (const Mention& m : mentions)
    if (own == nullptr && m.span.begin > where && m.span.end <= at && !m.locative &&
        !m.possessive && !m.code.empty())
      own = &m;
  if (own == nullptr) return nullptr;
  // The subject of the clause before: the last party before the place that
  // no preposition governs ("Rebels led by HTS entered Damascus, and Assad
  // fled to Moscow": Assad).
  const Mention* subject = nullptr;
  for (const Mention& m : mentions) {
    if (m.span.end > place_begin) break;
    if (m.locative || m.possessive || m.unplaced || m.code.empty() ||
        (m.span.begin > 0 && IsPreposition(tokens[m.span.begin - 1])))
      continue;
    subject = &m;
  }
  if (subject == nullptr || subject->code == own->code) return nullptr;
  bool verb = false;
  for (size_t k = subject->span.end; k < place_begin && !verb; ++k)
    verb = IsVerbTag(tokens[k].pos);
  if (!verb) return nullptr;
  const bool group = IsPluralGroup(*subject, tokens);
  if (person ? (group || !(subject->person || IsOnePersonRole(*subject))) : !group) return nullptr;
  return subject;
}

}  // namespace khaldun::internal
