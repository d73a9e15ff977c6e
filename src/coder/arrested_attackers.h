// The doer of an act of force whom an arrest later in the same sentence
// takes away, named there only by a pronoun or a word for a doer: "A man
// opened fire on the mayor outside the town hall in Porto, and police
// arrested him", "Armed men seized a bus of pilgrims before soldiers
// detained 11 of them", "... and officers detained the suspect at the
// scene". The arrest is aimed at the attacker (173), not at no one.
#ifndef KHALDUN_SRC_CODER_ARRESTED_ATTACKERS_H_
#define KHALDUN_SRC_CODER_ARRESTED_ATTACKERS_H_

#include <span>

#include "coder/coder_internal.h"
#include "coder/mentions.h"
#include "khaldun/document.h"

namespace khaldun::coder_internal {

// The mention (index into `mentions`) of the doer of the last act of force
// (roots 18-20) among `candidates` told before the arrest verb at `verb`,
// when the verb's object, right after it, is "him", "her", "them", "N of
// them" ("13 of them", "most of them") or "the" and a doer's noun ("the
// suspect", "the alleged gunman", "the attackers"); -1 otherwise. Not when
// the doer is `arrester` itself or of its code ("troops fired on
// protesters and detained them": the victims), nor a state's own forces,
// government or court (police, troops, officials are not the ones police
// arrest after their act), nor a place or an owner.
int ArrestedAttacker(std::span<const Token> tokens, std::span<const Mention> mentions,
                     std::span<const Candidate> candidates, TokenSpan verb, int arrester);

}  // namespace khaldun::coder_internal

#endif  // KHALDUN_SRC_CODER_ARRESTED_ATTACKERS_H_
