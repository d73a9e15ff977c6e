// Abbreviations that keep their final dot, shared by the tokenizer (which
// decides whether "Lt." is one token) and the sentence splitter (which decides
// whether "U.S." ends a sentence).
#ifndef KHALDUN_TEXT_ABBREVIATIONS_H_
#define KHALDUN_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace khaldun::internal {

enum class AbbreviationKind {
  kNone,
  // A title or rank before a name: never ends a sentence.
  //   "top Iranian commander Lt. General Qassem Soleimani"
  kTitle,
  // A month: no sentence end before a number ("WASHINGTON, Jan. 3 (Reuters)").
  kMonth,
  // A single capital initial: never ends a sentence ("George W. Bush").
  kInitial,
  // "No." as in "Resolution No. 2231" (only tokenised so before a number).
  kNumber,
  // "etc." ends a sentence before any capitalised word:
  //   "guns, mortars, etc. The army said ..." (split)
  //   "guns, mortars, etc. and rockets" (no split).
  kEtc,
  // Letter-dot acronyms (U.S., U.N., a.m.) and company/name suffixes (Inc.,
  // Corp., Jr.): end a sentence only before a word that typically starts one:
  //   "sanctions imposed by the U.S. The measures ..." (split)
  //   "the U.S. Army said" / "the U.N. Security Council" (no split).
  kOther,
};

// Classifies `word`, a token's text WITHOUT its final dot ("Lt", "U.S", "W").
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True for capitalised words that usually open a sentence ("The", "He", "In",
// "But", "Meanwhile"): after an ambiguous abbreviation they signal a new one.
bool IsSentenceStarter(std::string_view word);

}  // namespace khaldun::internal

#endif  // KHALDUN_TEXT_ABBREVIATIONS_H_
