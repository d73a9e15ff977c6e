// Coder::Code's cheap pre-filter: whether a sentence may hold an event with
// two parties, before it pays for POS tagging (coder/coder_internal.h).

#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/private_agents.h"
#include "coder/reactions.h"

namespace khaldun::coder_internal {

// Whether the sentence may give an event when events need a dyad: two
// parties, or one party and what completes the dyad: an implicit target
// (ProtestsItsOwnGovernment, a state restricting its own people) or a
// city of the gazetteer after an act on a place. Cheapest test first.
bool MayHoldADyad(const DyadCues& cues, std::span<const Mention> ms,
                  std::span<const Token> toks) {
  const CoderOptions& options = cues.options;
  const CoderResources& resources = cues.resources;
  const internal::PatternIndex* const pattern_index = cues.pattern_index;
  const Dictionary& dict = cues.dict;
  const Sentence& sentence = cues.sentence;
  const std::vector<PhraseMatch>& matches = cues.matches;
  const std::vector<Event>& events = cues.events;
  const bool has_place_act = cues.has_place_act, has_protest = cues.has_protest,
             has_restriction = cues.has_restriction, has_arrest = cues.has_arrest,
             has_killing = cues.has_killing;
  if (!options.require_dyad) return true;
  const int usable = UsableMentions(ms, has_place_act);
  if (usable >= 2) return true;
  // "the mayor was stabbed by a 40-year-old man": a private person named
  // by no party is the attacker of the one party (see PrivatePersonAgent).
  if (usable == 1 && internal::MayNamePrivatePerson(toks)) return true;
  const Mention* party = nullptr;
  for (const Mention& x : ms)
    if (!x.code.empty() && !x.locative) {
      party = &x;
      break;
    }
  // "Thousands protested in Paris": a crowd named by its size is a
  // party too (see CrowdSubject).
  // Only a trigger that may code a protest, and only past a number or a
  // quantity word, can have a crowd for its subject; the clause is
  // looked for only then.
  if (has_protest && !ms.empty()) {
    auto sized_before = [&](uint32_t at) {
      for (uint32_t k = at > 12 ? at - 12 : 0; k < at; ++k)
        if (internal::IsCrowdSizeWord(toks[k])) return true;
      return false;
    };
    for (const PhraseMatch& t : matches)
      if ((t.kind == PhraseMatch::Kind::kVerb || t.kind == PhraseMatch::Kind::kNominal) &&
          (!pattern_index ||
           pattern_index->block_may_protest[dict.verb_form(t.id).block] ||
           internal::AddressesOwnGovernment(
               dict.verb_form(t.id).EffectiveCode(dict.verb_blocks()).primary)) &&
          sized_before(t.span.begin) &&
          !internal::CrowdSubject(toks, internal::ClauseAround(toks, t.span.begin),
                                  t.span.begin)
               .empty())
        return true;
  }
  if (usable == 0) return false;
  if (party == nullptr) return false;
  // The one party suits an implicit target or a place: only then is the
  // code a trigger would take looked up (untagged, as ChoosePattern
  // reads words), before the sentence pays for tagging.
  // "Egyptian police arrested three journalists": a state holding
  // people named by a role (see HeldRole).
  // Both need a role word near an arrest or killing verb (after it, or
  // before a passive one), which is cheap to see before tagging.
  auto role_near = [&](bool killing) {
    for (const PhraseMatch& v : matches) {
      if (v.kind != PhraseMatch::Kind::kVerb) continue;
      const VerbForm& form = dict.verb_form(v.id);
      const std::string& held_code = form.EffectiveCode(dict.verb_blocks()).primary;
      if (killing ? !IsKillingOrWounding(form)
                  : !(held_code.starts_with("173") || held_code.starts_with("09")))
        continue;
      for (const PhraseMatch& a : matches) {
        if (a.kind != PhraseMatch::Kind::kAgent) continue;
        const bool after = a.span.begin >= v.span.end && a.span.begin <= v.span.end + 6;
        const bool before = a.span.end <= v.span.begin && a.span.end + 8 >= v.span.begin;
        if ((after || before) && (!killing || IsPeopleHit(dict.agent(a.id)))) return true;
      }
    }
    return false;
  };
  if (has_arrest && IsStateActor(*party) && role_near(false)) return true;
  // "Tehran hanged a young man": a state putting to death people named by
  // a role or as a man or woman (see the jurisdiction rule of
  // coder_candidates_targets.cc).
  if (IsStateActor(*party))
    for (const PhraseMatch& v : matches) {
      if (v.kind != PhraseMatch::Kind::kVerb) continue;
      if (!IsLemmaOfExecution(dict.verb_form(v.id).lemma)) continue;
      if (internal::NamesAManOrWoman(toks, v.span.end)) return true;
      for (const PhraseMatch& a : matches)
        if (a.kind == PhraseMatch::Kind::kAgent && a.span.begin >= v.span.end &&
            a.span.begin <= v.span.end + 6)
          return true;
    }
  // "Baghdad accused Ankara of the strike. Turkey denied any
  // involvement.": a denial answers the accusation of the sentence
  // before (see AccuserOf).
  if (sentence.index > 0 && party->code.size() >= 3) {
    // (Events are in sentence order: only the last ones are looked at.)
    bool accused = false;
    for (auto e = events.rbegin(); e != events.rend() && e->sentence_index + 1 >= sentence.index;
         ++e) {
      // ("The US struck Syrian chemical sites over a gas attack. Damascus
      // denied using such weapons.": or a hostile act on its party, whose
      // grounds the denial answers; see the fallback of AccuserOf's rule.)
      const auto root = CameoRoot(e->cameo_code);
      const bool hostile = root >= "11" && root <= "20";
      accused |= e->sentence_index + 1 == sentence.index &&
                 (e->cameo_code.starts_with("112") ||
                  (hostile && !e->source.code.starts_with(
                                  std::string_view(party->code).substr(0, 3)))) &&
                 e->target.code.starts_with(std::string_view(party->code).substr(0, 3));
    }
    // "South Korean officials said a North Korean patrol boat had rammed a
    // fishing vessel. Pyongyang rejected the charge.": or a report by
    // another party of what the party's country did (see ReporterOf).
    accused |= !ReporterOf(cues.reports, sentence.index, 0, party->code).empty();
    // (Or a verb whose pattern denies: "dismissed the account", "rejected
    // the charges".)
    if (accused)
      for (const PhraseMatch& t : matches) {
        if (t.kind != PhraseMatch::Kind::kVerb) continue;
        const std::string& own = dict.verb_form(t.id).EffectiveCode(dict.verb_blocks()).primary;
        if (own.starts_with("016")) return true;
        const auto root = CameoRoot(own);
        if (pattern_index && (root.empty() || root == "--" || root == "12") &&
            internal::ChoosePattern(dict, t, toks, ms, internal::ClauseAround(toks, t.span.begin),
                                    pattern_index)
                .code.primary.starts_with("016"))
          return true;
      }
    // "Israel demanded that Egypt reopen the crossing. Cairo refused.": a
    // refusal answers the pressure put on its party in the sentence before
    // (see the refusal rule of FindTargetOfJudgment).
    bool pressed = false;
    for (auto e = events.rbegin(); e != events.rend() && e->sentence_index + 1 >= sentence.index;
         ++e) {
      bool pressure = false;
      for (std::string_view p : kPressuresARefusalAnswers)
        pressure |= e->cameo_code.starts_with(p);
      pressed |= pressure && e->sentence_index + 1 == sentence.index &&
                 e->target.code.starts_with(std::string_view(party->code).substr(0, 3)) &&
                 e->source.code != party->code;
    }
    if (pressed)
      for (const PhraseMatch& t : matches) {
        if (t.kind != PhraseMatch::Kind::kVerb || !SaysNoToARequest(dict.verb_form(t.id).lemma))
          continue;
        const auto root =
            CameoRoot(dict.verb_form(t.id).EffectiveCode(dict.verb_blocks()).primary);
        if (root == "12") return true;
        if (pattern_index && (root.empty() || root == "--") &&
            CameoRoot(internal::ChoosePattern(dict, t, toks, ms,
                                              internal::ClauseAround(toks, t.span.begin),
                                              pattern_index)
                          .code.primary) == "12")
          return true;
      }
    // "Washington announced new sanctions on Caracas. Venezuela condemned
    // the measures.": a judgement of an act referred to ("the measures",
    // "these steps") answers the act of another party in the sentence
    // before (see ActReactedTo). ("the decision of its court", "the move
    // by Paris" name their own maker.)
    bool acted = false;
    for (auto e = events.rbegin(); e != events.rend() && e->sentence_index + 1 >= sentence.index;
         ++e)
      acted |= e->sentence_index + 1 == sentence.index && !e->target.code.empty() &&
               e->source.code.size() >= 3 &&
               !e->source.code.starts_with(std::string_view(party->code).substr(0, 3));
    if (acted)
      for (const PhraseMatch& t : matches) {
        if (t.kind != PhraseMatch::Kind::kVerb || t.span.end + 1 >= toks.size()) continue;
        const auto root =
            CameoRoot(dict.verb_form(t.id).EffectiveCode(dict.verb_blocks()).primary);
        // (Or a verb of naming, whose code its pattern gives once the
        // sentence is read: "Tokyo called the launch a provocation".)
        const bool naming = root.empty() || root == "--";
        if (root != "11" && root != "12" && !naming) continue;
        // ("North Korea fired a missile over Japan. Tokyo called the launch
        // reckless.": a verb of naming with no code of its own judges the
        // act it names in condemning words; see ActNamedAsCondemnable.)
        if (naming && ActNamedAsCondemnable(dict, toks, matches, ms, t) >= 0)
          return true;
        const Token& det = toks[t.span.end];
        // ("Oslo condemned the attack", "Seoul denounced the deadly
        // bombing": an event noun, past one modifier, refers to the act
        // before as the reference words do; FindTargetOfJudgment finds its
        // doer among the acts of the root the noun may name.)
        uint32_t word = t.span.end + 1;
        const bool noun_at = EventNounAt(matches, word);
        if (!noun_at && !internal::IsActReferenceWord(toks[word]) && word + 1 < toks.size() &&
            (EventNounAt(matches, word + 1) || internal::IsActReferenceWord(toks[word + 1])))
          ++word;
        const bool referring = EventNounAt(matches, word) ||
                               internal::IsActReferenceWord(toks[word]);
        const uint32_t after = word + 1;
        const bool maker_named =
            after < toks.size() &&
            (internal::IsWord(toks[after], "of") || internal::IsWord(toks[after], "by") ||
             internal::IsWord(toks[after], "to") || toks[after].text == "'s");
        if ((internal::IsWord(det, "the") || internal::IsWord(det, "these") ||
             internal::IsWord(det, "this")) &&
            referring && !maker_named)
          return true;
      }
    // "Russian jets bombed a Ukrainian power plant. Ukraine vowed to
    // retaliate.": a threat of retaliation answers the act on its party
    // in the sentence before (see AnsweredBy).
    // (Or that its party accused or pressed another in the sentence
    // before: "The US blamed Pyongyang for the hack. Obama vowed to
    // respond.")
    bool hit = false;
    bool fired_on = false;
    const std::string_view country = std::string_view(party->code).substr(0, 3);
    for (auto e = events.rbegin(); e != events.rend() && e->sentence_index + 1 >= sentence.index;
         ++e) {
      const auto root = CameoRoot(e->cameo_code);
      const bool answered =
          e->source.code.starts_with(country) && !e->target.code.empty() &&
          !e->target.code.starts_with(country) && (root == "10" || root == "11" || root == "12");
      const bool on_country = e->sentence_index + 1 == sentence.index &&
                              e->target.code.starts_with(country) &&
                              !e->source.code.starts_with(country);
      hit |= on_country || (e->sentence_index + 1 == sentence.index && answered);
      fired_on |= on_country && root >= "18" && root <= "20";
    }
    // ("Militiamen fired on a Malian patrol. Malian soldiers shot back
    // with mortars.": fire returned answers force used on its party in the
    // sentence before; see ReturnsFire.)
    if (fired_on)
      for (const PhraseMatch& t : matches)
        if (t.kind == PhraseMatch::Kind::kVerb && internal::ReturnsFire(toks, t.span))
          return true;
    // ("Russian jets violated Estonian airspace. Tallinn demanded an
    // apology.": so does a demand for redress; see RedressAfter.)
    if (hit)
      for (const PhraseMatch& t : matches) {
        if (t.kind != PhraseMatch::Kind::kVerb) continue;
        const uint32_t end = static_cast<uint32_t>(toks.size());
        if (internal::RetaliationAfter(toks, t.span, end) != internal::Retaliation::kNone)
          return true;
        if (CameoRoot(dict.verb_form(t.id).EffectiveCode(dict.verb_blocks()).primary) == "10" &&
            internal::RedressAfter(toks, t.span, end))
          return true;
      }
  }
  // "Jihadist gunmen killed at least 132 civilians in ... Burkina Faso":
  // people hit, named by a role, and a place (see the target rules).
  if (has_killing && role_near(true)) {
    bool placed = NamesAGazetteerCity(toks, resources.gazetteer.get(), 0,
                                      static_cast<uint32_t>(toks.size()));
    for (const Mention& x : ms) placed |= x.locative;
    // (Or where the last event of the sentence before happened, in the
    // party's own country: "... seized the town of Baga in Nigeria.
    // They went on to massacre hundreds of civilians".)
    placed |= !events.empty() && events.back().sentence_index + 1 == sentence.index &&
              events.back().location && party->code.size() >= 3 &&
              events.back().location->country == std::string_view(party->code).substr(0, 3);
    // (Or the party's own country, when it is the only one the sentence
    // names: "Government troops killed 300 civilians over three days"; see
    // OwnCountryOfViolence.)
    bool one_country = party->code.size() >= 3 && !party->unplaced &&
                       !party->code.starts_with(internal::kUnplacedCountry);
    for (const Mention& x : ms)
      one_country &= x.code.size() < 3 || x.unplaced || x.code.starts_with("IGO") ||
                     x.code.starts_with("NGO") || x.code.compare(0, 3, party->code, 0, 3) == 0;
    if (placed || one_country) return true;
  }
  // "Egyptian President Hosni Mubarak refused to step down": a leader
  // leaving office, or refusing to, answers the opposition, and one giving
  // way on a policy those who protested (see the target rules). Only a
  // state party and a trigger of roots 01 ("announced his resignation"),
  // 08 or 12 or with no code of its own ("withdrew the bill") are looked
  // up.
  if (IsStateActor(*party) && pattern_index)
    for (const PhraseMatch& t : matches) {
      if (t.kind != PhraseMatch::Kind::kVerb) continue;
      const auto root =
          CameoRoot(dict.verb_form(t.id).EffectiveCode(dict.verb_blocks()).primary);
      if (root != "01" && root != "08" && root != "12" && root != "--") continue;
      const std::string code =
          internal::ChoosePattern(dict, t, toks, ms, internal::ClauseAround(toks, t.span.begin),
                                  pattern_index)
              .code.primary;
      if (code.starts_with("0831") || code.starts_with("1231") || code.starts_with("0832"))
        return true;
    }
  const bool protester = has_protest && ProtestsItsOwnGovernment(*party, toks);
  const bool state = has_restriction && IsStateActor(*party);
  if (!protester && !state && !has_place_act) return false;
  if (!pattern_index) return false;
  for (const PhraseMatch& t : matches) {
    if (t.kind != PhraseMatch::Kind::kVerb && t.kind != PhraseMatch::Kind::kNominal) continue;
    const uint32_t block = dict.verb_form(t.id).block;
    const internal::PatternIndex& index = *pattern_index;
    // Cheap cues first: only a trigger that may take the kind of code
    // the party allows is looked up with ChoosePattern.
    bool look = (protester && index.Cued(index.protest_cues[block], toks, t.span.end)) ||
                (state && index.Cued(index.restrict_cues[block], toks, t.span.end));
    // The city target is looked for within 12 tokens after the trigger,
    // and before a passive one ("a hospital in Aleppo was destroyed").
    const bool passive = FollowsBeForm(toks, t.span.begin);
    auto names_city = [&] {
      const Gazetteer* gazetteer = resources.gazetteer.get();
      return NamesAGazetteerCity(toks, gazetteer, t.span.end, t.span.end + 13) ||
             (passive &&
              NamesAGazetteerCity(toks, gazetteer, t.span.begin > 12 ? t.span.begin - 12 : 0,
                                  t.span.begin));
    };
    if (!look && has_place_act &&
        (index.Cued(index.place_cues[block], toks, t.span.end) ||
         (passive && index.block_may_act_on_place[block])))
      look = names_city();
    if (!look) continue;
    internal::PatternChoice choice = internal::ChoosePattern(
        dict, t, toks, ms, internal::ClauseAround(toks, t.span.begin), pattern_index);
    const std::string& code = choice.code.primary;
    if (code.empty() || choice.code.is_null()) continue;
    if (protester && internal::AddressesOwnGovernment(code)) return true;
    if (state && internal::FallsOnOwnPopulation(code)) return true;
    if (has_place_act && TargetIsAPlace(code) && names_city()) return true;
  }
  return false;
}

}  // namespace khaldun::coder_internal
