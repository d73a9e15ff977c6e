// What a protest is against (coder/protest_purposes.h).
#include "coder/protest_purposes.h"

#include <algorithm>
#include <string_view>

#include "coder/mentions.h"

namespace khaldun::coder_internal {

namespace {

using internal::InWords;
using internal::IsWord;

// Head nouns of a policy a protest can oppose: a law, a plan, a tax, the
// end of a subsidy. ("against the government", "against the junta" name a
// ruler, whose subcodes are others; "over the killing of a student" names
// no policy.)
bool IsPolicyNoun(const Token& t) {
  static constexpr std::string_view kPolicy[] = {
      "law",         "laws",     "bill",          "bills",         "plan",         "plans",
      "reform",      "reforms",  "overhaul",      "decree",        "decrees",      "tax",
      "taxes",       "subsidy",  "subsidies",     "cuts",          "austerity",    "measures",
      "policy",      "policies", "mandate",       "mandates",      "amendment",    "amendments",
      "legislation", "budget",   "privatisation", "privatization", "deregulation", "allowances",
      "levy",        "levies",   "hike",          "hikes",         "increases",    "pension",
      "pensions",    "pay",      "wages"};
  return InWords(kPolicy, t);
}

}  // namespace

bool OpposesAPolicyAfter(std::span<const Token> tokens, uint32_t from, uint32_t end, bool* owned) {
  if (owned != nullptr) *owned = false;
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.size()));
  // The word of opposition must follow the protest closely, in its clause:
  // "staged a ninth day of nationwide strikes on Thursday against ...".
  const uint32_t reach = std::min<uint32_t>(end, from + 12);
  for (uint32_t k = from; k < reach; ++k) {
    const Token& t = tokens[k];
    if (t.text == "," || t.text == ";" || t.text == ":") return false;
    const bool against = IsWord(t, "against") || IsWord(t, "over") || IsWord(t, "oppose") ||
                         IsWord(t, "opposing") ||
                         // "in protest at the plan", "angry at the decree"
                         (IsWord(t, "at") && k > 0 &&
                          (IsWord(tokens[k - 1], "protest") || IsWord(tokens[k - 1], "anger") ||
                           IsWord(tokens[k - 1], "angry")));
    if (!against) continue;
    // The noun phrase after it, with its "of" phrases and possessives:
    // "against President Milei's deregulation decree", "over the
    // government's removal of fuel subsidies".
    for (uint32_t j = k + 1; j < end && j < k + 12; ++j) {
      const Token& w = tokens[j];
      // ("pay" and "tax" may be tagged as verbs: inside the phrase they are
      // its nouns. "against the government's plan": "government" is no
      // policy, the phrase goes on to its head.)
      if (IsPolicyNoun(w)) return true;
      if (owned != nullptr && (w.pos == kPosPOS || w.text == "'s")) *owned = true;
      if (w.text == "," || w.text == ";" || w.text == ":" || w.text == "." || w.pos == kPosCC ||
          (IsVerbTag(w.pos) && w.pos != kPosVBN && w.pos != kPosVBG))
        break;
    }
    return false;
  }
  return false;
}

std::string WithPolicyPurpose(const std::string& code, std::span<const Token> tokens,
                              uint32_t trigger_end, uint32_t end) {
  // ("against President Macron's pension plan": a leader's policy, not
  // the leader, read as 1431 by a pattern on "against President".)
  const bool leader = code.size() == 4 && code.back() == '1';
  if (!(code.size() == 3 || leader) || code.substr(0, 3) < "141" || code.substr(0, 3) > "145")
    return code;
  bool owned = false;
  if (!OpposesAPolicyAfter(tokens, trigger_end, end, &owned) || (leader && !owned)) return code;
  return code.substr(0, 3) + "2";
}

}  // namespace khaldun::coder_internal
