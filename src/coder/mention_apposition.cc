// A rule of FindMentions (mention_passes.h): a nationality given in an
// apposition after a role noun ("migrants, most of them Afghans") is the
// country of that role.
#include <fmt/format.h>

#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "coder/mention_codes.h"
#include "coder/mention_passes.h"
#include "coder/mentions.h"

namespace khaldun::internal {

namespace {

// The words that say how many of the people named before the comma the
// nationality covers: "many of them", "most of whom", "mostly", "all".
constexpr std::array<std::string_view, 12> kShares = {
    "many",   "most",   "some",    "all",     "half",          "mostly",
    "mainly", "largely", "chiefly", "nearly", "predominantly", "almost"};

// The token index where the share words before `begin` start, right after a
// comma, or 0 when the words before `begin` are not "<share> [of them|whom]
// [from]" after a comma. The comma's index is then one less.
uint32_t ShareStart(std::span<const Token> tokens, uint32_t begin) {
  uint32_t k = begin;
  if (k > 0 && IsWord(tokens[k - 1], "from")) --k;
  if (k > 1 && IsWord(tokens[k - 2], "of") &&
      (IsWord(tokens[k - 1], "them") || IsWord(tokens[k - 1], "whom")))
    k -= 2;
  if (k == 0 || !InWords(kShares, tokens[k - 1])) return 0;
  --k;
  // "nearly all", "almost all".
  if (k > 0 && (IsWord(tokens[k - 1], "nearly") || IsWord(tokens[k - 1], "almost"))) --k;
  if (k < 2 || tokens[k - 1].text != ",") return 0;
  return k;
}

}  // namespace

// "Police fired tear gas at thousands of migrants, many of them Afghans",
// "the coastguard rescued 300 refugees, most of them from Eritrea": the
// country named after the comma is the nationality of the people named by
// the role noun before it, and these people, not the country's state, are
// the party (AFGREF, ERIREF; the state would read as the target of the
// police). The role noun is often no mention of its own here (a quantity
// names it), so the country's mention takes the role.
void PlaceRolesBeforeANationality(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  for (Mention& country : mentions) {
    if (country.code.size() != 3 || country.agent != nullptr || country.possessive ||
        !country.person_name.empty() || country.span.empty())
      continue;
    const uint32_t share = ShareStart(tokens, country.span.begin);
    if (share == 0) continue;
    const uint32_t comma = share - 1;
    const AgentEntry* role = nullptr;
    for (const PhraseMatch& pm : scan.matches)
      if (pm.kind == PhraseMatch::Kind::kAgent && pm.span.end == comma) {
        role = &scan.dict.agent(pm.id);
        break;
      }
    // People, not a state's or an armed group's organs: "troops, most of
    // them Ugandan" are already coded by whose troops they are.
    if (role == nullptr || role->code.empty() ||
        !(role->code == "REF" || role->code == "CVL" || role->code == "LAB" ||
          role->code == "EDU" || role->code == "AGR" || role->code == "REL"))
      continue;
    // "arrested 200 workers, nearly all of them Cambodians": when the role
    // noun is a mention of its own, it is of that country too.
    for (Mention& named : mentions)
      if (named.unplaced && named.span.end == comma)
        TakeCountryFrom(country, &named, "the nationality named after the comma");
    // "many of them Afghans and Syrians": each country of the list.
    for (Mention* m = &country; m != nullptr;) {
      if (m->code.size() != 3 || m->agent != nullptr) break;
      m->code = Compose(m->code, role);
      m->agent = role;
      m->role = role;
      m->how += fmt::format(" + {} (the people named before the comma)", role->name);
      const int next = m->coordinated_with;
      m = next > 0 && static_cast<size_t>(next) < mentions.size() ? &mentions[next] : nullptr;
    }
  }
}

}  // namespace khaldun::internal
