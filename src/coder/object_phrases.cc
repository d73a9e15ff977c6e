#include "coder/object_phrases.h"

#include <array>
#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// Verbs whose "over" is a particle that opens the object: "handed over the
// suspects", "took over the ministry".
constexpr std::array<std::string_view, 20> kOverParticleVerbs = {
    "hand",  "handed", "hands",  "handing", "turn",  "turned", "turns",
    "take",  "took",   "taken",  "takes",   "taking", "pass",  "passed",
    "win",   "won",    "handover", "turning", "passing", "winning"};

// Words that, followed by "of" or "with", name a charge.
constexpr std::array<std::string_view, 9> kChargeWords = {
    "charges", "charge", "charged", "accused", "suspected", "convicted", "suspicion", "guilty",
    "accusations"};

// Words before "links" or "ties" that make them the ties someone is said to
// have, not ties the verb acts on.
constexpr std::array<std::string_view, 6> kBeforeAllegedTies = {"with", "alleged", "suspected",
                                                                "over", "for",     "having"};

}  // namespace

bool OpensCauseOrChargePhrase(std::span<const Token> tokens, uint32_t after, uint32_t k,
                              uint32_t actor_begin, uint32_t actor_end) {
  if (k >= tokens.size() || k + 1 >= tokens.size() || k + 1 > actor_begin) return false;
  const Token& t = tokens[k];
  const Token& next = tokens[k + 1];
  if (IsWord(t, "over")) {
    // ("offered to hand over to Britain two suspects": the particle may
    // follow another verb than the trigger.)
    if (k > 0 && InWords(kOverParticleVerbs, tokens[k - 1])) return false;
    // "turned the hostage over to Zarqawi's group": "over to" hands over to
    // a recipient. ("withdrew over 2,000 US troops": "over" a number is
    // "more than".)
    if (IsWord(next, "to") || next.pos == kPosCD || next.Has(kTokenNumber)) return false;
    // "went on the attack over Iran's nuclear plans", "protested over
    // remarks the envoy made": the owner or author of the matter is whom a
    // complaint is about, so it stays the object.
    const bool owner = tokens[actor_end - 1].Has(kTokenPossessive) ||
                       (actor_end < tokens.size() && tokens[actor_end].Has(kTokenPossessive));
    const bool author = actor_end < tokens.size() && (IsFiniteVerbTag(tokens[actor_end].pos) ||
                                                      tokens[actor_end].pos == kPosMD);
    // (Past a comma the actor is in a phrase of its own: "a truce over
    // Easter, a move Kyiv derided".)
    bool comma = false;
    for (uint32_t q = k + 1; q < actor_begin; ++q) comma |= tokens[q].text == ",";
    if ((owner || author) && !comma) return false;
    // "fired a missile over Japan", "flew over Syria": a bare place right
    // after "over" is where the act went; "over Iraq policy" and "over the
    // Gulf war" name a matter.
    // ("over northern Japan": a compass word is part of the place.)
    static constexpr std::array<std::string_view, 5> kCompass = {"northern", "southern", "eastern",
                                                                 "western", "central"};
    if (actor_begin == k + 2 && InWords(kCompass, next)) ++k;
    if (actor_begin == k + 1)
      return actor_end < tokens.size() && IsNounTag(tokens[actor_end].pos) &&
             !tokens[actor_end].Has(kTokenCapitalized);
    return true;
  }
  // "fined the bank for breaching EU rules": a gerund after the verb's own
  // object gives the reason. Right after the verb it is what the act was
  // about ("apologised for insulting Turkey": Turkey), and so after
  // "responsibility" or "credit" ("claimed responsibility for killing
  // soldiers").
  if (IsWord(t, "for")) {
    if (next.pos != kPosVBG || k == after) return false;
    bool noun = false;
    // (The verb's own last word counts: "claimed responsibility on Sunday
    // for shelling the port".)
    for (uint32_t q = after > 0 ? after - 1 : 0; q < k; ++q) {
      if (IsWord(tokens[q], "responsibility") || IsWord(tokens[q], "credit")) return false;
      noun |= q >= after && (IsNounTag(tokens[q].pos) || tokens[q].pos == kPosPRP);
    }
    return noun;
  }
  // "jailed three men on charges of spying for Tehran".
  // ("suspected of being members of Eta": being names who they are.)
  if (InWords(kChargeWords, t))
    return (IsWord(next, "of") || IsWord(next, "with")) &&
           !(k + 2 < tokens.size() && IsWord(tokens[k + 2], "being"));
  if ((IsWord(t, "links") || IsWord(t, "ties")) && k > after &&
      InWords(kBeforeAllegedTies, tokens[k - 1]))
    return IsWord(next, "to") || IsWord(next, "with");
  return false;
}

bool InCauseOrChargePhrase(std::span<const Token> tokens, uint32_t after, uint32_t actor_begin,
                           uint32_t actor_end, bool with_over) {
  for (uint32_t k = after; k < actor_begin; ++k)
    if ((with_over || !IsWord(tokens[k], "over")) &&
        OpensCauseOrChargePhrase(tokens, after, k, actor_begin, actor_end)) return true;
  return false;
}

}  // namespace khaldun::internal
