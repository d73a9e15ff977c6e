// Parties named around an act: victims counted, roles held, people hit,
// implicit parties, and modifiers that deny an act or make it a role.
// (Helpers of Coder::Code's stages, declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>

#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/petrarch_engine.h"
#include "coder/accusations.h"
#include "coder/reactions.h"
#include "coder/scare_quotes.h"
#include "coder/sports.h"
#include "coder/render.h"
#include "coder/tabari_engine.h"

namespace khaldun::coder_internal {

// The word among the three before an event noun that denies it or makes it
// only envisaged ("no meeting", "a possible meeting", "the planned summit"),
// or "" if none. The search stops at a verb, a comma or a preposition.
std::string_view UnassertingModifier(std::span<const Token> tokens, uint32_t noun) {
  // ("his coming summit with Kim", "the upcoming talks in Geneva", "an
  // impending offensive", "any war between Hezbollah and Israel": an act
  // still ahead, or none in particular, is not reported as done.)
  static constexpr std::array<std::string_view, 17> kWords = {
      "no",          "possible",     "potential", "planned",  "proposed",
      "prospective", "hypothetical", "future",    "envisaged", "coming",
      "upcoming",    "forthcoming",  "impending", "looming",   "imminent",
      "any",         "mooted"};
  // "to prevent a direct clash between US and Russian troops", "fears of a
  // new war", "the risk of an attack": what is prevented, feared or risked
  // has not happened. The word governs the noun's phrase (past a
  // determiner and adjectives, or "of" and a determiner).
  static constexpr std::array<std::string_view, 8> kPreventing = {
      "prevent", "prevented", "preventing", "avoid", "avoided", "avoiding", "avert", "averted"};
  // ("the prospect of a Turkish offensive", "the danger of a new war".)
  static constexpr std::array<std::string_view, 9> kFearing = {
      "fears",  "fear",    "risk",    "threat", "prospect",
      "danger", "spectre", "specter", "possibility"};
  auto word_of = [](std::span<const std::string_view> words, const Token& t) {
    for (std::string_view w : words)
      if (internal::IsWord(t, w)) return w;
    return std::string_view();
  };
  for (uint32_t k = noun; k-- > 0 && k + 3 >= noun;) {
    const Token& t = tokens[k];
    if (const std::string_view w = word_of(kWords, t); !w.empty()) return w;
    if (internal::IsWord(t, "of") && k > 0) {
      if (const std::string_view w = word_of(kPreventing, tokens[k - 1]); !w.empty()) return w;
      if (const std::string_view w = word_of(kFearing, tokens[k - 1]); !w.empty()) return w;
      // "bases readied in the event of US-led military action", "in case of
      // an attack": a condition, not an act.
      if (k >= 2 && internal::IsWord(tokens[k - 1], "case") && internal::IsWord(tokens[k - 2], "in"))
        return "in case of";
      if (k >= 3 && internal::IsWord(tokens[k - 1], "event") &&
          internal::IsWord(tokens[k - 2], "the") && internal::IsWord(tokens[k - 3], "in"))
        return "in the event of";
    }
    if (const std::string_view w = word_of(kPreventing, t); !w.empty()) return w;
    if (t.text == "," || internal::IsPreposition(t) || IsVerbTag(t.pos)) break;
  }
  return {};
}

// "put under investigation for her possible role in rioting", "indicted for
// his alleged part in atrocities": an act named as what someone had a role
// in is background to the news, not news of its own.
bool RoleInAnAct(std::span<const Token> tokens, uint32_t at) {
  uint32_t k = at;
  if (k > 0 && internal::IsDeterminer(tokens[k - 1])) --k;
  if (k < 2 || !internal::IsWord(tokens[k - 1], "in")) return false;
  const Token& role = tokens[k - 2];
  return internal::IsWord(role, "role") || internal::IsWord(role, "part") ||
         internal::IsWord(role, "involvement") || internal::IsWord(role, "complicity");
}

// Whether a protester with no named target protests against its own state:
// a non-state group of a country ("Iraqi Kurds", IRQOPP, "students" with a
// place), not a state institution and not a state named as a whole ("Iraq
// protested" needs a target).
bool ProtestsItsOwnGovernment(const Mention& m, std::span<const Token> tokens) {
  if (m.code.size() < 3 || m.locative) return false;
  if (m.code.size() == 3)
    return !m.possessive && m.agent == nullptr && m.span.size() >= 1 &&
           tokens[m.span.end - 1].text.ends_with("s") && !m.span.empty() &&
           tokens[m.span.end - 1].Has(kTokenCapitalized) && m.span.size() <= 3;
  static constexpr std::string_view kState[] = {"GOV", "MIL", "COP", "SPY", "PKO"};
  std::string_view sector = std::string_view(m.code).substr(3, 3);
  if (m.code.starts_with("IGO") || m.code.starts_with("NGO")) return false;
  for (std::string_view st : kState)
    if (sector == st) return false;
  return true;
}

// "North Korea wanted all sanctions lifted": a past participle with no
// auxiliary before it is no finite verb of the clause's subject.
bool BareParticiple(std::span<const Token> tokens, uint32_t at) {
  if (tokens[at].pos != kPosVBN) return false;
  if (at == 0) return true;
  static constexpr std::string_view kAux[] = {"has",  "have", "had", "was", "were",
                                              "been", "be",   "is",  "are"};
  for (std::string_view a : kAux)
    if (internal::IsWord(tokens[at - 1], a)) return false;
  // "Belarusian police detained journalist Roman Protasevich": a form the
  // tagger read as a participle, right after a noun and before its object
  // (a noun, an adjective or a number, not "by"), is the noun's past-tense
  // verb. ("the release of detained journalists" has no noun before it.)
  const Token& before = tokens[at - 1];
  if ((before.pos == kPosNN || before.pos == kPosNNS || before.pos == kPosNNP) &&
      at + 1 < tokens.size()) {
    const Token& after = tokens[at + 1];
    if (after.pos == kPosNN || after.pos == kPosNNS || after.pos == kPosJJ || after.pos == kPosCD)
      return false;
    // ("Iran shut down the internet", "Quito cut the power lines": a
    // particle or a determiner opens the object too.)
    if (after.pos == kPosRP || after.pos == kPosDT) return false;
    // ("Tehran's government shut down mobile internet", "cut off mobile
    // data": "down" or "off" the tagger read otherwise, before an object,
    // is that particle.)
    if ((internal::IsWord(after, "down") || internal::IsWord(after, "off")) &&
        at + 2 < tokens.size()) {
      const Token& object = tokens[at + 2];
      if (object.pos == kPosNN || object.pos == kPosNNS || object.pos == kPosJJ ||
          object.pos == kPosDT || object.pos == kPosNNP)
        return false;
    }
  }
  return true;
}

// "killed about 1,200 people", "executed some 1,700 cadets", "killed more
// than a thousand members", "deported as many as 600", "up to 10,000",
// "hundreds of thousands": the number of people a verb's object counts,
// read past "about", "some", "more than", "at least", "as many as", "up
// to" and the like; 0 when no number follows.
long VictimsCounted(std::span<const Token> tokens, uint32_t from) {
  static constexpr std::array<std::string_view, 16> kApproximately = {
      "about", "some",  "nearly", "almost", "more",      "than", "at", "least",
      "over",  "around", "roughly", "estimated", "an", "as", "many", "up"};
  uint32_t k = from;
  for (int skipped = 0; k < tokens.size() && skipped < 3 && internal::InWords(kApproximately, tokens[k]);
       ++skipped)
    ++k;
  // "up to 10,000 migrants": "to" only after "up".
  if (k > from && k < tokens.size() && internal::IsWord(tokens[k - 1], "up") &&
      internal::IsWord(tokens[k], "to"))
    ++k;
  if (k >= tokens.size()) return 0;
  const Token& t = tokens[k];
  const bool next_is = k + 1 < tokens.size();
  auto scale = [&](long n) -> long {
    if (next_is && internal::IsWord(tokens[k + 1], "hundred")) return n * 100;
    if (next_is && internal::IsWord(tokens[k + 1], "thousand")) return n * 1000;
    return n;
  };
  if (internal::IsWord(t, "a")) return scale(1) > 1 ? scale(1) : 0;
  // "hundreds of thousands", "tens of thousands": the larger scale counts.
  const bool of_thousands = k + 2 < tokens.size() && internal::IsWord(tokens[k + 1], "of") &&
                            internal::IsWord(tokens[k + 2], "thousands");
  if (internal::IsWord(t, "hundreds")) return of_thousands ? 200000 : 200;
  if (internal::IsWord(t, "tens")) return of_thousands ? 20000 : 0;
  if (internal::IsWord(t, "thousands")) return 2000;
  std::string digits;
  for (char c : t.text) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c != ',') return 0;
  }
  if (digits.empty() || digits.size() > 9) return 0;
  return scale(std::stol(digits));
}

bool CiviliansCounted(std::span<const Token> tokens, uint32_t from) {
  static constexpr std::string_view kCivilians[] = {
      "civilians", "villagers", "residents", "worshippers", "worshipers", "children",
      "women",     "students",  "pupils",    "farmers",     "men",        "shoppers"};
  for (uint32_t k = from; k < tokens.size() && k < from + 7; ++k) {
    if (std::ranges::any_of(kCivilians, [&](std::string_view w) { return internal::IsWord(tokens[k], w); }))
      return true;
    if (IsVerbTag(tokens[k].pos) || tokens[k].text == "," || tokens[k].text == ".") return false;
  }
  return false;
}

// A person named in the text ("General Qassem Soleimani", "Shinzo Abe")
// whose code carries an office or a rank: government, military, former
// leader, party, rebel or opposition leader, clergy; or "him"/"her" standing
// for such a person, or for an office-holder titled without a name.
bool IsNamedOfficeHolder(const Mention& m, std::span<const Token> tokens) {
  // ("shot him dead": "him" or "her" stands for one person, named or
  // titled before, whose code says the office.)
  const bool one_person_pronoun =
      m.span.end == m.span.begin + 1 &&
      (internal::IsWord(tokens[m.span.begin], "him") || internal::IsWord(tokens[m.span.begin], "her"));
  if (!one_person_pronoun && (!m.person || m.person_name.empty())) return false;
  if (m.code.size() < 6) return false;
  // (An unnamed soldier or policeman shot is one of the ranks, not an
  // office: "troops stopped a police officer and shot him".)
  if (one_person_pronoun && m.person_name.empty() &&
      (m.code.compare(3, 3, "MIL") == 0 || m.code.compare(3, 3, "COP") == 0))
    return false;
  // An office-holder's dated entry, or a personal role ("General Qassem
  // Soleimani"); an undated name in the plural is a group ("the Tamil
  // Tigers"), not a person.
  const bool personal_role = m.agent != nullptr;
  // (A surname that ends in "s", "Raul Reyes", "Ana Torres", is read as a
  // plural only when tagged so or after "the".)
  const Token& final_word = tokens[m.span.end - 1];
  const bool after_the = internal::IsWord(tokens[m.span.begin], "the") ||
                         (m.span.begin > 0 && internal::IsWord(tokens[m.span.begin - 1], "the"));
  if (!m.dated_entry && !personal_role && final_word.text.ends_with("s") &&
      (final_word.pos == kPosNNPS || final_word.pos == kPosNNS || after_the || m.span.size() < 2))
    return false;
  // "killing two South Korean marines", "shot dead three Israeli soldiers":
  // a phrase that ends on a role noun in the plural counts people by their
  // role; the country before it is no one's name.
  const Token& last = tokens[m.span.end - 1];
  if (last.pos == kPosNNS && !last.Has(kTokenCapitalized)) return false;
  // A phrase that ends in a plural role word names several role-holders,
  // not a person, even when a two-word nationality before it looks like a
  // name: "killing three New Zealand soldiers", "shot two Sri Lankan
  // policemen dead" are killings (18x, 19x, 20x), not assassinations.
  if (personal_role && tokens[m.span.end - 1].pos == kPosNNS) return false;
  static constexpr std::string_view kRanks[] = {"GOV", "MIL", "ELI", "PTY", "REB", "OPP",
                                                "REL", "LEG", "JUD", "COP", "SPY"};
  std::string_view sector = std::string_view(m.code).substr(3, 3);
  for (std::string_view r : kRanks)
    if (sector == r) return true;
  return false;
}

// The named office-holder that the possessive mentions[owner] owns, right
// after it or past one or two role words ("the militia's commander Somchai
// Wongsa", "the group's second-in-command Ana Ruiz"); -1 if none.
int NamedOfficeHolderOwnedBy(std::span<const Mention> mentions, int owner,
                             std::span<const Token> tokens) {
  const uint32_t end = mentions[owner].span.end;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& x = mentions[k];
    if (x.span.begin < end || x.span.begin > end + 2) continue;
    bool clear = true;
    for (uint32_t q = end; q < x.span.begin; ++q)
      clear &= !IsVerbTag(tokens[q].pos) && !tokens[q].Has(kTokenCapitalized) &&
               std::isalpha(static_cast<unsigned char>(tokens[q].text[0]));
    if (clear && IsNamedOfficeHolder(x, tokens)) return static_cast<int>(k);
  }
  return -1;
}

// The named office-holder right after mentions[group] and one or two
// singular nouns of a title ("militia chief Omar Diallo", "rebel group
// deputy leader Ana Ruiz" after "rebel group"); -1 if none.
int NamedOfficeHolderTitledAfter(std::span<const Mention> mentions, int group,
                                 std::span<const Token> tokens) {
  const uint32_t end = mentions[group].span.end;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& x = mentions[k];
    if (x.span.begin <= end || x.span.begin > end + 2) continue;
    // (Words of a title only: "killed Hamas fighters and Ana Ruiz" names
    // two victims.)
    bool title = true;
    for (uint32_t q = end; q < x.span.begin; ++q)
      title &= !IsVerbTag(tokens[q].pos) && tokens[q].pos != kPosNNS &&
               !tokens[q].Has(kTokenCapitalized) &&
               std::isalpha(static_cast<unsigned char>(tokens[q].text[0])) &&
               !internal::IsWord(tokens[q], "and") && !internal::IsWord(tokens[q], "or") &&
               !internal::IsDeterminer(tokens[q]) && !internal::IsWord(tokens[q], "of");
    if (title && IsNamedOfficeHolder(x, tokens)) return static_cast<int>(k);
  }
  return -1;
}

// A singular role of an office or a rank ("Chile's consul in Lima", "the
// country's foreign minister", "the militia's chief") named beside it, set
// off by commas: a person right after it ("The army killed the militia's
// chief, Omar Diallo, in a raid"), a name the dictionaries do not know after
// a short phrase ("Chile's consul in Lima, Rosa Vidal, was stabbed"), or a
// known person before it ("Ana Ruiz, the region's governor, was shot"). It
// names one person holding the office, so killing them is an assassination
// (186) as "killed militia chief Omar Diallo" is. A plural role ("two of its
// officers, Omar Diallo and Ali Sow") counts people, not one office.
bool IsOfficeHolderNamedBeside(const Mention& m, std::span<const Mention> mentions,
                               std::span<const Token> tokens) {
  if ((m.agent == nullptr && m.role == nullptr) || m.code.size() < 6 || m.span.empty())
    return false;
  if (tokens[m.span.end - 1].pos == kPosNNS || tokens[m.span.end - 1].pos == kPosNNPS)
    return false;
  static constexpr std::string_view kRanks[] = {"GOV", "MIL", "ELI", "PTY", "REB", "OPP",
                                                "REL", "LEG", "JUD", "COP", "SPY"};
  const std::string_view sector = std::string_view(m.code).substr(3, 3);
  if (std::ranges::none_of(kRanks, [&](std::string_view r) { return sector == r; }))
    return false;
  // Before it: "Ana Ruiz, the region's governor".
  if (m.span.begin >= 2 && tokens[m.span.begin - 1].text == ",")
    for (const Mention& x : mentions)
      if (x.span.end + 1 == m.span.begin && x.person && !x.person_name.empty()) return true;
  // Right after it: "the militia's chief, Omar Diallo".
  if (m.role != nullptr && m.person && m.span.end + 1 < tokens.size() &&
      tokens[m.span.end].text == ",")
    for (const Mention& x : mentions)
      if (x.span.begin == m.span.end + 1 && x.person && x.role == nullptr) return true;
  // After it, past a short phrase of where or of what ("in Lima", "to
  // Turkey"): a comma, two to four capitalized names, a comma.
  uint32_t k = m.span.end;
  for (int words = 0; words < 4 && k < tokens.size() && tokens[k].text != ","; ++words, ++k)
    if (IsVerbTag(tokens[k].pos) || tokens[k].text == "." || tokens[k].text == ";") return false;
  if (k >= tokens.size() || tokens[k].text != ",") return false;
  uint32_t names = 0;
  for (++k; k < tokens.size() && tokens[k].pos == kPosNNP && tokens[k].Has(kTokenCapitalized);
       ++k)
    ++names;
  return names >= 2 && names <= 4 && k < tokens.size() && tokens[k].text == ",";
}

// "arrested dozens of Arab citizens" (after the verb), "More than 5,000
// people were detained by" (a passive's subject, before it): the role word
// naming whom an arrest holds, where no actor is named; nullptr if none. The
// words between must be quantities, determiners or modifiers, not another
// verb or clause.
const AgentEntry* HeldRole(const Dictionary& dict, std::span<const Token> tokens,
                           std::span<const PhraseMatch> matches, TokenSpan verb, bool passive,
                           const internal::ClauseWindow& window,
                           std::span<const Mention> mentions) {
  const AgentEntry* held = nullptr;
  TokenSpan held_span;
  for (const PhraseMatch& a : matches) {
    if (a.kind != PhraseMatch::Kind::kAgent) continue;
    uint32_t from = passive ? a.span.end : verb.end;
    uint32_t to = passive ? verb.begin : a.span.begin;
    if (passive ? (a.span.end > verb.begin || a.span.begin < window.begin || verb.begin > a.span.end + 8)
                : (a.span.begin < verb.end || a.span.begin > verb.end + 6 || a.span.end > window.end))
      continue;
    bool clear = true;
    for (uint32_t k = from; k < to && clear; ++k) {
      const Token& t = tokens[k];
      if (passive) {
        // "were detained by": only the auxiliary, an adverb, or a quantity
        // phrase's end between the role and the verb.
        clear = t.pos == kPosVBD || t.pos == kPosVBZ || t.pos == kPosVBP || t.pos == kPosVBN ||
                t.pos == kPosRB || internal::IsWord(t, "have") || internal::IsWord(t, "been");
      } else {
        clear = (t.Has(kTokenWord) || t.pos == kPosCD) && !t.Has(kTokenQuote) &&
                (t.pos == kPosDT || t.pos == kPosCD || t.pos == kPosJJ || t.pos == kPosNN ||
                 t.pos == kPosNNS || t.pos == kPosNNP || t.pos == kPosPOS || t.pos == kPosIN ||
                 t.pos == kPosPRPS || t.text == "'s");
        // "at least 132 civilians", "more than 5,000 people", "up to 20".
        static constexpr std::array<std::string_view, 12> kCounting = {
            "at", "least", "more", "than", "about", "some", "over", "up", "to", "nearly", "almost", "around"};
        if (!clear || t.pos == kPosIN || t.pos == kPosTO)
          clear = internal::IsWord(t, "of") || internal::InWords(kCounting, t);
      }
    }
    if (!clear) continue;
    // "killed the journalist Jamal Khashoggi": a role before a name is a
    // person the mentions speak for, not people named by their role. When
    // the mentions are given, only a name they know is such a person
    // ("began investigating the mining company Vale": a company of the
    // state's jurisdiction).
    if (a.span.end < tokens.size() && tokens[a.span.end].Has(kTokenCapitalized) &&
        (mentions.empty() || std::any_of(mentions.begin(), mentions.end(), [&](const Mention& x) {
           return x.span.begin <= a.span.end && a.span.end < x.span.end;
         })))
      continue;
    // "detained women's rights activists": the last role of the phrase is
    // its head.
    if (passive) return &dict.agent(a.id);
    // "took dozens of villagers hostage": "hostage" after a role says what
    // was done to them; the villagers stay the people held.
    if (held != nullptr && NamesPeopleHeld(dict.agent(a.id))) continue;
    // ("arrested the media tycoon": a shorter role inside the longer one
    // found before, "tycoon", is not the head; the longer one is.)
    if (held != nullptr && a.span.begin > held_span.begin && a.span.end <= held_span.end) continue;
    held = &dict.agent(a.id);
    held_span = a.span;
  }
  return held;
}

// Roles of people whom violence hits where they are: civilians, refugees,
// clergy, students, journalists, health workers.
bool IsPeopleHit(const AgentEntry& role) {
  return role.code == "CVL" || role.code == "REF" || role.code == "REL" || role.code == "EDU" ||
         role.code == "MED" || role.code == "HLH";
}

// "people", "residents", "the population": a population named as such,
// which stands for the country itself where an act falls on a place.
bool NamesAPopulation(const AgentEntry& role) {
  const std::string_view who = role.name;
  return who == "PEOPLE" || who == "POPULATION" || who == "RESIDENT" || who == "INHABITANT";
}

// "The king apologised to the people of Congo" (COD), "appealed to the
// Iraqi people" (IRQ): a people addressed as a whole is the population of
// the country, which tests/gold/README.md codes with the bare country.
bool NamesAWholePeople(const AgentEntry& role) {
  return role.name == "PEOPLE" || role.name == "POPULATION";
}

// "The militia freed two Thai hostages" (THA): hostages are held for what
// their state or people may give, not for a sector of society; CAMEO has no
// agent code for them, and the gold sets code them by nationality alone
// (prisoners and detainees stay CVL, as tests/gold/README.md says).
bool NamesPeopleHeld(const AgentEntry& role) {
  return role.name == "HOSTAGE" || role.name == "CAPTIVE";
}

// "China detained two Canadian citizens" (CAN), "the commandos killed nine
// Turkish nationals" (TUR), "Pyongyang admitted abducting Japanese citizens"
// (JPN): citizenship says whose people they are, not a sector of society;
// as "four Americans" (a person with no role noun) and freed foreign
// nationals, the gold sets code them with the bare country (5 of 5 events
// in 5 sets). "Civilians" stay CVL: the word sets them apart from
// combatants.
bool NamesNationals(const AgentEntry& role) {
  return role.name == "CITIZEN" || role.name == "NATIONALS";
}

// "freed six Thai women and their children": people named only by sex or
// age (coder_assemble.cc reads them as hostages when freed).
bool NamesWomenOrChildren(const AgentEntry& role) {
  return role.name == "WOMAN" || role.name == "CHILD" || role.name == "TEENAGER";
}

bool NamesWomen(const AgentEntry& role) { return role.name == "WOMAN"; }

// "killed hundreds of residents" NGA, "killed 132 civilians" BFACVL: a
// population named as such is the country itself, as elsewhere, and so are
// hostages ("took 40 people hostage" NGA); other people keep their sector.
std::string PeopleHitCode(const AgentEntry& role, std::string_view country) {
  return std::string(country) +
         (NamesAPopulation(role) || NamesPeopleHeld(role) || NamesNationals(role) ? std::string()
                                                                                  : role.code);
}

// The index of the implicit party `code` of this sentence (a mention with no
// span: "the government of the protesters' country"), added the first time
// it is needed and shared by later triggers.
int ImplicitMention(std::string code, bool unplaced, std::string_view display,
                    std::string_view what, std::vector<Mention>* mentions) {
  for (size_t k = 0; k < mentions->size(); ++k)
    if ((*mentions)[k].span.empty() && (*mentions)[k].code == code) return static_cast<int>(k);
  Mention implicit;
  implicit.code = std::move(code);
  implicit.unplaced = unplaced;
  implicit.how = fmt::format("implicit: {}", what);
  implicit.display_name = display;
  mentions->push_back(std::move(implicit));
  return static_cast<int>(mentions->size() - 1);
}

int MentionOfParty(const std::string& code, std::string_view what,
                   std::vector<Mention>* mentions) {
  for (size_t x = 0; x < mentions->size(); ++x)
    if ((*mentions)[x].code == code && !(*mentions)[x].locative) return static_cast<int>(x);
  return ImplicitMention(code, false, code, what, mentions);
}

}  // namespace khaldun::coder_internal
