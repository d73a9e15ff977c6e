// Measures a state gives up under protest (CAMEO 0832): to whom it yields.
#ifndef KHALDUN_SRC_CODER_YIELDED_MEASURES_H_
#define KHALDUN_SRC_CODER_YIELDED_MEASURES_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "coder/mentions.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// Whether the sentence tells of protest against the state: a word of protest,
// unrest or a street rally anywhere in tokens ("withdrew the pension bill
// after a week of street protests", "scrapped the reform a day after the
// deadly unrest").
bool TellsOfProtest(std::span<const Token> tokens);

// The mention named right after "protests by", "strike by" or "rally by"
// (past a determiner), the protesters the sentence names ("a year of
// protests by farmers"); -1 when there is none.
int NamedProtesters(std::span<const Token> tokens, std::span<const Mention> mentions);

// Whether a word of protest (as TellsOfProtest) stands in tokens[begin, end).
bool TellsOfProtestWithin(std::span<const Token> tokens, uint32_t begin, uint32_t end);

// The agent of the crowd the sentence's protest words name, for a party
// that yields to protesters it does not name: "EDU" when a protest word
// comes right after a word of students ("weeks of student-led protests",
// "the student protests"), else "OPP".
std::string_view ProtestingCrowdAgent(std::span<const Token> tokens);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_YIELDED_MEASURES_H_
