// Phrases of cause, charge or topic after a verb's object: an actor named
// inside one is what the act was about, not whom it was done to.
#ifndef KHALDUN_SRC_CODER_OBJECT_PHRASES_H_
#define KHALDUN_SRC_CODER_OBJECT_PHRASES_H_

#include <cstdint>
#include <span>

#include "khaldun/document.h"

namespace khaldun::internal {

// Whether tokens[k] (after the verb that ends at `after`, before an actor
// spanning [actor_begin, actor_end)) opens a phrase of cause, charge or
// topic, so that the actor is no object of the verb:
//   "over" + a matter: "the minister resigned over the Gulf war", "over
//     Iraq policy" (not a particle: "handed over", "turned him over to";
//     nor a bare place: "flew over Syria"; nor the owner or author of the
//     matter, whom a complaint is about: "protested over Japan's
//     textbooks", "over remarks Blair had made", unless a comma ends the
//     phrase before the actor);
//   "for" + a gerund after the verb's own object: "fined the bank for
//     breaching EU rules" (not right after the verb, "apologised for
//     insulting Turkey", nor after "responsibility" or "credit");
//   a charge: "charges of", "charged with", "accused of", "suspected of",
//     "convicted of", "suspicion of", "guilty of": "jailed three men on
//     charges of spying for Tehran" (not "suspected of being members of
//     ETA", which says who they are);
//   "links", "ties" after "with", "alleged", "suspected", "over", "for",
//     "having": "detained two clerics with links to al-Qaeda" (not "cut
//     diplomatic ties with Iran", where the ties are the verb's object).
// Pure; false for k out of range.
bool OpensCauseOrChargePhrase(std::span<const Token> tokens, uint32_t after, uint32_t k,
                              uint32_t actor_begin, uint32_t actor_end);

// Whether some token from `after` up to the actor opens such a phrase;
// with `with_over` false, an "over" phrase does not count (a dictionary
// pattern that binds its "+" past "over" means the matter's party:
// "complained to the UN over Israeli raids").
bool InCauseOrChargePhrase(std::span<const Token> tokens, uint32_t after, uint32_t actor_begin,
                           uint32_t actor_end, bool with_over);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_OBJECT_PHRASES_H_
