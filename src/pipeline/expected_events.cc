#include "pipeline/expected_events.h"

#include <fmt/format.h>

namespace khaldun::internal {
namespace {

// An actor matches exactly, or by prefix where the expectation allows it
// ("IRN" matches "IRNGOV" when actor_prefix is true).
bool ActorMatches(const nlohmann::json& item, const char* field, const std::string& code) {
  if (!item.contains(field)) return true;
  const std::string want = item[field].get<std::string>();
  bool prefix = item.value("actor_prefix", false) == true;
  return prefix ? code.starts_with(want) : code == want;
}

bool CodeMatches(const nlohmann::json& item, const std::string& code) {
  if (!item.contains("code_any")) return true;
  for (const auto& c : item["code_any"])
    if (code.starts_with(c.get<std::string>())) return true;
  return false;
}

bool LocationMatches(const nlohmann::json& item, const Event& e) {
  if (!item.contains("location")) return true;
  if (!e.location) return false;
  const auto& loc = item["location"];
  return e.location->name == loc.value("name", "") && e.location->country == loc.value("country", "");
}

bool Matches(const nlohmann::json& item, const Event& e) {
  if (!CodeMatches(item, e.cameo_code) || !LocationMatches(item, e)) return false;
  if (ActorMatches(item, "source", e.source.code) && ActorMatches(item, "target", e.target.code))
    return true;
  return item.value("either_direction", false) && ActorMatches(item, "source", e.target.code) &&
         ActorMatches(item, "target", e.source.code);
}

}  // namespace

std::string RenderEvent(const Event& e) {
  return fmt::format("{} {} {}{}", e.source.code, e.cameo_code, e.target.code,
                     e.location ? " @" + e.location->name : "");
}

std::vector<ExpectationResult> CheckMust(const nlohmann::json& expected,
                                         const std::vector<Event>& events) {
  std::vector<ExpectationResult> results;
  for (const auto& item : expected.value("must", nlohmann::json::array())) {
    ExpectationResult r{item.value("what", ""), false, ""};
    for (const Event& e : events) {
      if (Matches(item, e)) {
        r.satisfied = true;
        r.detail = RenderEvent(e);
        break;
      }
    }
    results.push_back(std::move(r));
  }
  return results;
}

std::vector<ExpectationResult> CheckMustNot(const nlohmann::json& expected,
                                            const std::vector<Event>& events) {
  std::vector<ExpectationResult> results;
  for (const auto& item : expected.value("must_not", nlohmann::json::array())) {
    ExpectationResult r{item.value("what", ""), true, ""};
    for (const Event& e : events) {
      bool offends;
      if (item.contains("actor_prefix") && item["actor_prefix"].is_string()) {
        // {"actor_prefix": "UKR"}: no event may have such an actor at all.
        const std::string p = item["actor_prefix"].get<std::string>();
        offends = e.source.code.starts_with(p) || e.target.code.starts_with(p);
      } else {
        nlohmann::json prefixed = item;
        prefixed["actor_prefix"] = true;
        offends = Matches(prefixed, e);
      }
      if (offends) {
        r.satisfied = false;
        r.detail = RenderEvent(e);
        break;
      }
    }
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace khaldun::internal
