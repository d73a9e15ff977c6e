#include "coder/reactions.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace khaldun::internal {
namespace {

// "denounced the move", "rejected the ruling", "welcomed the decision": nouns
// that stand for an act just reported. Only words with no other common
// sense in news: "order" (an order of things), "law" (a law in force) and
// "test" are left out.
constexpr std::array<std::string_view, 24> kActReferences = {
    "move",     "decision",     "step",        "measure",     "measures",    "action",
    "actions",  "ruling",       "verdict",     "announcement", "vote",       "resolution",
    "report",   "findings",     "accusation",  "accusations", "allegation",  "allegations",
    "claims",   "remarks",      "comments",    "warrant",     "warrants",    "indictment"};

// "drawing condemnation from", "prompting criticism from": what causes a
// reaction.
constexpr std::array<std::string_view, 14> kCausing = {
    "drawing",  "drew",      "prompting", "prompted", "sparking", "sparked",   "triggering",
    "triggered", "provoking", "provoked", "earning",  "earned",   "attracting", "attracted"};

}  // namespace

bool IsActReferenceWord(const Token& t) { return InWords(kActReferences, t); }

uint32_t ReactionDrawnFrom(std::span<const Token> tokens, TokenSpan noun) {
  if (noun.begin == 0 || noun.end + 1 >= tokens.size()) return 0;
  // "drawing sharp condemnation from": one adjective may come between.
  uint32_t k = noun.begin - 1;
  if (tokens[k].pos == kPosJJ && k > 0) --k;
  if (!InWords(kCausing, tokens[k])) return 0;
  if (!IsWord(tokens[noun.end], "from")) return 0;
  return noun.end + 1;
}

Retaliation RetaliationAfter(std::span<const Token> tokens, TokenSpan verb, uint32_t clause_end) {
  // Words of a retaliation itself: "to retaliate", "revenge", "a firm
  // response", "reprisals", "to avenge the dead".
  static constexpr std::string_view kStems[] = {"retaliat", "revenge", "reprisal", "aveng",
                                                "respond", "response"};
  const uint32_t end = std::min<uint32_t>(clause_end, verb.end + 8);
  // "promised a strong response to any violation", "vowed not to respond":
  // an answer to an act that may come, or none, answers nothing yet.
  for (uint32_t k = verb.end; k < end && k < tokens.size(); ++k)
    if (IsNegation(tokens[k]) || IsWord(tokens[k], "any")) return Retaliation::kNone;
  for (uint32_t k = verb.end; k < end && k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    // "vowed to hunt down those responsible", "those behind the attack",
    // "the perpetrators": the culprits of the act reported before.
    if (IsWord(t, "perpetrators") ||
        (IsWord(t, "those") && k + 1 < tokens.size() &&
         (IsWord(tokens[k + 1], "responsible") || IsWord(tokens[k + 1], "behind"))))
      return Retaliation::kCulprits;
    // "to hit back", "to strike back"
    if (IsWord(t, "back") && k > verb.end &&
        (IsWord(tokens[k - 1], "hit") || IsWord(tokens[k - 1], "strike")))
      return Retaliation::kResponse;
    const std::string lower = LowerAscii(t.text);
    for (std::string_view stem : kStems)
      if (lower.starts_with(stem)) return Retaliation::kResponse;
  }
  return Retaliation::kNone;
}

uint32_t ResponseVerbBefore(std::span<const Token> tokens, TokenSpan noun) {
  // Back over the noun phrase (and one coordinated before it: "with air
  // strikes and artillery fire") to "with".
  uint32_t k = noun.begin;
  for (int passed = 0; k > 0 && passed < 8; ++passed) {
    const Token& t = tokens[k - 1];
    if (IsWord(t, "with")) break;
    if (!(IsDeterminer(t) || IsNounTag(t.pos) || t.pos == kPosJJ || t.pos == kPosCD ||
          IsWord(t, "and")))
      return 0;
    --k;
  }
  if (k < 2 || !IsWord(tokens[k - 1], "with")) return 0;
  uint32_t verb = k - 1;  // "with"
  static constexpr std::string_view kResponding[] = {"responded", "retaliated", "replied",
                                                     "reacted"};
  const Token& before = tokens[verb - 1];
  if (InWords(kResponding, before)) {
    verb -= 1;
  } else if (IsWord(before, "back") && verb >= 2 &&
             (IsWord(tokens[verb - 2], "hit") || IsWord(tokens[verb - 2], "struck"))) {
    verb -= 2;
  } else {
    return 0;
  }
  while (verb > 0 && IsAuxiliaryOrAdverb(tokens[verb - 1])) --verb;
  return verb;
}

}  // namespace khaldun::internal
