#include "coder/role_codes.h"

#include <array>

namespace khaldun::internal {

namespace {

// Words in a role name that make its holder a head of state or government,
// a ruler, or the government itself ("VICE PRESIDENT", "SUPREME LEADER",
// "MILITARY RULER", "JUNTA CHIEF", "MILITARY GOVERNMENT").
bool NamesHeadOrGovernment(std::string_view name) {
  static constexpr std::array<std::string_view, 19> kHeads = {
      "PRESIDENT", "PRIME MINISTER", "PREMIER", "CHANCELLOR", "HEAD OF STATE", "HEAD OF GOVERNMENT",
      "LEADER",    "KING",           "QUEEN",   "EMIR",       "AMIR",          "SULTAN",
      "MONARCH",   "RULER",          "DICTATOR", "JUNTA",     "GOVERNMENT",    "REGIME",
      "ADMINISTRATION"};
  // Whole words only: "PRESIDENTIAL SPOKESMAN" serves a head and is not one.
  auto boundary = [&](size_t at) {
    return at == 0 || at >= name.size() || name[at] == ' ' || name[at] == '-';
  };
  for (std::string_view head : kHeads)
    for (size_t at = name.find(head); at != std::string_view::npos; at = name.find(head, at + 1))
      if (boundary(at == 0 ? 0 : at - 1) && boundary(at + head.size())) return true;
  return false;
}

}  // namespace

bool IsStateOfficeCode(std::string_view code) {
  if (code.size() != 6) return false;
  static constexpr std::array<std::string_view, 6> kOffices = {"GOV", "MIL", "COP",
                                                               "SPY", "JUD", "LEG"};
  const std::string_view agent = code.substr(3);
  for (std::string_view office : kOffices)
    if (agent == office) return true;
  return false;
}

std::string FormerHolderCode(std::string_view code, const AgentEntry* agent) {
  const std::string country(code.substr(0, 3));
  // A code that did not come from the role noun (a named person's own
  // entry) keeps the elite reading: "former president Evo Morales".
  if (agent == nullptr || code.substr(3) != agent->code || NamesHeadOrGovernment(agent->name))
    return country + "ELI";
  return country;
}

bool RolesAreTheGroupsOwn(std::string_view code) {
  if (code.size() != 6) return false;
  const std::string_view sector = code.substr(3);
  return sector == "REB" || sector == "INS" || sector == "SEP" || sector == "UAF";
}

}  // namespace khaldun::internal
