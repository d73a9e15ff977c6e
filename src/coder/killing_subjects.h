// An event noun of force that is the subject of a killing verb: the act is
// told once, by the killing, on the party killed.
#ifndef KHALDUN_SRC_CODER_KILLING_SUBJECTS_H_
#define KHALDUN_SRC_CODER_KILLING_SUBJECTS_H_

#include <cstdint>
#include <vector>

#include "coder/coder_internal.h"

namespace khaldun::coder_internal {

// "A Ugandan drone strike near Kisangani killed militia commander Jean
// Bosco": the noun "drone strike" gives an event on the place it names
// (UGAMIL 195 COD) and the killing verb, whose subject it is, gives the same
// act on the party killed (UGAMIL 186 CODREB). The place is only where the
// strike fell; the one act is the killing's. Removes, among the events of
// `sentence_index`, an act of force (roots 18-20) whose target is a bare
// country code, told by a noun that ends at most twelve words before a
// killing verb of the same source whose event names another target, with
// nothing between them but the noun's own phrase (no comma, semicolon or
// finite verb save a participle before "by"). Notes each removal on `s`.
void DropPlaceOfAKillingsSubject(SentenceContext& s, uint32_t sentence_index,
                                 std::vector<Event>* events);

}  // namespace khaldun::coder_internal

#endif  // KHALDUN_SRC_CODER_KILLING_SUBJECTS_H_
