// Internal to the coder: the stages FindTriggerCandidates (coder_internal.h)
// runs on one trigger of a sentence, in order, and what they share. Not part
// of the public API.
//
// A trigger (a verb or an event noun matched in the dictionary) becomes
// candidate events in these steps:
//   ReadTrigger                     the reading that applies and its pattern
//   RecodeByConstruction            codes the construction around it gives
//   KeepAssertedAct                 only an act the text asserts as done
//   KeepOwnEvent                    not a part of an event told before it
//   TakePatternRoles                the source and target the pattern binds
//   SettleRoles                     the others by reading: event noun,
//                                   passive or active verb
//   RepairRolesByAct                repairs that depend on what the act is
//   RepairByOutcome                 announced, killed, wounded, resigned
//   RecordForLaterTriggers          what the triggers after it read
//   ReviseTarget                    a target after the verb that is no other
//                                   party
//   SettleCompoundSource            mutual acts of a compound source
//   FindTargetByAct                 a missing target, by the kind of act
//   FindTargetAnsweredOrThreatened  that of an answer, a warning, a threat
//   FindTargetOfJudgment            the doer of an act a judgement refers to
//   LastRepairs                     repairs that need the final roles
//   EmitCandidates                  one candidate per pair of actors
// A stage that returns bool returns false when the trigger yields no event;
// the reason is in the sentence's notes (SentenceContext::Note), and the
// later stages do not run. Single-threaded: one TriggerCoding per trigger,
// living for one FindTriggerCandidates call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/patterns.h"

namespace khaldun::coder_internal {

// Everything the stages of one trigger share: the sentence's inputs and the
// loop's state (both borrowed), the trigger, and what the stages decide.
struct TriggerCoding {
  const TriggerInputs& in;
  TriggerState& state;  // the loop's bookkeeping, which the stages read and update
  size_t mi;  // the trigger's index in in.matches
  const PhraseMatch& m;  // in.matches[mi]

  // Set by ReadTrigger.
  // The verb before this trigger (RecordForLaterTriggers moves the
  // bookkeeping on to this one before its event is built).
  uint32_t prev_verb_begin = 0, prev_verb_end = 0;
  internal::VerbGroup group;  // the verb group's grammar (some stages amend it)
  bool nominal_reading = false;  // read as an event noun, not a verb
  ClauseWindow window;
  internal::PatternChoice choice;  // pattern, code and bound roles; stages recode it
  std::string label;  // the trigger as the notes and the candidate's rule show it

  // Set by RecodeByConstruction.
  // A consultation in a phrase of circumstance of the clause's verb, and
  // whether it is a visit or a call (see ConsultationAdjunct).
  bool adjunct = false, adjunct_visit = false, adjunct_call = false;
  bool names_an_act = false;  // the pronoun object of a condemning verb is the act

  // Set by KeepOwnEvent, read by TakePatternRoles: a one-word participle of
  // an act on persons, not read as passive.
  bool act_participle = false;

  // The roles: mention indices or -1, and why each was chosen; set from
  // TakePatternRoles on.
  int source = -1, target = -1;
  std::string why_source, why_target;
  int purpose_target = -1;  // see "the purpose of a consultation" (SettleActiveSource)
  int place_target = -1;  // the place a pattern bound, set aside for the object before it
  bool started_by_subject = false;  // an event noun ordered or launched by its source

  // Set by RepairByOutcome: the subject left the state office named after "as".
  bool left_office = false;
  // Set by ReviseTarget.
  bool each_the_other = false;  // "each ... the other" after the verb
  int cleared_target = -1;  // a party found past a referring object, set aside
  // Set by SettleCompoundSource.
  bool reciprocal = false;  // the members of the compound source act on each other
  bool act_is_reverse = false;  // the act is the code's reverse (no primary): see Act()
  // Set by FindTargetOfJudgment: "drawing condemnation from the UN and from Cambodia".
  int also_source = -1;

  // The stages, in the order FindTriggerCandidates runs them. Each reads and
  // sets the members above and `state` as the comments say; a bool stage
  // returns false when the trigger yields no event (with a note, where there
  // is one to give).

  // coder_candidates_reading.cc.
  // Whether this match is the trigger to code here: a verb or event noun, not
  // inside a longer trigger, not the verb reading of an event noun's word,
  // not the reading its twin (same words, other kind) has by word order.
  // Sets prev_verb_begin/end, group, nominal_reading, window, choice (the
  // pattern ChoosePattern picks) and label.
  bool ReadTrigger();
  // The code the construction around the trigger gives instead of, or for
  // want of, its pattern's: a consultation in a phrase of circumstance (sets
  // adjunct, adjunct_visit, adjunct_call), a pattern whose words lie in a
  // passive's "by" agent, a verb carrying out an event noun, a reported
  // clause condemning a party (111), an atrocity reported (1124), an act or
  // a person named in condemning words (111; sets names_an_act), a passive
  // "shot" with an agent (190). Recodes choice and label; drops nothing.
  void RecodeByConstruction();

  // coder_candidates_asserted.cc.
  // False unless the trigger has a code and the text asserts its act as
  // done: not a null code (a null-coded verb still updates the "and"
  // bookkeeping in state), an attributive participle, a statement whose
  // object is the event noun, negated, in a "since" or condition clause,
  // plotted or a trip's purpose, attempted or failed, an event noun not
  // done, a relative clause's description, a lasting state, a question, a
  // mere possibility (one with a condition sets group.future). Sets
  // state.undone_words for an act not done.
  bool KeepAssertedAct();
  // False when the trigger is part of an event told before it rather than
  // one of its own: the decision an agreement is about (which removes that
  // agreement's candidates), a signed agreement's content (or 057 with the
  // partner it names), an infinitive in a demand or intent, a protest's
  // purpose (which may refine the protest's code), what a denial denies or
  // an accusation alleges, a role in an act, a "during" setting, an event
  // noun denied, envisaged or the object of an intent, a participle or
  // gerund describing a noun. Sets act_participle.
  bool KeepOwnEvent();

  // coder_candidates_roles.cc.
  // Reads a headline participle of an act on persons as a passive, then sets
  // source and target (and why_source, why_target) to the pattern's $ and +,
  // a bound place giving way to the object named before it. False when the
  // trigger is a word of the pattern of a verb before it (state's
  // last_verb_words or undone_words).
  bool TakePatternRoles();
  // The source and target the pattern left open, by the trigger's reading:
  // SettleNominalRoles, SettlePassiveRoles, or SettleActiveSource and
  // SettleActiveTarget.
  bool SettleRoles();
  // An event noun's: the subject of an order or start, the parties of a
  // clash, a responder, the clause verb's subject for a consultation or a
  // defiance in a phrase of circumstance, else FindNominalSource; its
  // prepositional object as target. May set the code's reverse (both sides
  // act) or recode a talk held in a third country (044). False when it is
  // the object of the verb before it, or a consultation held with no party.
  bool SettleNominalRoles();
  // A passive verb's: its subject (or what a reduced relative modifies, or a
  // possessor) as target; its "by" agent, the actor of a "when" clause after
  // it, or who gave the order as source. Forces moved with no agent are their
  // own source (15).
  void SettlePassiveRoles();
  // coder_candidates_roles_active.cc.
  // An active verb's source, when the pattern bound none: its subject, unless
  // a reported clause has a subject that is no party, with the repairs for a
  // role right before the verb, fighting "between" parties, a crowd, a clause
  // of time or a relative clause, a verb joined by "and" to the one before
  // it, the purpose of a consultation (sets purpose_target to whom it
  // consulted) and a state force named without its country.
  void SettleActiveSource();
  // An active verb's target: its object, or the party the construction names
  // (whoever did an event noun it acts on, a party inside a multiword verb,
  // past forces moved or a demonym of the subject's own country, an apology's
  // or an appeal's addressee, past an appositive, talks "with", a place
  // visited...). Reads purpose_target.
  void SettleActiveTarget();

  // coder_candidates_repairs.cc.
  // Repairs by what the act is, with the roles found: a place or population
  // as target, killings and their victims, extraditions, visits and trips,
  // territory seized (192), air strikes by a state (195). False for a trip
  // that makes no state visit.
  bool RepairRolesByAct();
  // What came of the act: one announced ("will", "would") is an intent or a
  // threat, not the act (a cut in relations announced firmly is the
  // decision); a named office-holder killed is an assassination (186), one
  // wounded or shot an attempt (185); sympathy (018) is for whom the
  // disaster struck; a resignation's "as" names the subject's office (sets
  // left_office). False for force posture announced.
  bool RepairByOutcome();
  // coder_candidates.cc.
  // What the triggers after this one read: state.last_code and, for a verb,
  // its span, code, source, target, pattern words and the clause verb.
  void RecordForLaterTriggers();

  // coder_candidates_revisions.cc.
  // A target found after the verb that is no other party: a protest's own
  // country becomes its state; "each ... the other" (sets each_the_other); a
  // threat's pronoun; a party past a referring object (sets cleared_target);
  // an emergency's or a denial's own side; the owner of a subsidiary; a member
  // of the compound subject; a rejected allegation (016); a party named in an
  // accusation's charge, for the accused before its "of". False when source
  // and target are one actor.
  bool ReviseTarget();
  // The compound source's first member is the source. A mutual act of a
  // compound source (or "each other") acts on each member (sets reciprocal),
  // not on a party found in a later phrase, unless the members act together
  // on a third party (a joint attack); a show of force two countries stage
  // together is military cooperation (062). Fixes the act from here on (sets
  // act_is_reverse: see Act()); a mutual act keeps no target for the verb
  // after "and" (state.last_verb_target).
  void SettleCompoundSource();

  // coder_candidates_targets.cc.
  // A missing target by the kind of act: the government a protest is aimed
  // at or the party named after "against", an ethnic group's country, the
  // state holding protesting prisoners, a state's own population under its
  // restrictions, the people of the place for victims named by a role.
  void FindTargetByAct();
  // The target of an act that answers an earlier one (a resignation, a
  // concession, a denial, an expulsion: TargetTheAnswered), of a warning
  // (130 for a bare "warned that") or threat (whoever must meet its
  // condition) and of a vow of retaliation (whoever acted on the speaker).
  // False for an act owed ("must", "should").
  bool FindTargetAnsweredOrThreatened();
  // The target of a judgement of an act referred to, not named: whoever did
  // that act (sets also_source for a second judge); a protest drawn from a
  // state is a complaint (114); a cleared target comes back when no one is
  // found. False when it comes back as the source's own party.
  bool FindTargetOfJudgment();
  // Whether the referring word (token `referring_word`, or -1) names only a
  // kind of act (a coup) and the act coded last before the trigger is one of
  // cooperation (03-07): the judgement then answers no clause's subject.
  bool CooperationBeforeACoup(int referring_word, int source) const;
  // Whether the referring word (token `referring_word`, or -1) is a word
  // for an offer and no verb before the trigger in the sentence is one of
  // offering: the judgement then answers no clause's subject.
  bool NoOfferBefore(int referring_word) const;

  // coder_candidates_emit.cc.
  // Repairs that need the final roles: an infinitive purpose, an announced
  // release (010), a withdrawal from the other party's clause (0874). False
  // for a purpose not done, a statement whose only party is in its clause,
  // and, with options.require_dyad, a missing source or target.
  bool LastRepairs();
  // One candidate per pair of coordinated sources and targets (seats of state
  // a protest names, reciprocal pairs, "with" partners both ways), plus the
  // appeal a requested aid answers; none with too many pairs or for a
  // statement's own "they".
  void EmitCandidates();

  // Helpers more than one stage reads (coder_candidates.cc).
  // Whether this trigger stands within `words` words after the verb before
  // it, leaving out dates: "urged the bloc on Monday to impose an
  // arms embargo" reads as "urged the bloc to impose an arms embargo".
  bool WithinWordsAfterVerb(uint32_t words) const;
  // Whether the event noun names who made it: a possessor right before it
  // ("the governor's offer of dialogue") or, for an offer of talks, the
  // party its pattern binds by "from" or "by" after it ("an offer of
  // dialogue from the governor", "an offer by the governor of talks").
  bool MakerNamedWithNoun() const;
  // An event noun that may refer back ("condemned the strikes",
  // "rejected the demand"): one of an act done by one party to another
  // (roots 10 and over); rejecting "the original accord" (05) rejects no
  // signatory.
  std::string_view EventNounRoot(uint32_t k) const;
  bool IsEventNoun(uint32_t k) const { return !EventNounRoot(k).empty(); }
  // The act from SettleCompoundSource on: the code's primary, or its reverse
  // when there was no primary then (later recodings of the primary show).
  const std::string& Act() const {
    return act_is_reverse ? choice.code.reverse : choice.code.primary;
  }

  // Helpers of one stage.
  // RepairRolesByAct: the target is territory occupied (192), `town`, named
  // by mention `at` or else an implicit mention added; `what` says why.
  void Occupy(int at, const Place& town, std::string_view what);
  // FindTargetAnsweredOrThreatened: an act that answers an earlier one targets `doer` (a
  // party code; empty: none found), `who` naming the mention added for it and
  // `why` the reason kept, unless it is the source's own party.
  void TargetTheAnswered(const std::string& doer, const char* who, const char* why);
  void AlsoAnswerCoDoers();
  // FindTargetAnsweredOrThreatened: the party code of who last did an act of one of `kinds`
  // (code prefixes) on the source (DoerOfLastActOn); empty if none.
  std::string LastActOnSource(std::span<const std::string_view> kinds) const;
};

}  // namespace khaldun::coder_internal
