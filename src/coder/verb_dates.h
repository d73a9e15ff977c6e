// A date after a verb: "met on Tuesday", "arrived in March".
#ifndef KHALDUN_SRC_CODER_VERB_DATES_H_
#define KHALDUN_SRC_CODER_VERB_DATES_H_

#include <span>
#include <vector>

#include "khaldun/dictionary.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// Whether tokens[k] is "on", "in" or "at" and opens a date: a day of the
// week or a month follows ("on Thursday", "in March").
bool OpensADate(std::span<const Token> tokens, size_t k);

// One past the date that the preposition at `k` opens (OpensADate): the
// day or month and a number or part of the day after it ("on Monday
// night", "in March 2020", "on June 4").
size_t DateEnd(std::span<const Token> tokens, size_t k);

// How many tokens the dates that open in [from, to) take ("asked the
// council on Saturday to ...": 2), so that a distance counted in words
// between a verb and what depends on it can leave them out.
uint32_t DateTokensBetween(std::span<const Token> tokens, uint32_t from, uint32_t to);

// How many words after a date a phrasal verb may still take.
constexpr size_t kMaxWordsAfterADate = 8;

// Reads each verb match of `matches` (FindCandidates' output for `tokens`)
// as if a date right after it were not there:
// - "the leaders' video call on Tuesday": a multi-word verb whose last word
//   is a preposition that opens a date ("CALL ON", an appeal) took the
//   date's own preposition; it is replaced by the longest verb matched
//   without that word ("CALL"), or dropped when there is none.
// - "the council called on Thursday for a truce": an inflected verb
//   followed by a date is replaced by a longer verb that the words after
//   the date continue ("CALL FOR"); its span then covers the date too. (A
//   base form may be a noun: "a phone call on Friday for the victims".)
// The matches keep their order (by start, then kind). `scratch` is reused.
void ReadVerbsAcrossDates(const Dictionary& dict, std::span<const Token> tokens,
                          MatchScratch& scratch, std::vector<PhraseMatch>* matches);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_VERB_DATES_H_
