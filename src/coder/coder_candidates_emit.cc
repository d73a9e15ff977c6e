// FindTriggerCandidates' last step (coder/coder_candidates.h): the repairs
// that need the final source and target, then one candidate per pair of
// coordinated actors.

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "coder/arrested_attackers.h"
#include "coder/claimed_acts.h"
#include "coder/claims.h"
#include "coder/clause.h"
#include "coder/coder_candidates.h"
#include "coder/coder_internal.h"
#include "coder/inquiry_doers.h"
#include "coder/deployments.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/protest_purposes.h"
#include "coder/protest_seats.h"
#include "coder/requests.h"
#include "coder/withdrawals.h"

namespace khaldun::coder_internal {
namespace {

// Whether a clause reported with "that" left out opens right after a verb
// ending at `verb_end` and `party` stands in it: a subject (a pronoun alone,
// or a noun phrase) and a modal or a form of "be" or "have" come first
// ("pledged US forces would remain", "agreed the regime had crossed a line",
// "vowed he would clear the Kurds"; not "promised Turkey it would").
bool InBareReportedClause(std::span<const Token> tokens, uint32_t verb_end, TokenSpan party) {
  static constexpr std::string_view kFinite[] = {
      "would", "will", "could", "should", "might", "may", "must", "had", "has",
      "have",  "was",  "were",  "is",     "are",   "can", "shall"};
  if (party.begin < verb_end) return false;
  for (uint32_t k = verb_end + 1; k < tokens.size() && k <= verb_end + 5; ++k) {
    if (!internal::InWords(kFinite, tokens[k])) continue;
    const bool pronoun = k == verb_end + 1 && tokens[verb_end].pos == kPosPRP;
    bool noun_phrase = true;
    for (uint32_t j = verb_end; j < k && noun_phrase; ++j) {
      const uint8_t p = tokens[j].pos;
      noun_phrase = IsNounTag(p) || p == kPosDT || p == kPosJJ || p == kPosCD || p == kPosPOS ||
                    tokens[j].Has(kTokenPossessive);
    }
    return (pronoun || noun_phrase) && party.begin < k + 12;
  }
  return false;
}

// A person received as a guest: a named person, or a phrase whose role is
// a personal office ("Argentina's president", "the Saudi crown prince",
// "the UN envoy"), not an institution ("the new government").
bool GuestInPerson(const Mention& x) {
  if (x.person) return true;
  const AgentEntry* word = x.role != nullptr ? x.role : x.agent;
  if (word == nullptr) return false;
  static constexpr std::string_view kOffices[] = {
      "PRESIDENT", "MINISTER", "KING",   "QUEEN",  "EMIR",  "PRINCE", "CHANCELLOR", "LEADER",
      "PREMIER",   "SECRETARY", "ENVOY", "SULTAN", "POPE",  "MONARCH", "AMBASSADOR"};
  // (The office is the role's last word, "PRIME_MINISTER", "CROWN_PRINCE",
  // or its first, "SECRETARY_OF_STATE"; not "PRESIDENTIAL_PALACE". Entries
  // may spell the words apart with a space: "PRIME MINISTER".)
  const std::string_view name = word->name;
  const size_t last = name.find_last_of("_ ");
  const std::string_view head = last == std::string_view::npos ? name : name.substr(last + 1);
  const std::string_view first = name.substr(0, name.find_first_of("_ "));
  for (std::string_view office : kOffices)
    if (head == office || (first == office && office == "SECRETARY")) return true;
  return false;
}

// The party named right after "from" in "switched its recognition from
// Taiwan to China" (or "... to China from Taiwan"), when the target is the
// one named after "to": the state ties are moved away from; -1 if none.
// Only within a few words after the verb, so that "from" opens no other
// phrase ("a delegation from Japan").
int PartyMovedFrom(std::span<const Token> tokens, std::span<const Mention> mentions,
                   TokenSpan verb, int target) {
  const Mention& to = mentions[target];
  if (to.span.empty() || to.span.begin == 0 || !internal::IsWord(tokens[to.span.begin - 1], "to"))
    return -1;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), verb.end + 8);
  for (uint32_t k = verb.end; k + 1 < end; ++k) {
    if (!internal::IsWord(tokens[k], "from")) continue;
    for (size_t x = 0; x < mentions.size(); ++x) {
      const Mention& from = mentions[x];
      if (static_cast<int>(x) == target || from.span.empty() || from.span.begin != k + 1 ||
          from.code.size() < 3)
        continue;
      // ("from Taiwan to China", "to China from Taiwan": the two are next
      // to each other.)
      if (from.span.end + 1 == to.span.begin || to.span.end == k) return static_cast<int>(x);
    }
  }
  return -1;
}

}  // namespace

bool TriggerCoding::LastRepairs() {
  const CoderOptions& options = in.options;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  std::vector<Mention>& mentions = in.mentions;
  // "Argentina gave refuge to the Paraguayan president a day after he was
  // toppled", "Spain granted him asylum": a president, a prime minister or
  // an office-holder named in person who is given asylum abroad has left
  // office, whatever the entry's dates say on the day he fell; he is an
  // elite (ELI), not his government.
  // (Not a state's own official: "to whom Chile had granted asylum" is
  // no Chilean.)
  auto heads_a_state = [&](const Mention& who) {
    return who.person || (who.role != nullptr && (who.role->name == "PRESIDENT" ||
                                                  who.role->name == "PRIME_MINISTER"));
  };
  if (choice.code.primary == "075" && target >= 0 && source >= 0 &&
      heads_a_state(mentions[target]) && mentions[target].code.size() == 6 &&
      mentions[target].code.ends_with("GOV") &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) != 0) {
    target = ImplicitMention(mentions[target].code.substr(0, 3) + "ELI", mentions[target].unplaced,
                             mentions[target].display_name, "a leader given asylum, out of office",
                             &mentions);
    s.mentions = mentions;
  }
  // "The president ordered an inquiry into the killing of six miners by
  // soldiers", "the ICC opened an investigation into torture committed by
  // the junta's police": an inquiry into abuses is aimed at whoever
  // committed them (092, 094 for war crimes; inquiry_doers.h), not at the
  // victims or the place the verb's object or pattern named.
  if (source >= 0 && CameoRoot(choice.code.primary) == "09") {
    const internal::InquiryDoer doer =
        internal::DoerUnderInquiry(tokens, mentions, m.span, source);
    if (doer.mention >= 0 && doer.mention != target) {
      target = doer.mention;
      // "killings committed by Burundian state agents", "abuses by Syria":
      // abuses a country is named for are its state's (BDIGOV).
      if (mentions[target].code.size() == 3) {
        target = ImplicitMention(mentions[target].code + "GOV", mentions[target].unplaced,
                                 "the state", "the state whose abuses are looked into",
                                 &mentions);
        s.mentions = mentions;
      }
      choice.code.primary = std::string(doer.code);
      label += fmt::format(" -> {} (an inquiry into abuses)", doer.code);
      why_target = "target: whoever committed the abuses the inquiry looks into";
    } else if (doer.mention >= 0 && choice.code.primary < std::string(doer.code)) {
      choice.code.primary = std::string(doer.code);
    }
  }
  // "Russia sent troops to fight Islamic State in Syria", "tasked with
  // training local forces to fight ISIS": an infinitive whose subject is
  // the object of the verb before it says what that act was for; the
  // object has not done it yet.
  // (The object may be the verb phrase's own last word: "sent troops".)
  // (Not the owner of a decision or move in that object: "opposed
  // Trump's decision to withdraw US troops" is Trump's withdrawal.)
  // ("..., prompting Mexico to break off relations with Ecuador", "forced
  // the president to cut short his visit": a verb of bringing about says
  // its object did the act.)
  static constexpr std::string_view kBringingAbout[] = {
      "prompting", "prompted", "forcing", "forced", "compelling", "compelled", "spurring", "spurred"};
  bool brought_about = false;
  if (source >= 0 && !mentions[source].span.empty())
    for (uint32_t k = mentions[source].span.begin; k > 0 && k + 4 > mentions[source].span.begin;
         --k) {
      const Token& t = tokens[k - 1];
      if (internal::InWords(kBringingAbout, t)) brought_about = true;
      if (brought_about || t.text == "," || (IsVerbTag(t.pos) && t.pos != kPosVBG)) break;
    }
  if (!nominal_reading && group.infinitive && source >= 0 && prev_verb_end > 0 && !brought_about &&
      !mentions[source].span.empty() && !mentions[source].possessive &&
      mentions[source].span.begin > prev_verb_begin &&
      mentions[source].span.end <= m.span.begin &&
      ObjectMeantFor(tokens, prev_verb_begin, mentions[source].span, m.span.begin)) {
    s.Note(fmt::format("{}: the purpose its subject, the object of the verb before, was "
                       "meant for; not done",
                       label));
    return false;
  }
  // "sent 500 police officers to the island to help fight the gangs",
  // "flew bombers to the base to help strike the rebels": a bare
  // infinitive after "to help" is what the help is for, an
  // act of force not yet done. (A finite "helped" reports a deed: "the
  // strikes helped drive the militants out of the town"; forces that
  // arrive "to help train" an army are already cooperating, 06.)
  if (!nominal_reading && group.infinitive && CameoRoot(choice.code.primary) >= "18" &&
      AfterToHelp(tokens, m.span.begin)) {
    s.Note(fmt::format("{}: the purpose of 'to help'; not done", label));
    return false;
  }
  // "The US announced that Australian Mamdouh Habib will be released",
  // "Moscow announced that control over Douma had been transferred to
  // Syrian forces", "he pointed out that Britain approved export
  // licences": a plain statement (010, no pattern of its own) whose only
  // party is inside the "that" clause it reports is no statement to that
  // party; the clause's own verb codes what it says. (A pattern that
  // binds the party, "said that Pyongyang's promise was sincere", keeps
  // it.)
  if (choice.code.primary == "010" && choice.pattern == nullptr && target >= 0 &&
      ThatClauseBetween(tokens, m.span.end, mentions[target].span.begin)) {
    s.Note(fmt::format(
        "{}: a statement whose only party is in the clause it reports; no event", label));
    return false;
  }
  // "Tillerson pledged that US forces would remain in Syria", "the two
  // leaders agreed Assad's regime had crossed a line", "Erdogan vowed he
  // would clear the Kurds from the border": a bare promise or agreement
  // (03 from its block, no pattern) whose party is the subject of the
  // clause it reports promises that party nothing; the promisee is named
  // before the clause ("promised Turkey that it would not let the Kurds
  // have it").
  if (CameoRoot(choice.code.primary) == "03" && choice.pattern == nullptr && target >= 0 &&
      !nominal_reading && mentions[target].span.begin >= m.span.end &&
      (ThatClauseBetween(tokens, m.span.end, mentions[target].span.begin) ||
       InBareReportedClause(tokens, m.span.end, mentions[target].span))) {
    s.Note(fmt::format(
        "{}: a bare promise or agreement whose party is the subject of the clause it reports; "
        "no event",
        label));
    return false;
  }
  // "Police fired tear gas at protesters demanding Mubarak's removal",
  // "clashes with demonstrators calling for the president's resignation":
  // what protesters are named by their demand for is their protest; CAMEO's
  // 141x say what a protest is for as 104x say it of a demand (1041 ->
  // 1411, a change of leadership; 1042 -> 1412, of policy; ...), and a
  // demand with no such subcode is a demonstration (141).
  if (!nominal_reading && CameoRoot(choice.code.primary) == "10" && m.span.begin > 0 &&
      tokens[m.span.begin].pos == kPosVBG) {
    static constexpr std::string_view kProtesters[] = {"protesters", "protestors",
                                                       "demonstrators", "marchers", "rioters"};
    if (internal::InWords(kProtesters, tokens[m.span.begin - 1])) {
      const std::string& demand = choice.code.primary;
      const std::string protest =
          demand.size() == 4 && demand.starts_with("104") && demand.back() >= '1' &&
                  demand.back() <= '4'
              ? std::string("141") + demand.back()
              : std::string("141");
      label += fmt::format(" -> {} (the protest of the protesters it names)", protest);
      choice.code.primary = protest;
      choice.code.reverse.clear();
    }
  }
  // "the navy sank a fishing boat that Caracas said was ferrying
  // migrants", "shooting five men the governor described as smugglers":
  // a party right before a verb of saying or describing after the act is
  // that verb's subject, a speaker inside the object's relative clause,
  // not the one the act falls on.
  // (Acts of force and protest only, 14-20: "rejected the proposal that
  // Hamas said it had accepted" rejects Hamas's proposal.)
  if (target >= 0 && mentions[target].span.begin >= m.span.end &&
      mentions[target].span.end < tokens.size() && !mentions[target].possessive &&
      CameoRoot(choice.code.primary) >= "14") {
    static constexpr std::string_view kSaying[] = {"said", "says", "say", "described",
                                                   "describes"};
    if (internal::InWords(kSaying, tokens[mentions[target].span.end])) {
      s.Note(fmt::format("{}: the party after the act is the subject of '{}', a speaker; no "
                         "target",
                         label, tokens[mentions[target].span.end].text));
      return false;
    }
  }
  // "Syrian rebels backed by Ankara", "Russian forces backing Assad",
  // "NGOs supporting US agencies": a participle of backing right after a
  // noun (a past one with its "by" agent) describes that noun's side in a
  // conflict, a standing state, not an endorsement made now ("Spain backed
  // Morocco's plan", "the court of human rights backed the UK" are ones).
  if (choice.code.primary.starts_with("051") && !nominal_reading && m.span.size() == 1 &&
      m.span.begin > 0 &&
      ((tokens[m.span.begin].pos == kPosVBN && m.span.end < tokens.size() &&
        internal::IsWord(tokens[m.span.end], "by")) ||
       tokens[m.span.begin].pos == kPosVBG) &&
      IsNounTag(tokens[m.span.begin - 1].pos)) {
    const std::string_view lemma = in.dict.verb_form(m.id).lemma;
    if (lemma == "BACK" || lemma == "SUPPORT") {
      s.Note(fmt::format("{}: a participle of backing after a noun, a description; no event",
                         label));
      return false;
    }
  }
  // "Ankara hopes to dislodge the militia from Afrin", "the EU hopes to
  // bring its aid into the UN talks": a hope (013 from its block, no
  // pattern) for an act of one's own is no optimistic comment about the
  // party that act would touch. (A pattern codes a hoped-for meeting:
  // "hopes to meet Putin", 036; "was confident that Berlin and Paris
  // would agree" remains a comment on them.)
  if (choice.code.primary.starts_with("013") && choice.pattern == nullptr && target >= 0 &&
      !nominal_reading && m.span.end + 1 < tokens.size() &&
      internal::IsWord(tokens[m.span.end], "to") && tokens[m.span.end + 1].pos == kPosVB) {
    s.Note(fmt::format("{}: hopes for an act of its own; no comment on its party", label));
    return false;
  }
  // "Aristide flew into exile aboard an American plane", "Charles Taylor
  // flew into exile in Nigeria": a flight into exile is no visit, to the
  // country of the plane or to the one that takes the exile in (that one
  // grants asylum, 075).
  if (choice.code.primary.starts_with("042") && target >= 0 && !nominal_reading) {
    bool into_exile = false;
    for (uint32_t k = m.span.begin; k + 1 < tokens.size() && k < m.span.end + 2; ++k)
      into_exile |= internal::IsWord(tokens[k], "into") && internal::IsWord(tokens[k + 1], "exile");
    if (into_exile) {
      s.Note(fmt::format("{}: a flight into exile; no visit", label));
      return false;
    }
  }
  // "Rebels overran the town as government troops abandoned their posts":
  // ground given up with no one named to give it to goes to the party of
  // the clause it is joined to, the one advancing. (Not to the same party:
  // "Russian troops shelled the city before Russian units left their
  // positions".)
  if (choice.code.primary == "0874" && source >= 0 && target < 0 && !nominal_reading &&
      !group.passive) {
    // (Between armed parties only: "until the US pulled out", "when US
    // troops leave the area" name no force they gave ground to; and not a
    // pronoun, which may stand for anyone: "it is unclear what happens
    // when the troops leave".)
    auto armed = [](const std::string& code) {
      static constexpr std::string_view kArmed[] = {"MIL", "REB", "INS", "UAF", "COP"};
      if (code.size() < 6) return false;
      for (std::string_view r : kArmed)
        if (std::string_view(code).substr(3, 3) == r) return true;
      return false;
    };
    const int other = internal::OpposingPartyAcrossClause(tokens, mentions, m.span);
    if (other >= 0 && other != source && armed(mentions[source].code) &&
        !mentions[other].span.empty() && !IsSubjectPronoun(tokens[mentions[other].span.begin]) &&
        armed(mentions[other].code) &&
        !OneParty(mentions[other].code, mentions[source].code, options.state_actors)) {
      target = other;
      why_target = "target: the party of the clause the withdrawal is joined to";
    }
  }
  // "Caracas announced its withdrawal from the Organization of American
  // States", "Burundi's pullout from the court": a state that withdraws
  // from an international organisation reduces relations with it (160),
  // it does not pull back forces (0356, 0874, 166).
  if (internal::WithdrawsFromOrganisation(tokens, mentions, m.span, source, target,
                                          choice.code.primary)) {
    label += " -> 160 (a withdrawal from an international organisation)";
    choice.code.primary = "160";
    choice.code.reverse.clear();
  }
  // "India flew planes loaded with relief supplies to Fiji", "Senegal sent
  // troops to Gambia at the request of its president", "Pyongyang sent
  // soldiers to Russia to fight against Ukraine": forces sent abroad to
  // bring relief, at the host's request or to help it, or to fight beside
  // it, are aid (073, 074) or military cooperation (062) with the country
  // they go to, not a show of force against it (154). (At home, troops
  // "sent to help the police" remain a deployment.)
  if (choice.code.primary.starts_with("154") && source >= 0 && target >= 0 &&
      mentions[source].code.size() >= 3 && mentions[target].code.size() >= 3 &&
      !mentions[source].code.starts_with("---") && !mentions[target].code.starts_with("---") &&
      (mentions[target].code.size() == 3 || mentions[target].code.ends_with("GOV")) &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) != 0) {
    const std::string_view purpose = internal::DeploymentPurposeCode(tokens, m.span.end);
    if (!purpose.empty()) {
      label += fmt::format(" -> {} (forces sent to help or fight beside the country they go to)",
                           purpose);
      choice.code.primary = std::string(purpose);
      choice.code.reverse.clear();
    }
  }
  // "A car bomb tore through the barracks, killing 30 soldiers, and the
  // rebels later claimed the attack", "the militia admitted carrying out
  // the ambush that killed four policemen": an act of force whose doer the
  // sentence does not name is the act of the party that claims it
  // (coder/claims.h). (Not when the claimer is the act's own target, nor
  // when the target is gunmen or bombers, the claimer's own hands: "claimed
  // an assault by its gunmen on the mall".)
  // (Nor when the act is told by a relative clause on an attack noun that
  // has no doer either: "claimed the car bombing in Mogadishu that killed
  // 15 soldiers" is the car bombing's, 1832, which claimed_acts.h gives the
  // claimer; "killed" is its outcome.)
  const bool outcome_of_orphan_attack = [&] {
    if (m.span.begin < 2 || !(internal::IsWord(tokens[m.span.begin - 1], "that") ||
                              internal::IsWord(tokens[m.span.begin - 1], "which")))
      return false;
    for (const Candidate& orphan : state.orphans)
      if (orphan.source < 0 && CameoRoot(orphan.code) >= "18" &&
          orphan.trigger.end + 6 >= m.span.begin && orphan.trigger.end < m.span.begin)
        return true;
    return false;
  }();
  if (options.require_dyad && source < 0 && target >= 0 && CameoRoot(choice.code.primary) >= "18" &&
      !mentions[target].code.ends_with("UAF") && !outcome_of_orphan_attack) {
    const int claimer = internal::AttackClaimer(tokens, mentions);
    if (claimer >= 0 && claimer != target && mentions[claimer].code != mentions[target].code) {
      source = claimer;
      why_source = "source: the party that claims the attack";
      s.Note(fmt::format("{}: no doer named; the attack is claimed by '{}'", label,
                         s.Text(mentions[claimer].span)));
      // (", killing 30 soldiers" after the barracks bombing is its toll.)
      if (TollOfAnActBefore(tokens, state.candidates, claimer, m.span)) {
        s.Note(fmt::format("{}: the toll of the claimed act before it, not an act of its own",
                           label));
        return false;
      }
    }
  }
  // "Serb and Kosovar envoys met in Brussels, and Belgrade's negotiator
  // called the talks constructive": talks judged hopeful (013) with no
  // other party named (or only the speaker's own country, in a later
  // clause) aim at the speaker's counterpart in the meeting coded earlier
  // in the sentence (04).
  if (source >= 0 && !nominal_reading && JudgesTalks(tokens, m.span, choice.code.primary) &&
      (target < 0 || mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0)) {
    for (const Candidate& met : state.candidates) {
      if (CameoRoot(met.code) != "04" || met.source < 0 || met.target < 0 ||
          met.trigger.end > m.span.begin ||
          mentions[met.source].code.compare(0, 3, mentions[source].code, 0, 3) != 0 ||
          mentions[met.target].code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      target = met.target;
      why_target = "target: the speaker's counterpart in the talks coded before";
      break;
    }
  }
  // "A man opened fire on the mayor outside the town hall in Porto, and
  // police arrested him": an arrest whose object names the arrested only as
  // a pronoun or a doer ("the suspect", "13 of them") is aimed at the doer of
  // the act of force told before it in the sentence (arrested_attackers.h).
  // (So is "the gunman" that found no country of its own: "A Slovak man shot
  // at the mayor, before police detained the gunman" is the Slovak man.)
  const bool doer_without_country =
      target >= 0 && mentions[target].span.begin == m.span.end &&
      mentions[target].code.starts_with(internal::kUnplacedCountry);
  if (source >= 0 && (target < 0 || doer_without_country) &&
      choice.code.primary.starts_with("173")) {
    const int doer = ArrestedAttacker(tokens, mentions, state.candidates, m.span, source);
    if (doer >= 0) {
      target = doer;
      why_target = "target: the doer of the act of force told before the arrest";
    }
  }
  if (options.require_dyad && (source < 0 || target < 0)) {
    state.orphans.push_back({source, target, choice.code.primary, m.span,
                             fmt::format("{}; {}; {}", label, why_source, why_target)});
    s.Note(fmt::format("{}: {} ; no event (an event needs a source and a target)", label,
                       source < 0 ? "no source found" : "no target found"));
    return false;
  }
  return true;
}

void TriggerCoding::EmitCandidates() {
  const CoderOptions& options = in.options;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  std::vector<Mention>& mentions = in.mentions;
  std::vector<Candidate>& candidates = state.candidates;
  const std::string& act = Act();
  // "Tehran and Damascus": one event per pair of coordinated actors.
  std::vector<int> sources{source}, targets{target};
  while (sources.back() >= 0 && mentions[sources.back()].coordinated_with >= 0)
    sources.push_back(mentions[sources.back()].coordinated_with);
  if (also_source >= 0 && std::find(sources.begin(), sources.end(), also_source) == sources.end())
    sources.push_back(also_source);
  while (targets.back() >= 0 && mentions[targets.back()].coordinated_with >= 0)
    targets.push_back(mentions[targets.back()].coordinated_with);
  // "Rioters stormed Peru's Congress, the supreme court and the presidential
  // palace": a crowd's protest aimed at seats of state named as places
  // (not parties) is aimed at each institution of the protesters' country
  // that they house: LEG, JUD, GOV. (The seat may be a word of the verb
  // phrase: "stormed parliament".) The country is the seat named as a
  // party's ("Peru's Congress"), else the protesters' own.
  if (source >= 0 && internal::AddressesOwnGovernment(act) && !nominal_reading &&
      ProtestsItsOwnGovernment(mentions[source], tokens)) {
    std::string country = mentions[source].code.substr(0, 3);
    bool unplaced = mentions[source].unplaced;
    if (target >= 0 && IsStateActor(mentions[target]) && !mentions[target].span.empty()) {
      country = mentions[target].code.substr(0, 3);
      unplaced = mentions[target].unplaced;
    }
    const std::vector<std::string> seats =
        SeatsOfStateInObject(tokens, mentions, m.span, window);
    // The seats named replace the default target, the protesters' own
    // government, that stood for an object naming no party.
    if (!seats.empty() && targets.size() == 1 && targets[0] >= 0 &&
        mentions[targets[0]].span.empty() && why_target.starts_with("target: implicit, the "))
      targets[0] = -1;
    for (const std::string& seat : seats) {
      const std::string code = country + seat;
      if (std::any_of(targets.begin(), targets.end(),
                      [&](int t) { return t >= 0 && mentions[t].code == code; }))
        continue;
      const int implicit =
          ImplicitMention(code, unplaced, "seat of state", "the institution the seat houses",
                          &mentions);
      s.mentions = mentions;
      if (targets.size() == 1 && targets[0] < 0)
        targets[0] = implicit;
      else
        targets.push_back(implicit);
    }
  }
  // "China and Russia agreed to build a pipeline from Siberia to China":
  // a mutual act whose target is one of its compound source acts on each
  // member.
  if (!reciprocal && sources.size() > 1 && targets.size() == 1 && target >= 0 &&
      IsMutualAct(act)) {
    for (int a : sources) reciprocal |= mentions[a].code == mentions[target].code;
    // "Sudan's army and the Rapid Support Forces clashed in Khartoum": a
    // place bound as the target of a mutual act of a compound source,
    // with no object of the verb before it, is where they act on each
    // other. ("US and Afghan forces raid houses in Kabul" have an object:
    // they act together.)
    reciprocal |= mentions[target].locative && m.span.end < tokens.size() &&
                  internal::IsPreposition(tokens[m.span.end]);
  }
  if (reciprocal) targets = sources;
  // "Yoon held talks with Kishida in Tokyo", "Iran negotiated with the
  // EU": talks with someone are held by both (tests/gold/README.md:
  // "held talks" is symmetric), so the partner named after "with" holds
  // them too. ("Trump met Kim" names who met whom: one way.) So is an
  // agreement signed with someone: "Pashinyan signed a Russian-brokered
  // agreement with Azerbaijan" (057 both ways), and a call ("Modi spoke
  // with Putin by telephone": 041 both ways).
  //
  // "Sudanese troops exchanged fire with Chadian border guards for an
  // hour": fire is traded, so the side named after "with" shoots too, as
  // "Sudanese and Chadian troops exchanged fire" codes both ways (tests/
  // gold/README.md: force two sides trade is between them).
  //
  // So are talks or a call named by a noun in a phrase of circumstance
  // ("After a phone call with the Canadian premier, the president said
  // ...": 041 both ways), talks that took place; not a noun some verb acts
  // on ("called off talks with the rebels", "stalled negotiations with
  // Beijing"), nor a deal, which a verb signs.
  if (!reciprocal && target >= 0 && source >= 0 &&
      (!nominal_reading || ConsultationAdjunct(tokens, mentions, m.span, true) >= 0) &&
      choice.code.reverse.empty() && mentions[target].span.begin > 0 &&
      internal::IsWord(tokens[mentions[target].span.begin - 1], "with")) {
    const std::string& code = choice.code.primary;
    const std::string_view lemma = in.dict.verb_form(m.id).lemma;
    const bool talks = code == "040" || code == "041" || code == "046";
    const bool held_by_both = nominal_reading ? talks : talks || code == "057";
    const bool fire_traded = !nominal_reading && CameoRoot(code) == "19" &&
                             !mentions[target].locative &&
                             (lemma.starts_with("EXCHANGE") || lemma.starts_with("TRADE"));
    // "The Dutch frigate began a week of drills with Norwegian ships":
    // drills held with a partner are held by both (tests/gold/README.md:
    // joint exercises are 062 both ways).
    bool drilled_together = false;
    if (!nominal_reading && code == "062" && !mentions[target].locative) {
      static constexpr std::string_view kDrillWords[] = {
          "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames"};
      for (uint32_t k = m.span.begin; k < mentions[target].span.begin && !drilled_together; ++k)
        drilled_together = internal::InWords(kDrillWords, tokens[k]);
    }
    if (held_by_both || fire_traded || drilled_together) choice.code.reverse = code;
  }
  // "Rebels in Mindanao freed two Dutch engineers in exchange for a jailed
  // commander", "the pilot was released by Tripoli in return for three
  // detained smugglers": a release made in exchange for people the other
  // side holds is a swap, and the other side releases too (0841 both ways;
  // tests/gold/README.md: "both halves of a swap are coded"). (Not between
  // two parties of one state.)
  int swap_holder = -1, swap_freed = -1;
  if (!nominal_reading && !reciprocal && target >= 0 && source >= 0 &&
      choice.code.primary == "0841" && choice.code.reverse.empty() &&
      !OneParty(mentions[target].code, mentions[source].code, options.state_actors)) {
    const uint32_t after = std::max(m.span.end, mentions[target].span.end);
    bool swap = false;
    uint32_t k = after;
    for (; k + 2 < tokens.size() && k < after + 12 && !swap; ++k) {
      if (tokens[k].text == ";" || tokens[k].text == ".") break;
      swap = internal::IsWord(tokens[k], "in") &&
             (internal::IsWord(tokens[k + 1], "exchange") ||
              internal::IsWord(tokens[k + 1], "return")) &&
             internal::IsWord(tokens[k + 2], "for");
    }
    // (Unless the other half is told by words of its own: "in exchange for
    // Lisbon's release of the smuggler", "for five prisoners freed by the
    // army" code their own release.)
    static constexpr std::string_view kReleaseWords[] = {"release", "released", "releasing",
                                                         "freed",   "freeing",  "frees"};
    // (Within the phrase of the swap: a release told in a later clause,
    // after ";" or some twelve words on, is another act.)
    for (const uint32_t phrase_end = k + 12; swap && k < tokens.size() && k < phrase_end; ++k) {
      if (tokens[k].text == ";" || tokens[k].text == ".") break;
      swap = !internal::InWords(kReleaseWords, tokens[k]);
    }
    // The other side is the state of those freed here, releasing to the
    // state that freed them (as its bare country) or to the armed group.
    if (swap && mentions[target].code.size() >= 3 && !mentions[target].code.starts_with("---") &&
        !mentions[target].code.starts_with("IGO") && !mentions[target].code.starts_with("NGO") &&
        mentions[source].code.size() >= 3 && !mentions[source].code.starts_with("---")) {
      const bool state = IsStateActor(mentions[source]);
      swap_holder = ImplicitMention(mentions[target].code.substr(0, 3) + "GOV", false,
                                    "government", "the state that frees the other half of the swap",
                                    &mentions);
      swap_freed = state ? ImplicitMention(mentions[source].code.substr(0, 3), false, "country",
                                           "the state the other half of the swap goes to",
                                           &mentions)
                         : source;
      s.mentions = mentions;
    }
  }
  // "The Dutch premier telephoned the Belgian king after the storm": a call
  // is held by both who speak in it, whoever dialled (tests/gold/README.md:
  // "a phone call is 041 both ways"), as "spoke with ... by telephone"
  // above. Only the person called, named right after the verb: not a
  // passive ("was telephoned by"), a place or an owner.
  if (!nominal_reading && !reciprocal && target >= 0 && source >= 0 && !group.passive &&
      choice.code.primary == "041" && choice.code.reverse.empty() &&
      !mentions[target].locative && !mentions[target].possessive &&
      mentions[target].span.begin >= m.span.end && mentions[target].span.begin <= m.span.end + 1)
    choice.code.reverse = "041";
  // "Abiy was welcomed in Asmara by Isaias", "Kishida welcomed the South
  // Korean president in Tokyo": one leader welcoming another in person
  // receives a visitor (043), not an endorsement (051, "welcomed the
  // decision"). The guest is the verb's own object (or its passive
  // subject), not an owner ("welcomed Macron's proposal") nor a party in a
  // phrase after it ("welcomed the release of the reporter").
  if (!nominal_reading && !reciprocal && target >= 0 && source >= 0 &&
      choice.code.primary == "051" && choice.code.reverse.empty() &&
      (internal::IsWord(tokens[m.span.begin], "welcomed") ||
       internal::IsWord(tokens[m.span.begin], "welcomes") ||
       internal::IsWord(tokens[m.span.begin], "welcome") ||
       internal::IsWord(tokens[m.span.begin], "welcoming")) &&
      GuestInPerson(mentions[source]) && GuestInPerson(mentions[target]) &&
      !mentions[target].possessive &&
      !mentions[target].locative &&
      (group.passive ? mentions[target].span.end <= m.span.begin
                     : mentions[target].span.begin <= m.span.end + 2))
    choice.code.primary = "043";
  // A list of many parties on both sides ("delegates from ten countries
  // exchanged fire with ..."): no reading of who did what to whom is
  // safe; code nothing rather than every pair.
  // "Ethiopia and Eritrea said in a joint communique that they would
  // reopen the border": a statement's "they" is its own speakers, not
  // whom it is addressed to.
  if (!reciprocal && CameoRoot(choice.code.primary) == "01" && source >= 0 && target >= 0 &&
      mentions[source].coordinated_with >= 0 && mentions[target].span.size() == 1 &&
      (internal::IsWord(tokens[mentions[target].span.begin], "they") ||
       internal::IsWord(tokens[mentions[target].span.begin], "them"))) {
    s.Note(fmt::format("{}: its 'they' is its own speakers; no event", label));
    return;
  }
  constexpr size_t kMaxPairs = 16;
  // (Members of one named group are one side and make no pair: "Iran and
  // six world powers signed an accord" is six pairs each way.)
  size_t pairs = 0;
  for (int a : sources)
    for (int b : targets)
      pairs += !(a >= 0 && b >= 0 && (a == b || internal::SameNamedGroup(mentions[a], mentions[b])));
  if (pairs > kMaxPairs) {
    s.Note(fmt::format("{}: {} sources and {} targets, too many pairs to code; no event", label,
                       sources.size(), targets.size()));
    return;
  }
  std::string rule = fmt::format("{}; {}; {}", label, why_source, why_target);
  // "Rwanda began deploying troops to Mozambique at the request of
  // President Nyusi's government": aid given at a party's request answers
  // that party's appeal for it (023x) to the state or organisation that
  // gives it (coder/requests.h).
  if (!nominal_reading && source >= 0 && mentions[source].code.size() >= 3) {
    const std::string appeal = internal::AppealAnsweredBy(choice.code.primary);
    int at = appeal.empty() ? -1 : internal::RequesterAfter(tokens, m.span.end, 30);
    // (Force answers a request only when the side using it is known: "the
    // militants advancing on the town" are no state's forces sent for.)
    if (appeal == "0234" && CameoRoot(choice.code.primary) == "19" &&
        mentions[source].code.starts_with(internal::kUnplacedCountry))
      at = -1;
    // "detained the Canadian in Beijing, days after Canadian police arrested
    // the executive at Washington's request": the request belongs to the
    // act of its kind nearest before it.
    for (const PhraseMatch& pm : in.matches)
      if (at >= 0 && pm.span.begin >= m.span.end && pm.span.end <= static_cast<uint32_t>(at) &&
          (pm.kind == PhraseMatch::Kind::kVerb || pm.kind == PhraseMatch::Kind::kNominal) &&
          internal::AppealAnsweredBy(
              in.dict.verb_form(pm.id).EffectiveCode(in.dict.verb_blocks()).primary) == appeal)
        at = -1;
    for (size_t x = 0; at >= 0 && x < mentions.size(); ++x) {
      const Mention& r = mentions[x];
      // (The mention may start at the determiner RequesterAfter skipped:
      // "the government in Maputo".)
      if (r.span.empty() || r.span.end <= static_cast<uint32_t>(at) ||
          r.span.begin + 1 < static_cast<uint32_t>(at) || r.span.begin > static_cast<uint32_t>(at) ||
          r.locative ||
          r.code.size() < 3 || r.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      // The troops or police of a state give what their government
      // decided to give: "Australian-led troops" answer for AUSGOV.
      std::string giver = mentions[source].code;
      if (giver.size() == 6 && (giver.ends_with("MIL") || giver.ends_with("COP")))
        giver = giver.substr(0, 3) + "GOV";
      const int g = MentionOfParty(giver, "the party asked for the aid", &mentions);
      s.mentions = mentions;
      candidates.push_back({static_cast<int>(x), g, appeal, m.span,
                            rule + "; the request the aid answers ('at the request of')"});
      break;
    }
  }
  // "Panama switched its recognition from Taipei to Beijing": ties moved
  // from one state to another are granted to the new one (054, the
  // pattern's target after "to") and broken with the old one, named after
  // "from" (161; tests/gold/README.md).
  if (!nominal_reading && source >= 0 && target >= 0 && choice.code.primary == "054") {
    const int old = PartyMovedFrom(tokens, mentions, m.span, target);
    if (old >= 0 && !OneParty(mentions[source].code, mentions[old].code, options.state_actors))
      candidates.push_back({source, old, "161", m.span,
                            rule + "; the state the ties are moved from ('from')"});
  }
  // "Unions staged a general strike against the government's pension
  // overhaul", "farmers blocked highways over the end of fuel subsidies": a
  // protest against a policy is for a change of policy (1432, 1442), as a
  // demand for one is (coder/protest_purposes.h).
  if (const std::string purposed =
          WithPolicyPurpose(choice.code.primary, tokens, m.span.end, window.end);
      purposed != choice.code.primary) {
    rule += fmt::format(" -> {} (against a policy)", purposed);
    choice.code.primary = purposed;
  }
  const size_t before = candidates.size();
  int one_party = -1;  // a source left with no pair, being one party with its target
  for (int a : sources) {
    for (int b : targets) {
      // Without require_dyad one side may be missing (-1).
      // An implicit target (span empty) is the source's own country by
      // design; only a party named twice is no dyad.
      if (a >= 0 && b >= 0 && a != b && internal::SameNamedGroup(mentions[a], mentions[b]))
        continue;
      if (a == b || (a >= 0 && b >= 0 && !mentions[b].span.empty() &&
                     OneParty(mentions[a].code, mentions[b].code, options.state_actors))) {
        if (a >= 0) one_party = a;
        continue;
      }
      // [A:B]: A for source->target and B for target->source; [:B] only B.
      if (!choice.code.primary.empty())
        candidates.push_back({a, b, choice.code.primary, m.span, rule});
      if (!choice.code.reverse.empty())
        candidates.push_back({b, a, choice.code.reverse, m.span, rule + " (reverse code)"});
    }
  }
  if (candidates.size() > before && swap_holder >= 0 && swap_freed >= 0)
    candidates.push_back({swap_holder, swap_freed, "0841", m.span,
                          rule + "; the other half of the swap ('in exchange for')"});
  if (candidates.size() == before && one_party >= 0 && s.trace)
    s.Note(fmt::format("{}: each source is one party with its target ({}); no event", label,
                       mentions[one_party].code));
}

}  // namespace khaldun::coder_internal
