// Peoples coded by where they live, as CAMEO codes them ("Bosnian Serbs",
// "ethnic Albanians in south Serbia"): the passes of FindMentions
// (mention_passes.h) that settle an ethnic group as a country's civilians.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/clause.h"
#include "coder/coreference.h"
#include "coder/mention_antecedents.h"
#include "coder/mention_codes.h"
#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "coder/unknown_people.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

namespace {

// "ethnic Albanian rebels in Macedonia", "ethnic Armenian separatists in
// Nagorno-Karabakh": an ethnic group's armed side keeps its sector (REB,
// SEP) when it is settled as the people of the country it lives in; ""
// for any other group. So does its political side ("ethnic Serb
// protesters in northern Kosovo": KSVOPP).
std::string ArmedSideSector(std::string_view code) {
  if (code.size() != 6) return std::string();
  const std::string_view sector = code.substr(3);
  return sector == "SEP" || sector == "REB" || sector == "OPP" ? std::string(sector)
                                                                : std::string();
}

}  // namespace

void SettleAsResidents(Mention* people, std::string_view country, std::string_view why) {
  people->how += fmt::format("; ethnic group {} (CAMEO codes a people by residence)", why);
  people->code = std::string(country.substr(0, 3)) + "CVL";
}

// "Bosnian Serbs", "Syrian Kurds", "Turkish Cypriots": a country's adjective
// right before another people's plural name is that people living in the
// country, one mention of the country's civilians (CAMEO codes a people by
// residence). Merges the last two mentions when they are such a pair, as
// soon as the second is read, so that "their forces" after it is the
// country's.
void MergeResidentPeople(std::span<const Token> tokens, std::vector<Mention>* mentions) {
  if (mentions->size() < 2) return;
  Mention& where = (*mentions)[mentions->size() - 2];
  const Mention& people = mentions->back();
  if (where.span.end != people.span.begin || where.span.size() != 1 || people.span.size() != 1 ||
      where.code.size() != 3 || people.code.size() != 3 || where.code == people.code ||
      where.agent != nullptr || people.agent != nullptr || where.possessive || where.locative ||
      people.locative || !where.person_name.empty() || !people.person_name.empty())
    return;
  const Token& adjective = tokens[where.span.begin];
  const Token& plural = tokens[people.span.begin];
  if (adjective.text.ends_with("s") || !plural.text.ends_with("s") ||
      !plural.Has(kTokenCapitalized))
    return;
  where.how += fmt::format("; {} living there (CAMEO codes a people by residence)", plural.text);
  where.code += "CVL";
  where.span.end = people.span.end;
  where.possessive = people.possessive;
  where.ethnic = true;
  where.display_name = SpanText(tokens, where.span);
  mentions->pop_back();
}

// "Ethnic Albanians in south Serbia are demanding ...", "killed three
// ethnic Albanians in southeastern Serbia": CAMEO codes a people by where
// it lives. An ethnic group named with the country or place it lives in
// is that country's civilians (SRBCVL), and the place only says where.
// So is a people named as the one "of" a place ("the Albanians of
// southern Serbia", "the Kurds of Iraq"): a plural demonym after "the",
// right before "of".
void SettleEthnicGroups(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  const MentionContext& context = scan.context;
  std::vector<Mention>& mentions = *out;
  for (Mention& people : mentions) {
    const uint32_t b = people.span.begin;
    if (people.span.empty()) continue;
    const Token& last = tokens[people.span.end - 1];
    const bool people_of = people.code.size() == 3 && people.agent == nullptr &&
                           people.person_name.empty() && IsWord(tokens[b], "the") &&
                           people.span.size() == 2 && last.text.ends_with("s") &&
                           last.Has(kTokenCapitalized) && people.span.end < tokens.size() &&
                           IsWord(tokens[people.span.end], "of");
    // "the Albanian population of the province", "the Serb minority": a
    // people named by a demonym and a word for a people.
    const bool named_people =
        people.role != nullptr && people.code.size() == 6 &&
        (people.role->name == "POPULATION" || people.role->name == "MINORITY");
    people.ethnic |= IsWord(tokens[b], "ethnic") || (b > 0 && IsWord(tokens[b - 1], "ethnic")) ||
                     people_of || named_people;
  }
  for (size_t m = 0; m + 1 < mentions.size(); ++m) {
    Mention& people = mentions[m];
    Mention& home = mentions[m + 1];
    if (!people.ethnic || people.code.size() < 3 || home.code.size() < 3 || home.possessive ||
        home.code.compare(0, 3, people.code, 0, 3) == 0 || home.code.starts_with("IGO"))
      continue;
    uint32_t k = people.span.end;
    if (k >= home.span.begin || !(IsWord(tokens[k], "in") || IsWord(tokens[k], "of"))) continue;
    if (++k < home.span.begin && IsCompassWord(tokens[k])) ++k;
    if (k != home.span.begin) continue;
    const std::string sector = ArmedSideSector(people.code);
    SettleAsResidents(&people, home.code, "living in " + SpanText(tokens, home.span));
    if (!sector.empty()) people.code = home.code.substr(0, 3) + sector;
    people.agent = nullptr;
    people.person = false;
    home.locative = true;
  }
  // "Ethnic Armenian separatist forces in Nagorno-Karabakh agreed to
  // disarm": the place an ethnic group lives in may be a region the
  // gazetteer knows and no actor names; the group is of that region's
  // country all the same (AZESEP, its armed side keeping its sector).
  for (Mention& people : mentions) {
    if (!people.ethnic || people.code.size() < 3 || people.locative || people.possessive ||
        context.gazetteer == nullptr || people.how.find("ethnic group") != std::string::npos)
      continue;
    size_t p = people.span.end;
    if (p + 1 >= tokens.size() || !IsWord(tokens[p], "in")) continue;
    p = SkipToPlaceName(tokens, p + 1);
    size_t length = 0;
    const Place* place = p < tokens.size() ? context.gazetteer->MatchAt(tokens, p, &length) : nullptr;
    if (place == nullptr || people.code.compare(0, 3, place->country) == 0) continue;
    const std::string sector = ArmedSideSector(people.code);
    SettleAsResidents(&people, place->country, "living in " + place->name);
    if (!sector.empty()) people.code = place->country + sector;
    people.agent = nullptr;
    people.person = false;
  }
}

}  // namespace khaldun::internal
