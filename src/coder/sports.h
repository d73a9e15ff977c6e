// Sports reports: in "Wales coach Mike Ruddock has made two changes from the
// team that beat Italy 38-8 for Saturday's trip to France", countries are
// teams and a trip is no state visit. A document that reads as a sports
// report is not coded.
#ifndef KHALDUN_SRC_CODER_SPORTS_H_
#define KHALDUN_SRC_CODER_SPORTS_H_

#include <span>

#include "khaldun/document.h"

namespace khaldun::internal {

// Whether the document reads as a sports report: at least
// kSportsReportCues words of sport ("rugby", "striker", "Six Nations",
// "semi-final", "squad", "tournament", ...) and match scores ("38-8") in its
// text, one linear pass over its tokens. A single political sentence that
// names a sport ("a diplomatic boycott of the Beijing Olympics", "migrant
// workers building World Cup stadiums") has far fewer.
inline constexpr int kSportsReportCues = 6;
bool IsSportsReport(const AnalyzedDocument& doc);

// Whether one sentence names a sport or a match: a word of sport (as
// above, or "qualifier", "final", "derby", "rematch") or a match score.
// "Chelsea vowed revenge for the cup defeat" is about a game.
bool NamesASportingContest(std::span<const Token> tokens);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_SPORTS_H_
