#include "coder/own_forces.h"

#include <fmt/format.h>

#include <string>

namespace khaldun::coder_internal {

namespace {

bool GovernmentOnItsOwnForces(const std::string& src, const std::string& tgt) {
  return src.size() == 6 && tgt.size() == 6 && src.compare(0, 3, tgt, 0, 3) == 0 &&
         src.compare(3, 3, "GOV") == 0 && tgt.compare(3, 3, "MIL") == 0;
}

bool VisitOrForce(const Event& e) {
  return e.cameo_code == "042" || e.cameo_code == "043" || e.cameo_code == "044" ||
         e.root_code == "18" || e.root_code == "19" || e.root_code == "20";
}

}  // namespace

void DropActsOnOwnForces(SentenceContext& s, uint32_t sentence_index, std::vector<Event>* events) {
  std::erase_if(*events, [&](const Event& e) {
    if (e.sentence_index != sentence_index || !VisitOrForce(e) ||
        !GovernmentOnItsOwnForces(e.source.code, e.target.code))
      return false;
    s.Note(fmt::format("{} {} {} ('{}'): a government on its own armed forces; dropped",
                       e.source.code, e.cameo_code, e.target.code, e.evidence.verb_text));
    return true;
  });
}

}  // namespace khaldun::coder_internal
