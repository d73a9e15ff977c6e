// Fronted phrases: an adverbial phrase or clause that opens a sentence and
// ends at a comma before the sentence's subject.
#ifndef KHALDUN_SRC_CODER_FRONTED_PHRASE_H_
#define KHALDUN_SRC_CODER_FRONTED_PHRASE_H_

#include <cstdint>
#include <span>

#include "khaldun/document.h"

namespace khaldun::internal {

// Whether the comma at tokens[comma] (the tokens of one sentence) closes a
// phrase fronted before the sentence's subject, so that an actor right
// before the comma and one right after it belong to two phrases and form no
// list: "After two days of talks chaired by the Kenyan president, the
// leaders of Sudan and South Sudan signed ...". Holds when the sentence
// opens with a preposition or subordinating word ("After", "Following",
// "During", "Despite", "In", "As", ...), the phrase holds at least two words before the
// actor that ends it (`actor_begin`: "After Kenya, Uganda and Tanzania
// agreed" is a clause whose subject is the whole list), and no comma comes
// earlier in the sentence but, when `person` says the actor is a named
// person, one that sets the name off as an apposition to a lower-case noun
// ("led by the UN's special envoy, Jan Eliasson, the foreign ministers
// of ..."). Pure; false when `comma` is out of range or not
// a comma.
bool ClosesFrontedPhrase(std::span<const Token> tokens, uint32_t actor_begin, uint32_t comma,
                         bool person = false);

// The comma that closes a subordinate clause fronted before the sentence's
// subject, when tokens[at] stands in that clause at or after its finite verb:
// the sentence opens with a subordinating word ("After", "When", "As",
// "Because", "Although", "If", "Once", "Since", "While", "Until", or
// "Hours after", "Days before"), a finite verb stands between it and the
// sentence's first comma, and right after that comma a noun phrase and its
// finite verb open the main clause. "After rebels shelled the town
// overnight, the army closed the road" gives the comma after "overnight":
// "shelled" takes no object from the main clause. 0 otherwise (no such
// clause, `at` outside it or before its verb, a list after the comma:
// "When Iran, Iraq and Syria met, ..."). Pure.
uint32_t FrontedClauseClose(std::span<const Token> tokens, uint32_t at);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_FRONTED_PHRASE_H_
