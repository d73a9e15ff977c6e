#include "coder/arrested_attackers.h"

#include <string_view>

#include "coder/coreference.h"
#include "khaldun/syntax.h"
#include "khaldun/cameo.h"

namespace khaldun::coder_internal {
namespace {

// Nouns that name someone only as the doer of an act told before.
constexpr std::string_view kDoerNouns[] = {
    "suspect",  "suspects",  "attacker",    "attackers",    "assailant", "assailants",
    "gunman",   "gunmen",    "shooter",     "shooters",     "killer",    "killers",
    "bomber",   "bombers",   "perpetrator", "perpetrators", "culprit",   "culprits"};

// Words for a share of a group before "of them" ("most of them").
constexpr std::string_view kShares[] = {"most", "some", "all", "several", "many",
                                        "dozens", "scores", "both", "one", "two"};

// Sectors of a state's own forces, government and courts.
constexpr std::string_view kStateSectors[] = {"COP", "MIL", "GOV", "SPY", "JUD"};

// Whether the words from `k` on name the arrested only as one named before.
bool NamesOnlyAsOneBefore(std::span<const Token> tokens, size_t k) {
  const size_t n = tokens.size();
  if (k >= n) return false;
  if (internal::IsWord(tokens[k], "him") || internal::IsWord(tokens[k], "them")) return true;
  if (internal::IsWord(tokens[k], "her")) return internal::IsObjectPronoun(tokens, k);
  if (k + 2 < n && internal::IsWord(tokens[k + 1], "of") && internal::IsWord(tokens[k + 2], "them"))
    return tokens[k].pos == kPosCD || tokens[k].Has(kTokenNumber) ||
           internal::InWords(kShares, tokens[k]);
  if (!internal::IsWord(tokens[k], "the")) return false;
  ++k;
  if (k < n && (internal::IsWord(tokens[k], "alleged") || internal::IsWord(tokens[k], "suspected")))
    ++k;
  // (Not "the suspects' relatives", "the gunman's brother".)
  return k < n && internal::InWords(kDoerNouns, tokens[k]) &&
         (k + 1 >= n || (tokens[k + 1].pos != kPosPOS && !IsNounTag(tokens[k + 1].pos)));
}

}  // namespace

int ArrestedAttacker(std::span<const Token> tokens, std::span<const Mention> mentions,
                     std::span<const Candidate> candidates, TokenSpan verb, int arrester) {
  if (arrester < 0 || !NamesOnlyAsOneBefore(tokens, verb.end)) return -1;
  int doer = -1;
  for (const Candidate& c : candidates)
    if (c.source >= 0 && c.trigger.end <= verb.begin && CameoRoot(c.code) >= "18" &&
        CameoRoot(c.code) <= "20")
      doer = c.source;
  if (doer < 0 || doer == arrester) return -1;
  const Mention& d = mentions[doer];
  if (d.code.size() < 3 || d.locative || d.possessive || d.code == mentions[arrester].code)
    return -1;
  if (d.code.size() >= 6)
    for (std::string_view sector : kStateSectors)
      if (std::string_view(d.code).substr(3, 3) == sector) return -1;
  return doer;
}

}  // namespace khaldun::coder_internal
