// Claims of responsibility that name the doer of an act the sentence tells
// without one: "A roadside bomb killed twelve soldiers near Kandahar; the
// Taliban claimed responsibility". The claimer did the act (its source) and
// acknowledges responsibility (015) towards the act's victim.
#ifndef KHALDUN_SRC_CODER_CLAIMED_ACTS_H_
#define KHALDUN_SRC_CODER_CLAIMED_ACTS_H_

#include <span>
#include <vector>

#include "coder/coder_internal.h"

namespace khaldun::coder_internal {

// Completes the sentence's candidates from its claims of responsibility
// (015 candidates, and 015 orphans: a claimer with no target). For an
// asserted claim (no "no group", "not", "never", "yet", "denied" before its
// verb):
//  - each act of force (roots 18-20) of the sentence that found a target but
//    no source, and each one done by an unnamed armed role ("gunmen", "a
//    suicide bomber": code ending in UAF), is the claimer's: the orphan is
//    added to `triggers->candidates` with the claimer as source, the
//    unnamed doer is replaced by the claimer;
//  - a claim with no target is aimed at the target of the sentence's first
//    such act, preferring a party to a place;
//  - with no such act, a bombing (183x) named between a claim's verb and
//    the target its pattern bound, with neither doer nor victim, is the
//    claimer's act on that target.
// Reads triggers->orphans (FindTriggerCandidates fills it), adds to and
// edits triggers->candidates; notes each change on `s`. Not thread-safe on
// one SentenceContext.
void ClaimedActs(const SentenceContext& s, std::span<const Mention> mentions,
                 TriggerState* triggers);

// "A truck bomb ripped through the court in Kirkuk, killing nine people, and
// the Islamic State claimed it": whether the act at `trigger`, a participle
// after a comma ("killing", "wounding"), tells the toll of an act of force
// among `candidates` that `doer` did earlier in the same clause (no ";",
// ":", "." nor ", and" between). The doer is then given one act, the
// bombing, not a second one on the dead. False for doer < 0.
bool TollOfAnActBefore(std::span<const Token> tokens, std::span<const Candidate> candidates,
                       int doer, TokenSpan trigger);

}  // namespace khaldun::coder_internal

#endif  // KHALDUN_SRC_CODER_CLAIMED_ACTS_H_
