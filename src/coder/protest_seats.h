// The seats of state a crowd's protest is aimed at when the text names them
// as places rather than parties: "stormed the parliament, the supreme court
// and the presidential palace" is a protest against the legislature, the
// judiciary and the government of the protesters' own country.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "coder/mentions.h"
#include "coder/patterns.h"
#include "khaldun/syntax.h"

namespace khaldun::coder_internal {

// The agent codes (LEG, JUD, GOV), in text order and without repeats, of
// the seats of state named in the words of the protest verb `verb` after
// its first ("stormed parliament") and in its object, up to a preposition
// other than "of", a finite verb or the end of `window`; a locative
// preposition right after the verb is read past ("rallied outside
// parliament", "set fire to the parliament building"). Words inside a
// `mentions` span are skipped (a seat already coded as a party, "Brazil's
// Congress", is that party).
std::vector<std::string> SeatsOfStateInObject(std::span<const Token> tokens,
                                              std::span<const internal::Mention> mentions,
                                              TokenSpan verb,
                                              const internal::ClauseWindow& window);

}  // namespace khaldun::coder_internal
