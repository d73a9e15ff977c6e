// FindTriggerCandidates' roles (coder/coder_candidates.h): the source and
// target a pattern binds, then those of an event noun and of a passive verb
// (an active verb's are in coder_candidates_roles_active.cc).

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/clause_words.h"
#include "coder/coder_candidates.h"
#include "coder/coder_internal.h"
#include "coder/mentions.h"
#include "coder/object_phrases.h"
#include "coder/patterns.h"
#include "coder/private_agents.h"
#include "coder/protest_crowds.h"
#include "coder/reactions.h"

namespace khaldun::coder_internal {

namespace {

// "Putin proclaimed the annexation of four regions", "Russia completed the
// annexation of Crimea": territory taken (192) is taken by whoever
// proclaims, declares, announces or completes its taking, the subject right
// before that verb, when the noun is the verb's object (an article or
// adjectives between). -1 if none.
int SubjectOfAProclaimedSeizure(const Dictionary& dict, std::span<const Token> tokens,
                                std::span<const Mention> mentions,
                                std::span<const PhraseMatch> matches, TokenSpan noun) {
  static constexpr std::string_view kLemmas[] = {"PROCLAIM", "DECLARE", "ANNOUNCE", "COMPLETE"};
  for (const PhraseMatch& v : matches) {
    if (v.kind != PhraseMatch::Kind::kVerb || v.span.end > noun.begin ||
        v.span.end + 3 < noun.begin || tokens[v.span.begin].pos == kPosVBG)
      continue;
    const std::string_view lemma = dict.verb_form(v.id).lemma;
    if (std::ranges::find(kLemmas, lemma) == std::end(kLemmas)) continue;
    bool direct = true;
    for (uint32_t k = v.span.end; k < noun.begin; ++k)
      direct &= tokens[k].pos == kPosDT || tokens[k].pos == kPosJJ || tokens[k].pos == kPosPRPS;
    const internal::VerbGroup group = internal::ReadVerbGroup(tokens, v.span);
    if (!direct || group.negated || group.possible || group.future || group.plotted) continue;
    return ActorRightBefore(tokens, mentions, v.span.begin);
  }
  return -1;
}

// Whether the event noun `noun` is a clash of the moment, one that happened
// (see SettleNominalRoles).
// ("setting the scene for a direct clash between the two allies",
// "the risk of a clash": a clash spoken of, not one that happened.)
bool AClashThatHappened(std::span<const Token> tokens, TokenSpan noun) {
  static constexpr std::string_view kClashes[] = {
      "clash",      "clashes", "fighting", "gunfight", "gunbattle", "firefight", "skirmish",
      "skirmishes", "battle",  "battles",  "exchange", "brawl",     "brawls"};
  if (!internal::InWords(kClashes, tokens[noun.end - 1])) return false;
  const uint32_t k = NounPhraseStart(tokens, noun.begin);
  // ("after two nights of clashes between police and protesters": a
  // stretch of time of clashes is clashes that happened.)
  static constexpr std::array<std::string_view, 8> kStretches = {
      "days", "nights", "weeks", "hours", "months", "day", "night", "week"};
  if (k >= 2 && internal::IsWord(tokens[k - 1], "of") &&
      internal::InWords(kStretches, tokens[k - 2]))
    return true;
  return k == 0 || !(internal::IsWord(tokens[k - 1], "for") ||
                     internal::IsWord(tokens[k - 1], "of") ||
                     internal::IsWord(tokens[k - 1], "to"));
}

// Whether the noun phrase that ends in the event noun at `noun` stands
// right after the verb ending at `verb_end`: only a determiner, a
// possessive, adjectives, numbers or noun modifiers between, at most five
// words ("held their first face-to-face talks", "held indirect talks").
bool DirectObjectOfVerbEndingAt(std::span<const Token> tokens, uint32_t verb_end,
                                uint32_t noun) {
  if (verb_end == 0 || verb_end > noun || verb_end + 5 < noun) return false;
  for (uint32_t k = verb_end; k < noun; ++k) {
    const Token& t = tokens[k];
    const bool modifier = internal::IsDeterminer(t) || internal::IsPossessivePronoun(t) ||
                          t.pos == kPosJJ || t.pos == kPosJJR || t.pos == kPosJJS ||
                          t.pos == kPosCD || t.pos == kPosNN || t.pos == kPosHYPH;
    if (!modifier || t.Has(kTokenCapitalized)) return false;
  }
  return true;
}

}  // namespace

bool TriggerCoding::TakePatternRoles() {
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  std::vector<Mention>& mentions = in.mentions;
  std::string& last_verb_code = state.last_verb_code;
  TokenSpan& last_verb_words = state.last_verb_words;
  TokenSpan& undone_words = state.undone_words;
  // "Chinese engineers kidnapped in Pakistan", "Kidnapped Italian freed in
  // southern Philippines": in a headline the participle of a violent act
  // or a release follows its victim with no auxiliary and no object; the
  // victim is the target, and only a "by" agent is the source.
  if (act_participle && HeadlinePassive(tokens, mentions, m.span.begin)) {
    group.passive = true;
    group.reduced_relative = true;
  }
  source = choice.source;
  target = choice.target;
  if (source >= 0) why_source = "source: bound by the pattern's $";
  if (target >= 0) why_target = "target: bound by the pattern's +";
  // "detained two men on charges of spying for Kenya": a pattern's "+"
  // past a phrase of charge or cause binds no object.
  if (target >= 0 && !group.passive && mentions[target].span.begin >= m.span.end &&
      internal::InCauseOrChargePhrase(tokens, m.span.end, mentions[target].span.begin,
                                      mentions[target].span.end, /*with_over=*/false))
    target = -1;
  // "Turkish drones hit Kobani, killing four Kurdish fighters" ('- DRONES *
  // + [195]'): nor does it bind the toll of a participle clause after the
  // place the act hits (OutcomeClauseAfterPlace); the place gives the target.
  if (target >= 0 && !group.passive && mentions[target].span.begin >= m.span.end &&
      internal::OutcomeClauseAfterPlace(tokens, mentions, m.span.end,
                                        mentions[target].span.begin))
    target = -1;
  // "Saudi warplanes began striking Houthi positions in Yemen", "bombed a
  // PKK weapons depot near Qandil in Iraq": where a
  // pattern binds a place ("(IN +)", "(NEAR +)"), a party named as the
  // verb's object before it is the target; the place only says where.
  // An organisation the pattern binds is a party, not a place: "Paris
  // vetoed a Chadian draft at the Security Council" blocks the council's
  // decision, not Chad's.
  if (target >= 0 && mentions[target].locative && !nominal_reading &&
      !mentions[target].code.starts_with("IGO")) {
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      if (x.span.begin < m.span.end || x.span.end > mentions[target].span.begin || x.locative ||
          x.code.empty() || x.possessive || x.unplaced || static_cast<int>(k) == source ||
          internal::NamesTheObject(tokens, x))  // "what New Delhi called a camp"
        continue;
      place_target = target;
      target = static_cast<int>(k);
      why_target = "target: the party named as the object, before the place the pattern binds";
      break;
    }
  }
  // "Ukraine introduced martial law", "Washington lifted the decades-old
  // US arms embargo on Vietnam": an event noun the verb's pattern read as
  // its own words is what the verb did or undid, not a second event.
  // (An inquiry speaks of an act too, unless the noun is the inquiry
  // itself: "will investigate the army's crackdown on protesters" also
  // codes the crackdown; "opened an investigation into" codes once.)
  const bool inquires_into_act = CameoRoot(last_verb_code) == "09" &&
                                 CameoRoot(choice.code.primary) != "09";
  // (A meeting a party walked out of was held: "cut short his summit with
  // the Russian leader" is the summit and its end.)
  const bool left_the_meeting = CameoRoot(last_verb_code) == "16" &&
                                CameoRoot(choice.code.primary) == "04" &&
                                LeftWhileUnderWay(tokens, state.last_verb_end, m.span.begin);
  if (nominal_reading && !last_verb_words.empty() && m.span.begin >= last_verb_words.begin &&
      m.span.end <= last_verb_words.end && !SpeaksOfAnAct(last_verb_code) &&
      !inquires_into_act && !left_the_meeting) {
    s.Note(fmt::format(
        "{}: a word of the pattern of the verb before it, not an event of its own", label));
    return false;
  }
  // "the two foreign ministers held a first round of talks in Vienna",
  // "the two delegations held indirect talks in Muscat": a noun of talks
  // that is the direct object of a verb that coded a consultation is that
  // verb's meeting, even where the verb's pattern read only part of the
  // noun ("&TALKS" in "indirect talks"); not a second meeting. (Talks a
  // third party mediates are the parties' own: "after mediating talks
  // between Ankara and Stockholm".)
  if (nominal_reading && CameoRoot(choice.code.primary) == "04" &&
      CameoRoot(last_verb_code) == "04" && !last_verb_code.starts_with("045") &&
      DirectObjectOfVerbEndingAt(tokens, state.last_verb_end, m.span.begin)) {
    s.Note(fmt::format("{}: the meeting of the verb of meeting before it, not a second one",
                       label));
    return false;
  }
  // "Mitsotakis called Turkish President Erdogan to offer his
  // condolences" ('- * + (TO {OFFER CONDOLENCES})'): a verb the pattern
  // of the verb before it read as its own words is part of that event.
  if (!undone_words.empty() && m.span.begin >= undone_words.begin &&
      m.span.end <= undone_words.end) {
    s.Note(fmt::format(
        "{}: a word of the pattern of a verb before it that is not done; no event", label));
    return false;
  }
  // "Troops opened fire on farmers marching to the capital" ('- * (ON +)
  // MARCHING [175]'): the protest the repression pattern names as its own
  // word still took place, and is coded as an event of its own as well.
  const bool protest_repressed = CameoRoot(last_verb_code) == "17" &&
                                 CameoRoot(choice.code.primary) == "14";
  // "The Kenyan president called his Tanzanian counterpart to offer his
  // condolences" ('- * + (TO {OFFER CONDOLENCES}) [041]'): the call is the
  // consultation and its purpose, an infinitive the pattern names as its
  // own words, is what was said in it; both are coded, as they are after
  // "telephoned", where no pattern reads the purpose.
  const bool purpose_of_call = last_verb_code == "041" && m.span.begin > 0 &&
                               internal::IsWord(tokens[m.span.begin - 1], "to") &&
                               CameoRoot(choice.code.primary) != "04";
  if (!nominal_reading && !last_verb_words.empty() && m.span.begin >= last_verb_words.begin &&
      m.span.end <= last_verb_words.end && !protest_repressed && !purpose_of_call) {
    s.Note(fmt::format(
        "{}: a word of the pattern of the verb before it, not an event of its own", label));
    return false;
  }
  return true;
}

bool TriggerCoding::SettleNominalRoles() {
  const Dictionary& dict = in.dict;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  uint32_t& last_verb_end = state.last_verb_end;
  auto& clause_verb = state.clause_verb;
  // An event noun borrows its clause's participant as source only
  // through a pattern that names no source ("In a meeting with Khamis,
  // Rouhani ..."); otherwise "Iran condemned the assassination of X"
  // would make Iran the assassin.
  bool may_borrow = choice.pattern != nullptr && !HasSourceSlot(*choice.pattern);
  // "Prisoners began a hunger strike led by Barghouti", "refused food on
  // Monday in a hunger strike": the protest noun of the protest verb
  // before it is that verb's act, not a second protest by its leader.
  if (CameoRoot(choice.code.primary) == "14" && CameoRoot(state.last_verb_code) == "14" &&
      last_verb_end > 0 &&
      ProtestNounOfTheVerb(tokens, m.span, state.last_any_verb_begin, last_verb_end)) {
    s.Note(fmt::format("{}: the act of the protest verb before it, not a protest of its own",
                       label));
    return false;
  }
  // "the general ordered a total blockade of the port", "China's
  // military began large-scale drills around Taiwan": the object of a
  // verb of ordering or starting is done by the verb's subject.
  const std::string_view root = CameoRoot(choice.code.primary);
  const int orderer = SubjectOfAnOrderOrStart(dict, tokens, mentions, matches, m.span,
                                              root == "09" || root == "16" || root == "17");
  const bool ordered = orderer >= 0;
  started_by_subject = ordered;
  if (source < 0 && ordered) {
    source = orderer;
    why_source = "source: the subject of the order or start whose object the event noun is";
  }
  if (source < 0 && choice.code.primary.starts_with("192")) {
    source = SubjectOfAProclaimedSeizure(dict, tokens, mentions, matches, m.span);
    if (source >= 0) {
      started_by_subject = true;
      why_source = "source: the subject who proclaims or completes the seizure";
    }
  }
  // "Fighting flared in Tripoli between rival militias and the army": an
  // event noun of fighting is between the parties named after
  // "between"; "Six Armenian soldiers died in a skirmish with
  // Azerbaijani forces": one followed by "with" is between its clause's
  // subject and that party. Each fights the other.
  // (Only a clash of the moment: not "the war with Isis", "a coming war
  // with Iran"; "between" before any other event noun, "with" after a
  // passive's "in": "were killed in clashes with militants".)
  const bool a_clash = AClashThatHappened(tokens, m.span);
  uint32_t between_end = m.span.end;
  while (between_end < window.end && between_end < m.span.end + 10 &&
         tokens[between_end].text != "," && !EventNounAt(matches, between_end))
    ++between_end;
  if (source < 0 && a_clash && CameoRoot(choice.code.primary) == "19") {
    int partner = -1;
    if (const int first =
            FightingBetween(tokens, mentions, m.span.end, between_end, &partner);
        first >= 0) {
      source = first;
      target = partner;
      choice.code.reverse = choice.code.primary;
      why_source = "source: the first of the parties the fighting is between";
      why_target = "target: the other";
    } else if (m.span.end < window.end && internal::IsWord(tokens[m.span.end], "with") &&
               AfterAPassiveIn(tokens, m.span.begin)) {
      const int subject =
          internal::FindSubject(tokens, mentions, m.span.begin, window, &why_source);
      int with = -1;
      for (size_t x = 0; x < mentions.size() && with < 0; ++x)
        if (mentions[x].span.begin > m.span.end && mentions[x].span.begin <= m.span.end + 2 &&
            !mentions[x].locative && !mentions[x].code.empty())
          with = static_cast<int>(x);
      if (subject >= 0 && with >= 0 && !mentions[subject].possessive) {
        source = subject;
        target = with;
        choice.code.reverse = choice.code.primary;
        why_source += " (its clause's subject fought the party after 'with')";
        why_target = "target: the party after 'with'";
      }
    }
  }
  // "Turkey replied with drone strikes and shelling on northern
  // Iraq": the response is its subject's (coder/reactions.h).
  const uint32_t responder_end =
      source < 0 ? internal::ResponseVerbBefore(tokens, m.span) : 0;
  const bool responded = responder_end > 0;
  for (size_t k = 0; k < mentions.size() && responded && source < 0; ++k)
    if (mentions[k].span.end == responder_end && !mentions[k].span.empty() &&
        !mentions[k].locative && !mentions[k].code.empty() && !mentions[k].possessive) {
      source = static_cast<int>(k);
      why_source = "source: the subject of the verb of responding whose means it is";
    }
  // "Kyiv suspended peace talks with Moscow": the verb already says
  // what happened to the talks; they are not a second event.
  // (Not a meeting its subject walked out of: that one was held, by both
  // sides, as talks are.)
  const bool left_meeting = CameoRoot(state.last_verb_code) == "16" &&
                            CameoRoot(choice.code.primary) == "04" &&
                            LeftWhileUnderWay(tokens, last_verb_end, m.span.begin);
  if (left_meeting && choice.code.reverse.empty()) choice.code.reverse = choice.code.primary;
  if (may_borrow && !adjunct && last_verb_end > 0 && m.span.begin >= last_verb_end &&
      m.span.begin <= last_verb_end + 4 &&
      internal::FindNounModifier(tokens, mentions, m.span) < 0 && !left_meeting) {
    s.Note(fmt::format("{}: object of the verb before it, not an event of its own", label));
    return false;
  }
  // A consultation in a phrase of circumstance (ConsultationAdjunct) is
  // the verb's subject's, with the party after "with" (the pattern's
  // +), else the verb's object named right after it ("Trudeau thanked
  // Lopez Obrador in a telephone call": Trudeau's call with him), else the
  // other member of a compound subject ("Ghana and Togo signed ...
  // after talks in Abuja"). Talks and meetings without "with" count
  // only where the phrase names the place they were held in, as a call
  // needs none ("signed ... after talks mediated by Kenya": who talked
  // to whom is not said). Calls, talks and meetings are held by both;
  // talks in a third country are 044. A visit goes where its pattern's
  // "to" says. With none of these, no event.
  // "hosted the Israeli leader in defiance of the court's warrant":
  // defiance (128) in a phrase of circumstance is the defiance of the
  // subject of the clause's verb.
  // ("in open defiance of", "in flagrant defiance of": the adjective
  // only grades the defiance.)
  static constexpr std::string_view kGrades[] = {"open",    "direct",     "flagrant", "blatant",
                                                  "clear",   "outright",   "further",  "continued",
                                                  "apparent", "deliberate", "defiant"};
  const bool after_in =
      m.span.begin > 0 &&
      (internal::IsWord(tokens[m.span.begin - 1], "in") ||
       (m.span.begin > 1 && internal::IsWord(tokens[m.span.begin - 2], "in") &&
        internal::InWords(kGrades, tokens[m.span.begin - 1])));
  if (!adjunct && nominal_reading && source < 0 && choice.code.primary.starts_with("128") &&
      after_in &&
      clause_verb.end > 0 && clause_verb.source >= 0 && window.begin < clause_verb.end &&
      clause_verb.end <= m.span.begin) {
    source = clause_verb.source;
    why_source = "source: the subject of the verb the defiance is a circumstance of";
    // ("in defiance of an International Criminal Court warrant": the
    // party named first in the "of" phrase issued the order defied; "in
    // defiance of the Minsk ceasefire" names an accord, no issuer.)
    static constexpr std::string_view kOrders[] = {
        "warrant", "warrants", "order",  "orders",  "ruling", "rulings", "resolution",
        "resolutions", "ban", "sanctions", "decision", "verdict", "summons", "'s"};
    // The party may also be named alone, the phrase ending with it: "in
    // defiance of the International Criminal Court, Budapest hosted him".
    auto issues_order = [&](const Mention& x) {
      if (x.span.end >= tokens.size() || tokens[x.span.end].Has(kTokenPunct) ||
          internal::IsWord(tokens[x.span.end], "and"))
        return true;
      for (uint32_t k = x.span.end; k < tokens.size() && k < x.span.end + 2; ++k)
        if (internal::InWords(kOrders, tokens[k])) return true;
      return false;
    };
    if (target < 0 && m.span.end < tokens.size() && internal::IsWord(tokens[m.span.end], "of"))
      for (size_t x = 0; x < mentions.size() && target < 0; ++x)
        if (mentions[x].span.begin > m.span.end && mentions[x].span.begin <= m.span.end + 3 &&
            !mentions[x].locative && !mentions[x].code.empty() &&
            static_cast<int>(x) != source && issues_order(mentions[x])) {
          target = static_cast<int>(x);
          why_target = "target: the party named in the 'of' phrase of the defiance";
        }
  }
  if (adjunct && source < 0) {
    source = clause_verb.source;
    why_source = "source: the subject of the verb the consultation is a circumstance of";
    // (The place may be one no dictionary knows: "in Putrajaya".)
    int place = -1;
    bool placed = false;
    if (m.span.end + 1 < tokens.size() && internal::IsWord(tokens[m.span.end], "in")) {
      // ("in the North Macedonian town of Ohrid": past a determiner.)
      const uint32_t at =
          internal::IsDeterminer(tokens[m.span.end + 1]) && m.span.end + 2 < tokens.size()
              ? m.span.end + 2
              : m.span.end + 1;
      const Token& next = tokens[at];
      placed = next.Has(kTokenCapitalized) && !internal::IsMonthName(next);
      for (size_t k = 0; k < mentions.size() && place < 0; ++k)
        if (mentions[k].locative && mentions[k].span.begin > m.span.end &&
            mentions[k].span.begin <= m.span.end + 6)
          place = static_cast<int>(k);
      placed |= place >= 0;
    }
    const bool by_before_target =
        target >= 0 && mentions[target].span.begin > 0 &&
        internal::IsWord(tokens[mentions[target].span.begin - 1], "by");
    if (!adjunct_visit && (by_before_target || (target >= 0 && mentions[target].locative)))
      target = -1;
    if (!adjunct_visit && target < 0 && (adjunct_call || placed)) {
      if (clause_verb.target >= 0 && clause_verb.target != source &&
          !mentions[clause_verb.target].locative &&
          !mentions[clause_verb.target].code.empty() &&
          mentions[clause_verb.target].span.begin <= clause_verb.end + 3) {
        target = clause_verb.target;
        why_target = "target: the object of the verb the consultation is a circumstance of";
      } else if (const int head = CoordinationHead(mentions, source);
                 head != source || mentions[source].coordinated_with >= 0) {
        target = head != source ? head : mentions[source].coordinated_with;
        why_target = "target: the other member of the compound subject";
      }
    }
    if (target < 0) {
      s.Note(fmt::format("{}: no party it was held with; no event", label));
      return false;
    }
    if (!adjunct_visit) {
      if (choice.code.primary == "040" && place >= 0 && mentions[place].code.size() >= 3 &&
          mentions[source].code.size() >= 3 && mentions[target].code.size() >= 3 &&
          mentions[place].code.compare(0, 3, mentions[source].code, 0, 3) != 0 &&
          mentions[place].code.compare(0, 3, mentions[target].code, 0, 3) != 0) {
        choice.code.primary = "044";
        label += " -> 044 (held in a third country)";
      }
      if (choice.code.reverse.empty()) choice.code.reverse = choice.code.primary;
    }
  }
  // "The French minister visited Lebanon before flying on to a meeting with
  // the German chancellor": an event noun in a gerund phrase of time after
  // the clause's verb ("before", "after", "while" and a verb in -ing) is
  // the act of that verb's subject, not of its object, the actor nearest
  // before it (which a pattern's $ may have bound: "toured Syria after
  // attending talks with ...").
  // (Not when a comma stands between that subject and its verb: in "After
  // touring France and Italy, the envoy hopes to visit Japan before
  // starting talks with banks" the countries are a fronted clause's places,
  // not who starts the talks.)
  const bool subject_set_off = [&] {
    if (clause_verb.source < 0) return false;
    for (uint32_t k = mentions[clause_verb.source].span.end; k < clause_verb.end && k < tokens.size();
         ++k)
      if (tokens[k].text == ",") return true;
    return false;
  }();
  if (clause_verb.source >= 0 && clause_verb.end > 0 && clause_verb.end <= m.span.begin &&
      source != clause_verb.source && !subject_set_off) {
    static constexpr std::string_view kTimeWords[] = {"before", "after", "while", "since", "when"};
    for (uint32_t g = m.span.begin; g-- > clause_verb.end + 1 && g + 6 >= m.span.begin;) {
      if (tokens[g].text == "," || internal::IsFiniteVerbTag(tokens[g].pos)) break;
      if (tokens[g].pos == kPosVBG && internal::InWords(kTimeWords, tokens[g - 1]) &&
          (source < 0 || mentions[source].span.end < g)) {
        source = clause_verb.source;
        why_source = "source: the subject of the verb its gerund phrase of time follows";
        break;
      }
    }
  }
  if (source < 0)
    source = internal::FindNominalSource(tokens, mentions, m.span, window, may_borrow,
                                         &why_source);
  // "The seizure by Iranian commandos of a British tanker": with the agent
  // named first, the "of" phrase after it names the party acted on, whatever
  // order the block's patterns expect ("- * (OF +) (BY $)").
  if (target < 0)
    if (const int object = internal::ObjectAfterFrontedAgent(tokens, mentions, m.span, source);
        object >= 0) {
      target = object;
      why_target = "target: the 'of' phrase after the event noun's agent (the N by X of Y)";
    }
  // "Hasina quit after a month of mass student protests against
  // her government": street protests that happened, held by no one named, are a
  // crowd's, the opposition of the protest's country (which the party
  // protested against or the place completes).
  if (source < 0 && CameoRoot(choice.code.primary) == "14" &&
      CrowdProtestThatHappened(tokens, m.span)) {
    source = ImplicitMention(std::string(internal::kUnplacedCountry) + "OPP", true, "protesters",
                             "the crowd of protests no one is named as holding", &mentions);
    s.mentions = mentions;
    why_source = "source: the crowd of street protests that took place (OPP of their country)";
  }
  // "Tens of thousands of people packed the main square of Tirana in the
  // biggest protest in years against the prime minister": a protest in a
  // phrase of circumstance is held by the clause's subject when that is a
  // crowd named by its size, the opposition of the protest's country (as a
  // crowd subject of a protest verb is: CrowdSubject). (After a protest
  // verb, "thousands rallied in Minsk in the largest protest yet", the
  // verb already codes it.)
  if (source < 0 && CameoRoot(choice.code.primary) == "14" &&
      CameoRoot(state.last_verb_code) != "14") {
    const uint32_t verb = VerbOfAProtestCircumstance(tokens, m.span, window.begin);
    TokenSpan crowd = verb == static_cast<uint32_t>(-1)
                          ? TokenSpan{}
                          : internal::CrowdSubject(tokens, window, verb);
    // ("Tens of thousands of people, led by students, filled the square":
    // past a participle phrase between commas, with no finite verb.)
    if (crowd.empty() && verb != static_cast<uint32_t>(-1) && verb > window.begin + 2 &&
        tokens[verb - 1].text == ",")
      for (uint32_t p = verb - 2; p > window.begin && p + 10 > verb; --p) {
        if (internal::IsFiniteVerbTag(tokens[p].pos)) break;
        if (tokens[p].text != ",") continue;
        if (tokens[p + 1].pos == kPosVBN || tokens[p + 1].pos == kPosVBG)
          crowd = internal::CrowdSubject(tokens, window, p);
        break;
      }
    if (!crowd.empty()) {
      source = ImplicitMention(std::string(internal::kUnplacedCountry) + "OPP", true,
                               s.Text(crowd), "a crowd that protests: the opposition (OPP) of "
                               "the protest's place", &mentions);
      s.mentions = mentions;
      why_source = "source: the crowd, named by its size, whose protest the phrase tells";
    }
  }
  if (target < 0 && choice.pattern == nullptr &&
      (dict.block_of(m).patterns.empty() || ordered || responded)) {
    // An event noun without patterns takes "of", "on", "against" or
    // "with" objects: "the assassination of the commander". ("air
    // strikes and artillery fire on southern Lebanon": past an event
    // noun joined to it by "and".)
    uint32_t noun_end = m.span.end;
    if (noun_end + 1 < tokens.size() && internal::IsWord(tokens[noun_end], "and"))
      for (const PhraseMatch& n : matches)
        if (n.kind == PhraseMatch::Kind::kNominal && n.span.begin >= noun_end + 1 &&
            n.span.begin <= noun_end + 2 && n.span.end > noun_end)
          noun_end = std::max(noun_end, n.span.end);
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      // ("on southern Lebanon": a compass word may come between.)
      const uint32_t b = x.span.begin;
      const bool after_preposition =
          b > 0 && (internal::IsPreposition(tokens[b - 1]) ||
                    (b > 1 && internal::IsCompassWord(tokens[b - 1]) &&
                     internal::IsPreposition(tokens[b - 2])));
      if (b > noun_end && b <= noun_end + 4 && !x.locative && !x.code.empty() &&
          after_preposition) {
        target = static_cast<int>(k);
        why_target = "target: the event noun's prepositional object";
        break;
      }
    }
  }
  // "Paris answered a plea for help from the Malian government",
  // "reacting to Oslo's call for the release of ...": an appeal or demand
  // that names no addressee was made to the party that answers it, the
  // subject of the verb of answering.
  if (target < 0 && source >= 0 &&
      (CameoRoot(choice.code.primary) == "02" || CameoRoot(choice.code.primary) == "10")) {
    std::string why;
    const int v = internal::AnsweredAppealVerb(tokens, m.span, window);
    const int addressee =
        v < 0 ? -1
              : internal::FindSubject(tokens, mentions, static_cast<uint32_t>(v), window, &why);
    if (addressee >= 0 && addressee != source && !mentions[addressee].locative &&
        !mentions[addressee].code.empty()) {
      target = addressee;
      why_target = "target: the subject of the verb answering the appeal";
    }
  }
  return true;
}

namespace {

// Whether "by" stands right before the mention starting at `begin`, or
// before a count there: "the ferry was seized by two Somali pirates" (its
// agent, the pirates, is what a pattern's '+' bound).
bool ByRightBefore(std::span<const Token> tokens, uint32_t begin) {
  if (begin > 1 && internal::IsCountWord(tokens[begin - 1])) --begin;
  return begin > 0 && internal::IsWord(tokens[begin - 1], "by");
}

// "the convoy was ambushed by a militia that included former Chadian troops":
// people named by their country alone (former soldiers are coded so) who
// act in a unit named without a country are of the unit's kind in theirs
// (TCDUAF). Else `member` itself.
int PartyOfUnit(std::vector<Mention>* mentions, int member, int unit) {
  if (member < 0 || unit < 0 || (*mentions)[member].code.size() != 3 ||
      (*mentions)[unit].code.size() <= 3)
    return member;
  const std::string code = (*mentions)[member].code + (*mentions)[unit].code.substr(3);
  const std::string display = (*mentions)[member].display_name;
  return ImplicitMention(code, false, display, "a unit of the country its members are of",
                         mentions);
}

// Whether `country` names a state's country (not an organisation, a firm or
// a party the text does not place): one whose police can hold people, or
// whose people a private attacker is counted among.
bool NamesAStatesCountry(std::string_view country) {
  return country.size() == 3 && country != internal::kUnplacedCountry && country != "IGO" &&
         country != "NGO" && country != "NGM" && country != "MNC";
}

// "Former Moldovan defence minister Ion Rusu was detained at Chisinau
// airport on Monday": an arrest or a detention told in the passive with
// no agent is the work of the police of the country where it happened (a
// place named after the verb in its clause), else of the country of the
// one held. Only for a party named by a role or an office (a code with a
// sector): of "three Germans were detained" no state is named. Not in a
// relative clause ("urged Minsk to free a blogger who was detained last
// year": a detention told as background, no news). The country, or empty.
std::string CountryOfAgentlessArrest(const Dictionary& dict, std::span<const Token> tokens,
                                     std::span<const Mention> mentions, const PhraseMatch& m,
                                     const internal::VerbGroup& group,
                                     internal::ClauseWindow window, int target,
                                     std::string_view code) {
  static constexpr std::string_view kLemmas[] = {
      "ARREST",         "DETAIN",         "APPREHEND", "NAB", "TAKE INTO CUSTODY",
      "PLACE UNDER ARREST"};
  if (code != "173" || target < 0 || group.reduced_relative || group.negated ||
      group.future || group.possible || group.obligation || group.plotted || group.attempted ||
      group.question)
    return {};
  if (std::ranges::find(kLemmas, dict.verb_form(m.id).lemma) == std::end(kLemmas)) return {};
  const Mention& held = mentions[target];
  if (held.code.size() < 6 || held.unplaced || held.locative || held.span.end > m.span.begin ||
      !NamesAStatesCountry(std::string_view(held.code).substr(0, 3)))
    return {};
  // (Nor with a "by" after the verb: an agent the dictionaries do not
  // know, "was detained by unknown men", is no police.)
  for (uint32_t q = m.span.end; q < window.end && q < tokens.size(); ++q)
    if (internal::IsWord(tokens[q], "by")) return {};
  uint32_t k = m.span.begin;
  while (k > 0 && internal::IsAuxiliaryOrAdverb(tokens[k - 1])) --k;
  if (k > 0 && internal::clause_words::IsRelativePronoun(tokens, k - 1)) return {};
  // (Nor when a finite verb outside a relative clause stands between the
  // party and the passive: in "the prosecutor said several people had been
  // arrested" the speaker was not held; in "the minister, who fled abroad,
  // was arrested" the minister was. The relative clause ends at its
  // closing comma: in "the mayor, who was elected in May, told reporters
  // that two aides had been arrested" the mayor was not held. Before that
  // comma, the verbs of its own subordinate clauses are its own: in "Anez,
  // who led the government after Morales fled, was arrested" Anez was.)
  bool relative = false;
  for (uint32_t q = held.span.end; q < k; ++q) {
    if (tokens[q].text == "," && relative) {
      relative = false;
      continue;
    }
    relative |= internal::clause_words::IsRelativePronoun(tokens, q);
    if (!relative && internal::IsFiniteVerbTag(tokens[q].pos)) return {};
  }
  for (const Mention& x : mentions)
    if (x.locative && x.span.begin >= m.span.end && x.span.begin < window.end &&
        NamesAStatesCountry(x.code))
      return x.code;
  return held.code.substr(0, 3);
}

}  // namespace

void TriggerCoding::SettlePassiveRoles() {
  const Dictionary& dict = in.dict;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  // "the commander was assassinated in a US attack": the grammatical
  // subject suffered the act; the agent did it.
  // "Griner was released by Russia": a pattern written for the active
  // voice ("- * + [0841]") binds the "by" agent as its object; in the
  // passive that actor is the source.
  if (target >= 0 && ByRightBefore(tokens, mentions[target].span.begin)) {
    if (source < 0) source = target;
    target = -1;
    why_source = "source: the passive's agent (by ...), bound by the pattern's +";
    // "was freed by fighters of the JNIM group": a role named with no
    // country is a unit of the party named after "of" (as FindPassiveAgent
    // reads it).
    if (mentions[source].unplaced) {
      std::string why;
      int unit = -1;
      const int unit_of =
          internal::FindPassiveAgent(tokens, mentions, matches, m.span.end, window, &why, &unit);
      if (unit_of >= 0 && unit_of != source && !mentions[unit_of].unplaced) {
        source = PartyOfUnit(&mentions, unit_of, unit);
        in.s.mentions = mentions;
        why_source = why;
      }
    }
  }
  // "A Panamanian tanker was seized off Malta by Libyan coast guards":
  // a pattern's direct object ("- * +") has none to bind in the
  // passive; a party after a preposition it took for one is where the
  // act happened, and the passive's subject suffered it.
  // (A country or place word only, after a preposition of place: "has
  // been invited to take part in the G7 meeting" keeps the G7.)
  static constexpr std::string_view kWhere[] = {"in",     "off",     "near", "at",
                                                "inside", "outside", "on"};
  uint32_t where = target >= 0 ? mentions[target].span.begin : 0;
  if (where > 0 && internal::IsDeterminer(tokens[where - 1])) --where;
  if (target >= 0 && target == choice.target && choice.pattern != nullptr &&
      TargetIsDirectObject(*choice.pattern) && mentions[target].code.size() == 3 &&
      mentions[target].span.begin > m.span.end && where > m.span.end &&
      internal::InWords(kWhere, tokens[where - 1])) {
    std::string why;
    const int subject = internal::FindSubject(tokens, mentions, m.span.begin, window, &why);
    if (subject >= 0 && !mentions[subject].locative && subject != source &&
        mentions[subject].span.begin >= window.begin)
      target = -1;
  }
  // "The senator was shot dead at his office in Quito by
  // hitmen": a place a pattern binds ("(AT +)") is where the passive
  // act happened; its subject suffered it.
  if (target >= 0 && mentions[target].locative) {
    std::string why;
    const int subject = internal::FindSubject(tokens, mentions, m.span.begin, window, &why);
    if (subject >= 0 && !mentions[subject].locative && subject != source) target = -1;
  }
  if (target < 0 && group.reduced_relative) {
    // Only the noun right before the participle is what it acts on.
    for (size_t k = 0; k < mentions.size(); ++k)
      if (mentions[k].span.end == m.span.begin && !mentions[k].code.empty() &&
          !mentions[k].locative)
        target = static_cast<int>(k);
    // "The Dutch aid worker, kidnapped by gunmen in March, was freed on
    // Sunday": set off by a comma after the sentence's opening subject,
    // the participle describes that subject. (Only there: after an object,
    // "troops shelled the town, backed by jets", it may describe the
    // subject instead.)
    if (target < 0 && m.span.begin >= 2 && tokens[m.span.begin - 1].text == ",")
      for (size_t k = 0; k < mentions.size(); ++k)
        if (mentions[k].span.begin == 0 && mentions[k].span.end + 1 == m.span.begin &&
            !mentions[k].code.empty() && !mentions[k].locative && !mentions[k].possessive)
          target = static_cast<int>(k);
    // "a truce between Armenia and Azerbaijan brokered by Russia": the
    // participle modifies the noun whose parties follow "between"; each
    // is acted on. (Elsewhere it modifies the last member: "the army and
    // rebels backed by Ankara".)
    if (const int head = target >= 0 ? CoordinationHead(mentions, target) : -1;
        head >= 0 && mentions[head].span.begin > 0 &&
        internal::IsWord(tokens[mentions[head].span.begin - 1], "between"))
      target = head;
    if (target >= 0) why_target = "target: the noun the passive participle modifies";
  } else if (target < 0) {
    target = internal::FindSubject(tokens, mentions, m.span.begin, window, &why_target);
    if (target >= 0) why_target = "target: the passive verb's subject";
    // "Kosovo's declaration of independence was rejected by Serbia":
    // what was rejected is Kosovo's; its possessor is the target.
    // (Not a possessor inside an apposition set off by commas: in "the
    // blogger, an outspoken critic of the regime's crackdown, was stabbed
    // by a masked man" the blogger, whom no dictionary names, was stabbed,
    // not the regime. A comma after the possessor alone is no apposition:
    // in "Ankara's demands for a truce, made at a summit in Tehran, were
    // rebuffed by Moscow" the demands are still Ankara's.)
    const auto is_comma = [](const Token& t) { return t.text == ","; };
    if (target < 0 || mentions[target].span.begin < window.begin) {
      for (size_t k = 0; k < mentions.size(); ++k) {
        const Mention& x = mentions[k];
        if (x.span.begin < window.begin || x.span.end > m.span.begin || !x.possessive ||
            x.locative || x.code.empty())
          continue;
        const bool inside_apposition =
            std::any_of(tokens.begin() + window.begin, tokens.begin() + x.span.begin, is_comma) &&
            std::any_of(tokens.begin() + x.span.end, tokens.begin() + m.span.begin, is_comma);
        if (!inside_apposition) {
          target = static_cast<int>(k);
          why_target = "target: the possessor of the passive verb's subject";
          break;
        }
      }
    }
    if (target < 0) {
      target = ActorEndingPassiveSubject(tokens, mentions, m.span.begin, window);
      if (target >= 0)
        why_target = "target: the actor the passive verb's subject is for or of";
    }
  }
  if (source < 0 || source == target) {
    // "was shot dead while giving a speech in Nara by a gunman": a clause
    // of time on an active gerund shares the passive's subject, and the
    // "by" phrase after it is still the passive's (see
    // ByBelongsToAnotherVerb); the agent is looked for past it.
    internal::ClauseWindow agent_window = window;
    for (uint32_t k = window.end > 0 ? window.end - 1 : 0;
         k <= window.end && k + 1 < tokens.size(); ++k)
      if ((internal::IsWord(tokens[k], "while") || internal::IsWord(tokens[k], "after") ||
           internal::IsWord(tokens[k], "before") || internal::IsWord(tokens[k], "when")) &&
          tokens[k + 1].pos == kPosVBG && !internal::IsWord(tokens[k + 1], "being") &&
          !internal::IsWord(tokens[k + 1], "having")) {
        agent_window.end = std::max(window.end, internal::ClauseAround(tokens, k + 1).end);
        break;
      }
    int unit = -1;
    source = internal::FindPassiveAgent(tokens, mentions, matches, m.span.end, agent_window,
                                        &why_source, &unit);
    if (source >= 0 && unit >= 0) {
      source = PartyOfUnit(&mentions, source, unit);
      in.s.mentions = mentions;
    }
    // "the governor was stabbed by a 35-year-old man", "the senator was
    // shot by Ali Demir, a local man": a private person who attacks a
    // country's actor, named with no country and no group, is coded as
    // that country (the bare code: not its government, not a militant).
    const std::string_view root = CameoRoot(choice.code.primary);
    if (source < 0 && target >= 0 && (root == "18" || root == "19" || root == "20") &&
        mentions[target].code.size() >= 3 && !mentions[target].unplaced &&
        !mentions[target].locative) {
      const std::string country = mentions[target].code.substr(0, 3);
      const TokenSpan who = internal::PrivatePersonAgent(tokens, m.span.end, agent_window.end);
      if (!who.empty() && NamesAStatesCountry(country)) {
        Mention person;
        person.span = who;
        person.code = country;
        person.person = true;
        person.private_person = true;
        person.how = "a private person: the country of whom they attacked";
        person.display_name = in.s.Text(who);
        mentions.push_back(std::move(person));
        in.s.mentions = mentions;
        source = static_cast<int>(mentions.size() - 1);
        why_source = "source: a private person named by no party (by a man ...), of the "
                     "target's country";
      }
    }
  }
  // "More than a hundred Palestinians were killed ... when Israeli
  // troops opened fire", "two soldiers were wounded when Kurdish
  // militants attacked a border post": with no "by", the actor of the
  // "when" clause that follows is who killed or wounded them.
  if (source < 0 && target >= 0 && IsKillingOrWounding(dict.verb_form(m.id))) {
    for (uint32_t k = m.span.end; k + 1 < tokens.size() && source < 0; ++k) {
      if (tokens[k].text == "." || tokens[k].text == ";") break;
      if (!internal::IsWord(tokens[k], "when")) continue;
      uint32_t b = k + 1;
      if (internal::IsDeterminer(tokens[b])) ++b;
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].span.begin >= k + 1 && mentions[x].span.begin <= b + 2 &&
            !mentions[x].locative && !mentions[x].code.empty() && !mentions[x].span.empty()) {
          source = static_cast<int>(x);
          why_source = "source: the actor of the 'when' clause after the passive";
          // A pattern's '+' read it as the object; the passive's
          // subject is whom they hit.
          if (source == target) {
            target =
                internal::FindSubject(tokens, mentions, m.span.begin, window, &why_target);
            if (target >= 0) why_target = "target: the passive verb's subject";
          }
          break;
        }
      break;
    }
  }
  // "Russian troops were deployed across Crimea", "US Marines were
  // dispatched to Libya": forces moved, with no one named to move them,
  // are the actor of their own deployment (15); where they go is the
  // target.
  // "Armenian troops were put on full combat alert on the orders of
  // Prime Minister Pashinyan", "the reporters were detained on the
  // interior minister's orders":
  // whoever gave the order is the agent of a passive with no "by". The
  // forces a passive of force posture (15) moves are its instrument,
  // not its target; the target is found after the order.
  const int orderer = source < 0 ? OrdererAfter(tokens, mentions, m.span.end, window) : -1;
  if (orderer >= 0 && orderer != target) {
    source = orderer;
    why_source = "source: who gave the order the passive act followed";
    if (CameoRoot(choice.code.primary) == "15" && !group.reduced_relative) {
      target = internal::FindObject(tokens, mentions, mentions[orderer].span.end, window,
                                    &why_target);
      if (target >= 0 && mentions[target].code.size() >= 3 &&
          mentions[source].code.starts_with(mentions[target].code.substr(0, 3)))
        target = -1;
    }
  }
  if (source < 0 && target >= 0 && CameoRoot(choice.code.primary) == "15" &&
      !group.reduced_relative) {
    source = target;
    why_source = "source: the forces the passive verb moves (no agent named)";
    target = internal::FindObject(tokens, mentions, m.span.end, window, &why_target);
  }
  // (See CountryOfAgentlessArrest.)
  if (source < 0) {
    const std::string country = CountryOfAgentlessArrest(dict, tokens, mentions, m, group, window,
                                                         target, choice.code.primary);
    if (!country.empty()) {
      source = ImplicitMention(country + "COP", false, "the police",
                               "who holds the one arrested, named by no agent", &mentions);
      in.s.mentions = mentions;
      why_source = "source: the police of the country where the agentless arrest happened";
    }
  }
  // "Egypt's ambassador to Qatar was recalled by Cairo", "the Turkish envoy
  // in Vienna was recalled by Ankara": an envoy recalled by his own state
  // is withdrawn from the state he is posted to, named after "to", "in"
  // or "from"; that state is the target, not the envoy.
  if (source >= 0 && target >= 0 && source != target && choice.code.primary.starts_with("161") &&
      mentions[source].code.size() >= 3 && mentions[target].code.size() >= 3 &&
      mentions[source].code.substr(0, 3) == mentions[target].code.substr(0, 3)) {
    const uint32_t e = mentions[target].span.end;
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      if (e + 1 >= tokens.size() || x.span.begin < e + 1 || x.span.begin > e + 2 ||
          x.code.size() < 3 || x.code.substr(0, 3) == mentions[source].code.substr(0, 3))
        continue;
      if (!internal::IsWord(tokens[e], "to") && !internal::IsWord(tokens[e], "in") &&
          !internal::IsWord(tokens[e], "from"))
        break;
      if (x.span.begin == e + 2 && !internal::IsDeterminer(tokens[e + 1])) break;
      target = static_cast<int>(k);
      why_target = "target: the state the recalled envoy is posted to";
      break;
    }
  }
}

}  // namespace khaldun::coder_internal
