#include "coder/sports.h"

#include <array>
#include <string_view>

#include "coder/mentions.h"

namespace khaldun::internal {
namespace {

// Lower case. Words whose main sense in news is sport; the names of
// tournaments are counted by their first word only where it is unambiguous
// ("Nations" of "Six Nations" is not).
constexpr std::array<std::string_view, 41> kSportsWords = {
    "athletics", "captain",   "championship", "championships", "coach",      "cricket",
    "cup",       "defender",  "fixture",      "football",      "footballer", "goal",
    "goalkeeper", "goals",    "golf",        "innings",       "league",     "marathon",
    "match",     "matches",   "medal",        "medals",        "midfielder", "olympic",
    "olympics",  "players",   "quarter-final", "quarter-finals", "rugby",    "scored",
    "scrum",     "season",    "semi-final",   "semi-finals",   "soccer",     "sprinter",
    "squad",     "striker",   "tennis",       "tournament",    "wickets"};

// "38-8", "1-0": a match score.
bool IsScore(std::string_view w) {
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || w.size() - dash - 1 == 0 ||
      w.size() - dash - 1 > 2)
    return false;
  for (size_t i = 0; i < w.size(); ++i)
    if (i != dash && (w[i] < '0' || w[i] > '9')) return false;
  return true;
}

}  // namespace

bool IsSportsReport(const AnalyzedDocument& doc) {
  int cues = 0;
  for (const Token& t : doc.tokens)
    if ((IsScore(t.text) || InWords(kSportsWords, t)) && ++cues >= kSportsReportCues) return true;
  return false;
}

bool NamesASportingContest(std::span<const Token> tokens) {
  static constexpr std::string_view kContests[] = {"qualifier", "final", "derby", "rematch",
                                                   "finals"};
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (IsScore(t.text) || InWords(kSportsWords, t) || InWords(kContests, t)) return true;
    // ("the Six Nations": its second word alone is no sport.)
    if (k > 0 && IsWord(t, "nations") && IsWord(tokens[k - 1], "six")) return true;
  }
  return false;
}

}  // namespace khaldun::internal
