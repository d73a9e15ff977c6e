// The helpers of Coder::Code's stages (declared in coder/coder_internal.h).

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

std::optional<Location> FindLocation(const SentenceContext& s, const Gazetteer* gazetteer,
                                     uint32_t from, ClauseWindow window) {
  if (gazetteer == nullptr) return std::nullopt;
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

bool InsideLongerTrigger(std::span<const PhraseMatch> matches, const PhraseMatch& m) {
  for (const PhraseMatch& o : matches) {
    // Only a longer phrase of the same reading subsumes: "meeting with" as
    // a verb does not hide "meeting" as a noun.
    if (o.kind == m.kind && o.span.size() > m.span.size() && o.span.begin <= m.span.begin &&
        m.span.end <= o.span.end)
      return true;
  }
  return false;
}

// The event noun heading the object of `verb`: "condemned the (US) air
// strike", at most four tokens after the verb, with no other verb between.
const PhraseMatch* EventNounObject(std::span<const Token> tokens, std::span<const Mention> mentions,
                                   std::span<const PhraseMatch> matches, const PhraseMatch& verb) {
  for (const PhraseMatch& o : matches) {
    if (o.span.begin < verb.span.end || o.span.begin > verb.span.end + 4) continue;
    // "met China during the US attack": an actor between the verb and the
    // noun, other than the noun's own possessor or modifier, is the object.
    int modifier = -1;
    bool actor_between = false;
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& x = mentions[k];
      if (x.span.begin < verb.span.end || x.span.end > o.span.begin || x.code.empty() || x.locative)
        continue;
      if (modifier < 0) modifier = internal::FindNounModifier(tokens, mentions, o.span);
      actor_between |= static_cast<int>(k) != modifier;
    }
    if (actor_between) return nullptr;
    if (o.kind == PhraseMatch::Kind::kVerb && !(o.span == verb.span)) {
      // "condemned Putin's attack": "attack" is listed as a verb too; its
      // noun reading is the object, not a verb in between.
      bool noun_twin = false;
      for (const PhraseMatch& t : matches)
        noun_twin |= t.kind == PhraseMatch::Kind::kNominal && t.span == o.span;
      if (!noun_twin) return nullptr;
      continue;
    }
    if (o.kind == PhraseMatch::Kind::kNominal) return &o;
  }
  return nullptr;
}

// "Russia condemned ...", "Moscow said ...": a country, or its capital,
// named on its own as a party to an event stands for its government. Not so
// for a demonym before a noun ("a Russian company", tagged NN after it).
// Whether an event noun starts at token `at`.
bool EventNounAt(std::span<const PhraseMatch> matches, uint32_t at) {
  for (const PhraseMatch& pm : matches)
    if (pm.kind == PhraseMatch::Kind::kNominal && pm.span.begin == at) return true;
  return false;
}

// "Iran's oil exports", "Turkey's military offensive": a possessive state
// owns what follows as a state does; and "the Israeli raid" names the state
// that carried out the raid, so a demonym before an event noun is promoted.
void PromoteStateActor(const Mention& m, std::span<const Token> tokens,
                       std::span<const PhraseMatch> matches, const Gazetteer* gazetteer,
                       std::string_view event_code, Actor* actor) {
  if (actor->code.size() != 3 || gazetteer == nullptr || gazetteer->Country(actor->code) == nullptr)
    return;
  // An implicit party (no words: "the state's own population") keeps the
  // code it was given.
  if (m.span.empty()) return;
  // A country code that a role noun gave up names people, not the state:
  // "apologised to the people of Chile" (CHL), "detained a former Chilean
  // diplomat" (CHL), "freed two Chilean hostages".
  if (m.role != nullptr) return;
  // A name of the country or its capital is a place in the gazetteer; a
  // demonym is not. "promised Moroccans a new constitution", "four
  // Americans": a plural demonym names people, not the state. "giving Mexico
  // intelligence": the country's own name before a noun still names the
  // state; only a demonym ("a Russian company") describes the noun.
  uint32_t name_at = m.span.begin;
  if (internal::IsDeterminer(tokens[name_at]) && name_at + 1 < m.span.end) ++name_at;
  size_t name_length = 0;
  const Place* named = gazetteer->MatchAt(tokens, name_at, &name_length);
  const bool country_name = named != nullptr && name_at + name_length == m.span.end;
  // "an American-led workshop", "a US-backed government": the country
  // before a participle of control is the state that leads or backs.
  const bool controls = tokens[m.span.end - 1].Has(kTokenHyphenated) && !country_name;
  if (tokens[m.span.end - 1].text.ends_with("s") && !m.possessive && !country_name && !controls &&
      !m.states_again)
    return;
  // "threatened to strike 52 Iranian sites", "accused Russian hackers":
  // what a threat, demand, accusation or rejection is aimed at is the state,
  // whatever the demonym qualifies (a role named with it has its own code).
  auto event_root = CameoRoot(event_code);
  const bool addressed =
      event_root == "10" || event_root == "11" || event_root == "12" || event_root == "13";
  if (!m.possessive && !country_name && !controls && !addressed && m.span.end < tokens.size()) {
    const Token& next = tokens[m.span.end];
    const bool event_noun = EventNounAt(matches, m.span.end);
    if ((next.pos == kPosNN || next.pos == kPosNNS) && !next.Has(kTokenCapitalized) && !event_noun)
      return;
    // "an American drone strike", "the Israeli raid": force named by a
    // demonym before its event noun is the state's armed forces.
    if (event_noun &&
        (event_root == "15" || event_root == "18" || event_root == "19" || event_root == "20")) {
      actor->code += "MIL";
      actor->name += " military";
      actor->how += "; a demonym before an act of force: the state's military";
      return;
    }
  }
  actor->code += "GOV";
  actor->name += " government";
  actor->how += "; a state named as a party: its government";
}

// "An off-duty police officer shot dead the ambassador", "The IMF froze
// Afghanistan's access", "mercenaries ... shot him dead": the tagger may read
// a verb right after a noun as the head of a noun compound ("officer shot",
// "IMF froze"). After a noun, a phrase the verb dictionary lists whole
// (multiword), or a word that is a verb's past form ("FROZE" of FREEZE,
// "SHOT" of SHOOT: not the lemma, not an -s or -ing form that may be a
// noun), is that verb: its first word is retagged VBD so that the subject
// search and the verb reading agree.
void CorrectVerbTags(const Dictionary& dict, std::span<const PhraseMatch> matches,
                     std::vector<Token>* tokens) {
  // Whether an actor or a role ends (or begins) at token k.
  auto party_at = [&](uint32_t k, bool ends) {
    for (const PhraseMatch& p : matches)
      if ((p.kind == PhraseMatch::Kind::kActor || p.kind == PhraseMatch::Kind::kAgent) &&
          (ends ? p.span.end == k : p.span.begin == k))
        return true;
    return false;
  };
  for (const PhraseMatch& m : matches) {
    if (m.kind != PhraseMatch::Kind::kVerb || m.span.begin == 0) continue;
    Token& first = (*tokens)[m.span.begin];
    // "Imran Khan was shot in the leg by a gunman": right after a form of
    // "be", a verb's past form (not its lemma, not -s or -ing) read as a
    // noun is the passive participle.
    {
      const Token& before = (*tokens)[m.span.begin - 1];
      const VerbForm& form = dict.verb_form(m.id);
      if ((IsNounTag(first.pos) || first.pos == kPosJJ) && m.span.size() == 1 &&
          (internal::IsWord(before, "was") || internal::IsWord(before, "were") ||
           internal::IsWord(before, "been") || internal::IsWord(before, "being")) &&
          !form.lemma.empty() && form.text != form.lemma && !form.text.ends_with("S") &&
          !form.text.ends_with("ING")) {
        first.pos = kPosVBN;
        continue;
      }
    }
    const uint8_t prev = (*tokens)[m.span.begin - 1].pos;
    // "... and shot him dead": a word followed by an object pronoun is a
    // verb whatever comes before it.
    const uint32_t after = m.span.end;
    const bool object_pronoun_after =
        after < tokens->size() &&
        (internal::IsWord((*tokens)[after], "him") || internal::IsWord((*tokens)[after], "her") ||
         internal::IsWord((*tokens)[after], "them") || internal::IsWord((*tokens)[after], "us"));
    if (IsVerbTag(first.pos) || first.pos == kPosNone ||
        !(IsNounTag(prev) || prev == kPosPRP || object_pronoun_after))
      continue;
    bool verb = m.span.size() >= 2;
    // "Syrian police beat protesters": between a party and a party, a word
    // the verb dictionary lists is the verb of the clause, whatever its form.
    if (!verb && IsNounTag(prev)) {
      uint32_t object = after;
      if (object < tokens->size() && internal::IsDeterminer((*tokens)[object])) ++object;
      verb = party_at(m.span.begin, /*ends=*/true) && object < tokens->size() &&
             party_at(object, /*ends=*/false);
    }
    if (!verb) {
      const VerbForm& form = dict.verb_form(m.id);
      std::string_view text = form.text, lemma = form.lemma;
      verb = !lemma.empty() && text != lemma && !text.ends_with("S") && !text.ends_with("ING") &&
             text.find(' ') == std::string_view::npos;
      // "Iran supplies arms to Hezbollah": after a party, a verb's third
      // person form whose object leads to another party (to, with, against)
      // is the verb, not a plural noun ("Iran talks resumed" has no party).
      if (!verb && !lemma.empty() && text != lemma && text.ends_with("S") &&
          text.find(' ') == std::string_view::npos && IsNounTag(prev)) {
        // An object must stand between the verb and the preposition
        // ("Latin American exports to China" has none).
        const bool object_after = after < tokens->size() && (*tokens)[after].Has(kTokenWord) &&
                                  !internal::IsPreposition((*tokens)[after]) &&
                                  !(*tokens)[after].Has(kTokenCapitalized);
        if (object_after && party_at(m.span.begin, /*ends=*/true)) {
          for (uint32_t k = after; k + 1 < tokens->size() && k < after + 6 && !verb; ++k) {
            const Token& t = (*tokens)[k];
            if (IsVerbTag(t.pos) || t.text == ",") break;
            verb = (internal::IsWord(t, "to") || internal::IsWord(t, "with") ||
                    internal::IsWord(t, "against")) &&
                   party_at(internal::IsDeterminer((*tokens)[k + 1]) ? k + 2 : k + 1, false);
          }
        }
      }
    }
    // A phrasal verb's first word read as a noun or an adjective; a
    // single word only when it was read as a noun ("froze" NN).
    if (verb && (m.span.size() >= 2 ? true : IsNounTag(first.pos) || first.pos == kPosJJ))
      first.pos = kPosVBD;
  }
}

// "the British-flagged tanker", "Armenian-held territory", "a US-backed
// government", "the Saudi-led coalition": a country named before a hyphen
// and a participle of control or origin inside one token is that country.
// The dictionary matches whole tokens, so the prefix is looked up alone and
// an actor match is added for the token.
void AddHyphenatedActors(const Dictionary& dict, std::span<const Token> tokens,
                         MatchScratch& scratch, std::vector<PhraseMatch>* matches) {
  // Not "-made", "-built", "-based": "Russian-made rockets" names where
  // a thing comes from, not a party.
  static constexpr std::string_view kSuffixes[] = {
      "held",       "led",      "backed", "flagged",   "owned",
      "controlled", "occupied", "allied", "sponsored", "funded",
      "supported",  "brokered", "run",    "annexed",   "administered"};
  std::vector<PhraseMatch> found;
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (!t.Has(kTokenHyphenated) || !t.Has(kTokenCapitalized)) continue;
    size_t dash = t.text.rfind('-');
    if (dash == std::string_view::npos || dash == 0) continue;
    std::string_view suffix = t.text.substr(dash + 1);
    bool known = false;
    for (std::string_view s : kSuffixes) known |= internal::IsWord(Token{suffix}, s);
    if (!known) continue;
    bool has_actor = false;
    for (const PhraseMatch& m : *matches)
      has_actor |= m.span.begin == k && m.kind == PhraseMatch::Kind::kActor;
    if (has_actor) continue;
    Token prefix = t;
    prefix.text = t.text.substr(0, dash);
    prefix.flags = static_cast<uint16_t>(prefix.flags & ~kTokenHyphenated);
    found.clear();
    dict.FindCandidates(std::span<const Token>(&prefix, 1), scratch, &found);
    for (const PhraseMatch& f : found) {
      if (f.kind != PhraseMatch::Kind::kActor) continue;
      PhraseMatch add{TokenSpan{k, k + 1}, PhraseMatch::Kind::kActor, f.id};
      auto at = std::find_if(matches->begin(), matches->end(), [&](const PhraseMatch& m) {
        return m.span.begin > k || (m.span.begin == k && m.kind > PhraseMatch::Kind::kActor);
      });
      matches->insert(at, add);
      break;
    }
  }
}

// "Russian interference", "the Israeli raid": a bare country mention that is
// not possessive, right before an event noun.
bool DemonymBeforeEventNoun(const Mention& m, std::span<const Token> tokens,
                            std::span<const PhraseMatch> matches) {
  if (m.code.size() != 3 || m.possessive || m.span.empty() || m.span.end >= tokens.size())
    return false;
  return EventNounAt(matches, m.span.end);
}

int CoordinationHead(std::span<const Mention> mentions, int m) {
  while (m > 0 && mentions[m - 1].coordinated_with == m) --m;
  return m;
}

// Mentions that can be a party; a place counts too when the sentence has a
// trigger whose target may be a place ("Putin arrived in Pyongyang", "struck
// targets in Gaza").
int UsableMentions(std::span<const Mention> mentions, bool places_count) {
  int n = 0;
  for (const Mention& m : mentions) n += !m.code.empty() && (places_count || !m.locative);
  return n;
}

// The city or region of the gazetteer (no actor of the dictionary: "near
// Basra") whose name starts at tokens[k], or nullptr; *length is its tokens.
const Place* GazetteerCityAt(std::span<const Token> tokens, const Gazetteer* gazetteer, uint32_t k,
                             size_t* length) {
  if (gazetteer == nullptr || !tokens[k].Has(kTokenCapitalized)) return nullptr;
  const Place* place = gazetteer->MatchAt(tokens, k, length);
  return place != nullptr && place->kind == PlaceKind::kCity ? place : nullptr;
}

// "was destroyed", "were reportedly shelled": the word before the trigger,
// or before an adverb before it, is a form of "be". Read on untagged tokens.
bool FollowsBeForm(std::span<const Token> tokens, uint32_t at) {
  static constexpr std::string_view kBe[] = {"was", "were", "been", "being", "is", "are"};
  for (uint32_t back = 1; back <= 2 && back <= at; ++back) {
    for (std::string_view b : kBe)
      if (internal::IsWord(tokens[at - back], b)) return true;
    if (!tokens[at - back].text.ends_with("ly")) break;
  }
  return false;
}

// "it", "he", "she", "they": a pronoun that may be a clause's subject.
bool IsSubjectPronoun(const Token& t) {
  return internal::IsWord(t, "it") || internal::IsWord(t, "he") || internal::IsWord(t, "she") ||
         internal::IsWord(t, "they");
}

// Whether the verb starting at `verb` has right before it (past auxiliaries
// and adverbs) a role word that no mention covers, starting at or after
// `after`: "the island's president visited", "the ministry has also said".
bool UncodedRoleBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                       std::span<const PhraseMatch> matches, uint32_t after, uint32_t verb) {
  uint32_t k = verb;
  while (k > after && internal::IsAuxiliaryOrAdverb(tokens[k - 1])) --k;
  if (k <= after) return false;
  const uint32_t last = k - 1;  // the subject's last word, if it is a role
  for (const Mention& x : mentions)
    if (x.span.begin <= last && last < x.span.end) return false;
  for (const PhraseMatch& pm : matches) {
    if (pm.kind != PhraseMatch::Kind::kAgent || pm.span.end != k || pm.span.begin < after) continue;
    // Only a particular someone: "the president", "the island's new
    // president", "a spokesman". A general "all nations and governments
    // must stand against ..." in a quote is the speaker's call.
    uint32_t b = pm.span.begin;
    for (int skipped = 0;
         skipped < 2 && b > after + 1 && tokens[b - 1].Has(kTokenWord) &&
         !tokens[b - 1].Has(kTokenCapitalized) && !internal::IsDeterminer(tokens[b - 1]);
         ++skipped)
      --b;
    if (b > after && (internal::IsDeterminer(tokens[b - 1]) || tokens[b - 1].Has(kTokenPossessive)))
      return true;
    // "riot police detained thousands of people protesting against
    // Lukashenko's re-election": a present participle right after a role
    // (a reduced relative clause) has that role as its subject, with or
    // without a determiner.
    if (pm.span.end == verb && tokens[verb].pos == kPosVBG) return true;
  }
  return false;
}

// For a verb of carrying out ("launched", "carried out", "conducted",
// "staged") in a relative clause on an event noun of force or protest ("the
// strikes that the United States launched against ..."), that event noun;
// else nullptr.
const PhraseMatch* EventNounCarriedOut(const Dictionary& dict, std::span<const Token> tokens,
                                       std::span<const PhraseMatch> matches,
                                       const PhraseMatch& verb) {
  static constexpr std::string_view kCarryOut[] = {"LAUNCH", "CARRY_OUT", "CONDUCT", "STAGE"};
  const std::string& block = dict.verb_blocks()[dict.verb_form(verb.id).block].name;
  bool carries_out = false;
  for (std::string_view b : kCarryOut) carries_out |= block == b;
  if (!carries_out) return nullptr;
  constexpr uint32_t kMaxSubject = 12;
  for (uint32_t k = verb.span.begin; k-- > 1 && k + kMaxSubject >= verb.span.begin;) {
    if (tokens[k].text == ";" || tokens[k].text == ":") break;
    if (!internal::IsWord(tokens[k], "that") && !internal::IsWord(tokens[k], "which")) continue;
    for (const PhraseMatch& n : matches) {
      if (n.kind != PhraseMatch::Kind::kNominal || n.span.end != k ||
          InsideLongerTrigger(matches, n))
        continue;
      const std::string& code = dict.verb_form(n.id).EffectiveCode(dict.verb_blocks()).primary;
      const auto root = CameoRoot(code);
      if (root == "14" || root == "15" || root == "18" || root == "19" || root == "20") return &n;
    }
    return nullptr;
  }
  return nullptr;
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

// The subject of "ordered", "launched", "began", "started", "staged",
// "mounted", "waged", "carried out" or "conducted" when the event noun at
// `noun` is its direct object (at most three words, no preposition or comma
// between) and the subject stands right before the verb ("Gallant ordered a
// complete siege of the Gaza Strip"); else -1. A gerund has no subject to
// lend ("an agreement on carrying out a protest"), nor has a verb after a
// comma ("Euronext, which combines the Paris, Amsterdam and Lisbon
// exchanges, also began talks").
int SubjectOfAnOrderOrStart(const Dictionary& dict, std::span<const Token> tokens,
                            std::span<const Mention> mentions, std::span<const PhraseMatch> matches,
                            TokenSpan noun) {
  static constexpr std::string_view kLemmas[] = {"ORDER", "LAUNCH", "BEGIN",     "START",  "STAGE",
                                                 "MOUNT", "WAGE",   "CARRY OUT", "CONDUCT"};
  for (const PhraseMatch& v : matches) {
    if (v.kind != PhraseMatch::Kind::kVerb || v.span.end > noun.begin ||
        v.span.end + 6 < noun.begin || tokens[v.span.begin].pos == kPosVBG)
      continue;
    // "began two days of large-scale drills", "launched a wave of strikes":
    // "of" after a measure of time or amount still leads to the object.
    static constexpr std::string_view kMeasures[] = {"days",   "weeks",   "months", "hours",
                                                     "round",  "rounds",  "wave",   "waves",
                                                     "series", "campaign"};
    // ("launched a 'special military operation'": scare quotes are no
    // words between.)
    uint32_t marks = 0;
    for (uint32_t k = v.span.end; k < noun.begin; ++k)
      marks += internal::IsQuotationMark(tokens[k]) ? 1 : 0;
    bool direct = noun.begin <= v.span.end + 3 + marks;
    for (uint32_t k = v.span.end; k < noun.begin; ++k) {
      if (internal::IsQuotationMark(tokens[k])) continue;
      const bool measured_of =
          internal::IsWord(tokens[k], "of") && k > v.span.end &&
          std::any_of(std::begin(kMeasures), std::end(kMeasures),
                      [&](std::string_view w) { return internal::IsWord(tokens[k - 1], w); });
      if (measured_of) direct = true;
      // Another noun or a verb in between heads a phrase of its own ("three
      // days of exercises simulating a blockade"); a noun right before a
      // noun modifies it ("three days of combat readiness drills").
      const bool modifier = IsNounTag(tokens[k].pos) &&
                            (k + 1 == noun.begin || IsNounTag(tokens[k + 1].pos));
      const bool other_head = (IsNounTag(tokens[k].pos) || IsVerbTag(tokens[k].pos)) &&
                              !modifier &&
                              !(k + 1 < noun.begin && internal::IsWord(tokens[k + 1], "of"));
      if (!(tokens[k].Has(kTokenWord) || tokens[k].Has(kTokenNumber)) ||
          (internal::IsPreposition(tokens[k]) && !measured_of) || other_head) {
        direct = false;
        break;
      }
    }
    // "did not carry out a nuclear test", "may begin trials": no act done.
    const internal::VerbGroup group = internal::ReadVerbGroup(tokens, v.span);
    if (group.negated || group.possible || group.plotted || group.question || group.attempted ||
        group.failed)
      direct = false;
    if (!direct) continue;
    const std::string_view lemma = dict.verb_form(v.id).lemma;
    bool light = false;
    for (std::string_view l : kLemmas) light |= lemma == l;
    if (!light) continue;
    uint32_t before = v.span.begin;
    while (before > 0 && internal::IsAuxiliaryOrAdverb(tokens[before - 1])) --before;
    for (size_t k = 0; k < mentions.size(); ++k)
      if (mentions[k].span.end == before && !mentions[k].span.empty() && !mentions[k].locative &&
          !mentions[k].code.empty() && !mentions[k].possessive)
        return static_cast<int>(k);
    return -1;
  }
  return -1;
}

// Whether the verb at `verb` is the past verb of a clause opened by "since"
// and its subject: "since Russia invaded Ukraine".
bool SinceClauseVerb(std::span<const Token> tokens, std::span<const Mention> mentions,
                     TokenSpan verb) {
  if (tokens[verb.begin].pos != kPosVBD && tokens[verb.begin].pos != kPosVBN) return false;
  uint32_t k = verb.begin;
  while (k > 0 && internal::IsAuxiliaryOrAdverb(tokens[k - 1])) --k;
  // The clause's subject stands between "since" and the verb ("Ankara has
  // since accused Haftar" is an adverb).
  for (const Mention& x : mentions)
    if (!x.span.empty() && x.span.end == k)
      return x.span.begin > 0 && internal::IsWord(tokens[x.span.begin - 1], "since");
  return false;
}

// Whether the speaker mention `speaker` says ("said", "says", "told X")
// the clause of the verb at `verb`, whose subject right before it (past
// auxiliaries and adverbs) is a common noun no mention covers: "Blair said
// migration helped the UK".
bool ReportedClauseHasOtherSubject(const Dictionary& dict, std::span<const Token> tokens,
                                   std::span<const Mention> mentions,
                                   std::span<const PhraseMatch> matches, int speaker,
                                   TokenSpan verb) {
  static constexpr std::string_view kSaid[] = {"said", "says", "say", "told", "added", "stated"};
  uint32_t say = UINT32_MAX;
  for (uint32_t k = mentions[speaker].span.end;
       k < verb.begin && k <= mentions[speaker].span.end + 1; ++k)
    for (std::string_view w : kSaid)
      if (internal::IsWord(tokens[k], w)) say = k;
  if (say == UINT32_MAX) return false;
  uint32_t k = verb.begin;
  while (k > say + 1 && internal::IsAuxiliaryOrAdverb(tokens[k - 1])) --k;
  if (k <= say + 1) return false;
  const Token& head = tokens[k - 1];
  if (!IsNounTag(head.pos) || head.Has(kTokenCapitalized)) return false;
  for (const Mention& x : mentions)
    if (x.span.begin < k && k <= x.span.end) return false;
  // A role word is someone, perhaps the speaker's own side ("we believe
  // that all nations and governments must stand against ..."):
  // UncodedRoleBefore decides for particular roles.
  // ("Tokayev said terrorist gangs had attacked Almaty": a past act of
  // people named by a role that is no part of a state, gangs or criminals,
  // is theirs, never the speaker's.)
  const bool past_act = tokens[verb.begin].pos == kPosVBD || tokens[verb.begin].pos == kPosVBN;
  for (const PhraseMatch& pm : matches) {
    if (pm.kind != PhraseMatch::Kind::kAgent || pm.span.begin >= k || k > pm.span.end) continue;
    const std::string& sector = dict.agent(pm.id).code;
    if (!past_act || !(sector == "CRM" || sector == "UAF" || sector == "REB" || sector == "INS"))
      return false;
  }
  return true;
}


// "called the expulsions a flagrant violation of international law", "called
// it a 'stab in the back'", "calling the move a serious blow": a verb of
// naming (CALL, DESCRIBE, TERM, BRAND, LABEL) that puts a condemning word on
// an act referred to (coder/reactions.h) criticises it (111); the referring
// word is returned, or -1.
// The act may stand before the verb and its subject, in a relative clause
// on it or after "what": "the blockade of the port, which Ankara called an
// act of aggression", "they shelled the town in what the army called a
// provocation"; the condemning word then follows the verb.
int ActNamedAsCondemnable(const Dictionary& dict, std::span<const Token> tokens,
                          std::span<const PhraseMatch> matches, std::span<const Mention> mentions,
                          const PhraseMatch& verb) {
  static constexpr std::string_view kNaming[] = {"CALL", "DESCRIBE", "TERM", "BRAND", "LABEL"};
  const std::string_view lemma = dict.verb_form(verb.id).lemma;
  bool naming = false;
  for (std::string_view l : kNaming) naming |= lemma == l;
  if (!naming) return -1;
  auto is_event_noun = [&](uint32_t k) { return EventNounAt(matches, k); };
  int act = internal::ReferredActOf(tokens, verb.span, TokenSpan{}, true, is_event_noun);
  uint32_t from = act >= 0 ? static_cast<uint32_t>(act) + 1 : 0;
  if (act < 0) {
    const TokenSpan subject = internal::SubjectSpanBefore(tokens, mentions, verb.span.begin);
    if (subject.empty()) return -1;
    act = internal::ReferredActOf(tokens, verb.span, subject, true, is_event_noun);
    if (act < 0 || static_cast<uint32_t>(act) >= verb.span.begin) return -1;
    from = verb.span.end;
  }
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), from + 8);
  for (uint32_t k = from; k < end; ++k) {
    // ("calling the attack cowardly, inhumane and barbaric": a comma in a
    // list of adjectives goes on.)
    const bool list_goes_on = tokens[k].text == "," && k + 1 < tokens.size() &&
                              tokens[k + 1].pos == kPosJJ && k > 0 && tokens[k - 1].pos == kPosJJ;
    if ((tokens[k].text == "," && !list_goes_on) || tokens[k].text == "." ||
        internal::IsNegation(tokens[k]))
      return -1;
    for (std::string_view w : kCondemning)
      if (internal::IsWord(tokens[k], w)) return act;
  }
  return -1;
}

// "Ankara expelled the Dutch ambassador on Monday, calling him a liar",
// "described her as a traitor": a verb of naming whose object is "him" or
// "her", no party of its own, and whose complement condemns: the party the
// pronoun stands for is the last one named before the verb that is a person
// or a role (the caller drops it if it is the speaker's own side).
// Returns its mention, or -1.
int PersonNamedAsCondemnable(const Dictionary& dict, std::span<const Token> tokens,
                             std::span<const Mention> mentions, const PhraseMatch& verb) {
  static constexpr std::string_view kNaming[] = {"CALL", "DESCRIBE", "TERM", "BRAND", "LABEL"};
  static constexpr std::string_view kInsults[] = {
      "liar",     "liars",   "dictator", "tyrant",   "traitor",  "thief",   "murderer",
      "butcher",  "puppet",  "enemy",    "fascist",  "racist",   "hypocrite", "clown",
      "killer",   "warmonger", "terrorist", "criminal", "gangster", "thug",   "coward"};
  const std::string_view lemma = dict.verb_form(verb.id).lemma;
  bool naming = false;
  for (std::string_view l : kNaming) naming |= lemma == l;
  const uint32_t k = verb.span.end;
  if (!naming || k + 1 >= tokens.size() ||
      !(internal::IsWord(tokens[k], "him") || internal::IsWord(tokens[k], "her")))
    return -1;
  for (const Mention& x : mentions)
    if (x.span.begin <= k && k < x.span.end) return -1;  // a party of its own: the patterns read it
  bool condemns = false;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), k + 9);
  for (uint32_t j = k + 1; j < end && !condemns; ++j) {
    if (tokens[j].text == "," || tokens[j].text == "." || internal::IsNegation(tokens[j]))
      return -1;
    for (std::string_view w : kCondemning) condemns |= internal::IsWord(tokens[j], w);
    for (std::string_view w : kInsults) condemns |= internal::IsWord(tokens[j], w);
  }
  if (!condemns) return -1;
  int referent = -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    if (m.span.empty() || m.span.end > verb.span.begin || m.locative || m.code.empty()) continue;
    if (m.person || m.agent != nullptr) referent = static_cast<int>(x);
  }
  return referent;
}

// For a verb of saying ("said", "told X that"), the party its reported
// clause condemns in so many words ("... China's national security law was a
// clear and serious breach of ...", "... spying on friends was
// unacceptable"): the party in the clause's subject, else the one told; -1
// when the clause condemns nothing (or says what is not).
int PartyJudgedInReportedClause(const Dictionary& dict, std::span<const Token> tokens,
                                std::span<const Mention> mentions, const PhraseMatch& verb,
                                ClauseWindow window) {
  static constexpr std::string_view kSaying[] = {"SAY", "TELL", "ADD", "STATE", "INSIST"};
  const std::string_view lemma = dict.verb_form(verb.id).lemma;
  bool saying = false;
  for (std::string_view l : kSaying) saying |= lemma == l;
  if (!saying) return -1;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), verb.span.end + 16);
  uint32_t be = 0;
  for (uint32_t k = verb.span.end; k < end && be == 0; ++k) {
    if (tokens[k].text == "." || tokens[k].text == ";") return -1;
    if (internal::IsWord(tokens[k], "is") || internal::IsWord(tokens[k], "was") ||
        internal::IsWord(tokens[k], "are") || internal::IsWord(tokens[k], "were"))
      be = k;
  }
  if (be == 0) return -1;
  bool condemns = false;
  for (uint32_t k = be + 1; k < end && k <= be + 5 && !condemns; ++k) {
    if (internal::IsNegation(tokens[k])) return -1;  // "was not illegal"
    for (std::string_view w : kCondemning) condemns |= internal::IsWord(tokens[k], w);
    if (tokens[k].text == "," || internal::IsWord(tokens[k], "but")) break;
  }
  if (!condemns) return -1;
  // The party whose act is judged: in the clause's subject, between the verb
  // (and "that") and "is".
  int addressee = -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    if (m.span.empty() || m.locative || m.code.empty() || m.span.begin < verb.span.end ||
        m.span.end > be)
      continue;
    const bool after_that =
        m.span.begin > verb.span.end && internal::IsWord(tokens[m.span.begin - 1], "that");
    if (lemma == "TELL" && m.span.begin == verb.span.end && addressee < 0) {
      addressee = static_cast<int>(x);
      continue;
    }
    if (after_that || m.possessive || m.span.begin >= verb.span.end) return static_cast<int>(x);
  }
  (void)window;
  return addressee;
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

// Whether the pattern's '+' after its verb is a direct object: outside any
// prepositional group ("- * +", not "- * (TO +)").
bool TargetIsDirectObject(const VerbPattern& pattern) {
  bool after_verb = false;
  int depth = 0;
  for (const PatternElement& e : pattern.elements) {
    if (e.type == PatternElement::Type::kVerb) after_verb = true;
    if (e.type == PatternElement::Type::kPrepBegin) ++depth;
    if (e.type == PatternElement::Type::kPrepEnd) --depth;
    if (e.type == PatternElement::Type::kTarget) return after_verb && depth == 0;
  }
  return false;
}

bool HasSourceSlot(const VerbPattern& pattern) {
  for (const PatternElement& e : pattern.elements)
    if (e.type == PatternElement::Type::kSource) return true;
  return false;
}

// Armed actors that are not the state: rebels, insurgents, separatists,
// unidentified gunmen and militants.
bool IsNonStateArmed(std::string_view code) {
  if (code.size() < 6) return false;
  std::string_view sector = code.substr(3, 3);
  return sector == "REB" || sector == "INS" || sector == "SEP" || sector == "UAF";
}

// "Khamis ... calling for cooperation between Damascus and Tehran": SYRGOV
// and SYR are one actor named at two levels of detail, not a dyad.
bool SameActor(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return a == b;
  return a.starts_with(b) || b.starts_with(a);
}

// With state actors, a bare country is compared once promoted: "Spain's
// prime minister offered condolences to Madrid" is ESPGOV towards ESP (a
// population), a dyad; "the Iranian government condemned Iran" becomes
// IRNGOV towards IRNGOV and is dropped when the codes are final.
bool OneParty(const std::string& a, const std::string& b, bool state_actors) {
  // "the Mahdi Army attacked targets in Basra": an armed group is not its
  // country.
  if (a.size() != b.size() && (IsNonStateArmed(a) || IsNonStateArmed(b))) return false;
  if (!state_actors) return SameActor(a, b);
  return a == b || (a.size() > 3 && b.size() > 3 && SameActor(a, b));
}

// Acts a state's institutions direct at its own people: "offered condolences
// to Madrid", "promised Moroccans a constitution", "sent aid to Haiti",
// "Russia blocked access to Facebook", "killed hundreds of people".
bool ActsOnAPopulation(std::string_view code) {
  auto root = CameoRoot(code);
  return root == "01" || root == "03" || root == "07" || root == "17" || root == "18" ||
         root == "19" || root == "20" || internal::FallsOnOwnPopulation(code);
}


// "Russia and China met", "India and China agreed", "the two armies
// clashed": with no target, a compound source acts on itself only for acts
// that are mutual by nature -- consulting, cooperating, fighting each other.
// "Saudi Arabia and Egypt cut ties with Qatar, accusing it ..." does not
// make them accuse each other when "it" is not resolved.
bool IsMutualAct(std::string_view code) {
  auto root = CameoRoot(code);
  // "Bosnia and Slovenia agreed to a ceasefire" (0871) binds both sides, as
  // a signed accord (057) does.
  // "Kyrgyz and Tajik forces clashed with tanks and artillery" (194) too.
  // Not mediation: "a deal brokered by Russia, Turkey and Iran" names
  // brokers, who do not mediate between one another.
  if (code.starts_with("045")) return false;
  // Nor praise, defence, rallying, apology or forgiveness (051-053, 055,
  // 056): "Italy, Greece and Denmark supported the plan" do not support one
  // another. (Ties upgraded or recognised, 054, are mutual: "Czechia and
  // Albania upgraded their diplomatic ties".)
  if (root == "05" && code.size() >= 3 && code[2] >= '1' && code[2] <= '6' && code[2] != '4')
    return false;
  // "The army and the rebels violated the truce within hours" (196): a
  // ceasefire binds both sides, so breaking it is an act of each against
  // the other, as fighting is.
  return root == "03" || root == "04" || root == "05" || root == "06" || code.starts_with("190") ||
         code.starts_with("196") || code.starts_with("193") || code.starts_with("194") ||
         code.starts_with("0841") || code.starts_with("0871");
}



// "India and Pakistan agreed to free fishermen held by each side": the
// fishermen are no third party; each state frees the other's. Only for the
// release of people, promised (0353) or done (0841): "the Netherlands,
// Portugal and Denmark, which all have troops in Iraq, announced their
// withdrawal" is no act of each on the others.
bool TradedInMutualAct(const Mention& target, std::string_view act) {
  return (act.starts_with("0353") || act.starts_with("0841")) && IsMutualAct(act) &&
         target.code.starts_with(internal::kUnplacedCountry);
}


bool TruceBrokenByAllies(std::span<const Mention> mentions, int source, std::string_view act) {
  if (!act.starts_with("196") || source < 0) return false;
  std::vector<const Mention*> members;
  for (int k = CoordinationHead(mentions, source); k >= 0 && members.size() < 3;
       k = mentions[k].coordinated_with) {
    members.push_back(&mentions[k]);
    if (mentions[k].coordinated_with <= k) break;
  }
  if (members.size() != 2) return true;
  auto named_as_pair = [](const Mention& m) {
    return m.how.starts_with("coreference: both") || m.how.starts_with("coreference: the two");
  };
  if (named_as_pair(*members[0]) && named_as_pair(*members[1])) return false;
  auto sector = [](const Mention& m) {
    return m.code.size() >= 6 ? std::string_view(m.code).substr(3, 3) : std::string_view();
  };
  auto state = [&](const Mention& m) {
    const auto s = sector(m);
    return s == "GOV" || s == "MIL" || s == "COP";
  };
  auto armed_group = [&](const Mention& m) {
    const auto s = sector(m);
    return s == "REB" || s == "SEP" || s == "UAF" || s == "INS" || s == "OPP";
  };
  const Mention& a = *members[0];
  const Mention& b = *members[1];
  const bool same_country = a.code.size() >= 3 && b.code.size() >= 3 &&
                            a.code.compare(0, 3, b.code, 0, 3) == 0 &&
                            !a.code.starts_with(internal::kUnplacedCountry);
  const bool opposed = (state(a) && armed_group(b)) || (armed_group(a) && state(b));
  return !(same_country && opposed);
}


// "demanded that Robert Mugabe hand over power", "insisted that Russia
// withdraw": the verb right after "that" and its subject, in the base form
// (English's mandative subjunctive), is the content of a demand. The tagger
// often reads it as VB or VBP ("demanded that its partners refuse to
// recognize", "pushing for the US support its plan"); after a demand in the
// same clause (`after_verb_in_clause`) a present tense is rare, so the tag
// counts there.
bool LooksSubjunctive(std::span<const Token> tokens, std::span<const Mention> mentions,
                      uint32_t verb, bool after_verb_in_clause) {
  if (verb == 0) return false;
  const std::string_view head = tokens[verb].text;
  for (const Mention& x : mentions)
    if (x.span.end == verb && x.span.begin > 0 &&
        internal::IsWord(tokens[x.span.begin - 1], "that") && !head.ends_with("s") &&
        !head.ends_with("ed"))
      return true;
  return after_verb_in_clause && (tokens[verb].pos == kPosVB || tokens[verb].pos == kPosVBP) &&
         !internal::IsAuxiliaryOrAdverb(tokens[verb - 1]);
}

// "A camp for Congolese refugees was attacked by militiamen", "a convoy of
// UN peacekeepers was ambushed": the actor in the "for" or "of" phrase that
// ends a passive verb's subject is whom the act struck. The head before
// "of" is a common noun: "the Arts Council of Wales" is a name, not a council
// for Wales. Returns the mention, or -1.
int ActorEndingPassiveSubject(std::span<const Token> tokens, std::span<const Mention> mentions,
                              uint32_t verb, ClauseWindow window) {
  int found = -1;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& x = mentions[k];
    if (x.span.begin < window.begin || x.span.begin < 2 || x.span.end > verb || x.locative ||
        x.code.empty() ||
        !(internal::IsWord(tokens[x.span.begin - 1], "for") ||
          internal::IsWord(tokens[x.span.begin - 1], "of")) ||
        tokens[x.span.begin - 2].Has(kTokenCapitalized))
      continue;
    bool next_to_verb = true;
    for (uint32_t q = x.span.end; q < verb; ++q)
      next_to_verb &= internal::IsAuxiliaryOrAdverb(tokens[q]);
    if (next_to_verb) found = static_cast<int>(k);
  }
  return found;
}

// "threatened to hold a general strike unless Israel rescinded the
// annexation": the subject of the first "unless" or "if" clause within a
// dozen words after `from`, when it is not of `source_code`'s country.
// Returns the mention, or -1.
int ConditionSubject(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t from, const std::string& source_code, uint32_t reach) {
  for (uint32_t k = from; k < tokens.size() && k < from + reach; ++k) {
    if (tokens[k].text == ";" || tokens[k].text == ":" || tokens[k].text == ".") return -1;
    if (!internal::IsWord(tokens[k], "unless") && !internal::IsWord(tokens[k], "if")) continue;
    uint32_t first = k + 1;
    if (first < tokens.size() && internal::IsDeterminer(tokens[first])) ++first;
    for (size_t c = 0; c < mentions.size(); ++c) {
      const Mention& x = mentions[c];
      if (x.span.begin >= k + 1 && x.span.begin <= first && !x.code.empty() && !x.locative &&
          x.code.compare(0, 3, source_code, 0, 3) != 0)
        return static_cast<int>(c);
    }
    return -1;
  }
  return -1;
}

// Acts whose object is a person or a group: coercion and violence (17-20)
// and releases (084).
// Whether the mention `object`, after the verb starting at `verb` and before
// the infinitive at `infinitive`, is that verb's object, sent or trained for
// the infinitive's act ("sent troops to fight", "training local forces to
// fight ISIS"). Not so:
//  - after a verb of ordering or forcing, whose order is the act itself
//    ("ordered his troops to pull out of Avdiivka", "ordered its ambassador
//    to return", "forced President Kirchner to suspend gas exports");
//  - for the subject of a clause, a verb coming between ("announced that
//    Washington would move to restore relations");
//  - for "the first (leader) to": "became the first Ethiopian leader to
//    visit Eritrea" did visit.
bool ObjectMeantFor(std::span<const Token> tokens, uint32_t verb, TokenSpan object,
                    uint32_t infinitive) {
  // ("forced President Kirchner to suspend gas exports": he did.)
  static constexpr std::string_view kOrdering[] = {
      "ordered",  "orders", "order",  "ordering", "instructed", "commanded",
      "directed", "told",   "forced", "compelled", "obliged"};
  for (std::string_view w : kOrdering)
    if (internal::IsWord(tokens[verb], w)) return false;
  for (uint32_t k = object.end; k < infinitive; ++k)
    if (IsVerbTag(tokens[k].pos) || tokens[k].pos == kPosMD) return false;
  for (uint32_t k = object.begin; k-- > 0 && k + 3 >= object.begin;)
    if (internal::IsWord(tokens[k], "first") || internal::IsWord(tokens[k], "last") ||
        internal::IsWord(tokens[k], "only"))
      return false;
  return true;
}

// Whether the bare infinitive at `verb` follows "to help" (an object
// pronoun may stand between): "to help fight the gangs", "to help them
// rebuild".
bool AfterToHelp(std::span<const Token> tokens, uint32_t verb) {
  static constexpr std::string_view kObjectPronouns[] = {"him", "her", "them", "us", "it"};
  uint32_t k = verb;
  if (k > 0 && std::ranges::any_of(kObjectPronouns, [&](std::string_view w) {
        return internal::IsWord(tokens[k - 1], w);
      }))
    --k;
  return k >= 2 && internal::IsWord(tokens[k - 1], "help") && internal::IsWord(tokens[k - 2], "to");
}

// Whether "that" opens a clause between the verb ending at `from` and `to`.
bool ThatClauseBetween(std::span<const Token> tokens, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to && k < tokens.size(); ++k)
    if (internal::IsWord(tokens[k], "that")) return true;
  return false;
}

// Where the noun phrase of the noun at `noun` starts: back past determiners
// and adjectives ("in a direct clash": at "a").
uint32_t NounPhraseStart(std::span<const Token> tokens, uint32_t noun) {
  uint32_t k = noun;
  while (k > 0 && (internal::IsDeterminer(tokens[k - 1]) || tokens[k - 1].pos == kPosJJ)) --k;
  return k;
}

// "were killed in a clash with", "was wounded in clashes with": the event
// noun at `noun` follows "in" (past a determiner and adjectives), which
// follows a passive participle.
bool AfterAPassiveIn(std::span<const Token> tokens, uint32_t noun) {
  const uint32_t k = NounPhraseStart(tokens, noun);
  if (k < 3 || !internal::IsWord(tokens[k - 1], "in")) return false;
  return FollowsBeForm(tokens, k - 2) ||
         (k >= 4 && internal::IsAuxiliaryOrAdverb(tokens[k - 3]) && FollowsBeForm(tokens, k - 3));
}

// "Fighting broke out in Khartoum between the Sudanese army and the Rapid
// Support Forces", "Clashes erupted between Indian and Chinese troops": the
// first of two parties named right after "between" in tokens [from, to),
// and in *partner the second (joined by the coordination, or named after
// "and": "between Sudan's army and the paramilitary Rapid Support Forces");
// -1 when there are no such two.
int FightingBetween(std::span<const Token> tokens, std::span<const Mention> mentions,
                    uint32_t from, uint32_t to, int* partner) {
  for (uint32_t k = from; k < to; ++k) {
    if (!internal::IsWord(tokens[k], "between")) continue;
    for (size_t x = 0; x < mentions.size(); ++x) {
      if (mentions[x].span.begin <= k || mentions[x].span.begin > k + 3 || mentions[x].locative ||
          mentions[x].code.empty())
        continue;
      int other = mentions[x].coordinated_with;
      const uint32_t after = mentions[x].span.end;
      // "between police and several thousand strikers": the
      // second party may follow a quantity phrase.
      uint32_t counted = after + 1;
      while (counted < tokens.size() && counted < after + 7 &&
             (internal::IsQuantityWord(tokens[counted]) || tokens[counted].Has(kTokenNumber) ||
              internal::IsWord(tokens[counted], "of")))
        ++counted;
      if (other < 0 && after < tokens.size() && internal::IsWord(tokens[after], "and"))
        for (size_t y = x + 1; y < mentions.size() && other < 0; ++y)
          if (mentions[y].span.begin > after &&
              (mentions[y].span.begin <= after + 3 || mentions[y].span.begin == counted) &&
              !mentions[y].locative && !mentions[y].code.empty())
            other = static_cast<int>(y);
      if (other < 0) continue;
      *partner = other;
      return static_cast<int>(x);
    }
    return -1;
  }
  return -1;
}

// "the cleric whom he blamed", "militants, whom Nairobi blames": the mention
// that "whom" refers to when it stands right before `subject`; -1 otherwise.
// The antecedent is the party named right before "whom", past one comma.
// ("who" and "that" are mostly subjects themselves: "the envoy who met".)
int RelativeAntecedent(std::span<const Token> tokens, std::span<const Mention> mentions,
                       TokenSpan subject) {
  if (subject.begin < 2 || !internal::IsWord(tokens[subject.begin - 1], "whom")) return -1;
  uint32_t end = subject.begin - 1;
  if (tokens[end - 1].text == ",") --end;
  for (size_t x = 0; x < mentions.size(); ++x)
    if (mentions[x].span.end == end && !mentions[x].code.empty() && !mentions[x].locative)
      return static_cast<int>(x);
  return -1;
}

// Whether the token at `at` is in a clause opened by "if", "unless" or
// "whether": back from it to the nearest comma, semicolon or clause opener.
// ("If Iran attacks Israel, the US will defend it": "defend" is past the
// comma, in the main clause.)
bool InConditionClause(std::span<const Token> tokens, uint32_t at) {
  for (uint32_t k = at; k-- > 0;) {
    const Token& t = tokens[k];
    if (t.text == "," || t.text == ";" || t.text == ":" || t.text == ".") return false;
    if (internal::IsWord(t, "if") || internal::IsWord(t, "unless") ||
        internal::IsWord(t, "whether"))
      return true;
    // "would retaliate if Washington and its allies imposed tariffs": an
    // "and" between two nouns joins the condition's subjects, not clauses.
    if (internal::IsWord(t, "and") && k > 0 && k + 1 < at && IsNounTag(tokens[k - 1].pos) &&
        (internal::IsDeterminer(tokens[k + 1]) || IsNounTag(tokens[k + 1].pos) ||
         tokens[k + 1].pos == kPosPRPS))
      continue;
    if (internal::IsWord(t, "that") || internal::IsWord(t, "and") || internal::IsWord(t, "but") ||
        internal::IsWord(t, "because") || internal::IsWord(t, "while") ||
        internal::IsWord(t, "when") || internal::IsWord(t, "after"))
      return false;
  }
  return false;
}

bool IsActOnPersons(std::string_view code) {
  auto root = CameoRoot(code);
  return root == "17" || root == "18" || root == "19" || root == "20" || code.starts_with("084");
}

// Participles of acts that always take an object: with none after them they
// are passive, whatever the tagger says ("Russian officials kidnapped in
// Iraq" is tagged VBD). "fought", "clashed" and "crossed" need no object.
bool IsTransitiveActParticiple(const Token& t) {
  static constexpr std::array<std::string_view, 17> kWords = {
      "killed",   "murdered", "kidnapped", "abducted", "seized",      "arrested",
      "detained", "wounded",  "injured",   "freed",    "released",    "executed",
      "shot",     "jailed",   "hanged",    "beheaded", "assassinated"};
  return internal::InWords(kWords, t);
}

// Whether the verb at `verb` directly follows an actor (an adverb such as
// "reportedly" may come between) and is followed by no object: the end of
// the sentence, a comma, a place ("kidnapped in Pakistan") or an agent
// ("abducted by gunmen"). Such a participle of a transitive act is passive.
bool HeadlinePassive(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t verb) {
  uint32_t before = verb;
  while (before > 0 && internal::IsAuxiliaryOrAdverb(tokens[before - 1]) &&
         !internal::IsWord(tokens[before - 1], "not"))
    --before;
  if (before != verb && !tokens[verb - 1].text.ends_with("ly")) return false;  // an auxiliary
  bool after_actor = false;
  for (const Mention& x : mentions)
    after_actor |= x.span.end == before && !x.code.empty() && !x.locative && !x.possessive;
  if (!after_actor) return false;
  if (verb + 1 >= tokens.size()) return true;
  const Token& next = tokens[verb + 1];
  // "killed at least 22 members": a number's "at least" starts an object.
  if (internal::IsWord(next, "at") && verb + 2 < tokens.size() &&
      (internal::IsWord(tokens[verb + 2], "least") || internal::IsWord(tokens[verb + 2], "most")))
    return false;
  // A place or an agent, not a preposition the verb takes ("fired on
  // targets", "clashed with troops").
  return next.text == "." || next.text == "," || next.text == "(" ||
         internal::IsLocativePreposition(next) || internal::IsWord(next, "by");
}

// "Trudeau thanked Lopez Obrador in a telephone call", "Lula urged Maduro
// during a phone call to ...", "Ruto urged the World Bank to speed up its
// loans at talks in Paris", "Ghana and Togo signed a border accord after
// three days of talks in Abuja", "Lammy praised Sisi during a visit to
// Cairo": an event noun
// of consultation (a call, talks, a meeting, a visit) heading a phrase of
// circumstance after its clause's verb is an event of its own between the
// verb's subject and whom it dealt with; the verb's event is another.
// Returns the index of the phrase's preposition ("in", "during", "at",
// "after"; "on" for a visit or a call only), or -1. Between it and the noun
// may stand a determiner, a possessive pronoun, adjectives, numbers and a
// span of time ("ten hours of").
int ConsultationAdjunct(std::span<const Token> tokens, std::span<const Mention> mentions,
                        TokenSpan noun, bool visit_or_call) {
  static constexpr std::array<std::string_view, 10> kSpans = {
      "days", "hours", "weeks", "months", "rounds", "day", "hour", "week", "round", "years"};
  uint32_t k = noun.begin;
  for (int steps = 0; k > 0 && steps < 6; ++steps) {
    const Token& t = tokens[k - 1];
    if (internal::IsDeterminer(t) || internal::IsPossessivePronoun(t) || t.pos == kPosJJ ||
        t.pos == kPosCD || internal::IsWord(t, "separate")) {
      --k;
      continue;
    }
    if (internal::IsWord(t, "of") && k >= 2 && internal::InWords(kSpans, tokens[k - 2])) {
      k -= 2;
      continue;
    }
    break;
  }
  if (k == 0) return -1;
  const Token& p = tokens[k - 1];
  const bool opens = internal::IsWord(p, "in") || internal::IsWord(p, "during") ||
                     internal::IsWord(p, "at") || internal::IsWord(p, "after") ||
                     (visit_or_call && internal::IsWord(p, "on"));
  if (!opens) return -1;
  // "in" and "on" open a phrase of the clause only after a party, a comma or
  // a time word ("apologised to Erdogan in a phone call", "on Monday in a
  // call"); after a common noun they belong to it ("opposed to French
  // mediation in peace negotiations with Syria"), after a verb they bring
  // its object ("agreed to participate in talks").
  if ((internal::IsWord(p, "in") || internal::IsWord(p, "on")) && k >= 2) {
    const Token& before = tokens[k - 2];
    static constexpr std::array<std::string_view, 9> kTimes = {
        "week", "month", "year", "night", "weekend", "morning", "evening", "afternoon", "day"};
    const bool after_party = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& x) {
      return x.span.end == k - 1 && !x.code.empty();
    });
    if (!after_party && before.text != "," && !before.Has(kTokenCapitalized) &&
        !internal::InWords(kTimes, before))
      return -1;
  }
  return static_cast<int>(k - 1);
}

// The word among the three before an event noun that denies it or makes it
// only envisaged ("no meeting", "a possible meeting", "the planned summit"),
// or "" if none. The search stops at a verb, a comma or a preposition.
std::string_view UnassertingModifier(std::span<const Token> tokens, uint32_t noun) {
  static constexpr std::array<std::string_view, 9> kWords = {
      "no",          "possible",     "potential", "planned",  "proposed",
      "prospective", "hypothetical", "future",    "envisaged"};
  // "to prevent a direct clash between US and Russian troops", "fears of a
  // new war", "the risk of an attack": what is prevented, feared or risked
  // has not happened. The word governs the noun's phrase (past a
  // determiner and adjectives, or "of" and a determiner).
  static constexpr std::array<std::string_view, 8> kPreventing = {
      "prevent", "prevented", "preventing", "avoid", "avoided", "avoiding", "avert", "averted"};
  static constexpr std::array<std::string_view, 4> kFearing = {"fears", "fear", "risk", "threat"};
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

// A state as a whole ("Iran", "Moscow") or one of its institutions (GOV,
// MIL, COP, JUD, LEG).
bool IsStateActor(const Mention& m) {
  if (m.locative || m.code.size() < 3 || m.code.starts_with("IGO") || m.code.starts_with("NGO"))
    return false;
  if (m.code.size() == 3) return true;
  static constexpr std::string_view kState[] = {"GOV", "MIL", "COP", "JUD", "LEG"};
  std::string_view sector = std::string_view(m.code).substr(3, 3);
  for (std::string_view st : kState)
    if (sector == st) return true;
  return false;
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
  }
  return true;
}

// A killing verb, or one of wounding ("were wounded", "injured").

// Verbs that report a death at someone's hands: "killed", "shot dead",
// "assassinated", "murdered", "slain".
bool IsKillingVerb(const VerbForm& form) {
  static constexpr std::string_view kLemmas[] = {"KILL",       "MURDER",   "ASSASSINATE", "SLAY",
                                                 "SHOOT DEAD", "GUN DOWN", "EXECUTE"};
  for (std::string_view l : kLemmas)
    if (form.lemma == l) return true;
  return false;
}

// "killed about 1,200 people", "executed some 1,700 cadets", "killed more
// than a thousand members": the number of people a killing verb's object
// counts, read past "about", "some", "more than", "at least" and the like;
// 0 when no number follows.
long VictimsCounted(std::span<const Token> tokens, uint32_t from) {
  static constexpr std::array<std::string_view, 13> kApproximately = {
      "about", "some",  "nearly", "almost", "more",      "than", "at",
      "least", "over",  "around", "roughly", "estimated", "an"};
  uint32_t k = from;
  for (int skipped = 0; k < tokens.size() && skipped < 3 && internal::InWords(kApproximately, tokens[k]);
       ++skipped)
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
  if (internal::IsWord(t, "hundreds")) return 200;
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

bool IsKillingOrWounding(const VerbForm& form) {
  return IsKillingVerb(form) || form.lemma == "WOUND" || form.lemma == "INJURE" ||
         form.lemma == "MASSACRE";
}

// A person named in the text ("General Qassem Soleimani", "Shinzo Abe")
// whose code carries an office or a rank: government, military, former
// leader, party, rebel or opposition leader, clergy.
bool IsNamedOfficeHolder(const Mention& m, std::span<const Token> tokens) {
  if (!m.person || m.person_name.empty() || m.code.size() < 6) return false;
  // An office-holder's dated entry, or a personal role ("General Qassem
  // Soleimani"); an undated name in the plural is a group ("the Tamil
  // Tigers"), not a person.
  const bool personal_role = m.agent != nullptr;
  if (!m.dated_entry && !personal_role && tokens[m.span.end - 1].text.ends_with("s")) return false;
  static constexpr std::string_view kRanks[] = {"GOV", "MIL", "ELI", "PTY", "REB", "OPP",
                                                "REL", "LEG", "JUD", "COP", "SPY"};
  std::string_view sector = std::string_view(m.code).substr(3, 3);
  for (std::string_view r : kRanks)
    if (sector == r) return true;
  return false;
}

// What an announced act ("will provide aid", "is ready to send troops",
// "would impose sanctions") is in CAMEO: cooperation announced is an intent
// (03: "Express intent to provide material aid"), force or coercion
// announced is a threat (13: "Threaten with military force"). Statements,
// appeals, intents, demands, disapproval, rejections and threats are speech
// acts already and keep their code; so does anything without a counterpart.
std::string FutureCode(std::string_view code) {
  auto root = CameoRoot(code);
  auto starts = [&](std::string_view p) { return code.starts_with(p); };
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") {
    if (starts("061")) return "0311";
    if (starts("062")) return "0312";
    if (starts("063")) return "0313";
    if (starts("064")) return "0314";
    return "031";
  }
  if (root == "07") {
    if (starts("071")) return "0331";
    if (starts("072")) return "0332";
    if (starts("073")) return "0333";
    if (starts("074")) return "0334";
    return "033";
  }
  if (root == "08") {
    if (starts("081")) return "0351";
    if (starts("082")) return "0352";
    if (starts("083")) return "034";
    if (starts("084")) return "0353";
    if (starts("085")) return "0354";
    if (starts("086")) return "0355";
    if (starts("087")) return "0356";
    return "035";
  }
  if (root == "14") return "133";
  if (root == "16") {
    if (starts("161")) return "1313";
    if (starts("162")) return "1311";
    if (starts("163")) return "1312";
    if (starts("164")) return "134";
    if (starts("165")) return "135";
    if (starts("166")) return "136";
    return "131";
  }
  if (root == "17") {
    if (starts("1721")) return "1321";
    if (starts("1722")) return "1322";
    if (starts("1723")) return "1323";
    if (starts("1724")) return "1324";
    if (starts("172")) return "132";
    // Coercion of no named kind announced is a threat of no named kind
    // (130): "said it would take measures against the two countries" (not
    // repression, 137, nor sanctions).
    if (code == "170") return "130";
    return "137";
  }
  if (root == "18") return "1383";
  if (root == "19") {
    if (starts("191")) return "1381";
    if (starts("192")) return "1382";
    return "1384";
  }
  if (root == "20") return starts("204") ? "1385" : "1383";
  return std::string(code);
}

// "he will extend the night-time curfew", "is ready to impose martial law":
// an event noun that is the object of a verb in the future (or after
// "ready/prepared/willing/plans to") is announced too. Reads the tags back
// from the noun: determiners, adjectives and nouns, the verb's base form,
// adverbs, then "will", "would" or the readiness phrase.
bool ObjectOfAnAnnouncedVerb(std::span<const Token> tokens, uint32_t noun, ClauseWindow window) {
  uint32_t k = noun;
  int skipped = 0;
  while (k > window.begin && skipped < 5) {
    uint8_t p = tokens[k - 1].pos;
    if (p == kPosDT || p == kPosJJ || p == kPosNN || p == kPosNNS || p == kPosPRPS || p == kPosCD ||
        tokens[k - 1].Has(kTokenHyphenated)) {
      --k;
      ++skipped;
      continue;
    }
    break;
  }
  if (k <= window.begin || tokens[k - 1].pos != kPosVB) return false;
  --k;  // the verb
  while (k > window.begin && (tokens[k - 1].pos == kPosRB)) --k;
  if (k <= window.begin) return false;
  const Token& before = tokens[k - 1];
  if (internal::IsWord(before, "will") || internal::IsWord(before, "would") ||
      internal::IsWord(before, "'ll"))
    return true;
  return internal::IsWord(before, "to") && k >= 2 && internal::AnnouncesAnInfinitive(tokens[k - 2]);
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
    held = &dict.agent(a.id);
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

// "killed hundreds of residents" NGA, "killed 132 civilians" BFACVL: a
// population named as such is the country itself, as elsewhere, and so are
// hostages ("took 40 people hostage" NGA); other people keep their sector.
std::string PeopleHitCode(const AgentEntry& role, std::string_view country) {
  return std::string(country) +
         (NamesAPopulation(role) || NamesPeopleHeld(role) ? std::string() : role.code);
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

// Statements, appeals, demands, disapproval, rejection and threats (01, 02,
// 10-13) speak of an act; the act named in them may be an event of its own
// ("condemned the US air strike").
bool SpeaksOfAnAct(std::string_view code) {
  const auto root = CameoRoot(code);
  return root == "01" || root == "02" || root == "10" || root == "11" || root == "12" ||
         root == "13";
}

bool IsDemandOrAppeal(std::string_view code) {
  // "urged nations to expel US forces": what is urged or demanded has not
  // happened; the infinitive after it is not an event of its own.
  auto root = CameoRoot(code);
  return root == "02" || root == "10" || root == "11" || root == "12" || root == "13";
}

// "Russia and Ukraine agreed to exchange prisoners", "pledged to send aid":
// an intent (root 03) is the event; what is intended has not happened.
bool IsIntent(std::string_view code) { return CameoRoot(code) == "03"; }

// "condemned Putin's attack on Ukraine", "demanded a halt to the fighting
// between Israel and Hamas", "accused Iran of supplying drones": the act a
// speaker condemns, rejects, denies or demands is the subject matter of that
// act as the speaker frames it, not an event the text asserts.
bool FramesItsObject(std::string_view code) {
  auto root = CameoRoot(code);
  return IsDemandOrAppeal(code) || root == "16" || code.starts_with("012");
}

// Judgements that may be passed on an act rather than on a party:
// disapproval (11), rejection (12) and praise (051) -- "condemned the move",
// "dismissed the ruling", "welcomed the decision".
bool JudgesAnAct(std::string_view code) {
  const auto root = CameoRoot(code);
  return root == "11" || root == "12" || code.starts_with("051");
}


// "Iran withdrew the accreditation of IAEA inspectors, a step ... Grossi
// condemned": the last candidate of this sentence whose trigger starts
// before `before`; with none, the last event of the sentence before
// ("... issued a warrant for his arrest. The Kremlin dismissed the move").
ReferredAct LastActBefore(std::span<const Candidate> candidates, std::span<const Event> events,
                          std::span<const Mention> mentions, uint32_t sentence_index,
                          uint32_t before) {
  ReferredAct act = LastCandidateActBefore(candidates, mentions, before, {});
  if (act.found || events.empty() || sentence_index == 0 ||
      events.back().sentence_index + 1 != sentence_index)
    return act;
  const Event& last = events.back();
  act.found = !last.source.code.empty() && !last.target.code.empty();
  act.source_code = last.source.code;
  act.target_code = last.target.code;
  act.code = last.cameo_code;
  return act;
}

ReferredAct LastCandidateActBefore(
    std::span<const Candidate> candidates, std::span<const Mention> mentions, uint32_t before,
    const std::function<bool(std::string_view code, const std::string& source_code)>& fits) {
  ReferredAct act;
  for (const Candidate& c : candidates) {
    if (c.trigger.begin >= before || c.source < 0 || c.target < 0 || c.code.empty() ||
        (fits && !fits(c.code, mentions[c.source].code)))
      continue;
    act.found = true;
    act.source = c.source;
    act.target = c.target;
    act.source_code = mentions[c.source].code;
    act.target_code = mentions[c.target].code;
    act.code = c.code;
  }
  return act;
}

// "Kurti accused Belgrade of backing the attack, which Serbia denied",
// "Baghdad accused Ankara of the strike. Turkey denied any involvement.": the
// accusation (112) made of `denier` last, in this sentence before `before`
// or in the sentence before; its accuser's code, or "".
std::string AccuserOf(std::span<const Candidate> candidates, std::span<const Event> events,
                      std::span<const Mention> mentions, uint32_t sentence_index,
                      uint32_t before, std::string_view denier) {
  static constexpr std::string_view kAccusation[] = {"112"};
  return DoerOfLastActOn(candidates, events, mentions, sentence_index, before, denier,
                         kAccusation);
}

std::string DoerOfLastActOn(std::span<const Candidate> candidates, std::span<const Event> events,
                            std::span<const Mention> mentions, uint32_t sentence_index,
                            uint32_t before, std::string_view party,
                            std::span<const std::string_view> code_prefixes) {
  auto on_party = [&](std::string_view code, std::string_view source, std::string_view target) {
    bool listed = false;
    for (std::string_view p : code_prefixes) listed |= code.starts_with(p);
    return listed && target.size() >= 3 && party.size() >= 3 &&
           target.substr(0, 3) == party.substr(0, 3) && source != party;
  };
  std::string doer;
  for (const Candidate& c : candidates)
    if (c.trigger.begin < before && c.source >= 0 && c.target >= 0 &&
        on_party(c.code, mentions[c.source].code, mentions[c.target].code))
      doer = mentions[c.source].code;
  if (!doer.empty() || sentence_index == 0) return doer;
  for (const Event& e : events)
    if (e.sentence_index + 1 == sentence_index &&
        on_party(e.cameo_code, e.source.code, e.target.code))
      doer = e.source.code;
  return doer;
}

// "Indian jets bombed a camp in Pakistan, and Islamabad vowed to respond",
// "Gunmen attacked an army base. The army vowed revenge": whom a threat of
// retaliation by `speaker` answers, or "". The party that last acted on the
// speaker's country, in this sentence before `before` or in the sentence
// before (a state's armed forces are answered as their state: retaliation
// is threatened state to state); else the party the speaker itself last
// accused or pressed in this sentence ("Iran blamed Israel for the blast,
// and Zarif vowed revenge"). Culprits ("those responsible") are whoever did
// the last act of force or coercion (14-20) before, on anyone.
std::string AnsweredBy(std::span<const Candidate> candidates, std::span<const Event> events,
                       std::span<const Mention> mentions, uint32_t sentence_index,
                       uint32_t before, std::string_view speaker, internal::Retaliation kind) {
  if (speaker.size() < 3) return "";
  const std::string_view country = speaker.substr(0, 3);
  auto of_speaker = [&](std::string_view code) {
    return code.size() >= 3 && code.substr(0, 3) == country;
  };
  auto answered = [&](const std::string& aggressor) {
    if (aggressor.size() == 6 && aggressor.ends_with("MIL") &&
        (speaker.size() == 3 || speaker.ends_with("GOV")))
      return aggressor.substr(0, 3) + "GOV";
    return aggressor;
  };
  if (kind == internal::Retaliation::kCulprits) {
    std::string doer;
    for (const Candidate& c : candidates) {
      const auto root = CameoRoot(c.code);
      if (c.trigger.begin < before && c.source >= 0 && c.target >= 0 && root >= "14" &&
          root <= "20" && !of_speaker(mentions[c.source].code))
        doer = mentions[c.source].code;
    }
    return doer;
  }
  std::string aggressor;
  for (const Candidate& c : candidates)
    if (c.trigger.begin < before && c.source >= 0 && c.target >= 0 &&
        of_speaker(mentions[c.target].code) && !of_speaker(mentions[c.source].code))
      aggressor = mentions[c.source].code;
  if (aggressor.empty() && sentence_index > 0)
    for (const Event& e : events)
      if (e.sentence_index + 1 == sentence_index && of_speaker(e.target.code) &&
          !of_speaker(e.source.code))
        aggressor = e.source.code;
  if (!aggressor.empty()) return answered(aggressor);
  for (const Candidate& c : candidates) {
    const auto root = CameoRoot(c.code);
    if (c.trigger.begin < before && c.source >= 0 && c.target >= 0 &&
        of_speaker(mentions[c.source].code) && !of_speaker(mentions[c.target].code) &&
        (root == "10" || root == "11" || root == "12"))
      aggressor = mentions[c.target].code;
  }
  return aggressor;
}

// "the decision", "the move", "the step": words for a deed, not for words.
// When the act reported last is itself a judgement or a demand about a deed
// ("The EU voiced concern about Trump's recognition of Jerusalem, while
// Ankara called the decision null and void"), such a word means the deed
// judged, done by that judgement's target.
bool NamesADeed(const Token& t) {
  static constexpr std::string_view kDeeds[] = {"decision", "move",   "step",   "measure",
                                                "measures", "action", "actions"};
  return internal::InWords(kDeeds, t);
}

// "Putin arrived in Pyongyang. Kim Jong Un greeted him at the airport.": a
// named host makes the visit one to the host (tests/gold/README.md): the
// visit's target becomes the host. A host's welcome with no visit in the
// text ("Putin hosted Erdogan in Sochi") adds none: the visit is coded only
// where the text reports it.
void HostNamesTheVisit(std::vector<Event>* events) {
  const size_t n = events->size();
  for (size_t h = 0; h < n; ++h) {
    const Event& host = (*events)[h];
    if (!host.cameo_code.starts_with("043") || host.target.code.size() < 3) continue;
    for (size_t v = 0; v < n; ++v) {
      Event& visit = (*events)[v];
      if (!visit.cameo_code.starts_with("042") || visit.source.code != host.target.code ||
          visit.target.code.compare(0, 3, host.source.code, 0, 3) != 0)
        continue;
      // "Russia visited China" [042:043]: the host of a paired code is
      // the visited place itself, not a host named apart.
      bool same_trigger = visit.sentence_index == host.sentence_index &&
                          visit.evidence.verb_bytes.begin == host.evidence.verb_bytes.begin;
      if (visit.target.code.size() == 3 && !same_trigger) visit.target = host.source;
    }
  }
}

// Whether `gap` (text between a verb and its object) holds nothing but
// spaces, articles, numbers and "visiting": "received three African Union
// envoys", "welcomed the two visiting ministers" still name the visitors
// right after the verb; "received a green light from" does not.
bool OnlyArticlesOrNumbers(std::string_view gap) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "the",  "a",    "an",  "two",   "three", "four",     "five",
      "six",  "seven", "eight", "nine", "ten",  "visiting", "both"};
  if (gap.empty() || gap.front() != ' ' || gap.back() != ' ') return false;
  size_t k = 0;
  while (k < gap.size()) {
    if (gap[k] == ' ') {
      ++k;
      continue;
    }
    size_t e = gap.find(' ', k);
    if (e == std::string_view::npos) e = gap.size();
    const std::string word = internal::LowerAscii(gap.substr(k, e - k));
    const bool number = std::all_of(word.begin(), word.end(),
                                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (!number && std::find(kWords.begin(), kWords.end(), word) == kWords.end()) return false;
    k = e;
  }
  return true;
}

// "Donald Trump welcomed Chinese President Xi Jinping to his Mar-a-Lago
// resort", "Kim Jong Un ... was greeted by Moon Jae-in", "Wang Yi ... was
// received by the Taliban's acting foreign minister": a host named as
// welcoming, greeting or receiving a visitor reports the visit too, the
// visitor's 042 to the host (tests/gold/README.md). "hosted" alone does not
// ("Putin hosted Erdogan in Sochi for talks": the visit is not reported).
void AWelcomeReportsTheVisit(const CameoCodebook& codebook, std::vector<Event>* events) {
  const CameoCode* visit_info = codebook.Find("042");
  if (visit_info == nullptr) return;
  const size_t n = events->size();
  for (size_t h = 0; h < n; ++h) {
    const Event& host = (*events)[h];
    if (!host.cameo_code.starts_with("043") || host.target.code.size() < 3) continue;
    const std::string verb = internal::LowerAscii(host.evidence.verb_text);
    if (!(verb.starts_with("welcom") || verb.starts_with("greet") || verb.starts_with("receiv")))
      continue;
    // The visitor is the verb's object ("welcomed Chinese President Xi") or,
    // in the passive, the host follows "by" ("was greeted by Moon Jae-in");
    // "Britain received a green light from Washington" receives no one.
    const ByteSpan sb = host.evidence.sentence_bytes, vb = host.evidence.verb_bytes;
    auto between = [&](ByteSpan a, ByteSpan b) -> std::string_view {
      if (a.end > b.begin || a.end < sb.begin || b.begin > sb.end) return "?";
      return std::string_view(host.evidence.sentence).substr(a.end - sb.begin, b.begin - a.end);
    };
    std::string_view gap = between(vb, host.target.bytes);
    std::string_view by = between(vb, host.source.bytes);
    // ("was welcomed at the presidential palace by Ghana's president": a
    // place of the welcome may come before "by".)
    const bool passive_host = (by.ends_with(" by ") || by.ends_with(" by the ")) &&
                              by.find(',') == std::string_view::npos && by.size() < 48;
    if (!(OnlyArticlesOrNumbers(gap) || passive_host)) continue;
    bool reported = false;
    for (const Event& e : *events)
      reported |= e.cameo_code.starts_with("042") && e.source.code == host.target.code &&
                  e.target.code.compare(0, 3, host.source.code, 0, 3) == 0;
    if (reported) continue;
    Event visit = host;
    visit.source = host.target;
    visit.target = host.source;
    internal::SetEventCode(*visit_info, "042", &visit);
    visit.evidence.rule = host.evidence.rule + "; the host's welcome reports the visit (042)";
    events->push_back(std::move(visit));
  }
}

// "A Seoul court found Park Geun-hye guilty of bribery and sentenced her to
// 24 years in prison": the sentence is the verdict's consequence, one
// finding of guilt (116) with it, not a second; a sentence with no verdict
// in the text is the finding itself in the shipped dictionaries ("An
// Egyptian court sentenced three Al Jazeera journalists to seven years":
// 116).
void ASentenceFollowsItsVerdict(std::vector<Event>* events) {
  // (A dictionary may code sentencing as detention, 173, as the shipped one
  // did before; either way it is the verdict's.)
  auto is_sentencing = [](const Event& e) {
    const std::string verb = internal::LowerAscii(e.evidence.verb_text);
    return (e.cameo_code.starts_with("116") || e.cameo_code.starts_with("173")) &&
           verb.starts_with("sentenc");
  };
  std::erase_if(*events, [&](const Event& e) {
    if (!is_sentencing(e)) return false;
    for (const Event& v : *events)
      if (&v != &e && !is_sentencing(v) && v.cameo_code.starts_with("116") &&
          v.sentence_index == e.sentence_index && v.source.code == e.source.code &&
          v.target.code == e.target.code)
        return true;
    return false;
  });
}

// See the call in Coder::Code. The agreement or talks are the sentence's
// events of roots 03, 04, 05 and 08; each of their parties other than the
// mediator's own country gets one 045 from it.
// "after", "under", "through", "following", "with", "amid", "via": the
// prepositions that make a mediation the way an agreement or talks came
// about ("agreed to a truce after UN mediation"), not an offer, a call or a
// refusal of one ("rejected Qatari mediation").
bool IntroducesMediation(const Token& t) {
  static constexpr std::array<std::string_view, 7> kWays = {"after", "under", "through", "following",
                                                            "with",  "amid",  "via"};
  return internal::InWords(kWays, t);
}

// The number of tokens of a cue that names a mediator right after it, starting
// at `k`, or 0: "brokered by", "mediated by"; after a noun of talks also
// "hosted by", "convened by", "sponsored by", "facilitated by" ("at talks
// hosted by Malaysia's prime minister", "after talks convened by the African
// Union"): whoever hosts or convenes the parties' talks mediates them, while
// "Xi was hosted by Putin" is a visit, not a mediation; and "mediation by" or
// "mediation of" after a preposition ("after mediation by Qatar", "under the
// mediation of Egypt").
int MediatorCueAt(std::span<const Token> tokens, uint32_t k) {
  if (k + 2 >= tokens.size() ||
      (!internal::IsWord(tokens[k + 1], "by") && !internal::IsWord(tokens[k + 1], "of")))
    return 0;
  const bool by = internal::IsWord(tokens[k + 1], "by");
  if (by && (internal::IsWord(tokens[k], "brokered") || internal::IsWord(tokens[k], "mediated")))
    return 2;
  static constexpr std::array<std::string_view, 4> kHosting = {"hosted", "convened", "sponsored",
                                                               "facilitated"};
  static constexpr std::array<std::string_view, 9> kTalks = {
      "talks",   "negotiations", "meeting",       "meetings", "summit",
      "dialogue", "conference",  "consultations", "summits"};
  if (by && internal::InWords(kHosting, tokens[k]) && k > 0 && internal::InWords(kTalks, tokens[k - 1]))
    return 2;
  if (internal::IsWord(tokens[k], "mediation") && k > 0) {
    uint32_t j = k;
    if (internal::IsDeterminer(tokens[j - 1]) && j >= 2) --j;
    if (IntroducesMediation(tokens[j - 1])) return 2;
  }
  return 0;
}

// "agreed to a truce after UN mediation", "through Qatar's mediation": the
// mention that names the mediator right before the noun "mediation" (its
// possessive "'s" may follow it), in a phrase a preposition of
// IntroducesMediation opens; -1 when there is none.
int MediationNamedBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                         uint32_t k) {
  if (!internal::IsWord(tokens[k], "mediation")) return -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    const bool before = m.span.end == k || (m.span.end + 1 == k && tokens[k - 1].text == "'s");
    if (!before || m.code.empty()) continue;
    uint32_t b = m.span.begin;
    if (b > 0 && internal::IsWord(tokens[b - 1], "the")) --b;
    if (b > 0 && IntroducesMediation(tokens[b - 1])) return static_cast<int>(x);
  }
  return -1;
}

// "Stoltenberg announced after mediating talks between Erdogan and
// Kristersson that ...", "the EU's foreign policy chief said on Sunday after
// mediating ten hours of talks": the subject of the verb that "after
// mediating" follows is the mediator. Returns that mention, or -1; `k` is
// the index of "mediating".
int MediatorSpeaking(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t k) {
  if (!internal::IsWord(tokens[k], "mediating") || k < 3 || !internal::IsWord(tokens[k - 1], "after"))
    return -1;
  // Back over the verb and a time ("said on Sunday", "announced late on
  // Monday") to the subject that ends right before them.
  bool verb = false;
  uint32_t j = k - 1;
  for (int steps = 0; j > 0 && steps < 5; ++steps) {
    const Token& t = tokens[j - 1];
    if (IsVerbTag(t.pos)) {
      verb = true;
    } else if (!(internal::IsWord(t, "on") || internal::IsWord(t, "late") ||
                 internal::IsWord(t, "early") || t.Has(kTokenCapitalized))) {
      break;
    }
    --j;
    for (size_t x = 0; x < mentions.size(); ++x)
      if (verb && mentions[x].span.end == j && !mentions[x].code.empty())
        return static_cast<int>(x);
  }
  return -1;
}

// Whether mention `x` is named right after a mediator's cue (MediatorCueAt;
// a determiner may open it), or is coordinated with one that is: "a deal
// brokered by the United States and France".
bool MediatorAgent(std::span<const Token> tokens, std::span<const Mention> mentions, int x) {
  auto after_cue = [&](const Mention& m) {
    uint32_t b = m.span.begin;
    if (b > 0 && internal::IsWord(tokens[b - 1], "the")) --b;
    return b >= 2 && MediatorCueAt(tokens, b - 2) == 2;
  };
  for (size_t y = 0; y < mentions.size(); ++y) {
    if (!after_cue(mentions[y])) continue;
    for (int k = static_cast<int>(y); k >= 0; k = mentions[k].coordinated_with) {
      if (k == x) return true;
      if (mentions[k].coordinated_with <= k) break;
    }
  }
  return false;
}

void MediatorEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                    bool state_actors, std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("045");
  if (info == nullptr) return;
  std::span<const Token> tokens = s.tokens;
  // "a Russian-brokered agreement", "UN-sponsored talks": the party the
  // adjective is made of; "accompanied by Omani mediators": a party named
  // with the role.
  // (Every token of every sentence is looked at: no copy of it is made.)
  auto mediating_word = [&](uint32_t k) {
    const Token& t = tokens[k];
    return t.Has(kTokenHyphenated) &&
           (internal::EndsWithWord(t, "-brokered") || internal::EndsWithWord(t, "-mediated") ||
            internal::EndsWithWord(t, "-sponsored"));
  };
  for (uint32_t k = 0; k + 1 < tokens.size(); ++k) {
    // The tokens where the mediator's name may start: after "brokered by",
    // or the adjective or the role's phrase itself.
    uint32_t from = 0, to = 0;
    TokenSpan cue{k, k + 1};
    // Named only by the role ("Omani mediators"), a mediator mediates talks
    // held (04), not an intent or a deal it may have no part in ("said they
    // would meet U.N. mediator Diego Cordovez").
    bool role_only = false;
    if (const int cue_size = MediatorCueAt(tokens, k); cue_size > 0) {
      from = k + cue_size;
      to = from + 2;
      cue = {k, k + static_cast<uint32_t>(cue_size)};
    } else if (const int named = MediationNamedBefore(tokens, s.mentions, k); named >= 0) {
      from = to = s.mentions[named].span.begin;
    } else if (const int speaker = MediatorSpeaking(tokens, s.mentions, k); speaker >= 0) {
      from = to = s.mentions[speaker].span.begin;
      cue = {k - 1, k + 1};
    } else if (mediating_word(k) || internal::IsWord(tokens[k], "mediators") ||
               internal::IsWord(tokens[k], "mediator")) {
      role_only = !mediating_word(k);
      bool named = false;
      for (const internal::Mention& m : s.mentions)
        if (m.span.begin <= k && k < m.span.end) {
          from = to = m.span.begin;
          named = true;
        }
      if (!named) continue;
    } else {
      continue;
    }
    // "brokered by Egypt and the United Nations": every member mediates.
    std::vector<const internal::Mention*> mediators;
    for (size_t x = 0; x < s.mentions.size(); ++x) {
      const internal::Mention& m = s.mentions[x];
      if (m.span.begin < from || m.span.begin > to) continue;
      for (int y = static_cast<int>(x); y >= 0; y = s.mentions[y].coordinated_with) {
        const internal::Mention& member = s.mentions[y];
        if (!member.code.empty() && !member.locative && !member.unplaced &&
            !member.code.starts_with("---"))
          mediators.push_back(&member);
        if (s.mentions[y].coordinated_with <= y) break;
      }
      break;
    }
    if (mediators.empty()) continue;
    auto mediator_code = [&](const internal::Mention* m) {
      std::string code = m->code;
      // "brokered by Moscow": its government (an aid agency, NGO, has none).
      if (state_actors && code.size() == 3 && code != "NGO") code += "GOV";
      return code;
    };
    auto is_mediator = [&](std::string_view code) {
      for (const internal::Mention* m : mediators)
        if (code.size() >= 3 && m->code.compare(0, 3, code, 0, 3) == 0) return true;
      return false;
    };
    std::vector<Actor> parties;
    const Event* model = nullptr;
    auto relevant = [&](const Event& e) {
      if (e.sentence_index != sentence_index) return false;
      const auto root = CameoRoot(e.cameo_code);
      return role_only ? root == "04"
                       : (root == "03" || root == "04" || root == "05" || root == "08");
    };
    auto add_party = [&](const Actor& a) {
      if (a.code.size() >= 3 && !is_mediator(a.code) &&
          std::none_of(parties.begin(), parties.end(),
                       [&](const Actor& p) { return p.code == a.code; }))
        parties.push_back(a);
    };
    for (const Event& e : *events) {
      if (!relevant(e)) continue;
      model = model ? model : &e;
      add_party(e.source);
    }
    // "Iran freed five Americans in a prisoner exchange mediated by Qatar,
    // and the United States released five Iranians": the people an act
    // frees or shelters (a country's people, its civilians or refugees)
    // are not the parties mediated between when their country acts in the
    // sentence; the mediation is between the states.
    for (const Event& e : *events) {
      if (!relevant(e)) continue;
      const std::string& t = e.target.code;
      const bool people = t.size() == 3 || e.cameo_code.starts_with("084") ||
                          (t.size() == 6 && (t.ends_with("CVL") || t.ends_with("REF")));
      const bool country_acts =
          std::any_of(parties.begin(), parties.end(), [&](const Actor& p) {
            return p.code.size() > 3 && t.size() >= 3 && p.code.compare(0, 3, t, 0, 3) == 0;
          });
      if (people && country_acts) continue;
      add_party(e.target);
    }
    if (model == nullptr || parties.empty() || parties.size() > 4) continue;
    const Event base = *model;
    for (const internal::Mention* mediator : mediators) {
      for (const Actor& party : parties) {
        Event e = base;
        e.source = Actor{};
        e.source.code = mediator_code(mediator);
        e.source.matched_text = s.Text(mediator->span);
        e.source.bytes = s.Bytes(mediator->span);
        e.source.tokens = mediator->span;
        e.source.how = mediator->how;
        e.source.name =
            mediator->display_name.empty() ? e.source.matched_text : mediator->display_name;
        e.target = party;
        e.id = fmt::format("{}:{}:{}", e.document_id, sentence_index, events->size());
        internal::SetEventCode(*info, "045", &e);
        // (The verb may have coded it already: "said after mediating".)
        const bool coded = std::any_of(events->begin(), events->end(), [&](const Event& x) {
          return x.sentence_index == sentence_index && x.cameo_code.starts_with("045") &&
                 x.source.code == e.source.code && x.target.code == e.target.code;
        });
        if (coded) continue;
        e.evidence.verb_text = s.Text(cue);
        e.evidence.verb_bytes = s.Bytes(cue);
        e.evidence.rule =
            fmt::format("'{}' ({}): the mediator of the sentence's agreement or talks",
                        s.Text(cue), e.source.matched_text);
        s.Note(fmt::format("EVENT {} 045 {} (Mediate)", e.source.code, e.target.code));
        events->push_back(std::move(e));
      }
    }
    return;
  }
}


// The party that gave the order after a passive verb ending at `after`: "on
// the orders of President X", "on (the) orders from X", "at the order of X",
// "on X's orders". -1 when there is none in the clause.
int OrdererAfter(std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t after,
                 ClauseWindow window) {
  static constexpr std::string_view kOrders[] = {"orders", "order", "instructions"};
  for (uint32_t k = after; k + 1 < window.end && k < after + 12; ++k) {
    if (!internal::InWords(kOrders, tokens[k])) continue;
    uint32_t p = k;
    if (p > 0 && internal::IsWord(tokens[p - 1], "the")) --p;
    for (size_t x = 0; x < mentions.size(); ++x) {
      const Mention& y = mentions[x];
      if (y.locative || y.code.empty() || y.span.empty()) continue;
      // "on X's orders"
      if (y.possessive && y.span.end == k && y.span.begin > 0 &&
          (internal::IsWord(tokens[y.span.begin - 1], "on") ||
           internal::IsWord(tokens[y.span.begin - 1], "at")))
        return static_cast<int>(x);
      // "on the orders of X"
      if (p > 0 && (internal::IsWord(tokens[p - 1], "on") ||
                    internal::IsWord(tokens[p - 1], "at") ||
                    internal::IsWord(tokens[p - 1], "under")) &&
          (internal::IsWord(tokens[k + 1], "of") || internal::IsWord(tokens[k + 1], "from")) &&
          (y.span.begin == k + 2 ||
           (y.span.begin == k + 3 && internal::IsDeterminer(tokens[k + 2]))))
        return static_cast<int>(x);
    }
    return -1;
  }
  return -1;
}

// Whether the subject mention `subject` stands right before the verb at
// `verb`: past auxiliaries and adverbs, a time ("on Wednesday", "today") or
// the comma closing a phrase set off after the subject ("Kishida, on a visit
// to Manila, agreed"). "WASHINGTON -- A series of car bombings today killed"
// names no subject of "killed".
bool SubjectRightBefore(std::span<const Token> tokens, const Mention& subject, uint32_t verb) {
  static constexpr std::string_view kTimes[] = {
      "today",   "yesterday", "tonight",  "monday",   "tuesday", "wednesday",
      "thursday", "friday",   "saturday", "sunday",   "on",      "also"};
  uint32_t k = verb;
  while (k > subject.span.end &&
         (internal::IsAuxiliaryOrAdverb(tokens[k - 1]) || internal::InWords(kTimes, tokens[k - 1])))
    --k;
  return k == subject.span.end || (k > subject.span.end && tokens[k - 1].text == ",");
}


// "Russia accused Ukraine of shelling the plant and called for an inquiry",
// "Berlin said tests showed that the opposition leader had been poisoned and
// demanded an explanation from Minsk": a finite verb right after "and"
// is joined to the last finite verb of its form before it that has no
// auxiliary either; the infinitives, participles and passives between lie
// inside that verb's object or complement. Returns that verb's position, or
// -1: when the nearest verb before "and" is an active verb group with an
// auxiliary the second verb may share ("had killed 20 people and wounded
// 50"), or a passive it may share ("was arrested and charged with").
int ParallelFiniteVerb(std::span<const Token> tokens, uint32_t verb,
                       const std::function<bool(uint32_t)>& has_subject) {
  if (verb < 2 || !internal::IsWord(tokens[verb - 1], "and")) return -1;
  const uint8_t form = tokens[verb].pos;
  if (form != kPosVBD && form != kPosVBN && form != kPosVBZ) return -1;
  const uint8_t past = form == kPosVBZ ? kPosVBZ : kPosVBD;
  // (The first verb may stand before a "that" the clause window stops at:
  // "Merkel said that tests had shown that he was poisoned, and demanded".)
  uint32_t begin = 0;
  for (uint32_t k = verb; k-- > 0;)
    if (tokens[k].text == ";" || tokens[k].text == ":" || tokens[k].Has(kTokenQuote)) {
      begin = k + 1;
      break;
    }
  static constexpr std::string_view kBe[] = {"is", "are", "was", "were", "be", "been", "being"};
  auto auxiliary_before = [&](uint32_t k) {
    for (; k > begin && internal::IsAuxiliaryOrAdverb(tokens[k - 1]); --k)
      if (IsVerbTag(tokens[k - 1].pos)) return true;
    return false;
  };
  bool nearest = true;
  for (uint32_t k = verb - 1; k-- > begin;) {
    const Token& t = tokens[k];
    if (!IsVerbTag(t.pos) || internal::IsAuxiliaryOrAdverb(t)) continue;
    // (A past form the tagger took for a participle counts when no
    // auxiliary stands before it: "after the army seized the airport and
    // detained the mayor".)
    const bool past_read_as_participle =
        past == kPosVBD && t.pos == kPosVBN && k > begin &&
        (tokens[k - 1].pos == kPosNN || tokens[k - 1].pos == kPosNNS ||
         tokens[k - 1].pos == kPosNNP || tokens[k - 1].pos == kPosNNPS ||
         tokens[k - 1].pos == kPosJJ || tokens[k - 1].pos == kPosPRP) &&
        !(k + 1 < tokens.size() && internal::IsPreposition(tokens[k + 1]));
    const bool bare = (t.pos == past || past_read_as_participle) && !auxiliary_before(k) &&
                      !(k > 0 && internal::IsWord(tokens[k - 1], "to")) &&
                      !(k + 1 < tokens.size() && (internal::IsWord(tokens[k + 1], "of") ||
                                                  internal::IsWord(tokens[k + 1], "by")));
    if (nearest && !bare && (t.pos == kPosVBN || t.pos == kPosVBD) && auxiliary_before(k)) {
      bool passive = false;
      for (uint32_t a = k; a > begin && internal::IsAuxiliaryOrAdverb(tokens[a - 1]); --a)
        passive |= internal::InWords(kBe, tokens[a - 1]);
      if (!passive) return -1;
      if (verb + 1 < tokens.size() && internal::IsPreposition(tokens[verb + 1])) return -1;
    }
    nearest = false;
    if (bare && has_subject(k)) return static_cast<int>(k);
  }
  return -1;
}

}  // namespace khaldun::coder_internal
