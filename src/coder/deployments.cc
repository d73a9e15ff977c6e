#include "coder/deployments.h"

#include <string_view>

#include "coder/mentions.h"

namespace khaldun::internal {
namespace {

// (Survivors and disasters: "flew a field hospital to Nepal to help quake
// survivors", "sent an aircraft carrier to Manila after the typhoon".)
constexpr std::string_view kReliefWords[] = {
    "relief",     "rescue",   "rescuers", "humanitarian", "survivors", "earthquake", "quake",
    "typhoon",    "hurricane", "cyclone", "tsunami"};
// What forces are sent "to support" when they fight beside the host: "sent
// troops to Moscow to support its offensive in Ukraine".
constexpr std::string_view kWarWords[] = {"war", "offensive", "invasion", "campaign", "fight"};
// What "to help" the host with: fighting its enemies, keeping order or the
// peace, relief ("to help secure Baghdad" is the sender's own war).
constexpr std::string_view kHelpWith[] = {
    "fight",     "combat",  "battle",   "defend",  "protect",    "keep",    "maintain", "stabilise",
    "stabilize", "restore", "evacuate", "deliver", "distribute", "rebuild", "train",    "police"};
constexpr std::string_view kClauseOpeners[] = {"and", "but", "while", "whereas"};

}  // namespace

std::string_view DeploymentPurposeCode(std::span<const Token> tokens, uint32_t from) {
  const auto word = [&](uint32_t k, std::string_view w) {
    return k < tokens.size() && IsWord(tokens[k], w);
  };
  for (uint32_t k = from; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.text == ";" || t.text == ".") break;
    // ", and Britain pledged aid": another clause, whose words say nothing
    // of these forces.
    if (t.text == "," && k + 1 < tokens.size() && InWords(kClauseOpeners, tokens[k + 1])) break;
    if (InWords(kReliefWords, t)) return "073";
    // "at the request of Bamako", "at Kabul's request", "at the
    // invitation of the government".
    if (IsWord(t, "at")) {
      for (uint32_t j = k + 1; j < tokens.size() && j <= k + 4; ++j)
        if (word(j, "request") || word(j, "invitation")) return "074";
    }
    // "flew paratroopers into the capital to secure the airport and
    // evacuate foreigners".
    if (IsWord(t, "peacekeeping") || IsWord(t, "evacuate") || IsWord(t, "evacuation"))
      return "074";
    if (IsWord(t, "to") &&
        ((word(k + 1, "help") && InWords(kHelpWith, k + 2 < tokens.size() ? tokens[k + 2] : t)) ||
         word(k + 1, "assist") ||
         (word(k + 1, "restore") && word(k + 2, "order"))))
      return "074";
    if (IsWord(t, "alongside")) return "062";
    if (IsWord(t, "to") && word(k + 1, "support")) {
      for (uint32_t j = k + 2; j < tokens.size() && j <= k + 4; ++j)
        if (InWords(kWarWords, tokens[j])) return "062";
    }
    if (IsWord(t, "to") &&
        (word(k + 1, "train") || (word(k + 1, "fight") && word(k + 2, "against"))))
      return "062";
    if ((IsWord(t, "being") || IsWord(t, "be")) && word(k + 1, "trained")) return "062";
  }
  return {};
}

}  // namespace khaldun::internal
