// What FindMentions (mention_passes.h) remembers of a sentence for the
// next ones: its salient person and thing, its compound subject, its
// plural group and its parties.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/clause.h"
#include "coder/coreference.h"
#include "coder/mention_antecedents.h"
#include "coder/mention_codes.h"
#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "coder/unknown_people.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

namespace {

// "Angela Merkel spoke to Vladimir Putin by telephone. She told him ...":
// the one other person of the sentence, with a code of their own (not
// possessive, no group; named or by a role one person holds), is who an object "him" or "her" stands for when
// the salient person is already that clause's subject. With two or more
// such people the choice is left open (no other person is remembered).
void RememberOtherPerson(std::span<const Token> tokens, const std::vector<Mention>& mentions,
                         const std::string& salient_code, CoreferenceMemory* memory) {
  const Mention* other = nullptr;
  for (const Mention& m : mentions) {
    // ("met his Turkish counterpart": a role one person holds is a person.)
    if (!(m.person || IsOnePersonRole(m)) || m.code.empty() || m.unplaced || m.possessive ||
        m.locative || m.code == salient_code || IsPluralGroup(m, tokens))
      continue;
    if (other != nullptr && other->code != m.code) {
      memory->SetOtherPerson("", "");
      return;
    }
    other = &m;
  }
  if (other == nullptr) {
    memory->SetOtherPerson("", "");
    return;
  }
  memory->SetOtherPerson(other->code, other->person_name.empty() ? SpanText(tokens, other->span)
                                                                 : other->person_name);
}

}  // namespace

// "Rouhani said the commander was assassinated ... He underlined ...": the
// most salient person of a sentence is its first person in subject
// position (not possessive, not after a preposition); "he" and "she" in
// later sentences refer to that person, else to the last person named.
// "Labour leader Jeremy Corbyn accused the government of waiting for
// instructions from Donald Trump": a subject the dictionaries do not know
// is the salient person, so a "he" after it codes nothing (not Trump).
void RememberSalientActors(const SentenceScan& scan, const std::vector<Mention>& mentions) {
  const std::span<const Token> tokens = scan.tokens;
  const std::span<const PhraseMatch> matches = scan.matches;
  const size_t n = tokens.size();
  const MentionContext& context = scan.context;
  CoreferenceMemory* memory = scan.memory;
  RememberAppositiveNames(tokens, matches, mentions, context.gazetteer, memory);
  RememberUnknownPeople(tokens, matches, mentions, context.gazetteer, memory);
  RememberRoleHolders(mentions, memory);
  std::string unknown_subject, named_code;
  const int first_subject = FirstSubjectPerson(tokens, matches, mentions, *memory,
                                               context.gazetteer, n, &unknown_subject, &named_code);
  const bool unknown_salient = first_subject == kUnknownPerson;
  const Mention* salient = nullptr;
  const Mention* last = nullptr;
  for (const Mention& m : mentions) {
    // "the Kurds", "Ugandan rebels" are groups: "he" and "she" are not them.
    if (!m.person || m.code.empty() || m.unplaced || IsPluralGroup(m, tokens)) continue;
    last = &m;
    bool subject = !m.possessive && !(m.span.begin > 0 && IsPreposition(tokens[m.span.begin - 1]));
    if (subject && salient == nullptr) salient = &m;
  }
  // The same for states and organisations, for "it".
  const Mention* thing = nullptr;
  for (const Mention& m : mentions) {
    if (m.person || m.locative || m.unplaced || m.code.empty()) continue;
    bool subject = !m.possessive && !(m.span.begin > 0 && IsPreposition(tokens[m.span.begin - 1]));
    if (subject) {
      thing = &m;
      break;
    }
    if (thing == nullptr) thing = &m;
  }
  if (thing != nullptr) {
    memory->SetLastThing(thing->code, thing->display_name.empty() ? SpanText(tokens, thing->span)
                                                                  : thing->display_name);
  }
  if (unknown_salient) {
    memory->SetLastPersonUnknown(unknown_subject);
    memory->SetOtherPerson("", "");
  } else if (first_subject == kNamedBefore) {
    memory->SetLastPerson(named_code, unknown_subject);  // "Mr Blair said ..."
    RememberOtherPerson(tokens, mentions, named_code, memory);
  } else if (const Mention* chosen = salient ? salient : last) {
    memory->SetLastPerson(chosen->code, chosen->person_name.empty() ? SpanText(tokens, chosen->span)
                                                                    : chosen->person_name);
    RememberOtherPerson(tokens, mentions, chosen->code, memory);
  }
}

void RememberForNextSentence(const SentenceScan& scan, const std::vector<Mention>& mentions) {
  const std::span<const Token> tokens = scan.tokens;
  CoreferenceMemory* memory = scan.memory;
  // The compound subject of this sentence, for "they" in the next.
  std::vector<std::string> group;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& a = mentions[m];
    const bool head = m == 0 || mentions[m - 1].coordinated_with != static_cast<int>(m);
    const bool plain = !a.possessive && !a.locative &&
                       !(a.span.begin > 0 && IsPreposition(tokens[a.span.begin - 1]));
    // "Armed men stormed the oil field and took Chileans, Peruvians and
    // Swedes hostage. They demanded a ransom": a plural group in the
    // subject's place before the list is the sentence's subject, and the
    // list named after it is no compound subject ("they" is the group,
    // as the plural subject below).
    if (plain && a.coordinated_with < 0 && head && IsPluralGroup(a, tokens)) break;
    if (a.coordinated_with < 0 || !head || !plain) continue;
    for (int k = static_cast<int>(m); k >= 0; k = mentions[k].coordinated_with)
      group.push_back(mentions[k].code);
    break;
  }
  memory->SetLastGroup(std::move(group));
  // The subject of this sentence, when a plural group, for "they" in the
  // next; any other subject ends the group's salience.
  Mention plural;
  for (const Mention& m : mentions) {
    // "Tens of thousands of protesters marched": a count before the group
    // is no preposition governing it.
    // So is a collective noun: "A first contingent of Kenyan police landed
    // in Haiti. They were met by ...", "a band of gunmen", "a delegation of
    // senators".
    static constexpr std::array<std::string_view, 12> kCollectives = {
        "contingent", "group", "band",   "unit",      "team",  "squad",
        "delegation", "batch", "convoy", "detachment", "crowd", "handful"};
    const bool counted = m.span.begin >= 2 && IsWord(tokens[m.span.begin - 1], "of") &&
                         (InWords(kQuantityWords, tokens[m.span.begin - 2]) ||
                          InWords(kCollectives, tokens[m.span.begin - 2]) ||
                          tokens[m.span.begin - 2].Has(kTokenNumber));
    if (m.code.empty() || m.locative || m.possessive ||
        (m.span.begin > 0 && IsPreposition(tokens[m.span.begin - 1]) && !counted))
      continue;
    if (IsPluralGroup(m, tokens)) plural = m;
    break;
  }
  memory->SetLastPlural(std::move(plural));
  for (const Mention& m : mentions)
    if (!m.code.empty() && !m.locative && !m.unplaced && m.code.size() >= 3 && !m.span.empty())
      memory->NoteParty(m.code);
}

}  // namespace khaldun::internal
