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

// Words in a role name that make its holder a member of a cabinet: a
// minister or a secretary heading a department, or an attorney general.
// Leaving such an office does not make one a private person: news keeps
// naming "former defence minister Ehud Barak" as a political figure of his
// country, and the gold standard codes former ministers ELI like former heads
// (tests/gold/README.md, blind22: "a former minister is ELI"). Deputies and
// junior ministers are not members of the cabinet ("a former deputy finance
// minister"), nor are a press secretary or a spokesman.
bool NamesCabinetMember(std::string_view name) {
  // ("!MINIST!" is how agents.txt's substitution set for "minister" and
  // "ministry" stays in the entry's name: "INTERIOR !MINIST!".)
  static constexpr std::array<std::string_view, 10> kCabinet = {
      "MINISTER",          "!MINIST!",          "ATTORNEY GENERAL", "ATTORNEY-GENERAL",
      "SECRETARY OF STATE", "FOREIGN SECRETARY", "HOME SECRETARY",   "DEFENCE SECRETARY",
      "DEFENSE SECRETARY", "TREASURY SECRETARY"};
  static constexpr std::array<std::string_view, 4> kJunior = {"DEPUTY", "VICE", "JUNIOR",
                                                              "ASSISTANT"};
  for (std::string_view junior : kJunior)
    if (name.find(junior) != std::string_view::npos) return false;
  auto boundary = [&](size_t at) {
    return at == 0 || at >= name.size() || name[at] == ' ' || name[at] == '-';
  };
  for (std::string_view office : kCabinet)
    for (size_t at = name.find(office); at != std::string_view::npos;
         at = name.find(office, at + 1))
      if (boundary(at == 0 ? 0 : at - 1) && boundary(at + office.size())) return true;
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

std::string FormerHolderCode(std::string_view code, const AgentEntry* agent, bool junior) {
  const std::string country(code.substr(0, 3));
  // A code that did not come from the role noun (a named person's own
  // entry) keeps the elite reading: "former president Evo Morales".
  if (agent == nullptr || code.substr(3) != agent->code || NamesHeadOrGovernment(agent->name))
    return country + "ELI";
  // "former Kenyan finance minister Henry Rotich": a former cabinet member.
  if (!junior && NamesCabinetMember(agent->name)) return country + "ELI";
  return country;
}

bool RolesAreTheGroupsOwn(std::string_view code) {
  if (code.size() != 6) return false;
  const std::string_view sector = code.substr(3);
  return sector == "REB" || sector == "INS" || sector == "SEP" || sector == "UAF";
}

}  // namespace khaldun::internal
