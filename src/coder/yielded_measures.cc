// Measures a state gives up under protest (coder/yielded_measures.h).

#include "coder/yielded_measures.h"

#include <string_view>

namespace khaldun::internal {
namespace {

constexpr std::string_view kProtestWords[] = {
    "protest",       "protests", "protesters", "protestors", "demonstrations",
    "demonstrators", "unrest",   "riots",      "rioting",    "rally",
    "rallies",       "uprising", "walkout",    "walkouts"};

// Words before a protest word that make its crowd students.
constexpr std::string_view kStudentWords[] = {"student", "students", "student-led"};

}  // namespace

bool TellsOfProtestWithin(std::span<const Token> tokens, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k < end && k < tokens.size(); ++k)
    if (InWords(kProtestWords, tokens[k])) return true;
  return false;
}

std::string_view ProtestingCrowdAgent(std::span<const Token> tokens) {
  // ("the students' rallies": past the possessive's apostrophe.)
  for (size_t k = 1; k < tokens.size(); ++k) {
    if (!InWords(kProtestWords, tokens[k])) continue;
    size_t before = k - 1;
    if (before > 0 && tokens[before].text == "'") --before;
    if (InWords(kStudentWords, tokens[before])) return "EDU";
  }
  return "OPP";
}

bool TellsOfProtest(std::span<const Token> tokens) {
  return TellsOfProtestWithin(tokens, 0, static_cast<uint32_t>(tokens.size()));
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
