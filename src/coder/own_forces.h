// Acts of a government on its own armed forces that CAMEO does not code as
// interaction between parties: a visit to its own troops, force on them.
#ifndef KHALDUN_SRC_CODER_OWN_FORCES_H_
#define KHALDUN_SRC_CODER_OWN_FORCES_H_

#include <cstdint>
#include <vector>

#include "coder/coder_internal.h"

namespace khaldun::coder_internal {

// "On a trip to a Russian airbase in Syria, Putin ordered ...", "Macron
// visited French troops in Mali": a government visiting (042, 043, 044)
// its own country's armed forces is no visit in CAMEO's sense (it meets
// no other party); and a government using force (roots 18 to 20) on its
// own forces is almost always a misread target ("ordered strikes on the
// airbase from which the missiles had been launched", "drones targeting a
// Russian airbase"). Removes, among the events of `sentence_index`, those
// whose source is XXXGOV and whose target is XXXMIL of the same country
// (full six-letter codes), and notes each removal on `s`. (Not the army's
// acts on its government: a coup is an act of force.) Not thread-safe on
// one SentenceContext.
void DropActsOnOwnForces(SentenceContext& s, uint32_t sentence_index, std::vector<Event>* events);

}  // namespace khaldun::coder_internal

#endif  // KHALDUN_SRC_CODER_OWN_FORCES_H_
