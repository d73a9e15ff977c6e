#include "coder/directed_acts.h"

#include <algorithm>
#include <string_view>

#include "coder/mentions.h"

namespace khaldun::coder_internal {

bool NamesDirectedForce(const Dictionary& dict, uint32_t form_index) {
  const VerbForm& form = dict.verb_form(form_index);
  const VerbBlock& block = dict.verb_blocks()[form.block];
  // Nouns of force aimed at someone: "the assault", "the offensive",
  // "shelling", "airstrikes", "gunfire", "the intervention". (Not
  // "clashes", "fighting", "war", "battle"; nor "killings", which may
  // follow force traded: "traded fire, killing soldiers on both sides".)
  if (block.nominal) {
    static constexpr std::string_view kDirectedNouns[] = {
        "ATTACK", "ARTILLERY_FIRE", "SMALL_ARMS_FIRE", "AIR_STRIKE", "MILITARY_INTERVENTION"};
    for (std::string_view b : kDirectedNouns)
      if (block.name == b) return true;
    return false;
  }
  // Verbs of the same: "shelled", "bombarded", "fired on".
  if (block.name == "SHELL" || block.name.starts_with("BOMBARD") ||
      block.name.starts_with("FIRE_WEAPONS"))
    return true;
  if (block.name != "ATTACK") return false;
  // In the block of attacks, the verbs of force two sides trade: "Kyrgyz
  // and Tajik guards clashed", "the two armies fought for a week", "Indian
  // and Pakistani troops exchanged fire".
  static constexpr std::string_view kMutualVerbs[] = {
      "CLASH",  "SKIRMISH", "FIGHT", "BATTLE", "ENGAGE IN FIGHTING", "WAGE WAR",
      "ENGAGE", "WAR",      "SCUFFLE", "BRAWL"};
  for (std::string_view w : kMutualVerbs)
    if (form.lemma == w) return false;
  // "exchanged artillery fire", "traded mortar fire".
  return !form.lemma.starts_with("EXCHANGE") && !form.lemma.starts_with("TRADE");
}

bool NamesAnOfferToOthers(const Dictionary& dict, uint32_t form_index) {
  const VerbForm& form = dict.verb_form(form_index);
  const VerbBlock& block = dict.verb_blocks()[form.block];
  if (block.nominal) return false;
  return block.name == "OFFER" || block.name == "PREPARE";
}

bool FireTraded(std::span<const Token> tokens, TokenSpan span) {
  static constexpr std::string_view kTrade[] = {"exchange", "exchanged", "exchanging", "exchanges",
                                                "trade",    "traded",    "trading",    "trades"};
  const uint32_t from = span.begin > 4 ? span.begin - 4 : 0;
  for (uint32_t k = from; k < span.begin && k < tokens.size(); ++k)
    if (internal::InWords(kTrade, tokens[k])) return true;
  return false;
}

}  // namespace khaldun::coder_internal
