// Deployments of forces that are not a show of force. CAMEO 154 (mobilise
// or increase armed forces) is force posture aimed at the country the
// forces are sent to; forces sent there to bring relief, at its request or
// to help it, or to fight in its war alongside it, are aid (073, 074) or
// military cooperation (062). Internal to src/coder.
#ifndef KHALDUN_SRC_CODER_DEPLOYMENTS_H_
#define KHALDUN_SRC_CODER_DEPLOYMENTS_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "khaldun/syntax.h"

namespace khaldun::internal {

// The code a deployment whose trigger ends at `from` takes from what the
// rest of its clause says the forces are for, or "" when it stays a show
// of force. Reads tokens from `from` up to the end of the sentence, a ";",
// or a comma that opens a new clause (", and", ", but", ", while"):
//   "073"  relief: "relief", "rescue", "humanitarian", survivors or a
//          disaster ("dispatched planes loaded with relief supplies to
//          Fiji", "to help typhoon survivors");
//   "074"  help or protection: "at the request of", "at Dakar's request",
//          "at the invitation of", "to help" fight, defend, protect, keep
//          order (not "to help secure" a place), "to assist", "evacuate",
//          "to restore order", "peacekeeping";
//   "062"  fighting beside the host: "alongside", "to train", "were being
//          trained", "to fight against" (the host's enemy), "to
//          support" its war, offensive or campaign.
// The first marker found decides. Pure; "" when `from` is past the end.
std::string_view DeploymentPurposeCode(std::span<const Token> tokens, uint32_t from);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_DEPLOYMENTS_H_
