// Scare quotes: a short phrase in quotation marks inside a clause.
#ifndef KHALDUN_SRC_CODER_SCARE_QUOTES_H_
#define KHALDUN_SRC_CODER_SCARE_QUOTES_H_

#include <cstdint>
#include <span>

#include "khaldun/document.h"

namespace khaldun::internal {

// The longest phrase, in tokens, read as scare quotes.
constexpr uint32_t kMaxScareQuoteTokens = 6;

// Whether tokens[open] opens a pair of quotation marks around a short phrase
// that lies inside the clause ("imposed a 'total blockade' on the port",
// "vowed \"harsh retaliation\" against the rebels"): the same mark closes it
// within kMaxScareQuoteTokens tokens, only words and numbers stand between,
// and the mark does not open the sentence or follow a comma or colon (which
// open quoted speech: "said: \"We will fight.\""). Sets *close to the
// closing mark's index.
bool OpensScareQuote(std::span<const Token> tokens, uint32_t open, uint32_t* close);

// Whether the token is a quotation mark (flagged or not): '"' or a "'" that
// is no possessive.
bool IsQuotationMark(const Token& t);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_SCARE_QUOTES_H_
