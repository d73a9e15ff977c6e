// Acts dated by an explicit year well before the story: background, not news.
#ifndef KHALDUN_SRC_CODER_BACKGROUND_YEARS_H_
#define KHALDUN_SRC_CODER_BACKGROUND_YEARS_H_

#include <span>
#include <vector>

#include "coder/coder_internal.h"
#include "khaldun/document.h"

namespace khaldun::coder_internal {

// How many years before the story a dated act must lie to be background.
constexpr int kBackgroundYears = 2;

// The year (1900-2099) that dates the act whose trigger is `trigger`, or 0:
// a year in the words that name an event noun trigger ("the 1985 pact",
// "the September, 1985 accord"); "in 1967", "in January 2015", "in early
// 2014", "in the 1990s" (its last year) within a few words after the trigger, before a word that opens
// another clause ("when", "after", "which", ...); earlier in its clause
// ("but in 2014 the rebels were driven out"); or "In 2014," opening the
// sentence before the trigger. "Russia has backed Assad since 2015" is not
// dated: "since" names a span that reaches the story; nor is an act dated
// "today" or on a weekday.
int YearDatingAct(std::span<const Token> tokens, TokenSpan trigger);

// "Israel, which captured the plateau from Syria in 1967, put its troops on
// alert": an act the sentence dates kBackgroundYears or more before the
// story (`story` the document's date) is history the story recalls, and an
// event record dated by the story would misplace it by decades. Removes
// such candidates from `candidates`, noting each on `s`. Left alone: a
// story with no date, and a sentence that reports a finding about the past
// act ("investigators concluded that the helicopter dropped the gas in
// 2018"), whose news is the finding. Not thread-safe on one SentenceContext.
void DropActsDatedYearsBefore(const SentenceContext& s, const Date& story,
                              std::vector<Candidate>* candidates);

}  // namespace khaldun::coder_internal

#endif  // KHALDUN_SRC_CODER_BACKGROUND_YEARS_H_
