// FindTriggerCandidates' repairs by the kind of act (coder/coder_candidates.h):
// places as targets, killings, extraditions, visits, seizures, announced
// decisions, resignations, once the reading has found a source and target.

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/clause_words.h"
#include "coder/coder_candidates.h"
#include "coder/coder_internal.h"
#include "coder/gap_runs.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/yielded_measures.h"

namespace khaldun::coder_internal {

namespace {

// Whether the verb `verb` (read as a verb, not an event noun, when
// `nominal_reading` is false; `future` as its group reads) is a cut in
// relations (16, `code`) a state announced with "will" or "would": the
// decision itself (see RepairByOutcome).
bool AnnouncedDecision(std::span<const Token> tokens, TokenSpan verb, bool nominal_reading,
                       bool future, std::string_view code) {
  if (nominal_reading || !future || CameoRoot(code) != "16")
    return false;
  bool firm = false;
  for (uint32_t k = verb.begin; k-- > 0 && k + 4 >= verb.begin;)
    firm |= internal::IsWord(tokens[k], "will") || internal::IsWord(tokens[k], "would");
  if (!firm) return false;
  for (uint32_t k = verb.begin; k-- > 0 && k + 10 >= verb.begin;) {
    if (tokens[k].text == ";" || tokens[k].text == ".") return false;
    if (internal::IsWord(tokens[k], "announced") || internal::IsWord(tokens[k], "announces") ||
        internal::IsWord(tokens[k], "decided"))
      return true;
  }
  return false;
}

// The people hit (a role such as civilians or villagers, IsPeopleHit) that
// the object of the killing verb after an event noun names, when that verb
// is the noun's own: no other verb, full stop or semicolon between them
// (auxiliaries and "that"/"which" may stand there); nullptr if none.
const AgentEntry* PeopleHitByNounsVerb(const Dictionary& dict, std::span<const Token> tokens,
                                       std::span<const PhraseMatch> matches, TokenSpan noun) {
  for (const PhraseMatch& v : matches) {
    // ("station" of "the railway station" is a verb form read as a noun.)
    if (v.kind != PhraseMatch::Kind::kVerb || v.span.begin < noun.end ||
        v.span.begin > noun.end + 12 || !IsVerbTag(tokens[v.span.begin].pos))
      continue;
    bool own = true;
    for (uint32_t k = noun.end; k < v.span.begin && own; ++k) {
      const Token& t = tokens[k];
      if (t.text == "." || t.text == ";" || t.text == ":") own = false;
      else if (IsVerbTag(t.pos))
        own = internal::IsWord(t, "had") || internal::IsWord(t, "has") ||
              internal::IsWord(t, "have");
    }
    if (!own) return nullptr;
    if (!IsKillingOrWounding(dict.verb_form(v.id))) return nullptr;
    const internal::ClauseWindow rest{v.span.begin, static_cast<uint32_t>(tokens.size())};
    const AgentEntry* hit = HeldRole(dict, tokens, matches, v.span, false, rest);
    return hit != nullptr && IsPeopleHit(*hit) ? hit : nullptr;
  }
  return nullptr;
}

}  // namespace

bool SubjectWordBeforeVerb(const VerbPattern* pattern) {
  if (pattern == nullptr) return false;
  const auto& e = pattern->elements;
  for (size_t k = 1; k < e.size(); ++k)
    if (e[k].type == PatternElement::Type::kVerb)
      return e[k - 1].type == PatternElement::Type::kWord ||
             e[k - 1].type == PatternElement::Type::kSynset ||
             e[k - 1].type == PatternElement::Type::kNounEnd;
  return false;
}

// A noun's own phrase, as coder_internal.h states ("claimed by X").
bool OnlyAgentPhraseBetween(std::span<const Token> tokens, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k < end; ++k) {
    const Token& t = tokens[k];
    if (t.text == "," || t.text == ";" || t.text == "." || t.text == ":") return false;
    const bool finite = t.pos == kPosVBD || t.pos == kPosVBZ || t.pos == kPosVBP || t.pos == kPosMD;
    if (finite && !(k + 1 < end && internal::IsWord(tokens[k + 1], "by"))) return false;
  }
  return true;
}


// A town or country seized is territory occupied (192), toward its
// country: the mention `at` that names it, else an implicit one.
void TriggerCoding::Occupy(int at, const Place& town, std::string_view what) {
  SentenceContext& s = in.s;
  std::vector<Mention>& mentions = in.mentions;
  if (at < 0) {
    at = ImplicitMention(town.country, false, town.name, "the territory seized", &mentions);
    s.mentions = mentions;
  }
  target = at;
  why_target = fmt::format("target: the territory seized, {}", town.name);
  label += fmt::format(" -> 192 ({}: territory occupied)", what);
  choice.code.primary = "192";
  choice.code.reverse.clear();
}

bool TriggerCoding::RepairRolesByAct() {
  const CoderResources& resources = in.resources;
  const Dictionary& dict = in.dict;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  const std::vector<PhraseMatch>& matches = in.matches;
  std::vector<Mention>& mentions = in.mentions;
  // "The retired general was killed when a truck bomb ripped through his
  // convoy": with a weapon as the pattern's subject, a party named before a
  // subordinator that opens the weapon's own clause ("when", "after",
  // "as": no comma nor "with" between it and the verb, so not "before dawn,
  // with missiles slamming into ...") is in another clause, not the one who
  // set the weapon off; the act has no doer named (a claim may still give
  // it one, claimed_acts.h).
  if (source >= 0 && choice.source < 0 && !nominal_reading &&
      SubjectWordBeforeVerb(choice.pattern) && mentions[source].span.end <= m.span.begin) {
    for (uint32_t k = m.span.begin; k-- > mentions[source].span.end && k + 7 > m.span.begin;) {
      if (tokens[k].text == "," || internal::IsWord(tokens[k], "with")) break;
      if (internal::InWords(internal::clause_words::kSubordinators, tokens[k])) {
        label += fmt::format(" (its subject is the weapon; '{}' is in the clause before '{}')",
                             s.Text(mentions[source].span), tokens[k].text);
        source = -1;
        why_source.clear();
        break;
      }
    }
  }
  // "opened an investigation into war crimes in Ukraine", "Israeli jets
  // struck targets in Gaza", "delivered food to people in Yemen": an act
  // whose target is a place or population, with no party named as its
  // object, acts on the place where it happens.
  const bool compound_source =
      source >= 0 && (mentions[source].coordinated_with >= 0 ||
                      (source > 0 && mentions[source - 1].coordinated_with == source));
  if (target < 0 && source >= 0 && !choice.code.primary.empty() &&
      TargetIsAPlace(choice.code.primary) &&
      !(compound_source && IsMutualAct(choice.code.primary))) {
    // Where the place is named: after the verb ("struck targets in
    // Gaza"), and in a passive first in its subject ("a hospital in
    // Aleppo was destroyed by Russian missiles"), which names what was
    // struck.
    struct Range {
      uint32_t from, to;
    };
    const Range after{m.span.end, std::min<uint32_t>(window.end, m.span.end + 13)};
    const Range subject{window.begin, m.span.begin};
    const Range ranges[2] = {group.passive ? subject : after, after};
    const int range_count = group.passive ? 2 : 1;
    for (int r = 0; r < range_count && target < 0; ++r)
      target = PlaceTarget(tokens, resources.gazetteer.get(), mentions[source].code,
                           choice.code.primary, ranges[r].from, ranges[r].to, &mentions,
                           &why_target);
    // "shelled Zolotarivka on Tuesday, killing two Ukrainian soldiers": a
    // town the gazetteer does not hold is still the place hit (not the
    // toll, OutcomeClauseAfterPlace); the country of the people the toll
    // names is where it lies.
    const std::string_view root = CameoRoot(choice.code.primary);
    if (target < 0 && !group.passive && !nominal_reading &&
        (root == "18" || root == "19" || root == "20")) {
      std::string country;
      for (const Mention& y : mentions) {
        if (y.span.begin < m.span.end || y.span.begin >= window.end) continue;
        if (!internal::clause_words::UsableMention(y) || y.code.size() < 3) continue;
        // (Only people whose country is named: "killing 46 sailors" says
        // nothing of where.)
        bool toll = false;
        for (uint32_t k = m.span.end; k + 1 < y.span.begin && !toll; ++k)
          toll = tokens[k].text == "," && internal::IsTollParticiple(tokens[k + 1]);
        if (!y.unplaced && toll &&
            internal::OutcomeClauseAfterPlace(tokens, mentions, m.span.end, y.span.begin))
          country = y.code.substr(0, 3);
        break;
      }
      if (!country.empty()) {
        target = ImplicitMention(country, false, country,
                                 "the country of the toll after the place hit", &mentions);
        why_target = "target: the country of the people the toll names, after the place hit";
      }
    }
    // "killed 12 civilians during a raid in Iraq": the people a killing
    // hits, named by a role, are of the place (IRQCVL), not the place.
    // So are people tortured, raped or abducted ("soldiers tortured
    // civilians in villages around Kyiv" UKRCVL).
    const bool hits_people = IsKillingOrWounding(dict.verb_form(m.id)) ||
                             choice.code.primary.starts_with("1821") ||
                             choice.code.primary.starts_with("1822") ||
                             choice.code.primary.starts_with("181");
    if (target >= 0 && !nominal_reading && !group.passive && hits_people &&
        mentions[target].code.size() == 3) {
      if (const AgentEntry* hit = HeldRole(dict, tokens, matches, m.span, false, window);
          hit != nullptr && IsPeopleHit(*hit)) {
        const std::string country = mentions[target].code;
        target = ImplicitMention(PeopleHitCode(*hit, country), false, hit->name,
                                 "people hit, of the place where it happens", &mentions);
        why_target = "target: the people hit, of the place where it happens";
      }
    }
    if (target >= 0) s.mentions = mentions;
  }
  // "a drone strike in Kandahar killed twelve civilians", "the shelling
  // of the market in Gao that killed 30 villagers": an event noun of
  // force followed by a killing verb of its own (its subject, or the
  // "that" of a relative clause) hits the people that verb's object
  // names, of the place (AFGCVL), as the verb alone would. The verb
  // must come before any other verb ("the strike hit Gao and gunmen
  // killed ten civilians" names no people hit by the strike).
  if (target >= 0 && nominal_reading && mentions[target].code.size() == 3 &&
      (mentions[target].locative || mentions[target].place != nullptr) &&
      (CameoRoot(choice.code.primary) == "18" || CameoRoot(choice.code.primary) == "19" ||
       CameoRoot(choice.code.primary) == "20")) {
    // (A source named by a role with no country takes its country from
    // the place, which must stay: "a gas attack by government forces on
    // Douma which killed dozens of people".)
    const AgentEntry* hit = source >= 0 && !mentions[source].unplaced
                                ? PeopleHitByNounsVerb(dict, tokens, matches, m.span)
                                : nullptr;
    if (hit != nullptr && PeopleHitCode(*hit, mentions[target].code) != mentions[target].code) {
      const std::string country = mentions[target].code;
      target = ImplicitMention(PeopleHitCode(*hit, country), false, hit->name,
                               "people hit, of the place where it happens", &mentions);
      s.mentions = mentions;
      why_target = "target: the people the noun's killing verb names, of the place";
    }
  }
  // "Managua ordered the diplomats of Brazil, Mexico and Spain to leave
  // the country": diplomats expelled are ties cut (161), not people
  // deported (174), however long the list that names their countries
  // (the dictionary's diplomat patterns may not reach past it).
  static constexpr std::string_view kDiplomats[] = {"DIPLOMAT",     "SENIOR_DIPLOMAT", "TOP_DIPLOMAT",
                                                    "AMBASSADOR",   "ENVOY",           "CONSUL",
                                                    "CONSUL_GENERAL", "CHARGE_D'AFFAIRES"};
  if (target >= 0 && !nominal_reading && choice.code.primary.starts_with("174") &&
      mentions[target].role != nullptr &&
      std::ranges::find(kDiplomats, std::string_view(mentions[target].role->name)) !=
          std::end(kDiplomats)) {
    label += " -> 161 (diplomats expelled)";
    choice.code.primary = "161";
  }
  // "Pakistan deported more than 1,000 Afghan migrants", "the border guards
  // sent back as many as 600 escapees": people expelled or deported by
  // the hundreds are a mass expulsion (201, "engage in mass expulsion");
  // a flight of a few dozen deportees stays 174. Five hundred is where
  // the gold sets' writers agree (200 and 300 deportees are coded 174).
  // The count must be of the people expelled, who are the target: "sent
  // back some 100,000 pairs of shoes to South Korea" counts goods. They
  // are migrants, refugees, civilians or a nationality ("1,000
  // Colombians"): thousands of soldiers or police "sent into" a province
  // are a deployment, whatever its code.
  const std::string_view expelled_sector =
      target >= 0 && mentions[target].code.size() >= 6
          ? std::string_view(mentions[target].code).substr(3, 3)
          : std::string_view();
  // ("ordered the deportation of up to 5,000 migrants": the noun a verb's
  // pattern takes counts them after its "of"; the "to" of "up to" is part
  // of the count, not where they are sent.)
  uint32_t counted_from = m.span.end;
  if (counted_from + 2 < tokens.size() && internal::IsWord(tokens[counted_from], "the") &&
      (internal::IsWord(tokens[counted_from + 1], "deportation") ||
       internal::IsWord(tokens[counted_from + 1], "expulsion")) &&
      internal::IsWord(tokens[counted_from + 2], "of"))
    counted_from += 3;
  if (!nominal_reading && choice.code.primary == "174" && target >= 0 &&
      (mentions[target].code.size() == 3 || expelled_sector == "REF" ||
       expelled_sector == "CVL") &&
      VictimsCounted(tokens, counted_from) >= 500) {
    bool counts_target = mentions[target].span.begin > counted_from &&
                         mentions[target].span.begin <= counted_from + 8;
    for (uint32_t k = counted_from; counts_target && k < mentions[target].span.begin; ++k)
      counts_target = (!internal::IsWord(tokens[k], "to") ||
                       (k > 0 && internal::IsWord(tokens[k - 1], "up"))) &&
                      !internal::IsWord(tokens[k], "from") &&
                      !internal::IsWord(tokens[k], "of") && tokens[k].text != ",";
    if (counts_target) {
      label += " -> 201 (five hundred people or more expelled)";
      choice.code.primary = "201";
    }
  }
  // "A truck bomb ... killed more than 500 people", "an air strike killed
  // twenty civilians": when the subject of a killing verb is an event noun
  // of force, the noun says how (1832 car bombing, 195 air strike); its
  // code is the event's.
  if (!nominal_reading && IsKillingVerb(dict.verb_form(m.id))) {
    for (size_t k = mi; k-- > 0;) {
      const PhraseMatch& n = matches[k];
      if (n.span.end > m.span.begin || n.span.begin < window.begin) continue;
      if (InsideLongerTrigger(matches, n)) continue;  // "attack" of "missile attack"
      if (n.kind == PhraseMatch::Kind::kVerb && n.span.end + 6 > m.span.begin) {
        // a verb between the noun and the killing verb: "bomb" is also a
        // verb form; only a verb that is the noun's twin is skipped.
        bool twin = false;
        for (const PhraseMatch& o : matches)
          twin |= o.kind == PhraseMatch::Kind::kNominal && o.span.end == n.span.end;
        if (!twin) continue;
      }
      if (n.kind != PhraseMatch::Kind::kNominal || n.span.begin + 12 < m.span.begin) continue;
      // Further than eight words only across a "claimed by" phrase ("Three
      // car bombs claimed by the Pakistani Taliban's local wing killed 40"),
      // not across a comma or another finite verb ("after a siege, and
      // residents said the militia had killed").
      if (n.span.begin + 8 < m.span.begin && !OnlyAgentPhraseBetween(tokens, n.span.end, m.span.begin))
        break;
      const std::string& how = dict.verb_form(n.id).EffectiveCode(dict.verb_blocks()).primary;
      auto root = CameoRoot(how);
      if ((root == "18" || root == "19" || root == "20") && how.size() > 2 &&
          how != choice.code.primary) {
        label += fmt::format(" -> {} (its subject, '{}', says how)", how, s.Text(n.span));
        choice.code.primary = how;
      }
      break;
    }
  }
  // "A suicide bomber from al-Shabaab killed 20
  // Somali army recruits": a suicide bomber who kills or attacks
  // carries out a suicide bombing (1831).
  if (!nominal_reading && source >= 0 && mentions[source].role != nullptr &&
      mentions[source].role->name.starts_with("SUICIDE")) {
    auto root = CameoRoot(choice.code.primary);
    if ((root == "18" || root == "19") && choice.code.primary != "1831") {
      label += " -> 1831 (its subject is a suicide bomber)";
      choice.code.primary = "1831";
    }
  }
  // "the gunmen killed some 300 villagers in the north", "the
  // militia executed some 400 captured recruits": a
  // killing verb whose object counts a hundred people or more is a mass
  // killing (202). So is a participle that adds such a toll to another
  // act ("militiamen overran the town, killing more than 300 villagers"):
  // the killing is an event of its own, and the toll makes it a massacre;
  // the act it follows keeps its own code. The participle's toll must
  // count people or civilians (not "thousands of Iranians" repulsed).
  if (!nominal_reading && !group.passive && IsKillingVerb(dict.verb_form(m.id))) {
    // Only the plain codes of killing: a means named elsewhere ("air
    // strikes that killed more than 400 Palestinians", 195; a suicide
    // bombing, 1831) says more.
    // Fifty or more named as civilians ("militiamen killed some 60
    // villagers in an overnight raid") are a massacre too.
    const long victims = VictimsCounted(tokens, m.span.end);
    // A participle's toll must count people or civilians: "repulsed the
    // attack, killing thousands of Iranians" tells a battle's dead.
    bool people_counted = !tokens[m.span.begin].text.ends_with("ing") ||
                          CiviliansCounted(tokens, m.span.end);
    for (uint32_t k = m.span.end; !people_counted && k < tokens.size() && k < m.span.end + 7; ++k) {
      if (IsVerbTag(tokens[k].pos) || tokens[k].text == "," || tokens[k].text == ".") break;
      people_counted = internal::IsWord(tokens[k], "people");
    }
    if ((choice.code.primary == "190" || choice.code.primary == "1823") && people_counted &&
        (victims >= 100 || (victims >= 50 && CiviliansCounted(tokens, m.span.end)))) {
      label += victims >= 100 ? " -> 202 (a hundred people or more killed)"
                              : " -> 202 (fifty civilians or more killed)";
      choice.code.primary = "202";
    }
  }
  // "The guerrillas handed over two kidnapped engineers to a church
  // delegation", "a nurse held for a year was handed over by the militia":
  // a rebel group, militia or gang has no courts to extradite to; the
  // people it hands over are its captives, released (0841).
  if (!nominal_reading && source >= 0 && choice.code.primary == "063" &&
      mentions[source].code.size() >= 6) {
    const std::string_view sector = std::string_view(mentions[source].code).substr(3, 3);
    if (sector == "REB" || sector == "UAF" || sector == "SEP" || sector == "INS") {
      label += " -> 0841 (people an armed group hands over are captives released)";
      choice.code.primary = "0841";
      // ("the cartel handed the kidnapped American tourists over to
      // Mexican police": a release targets the people freed, not whom they
      // were handed to.)
      uint32_t to = target >= 0 ? mentions[target].span.begin : 0;
      if (to > 0 && internal::IsWord(tokens[to - 1], "the")) --to;
      if (to > m.span.end && internal::IsWord(tokens[to - 1], "to")) {
        for (size_t k = 0; k < mentions.size(); ++k) {
          const Mention& x = mentions[k];
          if (x.span.begin >= m.span.end && x.span.end < to && !x.code.empty() &&
              !x.locative && static_cast<int>(k) != source) {
            target = static_cast<int>(k);
            why_target = "target: the captives handed over";
            break;
          }
        }
      }
    }
  }
  // "Colombia extradited Dairo Usuga, the cartel boss known as Otoniel, to
  // the United States": an extradition is judicial cooperation with the
  // state that receives the person (063 USA), not with the person; the
  // "to" phrase may stand past the person's apposition.
  // (A person the tagger or the quotes hid is passed over: "extradited the
  // cartel boss Dairo 'Otoniel' Usuga to Washington".)
  if (!nominal_reading && source >= 0 && choice.code.primary.starts_with("063") &&
      (target < 0 || !IsStateActor(mentions[target]))) {
    const uint32_t after = target >= 0 ? mentions[target].span.end : m.span.end;
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      const uint32_t b = x.span.begin;
      if (b <= after || b >= window.end || b > after + 16 ||
          !IsStateActor(x) || x.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      // ("extradited Alex Saab, accused of laundering money for Caracas, to
      // the United States": not a state inside a parenthetical on the person.)
      bool inside = false;
      for (uint32_t c = after; c < b && !inside; ++c)
        inside = tokens[c].text == "," && internal::ParentheticalEnd(tokens, c, window.end) > b;
      if (inside) continue;
      uint32_t p = b;
      if (p > 0 && internal::IsWord(tokens[p - 1], "the")) --p;
      if (p > 0 && internal::IsWord(tokens[p - 1], "to")) {
        target = static_cast<int>(k);
        why_target = "target: the state the person is handed to";
      }
      break;
    }
  }
  // "Rajapaksa asked visiting Chinese Foreign Minister Wang Yi to ease the
  // debt", "Modi met the visiting Japanese prime minister": "visiting"
  // right after a verb, "with" or a determiner describes the party after
  // it, the visitor; the clause's subject is the host it visits. (A place
  // is visited: "after visiting the Kremlin" keeps its order, as does
  // "Xi, visiting Moscow".)
  if (!nominal_reading && source >= 0 && target >= 0 && choice.code.primary.starts_with("042") &&
      m.span.size() == 1 && internal::IsWord(tokens[m.span.begin], "visiting") &&
      m.span.begin > 0 && mentions[target].span.begin == m.span.end &&
      !mentions[target].locative && mentions[target].code.size() >= 6 &&
      mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) != 0) {
    const Token& before = tokens[m.span.begin - 1];
    if (IsVerbTag(before.pos) || internal::IsDeterminer(before) ||
        internal::IsWord(before, "with")) {
      std::swap(source, target);
      label += " (the party 'visiting' describes is the visitor)";
    }
  }
  // "Some 300 Rwandan soldiers landed in Maputo to
  // head a regional security mission", "French troops reached
  // Bamako to command a European force": armed forces or police that
  // arrive somewhere are deployed there to protect it (074), not on a
  // visit (042).
  // (Not a named person with a rank: "President General Pervez Musharraf
  // arrived in Britain" is on a visit; nor one commander: "the army chief
  // flew to Washington".)
  if (source >= 0 && choice.code.primary.starts_with("042") &&
      mentions[source].code.size() >= 6 && mentions[source].person_name.empty() &&
      !mentions[source].person &&
      (mentions[source].code.ends_with("MIL") || mentions[source].code.ends_with("COP") ||
       mentions[source].code.ends_with("PKO"))) {
    label += " -> 074 (armed forces or police arriving: a deployment, not a visit)";
    choice.code.primary = "074";
    choice.code.reverse.clear();
  }
  // "Begum travelled to Syria in 2014", "4,000 Russian citizens traveled
  // to Syria and Iraq", "French and Algerian fighters travelled to
  // Afghanistan": private people, fighters, students or firms going
  // somewhere make no state visit (042 is a visit by a state's, a
  // party's or an organisation's people). A rebel movement's leaders may
  // visit ("a Taliban delegation visited Moscow"), but rebels who travel
  // or arrive are fighters on the move.
  if (source >= 0 && choice.code.primary.starts_with("042") && !nominal_reading) {
    const std::string& who = mentions[source].code;
    const std::string_view sector =
        who.size() >= 6 && !who.starts_with("IGO") && !who.starts_with("NGO")
            ? std::string_view(who).substr(3, 3)
            : std::string_view();
    static constexpr std::string_view kPrivate[] = {"CVL", "REF", "UAF", "RAD", "EDU", "BUS",
                                                    "MED", "LAB", "AGR", "CRM", "SEP"};
    bool private_people = who.size() == 3 && !IsStateActor(mentions[source]);
    for (std::string_view p : kPrivate) private_people |= sector == p;
    const bool fighters_moving =
        sector == "REB" && dict.verb_form(m.id).lemma != "VISIT";
    if (private_people || fighters_moving) {
      s.Note(fmt::format("{}: {} going somewhere make no state visit; no event", label,
                         who));
      return false;
    }
  }
  const bool seizes = choice.code.primary.starts_with("171") ||
                      choice.code.primary.starts_with("173") ||
                      choice.code.primary.starts_with("181");
  // "Insurgents led by the Tuareg front seized Kidal",
  // "Houthi fighters seized Sanaa", "The M23 militia
  // captured Bukavu": a town or country seized or captured is territory
  // occupied (192), not property taken (171) nor people held (173).
  if (!nominal_reading && !group.passive && resources.gazetteer != nullptr && seizes) {
    uint32_t k = m.span.end;
    if (k < tokens.size() && internal::IsDeterminer(tokens[k])) ++k;
    size_t length = 0;
    const Place* seized = GazetteerPlaceAt(tokens, resources.gazetteer.get(), k, &length);
    // ("detained Istanbul Mayor Ekrem Imamoglu": the place names whose
    // mayor; the phrase is a person.)
    const uint32_t place_end = k + static_cast<uint32_t>(length);
    if (seized != nullptr && place_end < tokens.size() &&
        tokens[place_end].Has(kTokenCapitalized))
      seized = nullptr;
    // ("placed a Kosovo leader under house arrest": a place before a
    // noun names whose the noun is; the noun is what is held. "seized
    // the Kosovo town of Mitrovica" is a town.)
    if (seized != nullptr && place_end < tokens.size() && IsNounTag(tokens[place_end].pos) &&
        !(place_end + 1 < tokens.size() && internal::IsWord(tokens[place_end + 1], "of")) &&
        !internal::InWords(kPlaceHeads, tokens[place_end]))
      seized = nullptr;
    for (const Mention& x : mentions)
      if (seized != nullptr && x.span.begin == k && x.span.end != place_end) seized = nullptr;
    if (seized != nullptr && !seized->country.empty()) {
      int at = -1;
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].span.begin == k && !mentions[x].code.empty()) at = static_cast<int>(x);
      Occupy(at, *seized, "a town or country seized");
    }
  }
  // "The northern Malian desert town of Gao was seized by jihadist
  // fighters", "Mosul fell ... was seized by Islamic State fighters": the
  // same in the passive, when the town heads the subject (it opens the
  // clause, follows a determiner, or "city of"/"town of") and stands right
  // before the auxiliary; "a journalist from Kyiv was captured" holds a
  // person, not Kyiv. (The town may already be the target, resolved as
  // its country's mention: "the town of Gao was seized by Islamist
  // fighters" is still 192.)
  if (!nominal_reading && group.passive && source >= 0 && resources.gazetteer != nullptr &&
      seizes) {
    uint32_t aux = m.span.begin;
    while (aux > window.begin && internal::IsAuxiliaryOrAdverb(tokens[aux - 1])) --aux;
    for (uint32_t k = window.begin; k < aux; ++k) {
      size_t length = 0;
      // (A capital or country too: "Tripoli was captured by Libyan rebels".)
      const Place* seized = GazetteerPlaceAt(tokens, resources.gazetteer.get(), k, &length);
      if (seized == nullptr || seized->country.empty() || k + length != aux) continue;
      const bool heads = k == window.begin || internal::IsDeterminer(tokens[k - 1]) ||
                         (k >= 2 && internal::IsWord(tokens[k - 1], "of") &&
                          (internal::IsWord(tokens[k - 2], "city") ||
                           internal::IsWord(tokens[k - 2], "town") ||
                           internal::IsWord(tokens[k - 2], "village")));
      if (!heads) break;
      const bool target_is_town =
          target >= 0 && mentions[target].span.begin <= k && mentions[target].span.end == aux;
      if (target >= 0 && !target_is_town) break;
      Occupy(target, *seized, "a town seized");
      break;
    }
  }
  // "Israel's bombing of Gaza", "the Russian military bombed the town": a
  // state or its forces bomb with aerial weapons (195); 183 is the
  // bombing of armed groups and irregulars.
  if (source >= 0 && choice.code.primary.starts_with("183") && IsStateActor(mentions[source]) &&
      mentions[source].code.size() <= 6 && !IsNonStateArmed(mentions[source].code)) {
    label += " -> 195 (a state bombs from the air)";
    choice.code.primary = "195";
  }
  return true;
}

bool TriggerCoding::RepairByOutcome() {
  const Dictionary& dict = in.dict;
  SentenceContext& s = in.s;
  const std::span<const Token> tokens = in.tokens;
  std::vector<Mention>& mentions = in.mentions;
  TokenSpan& undone_words = state.undone_words;
  // "will provide 25,000 tons of food aid", "is ready to contribute
  // troops", "would impose a curfew": an announced act is an intent or a
  // threat, not the act.
  // "She later announced that Chile would sever diplomatic ties
  // with the Nicaraguan government", "Britain announced that it would
  // pull its soldiers out of Iraq": a cut in relations a state announces
  // it "will" or "would" make is the decision itself (16), not a threat;
  // one it "might" or "could" make stays a threat (1313).
  const bool announced_decision =
      AnnouncedDecision(tokens, m.span, nominal_reading, group.future, choice.code.primary);
  if ((nominal_reading ? ObjectOfAnAnnouncedVerb(tokens, m.span.begin, window)
                       : group.future) &&
      !announced_decision && !choice.code.primary.empty()) {
    std::string announced = FutureCode(choice.code.primary);
    // "Russian and Turkish troops would patrol the zone jointly", "Japan
    // will hold naval drills next month": force posture (15) announced
    // has no counterpart among intents and threats; nothing is done yet.
    if (CameoRoot(choice.code.primary) == "15") {
      s.Note(fmt::format("{}: force posture announced, not shown yet; no event", label));
      undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
      return false;
    }
    if (announced != choice.code.primary) {
      label += fmt::format(" -> {} (announced, not done)", announced);
      choice.code.primary = std::move(announced);
      choice.code.reverse.clear();
    }
  }
  // "Soleimani was killed by an American drone strike", "shot dead
  // former prime minister Shinzo Abe": killing a person named in the
  // text who holds a rank or an office is an assassination (186), however
  // it was done.
  // Only the verb's own object ("killed X", "X was killed"), not an
  // actor in a later phrase ("killed civilians in the assault on the
  // Tamil Tigers").
  const bool direct_object = target >= 0 && (mentions[target].span.end <= m.span.begin ||
                                             mentions[target].span.begin <= m.span.end + 3);
  // ("shot him dead": a shooting whose object is left dead kills too.)
  const bool left_dead = target >= 0 && mentions[target].span.end < tokens.size() &&
                         internal::IsWord(tokens[mentions[target].span.end], "dead");
  // "Thai troops raided a camp, killing the militia's commander Somchai
  // Wongsa": the possessive owns the person killed, who is the victim.
  if (target >= 0 && direct_object && !nominal_reading && mentions[target].possessive &&
      IsKillingVerb(dict.verb_form(m.id))) {
    const int owned = NamedOfficeHolderOwnedBy(mentions, target, tokens);
    if (owned >= 0) {
      target = owned;
      why_target = "target: the named office-holder the possessive after the verb owns";
    }
  }
  // "Navy commandos killed militia chief Omar Diallo": a group named
  // before the title of a named office-holder is whose office it is; the
  // person is the victim.
  if (target >= 0 && direct_object && !nominal_reading && !mentions[target].possessive &&
      !mentions[target].person && IsKillingVerb(dict.verb_form(m.id))) {
    const int titled = NamedOfficeHolderTitledAfter(mentions, target, tokens);
    if (titled >= 0) {
      target = titled;
      why_target = "target: the named office-holder after the group and a title";
    }
  }
  if (target >= 0 && direct_object && !nominal_reading &&
      (IsKillingVerb(dict.verb_form(m.id)) || left_dead) &&
      (IsNamedOfficeHolder(mentions[target], tokens) ||
       IsOfficeHolderNamedBeside(mentions[target], mentions, tokens))) {
    auto root = CameoRoot(choice.code.primary);
    if (root == "18" || root == "19" || root == "20") {
      choice.code.primary = "186";
      label += " -> 186 (a named office-holder killed)";
    }
  }
  // "Militia fighters captured three border guards in a dawn raid": an
  // armed group holds no power of arrest, so the people it seizes are
  // abducted or taken hostage (181), not detained (173), whatever the verb.
  if (source >= 0 && choice.code.primary == "173" && mentions[source].code.size() >= 6) {
    const std::string_view sector = std::string_view(mentions[source].code).substr(3, 3);
    if (sector == "REB" || sector == "SEP" || sector == "UAF" || sector == "INS" ||
        sector == "CRM") {
      choice.code.primary = "181";
      label += " -> 181 (an armed group seizes people: an abduction, not an arrest)";
    }
  }
  // "Ecuadorean Interior Minister Juan Zapata was shot and badly
  // wounded by an attacker": a named office-holder wounded, not killed, survived an
  // attempt on their life (185).
  const std::string_view lemma = dict.verb_form(m.id).lemma;
  // So is one shot ("Governor Ana Ruiz was shot in the shoulder by a sniper"), not
  // shot dead (a killing, 186 above).
  const bool shot_not_dead =
      lemma == "SHOOT" && group.passive && !left_dead &&
      !(m.span.end < tokens.size() && internal::IsWord(tokens[m.span.end], "dead"));
  if (target >= 0 && direct_object && !nominal_reading &&
      (lemma == "WOUND" || lemma == "INJURE" || shot_not_dead) &&
      (IsNamedOfficeHolder(mentions[target], tokens) ||
       IsOfficeHolderNamedBeside(mentions[target], mentions, tokens))) {
    auto root = CameoRoot(choice.code.primary);
    if (root == "18" || root == "19") {
      choice.code.primary = "185";
      label += " -> 185 (a named office-holder wounded: an attempted assassination)";
    }
  }
  // "voiced his sympathy over the floods that hit Pakistan and
  // India": sympathy (018) names whom it is for in a relative clause
  // about the disaster; its object is looked for past "that"/"which".
  if (target < 0 && source >= 0 && choice.code.primary.starts_with("018")) {
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      if (x.code.empty() || x.span.begin < m.span.end || x.span.begin > m.span.end + 12 ||
          x.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
        continue;
      bool relative = false, stop = false;
      for (uint32_t q = m.span.end; q < x.span.begin && !stop; ++q) {
        relative |= internal::IsWord(tokens[q], "that") || internal::IsWord(tokens[q], "which");
        stop = tokens[q].text == ";" || tokens[q].text == ":" || tokens[q].Has(kTokenQuote);
      }
      if (!relative || stop) continue;
      target = static_cast<int>(k);
      why_target = "target: whom the sympathy is for, named in the relative clause";
      break;
    }
  }
  // "Serzh Sargsyan resigned as Armenia's prime minister": an actor right
  // after "as" names the office the subject holds, not a target; the
  // office is the subject's role in this act.
  if (source >= 0 && target >= 0 && target != source && !nominal_reading &&
      mentions[target].span.begin == m.span.end + 1 &&
      internal::IsWord(tokens[m.span.end], "as")) {
    Mention& office = mentions[target];
    Mention& holder = mentions[source];
    if (holder.person && office.code.size() > 3 && holder.code.size() >= 3 &&
        office.code.compare(0, 3, holder.code, 0, 3) == 0) {
      holder.code = office.code;
      holder.how += "; in the office named after 'as'";
      s.mentions = mentions;
      left_office = true;
    }
    target = -1;
    why_target.clear();
  }
  // "Tunisian President Ben Ali left the country and
  // stepped down": a subject named with its state office leaves that office.
  if (!left_office && source >= 0 && !nominal_reading &&
      choice.code.primary.starts_with("0831") && mentions[source].person &&
      mentions[source].role != nullptr && mentions[source].code.size() == 6 &&
      mentions[source].code.ends_with("GOV"))
    left_office = true;
  // "Rajapaksa stood down on Thursday, after months of street protests
  // over fuel shortages": a leader named by name alone, whose dictionary
  // entry makes him the government, leaves his office too when the
  // sentence tells of the protest after the resignation: the text says he
  // gave in to it. (With no protest told the resignation names no one it
  // yields to: "Kishida stepped down" codes nothing. Nor is a participle
  // after an article an act: "the king recalled the dissolved parliament".)
  const bool after_article =
      m.span.begin > 0 && (internal::IsWord(tokens[m.span.begin - 1], "the") ||
                           internal::IsWord(tokens[m.span.begin - 1], "a"));
  if (!left_office && source >= 0 && !nominal_reading && !after_article &&
      choice.code.primary.starts_with("0831") && mentions[source].person &&
      mentions[source].role == nullptr && mentions[source].code.size() == 6 &&
      mentions[source].code.ends_with("GOV") &&
      internal::TellsOfProtestWithin(tokens, m.span.end, static_cast<uint32_t>(tokens.size())))
    left_office = true;
  return true;
}

}  // namespace khaldun::coder_internal
