// Comma runs that a pattern's gap passes over without counting their words.
#ifndef KHALDUN_SRC_CODER_GAP_RUNS_H_
#define KHALDUN_SRC_CODER_GAP_RUNS_H_

#include <cstdint>
#include <span>

#include "khaldun/syntax.h"

namespace khaldun::internal {

// The most tokens one comma run may span (a longer one is read as a gap).
inline constexpr uint32_t kMaxCommaRun = 12;

// When tokens[at] is a comma that opens a run a verb's pattern should read
// past, the index one past the run's end; `at` otherwise. Two kinds:
// - the tail of a list of short nouns or adjectives, "closed its land, air
//   and sea borders with X", "brought buses, ports and mines to a
//   standstill": the list counts as its first member, so that its other
//   members and commas do not use up the gap between the verb and the
//   pattern's next word; the run ends after the member that follows the
//   final "and" or "or" (no list without one);
// - an aside closed by a second comma, opened by "among them", "among
//   whom", "including", "such as" or "notably": "handed nine suspects,
//   among them a cartel boss, over to Y"; the run ends after the closing
//   comma (no aside that holds a finite verb or a sentence boundary).
// Never past `end` or kMaxCommaRun tokens. Pure.
uint32_t CommaRunEnd(std::span<const Token> tokens, uint32_t at, uint32_t end);

// When tokens[at] is a comma that opens a parenthetical on the phrase before
// it, closed by a second comma that a preposition or an infinitive's "to"
// follows, the index one past the closing comma; `at` otherwise. The
// parenthetical is a relative clause ("urged Lagos, which denies any
// wrongdoing, to hand over the suspects") or an appositive, participle
// phrase or "along with" phrase without a finite verb ("accused Caracas,
// its neighbour, of harbouring rebels", "extradited the banker, accused of
// fraud, to Peru"). Unlike a
// comma run, its words are no words of the pattern: the gap passes over it
// whole and nothing inside it is matched. Never past `end` or kMaxCommaRun
// tokens. Pure.
uint32_t ParentheticalEnd(std::span<const Token> tokens, uint32_t at, uint32_t end);

// When tokens[at] opens a "what X called" phrase before an object ("what
// officials described as", "what it called", "what Seoul termed"): "what",
// up to four words naming the speaker, a verb of naming and an optional
// "as"; the index one past it, `at` otherwise. The object comes after it:
// "seized what officials described as a spy ship" reads "seized ... SHIP".
// Never past `end`. Pure.
uint32_t NamingPhraseEnd(std::span<const Token> tokens, uint32_t at, uint32_t end);
// The most tokens a pattern's gap passes over as carriers (CarrierRunEnd).
inline constexpr uint32_t kMaxCarrierTokens = 6;

// When tokens[at] is a vehicle or a load ("planes", "trucks", "a convoy",
// "planeloads") followed by a word of carrying ("carrying", "bringing",
// "loaded with", "laden with", "packed with", "of"), the index one past
// that word; `at` otherwise. What is sent in a vehicle is what is sent:
// "flew planeloads of relief supplies to X", "sent a convoy of trucks
// carrying wheat to X", "dispatched transport aircraft loaded with tents to
// X" send relief, and a pattern's gap reads past the vehicle to its load.
// Never past `end`. Pure.
uint32_t CarrierRunEnd(std::span<const Token> tokens, uint32_t at, uint32_t end);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_GAP_RUNS_H_
