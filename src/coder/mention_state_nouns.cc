// The rule of FindMentions (mention_passes.h) for a state named again by
// what kind of state it is: "the kingdom", "the emirate", "the island", and
// for the halves of Korea named by their compass point: "the South".
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

namespace {

// Monarchies that news calls "the kingdom" (Saudi Arabia, Jordan, Morocco,
// Bahrain, Britain, Spain, the Netherlands, Belgium, Norway, Sweden,
// Denmark, Thailand, Cambodia, Bhutan, Lesotho, Eswatini, Tonga).
constexpr std::array<std::string_view, 17> kKingdoms = {
    "SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR",
    "SWE", "DNK", "THA", "KHM", "BTN", "LSO", "SWZ", "TON"};
// "the emirate": Qatar, the United Arab Emirates, Kuwait.
constexpr std::array<std::string_view, 3> kEmirates = {"QAT", "ARE", "KWT"};
// "the sultanate": Oman, Brunei.
constexpr std::array<std::string_view, 2> kSultanates = {"OMN", "BRN"};
// States that are an island or islands of their own (not Haiti or the
// Dominican Republic, which share one).
constexpr std::array<std::string_view, 24> kIslands = {
    "TWN", "CUB", "LKA", "CYP", "MLT", "MDG", "ISL", "JAM", "SGP", "MUS", "MDV", "FJI",
    "BHR", "IRL", "NZL", "JPN", "PHL", "IDN", "TTO", "BHS", "BRB", "CPV", "COM", "SYC"};

std::span<const std::string_view> StatesCalled(const Token& noun) {
  if (IsWord(noun, "kingdom")) return kKingdoms;
  if (IsWord(noun, "emirate")) return kEmirates;
  if (IsWord(noun, "sultanate")) return kSultanates;
  if (IsWord(noun, "island") || IsWord(noun, "archipelago")) return kIslands;
  return {};
}

bool IsOneOf(std::span<const std::string_view> states, std::string_view code) {
  return code.size() >= 3 &&
         std::find(states.begin(), states.end(), code.substr(0, 3)) != states.end();
}

}  // namespace

// "Saudi Arabia expelled the envoy of Ottawa. The kingdom also froze new
// trade", "Qatar ... the tiny emirate said", "Beijing sent warplanes
// towards Taiwan, and the self-ruled island's defence ministry protested":
// "the kingdom", "the emirate", "the sultanate" or "the island" (up to two
// describing words between: "the oil-rich kingdom", "the Gulf emirate")
// is the state of that kind named last, in this sentence or the ones
// before; coded as its name would be. After a preposition it is a place
// ("landed on the island"), and "the island of Crete" names another; both
// are left alone. ("the island" after a state that is no island, or with
// no state of that kind named before, is no one.)
bool ReadTheStateNoun(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  const Seeds& seeds = scan.seeds;
  const CoreferenceMemory& memory = *scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if (!IsWord(tokens[i], "the") || (i > 0 && IsPreposition(tokens[i - 1]))) return false;
  size_t noun = i + 1;
  for (int skipped = 0; skipped < 2 && noun + 1 < n && StatesCalled(tokens[noun]).empty() &&
                        seeds.actor_at[noun] < 0 &&
                        (tokens[noun].pos == kPosJJ || tokens[noun].text.find('-') != std::string::npos ||
                         tokens[noun].Has(kTokenCapitalized));
       ++skipped)
    ++noun;
  if (noun >= n) return false;
  const std::span<const std::string_view> states = StatesCalled(tokens[noun]);
  if (states.empty() || seeds.actor_at[noun] >= 0) return false;
  // "the island nation", "the island state": the kind of state, then the
  // word for one.
  size_t last = noun;
  if (last + 1 < n && (IsWord(tokens[last + 1], "nation") || IsWord(tokens[last + 1], "state")))
    ++last;
  // "the island of Crete", "the island resort": another place or thing.
  // ("accused the kingdom of hostile acts": what the state did.)
  if (last + 1 < n && ((IsWord(tokens[last + 1], "of") &&
                        (last + 2 >= n || tokens[last + 2].Has(kTokenCapitalized))) ||
                       tokens[last + 1].pos == kPosNN || tokens[last + 1].pos == kPosNNS))
    return false;
  std::string code;
  for (const Mention& m : mentions)
    if (m.span.end <= i && !m.code.empty() && !m.unplaced && IsOneOf(states, m.code))
      code = m.code.substr(0, 3);
  if (code.empty()) {
    const std::vector<std::string>& recent = memory.recent_parties();
    for (size_t k = recent.size(); k-- > 0 && code.empty();)
      if (IsOneOf(states, recent[k])) code = recent[k].substr(0, 3);
  }
  if (code.empty()) return false;
  return AddReferringNoun(tokens, i, noun, last, std::move(code), &mentions, at);
}


// "North Korea fired two missiles towards the South", "Seoul offered talks,
// but the North did not reply", "the South's navy": news on the divided
// Korea names each half by its compass point once the other half has been
// named. "the South" (capitalised, and not the first word of "the South
// China Sea" or "the South of France") is South Korea when North Korea was
// named before it, in this sentence or the ones before, and "the North" is
// North Korea after South Korea; coded as the name would be. Unlike "the
// kingdom", it stays a party after a preposition ("fired shells into the
// South"). Other halves (Sudan's south, Kosovo's north, Cyprus's north) are
// regions, not states, and are left alone.
bool ReadTheOtherKorea(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t i = *at;
  if (!IsWord(tokens[i], "the") || i + 1 >= tokens.size()) return false;
  const Token& point = tokens[i + 1];
  if (!point.Has(kTokenCapitalized) || scan.seeds.actor_at[i + 1] >= 0) return false;
  const bool south = IsWord(point, "south");
  if (!south && !IsWord(point, "north")) return false;
  if (i + 2 < tokens.size() && !tokens[i + 2].Has(kTokenPossessive) &&
      (tokens[i + 2].Has(kTokenCapitalized) || IsWord(tokens[i + 2], "of")))
    return false;
  const std::string_view other = south ? "PRK" : "KOR";
  bool named = false;
  for (const Mention& m : *out)
    if (m.span.end <= i && !m.unplaced && m.code.compare(0, 3, other) == 0) named = true;
  const std::vector<std::string>& recent = scan.memory->recent_parties();
  for (const std::string& code : recent)
    if (code.compare(0, 3, other) == 0) named = true;
  if (!named) return false;
  return AddReferringNoun(tokens, i, i + 1, i + 1, south ? "KOR" : "PRK", out, at);
}

}  // namespace khaldun::internal
