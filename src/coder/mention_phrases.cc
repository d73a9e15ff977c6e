// The noun phrases of FindMentions (mention_passes.h): the mention that
// the words of a phrase (mention_phrase_words.cc) make, and its code: from
// the dictionary, or, for a role named without a country ("protesters",
// "the rebels", "security forces"), from its owner, its place, its partner
// or the actors named with it; and whether it names a person.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/clause.h"
#include "coder/coreference.h"
#include "coder/justice_roles.h"
#include "coder/mention_antecedents.h"
#include "coder/mention_codes.h"
#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "coder/role_codes.h"
#include "coder/unknown_people.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

namespace {

// Capitalised last words that make a name a place: "the South China Sea".
constexpr std::array<std::string_view, 17> kGeographicFeatures = {
    "sea",     "ocean",     "gulf",   "strait", "straits", "river", "peninsula", "bay",  "island",
    "islands", "mountains", "valley", "desert", "canal",   "lake",  "coast",     "mount"};

// Heads that name a collective, not one person: "the Syrian government".
constexpr std::array<std::string_view, 16> kCollectiveHeads = {
    "government", "military", "army",           "forces", "troops", "police",  "ministry",
    "parliament", "regime",   "administration", "people", "nation", "cabinet", "authorities",
    "officials",  "navy"};

// Roles that name a machine, not a person: "the downing of the Russian
// jet. Later the two leaders spoke" - the jet is no leader the plural
// may refer back to.
constexpr std::array<std::string_view, 10> kMachineHeads = {
    "jet", "plane", "aircraft", "helicopter", "gunship", "tank", "drone", "warship",
    "submarine", "carrier"};

// "SYRIA" + GOVERNMENT -> "Syria government"; dictionary names are upper
// case with spaces for underscores.
std::string DisplayName(const std::string& actor_words, const AgentEntry* agent) {
  std::string out;
  bool word_start = true;
  for (char c : actor_words) {
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    out.push_back(letter && !word_start && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a')
                                                                : c);
    word_start = !letter && c != '\'';
  }
  if (agent != nullptr && !out.empty()) out += " " + LowerAscii(agent->name);
  return out;
}

// "Mocimboa da Praia" (Mozambique), "Sao Joao da Madeira", "Vila do Conde":
// a country's name or capital after the particle ("da", "de", "do") of a
// longer place name the gazetteer knows, in another country, is a word of
// that place's name, not the country ("Praia" is Cape Verde's capital).
[[gnu::always_inline]] inline
bool InsideLongerPlaceName(const SentenceScan& scan, const PhraseWords& words) {
  static constexpr std::array<std::string_view, 8> kParticles = {"da",  "de",  "do", "dos",
                                                                 "das", "del", "di", "du"};
  const std::span<const Token> tokens = scan.tokens;
  const size_t start = words.start;
  if (scan.context.gazetteer == nullptr || words.actor_code.empty() || start < 2 ||
      !InWords(kParticles, tokens[start - 1]) || tokens[start - 1].Has(kTokenCapitalized))
    return false;
  for (size_t p = start - 2, steps = 0; steps < 3; --p, ++steps) {
    size_t length = 0;
    const Place* place = tokens[p].Has(kTokenCapitalized)
                             ? scan.context.gazetteer->MatchAt(tokens, p, &length)
                             : nullptr;
    if (place != nullptr && p + length > start && !place->country.empty() &&
        place->country.compare(0, 3, words.actor_code, 0, 3) != 0)
      return true;
    if (p == 0) break;
  }
  return false;
}

// "the South China Sea", "the Korean Peninsula", "the Black Sea": a
// name that ends in a geographic feature is a place named after a
// country, not the country or a person.
// Only a word outside the dictionary phrase counts ("Ivory Coast" and
// "Solomon Islands" are countries).
// "Lake Chad", "Mount Lebanon", "the Gulf of Oman": so is a name that
// begins with one, before the country's name.
[[gnu::always_inline]] inline
bool NamesGeographicFeature(const SentenceScan& scan, const PhraseWords& words) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t start = words.start;
  const size_t j = words.end;
  const std::string& actor_code = words.actor_code;
  const std::vector<size_t>& name_tokens = words.name_tokens;
  const bool feature_first = !name_tokens.empty() && name_tokens.front() == start &&
                             !actor_code.empty() &&
                             InWords(kGeographicFeatures, tokens[name_tokens.front()]);
  const bool feature_of = start >= 2 && IsWord(tokens[start - 1], "of") &&
                          InWords(kGeographicFeatures, tokens[start - 2]) &&
                          tokens[start - 2].Has(kTokenCapitalized);
  return (!name_tokens.empty() && name_tokens.back() + 1 == j && !actor_code.empty() &&
          InWords(kGeographicFeatures, tokens[j - 1])) ||
         feature_first || feature_of || InsideLongerPlaceName(scan, words);
}

// The mention the words make by themselves: its span, names and flags, and
// the code the dictionary composes from its actor and role ("dictionary:
// SYRIA + GOVERNMENT") or that a name seen before in the article had; no
// code when they name neither.
[[gnu::always_inline]] inline
Mention MentionOfWords(const SentenceScan& scan, const PhraseWords& words) {
  const std::span<const Token> tokens = scan.tokens;
  CoreferenceMemory* memory = scan.memory;
  const size_t start = words.start;
  const size_t j = words.end;
  const std::string& actor_code = words.actor_code;
  const std::string& actor_words = words.actor_words;
  const AgentEntry* agent = words.agent;
  const std::string& agent_word = words.agent_word;
  const std::vector<size_t>& name_tokens = words.name_tokens;
  const bool possessive = words.possessive;
  const bool undated_entry = words.undated_entry;
  const bool role_of_a_persons = words.role_of_a_persons;
  const std::string& name = words.name;
  Mention mention;
  mention.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(j)};
  mention.dated_entry = !actor_code.empty() && !undated_entry;
  mention.possessive = possessive;
  mention.person_name = name;
  if (!actor_code.empty() && actor_code.size() <= 3) mention.agent = agent;
  mention.role = agent;
  mention.display_name = !name.empty() ? name : DisplayName(actor_words, agent);
  // A role without an actor ("the commander", "governments") names no one
  // in particular: it has no code unless coreference finds one below.
  std::string code = actor_code.empty() ? std::string()
                     : role_of_a_persons && agent != nullptr && !RolesAreTheGroupsOwn(actor_code)
                         ? Compose(actor_code.substr(0, 3), agent)
                         : Compose(actor_code, agent);
  // "after Greek jets downed a Turkish fighter over the Aegean": a
  // state's single "fighter" is a warplane (MIL); its fighters, plural,
  // are a group's gunmen.
  if (!code.empty() && agent != nullptr && agent->name == "FIGHTER" && actor_code.size() == 3 &&
      code == actor_code + agent->code && j > 0 && IsWord(tokens[j - 1], "fighter"))
    code = actor_code + "MIL";
  if (!code.empty()) {
    mention.code = code;
    mention.how = agent ? fmt::format("dictionary: {} + {}", actor_words, agent_word)
                        : fmt::format("dictionary: {}", actor_words);
  }
  if ((code.empty() || code.size() <= 3) && !name.empty()) {
    // "Lt. General Soleimani" or "Rouhani": a name seen earlier with a code.
    // "the late commander ... Lt. General Soleimani": the name decides,
    // provided it agrees with the country the phrase itself names.
    if (const std::string* known = memory->Lookup(name);
        known != nullptr && (code.empty() || known->starts_with(code))) {
      mention.code = *known;
      mention.how = fmt::format("coreference: {} = {}", name, *memory->FullNameOf(name));
    } else if (!name_tokens.empty()) {
      std::string surname(tokens[name_tokens.back()].text);
      if (const std::string* k2 = memory->Lookup(surname);
          k2 != nullptr && code.empty() && name_tokens.size() == 1) {
        mention.code = *k2;
        mention.how = fmt::format("coreference: {} = {}", surname, *memory->FullNameOf(surname));
      }
    }
  }
  return mention;
}

// Marks a former office-holder as an elite (ELI) and says whether the
// mention names a person; remembers a person named in full, with the
// mention's code, in the article's memory.
[[gnu::always_inline]] inline
void MarkFormerAndPerson(const SentenceScan& scan, const PhraseWords& words,
                         Mention* mention_out) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  CoreferenceMemory* memory = scan.memory;
  const size_t start = words.start;
  const size_t j = words.end;
  const AgentEntry* agent = words.agent;
  const std::vector<size_t>& name_tokens = words.name_tokens;
  const TokenSpan person_span = words.person_span;
  const bool named_institution = words.named_institution;
  const bool has_seed = words.has_seed;
  const size_t last_agent_end = words.last_agent_end;
  const std::string& name = words.name;
  const bool group_modifier = words.group_modifier;
  Mention& mention = *mention_out;
  // "former French president Jacques Chirac": a former head of state or
  // government is an elite (ELI), not the government; so is a former
  // ruler who held power as a soldier ("former military ruler Pervez
  // Musharraf").
  // Other former office-holders are their country ("the former Canadian
  // diplomat" CAN, "a former US marine" USA): role_codes.h.
  // The role the text gives is what "former" negates, whatever the named
  // person's own entry says for the date: in 2015 "former prime minister
  // Morgan Tsvangirai met diplomats" names a former head of government,
  // ELI, although his entry codes him then as the opposition leader he had
  // become again (ZWEOPP). A bare "leader" may lead a party or a movement:
  // "its former leader" of an opposition party is no head of government.
  const bool former_office_role = agent != nullptr && agent->name != "LEADER" &&
                                  mention.code.size() == 6 &&
                                  IsStateOfficeCode(mention.code.substr(0, 3) + agent->code);
  if (mention.code.size() == 6 && (IsStateOfficeCode(mention.code) || former_office_role ||
                                   (agent != nullptr && agent->name.ends_with("RULER")))) {
    // "a former deputy justice minister": the deputy of a cabinet member,
    // whose role noun ("justice minister") the dictionary matched alone.
    bool junior = false;
    for (size_t k = start; k < j; ++k)
      if (IsWord(tokens[k], "deputy") || IsWord(tokens[k], "junior") ||
          IsWord(tokens[k], "assistant") || IsWord(tokens[k], "vice"))
        junior = true;
    for (size_t k = start; k < j; ++k) {
      // "ousted president Jean-Bertrand Aristide", "the deposed prime
      // minister": out of office as well.
      if (IsWord(tokens[k], "former") || IsWord(tokens[k], "ex") || IsWord(tokens[k], "ousted") ||
          IsWord(tokens[k], "deposed") || IsWord(tokens[k], "toppled") ||
          IsWord(tokens[k], "exiled")) {
        mention.code = FormerHolderCode(mention.code, agent, junior);
        mention.how += mention.code.size() == 6 ? " (former: ELI)" : " (former: the country)";
        break;
      }
    }
  }
  // "The White House said it would ...": the name of a state or
  // institution names no person and is not remembered as one.
  const bool institution_only = named_institution && name_tokens.empty();
  if (!name.empty() && !group_modifier && !institution_only) {
    mention.person = true;
    // "South Korea's military said ...": a role after the name is the
    // name's owner's, not the name's own; remembering it would make a
    // later "South Korea" the military.
    size_t name_end = person_span.empty() ? 0 : person_span.end;
    if (!name_tokens.empty()) name_end = std::max(name_end, name_tokens.back() + 1);
    const bool role_after_name =
        agent != nullptr && last_agent_end <= n && last_agent_end > name_end;
    if (has_seed && !role_after_name) memory->RememberPerson(name, mention.code);
  } else if (agent != nullptr) {
    std::string head = LowerAscii(agent->name);
    bool collective = head.ends_with("s");
    for (auto c : kCollectiveHeads)
      if (head.ends_with(c)) collective = true;
    for (auto c : kMachineHeads)
      if (head.ends_with(c)) collective = true;
    mention.person = mention.person || !collective;
  }
  // A role word followed by a lower-case noun modifies that noun ("a US
  // terrorist attack"); it does not name a person.
  if (mention.person && name.empty() && j < n && tokens[j].Has(kTokenWord) &&
      !tokens[j].Has(kTokenCapitalized)) {
    mention.person = false;
  }
}

// Roles that act within their own country and are often named without it:
// "protesters demanded", "a gunman shot", "security forces fired on". Roles
// of a state's central institutions ("officials", "lawmakers") are left out:
// they act abroad as often as at home.
// Civilians and refugees are as often foreigners ("Russian troops killed
// civilians", "refugees fleeing Myanmar"): they take a country only from a
// place named right after them ("civilians in Bucha").
// Armed forces and police ("helicopter gunships killed 46 civilians", "security
// forces murdered Polish officers") act abroad as often as at home: they take
// a country from a place, never from the other party.
constexpr std::array<std::string_view, 8> kDomesticSectors = {"OPP", "REB", "INS", "UAF",
                                                              "SEP", "LAB", "AGR", "EDU"};
constexpr std::array<std::string_view, 2> kStateForceSectors = {"MIL", "COP"};
// "civilians in Gaza", "a court in Moscow", "prosecutors in Paris",
// "lawmakers in Kyiv", "journalists in Kabul": roles with no country of their
// own, taken only from the place they are in, never from the other party (a
// court in Moscow that sentences an American is Russia's).
constexpr std::array<std::string_view, 7> kPlacedOnlySectors = {"CVL", "REF", "JUD", "LEG",
                                                                "MED", "BUS", "REL"};

enum class RoleKind { kNone, kDomestic, kStateForce, kPlacedOnly };

// "protested against the government's plan", "rebels attacked the regime":
// a government named without a country is, in domestic news, the country's.
constexpr std::array<std::string_view, 5> kGovernmentHeads = {"GOVERNMENT", "REGIME", "AUTHORITIES",
                                                              "ADMINISTRATION", "CABINET"};

RoleKind RoleWithoutCountry(const AgentEntry& agent) {
  if (agent.composition != AgentEntry::Composition::kSuffix) return RoleKind::kNone;
  if (agent.code == "GOV") {
    // "the military government", "the interim government": any government.
    for (auto head : kGovernmentHeads)
      if (agent.name == head || (agent.name.ends_with(head) && agent.name.size() > head.size() &&
                                 agent.name[agent.name.size() - head.size() - 1] == ' '))
        return RoleKind::kDomestic;
    return RoleKind::kNone;
  }
  for (auto c : kDomesticSectors)
    if (agent.code == c) return RoleKind::kDomestic;
  // "Belarus freed 14 political prisoners": political prisoners are the
  // people of the state that jails or frees them, the other party of the
  // act, wherever it happens. (Other prisoners are not: "Russia and Ukraine
  // swapped prisoners" exchanges each other's.)
  if (agent.code == "CVL" && agent.name == "POLITICAL PRISONER") return RoleKind::kDomestic;
  for (auto c : kStateForceSectors)
    if (agent.code == c) return RoleKind::kStateForce;
  for (auto c : kPlacedOnlySectors)
    if (agent.code == c) return RoleKind::kPlacedOnly;
  return RoleKind::kNone;
}

// "Police rounded up dozens of people at the rallies", "soldiers shot at
// villagers demonstrating against the dam", "thousands of people marched
// on the ministry": people named by what they are doing there, protesting,
// are protesters (OPP) of the country of the event, not civilians only a
// place could give a country. True when the words after the role (at
// tokens[j]) say so: a verb of protesting, or "at" or "during" a protest,
// rally, march or demonstration.
constexpr std::array<std::string_view, 8> kProtestingVerbs = {
    "protesting", "demonstrating", "rallying", "marching",
    "protested",  "demonstrated",  "rallied",  "marched"};
constexpr std::array<std::string_view, 8> kProtestNouns = {
    "protest", "protests", "demonstration", "demonstrations",
    "rally",   "rallies",  "march",         "marches"};

bool PeopleProtesting(std::span<const Token> tokens, size_t j) {
  const size_t n = tokens.size();
  if (j >= n) return false;
  if (InWords(kProtestingVerbs, tokens[j])) return true;
  if (!(IsWord(tokens[j], "at") || IsWord(tokens[j], "during")) || j + 1 >= n) return false;
  const size_t k = IsDeterminer(tokens[j + 1]) ? j + 2 : j + 1;
  return k < n && InWords(kProtestNouns, tokens[k]);
}

// How a role listed after a possessive country got its code (FindMentions):
// the next role of the list looks for it on the role before.
constexpr std::string_view kOwnedListHow = ": a role listed after a possessive country";

// The party that meets, negotiates or agrees "with" the mention starting
// at `start` ("signed an electoral deal with the opposition", "held talks
// with rebels"): the last actor with a country named before the verb, or
// nullptr when the mention is no such party. A visit (042, 043) is not
// meant: "met with protesters in Minsk" on a visit there are Belarusians.
const Mention* PartnerInTalks(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                              const Dictionary& dict, size_t start,
                              const std::vector<Mention>& before) {
  size_t with = start;
  if (with > 0 && IsDeterminer(tokens[with - 1])) --with;
  if (with == 0 || !IsWord(tokens[with - 1], "with")) return nullptr;
  const PhraseMatch* trigger = nullptr;
  for (const PhraseMatch& pm : matches) {
    // (The event noun for "signed an electoral deal with", whose support
    // verb codes nothing alone.)
    const bool event_word =
        pm.kind == PhraseMatch::Kind::kVerb || pm.kind == PhraseMatch::Kind::kNominal;
    if (!event_word || pm.span.end > with || pm.span.end + 4 < with) continue;
    auto talks_or_deal = [](const std::string& code) {
      return (code.starts_with("03") || code.starts_with("04") || code.starts_with("05") ||
              code.starts_with("06")) &&
             !code.starts_with("042") && !code.starts_with("043");
    };
    const VerbForm& form = dict.verb_form(pm.id);
    const VerbBlock& block = dict.verb_blocks()[form.block];
    const std::string& code = form.EffectiveCode(dict.verb_blocks()).primary;
    // A support verb or noun that codes nothing alone ("signed", "deal")
    // counts when most of its coded patterns code talks, deals or
    // cooperation (not "fought with tanks": FIGHT codes fighting).
    int cooperative = 0, coded = 0;
    if (!code.empty() && code.front() == '-')
      for (const VerbPattern& p : block.patterns) {
        if (p.code.primary.empty() || p.code.primary.front() == '-') continue;
        ++coded;
        cooperative += talks_or_deal(p.code.primary);
      }
    if (talks_or_deal(code) || 2 * cooperative > coded) trigger = &pm;
  }
  if (trigger == nullptr) return nullptr;
  const Mention* partner = nullptr;
  for (const Mention& m : before)
    if (m.span.end <= trigger->span.begin && !m.locative && !m.possessive && !m.unplaced &&
        m.code.size() >= 3)
      partner = &m;
  return partner;
}

// Cities whose names are also common words ("Male MPs", "Victoria police"
// in Australia, "a Split court" opening a sentence): a capital letter alone
// does not tell the town from the word, so they never name a role's place.
// The words are gazetteer data (data/geo/common_words.txt).
bool IsCommonWordCity(const Gazetteer& gazetteer, std::span<const Token> tokens, size_t at,
                      size_t length) {
  for (size_t k = at; k < at + length && k < tokens.size(); ++k)
    if (gazetteer.IsCommonWord(tokens[k].text)) return true;
  return false;
}

// "a New York judge", "the Lahore police", "A Mumbai court": a city the
// gazetteer knows, named right before a role inside the phrase (after a
// determiner, with "New" read as part of it), describes the role: it is the
// role's place, not a person's name.
[[gnu::always_inline]] inline
bool CityBeforeRole(const SentenceScan& scan, const PhraseWords& words) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  const std::vector<size_t>& name_tokens = words.name_tokens;
  if (scan.context.gazetteer == nullptr || name_tokens.empty()) return false;
  const size_t p = IsDeterminer(tokens[words.start]) ? words.start + 1 : words.start;
  size_t length = 0;
  const Place* place = p < n && tokens[p].Has(kTokenCapitalized)
                           ? scan.context.gazetteer->MatchAt(tokens, p, &length)
                           : nullptr;
  if (place == nullptr || length == 0 || place->country.empty() ||
      !(place->kind == PlaceKind::kCity || place->kind == PlaceKind::kCapital))
    return false;
  if (IsCommonWordCity(*scan.context.gazetteer, tokens, p, length)) return false;
  // (Not a role word that describes a thing after it: "a Gaza refugee
  // camp" is a place, not refugees.)
  const size_t after = p + length;
  const size_t end = words.end;
  const bool noun_after = end < n && !tokens[end].Has(kTokenCapitalized) &&
                          (tokens[end].pos == kPosNN || tokens[end].pos == kPosNNS);
  return name_tokens.front() >= p && name_tokens.back() < after && after < n &&
         scan.seeds.agent_at[after] >= 0 && !noun_after;
}

// Whether a capitalised word before the role describes the group (or the
// facility) rather than naming a person.
// "Rohingya refugees", "Yazidi women": an unknown capitalised word
// before a plural role describes the group; it names no person. Before
// a military facility it names the facility ("the Shayrat air base").
[[gnu::always_inline]] inline
bool NamesGroupModifier(const SentenceScan& scan, const PhraseWords& words) {
  const std::span<const Token> tokens = scan.tokens;
  const Seeds& seeds = scan.seeds;
  const size_t j = words.end;
  const AgentEntry* agent = words.agent;
  const std::vector<size_t>& name_tokens = words.name_tokens;
  const TokenSpan person_span = words.person_span;
  const std::string& name = words.name;
  static constexpr std::array<std::string_view, 5> kFacilities = {"base", "airbase", "barracks",
                                                                  "garrison", "airfield"};
  // "Masked gunmen stormed ...", "Municipal police opened fire ...": a
  // word capitalised only because it opens the sentence describes a plural
  // in -men or a body of people as well. (Elsewhere "Shiite militiamen"
  // keep the reading they had.)
  static constexpr std::array<std::string_view, 3> kBodies = {"police", "personnel", "military"};
  const bool opening_modifier = !name_tokens.empty() && name_tokens.size() == 1 &&
                                tokens[name_tokens.front()].Has(kTokenSentenceStart) &&
                                (tokens[j - 1].text.ends_with("men") || InWords(kBodies, tokens[j - 1]));
  return agent != nullptr && !name.empty() && person_span.empty() && !name_tokens.empty() &&
      name_tokens.back() < j && j > 0 &&
      (tokens[j - 1].text.ends_with("s") || opening_modifier || CityBeforeRole(scan, words) ||
       InWords(kFacilities, tokens[j - 1])) &&
      name_tokens.back() + 1 < j && seeds.agent_at[name_tokens.back() + 1] >= 0;
}

// "linked to the Islamic State", "loyal to al-Qaeda", "affiliated with
// Boko Haram": the words at `at` tie a role to an armed group (an actor
// whose code is of the REB sector).
bool AffiliatedWithArmedGroup(const SentenceScan& scan, size_t at) {
  const std::span<const Token> tokens = scan.tokens;
  static constexpr std::array<std::string_view, 6> kTied = {"linked",     "loyal", "affiliated",
                                                           "allied",     "tied",  "aligned"};
  if (at + 2 >= tokens.size() || !InWords(kTied, tokens[at]) ||
      !(IsWord(tokens[at + 1], "to") || IsWord(tokens[at + 1], "with")))
    return false;
  size_t group = at + 2;
  if (IsWord(tokens[group], "the")) ++group;
  for (const PhraseMatch& pm : scan.matches)
    if (pm.kind == PhraseMatch::Kind::kActor && pm.span.begin == group &&
        scan.dict.actor(pm.id).CodeAt(scan.context.date).ends_with("REB"))
      return true;
  return false;
}

// "Militia fighters loyal to the deposed president shelled the port": a
// role that is loyal to (or allied with) a named leader or state serves that
// leader's country, whatever place the sentence names for its act. Returns
// the country code of the actor named right after the words at `at` (past
// "the" and up to two lower-case words: "loyal to the exiled general Ivan
// Petrov"), or "" when none follows, or it is an organisation or an armed
// group (those keep AffiliatedWithArmedGroup's reading and their place).
std::string_view CountryOfWhomLoyalTo(const SentenceScan& scan, size_t at) {
  const std::span<const Token> tokens = scan.tokens;
  static constexpr std::array<std::string_view, 2> kLoyal = {"loyal", "allied"};
  if (at + 2 >= tokens.size() || !InWords(kLoyal, tokens[at]) || !IsWord(tokens[at + 1], "to"))
    return {};
  size_t first = at + 2;
  if (IsWord(tokens[first], "the")) ++first;
  for (size_t skipped = 0; skipped < 2 && first < tokens.size() &&
                           tokens[first].Has(kTokenWord) && !tokens[first].Has(kTokenCapitalized);
       ++skipped)
    ++first;
  for (const PhraseMatch& pm : scan.matches) {
    if (pm.kind != PhraseMatch::Kind::kActor || pm.span.begin != first) continue;
    const std::string_view code = scan.dict.actor(pm.id).CodeAt(scan.context.date);
    if (code.size() < 3 || code.starts_with("IGO") || code.starts_with("NGO") ||
        code.starts_with(kUnplacedCountry) || code.ends_with("REB") || code.ends_with("UAF"))
      return {};
    if (scan.context.gazetteer == nullptr ||
        scan.context.gazetteer->Country(code.substr(0, 3)) == nullptr)
      return {};
    return code.substr(0, 3);
  }
  return {};
}

// A role named without a country: "---" and its sector, or the country of
// its owner, of the party it meets, or of the place after it.
// "Tens of thousands of protesters in Minsk", "rioters in Tottenham": a
// role without a country belongs to the place named right after it; with
// no such place the coder completes it from the event. Returns the kind of
// role the phrase was read as (kNone when it names no role without a
// country, or when the role word only describes a noun after it).
[[gnu::always_inline]] inline
RoleKind CodeRoleWithoutCountry(const SentenceScan& scan, const PhraseWords& words,
    const std::vector<Mention>& mentions, Mention* mention_out) {
  const std::span<const Token> tokens = scan.tokens;
  const std::span<const PhraseMatch> matches = scan.matches;
  const size_t n = tokens.size();
  const Dictionary& dict = scan.dict;
  const MentionContext& context = scan.context;
  CoreferenceMemory* memory = scan.memory;
  const size_t start = words.start;
  const size_t j = words.end;
  const std::string& actor_code = words.actor_code;
  const AgentEntry* agent = words.agent;
  const std::string& agent_word = words.agent_word;
  const std::vector<size_t>& name_tokens = words.name_tokens;
  const TokenSpan person_span = words.person_span;
  const bool possessive = words.possessive;
  const size_t last_agent_end = words.last_agent_end;
  const bool sponsored = words.sponsored;
  const std::string& name = words.name;
  const bool group_modifier = words.group_modifier;
  Mention& mention = *mention_out;
  RoleKind role = agent != nullptr && actor_code.empty() && (name.empty() || group_modifier) &&
                          mention.code.empty()
                      ? RoleWithoutCountry(*agent)
                      : RoleKind::kNone;
  // Civilians named as protesting are protesters, of the event's country.
  const bool protesting_civilians =
      role == RoleKind::kPlacedOnly && agent->code == "CVL" && PeopleProtesting(tokens, j);
  if (protesting_civilians) role = RoleKind::kDomestic;
  // "Belarus released opposition leader Maria Kolesnikova", "the activist
  // Anna Hazare": a name the dictionaries do not know after a domestic
  // role is a person of that role, of the country the event gives. (A
  // soldier's or a journalist's country is not the other party's, and a
  // name before the role is a name of a thing: "the Nuclear Forces
  // Treaty".)
  if (role == RoleKind::kNone && agent != nullptr && actor_code.empty() && mention.code.empty() &&
      person_span.empty() && !name_tokens.empty() && last_agent_end <= n &&
      name_tokens.front() >= last_agent_end && RoleWithoutCountry(*agent) == RoleKind::kDomestic)
    role = RoleKind::kDomestic;
  // "Sri Lanka asked the IMF for financing. Finance Minister Ali Sabry
  // also sought loans from the World Bank": a minister, president or prime
  // minister the dictionaries do not know, titled before the name, holds
  // office in the state the text is about.
  if (mention.code.empty() && agent != nullptr && agent->code == "GOV" && actor_code.empty() &&
      person_span.empty() && !name_tokens.empty() && last_agent_end <= n &&
      name_tokens.front() == last_agent_end && tokens[start].Has(kTokenCapitalized) &&
      !memory->last_thing_code().empty() && memory->last_thing_code().size() == 3 &&
      (agent->name.find("MINIST") != std::string::npos ||
       agent->name.find("PRESIDENT") != std::string::npos ||
       agent->name.find("PREMIER") != std::string::npos)) {
    mention.code = memory->last_thing_code() + "GOV";
    mention.how = fmt::format("{} {}: the state the text is about ({})", agent_word, name,
                              memory->last_thing_label());
  }
  // "joint military exercises", "signed a military agreement": a role
  // word before an event noun describes the event; it is not a party.
  // (A possessive one owns it: "condemned the military's seizure of power
  // in Gabon".)
  if (role != RoleKind::kNone && j < n && !possessive) {
    for (const PhraseMatch& pm : matches)
      if (pm.kind == PhraseMatch::Kind::kNominal && pm.span.begin <= j && j < pm.span.end &&
          pm.span.begin >= start)
        role = RoleKind::kNone;
    // "Seoul and Tokyo signed a military intelligence pact": also past one
    // common noun, for a role named with no country.
    if (actor_code.empty() && j + 1 < n &&
        (tokens[j].pos == kPosNN || tokens[j].pos == kPosNNS) &&
        !tokens[j].Has(kTokenCapitalized))
      for (const PhraseMatch& pm : matches)
        if (pm.kind == PhraseMatch::Kind::kNominal && pm.span.begin == j + 1)
          role = RoleKind::kNone;
  }
  // "areas under government control": a role before a common noun that is
  // not an event noun is an adjective there, for governments; also past an
  // adjective ("abducted from a government secondary school").
  if (role != RoleKind::kNone && agent->code == "GOV" && !possessive && j < n) {
    size_t h = j;
    if (h + 1 < n && tokens[h].pos == kPosJJ && !tokens[h].Has(kTokenCapitalized)) ++h;
    if ((tokens[h].pos == kPosNN || tokens[h].pos == kPosNNS) && !tokens[h].Has(kTokenCapitalized))
      role = RoleKind::kNone;
  }
  // "all nations and governments must stand against ...": governments in
  // general are no one in particular.
  if (role != RoleKind::kNone && agent->code == "GOV") {
    const Token& head = tokens[(possessive ? j - 1 : j) - 1];
    if (!(head.text.ends_with("ment") || head.text.ends_with("gime") ||
          head.text.ends_with("tion") || head.text.ends_with("inet") ||
          IsWord(head, "authorities")))
      role = RoleKind::kNone;
  }
  if (role != RoleKind::kNone) {
    // "Iranian-aligned forces in Syria": forces a foreign state backs are
    // a militia (UAF), not the army of the place they fight in.
    std::string role_sector = sponsored && agent->name == "FORCES" ? "UAF"
                              : protesting_civilians                 ? "OPP"
                                                                     : agent->code;
    // "Insurgents linked to the Islamic State overran the town", "militants
    // loyal to al-Qaeda": fighters tied to a named armed group are an armed
    // group of the country where they fight (REB), not nameless gunmen.
    if (role_sector == "UAF" && AffiliatedWithArmedGroup(scan, j)) role_sector = "REB";
    if (role == RoleKind::kDomestic || role == RoleKind::kStateForce) {
      mention.code = std::string(kUnplacedCountry) + role_sector;
      mention.unplaced = true;
      mention.unplaced_needs_place = role == RoleKind::kStateForce;
      mention.how = fmt::format("role without a country: {}", agent_word);
    }
    // "Iran-backed militias attacked US troops": a sponsored role is
    // rarely of the foreign state it fights; as armed forces are, it takes
    // a country only from its place or a party of its own country.
    if (sponsored && mention.unplaced) {
      mention.sponsored = true;
      mention.unplaced_needs_place = true;
      mention.how += " (its backer is not its country)";
    }
    // "Trump said his administration ...", "Ukraine put its armed forces
    // on alert": a role owned by a possessive pronoun belongs to the last
    // actor named before it.
    // "ordered his nuclear forces on alert": one or two adjectives may
    // stand between the pronoun and the role, or a number ("their 12 crew").
    size_t owner_at = start;
    for (int skipped = 0; skipped < 2 && owner_at > 0; ++skipped) {
      const Token& w = tokens[owner_at - 1];
      if ((!w.Has(kTokenWord) && w.pos != kPosCD) || w.Has(kTokenCapitalized) || IsPossessivePronoun(w) ||
          !(w.pos == kPosJJ || w.pos == kPosNN || w.pos == kPosVBN || w.pos == kPosCD))
        break;
      --owner_at;
    }
    const Token* before = owner_at > 0 ? &tokens[owner_at - 1] : nullptr;
    if (mention.unplaced && before != nullptr && IsPossessivePronoun(*before)) {
      mention.owned = true;
      std::string_view owner;
      for (const Mention& m : mentions)
        if (!m.unplaced && !m.locative && m.code.size() >= 3 && !m.code.starts_with("IGO") &&
            !m.code.starts_with("NGO"))
          owner = m.code;
      if (owner.empty())
        owner = IsWord(*before, "his") || IsWord(*before, "her") ? memory->last_person_code()
                                                                 : memory->last_thing_code();
      if (owner.size() >= 3 && !owner.starts_with("IGO") && !owner.starts_with("NGO")) {
        mention.code = std::string(owner.substr(0, 3)) + role_sector;
        mention.unplaced = false;
        mention.unplaced_needs_place = false;
        mention.how = fmt::format("{} {}: the owner's role", before->text, agent_word);
      }
    }
    // "soldiers fired on his supporters": an object's own role is a party.
    if (mention.owned) RoleOfObjectOwner(tokens, mentions, owner_at - 1, role_sector, &mention);
    // "the government of Daniel Ortega reached a deal with the
    // opposition in Managua": the place after a role met or agreed with
    // is where they meet, not whose the role is; the role is of the
    // party that meets it (Venezuela's opposition).
    if (mention.unplaced && !mention.owned && !mention.sponsored) {
      if (const std::string_view country = CountryOfWhomLoyalTo(scan, j); !country.empty()) {
        mention.code.replace(0, kUnplacedCountry.size(), country);
        mention.unplaced = false;
        mention.unplaced_needs_place = false;
        mention.how += fmt::format(" + {} (whom it is loyal to)", country);
      }
    }
    if (mention.unplaced && !mention.owned) {
      if (const Mention* partner = PartnerInTalks(tokens, matches, dict, start, mentions);
          partner != nullptr)
        TakeCountryFrom(*partner, &mention, "the party it meets or agrees with");
    }
    if ((mention.unplaced || mention.code.empty()) && context.gazetteer != nullptr && j + 1 < n &&
        (IsWord(tokens[j], "in") || IsWord(tokens[j], "from") ||
         IsWord(tokens[j], "throughout") || IsWord(tokens[j], "across") ||
         IsWord(tokens[j], "fleeing") ||
         // "his thoughts were with the people of Boston", "the residents
         // of Aleppo": a population is of the place named with "of".
         (IsWord(tokens[j], "of") && (agent->code == "CVL" || agent->code == "REF")))) {
      size_t p = IsDeterminer(tokens[j + 1]) ? j + 2 : j + 1;
      // "refugees fleeing the civil war in Liberia", "fleeing violence in
      // Darfur": what they flee may stand before the place.
      if (IsWord(tokens[j], "fleeing")) {
        for (size_t k = j + 1; k + 1 < n && k <= j + 5; ++k) {
          if (IsWord(tokens[k], "in") || IsWord(tokens[k], "from")) {
            p = IsDeterminer(tokens[k + 1]) ? k + 2 : k + 1;
            break;
          }
          if (!tokens[k].Has(kTokenWord) || tokens[k].Has(kTokenCapitalized)) break;
        }
      }
      p = SkipToPlaceName(tokens, p);
      size_t length = 0;
      if (const Place* place = p < n ? context.gazetteer->MatchAt(tokens, p, &length) : nullptr;
          place != nullptr) {
        mention.code = place->country + role_sector;
        mention.unplaced = false;
        mention.unplaced_needs_place = false;
        mention.how = fmt::format("{} + {}: the role's place", place->name, agent_word);
      }
    }
    // "Delhi police fired tear gas at students", "the Karachi riot police":
    // a city named right before the role, in its phrase, is its place.
    // (Not an owner's name: "the Luhansk people's republic".)
    if ((mention.unplaced || mention.code.empty()) && context.gazetteer != nullptr &&
        start < n && !possessive) {
      const size_t p = IsDeterminer(tokens[start]) ? start + 1 : start;
      size_t length = 0;
      const Place* place = p < n && tokens[p].Has(kTokenCapitalized)
                               ? context.gazetteer->MatchAt(tokens, p, &length)
                               : nullptr;
      if (place != nullptr && length > 0 && p + length < j && !place->country.empty() &&
          (place->kind == PlaceKind::kCity || place->kind == PlaceKind::kCapital) &&
          !IsCommonWordCity(*context.gazetteer, tokens, p, length)) {
        mention.code = place->country + role_sector;
        mention.unplaced = false;
        mention.unplaced_needs_place = false;
        mention.how = fmt::format("{} {}: the role's place", place->name, agent_word);
      }
    }
  }
  return role;
}

// A code from the phrase's context when it has none: "the rebels" for the
// armed group named before, "the president" for the holder named before,
// a role of an organisation or of a list of roles.
[[gnu::always_inline]] inline
void CodeRoleFromContext(const SentenceScan& scan, const PhraseWords& words,
    const std::vector<Mention>& mentions, Mention* mention_out) {
  const std::span<const Token> tokens = scan.tokens;
  const std::span<const PhraseMatch> matches = scan.matches;
  const size_t n = tokens.size();
  const Dictionary& dict = scan.dict;
  const MentionContext& context = scan.context;
  const Seeds& seeds = scan.seeds;
  CoreferenceMemory* memory = scan.memory;
  const size_t start = words.start;
  const size_t j = words.end;
  const std::string& actor_code = words.actor_code;
  const AgentEntry* agent = words.agent;
  const std::string& agent_word = words.agent_word;
  const std::string& name = words.name;
  Mention& mention = *mention_out;
  // "Ukraine's government accused pro-Russian separatists of downing the
  // airliner, but the rebels denied any involvement", "Boko Haram razed
  // Baga in an assault in which the militants killed hundreds": "the" and
  // an armed group's role with no country of its own (rebels, militants,
  // insurgents, separatists, the paramilitary) is the armed group named
  // last, in this sentence or the ones before, whatever the sector its
  // role word gives. ("Turkish-backed rebels", "their fighters" are left
  // to the rules above.)
  if (mention.unplaced && !mention.sponsored && !mention.owned &&
      IsArmedGroupCode(mention.code) && IsWord(tokens[start], "the")) {
    if (std::string code = DefiniteAntecedent(mentions, start, *memory, IsArmedGroupCode);
        !code.empty()) {
      mention.how = fmt::format("coreference: {} = {}", SpanText(tokens, mention.span), code);
      mention.code = std::move(code);
      mention.unplaced = false;
      mention.unplaced_needs_place = false;
    }
  }
  ResolveDefiniteRole(tokens, mentions, *memory, &mention);
  // "Judges at the ICC convicted ...", "inspectors from the IAEA",
  // "officials of the United Nations": a role of an international
  // organisation is that organisation.
  if (mention.code.empty() && agent != nullptr && actor_code.empty() && name.empty() &&
      j + 1 < n &&
      (IsWord(tokens[j], "at") || IsWord(tokens[j], "of") || IsWord(tokens[j], "from"))) {
    const size_t p = IsDeterminer(tokens[j + 1]) ? j + 2 : j + 1;
    if (p < n && seeds.actor_at[p] >= 0) {
      const ActorEntry& a = dict.actor(matches[seeds.actor_at[p]].id);
      if (std::string_view code = a.CodeAt(context.date); code.starts_with("IGO")) {
        mention.code = std::string(code);
        mention.how =
            fmt::format("{} {} {}: the organisation's role", agent_word, tokens[j].text, a.name);
      }
    }
  }
  // "Sudan expelled thirteen international aid agencies": aid agencies and
  // NGOs named without a country are the CAMEO actor NGO itself.
  if (mention.code.empty() && agent != nullptr && actor_code.empty() && name.empty() &&
      agent->code == "NGO") {
    mention.code = "NGO";
    mention.how = fmt::format("dictionary: {} (no country: NGO)", agent_word);
  }
  // "Turkish police and prosecutors searched the consulate": a country
  // word before the first of two roles joined by "and" modifies both, so
  // a court's or a parliament's role, which otherwise takes a country only
  // from its place, takes the country of the role it is listed with.
  // "stormed Brazil's Congress, Supreme Court and presidential palace":
  // so does a possessive country before the first of a list of roles
  // joined by commas and a final "and", for roles of every kind.
  bool owned_list = false;
  if (mention.code.empty() && agent != nullptr && actor_code.empty() && name.empty() &&
      start >= 2 && seeds.agent_at[start] >= 0 && !mentions.empty() &&
      mentions.back().span.end + 1 == start &&
      (IsWord(tokens[start - 1], "and") || tokens[start - 1].text == ",")) {
    const Mention& first = mentions.back();
    const bool owned = first.span.size() == 3 && first.code.size() == 6 &&
                       first.agent != nullptr && first.person_name.empty() && !first.locative &&
                       tokens[first.span.begin + 1].Has(kTokenPossessive);
    const bool listed = first.how.ends_with(kOwnedListHow);
    // A comma needs the list to end with "and" and a role.
    size_t k = j;
    while (k + 1 < n && tokens[k].text == "," && seeds.agent_at[k + 1] >= 0)
      k = matches[seeds.agent_at[k + 1]].span.end;
    const bool ends_with_and =
        IsWord(tokens[start - 1], "and") ||
        (k + 1 < n && IsWord(tokens[k], "and") && seeds.agent_at[k + 1] >= 0);
    owned_list = (owned || listed) && ends_with_and;
  }
  if (mention.code.empty() && agent != nullptr && actor_code.empty() && name.empty() &&
      (RoleWithoutCountry(*agent) == RoleKind::kPlacedOnly || owned_list) && start >= 2 &&
      seeds.agent_at[start] >= 0 && !mentions.empty() &&
      (IsWord(tokens[start - 1], "and") || owned_list) &&
      // ("Mexican officials and representatives of the creditor banks":
      // a role whose owner follows it is that owner's.)
      (j >= n || !(owned_list ? IsWord(tokens[j], "of") : IsPreposition(tokens[j])))) {
    const Mention& first = mentions.back();
    if (owned_list) {
      mention.code = first.code.substr(0, 3) + agent->code;
      mention.how = fmt::format("{} + {}{}", first.code.substr(0, 3), agent_word, kOwnedListHow);
    } else if (first.span.end + 1 == start && first.span.size() == 2 && first.code.size() == 6 &&
        first.agent != nullptr && first.person_name.empty() && !first.possessive &&
        !first.locative && !first.unplaced && tokens[first.span.begin].Has(kTokenCapitalized) &&
        !first.code.starts_with("IGO") && !first.code.starts_with("NGO")) {
      mention.code = first.code.substr(0, 3) + agent->code;
      mention.how = fmt::format("{} + {}: the country word before the roles joined by 'and'",
                                SpanText(tokens, {first.span.begin, first.span.begin + 1}),
                                agent_word);
    }
  }
}

}  // namespace

// (ReadPhraseAt runs for nearly every token: the steps above, which only it
// calls, are inlined into it.)
void ReadPhraseAt(const SentenceScan& scan, std::vector<Mention>* mentions, size_t* at) {
  const size_t start = *at;
  PhraseWords words;
  words.start = start;
  ReadPhraseWords(scan, &words);
  if (NamesGeographicFeature(scan, words)) {
    // ("the Gulf of," with no name after "of" reaches here on the comma,
    // with j == start: always move on, or the loop never ends.)
    *at = std::max(start + 1, words.end);
    return;
  }
  Mention mention = MentionOfWords(scan, words);
  words.group_modifier = NamesGroupModifier(scan, words);
  const RoleKind role = CodeRoleWithoutCountry(scan, words, *mentions, &mention);
  CodeRoleFromContext(scan, words, *mentions, &mention);
  // "Prosecutors charged the former president", "a judge jailed the
  // opposition leader": a court or prosecutor that nothing above placed
  // is left for the event to complete from a domestic party it acts on
  // (CompleteUnplacedRole).
  if (mention.code.empty() && role == RoleKind::kPlacedOnly && words.agent->code == "JUD" &&
      MayBeDomesticJustice(scan.tokens, start, words.end, words.agent->name)) {
    mention.code = std::string(kUnplacedCountry) + words.agent->code;
    mention.unplaced = mention.unplaced_needs_place = true;
    mention.how = fmt::format("role without a country: {}", words.agent_word);
  }
  // "Two truck bombs exploded at the finance ministry in Kabul": a ministry
  // named with no country but with the town it stands in is the government
  // of that town's country. (Only the building or body, "ministry": a
  // minister with no country is a person the text may place otherwise.)
  if (mention.code.empty() && words.agent != nullptr && words.agent->code == "GOV" &&
      words.actor_code.empty() && words.name.empty() && !words.possessive &&
      scan.context.gazetteer != nullptr && words.end > start && words.end + 1 < scan.tokens.size() &&
      (IsWord(scan.tokens[words.end - 1], "ministry") ||
       IsWord(scan.tokens[words.end - 1], "ministries")) &&
      IsWord(scan.tokens[words.end], "in")) {
    size_t length = 0;
    const size_t p = SkipToPlaceName(
        scan.tokens, IsDeterminer(scan.tokens[words.end + 1]) ? words.end + 2 : words.end + 1);
    if (const Place* place = p < scan.tokens.size() && scan.tokens[p].Has(kTokenCapitalized)
                                 ? scan.context.gazetteer->MatchAt(scan.tokens, p, &length)
                                 : nullptr;
        place != nullptr && !place->country.empty() &&
        !IsCommonWordCity(*scan.context.gazetteer, scan.tokens, p, length)) {
      mention.code = place->country + "GOV";
      mention.how = fmt::format("{} + {}: the ministry's town", place->name, words.agent_word);
    }
  }
  if (mention.code.empty()) {
    *at = words.has_seed ? std::max(start + 1, words.end) : start + 1;
    return;
  }
  MarkFormerAndPerson(scan, words, &mention);
  MarkPlace(scan, words, *mentions, &mention);
  mentions->push_back(std::move(mention));
  MergeResidentPeople(scan.tokens, mentions);
  *at = words.end;
}

}  // namespace khaldun::internal
