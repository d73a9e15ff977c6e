// Lists of actors in FindMentions (mention_passes.h): which mentions are
// coordinated ("Tehran and Damascus"), the role and country they share,
// and weapons that are an instrument rather than a party.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/clause.h"
#include "coder/coreference.h"
#include "coder/fronted_phrase.h"
#include "coder/mention_antecedents.h"
#include "coder/mention_codes.h"
#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "coder/unknown_people.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

namespace {

// Roles that name weapons, not the people who use them.
bool IsWeaponRole(const AgentEntry* role) {
  static constexpr std::array<std::string_view, 14> kWeapons = {
      "WARPLANE",           "JET",         "HELICOPTER", "TANK",      "GUNSHIP",
      "HELICOPTER_GUNSHIP", "FIGHTER_JET", "DRONE",      "ARTILLERY", "MILITARY_HELICOPTER",
      "MISSILES",           "CRUISE_MISSILES", "BALLISTIC_MISSILES", "F-16"};
  return role != nullptr &&
         std::find(kWeapons.begin(), kWeapons.end(), role->name) != kWeapons.end();
}

// Where the actor starting at `begin` is the object of a verb before it,
// directly ("freed three Colombians") or after a preposition that verb
// takes, its own object between ("sent two frigates to Greece"): that
// verb's index, -1 otherwise. The verb is finite, or a past form the
// tagger read as a participle right after an actor ("Italian divers swam
// into the wreck"). The walk back crosses only determiners, numbers,
// adjectives, lower-case nouns and such prepositions: never a clause's
// opener ("after", "as", "that"), nor "by", "between" or "among", whose
// lists may be a subject's ("the truce between Athens and Rome held").
int VerbOfObject(std::span<const Token> tokens, std::span<const Mention> mentions,
                 uint32_t begin) {
  static constexpr std::string_view kVerbPrepositions[] = {
      "to",     "into",    "for",  "on",   "at",     "from",  "with", "against",
      "over",   "across",  "toward", "towards", "onto", "of", "through", "in"};
  uint32_t k = begin;
  for (int prepositions = 0; k > 0 && begin - k < 8; --k) {
    const Token& t = tokens[k - 1];
    if (InWords(kVerbPrepositions, t)) {
      if (++prepositions > 2) return -1;
      continue;
    }
    const bool noun = (t.pos == kPosNN || t.pos == kPosNNS) && !t.Has(kTokenCapitalized);
    if (!(t.Has(kTokenNumber) || t.pos == kPosDT || t.pos == kPosCD || t.pos == kPosJJ ||
          t.pos == kPosPRPS || noun))
      break;
  }
  if (k == 0) return -1;
  const Token& verb = tokens[k - 1];
  if (IsFiniteVerbTag(verb.pos)) return static_cast<int>(k - 1);
  if (verb.pos != kPosVBN || k < 2) return -1;
  for (const Mention& m : mentions)
    if (m.span.end == k - 1 && !m.code.empty() && !m.locative) return static_cast<int>(k - 1);
  return -1;
}

}  // namespace

// "Eritrean and Ethiopian units clashed with mortars and rockets": weapons
// named without a country after "with" or "using" are the instrument, not
// a party ("clashed with Eritrean forces" keeps its party).
void DropWeaponInstruments(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  bool instrument_list = false;
  for (Mention& x : mentions) {
    const uint32_t b = x.span.begin;
    const bool weapon = x.unplaced && IsWeaponRole(x.role);
    // "exchanged artillery and rocket fire", "traded tank fire": weapons
    // whose fire is exchanged, or named before "fire", are the means too.
    // "exchanged heavy artillery and rocket fire": an adjective may come
    // between the cue and the weapon.
    uint32_t c = b > 1 && tokens[b - 1].pos == kPosJJ ? b - 1 : b;
    // "using precision guided missiles", "hit back with salvos of
    // ballistic missiles", "with a barrage of drones": up to four lower-case
    // modifiers, or a quantity and "of", may come between "with" or
    // "using" and the weapon.
    for (uint32_t k = b; k > 0 && k + 5 > b; --k) {
      const Token& t = tokens[k - 1];
      if (IsWord(t, "with") || IsWord(t, "using")) {
        c = k;
        break;
      }
      if (t.Has(kTokenPunct) || t.Has(kTokenCapitalized) ||
          !(t.pos == kPosJJ || t.pos == kPosNN || t.pos == kPosNNS || t.pos == kPosVBN ||
            t.pos == kPosVBD || t.pos == kPosCD || IsDeterminer(t) || IsWord(t, "of")))
        break;
    }
    const bool instrument_cue =
        c > 0 && (IsWord(tokens[c - 1], "with") || IsWord(tokens[c - 1], "using") ||
                  IsWord(tokens[c - 1], "exchanged") || IsWord(tokens[c - 1], "exchanging") ||
                  IsWord(tokens[c - 1], "traded") || IsWord(tokens[c - 1], "trading") ||
                  (x.span.end < tokens.size() && IsWord(tokens[x.span.end], "fire")));
    const bool listed =
        instrument_list && b > 0 && (IsWord(tokens[b - 1], "and") || tokens[b - 1].text == ",");
    instrument_list = weapon && (instrument_cue || listed);
    // "..., with army warplanes pounding rebel bases": "with", the
    // weapon and a participle make a clause whose subject the weapon's
    // crews are; they are a party.
    const bool absolute = c > 0 && x.span.end < tokens.size() && IsWord(tokens[c - 1], "with") &&
                          !tokens[x.span.end].Has(kTokenCapitalized) &&
                          (tokens[x.span.end].pos == kPosVBG ||
                           tokens[x.span.end].text.ends_with("ing"));
    // "threatened to shoot down incoming missiles", "tweeted about firing
    // missiles into Syria": missiles with no country named are the weapon,
    // never a party; fired by a country, they are named with it ("Russian
    // missiles struck").
    const bool bare_missiles =
        x.unplaced && x.role != nullptr && x.role->name.find("MISSILES") != std::string::npos;
    if (bare_missiles) {
      x.how += "; missiles with no country: the weapon, not a party";
      x.code.clear();
      continue;
    }
    if (!instrument_list || absolute) continue;
    x.how += "; a weapon after 'with': the instrument, not a party";
    x.code.clear();
  }
}

// "North and South Korean forces exchanged artillery fire", "North and
// South Korea reopened the Kaesong industrial park": "North" shares the
// name (and role) of the South Korean actor after it: PRK, coordinated.
void AddNorthKorea(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& south = mentions[m];
    const uint32_t b = south.span.begin;
    if (b < 2 || !south.code.starts_with("KOR") || !IsWord(tokens[b], "south") ||
        !IsWord(tokens[b - 1], "and") || !IsWord(tokens[b - 2], "north"))
      continue;
    if (m > 0 && mentions[m - 1].span.end > b - 2) continue;  // already someone's
    Mention north;
    north.span = {b - 2, b - 1};
    north.code = "PRK" + south.code.substr(3);
    north.agent = south.agent;
    north.role = south.role;
    north.how = "North (and South Korea): North Korea";
    north.display_name = "North Korea";
    mentions.insert(mentions.begin() + static_cast<std::ptrdiff_t>(m), std::move(north));
    ++m;
  }
}

// Whether tokens [begin, end) between two mentions are a phrase that joins
// them as "and" does: "as well as" (a comma may open it), ", along with" or
// ", together with" (1); or "along with", "together with" without a comma
// (2), which joins only a subject whose verb follows the second mention
// ("Russia along with China vetoed the draft"; in "Putin met Erdogan along
// with his ministers" whose ministers came is not said). 0 otherwise.
static int JoinedByPhrase(std::span<const Token> tokens, uint32_t begin, uint32_t end) {
  const bool comma = begin < end && tokens[begin].text == ",";
  const uint32_t b = comma ? begin + 1 : begin;
  if (end == b + 3 && IsWord(tokens[b], "as") && IsWord(tokens[b + 1], "well") &&
      IsWord(tokens[b + 2], "as"))
    return 1;
  if (end == b + 2 && IsWord(tokens[b + 1], "with") &&
      (IsWord(tokens[b], "along") || IsWord(tokens[b], "together")))
    return comma ? 1 : 2;
  return 0;
}

// "Tehran and Damascus", "Iran, Iraq and Syria": coordinated actors. A
// comma joins two actors only inside a list that ends with "and" ("in
// Tehran, Rouhani thanked" is no list) or in a run of three or more
// joined by commas alone ("to Iran, Libya, North Korea, Sudan, and with
// strings attached, Cuba"), and places never join actors. The pass runs
// right to left so that a comma join can see the "and" after it.
void CoordinateLists(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  auto comma_between = [&](size_t m) {
    return m + 1 < mentions.size() && mentions[m].span.end + 1 == mentions[m + 1].span.begin &&
           tokens[mentions[m].span.end].text == "," && !mentions[m].possessive &&
           mentions[m].locative == mentions[m + 1].locative && !mentions[m].code.empty() &&
           !mentions[m + 1].code.empty();
  };
  for (size_t m = mentions.size() - (mentions.empty() ? 0 : 1); m-- > 0;) {
    const Mention& a = mentions[m];
    const Mention& b = mentions[m + 1];
    // "earthquake victims in Turkey and Syria": two places may form a list
    // of their own, never a list with an actor.
    const bool places = a.locative && b.locative;
    if (a.possessive || (a.locative != b.locative) || a.code.empty() || b.code.empty()) continue;
    uint32_t gap_begin = a.span.end, gap_end = b.span.begin;
    // "arrested three Moroccans and two Indians": two counted groups; the
    // count before the second is part of its phrase, not a gap.
    auto counted = [&](uint32_t at) {
      return at > 0 &&
             (tokens[at - 1].Has(kTokenNumber) || InWords(kQuantityWords, tokens[at - 1]));
    };
    if (gap_end > gap_begin + 1 && counted(gap_end) && counted(a.span.begin) &&
        IsWord(tokens[gap_end - 2], "and"))
      --gap_end;
    // "sent condolences to Erdogan, and to Syria's Assad": a preposition
    // repeated after "and" joins the two parties it takes, when the first
    // took the same one (past its apposition).
    if (gap_end >= gap_begin + 2 && gap_end - gap_begin <= 3 &&
        IsPreposition(tokens[gap_end - 1]) && IsWord(tokens[gap_end - 2], "and") &&
        (gap_end - gap_begin == 2 || tokens[gap_begin].text == ",")) {
      uint32_t k = a.span.begin;
      while (k > 0 && a.span.begin - k < 8 && !IsPreposition(tokens[k - 1])) --k;
      // ("hosted the leaders of Japan and of South Korea": an "of" inside
      // the first party's phrase, between its role and its country, is
      // the one repeated.)
      bool of_inside = false;
      for (uint32_t j = a.span.begin + 1; j + 1 < a.span.end; ++j)
        of_inside |= IsWord(tokens[j], "of") && IsWord(tokens[gap_end - 1], "of");
      if ((k > 0 && IsPreposition(tokens[k - 1]) &&
           IsWord(tokens[k - 1], LowerAscii(tokens[gap_end - 1].text))) ||
          of_inside)
        --gap_end;
    }
    // "Germany, along with France and Italy, condemned ...", "Egypt as well
    // as Jordan": a joining phrase of two words or three stands for "and"
    // (JoinedByPhrase).
    const int phrase = JoinedByPhrase(tokens, gap_begin, gap_end);
    const bool has_phrase = phrase > 0;
    if (!has_phrase && (gap_end <= gap_begin || gap_end - gap_begin > 2)) continue;
    bool has_and = has_phrase, only_joiners = true;
    for (uint32_t k = gap_begin; k < gap_end && !has_phrase; ++k) {
      has_and |= IsWord(tokens[k], "and");
      // "President Kagame and his Rwandan Patriotic Front must agree"
      const bool owner_after_and =
          k > gap_begin && IsWord(tokens[k - 1], "and") && IsPossessivePronoun(tokens[k]);
      // "a U.S.- and French-backed proposal": the hyphen of a first
      // compound whose second half is left to the next one's.
      const bool suspended_hyphen = k == gap_begin && k + 1 < gap_end &&
                                    tokens[k].text == "-" && IsWord(tokens[k + 1], "and") &&
                                    tokens[b.span.end - 1].Has(kTokenHyphenated);
      only_joiners &= IsWord(tokens[k], "and") || tokens[k].text == "," || owner_after_and ||
                      suspended_hyphen;
    }
    const bool comma_run =
        comma_between(m) && (comma_between(m + 1) || (m > 0 && comma_between(m - 1)));
    // "... transferring detainees out of the occupied district, and
    // Moscow rejected the ruling": ", and" between two actors joins
    // clauses, unless it ends a list joined by commas before it ("Britain,
    // France, and Germany"); the second actor's own verb follows it. ("spoke
    // to George Bush, and the presidents of Sri Lanka and Indonesia" is a
    // list.)
    // (After the whole list that starts at the second actor: "..., and the
    // United Nations, Canada and Britain called".)
    uint32_t list_end = b.span.end;
    for (int next = b.coordinated_with; next > static_cast<int>(m + 1);
         next = mentions[next].coordinated_with)
      list_end = mentions[next].span.end;
    bool verb_follows = false;
    for (uint32_t k = list_end; k < tokens.size() && k < list_end + 3 && !verb_follows; ++k) {
      if (tokens[k].text == ",") break;
      verb_follows = IsFiniteVerbTag(tokens[k].pos) || PastVerbWithObject(tokens, k);
    }
    const bool clause_join =
        !has_phrase && gap_end - gap_begin == 2 && tokens[gap_begin].text == "," &&
        IsWord(tokens[gap_begin + 1], "and") && !(m > 0 && comma_between(m - 1)) && verb_follows;
    // "Caracas freed three Colombians and Bogota released four
    // Venezuelans": a plain "and" between the object of a finite verb and an
    // actor whose own finite verb follows joins two clauses too. (Not
    // after a verb of saying, whose object may be a compound subject:
    // "said Russia and China were arming the rebels"; nor when the second
    // actor is a role that takes its country from the first: "the rebels
    // freed four Malian soldiers and the army ...".)
    bool object_before = false;
    // (Its verb right after it, adverbs aside: not "struck Turkey and Syria
    // and said", "promised Georgia and Ukraine that they would".)
    uint32_t after_b = b.span.end;
    while (after_b < tokens.size() && tokens[after_b].pos == kPosRB) ++after_b;
    const bool own_verb =
        after_b < tokens.size() && (tokens[after_b].pos == kPosVBD ||
                                    tokens[after_b].pos == kPosVBZ ||
                                    PastVerbWithObject(tokens, after_b));
    if (!has_phrase && gap_end - gap_begin == 1 && IsWord(tokens[gap_begin], "and") &&
        own_verb && b.coordinated_with < 0 && !b.code.starts_with("---")) {
      static constexpr std::string_view kSaying[] = {
          "said", "says", "told", "tells", "added", "announced", "warned", "believes",
          "believed", "thinks", "thought", "claimed", "claims", "insisted", "argued", "reported"};
      const int verb = VerbOfObject(tokens, mentions, a.span.begin);
      object_before = verb >= 0 && !InWords(kSaying, tokens[verb]);
    }
    // "After talks in Oslo hosted by Norway, the envoys of Colombia and
    // Ecuador agreed": the comma closes a fronted phrase; the list
    // after it is the subject, without the mediator.
    const bool fronted = !has_phrase && gap_end - gap_begin == 1 && verb_follows &&
                         ClosesFrontedPhrase(tokens, a.span.begin, gap_begin, a.person);
    if (only_joiners && !clause_join && !object_before && !fronted &&
        (phrase != 2 || verb_follows) &&
        (has_and || b.coordinated_with >= 0 || comma_run) && (!places || a.code != b.code))
      mentions[m].coordinated_with = static_cast<int>(m + 1);
  }
}

// "Russian and Ukrainian delegations", "the navies of Iran and Russia": a
// role written once applies to every country of the coordination. Two
// passes, forward and back, so that the role travels the whole list:
// "the navies of Iran, Russia and China", "French, British and American
// forces".
void ShareRolesInLists(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  for (size_t step = 0; step < 2 * mentions.size(); ++step) {
    const size_t m = step < mentions.size() ? step : 2 * mentions.size() - 1 - step;
    int next = mentions[m].coordinated_with;
    if (next < 0) continue;
    Mention& a = mentions[m];
    Mention& b = mentions[next];
    // ("abducted three Italians, a Swede and a Kenyan nurse": a
    // demonym that is a noun of its own, plural or after "a" or a number,
    // has its own head and takes no role from the list.)
    auto own_head = [&](const Mention& x) {
      if (x.span.empty()) return false;
      const Token& last = tokens[x.span.end - 1];
      const Token& first = tokens[x.span.begin];
      const bool plural_name = last.Has(kTokenCapitalized) && last.text.size() > 3 &&
                               last.text.back() == 's' && x.span.size() == 1;
      // ("17,000 American and Filipino soldiers": after a number, a
      // demonym that is no plural noun is an adjective of the list's role.)
      const bool plural_demonym = last.text.size() > 3 && last.text.back() == 's';
      const bool counted = IsWord(first, "a") || IsWord(first, "an") ||
                           (x.span.begin > 0 && plural_demonym &&
                            (tokens[x.span.begin - 1].Has(kTokenNumber) ||
                             InWords(kQuantityWords, tokens[x.span.begin - 1])));
      return plural_name || counted;
    };
    auto share = [&](const Mention& from, Mention& to) {
      // ("Russian and Iranian-backed forces": the role of a sponsored
      // mention, which has no country of its own, is shared too.)
      const AgentEntry* role = from.sponsored ? from.role : from.agent;
      // ("the embassies of France and the United States": a state's name of
      // several words is no person's; it takes the role.)
      // ("mediated by the Red Crescent and the Norwegian government": an aid
      // agency holds no state's role.)
      if (role == nullptr || to.agent != nullptr || to.code.size() != 3 || to.code == "NGO" ||
          (!to.person_name.empty() && to.person) || own_head(to))
        return;
      to.code = Compose(to.code, role);
      to.agent = role;
      to.how += " + " + role->name + " (shared by the coordination)";
      to.display_name += " " + LowerAscii(role->name);
    };
    share(a, b);
    share(b, a);
    // "Houthi drones and missiles struck the port": weapons named with an
    // armed group's own are that group's (YEMREB), not its country's army.
    // (Not forces: "the army and the RSF" are two sides.)
    auto join_group = [](const Mention& from, Mention& to) {
      static constexpr std::string_view kGroups[] = {"REB", "UAF", "SEP", "INS"};
      if (!to.unplaced || to.sponsored || !IsWeaponRole(to.role) || !IsWeaponRole(from.role) ||
          from.unplaced || from.code.size() != 6 ||
          std::find(std::begin(kGroups), std::end(kGroups),
                    std::string_view(from.code).substr(3)) == std::end(kGroups))
        return;
      to.code = from.code;
      to.unplaced = false;
      to.unplaced_needs_place = false;
      to.how += fmt::format(" + {} (the armed group of the coordination)", from.code);
    };
    join_group(a, b);
    join_group(b, a);
    // "South Sudan's government and the rebels": a role without a country
    // coordinated with a country's actor is of that country.
    TakeCountryFrom(a, &b, "the country of the coordination");
    TakeCountryFrom(b, &a, "the country of the coordination");
  }
}

// "Russian aircraft including helicopter gunships killed 46 civilians",
// "Syrian forces, such as the police, ...": a role without a country
// that names part of the actor just before it is of that actor's country.
void PlaceRolesNamedAsParts(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  for (size_t m = 1; m < mentions.size(); ++m) {
    Mention& part = mentions[m];
    const Mention& whole = mentions[m - 1];
    if (!part.unplaced || part.span.begin < whole.span.end + 1) continue;
    uint32_t k = whole.span.end;
    if (k < part.span.begin && tokens[k].text == ",") ++k;
    bool including = false;
    if (k + 1 == part.span.begin) {
      including = IsWord(tokens[k], "including");
    } else if (k + 2 == part.span.begin) {
      including = IsWord(tokens[k], "such") && IsWord(tokens[k + 1], "as");
    }
    if (including) TakeCountryFrom(whole, &part, "part of the actor before 'including'");
  }
}

// "Russian shells and drones struck a market", "Turkish artillery shells
// and drones hit ...": a country word before the first of two nouns joined by "and"
// modifies both; a role without a country named second is of that country.
void PlaceRolesAfterCountryWord(const SentenceScan& scan, std::vector<Mention>* out) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  for (size_t m = 1; m < mentions.size(); ++m) {
    Mention& role = mentions[m];
    const Mention& demonym = mentions[m - 1];
    const uint32_t e = demonym.span.end;
    if (!role.unplaced || demonym.code.size() != 3 || demonym.possessive || demonym.locative ||
        e + 2 != role.span.begin || !IsWord(tokens[e + 1], "and") ||
        tokens[e].Has(kTokenCapitalized) || (tokens[e].pos != kPosNN && tokens[e].pos != kPosNNS))
      continue;
    TakeCountryFrom(demonym, &role, "the country word before the nouns joined by 'and'");
  }
}

}  // namespace khaldun::internal
