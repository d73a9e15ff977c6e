// Why: a quotation mark ends a clause for the coder (quoted speech is
// another speaker's clause), but a newspaper's scare quotes around a word or
// two of the clause ("ordered a 'total siege' of the town", "threatened to
// \"wipe out\" the rebels") quote no speaker: a verb's pattern words and
// its object must be read across them.
#include "coder/scare_quotes.h"

#include <algorithm>

namespace khaldun::internal {

bool IsQuotationMark(const Token& t) {
  return (t.text == "\"" || t.text == "'") && !t.Has(kTokenPossessive);
}

bool OpensScareQuote(std::span<const Token> tokens, uint32_t open, uint32_t* close) {
  if (open == 0 || open >= tokens.size() || !tokens[open].Has(kTokenQuote)) return false;
  const Token& before = tokens[open - 1];
  if (before.text == "," || before.text == ":" || before.Has(kTokenQuote)) return false;
  // The opening mark is glued to the word after it, not to the word before
  // ("a 'siege'", not "siege' a").
  if (tokens[open].bytes.begin == before.bytes.end) return false;
  const uint32_t limit =
      std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), open + kMaxScareQuoteTokens + 2);
  for (uint32_t k = open + 1; k < limit; ++k) {
    const Token& t = tokens[k];
    if (t.text == tokens[open].text && t.Has(kTokenQuote)) {
      if (k == open + 1) return false;
      *close = k;
      return true;
    }
    if (!t.Has(kTokenWord) && !t.Has(kTokenNumber) && t.text != "-") return false;
  }
  return false;
}

}  // namespace khaldun::internal
