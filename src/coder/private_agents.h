// A passive's agent named as a private person, with no country and no group:
// "was shot by a 71-year-old man".
#ifndef KHALDUN_SRC_CODER_PRIVATE_AGENTS_H_
#define KHALDUN_SRC_CODER_PRIVATE_AGENTS_H_

#include <cstdint>
#include <span>

#include "khaldun/document.h"

namespace khaldun::internal {

// The "by" phrase of the passive verb ending at `after`, when its head is a
// private person named by no party: "by a man", "by a 29-year-old
// unemployed woman", "by Kenji Mori, a local man" (a name the dictionaries
// do not know, then an appositive). Only the first "by" within [after, end)
// and at most 12 tokens past `after` is read; its span runs from the word
// after "by" to the person noun. An empty span when there is none. Pure.
TokenSpan PrivatePersonAgent(std::span<const Token> tokens, uint32_t after, uint32_t end);

// Whether some "by" in `tokens` has a private person's noun within the eight
// tokens after it: a cheap test, on untagged tokens, that a sentence with a
// single party may still hold a dyad through PrivatePersonAgent. Pure.
bool MayNamePrivatePerson(std::span<const Token> tokens);

// Whether the object right after a verb ending at `after` is a man or
// woman named by no role: "hanged a 23-year-old man", "executed two women".
// Only determiners, numbers and lower-case modifiers may stand between, at
// most four of them; a preposition, punctuation or a capitalised word ends
// the look. Works on untagged tokens. Pure.
bool NamesAManOrWoman(std::span<const Token> tokens, uint32_t after);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_PRIVATE_AGENTS_H_
