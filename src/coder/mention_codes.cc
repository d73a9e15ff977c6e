#include "coder/mention_codes.h"

#include <fmt/format.h>

#include "coder/mentions.h"

namespace khaldun::internal {

bool IsArmedGroupCode(std::string_view code) {
  if (code.size() < 6 || code.starts_with("IGO") || code.starts_with("NGO")) return false;
  const std::string_view sector = code.substr(3, 3);
  return sector == "REB" || sector == "INS" || sector == "UAF" || sector == "SEP";
}

std::string Compose(const std::string& actor, const AgentEntry* agent) {
  if (!agent || agent->code.empty()) return actor;
  if (actor.find(agent->code) != std::string::npos) return actor;
  // "the Red Cross president", "an Amnesty researcher": a role of a
  // non-governmental organisation is the organisation (tests/gold/README.md:
  // NGO), as a role of an international one is.
  if (actor.starts_with("NGO") || actor.starts_with("IGO")) return actor;
  // "supporters of Imran Khan marched on the capital", "Bolsonaro supporters
  // stormed Congress": the crowd behind a politician does not hold the
  // politician's office; it is a crowd of the country's opposition (OPP),
  // whether its leader is in office, out of it or leads a party. (An armed
  // group's own code is kept: its supporters are not told apart from it.)
  if (actor.size() == 6 && agent->code == "OPP" &&
      (agent->name == "SUPPORTER" || agent->name.ends_with(" SUPPORTER")) &&
      !IsArmedGroupCode(actor))
    return actor.substr(0, 3) + agent->code;
  // "Lt. General Soleimani" after he left office: a role written in the
  // text replaces the entry's out-of-office ELI sector.
  if (actor.size() == 6 && actor.ends_with("ELI") &&
      agent->composition == AgentEntry::Composition::kSuffix)
    return actor.substr(0, 3) + agent->code;
  // "army chief Abdel Fattah al-Burhan dissolved the cabinet", "General
  // Prayuth Chan-ocha seized power", "junta leader Assimi Goita": a ruler
  // whose entry holds a government office on the date, named in the text
  // by his military rank or command, is a soldier in power; the role
  // written in the text decides, as tests/gold/README.md settles for a
  // junta and its leader (MIL, 37 of 42 events in 16 sets).
  if (actor.size() == 6 && actor.ends_with("GOV") && agent->code == "MIL" &&
      agent->composition == AgentEntry::Composition::kSuffix)
    return actor.substr(0, 3) + agent->code;
  // "the separatist Free Aceh Movement", "the separatist Baloch Liberation
  // Army": an armed group (REB) the text calls separatist is coded as the
  // finer CAMEO sector for rebels who fight for secession, SEP.
  if (actor.size() == 6 && actor.ends_with("REB") && agent->code == "SEP" &&
      agent->composition == AgentEntry::Composition::kSuffix)
    return actor.substr(0, 3) + agent->code;
  // A code of more than a country already names its sector ("the Pentagon"
  // USAMIL); a further agent does not override it.
  if (actor.size() > 3) return actor;
  return agent->composition == AgentEntry::Composition::kSuffix ? actor + agent->code
                                                                : agent->code + actor;
}

bool TakeCountryFrom(const Mention& from, Mention* role, std::string_view reason) {
  // "Russian and Iranian-backed forces", "Turkish-backed rebels, US-led
  // coalition forces": a role named with its backer is no part of the
  // other actors of its list.
  if (!role->unplaced || role->sponsored || from.unplaced || from.code.size() < 3 ||
      from.code.starts_with("IGO") || from.code.starts_with("NGO"))
    return false;
  role->code.replace(0, kUnplacedCountry.size(), from.code.substr(0, 3));
  role->unplaced = false;
  role->unplaced_needs_place = false;
  role->how += fmt::format(" + {} ({})", std::string_view(from.code).substr(0, 3), reason);
  return true;
}

}  // namespace khaldun::internal
