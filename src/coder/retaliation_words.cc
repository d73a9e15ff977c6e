#include "coder/retaliation_words.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "coder/mentions.h"
#include "coder/sports.h"
#include "khaldun/cameo.h"

namespace khaldun::coder_internal {
namespace {

// Whether the trigger is "hit back at" or "struck back at" in any form.
bool HitsBack(std::span<const Token> tokens, TokenSpan trigger) {
  if (trigger.end > tokens.size() || trigger.end - trigger.begin < 2) return false;
  static constexpr std::string_view kHits[] = {"hit",     "hits",     "hitting", "strike",
                                               "strikes", "striking", "struck"};
  return internal::InWords(kHits, tokens[trigger.begin]) &&
         internal::IsWord(tokens[trigger.begin + 1], "back");
}

// A material act of retaliation: force, sanctions, expulsions, coercion.
bool MaterialAct(std::string_view code) {
  const std::string_view root = CameoRoot(code);
  return root == "15" || root == "16" || root == "17" || root == "18" || root == "19" ||
         root == "20";
}

// Whether "revenge" or "avenge" is the trigger or follows it closely:
// "vowed revenge", "sought revenge against", "avenged".
bool RevengeWords(std::span<const Token> tokens, TokenSpan trigger) {
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), trigger.end + 4);
  for (uint32_t k = trigger.begin; k < end; ++k) {
    const std::string lower = internal::LowerAscii(tokens[k].text);
    if (lower.starts_with("revenge") || lower.starts_with("aveng")) return true;
  }
  return false;
}

}  // namespace

void DropRetaliationWords(const SentenceContext& s, const std::vector<Mention>& mentions,
                          bool state_actors, std::vector<Candidate>* candidates) {
  auto carried_out = [&](const Candidate& words) {
    for (const Candidate& act : *candidates)
      if (&act != &words && act.source >= 0 && MaterialAct(act.code) &&
          OneParty(mentions[act.source].code, mentions[words.source].code, state_actors))
        return true;
    return false;
  };
  std::vector<Candidate> kept;
  for (const Candidate& c : *candidates) {
    if (CameoRoot(c.code) == "11" && c.source >= 0 && HitsBack(s.tokens, c.trigger) &&
        carried_out(c)) {
      s.Note(
          fmt::format("{} {}: 'hit back at' names the retaliation the sentence codes as an "
                      "act; no criticism of its own",
                      mentions[c.source].code, c.code));
      continue;
    }
    // "Brazil vowed revenge against Argentina after the qualifier
    // defeat", "Leeds avenged their cup exit": revenge in a sentence about
    // a game is sport, not a threat (13) or force (19).
    const std::string_view root = CameoRoot(c.code);
    if ((root == "13" || root == "19") && RevengeWords(s.tokens, c.trigger) &&
        internal::NamesASportingContest(s.tokens)) {
      s.Note(fmt::format("{}: revenge in a sentence about a game is sport; no event", c.code));
      continue;
    }
    kept.push_back(c);
  }
  *candidates = std::move(kept);
}

}  // namespace khaldun::coder_internal
