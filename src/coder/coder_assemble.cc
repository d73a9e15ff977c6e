// Coder::Code's event assembly: the candidates of a sentence's triggers
// become events (coder/coder_internal.h).

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "coder/claims.h"
#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/event_id.h"
#include "coder/mentions.h"

namespace khaldun::coder_internal {
namespace {

// Whether a composed actor code's sector (its second three letters, or any
// later ones) is an armed body: armed forces, rebels, militias, police,
// intelligence, insurgents, separatists.
bool ArmedSector(std::string_view code) {
  static constexpr std::string_view kArmed[] = {"MIL", "REB", "UAF", "COP", "SPY", "INS", "SEP"};
  for (size_t k = 3; k + 3 <= code.size(); k += 3)
    for (std::string_view a : kArmed)
      if (code.substr(k, 3) == a) return true;
  return false;
}

// A role that is some state's own but is seldom the acting state's own: a
// ruling junta, the opposition. (Not rebels or separatists, whose foreign
// backer is often the state named first: "Russian troops poured into
// Georgia as the separatists ..." are Georgia's; plain armed forces and
// institutions are left to the other rules.)
bool ForeignRuledRole(const internal::Mention& role) {
  if (role.code.size() != 6) return false;
  const std::string_view sector = std::string_view(role.code).substr(3);
  if (sector == "OPP") return true;
  const AgentEntry* word = role.role != nullptr ? role.role : role.agent;
  return sector == "MIL" && word != nullptr &&
         (word->name.starts_with("JUNTA") || word->name == "MILITARY_JUNTA" ||
          word->name == "MILITARY_COUNCIL");
}

// Whether the party `m` is a country's own name and nothing else ("Peru",
// "the Philippines"): not its capital, not a demonym, not a possessive
// ("Peru's coast"), not people named by a role ("the people of Peru").
bool NamesACountryAlone(const internal::Mention& m, std::span<const Token> tokens,
                        const Gazetteer* gazetteer) {
  if (gazetteer == nullptr || m.span.empty() || m.role != nullptr || m.possessive) return false;
  uint32_t at = m.span.begin;
  if (internal::IsDeterminer(tokens[at]) && at + 1 < m.span.end) ++at;
  size_t length = 0;
  const Place* place = gazetteer->MatchAt(tokens, at, &length);
  return place != nullptr && place->kind == PlaceKind::kCountry && at + length == m.span.end;
}

// Whether the party `m` is a country named on its own as the one condolences
// are sent to: "the Kenyan president sent his condolences to Peru", "offered
// sympathy to Chile and Peru" ("to" before the name, past the earlier members
// of a list). The gold sets code such a country as its state (GOV, 12 of 14
// events in 10 sets); its people ("to the people of Peru", "to the Peruvian
// people") carry a role and a country hit by the disaster ("over the floods
// that hit Peru") is a place, and both stay bare.
bool CondolencesToACountry(const internal::Mention& m, std::span<const Token> tokens,
                           const Gazetteer* gazetteer) {
  if (!NamesACountryAlone(m, tokens, gazetteer)) return false;
  uint32_t k = m.span.begin;
  for (int steps = 0; k >= 1 && steps < 8; ++steps) {
    const Token& before = tokens[k - 1];
    if (internal::IsWord(before, "to")) return true;
    if (!(before.text == "," || internal::IsWord(before, "and") ||
          before.Has(kTokenCapitalized)))
      return false;
    --k;
  }
  return false;
}

// Whether the party `m` is named as where traded goods come from: "imports
// from Japan", "goods from Canada and Mexico", "steel products from
// China" ("from" after a word for goods, past the earlier members of a
// list; "of" and the goods' own name may stand between).
bool GoodsFrom(const internal::Mention& m, std::span<const Token> tokens) {
  static constexpr std::string_view kGoods[] = {"imports", "goods",    "products",
                                                "exports", "produce",  "shipments"};
  uint32_t k = m.span.begin;
  for (int steps = 0; k >= 2 && steps < 8; ++steps) {
    const Token& before = tokens[k - 1];
    if (internal::IsWord(before, "from")) {
      // ("imports of wine from Moldova": past the goods named.)
      for (uint32_t g = k - 1; g > 0 && g + 4 > k; --g) {
        for (std::string_view w : kGoods)
          if (internal::IsWord(tokens[g - 1], w)) return true;
        if (!IsNounTag(tokens[g - 1].pos) && tokens[g - 1].pos != kPosJJ &&
            !internal::IsWord(tokens[g - 1], "of"))
          return false;
      }
      return false;
    }
    if (!(before.text == "," || internal::IsWord(before, "and") ||
          before.Has(kTokenCapitalized)))
      return false;
    --k;
  }
  return false;
}

// "a new duty on every car shipped in from Canada", "put the
// tariffs on Mexico on hold", "withdrew Pakistan's most-favoured-nation
// trade status": tariffs, levies and trade status, imposed (163) or eased
// (085), hit or spare the country's economy, not its government;
// tests/gold/README.md codes tariffs and import bans with the bare country
// (and sanctions with the government). True when such a word stands between
// the trigger and the target `m` (at most 12 words), or in the few words a
// possessive target owns, and no word of sanctions stands between them.
// (Freezing or suspending "all trade with" a state is left as it was: the
// gold sets split on it, 5 events GOV and 4 bare.)
bool NamedAsATradeMeasure(TokenSpan trigger, const internal::Mention& m,
                          std::span<const Token> tokens) {
  static constexpr std::string_view kTrade[] = {"tariff", "tariffs", "levy",  "levies",
                                                "duties", "imports", "goods", "products"};
  auto trade_at = [&](uint32_t k) {
    for (std::string_view w : kTrade)
      if (internal::IsWord(tokens[k], w)) return true;
    return internal::IsWord(tokens[k], "trade") && k + 1 < tokens.size() &&
           internal::IsWord(tokens[k + 1], "status");
  };
  // ("Ottawa agreed to tighten its border checks, and Washington shelved
  // the tariffs": a party named before the trigger, with the measure named
  // right after it.)
  if (!m.span.empty() && m.span.end <= trigger.begin) {
    bool trade = false;
    for (uint32_t k = trigger.end; k < tokens.size() && k < trigger.end + 4; ++k) {
      if (internal::IsWord(tokens[k], "sanctions") || internal::IsWord(tokens[k], "sanction"))
        return false;
      trade |= trade_at(k);
    }
    return trade;
  }
  if (m.span.empty() || m.span.begin < trigger.begin || m.span.begin > trigger.begin + 12)
    return false;
  bool trade = false;
  for (uint32_t k = trigger.begin; k < m.span.begin; ++k) {
    if (internal::IsWord(tokens[k], "sanctions") || internal::IsWord(tokens[k], "sanction"))
      return false;
    trade |= trade_at(k);
  }
  // ("ended Hong Kong's special trade status": what the possessive owns.)
  if (m.possessive)
    for (uint32_t k = m.span.end; k < tokens.size() && k < m.span.end + 4; ++k) trade |= trade_at(k);
  return trade;
}

// The country a sentence is about, for a party with none: the first place
// it names, else the one state it names as a party (every named party of
// a country being of that one), else none.
std::optional<Location> SentenceCountry(const SentenceContext& s, const Gazetteer* gazetteer) {
  if (gazetteer != nullptr)
    if (std::optional<Location> place =
            FirstPlaceBetween(s, *gazetteer, 0, static_cast<uint32_t>(s.tokens.size()));
        place && place->country.size() == 3)
      return place;
  std::string country;
  for (const Mention& x : s.mentions) {
    if (x.locative || x.unplaced || x.span.empty() || x.code.size() < 3 ||
        x.code.starts_with("IGO") || x.code.starts_with("NGO") ||
        x.code.starts_with(internal::kUnplacedCountry))
      continue;
    if (!country.empty() && x.code.compare(0, 3, country) != 0) return std::nullopt;
    country = x.code.substr(0, 3);
  }
  if (country.empty()) return std::nullopt;
  return Location{{}, country, 0, 0, {}, {}};
}

// True when `where` names a country that is neither party's: both codes
// begin with a country (an IGO has none and is at home nowhere) or are IGOs,
// and the place's country begins neither. ("Guterres met Putin in Moscow"
// is at Putin's home: no third location.)
bool ThirdCountryMeeting(std::string_view source, std::string_view target,
                         const std::optional<Location>& where) {
  if (!where || where->country.size() != 3 || source.size() < 3 || target.size() < 3)
    return false;
  if (source.starts_with(internal::kUnplacedCountry) ||
      target.starts_with(internal::kUnplacedCountry))
    return false;
  // (The Holy See is at home in Rome: "the Pope met the president in Rome".)
  auto at_home = [&](std::string_view party) {
    return party.starts_with(where->country) ||
           (party.starts_with("VAT") && where->country == "ITA");
  };
  return !at_home(source) && !at_home(target);
}

// "tanks", "fighter jets", "submarines", "missiles": an agent name (as in
// dictionaries/agents.txt, words joined by '_' or ' ') for a weapon, which a
// sale or delivery hands over rather than a force that acts. Helicopters
// and military planes are not counted: they carry what is delivered.
bool IsWeaponRole(std::string_view agent_name) {
  static constexpr std::string_view kWeapons[] = {
      "TANK",        "JET",              "AIRCRAFT",        "FIGHTER JET",      "JET FIGHTER",     "FIGHTER PLANE",  "FIGHTER AIRCRAFT",
      "WARPLANE",    "FIGHTER BOMBER",   "SUBMARINE",       "WARSHIP",        "FRIGATE",
      "CORVETTE",    "DESTROYER",        "GUNBOAT",         "MISSILE BOAT",   "PATROL BOAT",
      "GUNSHIP",     "HELICOPTER GUNSHIP", "DRONE",         "MISSILES",       "CRUISE MISSILES",
      "BALLISTIC MISSILES", "F-16",      "ARTILLERY",       "AIR DEFENCE",    "AIR DEFENSE"};
  std::string name(agent_name);
  std::replace(name.begin(), name.end(), '_', ' ');
  return std::find(std::begin(kWeapons), std::end(kWeapons), name) != std::end(kWeapons);
}

// Police or armed forces: the parties that face a crowd for its state.
bool IsStateForce(std::string_view code) {
  return code.size() == 6 && (code.ends_with("COP") || code.ends_with("MIL"));
}

// Protesters, students, workers, farmers, clergy or civilians: the parties
// that march, strike and rally against their own state.
bool IsCrowd(std::string_view code) {
  static constexpr std::string_view kCrowds[] = {"OPP", "EDU", "LAB", "AGR", "REL", "CVL"};
  return code.size() == 6 &&
         std::find(std::begin(kCrowds), std::end(kCrowds), code.substr(3)) != std::end(kCrowds);
}

// "Gunmen kidnapped four tourists on a Kenyan highway", "... who had driven
// into the Mexican border city": a country named as the adjective of a
// place noun after the act says where it happened, the country of armed
// men who have none of their own, however far from the verb (their victims'
// nationality is not theirs). Returns that country's code, or "".
std::string_view CountryOfAPlaceNounAfter(const SentenceContext& s, uint32_t from,
                                          std::string_view other, const Gazetteer* gazetteer) {
  // (Not "border": "fighters crossing Turkey's border into Syria" come from
  // the place, they do not act in it.)
  static constexpr std::array<std::string_view, 16> kPlaces = {
      "city",   "town",    "village", "highway", "road",     "province", "region", "resort",
      "capital", "coast",  "island",  "district", "state",   "port",     "desert", "countryside"};
  if (gazetteer == nullptr) return {};
  for (const internal::Mention& x : s.mentions) {
    if (x.span.begin < from || x.code.size() != 3 || x.span.end >= s.tokens.size() ||
        x.code.compare(0, 3, other, 0, 3) == 0 || gazetteer->Country(x.code) == nullptr)
      continue;
    for (uint32_t k = x.span.end; k < x.span.end + 2 && k < s.tokens.size(); ++k)
      if (internal::InWords(kPlaces, s.tokens[k])) return x.code;
  }
  return {};
}

}  // namespace

// Assemble events; one per (source, target, code) in a sentence.
void AssembleEvents(const SentenceState& state, std::span<const Candidate> candidates) {
  const CoderOptions& options = state.options;
  const CoderResources& resources = state.resources;
  const AnalyzedDocument& doc = state.doc;
  const Sentence& sentence = state.sentence;
  const SentenceContext& s = state.s;
  const std::span<const Token> tokens = state.tokens;
  const std::vector<PhraseMatch>& matches = state.matches;
  const std::vector<Mention>& mentions = state.mentions;
  const Place* const dateline_place = state.dateline_place;
  const std::optional<Location>& scene = state.scene;
  std::optional<Location>& story_place = state.story_place;
  std::optional<Location>& domestic_scene = state.domestic_scene;
  std::vector<Event>& events = state.events;
  static const Mention kNoActor;
  // "A suicide bomber blew himself up among soldiers at the station, in an
  // attack claimed by the Baloch Liberation Army": the group that claims
  // the attack did it (coder/claims.h).
  // ("the militia claimed responsibility after a bomber drove into the
  // patrol": a claim by its subject may come before the act.)
  const int claimer = internal::AttackClaimer(tokens, mentions);
  const bool claimed_by = internal::AttackClaimedBy(tokens) > 0;
  for (Candidate c : candidates) {  // a copy: assembly may refine the code
    // (Only an act of hands the sentence names by their role alone, "a
    // suicide bomber", "gunmen"; an act told before the claim. Its target
    // is no longer the group: "killing 25 of them, in a raid claimed
    // by ..." killed the people named before, the last party before the
    // claim other than the attacker.)
    if (claimer >= 0 && c.source >= 0 && c.source != claimer &&
        mentions[c.source].unplaced && mentions[c.source].code.ends_with("UAF") &&
        CameoRoot(c.code) >= "18" &&
        (!claimed_by || c.trigger.begin < mentions[claimer].span.begin)) {
      if (c.target == claimer) {
        c.target = -1;
        for (size_t x = 0; x < mentions.size(); ++x)
          if (static_cast<int>(x) != c.source && !mentions[x].locative &&
              !mentions[x].code.empty() && mentions[x].span.begin > mentions[c.source].span.begin &&
              mentions[x].span.end <= mentions[claimer].span.begin)
            c.target = static_cast<int>(x);
      }
      if (c.target < 0) {
        s.Note(fmt::format("{}: an attack claimed by {}, whose target is not named; no event",
                           c.rule, mentions[claimer].code));
        continue;
      }
      s.Note(fmt::format("{}: the attack is claimed by '{}', who did it", c.rule,
                         s.Text(mentions[claimer].span)));
      c.source = claimer;
    }
    const Mention& src = c.source >= 0 ? mentions[c.source] : kNoActor;
    const Mention& tgt = c.target >= 0 ? mentions[c.target] : kNoActor;
    // A mention whose code a later reading cleared (a weapon read as the
    // instrument) is no party: with require_dyad, no event.
    if (options.require_dyad && (src.code.empty() || tgt.code.empty())) {
      s.Note(fmt::format("{}: a party with no code; no event", c.rule));
      continue;
    }
    ClauseWindow window = internal::ClauseAround(tokens, c.trigger.begin);
    // "rallied in Belgrade against the government": the place may follow
    // the trigger before the target, or follow the target.
    const Gazetteer* gazetteer = resources.gazetteer.get();
    // "attacked targets in Baghdad and Tehran": a place that is the
    // target is where the event happens.
    std::optional<Location> location;
    // (A place right after a verb phrase ending in "in", "into" or "to",
    // "arrived in Seoul", is the target and the location; "hit back at
    // Iraq" happens wherever it was said.)
    if ((tgt.locative || (!tgt.span.empty() && tgt.span.begin == c.trigger.end &&
                          c.trigger.end > 0 && !internal::IsWord(tokens[c.trigger.end - 1], "at"))) &&
        tgt.place != nullptr) {
      const Place* p = tgt.place;
      location = Location{p->name,      p->country,       p->latitude,
                          p->longitude, s.Text(tgt.span), s.Bytes(tgt.span)};
    }
    if (!location) location = FindLocation(s, gazetteer, c.trigger.end, window);
    if (!location && tgt.span.end > c.trigger.end)
      location = FindLocation(s, gazetteer, tgt.span.end, window);
    // "Hundreds of demonstrators gathered in Nairobi to protest against
    // tax rises": a role with no country acts where it is said to be,
    // between it and its act.
    if (!location && gazetteer != nullptr && (src.unplaced || tgt.unplaced) &&
        !src.span.empty() && src.span.end < c.trigger.begin &&
        c.trigger.begin <= src.span.end + 8) {
      for (uint32_t k = src.span.end; k < c.trigger.begin && !location; ++k)
        if (PlacePrepositionAt(tokens, k) || internal::IsWord(tokens[k], "into"))
          location = PlaceAfter(s, *gazetteer, k);
    }
    // "Pro-democracy activists occupied the main roads around government
    // headquarters in Hong Kong": a role with no country acts in the place
    // its clause names, however far after the verb. (Not armed forces or
    // police, which act abroad: "the army's conduct of the war in
    // Lebanon".)
    if (!location && gazetteer != nullptr &&
        ((src.unplaced && !src.unplaced_needs_place) ||
         (tgt.unplaced && !tgt.unplaced_needs_place))) {
      location = FirstPlaceBetween(s, *gazetteer, c.trigger.end, window.end);
    }
    // The dateline's place completes roles only; it is not the event's
    // location, which the sentence does not name.
    std::optional<Location> role_place = location;
    // "A man from Lyon shot a judge in Milan, and police arrested him":
    // police with no country who arrest the doer of a coercive or violent
    // act told before (17-20) are of the place of that act, not of the
    // doer's country; with no place, of the one country such an act of the
    // sentence was among ("Troops under General Ana Ruiz stormed Peru's
    // congress, and police arrested the general": PER).
    // (coder/arrested_attackers.h.)
    if (!role_place && src.code.starts_with(internal::kUnplacedCountry) &&
        c.code.starts_with("173") && gazetteer != nullptr) {
      std::optional<Location> doer_place, home;
      for (const Event& earlier : events) {
        if (earlier.sentence_index != sentence.index || earlier.root_code < "17" ||
            earlier.root_code > "20")
          continue;
        if (!tgt.span.empty() && earlier.source.tokens == tgt.span && earlier.location &&
            !doer_place)
          doer_place = earlier.location;
        if (!home && earlier.source.code.size() >= 3 && earlier.target.code.size() >= 3 &&
            !earlier.source.code.starts_with(internal::kUnplacedCountry) &&
            earlier.source.code.compare(0, 3, earlier.target.code, 0, 3) == 0 &&
            gazetteer->Country(earlier.source.code.substr(0, 3)) != nullptr)
          home = Location{"", earlier.source.code.substr(0, 3), 0, 0, {}, {}};
      }
      role_place = doer_place ? doer_place : home;
    }
    // "Demonstrators broke into Peru's congress in Lima ...,
    // and police fired on the crowds": a role with no country acts
    // where the sentence's earlier event happened.
    // (Only an event among the place's own people: "talks between the
    // regime and the opposition in Geneva" lend Switzerland to no one.)
    if (!role_place && domestic_scene && (src.unplaced || tgt.unplaced))
      role_place = domestic_scene;
    if (!role_place && dateline_place != nullptr && (src.unplaced || tgt.unplaced)) {
      const Place* p = dateline_place;
      role_place = Location{p->name, p->country, p->latitude, p->longitude, {}, {}};
    }
    if (!role_place && scene && (src.unplaced || tgt.unplaced)) role_place = scene;
    // "Ecuador declared a state of emergency in Quito as protesters stormed
    // government offices": a crowd protesting against its own state (the
    // target implicit) with no country of its own is of the place the
    // sentence names anywhere, else of the one state the sentence names.
    // (Crowds only: "a gunman opened fire at his rally" is no protest.)
    if (!role_place && src.unplaced && tgt.span.empty() && c.target >= 0 &&
        internal::AddressesOwnGovernment(c.code) && IsCrowd(src.code))
      role_place = SentenceCountry(s, gazetteer);
    // "Riot police fired tear gas at students marching on the palace in
    // Dhaka", "protesters hurled stones at police in several Iranian
    // cities": police or troops facing a crowd, neither with a country of
    // its own, are both of the one state the sentence is about (its first
    // place, else the one state it names). (Two armed parties may be of
    // different states: "Serb gunmen ambushed a police patrol"; and a crowd
    // acts on the forces only by protesting: in "gunmen stormed a police
    // school, killing cadets" the school does not attack.)
    if (!role_place && src.unplaced && tgt.unplaced && !src.span.empty() && !tgt.span.empty() &&
        ((IsStateForce(src.code) && IsCrowd(tgt.code)) ||
         (IsCrowd(src.code) && IsStateForce(tgt.code) && CameoRoot(c.code) == "14")))
      role_place = SentenceCountry(s, gazetteer);
    // "Three activists were jailed by a court in Minsk ..., and the
    // United Nations, Canada and Britain called on the
    // authorities to release them": a state institution with no country
    // (authorities, government, courts, police) as the target of an
    // international organisation, which has no country to lend it, is of
    // the place named earlier in the sentence.
    // So is the target of a state, when that place is abroad: a state's
    // own country would make it act on itself (the United States, third of
    // the list, urges Myanmar's authorities too).
    if (!role_place && gazetteer != nullptr && tgt.unplaced && !src.unplaced &&
        !src.span.empty() && src.code.size() >= 3 &&
        (tgt.code.ends_with("GOV") || tgt.code.ends_with("JUD") || tgt.code.ends_with("COP"))) {
      // (Only a place of a country the sentence names as a party: "a
      // suspect held in Guantanamo Bay plans to sue the government" is not
      // Cuba's.)
      const bool organisation = src.code.starts_with("IGO") || src.code.starts_with("NGO");
      std::optional<Location> place = FirstPlaceBetween(s, *gazetteer, 0, c.trigger.begin);
      bool party_there = false;
      if (place && place->country.size() == 3 && place->country.compare(0, 3, src.code, 0, 3) != 0)
        for (const internal::Mention& x : s.mentions)
          party_there |= !x.locative && !x.unplaced && x.code.compare(0, 3, place->country) == 0;
      if (organisation || party_there) role_place = place;
    }
    if (!role_place && src.unplaced && !src.span.empty() && tgt.code.size() >= 3 &&
        !tgt.unplaced && !tgt.code.starts_with(internal::kUnplacedCountry) &&
        (src.code.ends_with("UAF") || src.code.ends_with("REB")) &&
        src.code.starts_with(internal::kUnplacedCountry)) {
      const std::string_view country =
          CountryOfAPlaceNounAfter(s, c.trigger.end, tgt.code, gazetteer);
      if (!country.empty()) role_place = Location{"", std::string(country), 0, 0, {}, {}};
    }
    // "Jihadists of the Islamic State shot a dozen gendarmes dead when they
    // overran a post in eastern Burkina Faso": armed forces or police with no country of
    // their own, hit by an armed group that is no state, are those of the
    // country the clause names as the scene, however far after the verb;
    // taking the group's own country would make them its countrymen
    // (IRQMIL). (A scene in the group's own country changes nothing.)
    if (!role_place && gazetteer != nullptr && tgt.unplaced && tgt.unplaced_needs_place &&
        !tgt.span.empty() && !src.unplaced && src.code.size() >= 6 &&
        IsNonStateArmed(src.code) &&
        (CameoRoot(c.code) == "18" || CameoRoot(c.code) == "19" || CameoRoot(c.code) == "20")) {
      std::optional<Location> scene_abroad =
          FirstPlaceBetween(s, *gazetteer, c.trigger.end, window.end);
      if (scene_abroad && scene_abroad->country.size() == 3 &&
          scene_abroad->country.compare(0, 3, src.code, 0, 3) != 0)
        role_place = scene_abroad;
    }
    std::string src_code = src.code, tgt_code = tgt.code;
    // "Mali's junta expelled the French ambassador, days after French
    // officials called the junta illegitimate", "Myanmar's military
    // arrested the country's leaders, and London urged the generals to
    // free them": a role with no country after "the", where the sentence
    // names no place for it, refers back to the last party of its sector
    // named before it in the sentence, not to the other party's country.
    // (With a place, the place decides: "Australian troops landed in East
    // Timor after clashes between factions of the security forces".)
    auto refer_back = [&](const internal::Mention& role, const internal::Mention& other,
                          std::string* code) {
      // ("the government" is most often the one of the country the story
      // is about, whoever's government was named last.)
      if (!role.unplaced || role.span.empty() || code->size() != 6 ||
          !code->starts_with(internal::kUnplacedCountry) || code->ends_with("GOV"))
        return;
      // (Only a party of the act's own clause: in "a militant whom the
      // military said was behind a rocket attack that killed two
      // children" the military did not attack.)
      const uint32_t b = role.span.begin;
      const bool definite =
          internal::IsWord(tokens[b], "the") || (b > 0 && internal::IsWord(tokens[b - 1], "the"));
      // "Ethiopian troops entered Baidoa as jets struck al-Shabaab bases,
      // the ministry said": armed forces named bare, as the doer of a
      // clause opened by "as", "while" or "when", are those of the clause
      // before, not of whom they strike (ETHMIL, not SOMMIL).
      static constexpr std::array<std::string_view, 3> kWhileWords = {"as", "while", "when"};
      const bool bare_forces_in_a_while_clause =
          &role == &src && code->ends_with("MIL") && b > 0 &&
          internal::InWords(kWhileWords, tokens[b - 1]);
      if (b < window.begin || b >= window.end || !(definite || bare_forces_in_a_while_clause))
        return;
      const internal::Mention* antecedent = nullptr;
      for (const internal::Mention& x : s.mentions)
        if (x.span.end <= b && !x.unplaced && !x.locative && x.code.size() == 6 &&
            !x.code.starts_with(internal::kUnplacedCountry) &&
            x.code.compare(3, 3, *code, 3, 3) == 0)
          antecedent = &x;
      // "Mali's government expelled the French envoy, days after France's
      // foreign minister called the junta illegitimate": a junta or an
      // opposition with no party of its own sector named before it belongs
      // to the other state the sentence named before it, not to the country
      // of the party that acts on it (MLIMIL, not FRAMIL). (Not plain armed forces: "Israel's defence minister,
      // after a Hamas rocket attack, said the army would respond" is
      // Israel's army.)
      if (antecedent == nullptr && gazetteer != nullptr && other.code.size() >= 3 &&
          ForeignRuledRole(role)) {
        // (Not the other party's allies, named with it in one list:
        // "Russia, Iran and Syrian troops mounted an offensive against the
        // opposition" leaves Iran's no opposition; nor a backer: "US-backed
        // rebels".)
        const std::span<const internal::Mention> all = s.mentions;
        std::vector<bool> allied(all.size(), false);
        for (size_t i = 0; i < all.size(); ++i) {
          size_t end = i;
          while (all[end].coordinated_with > static_cast<int>(end))
            end = static_cast<size_t>(all[end].coordinated_with);
          if (end == i) continue;
          bool has_other = false;
          for (size_t k = i;; k = static_cast<size_t>(all[k].coordinated_with)) {
            has_other |= all[k].span.begin == other.span.begin && all[k].span.end == other.span.end;
            if (k == end) break;
          }
          if (has_other)
            for (size_t k = i;; k = static_cast<size_t>(all[k].coordinated_with)) {
              allied[k] = true;
              if (k == end) break;
            }
        }
        for (size_t i = 0; i < all.size(); ++i) {
          const internal::Mention& x = all[i];
          // (A state: a country, its government, parliament or courts, not
          // a group it backs: "Protesters set fire to Kenya's parliament,
          // and police fired into the crowds" are Kenya's crowds.)
          const bool state =
              x.code.size() == 3 ||
              (x.code.size() == 6 &&
               (x.code.ends_with("GOV") || x.code.ends_with("LEG") || x.code.ends_with("JUD")));
          if (x.span.end <= b && !x.unplaced && !x.locative && !x.sponsored && !allied[i] &&
              state && x.code.compare(0, 3, other.code, 0, 3) != 0 &&
              gazetteer->Country(x.code.substr(0, 3)) != nullptr)
            antecedent = &x;
        }
      }
      if (antecedent == nullptr || (antecedent->span.begin == other.span.begin &&
                                    antecedent->span.end == other.span.end))
        return;
      code->replace(0, 3, antecedent->code, 0, 3);
    };
    if (!role_place) {
      refer_back(src, tgt, &src_code);
      refer_back(tgt, src, &tgt_code);
    }
    // "Mutinous officers detained the president and flew him into exile in
    // Chad": armed forces, police or a court with no country keep, through
    // the sentence, the country their earlier act gave them; a later act's
    // place is not whose they are (NERMIL 174, not TCDMIL).
    if (src.unplaced && src.unplaced_needs_place && !src.span.empty() &&
        src_code.starts_with(internal::kUnplacedCountry))
      for (const Event& earlier : events)
        // (An earlier act: one act's several places each place it anew.)
        if (earlier.sentence_index == sentence.index && earlier.source.tokens == src.span &&
            !(earlier.evidence.verb_bytes == s.Bytes(c.trigger)) &&
            earlier.source.code.size() == src_code.size() &&
            !earlier.source.code.starts_with(internal::kUnplacedCountry)) {
          src_code = earlier.source.code;
          break;
        }
    // "Militants stormed a clinic in northern Chad, separating foreign
    // nurses from local staff and killing forty people": the people an
    // earlier act of the sentence placed in Chad keep that country in a
    // later act that names no place of its own; taking the other party's
    // would make them the attackers' countrymen.
    if (!role_place && tgt.unplaced && !tgt.span.empty() &&
        tgt_code.starts_with(internal::kUnplacedCountry))
      for (const Event& earlier : events)
        if (earlier.sentence_index == sentence.index && earlier.target.tokens == tgt.span &&
            !(earlier.evidence.verb_bytes == s.Bytes(c.trigger)) &&
            earlier.target.code.size() == tgt_code.size() &&
            !earlier.target.code.starts_with(internal::kUnplacedCountry) &&
            earlier.target.code.compare(3, std::string::npos, tgt_code, 3) == 0) {
          tgt_code = earlier.target.code;
          break;
        }
    // "Masked men stormed a bank in Porto and held its staff before police
    // arrested them": so do the doers an earlier act placed, when a later act
    // is aimed at them (coder/arrested_attackers.h). (Not when the two
    // parties did that act together, "Police and soldiers fired on the
    // crowd", nor when the later act only turns that act round, "militias
    // fighting alongside the army", nor between two parties named as one
    // list, "Guards and militiamen": such pairs are mistakes.)
    const bool listed_together = !src.span.empty() && !tgt.span.empty() &&
                                 src.span.end + 1 == tgt.span.begin &&
                                 internal::IsWord(tokens[src.span.end], "and");
    if (!role_place && !listed_together && tgt.unplaced && !tgt.span.empty() &&
        tgt_code.starts_with(internal::kUnplacedCountry))
      for (const Event& earlier : events) {
        if (earlier.sentence_index != sentence.index || !(earlier.source.tokens == tgt.span) ||
            earlier.evidence.verb_bytes == s.Bytes(c.trigger) ||
            earlier.source.code.size() != tgt_code.size() ||
            earlier.source.code.starts_with(internal::kUnplacedCountry) ||
            earlier.source.code.compare(3, std::string::npos, tgt_code, 3) != 0)
          continue;
        const bool together = std::any_of(events.begin(), events.end(), [&](const Event& e) {
          return e.sentence_index == sentence.index &&
                 ((e.source.tokens == src.span &&
                   e.evidence.verb_bytes == earlier.evidence.verb_bytes) ||
                  (e.source.tokens == tgt.span && e.target.tokens == src.span));
        });
        if (together) continue;
        tgt_code = earlier.source.code;
        break;
      }
    // "Ankara recognised the Turkish-backed breakaway enclave in the
    // north of Cyprus": separatists a state recognises broke away
    // from another state, the country named after them in the clause, never
    // the recogniser's own (whose government is no counterpart of theirs
    // here).
    if (c.code.starts_with("054") && tgt.unplaced && !tgt.span.empty() &&
        tgt_code.starts_with(internal::kUnplacedCountry) && tgt_code.ends_with("SEP"))
      for (const internal::Mention& x : s.mentions)
        if (x.span.begin >= tgt.span.end && x.span.begin < tgt.span.end + 12 &&
            x.span.begin < window.end && !x.unplaced && x.code.size() >= 3 &&
            !x.code.starts_with("IGO") && !x.code.starts_with("NGO") &&
            x.code.compare(0, 3, src_code, 0, 3) != 0 && resources.gazetteer != nullptr &&
            resources.gazetteer->Country(x.code.substr(0, 3)) != nullptr) {
          tgt_code.replace(0, internal::kUnplacedCountry.size(), x.code.substr(0, 3));
          break;
        }
    if (!CompleteUnplacedRole(&src_code, src.unplaced_needs_place, tgt_code, role_place,
                              resources.gazetteer.get()) ||
        !CompleteUnplacedRole(&tgt_code, tgt.unplaced_needs_place, src.code, role_place,
                              resources.gazetteer.get())) {
      s.Note(fmt::format("'{}': a role without a country and nothing to take one from; no event",
                         s.Text(c.trigger)));
      continue;
    }
    // "Serb forces killed three ethnic Albanians in a gunbattle in
    // southeastern Serbia": an ethnic group in an event that happens in
    // another country is that country's people (CAMEO codes a people by
    // residence).
    // "ethnic cleansing in Montenegro against the Albanian population of
    // the province": the place named after the trigger in its clause.
    std::string src_how, tgt_how;
    if (src.ethnic || tgt.ethnic) {
      const Place* where_clause = nullptr;
      for (const Mention& x : mentions)
        if (x.locative && x.place != nullptr && x.span.begin >= c.trigger.end &&
            x.span.begin < window.end) {
          where_clause = x.place;
          break;
        }
      auto by_residence = [&](const Mention& m, std::string* code, std::string* how) {
        const bool people = code->size() == 3 || (code->size() == 6 && code->ends_with("CVL"));
        const std::string home = location                  ? location->country
                                 : where_clause != nullptr ? where_clause->country
                                                           : std::string();
        if (!m.ethnic || !people || home.empty() || code->starts_with(home)) return;
        *how = fmt::format(
            "; ethnic group where the event happens, {} (CAMEO codes a people by "
            "residence)",
            location ? location->name : where_clause->name);
        *code = home + "CVL";
      };
      by_residence(src, &src_code, &src_how);
      by_residence(tgt, &tgt_code, &tgt_how);
    }
    // "delivered food rations to twelve million people in Yemen": where the
    // target of an act is a place or population, the population named as
    // such ("people", "residents", "the population") is the country itself.
    // (Before the duplicate check, so that the noun's reading of the same
    // act cannot bring the role back.)
    if (TargetIsAPlace(c.code) && tgt.role != nullptr && tgt_code.size() == 6 &&
        tgt_code.ends_with("CVL") && NamesAPopulation(*tgt.role)) {
      tgt_code.resize(3);
      tgt_how += "; the population of a place acted on: the country";
    }
    // "The prime minister apologised to the people of Ireland" (IRL), "the
    // rebels freed three Nepali hostages" (NPL), "detained two Canadian
    // citizens" (CAN): a people addressed as a whole, hostages and
    // nationals are the country, whatever the act. (Such people
    // are never the state: see people_by_role below.)
    if (tgt.role != nullptr && tgt_code.size() == 6 && tgt_code.ends_with("CVL") &&
        (NamesAWholePeople(*tgt.role) || NamesPeopleHeld(*tgt.role) ||
         NamesNationals(*tgt.role))) {
      tgt_code.resize(3);
      tgt_how += "; a whole people, hostages or nationals: the country";
    }
    // "The gunmen abducted a Dutch woman", "the minister apologised to the
    // Armenian women deported in 1944": women named by their nationality
    // and taken or addressed are people of that country, not a sector of
    // its society, as hostages are; the gold sets code them with the bare
    // country (15 of 16 events in 7 sets; tests/gold/README.md, "Sector
    // conventions settled by majority"). Women killed or attacked stay
    // civilians, the people hit ("gunmen killed three Afghan women":
    // AFGCVL), and so does a role with no country named in its phrase
    // ("detained two women's rights activists in Riyadh").
    const std::string_view act_root = CameoRoot(c.code);
    const bool women_by_nationality =
        (c.code.starts_with("181") || (act_root != "18" && act_root != "19" && act_root != "20")) &&
        tgt.role != nullptr && !tgt.unplaced && !tgt.possessive && tgt_code.size() == 6 &&
        tgt_code.ends_with("CVL") && NamesWomen(*tgt.role) &&
        std::any_of(matches.begin(), matches.end(), [&](const PhraseMatch& pm) {
          return pm.kind == PhraseMatch::Kind::kActor && pm.span.begin >= tgt.span.begin &&
                 pm.span.end <= tgt.span.end;
        });
    if (women_by_nationality) {
      tgt_code.resize(3);
      tgt_how += "; women named by nationality: the country";
    }
    // "The militia freed four Nepali women and two children", "the rebels
    // handed twelve Kenyan girls to the Red Cross": people freed by their
    // captors and named only as women, children or teenagers were held as
    // hostages, whom the gold sets code by nationality alone; prisoners and
    // detainees a state releases keep CVL (tests/gold/README.md).
    if (c.code.starts_with("0841") && tgt.role != nullptr && tgt_code.size() == 6 &&
        tgt_code.ends_with("CVL") && NamesWomenOrChildren(*tgt.role)) {
      tgt_code.resize(3);
      tgt_how += "; women or children freed: held as hostages, the country";
    }
    // "granted asylum to the wife of the ousted president", "called the
    // prime minister's wife corrupt": a relative of an office-holder holds
    // no office; she is one of the country's people (the bare country), as
    // a person with no role is.
    auto kin_of = [&](const Mention& m) {
      static constexpr std::array<std::string_view, 14> kKin = {
          "wife", "husband", "widow", "son",    "sons",   "daughter", "daughters",
          "family", "children", "brother", "sister", "relatives", "mother", "father"};
      if (m.span.empty() || m.code.size() != 6) return false;
      const uint32_t b = m.span.begin;
      if (b >= 2 && internal::IsWord(tokens[b - 1], "of") && internal::InWords(kKin, tokens[b - 2]))
        return true;
      return m.possessive && m.span.end < tokens.size() &&
             internal::InWords(kKin, tokens[m.span.end]);
    };
    if (tgt_code.size() == 6 && tgt_code == tgt.code && kin_of(tgt)) {
      tgt_code.resize(3);
      tgt_how += "; a relative of the office-holder: the country";
    }
    // "Uganda sent soldiers throughout Kampala before the opposition's
    // rallies": the police or troops a state deploys at home are what it
    // moves, not whom the show of force is aimed at. That is the crowd the
    // sentence names (protesters, students, workers, a party rallying:
    // KENOPP), else, for police, the place where they are sent (the bare
    // country, as "sent police reinforcements to New Caledonia").
    if (CameoRoot(c.code) == "15" && tgt_code.size() == 6 &&
        (tgt_code.ends_with("COP") || tgt_code.ends_with("MIL")) && src_code.size() >= 3 &&
        src_code.compare(0, 3, tgt_code, 0, 3) == 0 && !tgt.span.empty() &&
        tgt.span.begin >= c.trigger.end) {
      // (A crowd named without a country is of the deploying state's.)
      std::string aimed_at;
      for (const Mention& x : mentions) {
        if (&x == &src || &x == &tgt || x.code.size() != 6 ||
            (x.code.compare(0, 3, tgt_code, 0, 3) != 0 && !x.unplaced))
          continue;
        const std::string_view sector = std::string_view(x.code).substr(3);
        if (sector == "OPP" || sector == "EDU" || sector == "LAB" || sector == "PTY") {
          aimed_at = tgt_code.substr(0, 3) + std::string(sector);
          break;
        }
      }
      // (A bare source is the state only once promoted; the bare place
      // would then read as the source itself.)
      if (aimed_at.empty() && c.code.starts_with("153") && src_code.size() > 3)
        aimed_at = tgt_code.substr(0, 3);
      if (!aimed_at.empty()) {
        tgt_how += fmt::format("; the forces deployed are the means: aimed at {}", aimed_at);
        tgt_code = aimed_at;
      }
    }
    // "Seoul put its troops on the highest alert after the shelling by
    // North Korean artillery": a raised alert against a foreign party is
    // aimed at its country as a whole (the bare country, as the gold sets
    // code 38 of 48 alerts; IGOs the rest). (Not foreign troops named as
    // such: "put its jets on alert against US bombers", USAMIL.)
    // So is a show of force or a deployment aimed at a foreign country's
    // people, companies or separatist region rather than at its state or an
    // armed group ("sent more troops to Georgia's breakaway region": GEO;
    // the gold sets code 170 of 193 such targets bare, the rest state or
    // armed).
    static constexpr std::string_view kArmedOrState[] = {"GOV", "MIL", "REB", "UAF",
                                                         "INS", "COP", "LEG", "JUD"};
    const bool foreign_people =
        tgt_code.size() == 6 &&
        std::none_of(std::begin(kArmedOrState), std::end(kArmedOrState),
                     [&](std::string_view x) { return std::string_view(tgt_code).ends_with(x); });
    if ((c.code.starts_with("152") ? !tgt_code.ends_with("MIL")
                                   : (c.code.starts_with("150") || c.code.starts_with("154")) &&
                                         foreign_people) &&
        tgt_code.size() == 6 && src_code.size() >= 3 &&
        src_code.compare(0, 3, tgt_code, 0, 3) != 0 && !tgt_code.starts_with("IGO") &&
        !tgt_code.starts_with("NGO") && resources.gazetteer != nullptr &&
        resources.gazetteer->Country(tgt_code.substr(0, 3)) != nullptr) {
      tgt_code.resize(3);
      tgt_how += "; force shown to a foreign party is aimed at its country";
    }
    // "Jets struck militant hideouts in Syria", "a terrorist training camp
    // near the border": a role word before a facility names whose the
    // facility is said to be, not a party that is named; the strike falls
    // on the country where it is (SYR). (At home, "troops raided militant
    // hideouts" acts on the militants: PAKUAF.)
    if (tgt.role != nullptr && tgt_code.size() == 6 && tgt_code.ends_with("UAF") &&
        src_code.size() >= 3 && src_code.compare(0, 3, tgt_code, 0, 3) != 0 &&
        !tgt.span.empty() && tgt.span.end < tokens.size() && TargetIsAPlace(c.code)) {
      static constexpr std::array<std::string_view, 14> kFacilities = {
          "camp",  "camps",  "hideout",  "hideouts",       "base",   "bases",   "infrastructure",
          "sites", "training", "targets", "facilities", "compound", "compounds", "launchpads"};
      if (internal::InWords(kFacilities, tokens[tgt.span.end])) {
        tgt_code.resize(3);
        tgt_how += "; a facility of the role, not the role: the country";
      }
    }
    // "Gunmen killed about 40 villagers overnight near Mali's border with
    // Niger": people hit by violence and named by a role right after the
    // verb are of the country the target names (MLICVL), as when the target
    // is the place where it happens (coder_candidates.cc); a population
    // named as such stays the country ("killed 40 people": MLI). So when the
    // target is only an owner named after them: "killed hundreds of
    // civilians after seizing the army's last stronghold" (SDNCVL, not the
    // army).
    if ((CameoRoot(c.code) == "18" || CameoRoot(c.code) == "19" || CameoRoot(c.code) == "20") &&
        (tgt_code.size() == 3 || (tgt_code.size() == 6 && tgt.possessive)) && !tgt.span.empty() &&
        !women_by_nationality && tgt.span.begin >= c.trigger.end && resources.gazetteer != nullptr &&
        resources.gazetteer->Country(tgt_code.substr(0, 3)) != nullptr) {
      if (const AgentEntry* hit = HeldRole(*resources.dictionary, tokens, matches, c.trigger,
                                           false, window);
          hit != nullptr && IsPeopleHit(*hit)) {
        const std::string code = PeopleHitCode(*hit, tgt_code.substr(0, 3));
        if (code != tgt_code) {
          tgt_code = code;
          tgt_how += "; people hit, named by their role: of that country";
        }
      }
    }
    // "A suicide bomber struck crowds outside the stadium": a crowd bombed
    // or massacred is the people gathered there, not a political opposition
    // (OPP is kept for crowds that police or troops act on, 175).
    if ((CameoRoot(c.code) == "18" || CameoRoot(c.code) == "20") && tgt.role != nullptr &&
        tgt.role->name == "CROWD" && tgt_code.size() == 6 && tgt_code.ends_with("OPP")) {
      tgt_code.resize(3);
      tgt_how += "; a crowd attacked: the people there";
    }
    // "Protesters in Yangon were fired on by police", "Turkish soldiers
    // fired on crowds on a Bosphorus bridge": a state's police or armed
    // forces using force on its own protesters is violent repression
    // (175), not military force (190). (Not on its people at large: "the
    // bombings also killed two Iraqi policemen and injured scores of other
    // Iraqis" is no act of the police.)
    if (c.code == "190" && StateForceOnOwnProtesters(src_code, tgt_code, false)) {
      c.code = "175";
      c.rule += " -> 175 (a state's forces on its own protesters or people)";
    }
    // "Thousands of Georgians rallied outside parliament, and riot police
    // dispersed them with water cannon": the people a state's forces
    // repress (175), named by their nationality or a pronoun for them, are
    // the crowd protesting (OPP), as the gold sets code the target of
    // violent repression (OPP 100 of 126 events, the bare country once).
    // (Not a place, and not a demonym before its noun: "fired water cannon
    // at Philippine vessels".)
    if (c.code.starts_with("175") && tgt_code.size() == 3 && tgt.role == nullptr &&
        !tgt.locative && !tgt.span.empty() && resources.gazetteer != nullptr &&
        resources.gazetteer->Country(tgt_code) != nullptr &&
        !(tgt.span.end < tokens.size() && IsNounTag(tokens[tgt.span.end].pos))) {
      uint32_t at = tgt.span.begin;
      if (internal::IsDeterminer(tokens[at]) && at + 1 < tgt.span.end) ++at;
      size_t length = 0;
      const bool place_name = resources.gazetteer->MatchAt(tokens, at, &length) != nullptr &&
                              at + length == tgt.span.end;
      if (!place_name) {
        tgt_code += "OPP";
        tgt_how += "; the people a state's forces repress: the crowd (OPP)";
      }
    }
    // "Tens of thousands of Chileans marched against the pension reform":
    // a crowd counted out of a people that protests is a political crowd
    // (OPP), as "protesters" are; the bare people (CHL) would read as the
    // state protesting.
    if (CameoRoot(c.code) == "14" && src_code.size() == 3 && src.role == nullptr &&
        !src.span.empty() && src.span.begin >= 2 &&
        internal::IsWord(tokens[src.span.begin - 1], "of")) {
      static constexpr std::array<std::string_view, 5> kCrowdCounts = {
          "thousands", "hundreds", "dozens", "millions", "scores"};
      if (internal::InWords(kCrowdCounts, tokens[src.span.begin - 2])) {
        src_code += "OPP";
        src_how += "; a crowd of the people protesting: OPP";
      }
    }
    // "Junior doctors walked off the job over pay", "teachers went on strike
    // for higher wages": professionals on a labour strike (143) act as
    // workers, the labour force (LAB), not as their trade. (Students who
    // boycott classes stay students.)
    if (c.code.starts_with("143") && src_code.size() == 6 &&
        (src_code.ends_with("HLH") ||
         (src_code.ends_with("EDU") && src.role != nullptr &&
          (src.role->name == "TEACHER" || src.role->name == "LECTURER")))) {
      src_code.replace(3, 3, "LAB");
      src_how += "; professionals on strike: the labour force (LAB)";
    }
    // "Opposition leader Michael Howard attacked the government's asylum
    // policy": a named politician of the opposition or a party who
    // "attacks" a party does so in words, criticism (111), not a riot.
    // (Only "attacked" or "an attack", said of one person, no crowd role.)
    static constexpr std::array<std::string_view, 5> kAttackWords = {
        "attack", "attacked", "attacks", "attacking", "launched"};
    if (c.code == "190" && src.person && !src.person_name.empty() && src_code.size() == 6 &&
        (src_code.ends_with("OPP") || src_code.ends_with("PTY")) &&
        (src.agent == nullptr || src.agent->code != "OPP") &&
        internal::InWords(kAttackWords, tokens[c.trigger.begin])) {
      c.rule += " -> 111 (a politician's attack: criticism)";
      c.code = "111";
    }
    // "The foreign minister clashed with the prime minister over the
    // budget", "a clash between the oil company and the Kremlin": a clash
    // in which a named person or a business takes part, and no armed body
    // or crowd, is a dispute in words (110), not force. ("Kyrgyz and Tajik
    // guards clashed", "peacekeepers clashed with protesters" keep theirs.)
    if (c.code == "190" && tokens[c.trigger.begin].text.size() >= 5 &&
        internal::LowerAscii(tokens[c.trigger.begin].text).starts_with("clash") &&
        src_code.size() >= 6 && tgt_code.size() >= 6 && !ArmedSector(src_code) &&
        !ArmedSector(tgt_code) && !src_code.ends_with("OPP") && !tgt_code.ends_with("OPP") &&
        ((src.person && !src.person_name.empty()) || (tgt.person && !tgt.person_name.empty()) ||
         src_code.ends_with("BUS") || tgt_code.ends_with("BUS"))) {
      c.rule += " -> 110 (a clash of persons or firms, no armed body: a dispute)";
      c.code = "110";
    }
    // "Hundreds of backers of Mali's military rulers stormed the French
    // consulate in Bamako", "Protesters in Santiago torched metro stations": force
    // used by protesters or a political crowd (OPP), or the property they
    // seize or destroy, is a violent protest, a riot (145), not military
    // force. (Killings keep their code.)
    if (src_code.size() == 6 && src_code.ends_with("OPP") &&
        (CameoRoot(c.code) == "19" || c.code.starts_with("171"))) {
      c.rule += fmt::format(" -> 145 ({} by protesters: a riot)", c.code);
      c.code = "145";
    }
    // "Militants rampaged through the villages, killing dozens": armed
    // forces and groups do not riot; their killings and attacks are their
    // acts, not a violent protest (145).
    if (c.code.starts_with("145") && src_code.size() == 6) {
      static constexpr std::array<std::string_view, 5> kArmed = {"REB", "MIL", "UAF", "INS",
                                                                 "SEP"};
      if (std::find(kArmed.begin(), kArmed.end(), std::string_view(src_code).substr(3)) !=
          kArmed.end()) {
        s.Note(fmt::format("'{}': {} is armed; a rampage by armed men is no riot; no event",
                           s.Text(c.trigger), src_code));
        continue;
      }
    }
    if (c.source >= 0 && c.target >= 0 && !tgt.span.empty() &&
        OneParty(src_code, tgt_code, options.state_actors)) {
      s.Note(fmt::format("'{}': {} and {} are one party; no event", s.Text(c.trigger), src_code,
                         tgt_code));
      continue;
    }
    // One event per (source, target, code) in a sentence. "Rouhani
    // reaffirmed Iran's commitment ...": the verb (IRNGOV) and the noun
    // (IRN) report one act; the more specific actor codes are kept.
    // Two named people are two parties even when one's code is the prefix
    // of the other's: "Tehran freed the French reporter Anne Roux and the
    // former French soldier Paul Gay" releases FRAMED and FRA, two acts.
    // (One source's acts only: the two sides of a meeting stay one act.)
    auto other_person = [&](const Event& e) {
      if (!tgt.person || tgt.person_name.empty() || e.target.tokens == tgt.span ||
          e.source.tokens != src.span)
        return false;
      for (const Mention& m : mentions)
        if (m.span == e.target.tokens)
          return m.person && !m.person_name.empty() && m.person_name != tgt.person_name;
      return false;
    };
    // "Kim Jong Un and Donald Trump met in Singapore", "Ukraine held talks
    // with US officials in Jeddah": a meeting held in the country of
    // neither party is one at a third location (044, the gold's
    // convention), both ways alike. The place is the one named right after
    // the trigger or its target (FindLocation), not a topic of the talks.
    // (The other side's reading of the meeting may not reach the place:
    // "talks between the rebels and the government opened in Pretoria" are
    // at Pretoria for both.)
    std::string code = c.code;
    auto other_side = [&](const Event& e) {
      return e.sentence_index == sentence.index && SameActor(e.source.code, tgt_code) &&
             SameActor(e.target.code, src_code);
    };
    // (The place must open right after the trigger, its target or a noun
    // of talks, or open the sentence: in "discussed developments in Syria
    // with the Turkish president" Syria is the topic, not where they
    // talked; "held indirect talks in Muscat" were held there.)
    auto place_of_meeting = [&]() {
      static constexpr std::string_view kTalks[] = {"talks",    "summit",       "meeting",
                                                    "meetings", "negotiations", "consultations"};
      if (!location) return false;
      for (uint32_t k = 0; k < tokens.size(); ++k) {
        if (tokens[k].bytes.begin != location->bytes.begin) continue;
        // ("met on Tuesday in Tehran", "talked for two hours in Helsinki":
        // past a date or a duration.)
        if (k == 0 || k == PastTimePhrases(tokens, c.trigger.end, k) ||
            (!tgt.span.empty() && k == PastTimePhrases(tokens, tgt.span.end, k)) ||
            (k > c.trigger.end && k <= c.trigger.end + 4 &&
             internal::InWords(kTalks, tokens[k - 1])))
          return true;
        // ("Talks between the rebels and the government opened in Algiers":
        // after the verb the talks noun is the subject of.)
        uint32_t from = std::max(c.trigger.end, tgt.span.empty() ? 0u : tgt.span.end);
        if (!internal::InWords(kTalks, tokens[c.trigger.begin]) || from >= k || k > from + 3)
          return false;
        for (uint32_t j = from; j < k; ++j)
          if (!IsVerbTag(tokens[j].pos) && !internal::IsWord(tokens[j], "place")) return false;
        return true;
      }
      return false;
    };
    if (code == "040" && place_of_meeting() &&
        ThirdCountryMeeting(src_code, tgt_code, location)) {
      code = "044";
      for (Event& e : events)
        if (other_side(e) && e.cameo_code == "040" &&
            (!e.location || ThirdCountryMeeting(src_code, tgt_code, e.location))) {
          internal::SetEventCode(*resources.codebook->Find(code), code, &e);
          if (!e.location) e.location = location;
        }
    } else if (code == "040" && !place_of_meeting()) {
      for (const Event& e : events)
        if (other_side(e) && e.cameo_code == "044" && e.location) {
          code = "044";
          location = e.location;
        }
    }
    // (A meeting is one act however often it is named: "shook hands in
    // Singapore in their first meeting" is the 044 once.)
    auto same_meeting = [&](std::string_view a, std::string_view b) {
      return a == b || ((a == "040" || a == "044") && (b == "040" || b == "044"));
    };
    bool duplicate = false;
    for (Event& e : events) {
      if (e.sentence_index != sentence.index || !same_meeting(e.cameo_code, code) ||
          !SameActor(e.source.code, src_code) || !SameActor(e.target.code, tgt_code) ||
          (e.target.code != tgt_code && other_person(e)))
        continue;
      if (s.trace && !duplicate)
        s.Note(fmt::format("'{}': {} {} {} is coded already, from '{}'; no second event",
                           s.Text(c.trigger), src_code, c.code, tgt_code,
                           e.evidence.verb_text));
      duplicate = true;
      if (code == "044" && e.cameo_code == "040") {
        internal::SetEventCode(*resources.codebook->Find(code), code, &e);
        e.location = location;
      }
      if (src_code.size() + tgt_code.size() > e.source.code.size() + e.target.code.size()) {
        e.source.code = src_code;
        e.target.code = tgt_code;
      }
    }
    if (duplicate) continue;
    const CameoCode* info = resources.codebook->Find(code);
    if (info == nullptr) {
      s.Note(fmt::format("code {} is not in the CAMEO codebook; event dropped", c.code));
      continue;
    }
    Event e;
    e.document_id = doc.document->id;
    e.sentence_index = sentence.index;
    e.id = EventIdAt(e.document_id, sentence.index, events.size());
    e.date = doc.document->date;
    auto fill = [&](const Mention& m, Actor* a) {
      if (!m.code.empty()) *a = s.ActorOf(m, m.code);
    };
    fill(src, &e.source);
    fill(tgt, &e.target);
    // A completed role ("---REB" -> "MOZREB") replaces the mention's code,
    // whether or not the mention was marked unplaced; no "---" leaves.
    if (src.unplaced || src_code != src.code) e.source.code = src_code;
    if (tgt.unplaced || tgt_code != tgt.code) e.target.code = tgt_code;
    e.source.how += src_how;
    e.target.how += tgt_how;
    if (options.mode == CodingMode::kKhaldun && options.state_actors) {
      PromoteStateActor(src, tokens, matches, resources.gazetteer.get(), c.code, &e.source);
      // "an investigation into Russian interference": even where the
      // target of an act is a place, a demonym before an event noun names
      // the state that acted.
      // "Gbagbo will extend the night-time curfew in Abidjan": a curfew
      // or emergency rule a state sets on its own country falls on its
      // people, not on its government.
      const bool own_population = internal::FallsOnOwnPopulation(c.code) &&
                                  e.target.code.size() == 3 &&
                                  e.source.code.starts_with(e.target.code);
      // "Poland delivered Leopard tanks to Ukraine", "the IMF disbursed 2.1
      // billion dollars to Ukraine", "pledged more military aid to
      // Ukraine": aid of any kind, and the promise of it (07, 033), goes to
      // the country named, as tests/gold/README.md states; a government
      // named as such ("Egypt's new government") keeps its code.
      // A capital names the government, though: "Berlin has delivered 18
      // Leopard tanks to Kyiv" (UKRGOV).
      // So do aid cut off ("The World Bank paused disbursements to Sudan":
      // 162, IGOUNODEVWBK 1621 SDN) and aid let in ("Egypt opened the Rafah
      // crossing, allowing the first trucks of humanitarian aid into Gaza":
      // 0863, PSE). What a state owns is its government's: "suspended
      // Afghanistan's access to its reserves" (AFGGOV).
      const bool aid = (c.code.starts_with("07") || c.code.starts_with("033") ||
                        c.code.starts_with("162") || c.code.starts_with("0863")) &&
                       !tgt.possessive && !NamesACapital(tgt, tokens, resources.gazetteer.get());
      // "Honduras established diplomatic relations with China": relations
      // are with a state's government (054 CHNGOV), where recognising a
      // new state names the country ("recognised Kosovo as an independent
      // state": KSV).
      const bool relations_with = c.code.starts_with("054") && !tgt.span.empty() &&
                                  tgt.span.begin > 0 &&
                                  internal::IsWord(tokens[tgt.span.begin - 1], "with");
      // "set up a mission to investigate Iran's crackdown on protesters":
      // what a state does or owns, investigated, puts its government under
      // inquiry (IRNGOV), where "investigated the crash in Iran" is a place.
      const bool state_inquired = c.code.starts_with("09") && tgt.possessive;
      // "Seoul banned fish imports from Japan", "tariffs on goods from
      // Vietnam and Thailand": an embargo on what comes from a country hits
      // its economy, the country (163 JPN), as the gold sets code trade
      // measures; a capital still names the government.
      const bool goods_from =
          (c.code.starts_with("163") && GoodsFrom(tgt, tokens) &&
           !NamesACapital(tgt, tokens, resources.gazetteer.get())) ||
          ((c.code.starts_with("163") || c.code.starts_with("085")) &&
           NamedAsATradeMeasure(c.trigger, tgt, tokens) &&
           !NamesACapital(tgt, tokens, resources.gazetteer.get()));
      const bool condoled_state = c.code.starts_with("018") &&
                                  CondolencesToACountry(tgt, tokens, resources.gazetteer.get());
      if ((!TargetIsAPlace(c.code) || DemonymBeforeEventNoun(tgt, tokens, matches) ||
           relations_with || state_inquired || condoled_state) &&
          !aid && !own_population && !goods_from)
        PromoteStateActor(tgt, tokens, matches, resources.gazetteer.get(),
                          IsDemandOrAppeal(c.code) ? c.code : std::string(), &e.target);
      // "vowed that Japanese aid would reach the Nepalese people", "sent
      // food to Gaza's civilians": aid to a country's people goes to the
      // country (LBN), as all aid does.
      if (aid && e.target.code.size() == 6 && e.target.code.ends_with("CVL"))
        e.target.code.resize(3);
    }
    // "Greece sent more troops to the Evros border after the
    // standoff with Turkish forces", "Armenia declared a general
    // mobilisation after Azerbaijani forces launched an offensive": forces
    // mobilised or moved (154) against another state's forces are aimed at
    // that state (CHN, AZE), as the gold sets code every such event.
    // (Forces named before the verb are those moved: "Iraqi troops were
    // deployed by Iran" keeps IRQMIL.)
    // So is a raised alert (152) answering them: "Seoul put its forces on
    // the highest alert after the North's gunners shelled the island" (PRK);
    // and an alert or drills (150) answering forces named in an earlier
    // clause, before the subject: "Chinese warships sailed into the
    // strait, and Taipei scrambled jets" (CHN). (Warning shots fired at a
    // foreign aircraft after the verb stay aimed at it.)
    // "Egypt took delivery of two German submarines", "Poland bought
    // American tanks": weapons named with the country that made them are
    // no force in action but goods; the state that sells or supplies them
    // cooperates (06) or gives aid (07), as "bought jets from France"
    // codes FRAGOV.
    // (Only weapons named after the verb, as what is handed over: "Russian
    // and Chinese bombers flew a joint patrol" are forces acting together;
    // so are ships a drill is held "with": "the carrier began drills with
    // Thai frigates".)
    if ((CameoRoot(c.code) == "06" || CameoRoot(c.code) == "07") &&
        e.source.code.size() == 6 && e.source.code.ends_with("MIL") && src.role != nullptr &&
        !src.span.empty() && src.span.begin >= c.trigger.end && IsWeaponRole(src.role->name) &&
        !internal::IsWord(tokens[src.span.begin - 1], "with"))
      e.source.code.replace(3, 3, "GOV");
    const bool answers_earlier_clause =
        e.target.tokens.empty() || e.target.tokens.end <= e.source.tokens.begin;
    if ((c.code.starts_with("154") || c.code.starts_with("152") ||
         (c.code.starts_with("150") && answers_earlier_clause)) &&
        e.target.code.size() == 6 && e.target.code.ends_with("MIL") &&
        !e.source.code.starts_with(e.target.code.substr(0, 3)) &&
        (e.target.tokens.begin >= c.trigger.end ||
         (!c.code.starts_with("154") && answers_earlier_clause))) {
      e.target.code.resize(3);
      if (const Place* country = resources.gazetteer ? resources.gazetteer->Country(e.target.code)
                                                      : nullptr)
        e.target.name = country->name;
    }
    // "Baghdad declared a state of emergency as US and Iraqi forces massed
    // outside the city", "Yerevan declared martial law after Azerbaijan
    // attacked villages in the enclave": a curfew, a state of emergency or
    // martial law (1723, 1724) is imposed on territory, the source's own
    // unless a place in its own clause says where ("in New Caledonia", "on
    // Hebron"); never on a party the sentence names beside it, nor on a
    // place of a clause after "after", "as", "when" or "while".
    if ((c.code.starts_with("1723") || c.code.starts_with("1724")) &&
        e.source.code.size() >= 3 && !e.source.code.starts_with("---") &&
        !e.source.code.starts_with("IGO") && !e.source.code.starts_with("NGO") &&
        resources.gazetteer != nullptr &&
        resources.gazetteer->Country(e.source.code.substr(0, 3)) != nullptr) {
      bool later_clause = false;
      for (uint32_t k = c.trigger.end; k < e.target.tokens.begin && k < tokens.size(); ++k) {
        static constexpr std::string_view kOpeners[] = {"after", "as",    "when",
                                                        "while", "amid",  "following"};
        later_clause |= internal::InWords(kOpeners, tokens[k]);
      }
      if (e.target.code.size() != 3 || later_clause) {
        e.target.code = e.source.code.substr(0, 3);
        e.target.name = resources.gazetteer->Country(e.target.code)->name;
      }
    }
    // "Moscow ordered Russian troops to pull back from the port of Odesa",
    // "the president told his army to honour a holiday truce in Sudan": a
    // retreat or a truce (0874, 0871) a state orders its own forces to make
    // is not made toward those forces but toward the country where they
    // stand, when the place named lies abroad; at home, or with no place,
    // the order gives no event. Only a government orders the forces of its
    // state: rebels "surrendered to Congolese troops" yield to their enemy.
    if ((c.code.starts_with("0871") || c.code.starts_with("0874")) && e.target.code.size() == 6 &&
        e.target.code.ends_with("MIL") && e.source.code.size() >= 6 &&
        e.source.code.compare(3, 3, "GOV") == 0 &&
        e.source.code != e.target.code && e.source.code.compare(0, 3, e.target.code, 0, 3) == 0) {
      // (The place may stand further on in the clause than a location
      // usually does: "ordered its units to pull back from the hills
      // above the city of Kherson".)
      std::optional<Location> where = location;
      if (!where && resources.gazetteer != nullptr)
        where = FirstPlaceBetween(s, *resources.gazetteer, c.trigger.end, window.end);
      const Place* abroad =
          where && resources.gazetteer != nullptr && where->country != e.source.code.substr(0, 3)
              ? resources.gazetteer->Country(where->country)
              : nullptr;
      if (abroad == nullptr) {
        s.Note(fmt::format("'{}': {} ordering its own forces {}, with no place abroad; no event",
                           s.Text(c.trigger), e.source.code, e.target.code));
        continue;
      }
      e.target.code = where->country;
      e.target.name = abroad->name;
    }
    // "Brazil's Senate opened an inquiry into spying on Brazil": a
    // country's institution acting on the country itself is one party,
    // except for acts whose object is the population (condolences,
    // promises, aid, repression, violence).
    // An implicit target (a protest's government) has no span and is by
    // definition the source's own state.
    const bool implicit_target = c.target >= 0 && tgt.span.empty();
    // So is a people's protest against its own state ("Iraqi Kurds
    // demonstrated ... calling for independence from Iraq": IRQ 141 IRQGOV).
    const bool people_against_state = internal::AddressesOwnGovernment(c.code) &&
                                      e.source.code.size() == 3 && e.target.code.size() > 3;
    // And people whom a role noun names, coded with their country alone, are
    // not the state: "former British diplomats urged the prime minister"
    // (GBR 020 GBRGOV), "the president broke his promise to the Zambian
    // people" (ZMBGOV 120 ZMB).
    const Mention& bare_side = e.source.code.size() == 3 ? src : tgt;
    const bool people_by_role =
      (bare_side.role != nullptr || bare_side.private_person) && !bare_side.span.empty();
    if (options.state_actors && !e.source.code.empty() && !implicit_target &&
        !people_against_state && !people_by_role &&
        (e.source.code.size() == 3) != (e.target.code.size() == 3) &&
        SameActor(e.source.code, e.target.code) && !ActsOnAPopulation(c.code) &&
        !IsNonStateArmed(e.source.code.size() > 3 ? e.source.code : e.target.code)) {
      s.Note(fmt::format("'{}': {} and {} are one party for this act; no event",
                         s.Text(c.trigger), e.source.code, e.target.code));
      continue;
    }
    // "made a visit to Kyiv and walked with Volodymyr Zelensky": a host
    // named in the sentence is the one visited.
    if (c.code.starts_with("042") && e.target.code.size() == 3) {
      for (const Mention& x : mentions) {
        if (x.person && x.code.size() == 6 && x.code.ends_with("GOV") &&
            x.code.starts_with(e.target.code) && &x != &src) {
          e.target.code = x.code;
          break;
        }
      }
    }
    if (!e.source.code.empty() && e.source.code == e.target.code) {
      s.Note(fmt::format("'{}': source and target are both {}; no event", s.Text(c.trigger),
                         e.source.code));
      continue;
    }
    // "Security forces gunned down dozens of protesters in the capital",
    // "soldiers opened fire on demonstrators": a state's police or armed
    // forces shooting or beating a crowd of its own protesters use violent
    // repression (175), however many die, not military force (18-19).
    // (Not an abduction, 181, nor people named for their cause alone: an
    // "opposition leader" shot dead is an assassination; nor bombs,
    // artillery or air strikes, 183, 194, 195: "jets bombed a crowd at a
    // village fair" is an air strike.)
    if ((CameoRoot(c.code) == "18" || CameoRoot(c.code) == "19") && !c.code.starts_with("181") &&
        !c.code.starts_with("183") && !c.code.starts_with("194") && !c.code.starts_with("195") &&
        StateForceOnOwnProtesters(e.source.code, e.target.code, false) && tgt.role != nullptr) {
      static constexpr std::string_view kCrowds[] = {"PROTESTER", "PROTESTOR", "DEMONSTRATOR",
                                                     "MARCHER",   "CROWD",     "RIOTER"};
      bool crowd = false;
      for (std::string_view w : kCrowds) crowd |= tgt.role->name == w;
      if (const CameoCode* repression = resources.codebook->Find("175");
          crowd && repression != nullptr) {
        s.Note(fmt::format("'{}': {} -> 175 (a state's forces on a crowd of its own protesters)",
                           s.Text(c.trigger), c.code));
        c.code = "175";
        code = c.code;
        info = repression;
      }
    }
    internal::SetEventCode(*info, code, &e);
    e.location = std::move(location);
    if (e.location && !e.location->country.empty()) {
      story_place = Location{e.location->name,     e.location->country, e.location->latitude,
                             e.location->longitude, {},                  {}};
      // (One of them named as a party of that country, not as the place
      // itself: "insurgents launched strikes at United States and Iraqi
      // outposts" sets no scene in the United States.)
      const std::string_view where = e.location->country;
      // (A government implied by a protest, "Thousands of students
      // rallied in Dhaka", is the place's own: the scene is set.)
      const bool named_party = (!src.unplaced && src.place == nullptr) ||
                               (!tgt.unplaced && tgt.place == nullptr) ||
                               (tgt.span.empty() && CameoRoot(c.code) == "14");
      if (named_party && e.source.code.starts_with(where) && e.target.code.starts_with(where))
        domestic_scene = story_place;
    }
    e.evidence.sentence = std::string(doc.OriginalText(sentence));
    e.evidence.sentence_bytes = sentence.bytes;
    e.evidence.verb_text = s.Text(c.trigger);
    e.evidence.verb_bytes = s.Bytes(c.trigger);
    e.evidence.rule = c.rule;
    s.Note(fmt::format("EVENT {} {} {}{} ({}) from '{}'", e.source.code, e.cameo_code,
                       e.target.code, e.location ? " @" + e.location->name : "", info->name,
                       e.evidence.verb_text));
    events.push_back(std::move(e));
  }
}

}  // namespace khaldun::coder_internal
