// Warnings that threaten: "Netanyahu warned that Israel would act if Iran
// reached the red line", "Pyongyang warned that it reserved the right to use
// atomic arms if Seoul continued its drills". A warning that tells what the
// speaker's side would do if another party acts is a threat (CAMEO 13) to
// that party, not a pessimistic comment (012) and not an act on the
// speaker's own state named in the report. These helpers read the words; the
// coder decides the parties (coder_candidates.cc).
#ifndef KHALDUN_SRC_CODER_THREATS_H_
#define KHALDUN_SRC_CODER_THREATS_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "khaldun/syntax.h"

namespace khaldun::internal {

// Whether `lemma` (a verb form's lemma, upper case) is a verb of warning:
// WARN, CAUTION.
bool IsWarningVerb(std::string_view lemma);

// The token of the condition word ("if", "unless") that follows, within
// `reach` tokens after `from` and in the same sentence part (no ";", ":",
// "."), an act the report says someone would do: a modal ("would", "will",
// "could", "might") or "the right to" with, within three words after it, a
// verb of acting or retaliating ("act", "respond", "retaliate", "strike",
// "use", "take", ...). Returns -1 when there is none: "warned that Germany
// would suffer if Britain left" tells a fear, not a threat; "warned of war
// if" states no act.
int ConditionAfterConsequence(std::span<const Token> tokens, uint32_t from, uint32_t reach);

// The same for a penalty the other party would undergo: a modal, "be" and
// "targeted", "punished", "sanctioned", "attacked", "struck" or "bombed"
// ("warned that Russian ships would be targeted unless Moscow lifted the
// blockade"). "would be hit hard if", "would take years to recover if" are
// forecasts and return -1.
int ConditionAfterPenalty(std::span<const Token> tokens, uint32_t from, uint32_t reach);

// Whether, within `reach` tokens after `from` and in the same sentence part
// (no ";", ":", "."), an act is said to count as war: "would be treated as a
// declaration of war", "would be considered an act of war", "would
// constitute an act of war", "would mean war". The phrase must follow a
// word that equates ("as", "be", "is", "constitute", "mean", "amount to"),
// so that a war only mentioned ("warned that the declaration of war had
// emptied the shops") does not count.
bool ActCountsAsWarAfter(std::span<const Token> tokens, uint32_t from, uint32_t reach);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_THREATS_H_
