// FindTriggerCandidates' roles of an active verb (coder/coder_candidates.h):
// its subject as source, its object or a party the construction names as
// target.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/coder_candidates.h"
#include "coder/coder_internal.h"
#include "coder/verb_lists.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/protest_crowds.h"
#include "coder/relative_clauses.h"

namespace khaldun::coder_internal {

namespace {

// "A Chilean tourist attacked a guard in Lima, and police arrested him": a
// private person or gunman ("a Chilean tourist", "a Chilean man": a country
// named only as a nationality) lends no country to the police who arrest
// in the clause joined after it (173): they are of the place.
bool ArrestOfAPrivatePerson(std::span<const Token> tokens, const Mention& earlier_subject,
                            std::string_view code) {
  if (!code.starts_with("173")) return false;
  const std::string& party = earlier_subject.code;
  if (party.size() == 3) {
    const uint32_t end = earlier_subject.span.end;
    return end < tokens.size() && (tokens[end].pos == kPosNN || tokens[end].pos == kPosNNS) &&
           !tokens[end].Has(kTokenCapitalized);
  }
  // (Private persons and gunmen; crowds and opposition groups are the
  // police's countrymen: "Crowds in Porto protested, and police detained
  // dozens".)
  return party.ends_with("CVL") || party.ends_with("UAF") || party.ends_with("CRM");
}

// Whether `subject` opens a clause (after ",", "and", "before", "after",
// "as", "when", "while", "until") and only verbs, adverbs and one "and"
// stand between it and tokens[verb]: "before police overpowered and
// detained the gunman". Such a subject is the second verb's own, not a
// party in the object of an earlier verb.
bool SubjectOfAVerbPair(std::span<const Token> tokens, const Mention& subject, uint32_t verb) {
  static constexpr std::string_view kOpeners[] = {"and",  "before", "after", "as",
                                                  "when", "while",  "until"};
  const uint32_t b = subject.span.begin;
  if (b == 0 || subject.span.end >= verb ||
      !(tokens[b - 1].text == "," || internal::InWords(kOpeners, tokens[b - 1])))
    return false;
  bool verb_before = false, joined = false;
  for (uint32_t k = subject.span.end; k < verb; ++k) {
    if (internal::IsWord(tokens[k], "and") && verb_before && !joined) {
      joined = true;
    } else if (IsVerbTag(tokens[k].pos)) {
      verb_before = true;
    } else if (!internal::IsAuxiliaryOrAdverb(tokens[k])) {
      return false;
    }
  }
  return joined;
}

// Whether the nearest verb before the "and" right before tokens[verb] is a
// passive ("said the embassy had been attacked and urged Baghdad ..."),
// whose subject, no party, is not the second verb's.
bool PassiveBeforeAnd(std::span<const Token> tokens, uint32_t verb) {
  if (verb < 3 || !internal::IsWord(tokens[verb - 1], "and")) return false;
  static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being"};
  for (uint32_t k = verb - 1; k-- > 0 && k + 12 > verb;) {
    const Token& t = tokens[k];
    if (t.text == "," || t.text == ";" || t.text == ":") return false;
    if (!IsVerbTag(t.pos) || internal::IsAuxiliaryOrAdverb(t)) continue;
    if (t.pos != kPosVBN && t.pos != kPosVBD) return false;
    bool be = false;
    for (uint32_t a = k; a > 0 && internal::IsAuxiliaryOrAdverb(tokens[a - 1]); --a)
      be |= internal::InWords(kBe, tokens[a - 1]);
    return be;
  }
  return false;
}

// Whether the party at tokens[party] is the "by" agent of a later passive
// verb ("be" and its participle between tokens[verb_end] and the "by"),
// not the object of the verb ending at verb_end: "The warlord charged in
// absentia was later caught in Kampala by Ugandan soldiers" (the soldiers
// caught him; "charged" has no object here).
bool AgentOfALaterPassive(std::span<const Token> tokens, uint32_t verb_end, uint32_t party) {
  uint32_t b = party;
  // "by a unit of", "by two heavily armed": determiners, counts and
  // modifiers may stand between "by" and the party.
  for (int skipped = 0; skipped < 5 && b > verb_end && !internal::IsWord(tokens[b - 1], "by");
       ++skipped) {
    const Token& t = tokens[b - 1];
    if (!(internal::IsDeterminer(t) || internal::IsWord(t, "of") || t.Has(kTokenNumber) ||
          ((t.pos == kPosJJ || t.pos == kPosRB) && !t.Has(kTokenCapitalized))))
      return false;
    --b;
  }
  if (b <= verb_end || !internal::IsWord(tokens[b - 1], "by")) return false;
  static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "been", "being"};
  // (Not a passive in a relative clause on the object: "condemned the raid,
  // which was carried out by militia fighters" may blame them.)
  static constexpr std::string_view kRelatives[] = {"which", "who", "whom", "that"};
  for (uint32_t k = verb_end; k + 1 < b; ++k) {
    if (internal::InWords(kRelatives, tokens[k])) return false;
    if (!internal::InWords(kBe, tokens[k])) continue;
    uint32_t v = k + 1;
    while (v + 1 < b && (tokens[v].pos == kPosRB || internal::IsNegation(tokens[v]))) ++v;
    if (tokens[v].pos == kPosVBN) return true;
  }
  return false;
}

}  // namespace

void TriggerCoding::SettleActiveSource() {
  const Dictionary& dict = in.dict;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  uint32_t& last_verb_end = state.last_verb_end;
  std::string& last_verb_code = state.last_verb_code;
  int& last_verb_source = state.last_verb_source;
  int& last_verb_target = state.last_verb_target;
  uint32_t& last_any_verb_begin = state.last_any_verb_begin;
  uint32_t& last_any_verb_end = state.last_any_verb_end;
  int& last_any_verb_source = state.last_any_verb_source;
  std::optional<ClauseWindow>& last_null_verb_window = state.last_null_verb_window;
  if (source < 0) {
    source = internal::FindSubject(tokens, mentions, m.span.begin, window, &why_source);
    // "Tony Blair said migration helped the UK", "Blair said the talks
    // helped Iran": in a clause reported after "said", a noun phrase
    // that is no party stands as the subject; the speaker is not it.
    if (source >= 0 &&
        ReportedClauseHasOtherSubject(dict, tokens, mentions, matches, source, m.span)) {
      s.Note(fmt::format("{}: its subject in the reported clause is no party", label));
      source = -1;
    }
    // "Chinese warships sailed near Taiwan after the island's president
    // visited the United States": a role right before the verb, with
    // no country the coder can tell, is the verb's subject; the actor
    // named before it is not.
    if (source >= 0 && UncodedRoleBefore(tokens, mentions, matches, mentions[source].span.end,
                                         m.span.begin)) {
      s.Note(fmt::format("{}: its subject is a role with no known country", label));
      source = -1;
    }
    // "Fighting broke out in Mogadishu between government troops and
    // clan militias", "Clashes erupted between Indian and
    // Chinese troops": fighting with no subject of its own is between
    // the parties named after "between", each against the other.
    if (source < 0 && CameoRoot(choice.code.primary) == "19") {
      int partner = -1;
      if (const int first =
              FightingBetween(tokens, mentions, m.span.end, window.end, &partner);
          first >= 0) {
        source = first;
        why_source = "source: the first of the parties the fighting is between";
        // The parties fight each other; a place the pattern bound is
        // where (the partner, in a prepositional phrase, makes the act
        // mutual below).
        target = partner;
        choice.target = -1;
      }
    }
    // "Thousands rallied in Belgrade against the government": a crowd
    // named by its size that protests is the opposition (OPP) of the
    // place where it protests.
    // (Not a crowd gathered to celebrate or mourn: FestivePurposeAfter.)
    if (source < 0 && CameoRoot(choice.code.primary) == "14" &&
        !FestivePurposeAfter(tokens, m.span.end)) {
      if (const TokenSpan crowd = internal::CrowdSubject(tokens, window, m.span.begin);
          !crowd.empty()) {
        Mention who;
        who.span = crowd;
        who.code = std::string(internal::kUnplacedCountry) + "OPP";
        who.unplaced = true;
        who.how = "a crowd that protests: the opposition (OPP) of the protest's place";
        who.display_name = s.Text(crowd);
        mentions.push_back(std::move(who));
        s.mentions = mentions;
        source = static_cast<int>(mentions.size() - 1);
        why_source = "source: the crowd, named by its size, that protests";
      }
    }
    // "Paris suspended the talks after a bombing in Gao killed a
    // French soldier": when an event noun stands as the killing
    // verb's subject, its actor (if any) is the source, never an actor
    // before it.
    // ("A US drone strike near Baghdad airport killed the general": also
    // when no actor stands before the verb but the place in the noun's
    // phrase.)
    if (IsKillingVerb(dict.verb_form(m.id))) {
      for (const PhraseMatch& n : matches) {
        if (n.kind != PhraseMatch::Kind::kNominal || n.span.end > m.span.begin ||
            n.span.end + 6 < m.span.begin || n.span.begin < window.begin ||
            (source >= 0 && n.span.begin < mentions[source].span.end))
          continue;
        bool finite_between = false;
        for (uint32_t k = n.span.end; k < m.span.begin; ++k)
          finite_between |= internal::IsFiniteVerbTag(tokens[k].pos) || tokens[k].text == ",";
        if (finite_between) continue;
        source =
            internal::FindNominalSource(tokens, mentions, n.span, window, false, &why_source);
        if (source >= 0) why_source += " (the event noun is the subject)";
        break;
      }
    }
    // "Taliban militants set off a roadside bomb that killed five
    // American soldiers": a killing verb whose subject is "that" or
    // "which" after an event noun of force is done by whoever did
    // that event, and the noun says how (1833).
    if (source < 0 && IsKillingVerb(dict.verb_form(m.id)) && m.span.begin >= 2 &&
        (internal::IsWord(tokens[m.span.begin - 1], "that") ||
         internal::IsWord(tokens[m.span.begin - 1], "which"))) {
      for (const PhraseMatch& n : matches) {
        if (n.kind != PhraseMatch::Kind::kNominal || n.span.end + 1 != m.span.begin ||
            InsideLongerTrigger(matches, n))
          continue;
        const std::string& how =
            dict.verb_form(n.id).EffectiveCode(dict.verb_blocks()).primary;
        const auto root = CameoRoot(how);
        if (root != "18" && root != "19" && root != "20") break;
        const ClauseWindow noun_window = internal::ClauseAround(tokens, n.span.begin);
        source = internal::FindNominalSource(tokens, mentions, n.span, noun_window, true,
                                             &why_source);
        if (source >= 0) {
          why_source += " (of the event noun the relative clause is on)";
          if (how.size() > 2 && how != choice.code.primary) {
            label += fmt::format(" -> {} ('{}' says how)", how, s.Text(n.span));
            choice.code.primary = how;
          }
        }
        break;
      }
    }
    // "The EU condemned the crackdown that followed the vote, and imposed
    // sanctions": past a relative clause, a verb after ", and" shares
    // the subject of the verb the relative clause hangs on.
    if (source < 0 && group.coordinated && m.span.begin >= 2 &&
        tokens[m.span.begin - 2].text == ",") {
      if (const int main = internal::MainVerbBeforeRelative(tokens, window.begin); main >= 0) {
        source = internal::FindSubject(tokens, mentions, static_cast<uint32_t>(main),
                                       internal::ClauseAround(tokens, main), &why_source);
        if (source >= 0) why_source += " (of the verb the relative clause before it hangs on)";
      }
    }
    // "Guterres urged Israel to reconsider its order and called on
    // Hamas to ...": after "and", an actor in the previous verb's object
    // is not the subject; the previous verb's subject is.
    // "Chavez sent troops to the border, shut the embassy in Bogota": a
    // verb listed after a comma is joined as after "and".
    const bool listed = group.coordinated ||
                        internal::ContinuesVerbList(tokens, m.span.begin, last_any_verb_end);
    if (listed && last_null_verb_window && last_any_verb_source < 0) {
      std::string unused;
      last_any_verb_source = internal::FindSubject(tokens, mentions, last_any_verb_begin,
                                                   *last_null_verb_window, &unused);
    }
    // (Nor, for a past form, is one in the object of a verb listed before
    // that: "seized the president in the capital, dissolved parliament and
    // imposed a curfew".)
    // (Nor is a subject that opens a clause of its own right before two
    // verbs joined by "and": "A man shot at the mayor, before police
    // overpowered and detained him".)
    if (listed && last_any_verb_source >= 0 && source >= 0 && last_any_verb_end > 0 &&
        !SubjectOfAVerbPair(tokens, mentions[source], m.span.begin) &&
        (mentions[source].span.begin >= last_any_verb_end ||
         (tokens[m.span.begin].pos == kPosVBD &&
          mentions[source].span.begin >= mentions[last_any_verb_source].span.end))) {
      source = last_any_verb_source;
      why_source = "subject: the subject of the verb coordinated before it";
    }
    // ("The minister said the embassy had been attacked and urged Baghdad
    // to protect diplomats": with no subject found, past a passive in the
    // reported clause, the verb the 'and' joins it to gives one.)
    if (group.coordinated && (source >= 0 || PassiveBeforeAnd(tokens, m.span.begin))) {
      int subject = -1;
      auto has_subject = [&](uint32_t at) {
        std::string why;
        subject = internal::FindSubject(tokens, mentions, at,
                                        internal::ClauseAround(tokens, at), &why);
        return subject >= 0 && mentions[subject].span.end <= at &&
               SubjectRightBefore(tokens, mentions[subject], at);
      };
      if (const int head = ParallelFiniteVerb(tokens, m.span.begin, has_subject);
          head >= 0 && subject >= 0 &&
          (source < 0 ||
           (mentions[source].span.begin > static_cast<uint32_t>(head) && subject != source))) {
        source = subject;
        why_source = fmt::format(
            "subject: the subject of '{}', the verb of its form the 'and' joins it to",
            tokens[head].text);
      }
    }
    // "Greek Prime Minister Mitsotakis telephoned Turkish President
    // Erdogan on Monday to offer his condolences": the purpose of a
    // consultation (a call, a meeting, a visit: 04) is its subject's,
    // towards whom it consulted; not the object's, as after verbs that
    // put the object to an act ("urged Israel to ...").
    if (group.infinitive && CameoRoot(last_verb_code) == "04" && last_verb_source >= 0 &&
        last_verb_target >= 0 && source == last_verb_target && last_verb_end > 0 &&
        last_verb_end <= m.span.begin && WithinWordsAfterVerb(8)) {
      source = last_verb_source;
      purpose_target = last_verb_target;
      why_source = "subject: the subject of the consultation whose purpose it is";
    }
    // "Egypt's air force struck the rebel airstrip and the navy set up a
    // blockade": a state force named without its country in a clause
    // joined by "and" to one whose subject is a state's is that
    // state's.
    if (source >= 0 && source != last_verb_source && last_verb_source >= 0 &&
        mentions[source].span.begin >= last_verb_end && mentions[source].span.begin > 0 &&
        (internal::IsWord(tokens[mentions[source].span.begin - 1], "and") ||
         (mentions[source].span.begin > 1 &&
          internal::IsDeterminer(tokens[mentions[source].span.begin - 1]) &&
          internal::IsWord(tokens[mentions[source].span.begin - 2], "and"))) &&
        !ArrestOfAPrivatePerson(tokens, mentions[last_verb_source], choice.code.primary))
      internal::TakeCountryFrom(mentions[last_verb_source], &mentions[source],
                                "the country of the clause joined before it");
  }
}

void TriggerCoding::SettleActiveTarget() {
  const CoderResources& resources = in.resources;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  int& last_verb_target = state.last_verb_target;
  const std::string& last_verb_code = state.last_verb_code;
  // "Chad's president, whom the Sudanese junta accused of arming rebels,
  // flew to Paris": the verb of an object relative clause acts on the
  // antecedent, unless its pattern bound a party right after a preposition
  // inside the clause ("the killing of Ana Ruiz, which the opposition
  // blamed on the army": the army is blamed).
  auto bound_after_preposition = [&] {
    if (target < 0 || mentions[target].span.begin < m.span.end ||
        mentions[target].span.begin >= window.end)
      return false;
    uint32_t b = mentions[target].span.begin;
    while (b > m.span.end && internal::IsDeterminer(tokens[b - 1])) --b;
    return b > m.span.end && internal::IsPreposition(tokens[b - 1]) &&
           !internal::IsWord(tokens[b - 1], "of");
  };
  if (const int antecedent =
          internal::ObjectRelativeAntecedent(tokens, mentions, window.begin, m.span.begin);
      antecedent >= 0 && antecedent != source && !bound_after_preposition()) {
    target = antecedent;
    why_target = "target: the antecedent of the object relative clause (X, whom Y accused, ...)";
  }
  // "Russia condemned the air strike on Iraq by the US": when the
  // object is an event noun, the target is whoever did that event.
  if (target < 0) {
    if (const PhraseMatch* object = EventNounObject(tokens, mentions, matches, m);
        object != nullptr) {
      std::string why;
      int actor =
          internal::FindNominalSource(tokens, mentions, object->span, window, false, &why);
      if (actor >= 0 && actor != source) {
        target = actor;
        why_target = "target: the actor of the event noun that is the verb's object";
      }
    }
  }
  // "Kenyan protesters stormed parliament in Nairobi": a party named
  // inside a multiword verb ("stormed parliament") is its object, also
  // where another party follows the verb ("Montenegro joined NATO in 2017,
  // angering Moscow" is no accession to Moscow).
  auto inside_verb = [&]() {
    if (m.span.size() < 2) return -1;
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      // (Not a people word: "held hostage" names no party.)
      if (static_cast<int>(k) != source && x.span.begin > m.span.begin &&
          x.span.end <= m.span.end && !x.locative && !x.code.empty() &&
          !x.code.ends_with("CVL") && !x.code.ends_with("REF"))
        return static_cast<int>(k);
    }
    return -1;
  };
  if (target < 0 && (target = inside_verb()) >= 0)
    why_target = "target: the party named inside the verb phrase";
  if (target < 0)
    target = internal::FindObject(tokens, mentions, m.span.end, window, &why_target);
  // "A rebel commander wanted for war crimes was arrested in Goma by
  // Congolese troops": the party after the later passive's "by" arrested
  // him; it is no object of "wanted". (Nor of a pattern's '+'.)
  if (target >= 0 && mentions[target].span.begin > m.span.end &&
      AgentOfALaterPassive(tokens, m.span.end, mentions[target].span.begin)) {
    target = -1;
    why_target.clear();
  }
  // "Riot police beat and detained dozens of protesters": a verb joined
  // right away to the next one shares its object. (Not an infinitive:
  // "did nothing to encourage or assist the rebels". Not a resignation,
  // which has no object: "the prime minister resigned and fled to India"
  // yields to no one in India.)
  if (target < 0 && !group.passive && !group.infinitive && !nominal_reading &&
      !choice.code.primary.starts_with("0831")) {
    if (const uint32_t shared = internal::SharedObjectVerbEnd(tokens, matches, m.span.end);
        shared > 0) {
      target = internal::FindObject(tokens, mentions, shared, window, &why_target);
      if (target >= 0 &&
          !internal::InSharedObjectPhrase(tokens, shared, mentions[target].span.begin))
        target = -1;
      if (target >= 0) why_target = "target: the object it shares with the verb joined to it";
    }
  }
  if (purpose_target >= 0 && (target < 0 || target == source)) {
    target = purpose_target;
    why_target = "target: whom the consultation whose purpose it is was with";
  }
  // "North Korea's army warned that it would launch strikes if South
  // Korea ...": a pronoun for the subject itself opens the reported
  // clause; it is not the object. The party after it is. (Not for a
  // bare statement, 01: "Pyongyang announced that it would conduct a
  // test, citing the policy of the United States" is addressed to no
  // one.)
  if (target >= 0 && target != choice.target && source >= 0 &&
      CameoRoot(choice.code.primary) != "01" && mentions[target].span.size() == 1 &&
      mentions[target].code == mentions[source].code &&
      IsSubjectPronoun(tokens[mentions[target].span.begin])) {
    std::string why;
    const int past =
        internal::FindObject(tokens, mentions, mentions[target].span.end, window, &why);
    if (past >= 0) {
      target = past;
      why_target = why + " (past the pronoun for the subject)";
    }
  }
  // "Greece sent more troops to the Evros border after the standoff
  // with Turkish forces", "Azerbaijan mobilised reservists": forces
  // named without a country right after a verb of force posture (15)
  // are what is moved, not a party; the target is found past them.
  // So are a state's own forces it sends, rushes or pulls out ("Russia
  // sent tanks and thousands of troops into South Ossetia": aid and
  // protection 07, yielding 08, and promises of them 033).
  const auto moved_root = CameoRoot(choice.code.primary);
  // Forces moved are the verb's direct object: no preposition before
  // them ("bowing to pressure from the army" names who is yielded to).
  bool direct_object = target >= 0;
  for (uint32_t k = m.span.end; direct_object && k < mentions[target].span.begin; ++k)
    direct_object = !internal::IsPreposition(tokens[k]);
  const bool moves_forces =
      moved_root == "15" ||
      ((moved_root == "07" || moved_root == "08" || choice.code.primary.starts_with("033")) &&
       source >= 0 && IsStateActor(mentions[source]) && direct_object &&
       mentions[target].unplaced_needs_place);
  // ("massed tens of thousands of troops": a count in words before the
  // forces is no word between them and the verb.)
  uint32_t counted = 0;
  if (target >= 0)
    for (uint32_t k = m.span.end; k + 1 < mentions[target].span.begin && k < tokens.size(); ++k) {
      static constexpr std::string_view kCounts[] = {"tens", "hundreds", "thousands", "dozens",
                                                     "millions"};
      if (internal::InWords(kCounts, tokens[k]) && internal::IsWord(tokens[k + 1], "of"))
        counted += 2;
    }
  if (target >= 0 && (target != choice.target || mentions[target].unplaced_needs_place) &&
      moves_forces && mentions[target].unplaced &&
      mentions[target].span.begin <= m.span.end + 3 + counted) {
    // Past every force of a list ("tanks and thousands of troops").
    int last = target;
    while (mentions[last].coordinated_with > last) last = mentions[last].coordinated_with;
    std::string why;
    int past = internal::FindObject(tokens, mentions, mentions[last].span.end, window, &why);
    while (past >= 0 && mentions[past].unplaced_needs_place &&
           mentions[past].span.begin <= mentions[last].span.end + 4) {
      last = past;
      past = internal::FindObject(tokens, mentions, mentions[last].span.end, window, &why);
    }
    target = past;
    why_target = past >= 0 ? why + " (past the forces moved)" : std::string();
  }
  // "Serbia put its army on full combat readiness after Kosovo police
  // raided a village", "Israel placed its military on alert as it braced
  // for an Iranian strike": a show of force with no object answers the
  // party named after "after", "as", "amid" or "following".
  // "Russia's navy fired cruise missiles into waters off
  // Norway in live-fire drills after the NATO summit": first, the
  // place a show of force is staged around, near or off, in its clause.
  if (target < 0 && source >= 0 && CameoRoot(choice.code.primary) == "15") {
    for (uint32_t k = m.span.end; k + 1 < window.end && target < 0; ++k) {
      if (!internal::InWords(kAroundWords, tokens[k])) continue;
      uint32_t p = k + 1;
      if (p < window.end && internal::IsDeterminer(tokens[p])) ++p;
      for (size_t x = 0; x < mentions.size(); ++x) {
        const Mention& y = mentions[x];
        if (y.span.begin != p || y.code.size() != 3 || y.possessive ||
            y.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
          continue;
        target = static_cast<int>(x);
        why_target = fmt::format("target: the place the show of force is staged {}",
                                 tokens[k].text);
        break;
      }
    }
  }
  // "Belgrade ordered the Serbian army to its highest combat readiness as
  // tension with Kosovo rose": the source's own forces put on alert (152)
  // are what it raises, not whom the alert is aimed at; the party it
  // answers is looked for below, and none found leaves the alert uncoded.
  if (target >= 0 && source >= 0 && choice.code.primary.starts_with("152") &&
      mentions[target].code.size() == 6 && mentions[source].code.size() >= 3 &&
      !mentions[target].code.starts_with("---") &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0) {
    target = -1;
    why_target.clear();
  }
  if (target < 0 && source >= 0 && CameoRoot(choice.code.primary) == "15") {
    for (uint32_t k = m.span.end; k < tokens.size() && target < 0; ++k) {
      if (tokens[k].text == "." || tokens[k].text == ";") break;
      // ("put its nuclear deterrent forces on special alert, blaming
      // aggressive statements by leading NATO countries")
      if (!internal::IsWord(tokens[k], "after") && !internal::IsWord(tokens[k], "as") &&
          !internal::IsWord(tokens[k], "amid") && !internal::IsWord(tokens[k], "following") &&
          !internal::IsWord(tokens[k], "blaming") && !internal::IsWord(tokens[k], "citing"))
        continue;
      // (An alliance is answered only when the alert is blamed on it: "put
      // its strategic forces on alert, citing threats from NATO members".)
      const bool blamed =
          internal::IsWord(tokens[k], "blaming") || internal::IsWord(tokens[k], "citing");
      for (size_t x = 0; x < mentions.size(); ++x) {
        const Mention& y = mentions[x];
        if (y.span.empty() || y.span.begin <= k || y.span.begin > k + 8 || y.locative ||
            y.code.size() < 3 || y.unplaced || (y.code.starts_with("IGO") && !blamed) ||
            y.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
          continue;
        target = static_cast<int>(x);
        why_target = "target: the party whose act the show of force answers";
        break;
      }
      break;
    }
  }
  // "Georgetown put the army on alert and called Caracas's troop movements
  // a provocation", "Hanoi raised its forces' readiness, warning that they
  // would repel any landing by Chinese marines": an alert (152) with no
  // party marked as the one it answers is aimed at the one foreign country
  // the rest of its sentence names, as a place too ("as tension rose in
  // northern Kosovo"). Two or more such countries, or none, leave it
  // uncoded ("Pakistan put its armed forces on high alert").
  if (target < 0 && source >= 0 && choice.code.primary.starts_with("152") &&
      mentions[source].code.size() >= 3 && !mentions[source].code.starts_with("---")) {
    int other = -1;
    bool several = false;
    for (size_t x = 0; x < mentions.size() && !several; ++x) {
      const Mention& y = mentions[x];
      if (y.span.empty() || y.span.begin < m.span.end || y.code.size() < 3 || y.unplaced ||
          y.code.starts_with("---") || y.code.starts_with("IGO") || y.code.starts_with("NGO") ||
          y.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      if (other >= 0 && mentions[other].code.compare(0, 3, y.code, 0, 3) != 0) several = true;
      if (other < 0) other = static_cast<int>(x);
    }
    if (other >= 0 && !several) {
      target = other;
      why_target = "target: the one foreign country the rest of the sentence names";
    }
  }
  // "The rebels claimed responsibility for drone attacks that set fire to
  // two Saudi oil plants": an attack claimed (015) whose pattern bound no
  // target hit the party named in the relative clause on the attack, up to
  // its end; not a place ("that hit a market in Aden") nor the claimer's own.
  if (target < 0 && source >= 0 && choice.code.primary.starts_with("015")) {
    for (uint32_t k = m.span.end; k < tokens.size() && k < m.span.end + 6; ++k) {
      if (tokens[k].Has(kTokenPunct)) break;
      if (!internal::IsWord(tokens[k], "that") && !internal::IsWord(tokens[k], "which")) continue;
      for (size_t x = 0; x < mentions.size() && target < 0; ++x) {
        const Mention& y = mentions[x];
        bool clause = true;  // no comma or stop between "that" and the party
        for (uint32_t j = k + 1; j < y.span.begin && j < tokens.size(); ++j)
          clause &= !tokens[j].Has(kTokenPunct);
        if (y.span.empty() || y.span.begin <= k || y.span.begin > k + 8 || !clause ||
            y.locative || y.code.size() < 3 || y.unplaced || y.code.starts_with("---") ||
            y.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
          continue;
        target = static_cast<int>(x);
        why_target = "target: the party the claimed attack hit (its relative clause)";
      }
      break;
    }
  }
  // "Tokyo promised that Japanese aid would reach the people of Turkey",
  // "Beijing sent Chinese troops to the border": in a cooperative act (03-08),
  // a show of force (15) or a cut in relations (16), a demonym of the
  // subject's own country that a pattern binds right before the common
  // noun it modifies says whose the aid, the troops or the money are,
  // the subject's; the party after it is the target, if any. (People
  // of one's own country may be hurt or arrested: "killed dozens of
  // Kurdish villagers" keeps them.)
  const auto own_root = CameoRoot(choice.code.primary);
  if (((own_root >= "03" && own_root <= "08") || own_root == "15" || own_root == "16") &&
      target >= 0 && target == choice.target && source >= 0 &&
      mentions[target].span.size() == 1 && mentions[target].code.size() == 3 &&
      mentions[source].code.starts_with(mentions[target].code) &&
      mentions[target].span.end < window.end) {
    const Token& next = tokens[mentions[target].span.end];
    if ((next.pos == kPosNN || next.pos == kPosNNS) && !next.Has(kTokenCapitalized)) {
      s.Note(fmt::format("{}: '{}' names the subject's own, not the target", label,
                         s.Text(mentions[target].span)));
      const uint32_t own_end = mentions[target].span.end;
      target = internal::FindObject(tokens, mentions, own_end, window, &why_target);
      // (Only a party close after it: "discussed with allies whether a
      // French force could replace the departing US troops" has none.)
      if (target >= 0 && mentions[target].span.begin > own_end + 6) target = -1;
      if (target == source) target = -1;
    }
  }
  // "The Dutch king apologised for abuses by Dutch troops during
  // Indonesia's war of independence", "accepted the apology on behalf of
  // the Korean people": an apology or its acceptance (055, 056) is
  // addressed to another party; one of the subject's own country is who
  // did the deed or whom the subject speaks for. The next party after
  // it is the target, if any.
  // But an apology made "to" one's own people is addressed to them ("the
  // premier apologised to Canada's indigenous people for the schools":
  // CANGOV 055 CAN, see AdmissionEvents).
  auto addressed_to = [&](const Mention& y) {
    uint32_t b = y.span.begin;
    if (b > 0 && internal::IsWord(tokens[b - 1], "the")) --b;
    return b > 0 && internal::IsWord(tokens[b - 1], "to") &&
           choice.code.primary.starts_with("055");
  };
  if ((choice.code.primary.starts_with("055") || choice.code.primary.starts_with("056")) &&
      target >= 0 && source >= 0 && mentions[target].code.size() >= 3 &&
      mentions[source].code.compare(0, 3, mentions[target].code, 0, 3) == 0 &&
      !addressed_to(mentions[target])) {
    s.Note(fmt::format("{}: {} is of the subject's own country, not whom it addresses",
                       label, mentions[target].code));
    const uint32_t own_end = mentions[target].span.end;
    target = internal::FindObject(tokens, mentions, own_end, window, &why_target);
    if (target >= 0 && mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0)
      target = -1;
  }
  // "Zelensky, addressing the Japanese parliament on Wednesday, appealed
  // for more air defence systems": forces or weapons named without a
  // country after the "for" of an appeal (02) are what is asked for,
  // not a party; the one the subject is addressing is the target, if
  // the sentence names one.
  if (target >= 0 && own_root == "02" && mentions[target].unplaced &&
      mentions[target].span.begin >= m.span.end) {
    uint32_t k = mentions[target].span.begin;
    while (k > m.span.end &&
           (internal::IsDeterminer(tokens[k - 1]) || tokens[k - 1].pos == kPosJJ ||
            tokens[k - 1].pos == kPosJJR || tokens[k - 1].pos == kPosCD))
      --k;
    // ("appealed for" may hold the "for" in its own words.)
    if (k >= m.span.end && k > 0 && internal::IsWord(tokens[k - 1], "for")) {
      s.Note(fmt::format("{}: '{}' is what is asked for, not a party", label,
                         s.Text(mentions[target].span)));
      target = -1;
      for (size_t x = 0; x < mentions.size() && target < 0; ++x) {
        const Mention& y = mentions[x];
        uint32_t b = y.span.begin;
        if (b > 0 && internal::IsDeterminer(tokens[b - 1])) --b;
        if (y.span.end <= m.span.begin && b >= window.begin && b > 0 && !y.locative &&
            !y.code.empty() && static_cast<int>(x) != source &&
            internal::IsWord(tokens[b - 1], "addressing")) {
          target = static_cast<int>(x);
          why_target = "target: whom the subject was addressing";
        }
      }
    }
  }
  // "Mexico extradited Ovidio Guzman, the son of the jailed Sinaloa
  // cartel boss, to the United States": a party inside an
  // appositive on the object describes the object; the one after "to"
  // past it is the target.
  if (target >= 0 && (target != choice.target ||
                      (choice.pattern != nullptr && TargetIsDirectObject(*choice.pattern)))) {
    if (const int recipient = internal::RecipientPastAppositive(
            tokens, mentions, m.span.end, mentions[target], window);
        recipient >= 0 && recipient != source) {
      target = recipient;
      why_target = "target: the party after 'to' past the appositive on the object";
    }
  }
  // "Russia and Turkey met in Moscow to discuss Syria", "Erdogan exchanged
  // views on Syria": what is discussed, the object of "discuss" or the
  // party after "on", "about" or "over", is the topic, not the partner;
  // with no party after "with", a compound subject discusses with each
  // other and a lone one with no one named. (Patterns keep "discussed the
  // crisis with Paris": "- * (WITH +)".)
  if (target >= 0 && choice.pattern == nullptr && !nominal_reading &&
      mentions[target].span.begin >= m.span.end) {
    const std::string_view lemma = in.dict.verb_form(m.id).lemma;
    if (lemma == "DISCUSS" || lemma == "EXCHANGE_VIEWS" || lemma == "EXCHANGE VIEWS" ||
        lemma == "COMPARE_NOTES" || lemma == "COMPARE NOTES") {
      bool partner = false;
      for (uint32_t k = m.span.end; k < mentions[target].span.begin; ++k)
        partner |= internal::IsWord(tokens[k], "with") || internal::IsWord(tokens[k], "to");
      if (!partner) {
        target = -1;
        why_target.clear();
      }
    }
  }
  // "Berlin held talks on the Iranian nuclear programme with Paris",
  // "Seoul held talks on Chinese fishing fleets with Tokyo": a party the
  // object search found in an "on", "about" or "over" phrase is the
  // topic of a consultation or cooperation (03-06); the party named
  // after "with" later in the clause is the partner.
  if (target >= 0 && target != choice.target && own_root >= "03" && own_root <= "06") {
    uint32_t last_preposition = 0;
    for (uint32_t k = m.span.end; k < mentions[target].span.begin; ++k)
      if (internal::IsPreposition(tokens[k])) last_preposition = k;
    static constexpr std::string_view kTopics[] = {"on", "about", "over", "regarding"};
    if (last_preposition > 0 && internal::InWords(kTopics, tokens[last_preposition])) {
      for (size_t x = 0; x < mentions.size(); ++x) {
        const Mention& y = mentions[x];
        if (y.span.begin <= mentions[target].span.end || y.span.end > window.end ||
            y.locative || y.code.empty() || static_cast<int>(x) == source)
          continue;
        uint32_t b = y.span.begin;
        if (b > 0 && internal::IsDeterminer(tokens[b - 1])) --b;
        if (b > 0 && internal::IsWord(tokens[b - 1], "with")) {
          target = static_cast<int>(x);
          why_target = "target: the partner after 'with' (the party before is the topic)";
        }
        break;
      }
    }
  }
  // "North Korea has trained 500 hackers capable of launching cyber
  // warfare against the United States": the party named after
  // "against" is the adversary, never the partner of a cooperative act
  // (roots 03-07) found by the object search. (A concession (08) is
  // made to it: "eased its tough stance against the United States".)
  if (target >= 0 && target != choice.target && mentions[target].span.begin > 0 &&
      internal::IsWord(tokens[mentions[target].span.begin - 1], "against")) {
    const auto root = CameoRoot(choice.code.primary);
    if (root >= "03" && root <= "07") {
      target = -1;
      why_target.clear();
    }
  }
  // "Ankara condemned the Israeli raid and recalled its ambassador":
  // a coordinated verb with no object of its own acts on the first
  // verb's target.
  // ("accused Baku of provocations and announced that it was closing
  // the border": a statement (01) whose "that" or "it" clause follows says
  // something; it is not said to the first verb's target. A demand keeps
  // it: "... and demanded that he leave".)
  const uint32_t after = m.span.end;
  const bool reports_a_clause =
      after < tokens.size() && CameoRoot(choice.code.primary) == "01" &&
      (internal::IsWord(tokens[after], "that") ||
       (internal::IsWord(tokens[after], "it") && after + 1 < tokens.size() &&
        IsVerbTag(tokens[after + 1].pos)));
  // (Not a curfew or emergency rule, which falls on the population
  // whoever the first verb hit: "the army detained the president and
  // declared a state of emergency" MIL 1724 the country.)
  const bool on_population = choice.code.primary.starts_with("1723") ||
                             choice.code.primary.starts_with("1724");
  // "ECOWAS gave the junta a week to restore the president and imposed
  // sanctions on the country": a coordinated verb whose own object is
  // "the country" (or "the nation") acts on the country of the first
  // verb's target, not on that party; the state is its government for
  // acts addressed to it (10-17), the bare country otherwise.
  if (target < 0 && group.coordinated && last_verb_target >= 0 &&
      last_verb_target != source && !reports_a_clause && !on_population) {
    const std::string& party = mentions[last_verb_target].code;
    const bool a_country = party.size() >= 3 && !party.starts_with(internal::kUnplacedCountry) &&
                           !party.starts_with("IGO") && !party.starts_with("NGO");
    bool the_country = false;
    for (uint32_t k = m.span.end; a_country && k + 2 < tokens.size() && k < m.span.end + 8 &&
                                  k + 2 <= window.end;
         ++k) {
      if (k > m.span.end && (IsVerbTag(tokens[k].pos) || tokens[k].text == "," ||
                             tokens[k].text == "." || tokens[k].text == ";"))
        break;
      // (An object's preposition, not a place: "called for elections in
      // the country" names where, not whom.)
      static constexpr std::string_view kObjectPrepositions[] = {"on", "against", "to", "with",
                                                                 "towards", "toward"};
      the_country = internal::InWords(kObjectPrepositions, tokens[k]) &&
                    internal::IsWord(tokens[k + 1], "the") &&
                    (internal::IsWord(tokens[k + 2], "country") ||
                     internal::IsWord(tokens[k + 2], "nation"));
      if (the_country) break;
    }
    if (the_country) {
      const auto root = CameoRoot(choice.code.primary);
      const std::string code = party.substr(0, 3) + (root >= "10" && root <= "17" ? "GOV" : "");
      target = ImplicitMention(code, false, "the country", "the country of the first verb's target",
                               &mentions);
      s.mentions = mentions;
      why_target = "target: 'the country', that of the verb coordinated before it";
    }
  }
  // ("Netanyahu rejected the counterproposal and vowed to press on": an
  // intent with no pattern of its own, whose content is unknown, is no
  // promise of cooperation to the party just rejected, condemned or
  // attacked.)
  const std::string_view before_root = CameoRoot(last_verb_code);
  const bool vow_after_hostility = choice.pattern == nullptr &&
                                   CameoRoot(choice.code.primary) == "03" &&
                                   before_root >= "11" && before_root <= "20";
  if (target < 0 && group.coordinated && last_verb_target >= 0 &&
      last_verb_target != source && !reports_a_clause && !on_population && !vow_after_hostility) {
    target = last_verb_target;
    why_target = "target: the target of the verb coordinated before it";
  }
  // "Militants overran the town in northern Iraq, abducting hundreds of
  // women": people seized or assaulted, told by their number alone, are
  // of the country the clause's first act hit. (Not a killing: "dropped
  // sarin on the town, killing 80 people" tells the toll of the act
  // coded.)
  if (target < 0 && !nominal_reading && last_verb_target >= 0 && last_verb_target != source &&
      mentions[last_verb_target].code.size() == 3 &&
      (CameoRoot(choice.code.primary) == "18" || choice.code.primary.starts_with("173")) &&
      internal::ParticipleOnANumberOfPeople(tokens, m.span)) {
    target = last_verb_target;
    why_target = "target: the country the first act hit, whose people the number names";
  }
  // "Militiamen raided the market in Goma, shooting traders and taking
  // others hostage", "... and held hostages in the church overnight":
  // hostages no party names are people of the country the clause's own
  // act of violence, by the same party, struck.
  // (Hostages told by their number or as "others" only, "holding
  // thousands of women", "taking 30 hostages": "taking a priest hostage"
  // names whom, with no country to give.)
  auto hostages_unnamed = [&] {
    static constexpr std::array<std::string_view, 14> kUnnamed = {
        "others", "at",     "least",  "more",   "than",      "some",   "about",
        "nearly", "dozens", "scores", "of",     "hundreds",  "around", "thousands"};
    bool counted = false;
    for (uint32_t k = m.span.end; k < tokens.size() && k < m.span.end + 6; ++k) {
      if (internal::IsWord(tokens[k], "hostage") || internal::IsWord(tokens[k], "hostages"))
        return true;
      if (counted && tokens[k].pos == kPosNNS && !tokens[k].Has(kTokenCapitalized)) return true;
      if (tokens[k].pos != kPosCD && !internal::InWords(kUnnamed, tokens[k])) return false;
      counted = true;
    }
    return false;
  };
  const auto& clause_verb = state.clause_verb;
  const std::string_view clause_root = CameoRoot(clause_verb.code);
  if (target < 0 && !nominal_reading && choice.code.primary == "181" && source >= 0 &&
      hostages_unnamed() &&
      clause_verb.source == source && clause_verb.target >= 0 && clause_verb.target != source &&
      clause_verb.end <= m.span.begin &&
      mentions[clause_verb.target].code.size() == 3 && clause_root >= "18" && clause_root <= "20") {
    target = clause_verb.target;
    why_target = "target: the country the clause's act of violence struck, whose people are held";
  }
  // "Burundi expelled three Rwandan diplomats, accusing them of spying":
  // the pronoun a participle after a comma acts on is the previous
  // verb's object.
  if (target < 0 && !nominal_reading && last_verb_target >= 0 && last_verb_target != source &&
      internal::ParticipleOnThePreviousObject(tokens, m.span, mentions[last_verb_target])) {
    target = last_verb_target;
    why_target = "target: the previous verb's object, which the participle's pronoun stands for";
  }
  // "Putin arrived in Pyongyang": the place a visitor arrives in is
  // what is visited.
  // So it is when the visit is for an organisation's meeting ("arrived
  // in Johannesburg for the BRICS summit" visits South Africa).
  const bool for_a_meeting = target >= 0 && mentions[target].code.starts_with("IGO");
  if (for_a_meeting && choice.code.primary.starts_with("042") && source >= 0) {
    std::string why;
    const int place = PlaceTarget(
        tokens, resources.gazetteer.get(), mentions[source].code, choice.code.primary,
        m.span.end, std::min<uint32_t>(window.end, m.span.end + 3), &mentions, &why);
    if (place >= 0) {
      target = place;
      why_target = "target: the place visited (for the organisation's meeting)";
      s.mentions = mentions;
    }
  }
  if (target < 0 && choice.code.primary.starts_with("042")) {
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      if (x.locative && !x.code.empty() && x.span.begin >= m.span.end &&
          x.span.begin <= m.span.end + 2 && x.span.begin < window.end) {
        target = static_cast<int>(k);
        why_target = "target: the place visited";
        break;
      }
    }
  }
}

}  // namespace khaldun::coder_internal
