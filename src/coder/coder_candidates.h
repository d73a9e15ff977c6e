// Internal to the coder: the stages FindTriggerCandidates (coder_internal.h)
// runs on one trigger of a sentence, in order, and what they share. Not part
// of the public API.
//
// A trigger (a verb or an event noun matched in the dictionary) becomes
// candidate events in these steps:
//   ReadTrigger            the reading that applies and its pattern
//   RecodeByConstruction   codes the construction around it gives
//   KeepAssertedAct        only an act the text asserts as done
//   KeepOwnEvent           not a part of another event told before it
//   TakePatternRoles       the source and target the pattern binds
//   SettleRoles            the source and target by reading (event noun,
//                          passive or active verb)
//   RepairRolesByAct       repairs that depend on what the act is
//   RecordForLaterTriggers what the triggers after it read
//   ReviseTarget           a target found after the verb that is no other party
//   SettleCompoundSource   mutual acts of a compound source
//   FindTargetByAct        a missing target, by the kind of act
//   FindTargetOfJudgment   the doer of an act a judgement refers to
//   LastRepairs            repairs that need the final source and target
//   EmitCandidates         one candidate per pair of coordinated actors
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
  TriggerState& state;  // updated as the original loop did, stage by stage
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

  // Set by KeepOwnEvent: a one-word participle of an act on persons, not
  // read as passive.
  bool act_participle = false;

  // The roles: mention indices or -1, and why each was chosen.
  int source = -1, target = -1;
  std::string why_source, why_target;
  int purpose_target = -1;  // see "the purpose of a consultation" (SettleActiveRoles)
  bool started_by_subject = false;  // an event noun ordered or launched by its source

  // Set by RepairRolesByAct: the subject left the state office named after "as".
  bool left_office = false;
  // Set by ReviseTarget.
  bool each_the_other = false;  // "each ... the other" after the verb
  int cleared_target = -1;  // a party found past a referring object, set aside
  // Set by SettleCompoundSource.
  bool reciprocal = false;  // the members of the compound source act on each other
  bool act_is_reverse = false;  // the act is the code's reverse (no primary): see Act()
  // Set by FindTargetOfJudgment: "drawing condemnation from the UN and from Cambodia".
  int also_source = -1;

  // The stages, in the order FindTriggerCandidates runs them (see above).
  bool ReadTrigger();               // coder_candidates_reading.cc
  void RecodeByConstruction();      // coder_candidates_reading.cc
  bool KeepAssertedAct();           // coder_candidates_asserted.cc
  bool KeepOwnEvent();              // coder_candidates_asserted.cc
  bool TakePatternRoles();          // coder_candidates_roles.cc
  bool SettleRoles();               // coder_candidates_roles.cc
  bool SettleNominalRoles();        // coder_candidates_roles.cc
  void SettlePassiveRoles();        // coder_candidates_roles.cc
  void SettleActiveRoles();         // coder_candidates_roles_active.cc
  bool RepairRolesByAct();          // coder_candidates_repairs.cc
  void RecordForLaterTriggers();    // coder_candidates.cc
  bool ReviseTarget();              // coder_candidates_revisions.cc
  void SettleCompoundSource();      // coder_candidates_revisions.cc
  bool FindTargetByAct();           // coder_candidates_targets.cc
  bool FindTargetOfJudgment();      // coder_candidates_targets.cc
  bool LastRepairs();               // coder_candidates_emit.cc
  void EmitCandidates();            // coder_candidates_emit.cc

  // Helpers more than one stage reads (coder_candidates.cc).
  // Whether this trigger stands within `words` words after the verb before
  // it, leaving out dates: "asked the council on Saturday to impose a
  // no-fly zone" reads as "asked the council to impose a no-fly zone".
  bool WithinWordsAfterVerb(uint32_t words) const;
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
  // FindTargetByAct: an act that answers an earlier one targets `doer` (a
  // party code; empty: none found), `who` naming the mention added for it and
  // `why` the reason kept, unless it is the source's own party.
  void TargetTheAnswered(const std::string& doer, const char* who, const char* why);
  // FindTargetByAct: the party code of who last did an act of one of `kinds`
  // (code prefixes) on the source (DoerOfLastActOn); empty if none.
  std::string LastActOnSource(std::span<const std::string_view> kinds) const;
};

}  // namespace khaldun::coder_internal
