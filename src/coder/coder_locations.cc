// Where an event happens: the places after locative prepositions, datelines,
// the country of a role named without one, and places that are targets.
// (Helpers of Coder::Code's stages, declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>

#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/justice_roles.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/petrarch_engine.h"
#include "coder/accusations.h"
#include "coder/reactions.h"
#include "coder/requests.h"
#include "coder/scare_quotes.h"
#include "coder/sports.h"
#include "coder/render.h"
#include "coder/tabari_engine.h"

namespace khaldun::coder_internal {

// "in Tehran", "a base in Iraq": the first place named after a locative
// preposition between `from` and the clause end; else a place in a fronted
// phrase ("In Tehran, Rouhani met ...").
// A locative preposition ("in", "near"), or "of" after the streets or the
// outskirts of a place ("took to the streets of Dhaka").
bool PlacePrepositionAt(std::span<const Token> tokens, uint32_t k) {
  // "arrested the banker at Washington's request": whose request, not where.
  if (internal::IsWord(tokens[k], "at") && internal::RequesterAfter(tokens, k, 1) >= 0)
    return false;
  if (internal::IsLocativePreposition(tokens[k])) return true;
  static constexpr std::string_view kAreas[] = {"streets", "outskirts", "suburbs", "centre",
                                                "center"};
  if (!internal::IsWord(tokens[k], "of") || k == 0) return false;
  for (std::string_view a : kAreas)
    if (internal::IsWord(tokens[k - 1], a)) return true;
  return false;
}

// The place a dateline names ("KABUL (Reuters)", "BEIRUT, Lebanon"): its
// words before a comma or a parenthesis, looked up in the gazetteer.
const Place* DatelinePlace(const std::optional<std::string>& dateline, const Gazetteer* gazetteer) {
  if (!dateline || gazetteer == nullptr) return nullptr;
  std::string_view d = *dateline;
  d = d.substr(0, std::min(d.find(','), d.find('(')));
  std::vector<Token> words;
  size_t at = 0;
  while (at < d.size()) {
    while (at < d.size() && d[at] == ' ') ++at;
    size_t end = d.find(' ', at);
    if (end == std::string_view::npos) end = d.size();
    if (end > at) {
      Token t;
      t.text = d.substr(at, end - at);
      t.flags = kTokenWord | kTokenCapitalized;
      words.push_back(t);
    }
    at = end;
  }
  if (words.empty()) return nullptr;
  size_t length = 0;
  const Place* place = gazetteer->MatchAt(words, 0, &length);
  return place != nullptr && length == words.size() ? place : nullptr;
}

// The place named after the locative preposition at `prep` ("in southeastern
// Serbia"), if any.
std::optional<Location> PlaceAfter(const SentenceContext& s, const Gazetteer& gazetteer,
                                   uint32_t prep) {
  const uint32_t p = static_cast<uint32_t>(internal::SkipToPlaceName(s.tokens, prep + 1));
  size_t length = 0;
  const Place* place = gazetteer.MatchAt(s.tokens, p, &length);
  if (place == nullptr) return std::nullopt;
  TokenSpan span{prep, static_cast<uint32_t>(p + length)};
  return Location{place->name,      place->country, place->latitude,
                  place->longitude, s.Text(span),   s.Bytes(span)};
}

// The first place named after a locative preposition in tokens [from, to).
std::optional<Location> FirstPlaceBetween(const SentenceContext& s, const Gazetteer& gazetteer,
                                          uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k)
    if (PlacePrepositionAt(s.tokens, k))
      if (auto loc = PlaceAfter(s, gazetteer, k)) return loc;
  return std::nullopt;
}

std::optional<Location> OwnCountryOfViolence(const SentenceContext& s, const Gazetteer& gazetteer,
                                             std::span<const Mention> mentions, int source,
                                             std::span<const Event> events) {
  if (source < 0) return std::nullopt;
  // Only armed parties: the subject found for "quakes that hit Japan killed
  // 23 people" or "a grenade attack on an opposition rally killed 20
  // people" is no killer.
  static constexpr std::array<std::string_view, 7> kArmed = {"MIL", "COP", "REB", "UAF",
                                                             "INS", "SEP", "SPY"};
  const std::string& who = mentions[source].code;
  if (who.size() != 6 ||
      std::find(kArmed.begin(), kArmed.end(), std::string_view(who).substr(3)) == kArmed.end())
    return std::nullopt;
  // "Syrian government forces and allied fighters": a compound source takes
  // the country of its members that have one.
  int first = source;
  while (first > 0 && mentions[first - 1].coordinated_with == first) --first;
  std::string country;
  for (int k = first; k >= 0 && static_cast<size_t>(k) < mentions.size();
       k = mentions[k].coordinated_with) {
    const Mention& member = mentions[k];
    if (!member.unplaced && member.code.size() >= 3 &&
        !member.code.starts_with(internal::kUnplacedCountry)) {
      if (country.empty()) country = member.code.substr(0, 3);
      if (member.code.compare(0, 3, country) != 0) return std::nullopt;
    }
    if (mentions[k].coordinated_with <= k) break;
  }
  // "Malian troops and foreign fighters": a source with no country of its
  // own, where the sentence names one country only, is of that country.
  for (const Mention& x : mentions)
    if (country.empty() && !x.unplaced && !x.locative && x.code.size() >= 3 &&
        !x.code.starts_with(internal::kUnplacedCountry) && !x.code.starts_with("IGO") &&
        !x.code.starts_with("NGO"))
      country = x.code.substr(0, 3);
  if (country.empty()) return std::nullopt;
  const Place* home = gazetteer.Country(country);
  if (home == nullptr) return std::nullopt;
  for (const Mention& x : mentions) {
    if (x.code.size() < 3 || x.code.starts_with(internal::kUnplacedCountry) ||
        x.code.starts_with("IGO") || x.code.starts_with("NGO"))
      continue;
    // ("..., according to a US intelligence assessment": who reports it is
    // no party to it.)
    const uint32_t b = x.span.begin;
    if (b >= 2 && !x.span.empty() && internal::IsWord(s.tokens[b - 1], "to") &&
        internal::IsWord(s.tokens[b - 2], "according"))
      continue;
    if (x.code.compare(0, 3, country) != 0) return std::nullopt;
  }
  if (auto anywhere = FirstPlaceBetween(s, gazetteer, 0, static_cast<uint32_t>(s.tokens.size()));
      anywhere && anywhere->country != country)
    return std::nullopt;
  // (Nor in a story whose earlier events involve another country: "US
  // troops raided a village in Kandahar. They killed twelve civilians".)
  auto foreign = [&](std::string_view code) {
    return code.size() >= 3 && !code.starts_with("IGO") && !code.starts_with("NGO") &&
           code.compare(0, 3, country) != 0;
  };
  for (const Event& e : events)
    if (foreign(e.source.code) || foreign(e.target.code) ||
        (e.location && e.location->country != country))
      return std::nullopt;
  return Location{home->name, country, home->latitude, home->longitude, {}, {}};
}

uint32_t PastTimePhrases(std::span<const Token> tokens, uint32_t from, uint32_t end) {
  static constexpr std::string_view kParts[] = {"night", "morning", "evening", "afternoon"};
  static constexpr std::string_view kAbout[] = {"about", "nearly", "almost", "some",
                                                "over",  "more",   "than",   "roughly"};
  static constexpr std::string_view kLengths[] = {"hour", "hours", "minutes", "days"};
  static constexpr std::string_view kManner[] = {"briefly",  "again",      "privately",
                                                 "secretly", "separately", "twice"};
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.size()));
  uint32_t k = from;
  for (int phrases = 0; phrases < 3 && k < end; ++phrases) {
    uint32_t at = k;
    if (internal::IsWord(tokens[at], "late") || internal::IsWord(tokens[at], "early")) ++at;
    // "on Tuesday", "on Monday night"
    if (at + 1 < end && internal::IsWord(tokens[at], "on") &&
        internal::IsWeekday(tokens[at + 1])) {
      k = at + 2;
      if (k < end && internal::InWords(kParts, tokens[k])) ++k;
      continue;
    }
    // "for more than two hours", "for about 90 minutes"
    if (internal::IsWord(tokens[at], "for")) {
      uint32_t j = at + 1;
      while (j < end && j < at + 4 && internal::InWords(kAbout, tokens[j])) ++j;
      if (j + 1 < end &&
          (tokens[j].pos == kPosCD || internal::IsWord(tokens[j], "an") ||
           internal::IsWord(tokens[j], "several")) &&
          internal::InWords(kLengths, tokens[j + 1])) {
        k = j + 2;
        continue;
      }
    }
    // "face to face", "briefly"
    if (at + 2 < end && internal::IsWord(tokens[at], "face") &&
        internal::IsWord(tokens[at + 1], "to") && internal::IsWord(tokens[at + 2], "face")) {
      k = at + 3;
      continue;
    }
    if (internal::InWords(kManner, tokens[at])) {
      k = at + 1;
      continue;
    }
    break;
  }
  return k;
}

std::optional<Location> FindLocation(const SentenceContext& s, const Gazetteer* gazetteer,
                                     uint32_t from, ClauseWindow window) {
  if (gazetteer == nullptr) return std::nullopt;
  // ("met on Tuesday in Tehran": past a date or a duration.)
  from = PastTimePhrases(s.tokens, from, window.end);
  // The place must follow the trigger or its target closely: in "the
  // assassination of the commander and the loss of passengers in a crash
  // near Tehran", Tehran locates the crash, not the assassination.
  constexpr uint32_t kMaxDistance = 3;
  if (auto loc = FirstPlaceBetween(s, *gazetteer, from, std::min(window.end, from + kMaxDistance + 1)))
    return loc;
  // "In Tehran, Rouhani thanked ...": a sentence that opens with a place.
  if (!s.tokens.empty() && internal::IsLocativePreposition(s.tokens[0]))
    return PlaceAfter(s, *gazetteer, 0);
  return std::nullopt;
}

// "Slovakia's prime minister was shot by a gunman", "Iranian police beat
// protesters in Saqqez": a role named without a country acts where the
// event happens, else in the country of the event's other party. Returns
// false when neither names a country.
// "protesters threw petrol bombs at riot police", "the military hand power to
// a civilian government": armed forces and police facing their own state's
// institutions or its opposition are of that state; facing civilians or
// another army they may be foreign.
bool IsDomesticCounterpart(std::string_view code) {
  static constexpr std::string_view kSectors[] = {"OPP", "REB", "INS", "UAF", "SEP", "GOV",
                                                  "LEG", "JUD", "LAB", "EDU", "AGR", "PTY"};
  if (code.size() != 6) return false;
  for (std::string_view sector : kSectors)
    if (code.substr(3) == sector) return true;
  return false;
}

bool CompleteUnplacedRole(std::string* code, bool needs_place, std::string_view other,
                          const std::optional<Location>& location, const Gazetteer* gazetteer) {
  if (!code->starts_with(internal::kUnplacedCountry)) return true;
  std::string_view country;
  if (code->ends_with("JUD")) {
    // "Prosecutors charged the former president": a court with no country
    // is of the domestic party it acts on (coder/justice_roles.h).
    if (internal::JusticeOfOtherParty(*code, other) && gazetteer != nullptr &&
        !other.starts_with(internal::kUnplacedCountry) &&
        gazetteer->Country(other.substr(0, 3)) != nullptr)
      country = other.substr(0, 3);
  } else if (location && !location->country.empty()) {
    country = location->country;
  } else if ((!needs_place || IsDomesticCounterpart(other) ||
              // "Police questioned former Peruvian president Alan Garcia":
              // police facing a former leader are his state's.
              (code->ends_with("COP") && other.ends_with("ELI"))) &&
             other.size() >= 3 && !other.starts_with(internal::kUnplacedCountry) &&
             gazetteer != nullptr && gazetteer->Country(other.substr(0, 3)) != nullptr) {
    country = other.substr(0, 3);
  }
  if (country.empty()) return false;
  code->replace(0, internal::kUnplacedCountry.size(), country);
  return true;
}

const Place* GazetteerPlaceAt(std::span<const Token> tokens, const Gazetteer* gazetteer,
                              uint32_t k, size_t* length) {
  if (gazetteer == nullptr || k >= tokens.size() || !tokens[k].Has(kTokenCapitalized))
    return nullptr;
  return gazetteer->MatchAt(tokens, k, length);
}

// The city or region of the gazetteer (no actor of the dictionary: "near
// Basra") whose name starts at tokens[k], or nullptr; *length is its tokens.
const Place* GazetteerCityAt(std::span<const Token> tokens, const Gazetteer* gazetteer, uint32_t k,
                             size_t* length) {
  const Place* place = GazetteerPlaceAt(tokens, gazetteer, k, length);
  return place != nullptr && place->kind == PlaceKind::kCity ? place : nullptr;
}

// Whether the mention is a capital's name ("Kyiv", "the Kremlin" is not one).
bool NamesACapital(const Mention& m, std::span<const Token> tokens, const Gazetteer* gazetteer) {
  if (gazetteer == nullptr || m.span.empty()) return false;
  uint32_t at = m.span.begin;
  if (internal::IsDeterminer(tokens[at]) && at + 1 < m.span.end) ++at;
  size_t length = 0;
  const Place* place = gazetteer->MatchAt(tokens, at, &length);
  return place != nullptr && place->kind == PlaceKind::kCapital && at + length == m.span.end;
}

// Whether such a city is named in tokens [from, to): with an act on a place,
// it may be the target.
bool NamesAGazetteerCity(std::span<const Token> tokens, const Gazetteer* gazetteer, uint32_t from,
                         uint32_t to) {
  to = std::min<uint32_t>(to, static_cast<uint32_t>(tokens.size()));
  for (uint32_t k = std::max<uint32_t>(from, 1); k < to; ++k) {
    size_t length = 0;
    if (GazetteerCityAt(tokens, gazetteer, k, &length) != nullptr) return true;
  }
  return false;
}

// Coercion, assault, fighting and mass violence (17-20): acts whose place is
// their target even in the actor's own country ("soldiers set fire to
// houses in Chin State" MMRMIL 1712 MMR).
bool ViolenceAtHome(std::string_view code) {
  auto root = CameoRoot(code);
  return root == "17" || root == "18" || root == "19" || root == "20";
}

// The place an act on a place strikes, named in tokens [from, to): a
// mention read as a place, else a city or region of the gazetteer (not an
// actor of the dictionary: "struck targets near Benghazi"), which is added to
// *mentions. A state acting in its own country acts on no place ("Iraqi
// forces deployed in Baghdad"), but violence at home strikes the country,
// whoever uses it ("a bomb blamed on al-Shabaab killed 500 people in
// Mogadishu" SOMREB 18x SOM, "government helicopters dropped chlorine bombs
// on the town of Douma" SYRMIL 2041 SYR). Returns the mention's index or -1.
int PlaceTarget(std::span<const Token> tokens, const Gazetteer* gazetteer,
                std::string_view source_code, std::string_view code, uint32_t from, uint32_t to,
                std::vector<Mention>* mentions, std::string* why) {
  auto at_home = [&](std::string_view country) {
    return country.compare(0, 3, source_code.substr(0, 3)) == 0 && !ViolenceAtHome(code);
  };
  for (size_t k = 0; k < mentions->size(); ++k) {
    const Mention& x = (*mentions)[k];
    if (x.locative && !x.code.empty() && x.span.begin >= from && x.span.begin < to &&
        !at_home(x.code)) {
      *why = "target: the place where the act happens";
      return static_cast<int>(k);
    }
  }
  if (gazetteer == nullptr) return -1;
  for (uint32_t k = from; k < to; ++k) {
    size_t length = 0;
    const Place* place = GazetteerCityAt(tokens, gazetteer, k, &length);
    if (place == nullptr || at_home(place->country)) continue;
    bool covered = false;
    for (const Mention& x : *mentions) covered |= x.span.begin <= k && k < x.span.end;
    if (covered) continue;
    Mention where;
    where.span = {k, static_cast<uint32_t>(k + length)};
    where.code = place->country;
    where.locative = true;
    where.place = place;
    where.how = fmt::format("the place {} ({})", place->name, place->country);
    where.display_name = place->name;
    mentions->push_back(std::move(where));
    *why = "target: the city or region where the act happens";
    return static_cast<int>(mentions->size() - 1);
  }
  return -1;
}

}  // namespace khaldun::coder_internal
