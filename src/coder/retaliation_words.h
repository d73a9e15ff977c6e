// Retaliation told by words of criticism ("hit back at", "struck back at")
// next to the act that carries it out.
#ifndef KHALDUN_SRC_CODER_RETALIATION_WORDS_H_
#define KHALDUN_SRC_CODER_RETALIATION_WORDS_H_

#include <vector>

#include "coder/coder_internal.h"

namespace khaldun::coder_internal {

// "Moscow hit back at London, expelling 23 British diplomats", "Russia
// suspended its mission to NATO, hitting back at the alliance": "hit back
// at" names the retaliation whose act the sentence also codes (here 161);
// it is not a criticism of its own. Removes from `candidates` each 11x
// candidate whose trigger is "hit back at" or "struck back at" (any form)
// when another candidate of the sentence has the same source party and a
// material act (roots 15 to 20, sanctions and expulsions of 16, coercion of
// 17). Also removes threats (13) and force (19) read from "revenge" or
// "avenge" in a sentence about a game (NamesASportingContest). Notes each
// removal on `s`. Not thread-safe on one SentenceContext.
void DropRetaliationWords(const SentenceContext& s, const std::vector<Mention>& mentions,
                          bool state_actors, std::vector<Candidate>* candidates);

}  // namespace khaldun::coder_internal

#endif  // KHALDUN_SRC_CODER_RETALIATION_WORDS_H_
