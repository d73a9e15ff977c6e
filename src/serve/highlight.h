// Internal: a mention as JSON for the event page and /api/code, with the
// spans of its source, target, verb and location made relative to its
// sentence, so that a page can highlight them without the document.
#ifndef KHALDUN_SRC_SERVE_HIGHLIGHT_H_
#define KHALDUN_SRC_SERVE_HIGHLIGHT_H_

#include <nlohmann/json.hpp>

#include "khaldun/cameo.h"
#include "khaldun/event.h"

namespace khaldun::internal {

// EventToJson(event) plus "cameo_name" and "highlights": [{"role": "source" |
// "target" | "verb" | "location", "begin": B, "end": E, "text": T}], byte
// offsets into evidence.sentence, sorted by begin; spans outside the
// sentence (an actor found by coreference in an earlier one) are left out.
nlohmann::json MentionJson(const Event& event, const CameoCodebook& book);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_SERVE_HIGHLIGHT_H_
