#include "coder/relative_clauses.h"

#include "coder/clause.h"
#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// "who", "which" or "whose" right after a comma: a non-restrictive relative
// clause ("the junta, which took power in July, ...").
bool OpensCommaRelative(std::span<const Token> tokens, uint32_t k) {
  return k > 0 && k < tokens.size() && tokens[k - 1].text == "," &&
         (IsWord(tokens[k], "who") || IsWord(tokens[k], "which") || IsWord(tokens[k], "whose"));
}

bool EndsClauseScan(const Token& t) { return t.text == ";" || t.text == ":"; }

}  // namespace

bool FiniteVerbBeforeComma(std::span<const Token> tokens, uint32_t comma) {
  if (comma == 0 || comma >= tokens.size()) return false;
  bool verb = false;
  uint32_t relative_open = 0;  // the comma opening a relative clause `comma` closes
  for (uint32_t k = comma; k-- > 0;) {
    if (EndsClauseScan(tokens[k])) break;
    if (!verb) {
      // (Past a closed relative clause, the antecedent's clause ends at the
      // comma before it: "..., and Moon, who greeted him, pledged".)
      if (relative_open > 0 && k < relative_open && tokens[k].text == ",") break;
      verb = IsFiniteVerbTag(tokens[k].pos);
      continue;
    }
    if (tokens[k].text == ",") break;
    if (OpensCommaRelative(tokens, k) && RelativeClauseClose(tokens, k, comma + 2) == comma) {
      verb = false;
      relative_open = k - 1;
    }
  }
  return verb;
}

uint32_t RelativeClauseClose(std::span<const Token> tokens, uint32_t pronoun, uint32_t limit) {
  if (!OpensCommaRelative(tokens, pronoun)) return 0;
  if (limit > tokens.size()) limit = static_cast<uint32_t>(tokens.size());
  bool own_verb = false;
  for (uint32_t k = pronoun + 1; k < limit; ++k) {
    if (EndsClauseScan(tokens[k])) return 0;
    if (tokens[k].text != ",") {
      own_verb |= IsFiniteVerbTag(tokens[k].pos);
      continue;
    }
    if (!own_verb) continue;
    uint32_t q = k + 1;
    while (q < limit && IsAuxiliaryOrAdverb(tokens[q])) ++q;
    if (q >= limit) return 0;
    // (The tagger may read the main verb after the comma as a participle:
    // "Putin, who spoke on Monday, agreed/VBN to ...".)
    const uint8_t pos = tokens[q].pos;
    if ((IsFiniteVerbTag(pos) || pos == kPosVBN) && !tokens[q].Has(kTokenCapitalized)) return k;
  }
  return 0;
}

ClauseWindow PastClosedRelative(std::span<const Token> tokens, ClauseWindow window, uint32_t verb) {
  if (window.begin == 0 || verb >= tokens.size()) return window;
  const uint32_t close = RelativeClauseClose(tokens, window.begin - 1, verb + 1);
  if (close > 0 && close < verb) window.begin = close + 1;
  return window;
}

}  // namespace khaldun::internal
