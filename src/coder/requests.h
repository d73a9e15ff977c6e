// Aid given at a party's request: "Rwanda began deploying troops to
// Mozambique at the request of President Nyusi's government", "troops began
// landing at the invitation of the prime minister". The request is the
// requester's appeal for that aid (CAMEO 023x) to whoever gives it; the aid
// itself is coded as usual. These helpers read the words; the coder decides
// the parties (coder_candidates.cc).
#ifndef KHALDUN_SRC_CODER_REQUESTS_H_
#define KHALDUN_SRC_CODER_REQUESTS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "khaldun/syntax.h"

namespace khaldun::internal {

// The first token after "at the request of", "at the invitation of" or "at
// the behest of" (a determiner after "of" skipped), or the first after "at"
// (and a determiner) in "at Washington's request", that starts within
// `reach` tokens after `from`, in the same sentence part (no ";", "."), or
// -1 when there is none.
int RequesterAfter(std::span<const Token> tokens, uint32_t from, uint32_t reach);

// The appeal a gift of aid `aid_code` (root 07) answers: 070 -> 023, 071 ->
// 0231 (economic), 072 -> 0232 (military), 073 -> 0233 (humanitarian), 074 ->
// 0234 (military protection, peacekeeping), 075 -> 0233 (asylum, as
// tests/gold/README.md codes a request for it); an arrest (173x) answers an
// appeal for judicial cooperation (0213); force used (190, 193-195)
// answers an appeal for military protection (0234). Empty for other codes.
std::string AppealAnsweredBy(std::string_view aid_code);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_REQUESTS_H_
