// Acts aimed by their doers at someone else ("attack", "shell", "offer",
// "pledge") against acts two sides do to each other ("clash", "fight",
// "agree"), for compound subjects.
#ifndef KHALDUN_SRC_CODER_DIRECTED_ACTS_H_
#define KHALDUN_SRC_CODER_DIRECTED_ACTS_H_

#include <cstdint>
#include <span>

#include "khaldun/dictionary.h"
#include "khaldun/document.h"

namespace khaldun::coder_internal {

// Whether the verb or event-noun form `form` (an index into
// dict.verb_forms()) names force aimed by its doers at someone else:
// "attacked", "raided", "shelled", "bombarded", "fired on", "the assault",
// "airstrikes", "shelling", "the intervention" (the blocks ATTACK, SHELL,
// BOMBARD*, FIRE_WEAPONS* and their nouns). False for force two sides
// trade ("clashed", "fought", "skirmished", "exchanged fire", "battled",
// "waged war", "clashes", "fighting", "war") and for words of other blocks
// ("killed", a broken ceasefire). Thread-safe.
bool NamesDirectedForce(const Dictionary& dict, uint32_t form);

// Whether a form of "exchange" or "trade" stands in the few words before
// `span`, the fire it names being traded: "traded artillery and mortar
// fire", "exchanged heavy gunfire".
bool FireTraded(std::span<const Token> tokens, TokenSpan span);

// Whether the verb form `form` offers or stands ready (the blocks OFFER and
// PREPARE): "Canada and Norway offered resettlement", "France and Spain are
// ready to help": an intent to cooperate with a third party, named or not,
// not with one another. (Pledges are made to one another when two leaders
// make them, "Kim and Moon pledged to work towards peace"; so is an
// agreement.) Thread-safe.
bool NamesAnOfferToOthers(const Dictionary& dict, uint32_t form);

}  // namespace khaldun::coder_internal

#endif  // KHALDUN_SRC_CODER_DIRECTED_ACTS_H_
