// Checks coded events against an expectations file in the format of
// ../shared/examples/seed-article/expected.json: a "must" list of events that
// must be found and a "must_not" list of events that must not be.
#ifndef KHALDUN_SRC_PIPELINE_EXPECTED_EVENTS_H_
#define KHALDUN_SRC_PIPELINE_EXPECTED_EVENTS_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "khaldun/event.h"

namespace khaldun::internal {

struct ExpectationResult {
  std::string what;
  bool satisfied = false;
  std::string detail;  // the matching (or offending) event, rendered
};

// "IRNGOV 043 SYRGOV @Tehran"
std::string RenderEvent(const Event& e);

// One result per entry of expected["must"]: satisfied when some event matches.
std::vector<ExpectationResult> CheckMust(const nlohmann::json& expected,
                                         const std::vector<Event>& events);
// One result per entry of expected["must_not"]: satisfied when no event matches.
std::vector<ExpectationResult> CheckMustNot(const nlohmann::json& expected,
                                            const std::vector<Event>& events);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_PIPELINE_EXPECTED_EVENTS_H_
