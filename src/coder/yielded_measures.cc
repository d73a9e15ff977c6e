// Measures a state gives up under protest (coder/yielded_measures.h).

#include "coder/yielded_measures.h"

#include <string_view>

namespace khaldun::internal {
namespace {

constexpr std::string_view kProtestWords[] = {
    "protest",       "protests", "protesters", "protestors", "demonstrations",
    "demonstrators", "unrest",   "riots",      "rioting",    "rally",
    "rallies",       "uprising", "walkout",    "walkouts"};

}  // namespace

bool TellsOfProtest(std::span<const Token> tokens) {
  for (const Token& t : tokens)
    if (InWords(kProtestWords, t)) return true;
  return false;
}

int NamedProtesters(std::span<const Token> tokens, std::span<const Mention> mentions) {
  static constexpr std::string_view kActs[] = {"protests", "protest", "strike",
                                               "strikes",  "rally",   "rallies"};
  for (uint32_t k = 0; k + 1 < tokens.size(); ++k) {
    if (!InWords(kActs, tokens[k]) || !IsWord(tokens[k + 1], "by")) continue;
    for (size_t x = 0; x < mentions.size(); ++x)
      if (mentions[x].span.begin >= k + 2 && mentions[x].span.begin <= k + 3 &&
          !mentions[x].locative && !mentions[x].code.empty())
        return static_cast<int>(x);
  }
  return -1;
}

}  // namespace khaldun::internal
