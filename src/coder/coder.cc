#include "khaldun/coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <optional>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/petrarch_engine.h"
#include "coder/accusations.h"
#include "coder/reactions.h"
#include "coder/sports.h"
#include "coder/render.h"
#include "coder/tabari_engine.h"

namespace khaldun {

using internal::ClauseWindow;
using internal::Mention;

Coder::Coder(CoderResources resources, CoderOptions options)
    : resources_(std::move(resources)), options_(options) {
  if (resources_.dictionary)
    pattern_index_ = std::make_shared<const internal::PatternIndex>(
        internal::PatternIndex::Build(*resources_.dictionary));
}

namespace {

struct SentenceContext {
  const AnalyzedDocument& doc;
  const Sentence& sentence;
  std::span<const Token> tokens;
  std::span<const PhraseMatch> matches;
  std::span<const Mention> mentions;
  ExplainTrace::SentenceTrace* trace;  // may be null

  void Note(std::string line) const {
    if (trace) trace->lines.push_back(std::move(line));
  }
  std::string Text(TokenSpan span) const { return internal::SpanText(tokens, span); }
  ByteSpan Bytes(TokenSpan span) const {
    if (span.empty()) return {};
    return {tokens[span.begin].bytes.begin, tokens[span.end - 1].bytes.end};
  }
};

// A trigger's decision before codes are looked up.
struct Candidate {
  int source = -1;
  int target = -1;
  std::string code;
  TokenSpan trigger;
  std::string rule;
};

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
  if (location && !location->country.empty()) {
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
  if (tokens[m.span.end - 1].text.ends_with("s") && !m.possessive && !country_name && !controls)
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
    bool direct = noun.begin <= v.span.end + 3;
    for (uint32_t k = v.span.end; k < noun.begin; ++k) {
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

// Words that condemn what they describe.
constexpr std::string_view kCondemning[] = {
    "unacceptable", "illegal",    "unlawful",      "illegitimate", "breach",      "violation",
    "crime",        "outrageous", "irresponsible", "provocation",  "provocative", "unjustified",
    "barbaric",     "aggression", "shameful",      "criminal",     "outrage",     "terrorism",
    "null",         "hostile",    "reckless",      "unprovoked",   "atrocity",    "disgrace",
    "sham",         "farce",      "travesty",      "mockery",      "stab",        "blow",
    "antisemitic",  "absurd",     "unprecedented", "disproportionate"};

// "called the expulsions a flagrant violation of international law", "called
// it a 'stab in the back'", "calling the move a serious blow": a verb of
// naming (CALL, DESCRIBE, TERM, BRAND, LABEL) that puts a condemning word on
// an act referred to (coder/reactions.h) criticises it (111); the referring
// word is returned, or -1.
int ActNamedAsCondemnable(const Dictionary& dict, std::span<const Token> tokens,
                          std::span<const PhraseMatch> matches, const PhraseMatch& verb) {
  static constexpr std::string_view kNaming[] = {"CALL", "DESCRIBE", "TERM", "BRAND", "LABEL"};
  const std::string_view lemma = dict.verb_form(verb.id).lemma;
  bool naming = false;
  for (std::string_view l : kNaming) naming |= lemma == l;
  if (!naming) return -1;
  auto is_event_noun = [&](uint32_t k) { return EventNounAt(matches, k); };
  const int act = internal::ReferredActOf(tokens, verb.span, TokenSpan{}, true, is_event_noun);
  if (act < 0) return -1;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), act + 8);
  for (uint32_t k = act + 1; k < end; ++k) {
    if (tokens[k].text == "," || tokens[k].text == "." || internal::IsNegation(tokens[k]))
      return -1;
    for (std::string_view w : kCondemning)
      if (internal::IsWord(tokens[k], w)) return act;
  }
  return -1;
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

using internal::TargetIsAPlace;

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
  return root == "03" || root == "04" || root == "05" || root == "06" || code.starts_with("190") ||
         code.starts_with("193") || code.starts_with("194") || code.starts_with("0841") ||
         code.starts_with("0871");
}

// Nouns a place name may modify and still name a place: "the Kosovo town of
// Mitrovica", "the Gaza Strip", "Kherson region".
constexpr std::array<std::string_view, 9> kPlaceHeads = {
    "town", "city", "village", "region", "province", "district", "area", "strip", "border"};

// "exercises around Taiwan", "drills near Estonia", "warships off Libya".
constexpr std::array<std::string_view, 6> kAroundWords = {"around", "near", "off",
                                                          "toward", "towards", "surrounding"};

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
                     uint32_t from, const std::string& source_code, uint32_t reach = 12) {
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
      if (other < 0 && after < tokens.size() && internal::IsWord(tokens[after], "and"))
        for (size_t y = x + 1; y < mentions.size() && other < 0; ++y)
          if (mentions[y].span.begin > after && mentions[y].span.begin <= after + 3 &&
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
  return true;
}

// A killing verb, or one of wounding ("were wounded", "injured").
bool IsKillingOrWounding(const VerbForm& form);

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
                           std::span<const Mention> mentions = {}) {
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

// "killed hundreds of residents" NGA, "killed 132 civilians" BFACVL: a
// population named as such is the country itself, as elsewhere; other
// people keep their sector.
std::string PeopleHitCode(const AgentEntry& role, std::string_view country) {
  return std::string(country) + (NamesAPopulation(role) ? std::string() : role.code);
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

// The act reported last before a reaction to it: who did it and to whom.
struct ReferredAct {
  bool found = false;
  int source = -1, target = -1;  // among this sentence's mentions, or -1
  std::string source_code, target_code;
  std::string code;  // its CAMEO code
};

// "Iran withdrew the accreditation of IAEA inspectors, a step ... Grossi
// condemned": the last candidate of this sentence whose trigger starts
// before `before`; with none, the last event of the sentence before
// ("... issued a warrant for his arrest. The Kremlin dismissed the move").
ReferredAct LastActBefore(std::span<const Candidate> candidates, std::span<const Event> events,
                          std::span<const Mention> mentions, uint32_t sentence_index,
                          uint32_t before) {
  ReferredAct act;
  for (const Candidate& c : candidates) {
    if (c.trigger.begin >= before || c.source < 0 || c.target < 0 || c.code.empty()) continue;
    act.found = true;
    act.source = c.source;
    act.target = c.target;
    act.source_code = mentions[c.source].code;
    act.target_code = mentions[c.target].code;
    act.code = c.code;
  }
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

// "Kurti accused Belgrade of backing the attack, which Serbia denied",
// "Baghdad accused Ankara of the strike. Turkey denied any involvement.": the
// accusation (112) made of `denier` last, in this sentence before `before`
// or in the sentence before; its accuser's code, or "".
std::string AccuserOf(std::span<const Candidate> candidates, std::span<const Event> events,
                      std::span<const Mention> mentions, uint32_t sentence_index,
                      uint32_t before, std::string_view denier) {
  auto accuses_denier = [&](std::string_view code, std::string_view target) {
    return code.starts_with("112") && target.size() >= 3 && denier.size() >= 3 &&
           target.substr(0, 3) == denier.substr(0, 3);
  };
  std::string accuser;
  for (const Candidate& c : candidates)
    if (c.trigger.begin < before && c.source >= 0 && c.target >= 0 &&
        accuses_denier(c.code, mentions[c.target].code))
      accuser = mentions[c.source].code;
  if (!accuser.empty() || sentence_index == 0) return accuser;
  for (const Event& e : events)
    if (e.sentence_index + 1 == sentence_index && accuses_denier(e.cameo_code, e.target.code))
      accuser = e.source.code;
  return accuser;
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
    if (!(gap == " " || gap == " the " || by == " by " || by == " by the ")) continue;
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
// Whether mention `x` is named right after "brokered by" or "mediated by" (a
// determiner may open it), or is coordinated with one that is: "a deal
// brokered by the United States and France".
bool MediatorAgent(std::span<const Token> tokens, std::span<const Mention> mentions, int x) {
  auto after_cue = [&](const Mention& m) {
    const uint32_t b = m.span.begin;
    return b >= 2 && internal::IsWord(tokens[b - 1], "by") &&
           (internal::IsWord(tokens[b - 2], "brokered") ||
            internal::IsWord(tokens[b - 2], "mediated"));
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
    if ((internal::IsWord(tokens[k], "brokered") || internal::IsWord(tokens[k], "mediated")) &&
        k + 2 < tokens.size() && internal::IsWord(tokens[k + 1], "by")) {
      from = k + 2;
      to = k + 4;
      cue = {k, k + 2};
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
      if (state_actors && code.size() == 3) code += "GOV";  // "brokered by Moscow": its government
      return code;
    };
    auto is_mediator = [&](std::string_view code) {
      for (const internal::Mention* m : mediators)
        if (code.size() >= 3 && m->code.compare(0, 3, code, 0, 3) == 0) return true;
      return false;
    };
    std::vector<Actor> parties;
    const Event* model = nullptr;
    for (const Event& e : *events) {
      if (e.sentence_index != sentence_index) continue;
      const auto root = CameoRoot(e.cameo_code);
      if (role_only ? root != "04"
                    : (root != "03" && root != "04" && root != "05" && root != "08"))
        continue;
      model = model ? model : &e;
      for (const Actor* a : {&e.source, &e.target})
        if (a->code.size() >= 3 && !is_mediator(a->code) &&
            std::none_of(parties.begin(), parties.end(),
                         [&](const Actor& p) { return p.code == a->code; }))
          parties.push_back(*a);
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

}  // namespace

std::vector<Event> Coder::Code(const AnalyzedDocument& doc, ExplainTrace* trace) const {
  if (options_.mode == CodingMode::kTabari)
    return internal::CodeTabari(resources_, options_, doc, trace);
  if (options_.mode == CodingMode::kPetrarch)
    return internal::CodePetrarch(resources_, options_, doc, trace);
  std::vector<Event> events;
  const Dictionary& dict = *resources_.dictionary;
  internal::CoreferenceMemory memory;
  internal::MentionContext mention_context{&dict, resources_.gazetteer.get(), doc.document->date};
  MatchScratch scratch;
  std::vector<PhraseMatch> matches;
  std::vector<Token> tagged;                     // a tagged copy of the sentence, reused
  internal::CoreferenceMemory::Salient salient;  // reused

  // "KABUL (Reuters) - Protesters ransacked UN compounds": a role with no
  // country acts where the story is filed from, when nothing nearer says.
  const Place* dateline_place = DatelinePlace(doc.dateline, resources_.gazetteer.get());
  // "Thousands of protesters marched in Algiers. Police fired tear gas to
  // disperse them": with no dateline, a role with no country acts where the
  // placed event of the sentence before happened (DZACOP 175 DZAOPP).
  std::optional<Location> story_place;
  for (const Sentence& sentence : doc.sentences) {
    const std::optional<Location> scene = std::move(story_place);
    story_place.reset();
    // Where this sentence's last event among one country's own people
    // happened, for the roles of its later acts.
    std::optional<Location> domestic_scene;
    std::span<const Token> tokens(doc.SentenceTokens(sentence), sentence.token_count);
    ExplainTrace::SentenceTrace* st = nullptr;
    if (trace) {
      trace->sentences.push_back({sentence.index,
                                  std::string(doc.OriginalText(sentence)),
                                  internal::RenderTokens(tokens),
                                  {}});
      st = &trace->sentences.back();
    }
    matches.clear();
    dict.FindCandidates(tokens, scratch, &matches);
    AddHyphenatedActors(dict, tokens, scratch, &matches);
    bool has_trigger = false, has_actor = false, has_place_act = false, has_protest = false,
         has_restriction = false, has_arrest = false, has_killing = false;
    for (const PhraseMatch& m : matches) {
      has_trigger |= m.kind == PhraseMatch::Kind::kVerb || m.kind == PhraseMatch::Kind::kNominal;
      if (m.kind == PhraseMatch::Kind::kVerb || m.kind == PhraseMatch::Kind::kNominal) {
        const VerbForm& form = dict.verb_form(m.id);
        const std::string& code = form.EffectiveCode(dict.verb_blocks()).primary;
        has_place_act |= (!code.empty() && TargetIsAPlace(code)) ||
                         (pattern_index_ && pattern_index_->block_may_act_on_place[form.block]);
        has_protest |= internal::AddressesOwnGovernment(code) ||
                       (pattern_index_ && pattern_index_->block_may_protest[form.block]);
        has_arrest |= code.starts_with("173") || code.starts_with("09");
        has_killing |= m.kind == PhraseMatch::Kind::kVerb && IsKillingOrWounding(form);
        has_restriction |= internal::FallsOnOwnPopulation(code) ||
                           (pattern_index_ && pattern_index_->block_may_restrict[form.block]);
      }
      has_actor |= m.kind == PhraseMatch::Kind::kActor || m.kind == PhraseMatch::Kind::kAgent;
    }
    // Whether the sentence may give an event when events need a dyad: two
    // parties, or one party and what completes the dyad: an implicit target
    // (ProtestsItsOwnGovernment, a state restricting its own people) or a
    // city of the gazetteer after an act on a place. Cheapest test first.
    auto may_hold_a_dyad = [&](std::span<const Mention> ms, std::span<const Token> toks) {
      if (!options_.require_dyad) return true;
      const int usable = UsableMentions(ms, has_place_act);
      if (usable >= 2) return true;
      const Mention* party = nullptr;
      for (const Mention& x : ms)
        if (!x.code.empty() && !x.locative) {
          party = &x;
          break;
        }
      // "Thousands protested in Paris": a crowd named by its size is a
      // party too (see CrowdSubject).
      // Only a trigger that may code a protest, and only past a number or a
      // quantity word, can have a crowd for its subject; the clause is
      // looked for only then.
      if (has_protest && !ms.empty()) {
        auto sized_before = [&](uint32_t at) {
          for (uint32_t k = at > 12 ? at - 12 : 0; k < at; ++k)
            if (toks[k].Has(kTokenNumber) || internal::IsQuantityWord(toks[k])) return true;
          return false;
        };
        for (const PhraseMatch& t : matches)
          if ((t.kind == PhraseMatch::Kind::kVerb || t.kind == PhraseMatch::Kind::kNominal) &&
              (!pattern_index_ ||
               pattern_index_->block_may_protest[dict.verb_form(t.id).block] ||
               internal::AddressesOwnGovernment(
                   dict.verb_form(t.id).EffectiveCode(dict.verb_blocks()).primary)) &&
              sized_before(t.span.begin) &&
              !internal::CrowdSubject(toks, internal::ClauseAround(toks, t.span.begin),
                                      t.span.begin)
                   .empty())
            return true;
      }
      if (usable == 0) return false;
      if (party == nullptr) return false;
      // The one party suits an implicit target or a place: only then is the
      // code a trigger would take looked up (untagged, as ChoosePattern
      // reads words), before the sentence pays for tagging.
      // "Egyptian police arrested three journalists": a state holding
      // people named by a role (see HeldRole).
      // Both need a role word near an arrest or killing verb (after it, or
      // before a passive one), which is cheap to see before tagging.
      auto role_near = [&](bool killing) {
        for (const PhraseMatch& v : matches) {
          if (v.kind != PhraseMatch::Kind::kVerb) continue;
          const VerbForm& form = dict.verb_form(v.id);
          const std::string& held_code = form.EffectiveCode(dict.verb_blocks()).primary;
          if (killing ? !IsKillingOrWounding(form)
                      : !(held_code.starts_with("173") || held_code.starts_with("09")))
            continue;
          for (const PhraseMatch& a : matches) {
            if (a.kind != PhraseMatch::Kind::kAgent) continue;
            const bool after = a.span.begin >= v.span.end && a.span.begin <= v.span.end + 6;
            const bool before = a.span.end <= v.span.begin && a.span.end + 8 >= v.span.begin;
            if ((after || before) && (!killing || IsPeopleHit(dict.agent(a.id)))) return true;
          }
        }
        return false;
      };
      if (has_arrest && IsStateActor(*party) && role_near(false)) return true;
      // "Baghdad accused Ankara of the strike. Turkey denied any
      // involvement.": a denial answers the accusation of the sentence
      // before (see AccuserOf).
      if (sentence.index > 0 && party->code.size() >= 3) {
        // (Events are in sentence order: only the last ones are looked at.)
        bool accused = false;
        for (auto e = events.rbegin(); e != events.rend() && e->sentence_index + 1 >= sentence.index;
             ++e)
          accused |= e->sentence_index + 1 == sentence.index && e->cameo_code.starts_with("112") &&
                     e->target.code.starts_with(std::string_view(party->code).substr(0, 3));
        if (accused)
          for (const PhraseMatch& t : matches)
            if (t.kind == PhraseMatch::Kind::kVerb &&
                dict.verb_form(t.id).EffectiveCode(dict.verb_blocks()).primary.starts_with("016"))
              return true;
        // "Russian jets bombed a Ukrainian power plant. Ukraine vowed to
        // retaliate.": a threat of retaliation answers the act on its party
        // in the sentence before (see AnsweredBy).
        bool hit = false;
        for (auto e = events.rbegin(); e != events.rend() && e->sentence_index + 1 >= sentence.index;
             ++e)
          hit |= e->sentence_index + 1 == sentence.index &&
                 e->target.code.starts_with(std::string_view(party->code).substr(0, 3)) &&
                 !e->source.code.starts_with(std::string_view(party->code).substr(0, 3));
        if (hit)
          for (const PhraseMatch& t : matches)
            if (t.kind == PhraseMatch::Kind::kVerb &&
                internal::RetaliationAfter(toks, t.span, static_cast<uint32_t>(toks.size())) !=
                    internal::Retaliation::kNone)
              return true;
      }
      // "Jihadist gunmen killed at least 132 civilians in ... Burkina Faso":
      // people hit, named by a role, and a place (see the target rules).
      if (has_killing && role_near(true)) {
        bool placed = NamesAGazetteerCity(toks, resources_.gazetteer.get(), 0,
                                          static_cast<uint32_t>(toks.size()));
        for (const Mention& x : ms) placed |= x.locative;
        // (Or where the last event of the sentence before happened, in the
        // party's own country: "... seized the town of Baga in Nigeria.
        // They went on to massacre hundreds of civilians".)
        placed |= !events.empty() && events.back().sentence_index + 1 == sentence.index &&
                  events.back().location && party->code.size() >= 3 &&
                  events.back().location->country == std::string_view(party->code).substr(0, 3);
        if (placed) return true;
      }
      const bool protester = has_protest && ProtestsItsOwnGovernment(*party, toks);
      const bool state = has_restriction && IsStateActor(*party);
      if (!protester && !state && !has_place_act) return false;
      if (!pattern_index_) return false;
      for (const PhraseMatch& t : matches) {
        if (t.kind != PhraseMatch::Kind::kVerb && t.kind != PhraseMatch::Kind::kNominal) continue;
        const uint32_t block = dict.verb_form(t.id).block;
        const internal::PatternIndex& index = *pattern_index_;
        // Cheap cues first: only a trigger that may take the kind of code
        // the party allows is looked up with ChoosePattern.
        bool look = (protester && index.Cued(index.protest_cues[block], toks, t.span.end)) ||
                    (state && index.Cued(index.restrict_cues[block], toks, t.span.end));
        // The city target is looked for within 12 tokens after the trigger,
        // and before a passive one ("a hospital in Aleppo was destroyed").
        const bool passive = FollowsBeForm(toks, t.span.begin);
        auto names_city = [&] {
          const Gazetteer* gazetteer = resources_.gazetteer.get();
          return NamesAGazetteerCity(toks, gazetteer, t.span.end, t.span.end + 13) ||
                 (passive &&
                  NamesAGazetteerCity(toks, gazetteer, t.span.begin > 12 ? t.span.begin - 12 : 0,
                                      t.span.begin));
        };
        if (!look && has_place_act &&
            (index.Cued(index.place_cues[block], toks, t.span.end) ||
             (passive && index.block_may_act_on_place[block])))
          look = names_city();
        if (!look) continue;
        internal::PatternChoice choice = internal::ChoosePattern(
            dict, t, toks, ms, internal::ClauseAround(toks, t.span.begin), pattern_index_.get());
        const std::string& code = choice.code.primary;
        if (code.empty() || choice.code.is_null()) continue;
        if (protester && internal::AddressesOwnGovernment(code)) return true;
        if (state && internal::FallsOnOwnPopulation(code)) return true;
        if (has_place_act && TargetIsAPlace(code) && names_city()) return true;
      }
      return false;
    };
    // Mentions are read in every sentence, so that names and pronouns in
    // later sentences resolve.
    memory.Save(&salient);
    std::vector<Mention> mentions =
        internal::FindMentions(tokens, matches, mention_context, &memory);
    // Only sentences that could hold an event pay for POS tagging: a trigger
    // and, when events need a dyad, two actors. The mentions are then read
    // again with the tags. Only the POS tags are read (noun or verb reading,
    // voice); chunking would cost as much again and nothing uses it.
    if (has_trigger && resources_.syntax && !tokens.empty() && tokens[0].pos == 0 &&
        may_hold_a_dyad(mentions, tokens)) {
      tagged.assign(tokens.begin(), tokens.end());
      resources_.syntax->TagPos(tagged);
      CorrectVerbTags(dict, matches, &tagged);
      tokens = tagged;
      // "Putin welcomed him": the second reading must resolve "him" as the
      // first did, against the persons of earlier sentences.
      memory.Restore(salient);
      mentions = internal::FindMentions(tokens, matches, mention_context, &memory);
    }
    SentenceContext s{doc, sentence, tokens, matches, mentions, st};
    if (st) {
      for (const PhraseMatch& m : matches)
        s.Note(internal::RenderMatch(dict, m, tokens, doc.document->date));
      for (const Mention& m : mentions) s.Note(internal::RenderMention(m, tokens));
    }
    if (!has_trigger || (!has_actor && mentions.empty())) {
      s.Note(has_trigger ? "no actor: nothing to code" : "no verb or event noun: nothing to code");
      continue;
    }
    if (!may_hold_a_dyad(mentions, tokens)) {
      s.Note("fewer than two actors: no event possible");
      continue;
    }

    std::vector<Candidate> candidates;
    std::string last_code;       // of the previous trigger in this sentence
    uint32_t last_verb_end = 0;  // end of the last verb that got a code, 0 if none
    std::string last_verb_code;  // and its code
    int last_verb_source = -1;   // and its source mention
    int last_verb_target = -1;   // and its target mention
    // The last verb with a code that is no gerund and no participle after a
    // noun ("condemning the coup", "a deal brokered by China"): the verb a
    // phrase of circumstance belongs to (ConsultationAdjunct).
    struct {
      uint32_t end = 0;
      int source = -1, target = -1;
      std::string code;
    } clause_verb;
    TokenSpan last_verb_words;   // and the words its pattern matched after it
    // The words the pattern of a verb not done (negated, attempted, possible,
    // asked) matched after it: "Morocco has long accused Algeria of arming the
    // rebels" reports no arming either.
    TokenSpan undone_words;
    // The last verb of any code, null included, and its subject: what a verb
    // after "and" is coordinated with ("the military seized power and
    // detained Prime Minister Hamdok": "seized power" codes nothing).
    uint32_t last_any_verb_begin = 0, last_any_verb_end = 0;
    int last_any_verb_source = -1;
    // For a verb with a null code its subject is found only when a verb
    // after "and" asks for it (most null-coded verbs, "said", never are).
    std::optional<ClauseWindow> last_null_verb_window;
    for (size_t mi = 0; mi < matches.size(); ++mi) {
      const PhraseMatch& m = matches[mi];
      if (m.kind != PhraseMatch::Kind::kVerb && m.kind != PhraseMatch::Kind::kNominal) continue;
      // The verb before this trigger (the bookkeeping below moves on to
      // this one before its event is built).
      const uint32_t prev_verb_begin = last_any_verb_begin, prev_verb_end = last_any_verb_end;
      // "missile attack" is one event, not also an "attack".
      if (InsideLongerTrigger(matches, m)) continue;
      // "She insisted that the chemical weapons attack on Douma cannot go
      // unchallenged": a verb reading of the last word of an event noun
      // after a determiner or possessive is that noun, whatever the tagger
      // says.
      if (m.kind == PhraseMatch::Kind::kVerb) {
        bool in_noun = false;
        for (const PhraseMatch& o : matches)
          in_noun |= o.kind == PhraseMatch::Kind::kNominal && o.span.begin < m.span.begin &&
                     m.span.end <= o.span.end && o.span.begin > 0 &&
                     (internal::IsDeterminer(tokens[o.span.begin - 1]) ||
                      internal::IsPossessivePronoun(tokens[o.span.begin - 1]) ||
                      tokens[o.span.begin - 1].Has(kTokenPossessive));
        if (in_noun) continue;
      }
      // The same words may be listed as a verb and as an event noun ("attack");
      // word order decides which reading applies.
      internal::VerbGroup group = internal::ReadVerbGroup(tokens, m.span);
      bool nominal_reading = m.kind == PhraseMatch::Kind::kNominal;
      if (nominal_reading != group.looks_nominal) {
        bool has_twin = false;
        for (const PhraseMatch& o : matches)
          has_twin |= o.span == m.span && o.kind != m.kind &&
                      (o.kind == PhraseMatch::Kind::kVerb || o.kind == PhraseMatch::Kind::kNominal);
        if (has_twin) continue;  // the twin reading is the one to code
        if (!nominal_reading) {
          s.Note(fmt::format(
              "'{}': reads as a noun here (after a determiner or possessive); not coded as a verb",
              s.Text(m.span)));
          continue;
        }
      }
      ClauseWindow window = internal::ClauseAround(tokens, m.span.begin);
      internal::PatternChoice choice =
          internal::ChoosePattern(dict, m, tokens, mentions, window, pattern_index_.get());
      std::string label = internal::RenderTrigger(dict, m, choice, tokens);
      // A consultation in a phrase of circumstance of the clause's verb (see
      // ConsultationAdjunct): its source is that verb's subject. The verb
      // says something to someone or deals with them (roots 01-13), not
      // force used at the meeting ("killed the minister during a meeting"),
      // and is no gerund ("condemning the coup, after a meeting"). A bare
      // "call" there is a telephone call unless it asks for something ("in a
      // call for calm"); a visit needs the place it goes "to" ("on the first
      // such visit" names none).
      bool adjunct = false, adjunct_visit = false, adjunct_call = false;
      if (nominal_reading && choice.source < 0 && clause_verb.end > 0 && clause_verb.source >= 0 &&
          window.begin < clause_verb.end && CameoRoot(clause_verb.code) < "14") {
        const EventCode block_code = dict.verb_form(m.id).EffectiveCode(dict.verb_blocks());
        auto next_is = [&](std::string_view w) {
          return m.span.end < tokens.size() && internal::IsWord(tokens[m.span.end], w);
        };
        const bool bare_call = m.span.size() == 1 &&
                               (internal::IsWord(tokens[m.span.begin], "call") ||
                                internal::IsWord(tokens[m.span.begin], "calls")) &&
                               choice.code.is_null() && !next_is("for") && !next_is("to") &&
                               !next_is("on");
        const std::string_view code =
            choice.code.empty() || choice.code.is_null() ? block_code.primary : choice.code.primary;
        adjunct_visit = code.starts_with("042");
        adjunct_call = code.starts_with("041") || bare_call;
        const bool consultation =
            (CameoRoot(code) == "04" && !code.starts_with("045")) || bare_call;
        // ("praised Sisi during his visit to Cairo": a visit owned by "his"
        // is the subject's trip the story already knows, its setting.)
        const bool owned_visit = adjunct_visit && m.span.begin > 0 &&
                                 (internal::IsPossessivePronoun(tokens[m.span.begin - 1]) ||
                                  (m.span.begin > 1 && tokens[m.span.begin - 1].pos == kPosJJ &&
                                   internal::IsPossessivePronoun(tokens[m.span.begin - 2])));
        if (consultation && !owned_visit && (!adjunct_visit || next_is("to")) &&
            !next_is("between")) {
          const int prep =
              ConsultationAdjunct(tokens, mentions, m.span, adjunct_visit || adjunct_call);
          adjunct = prep >= 0 && clause_verb.end <= static_cast<uint32_t>(prep) &&
                    static_cast<uint32_t>(prep) <= clause_verb.end + 30;
        }
        if (adjunct && bare_call) {
          choice.code = EventCode{};
          choice.code.primary = "041";
          label += " -> 041 (a call in a phrase of circumstance: a telephone call)";
        }
        if (adjunct) label += " (a consultation in a phrase of circumstance of the verb before it)";
      }
      // "abuses committed by Russian troops": in a passive followed by its
      // agent, a pattern that read its object words in the agent ("- *
      // &TROOPS", committing troops) read the wrong phrase; the block's own
      // code stands. ("killed by Israeli air strikes" reads "by" itself.)
      bool words_in_agent = false;
      if (group.passive && choice.pattern != nullptr && m.span.end < tokens.size() &&
          internal::IsWord(tokens[m.span.end], "by") && !choice.word_span.empty() &&
          choice.word_span.begin > m.span.end) {
        for (const Mention& x : mentions)
          words_in_agent |= x.span.begin > m.span.end && x.span.begin <= m.span.end + 3 &&
                            choice.word_span.begin >= x.span.begin &&
                            choice.word_span.end <= x.span.end;
      }
      if (words_in_agent) {
        label += " (its words are in the passive's agent: the block's code instead)";
        choice.pattern = nullptr;
        choice.code = dict.verb_form(m.id).EffectiveCode(dict.verb_blocks());
        choice.target = choice.source = -1;
        choice.word_span = {};
      }
      // "the missile strikes that the United States, Britain and France
      // launched against Syrian sites": a verb of carrying out, with no code
      // of its own, in a relative clause on an event noun does that event.
      if (choice.code.is_null() && !nominal_reading) {
        if (const PhraseMatch* done = EventNounCarriedOut(dict, tokens, matches, m);
            done != nullptr) {
          choice.code = dict.verb_form(done->id).EffectiveCode(dict.verb_blocks());
          label +=
              fmt::format(" -> {} (carries out '{}', the event noun its relative clause is on)",
                          choice.code.primary, s.Text(done->span));
        }
      }
      // "Britain said China's national security law was a clear breach of
      // the joint declaration", "Merkel told Obama that spying on friends was
      // unacceptable": a verb of saying whose clause condemns a party's act
      // in so many words criticises that party (111).
      if (choice.code.is_null() && !nominal_reading) {
        if (const int judged = PartyJudgedInReportedClause(dict, tokens, mentions, m, window);
            judged >= 0) {
          choice.code.primary = "111";
          choice.target = judged;
          label += fmt::format(" -> 111 (the clause it reports condemns '{}')",
                               s.Text(mentions[judged].span));
        }
      }
      // "UN investigators said that Islamic State was committing genocide
      // against the Yazidis", "..., Amnesty International said in a report,
      // describing the massacre as a crime against humanity": a verb of
      // saying or naming that reports an atrocity accuses its doer of war
      // crimes (1124; coder/accusations.h). The doer is named after the verb,
      // or did the violent act told before it in this sentence.
      if ((choice.code.is_null() || choice.code.empty()) && !nominal_reading) {
        const internal::AtrocityReport report = internal::AtrocityInReport(
            dict.verb_form(m.id).lemma, tokens, mentions, m.span);
        int doer = report.perpetrator;
        if (report.term >= 0 && report.refers_back) {
          const ReferredAct before =
              LastActBefore(candidates, events, mentions, sentence.index, m.span.begin);
          const auto root = CameoRoot(before.code);
          if (before.found && before.source >= 0 && (root == "17" || root >= "18"))
            doer = before.source;
        }
        if (report.term >= 0 && doer >= 0) {
          choice.code = EventCode{};
          choice.code.primary = "1124";
          choice.target = doer;
          choice.pattern = nullptr;
          label += fmt::format(" -> 1124 (reports '{}' by {})", tokens[report.term].text,
                               s.Text(mentions[doer].span));
        }
      }
      // ("it" in "called it a 'stab in the back'" is the act, whatever the
      // object search makes of the pronoun.)
      bool names_an_act = false;
      if (choice.code.is_null() && !nominal_reading) {
        if (const int act = ActNamedAsCondemnable(dict, tokens, matches, m); act >= 0) {
          names_an_act = true;
          choice.code.primary = "111";
          label += fmt::format(" -> 111 (names '{}', an act, in condemning words)",
                               tokens[act].text);
        }
      }
      // "Imran Khan was shot in the leg by a gunman": a passive "shot" with a
      // "by" agent is force used on its subject (190), whatever else "shoot"
      // may mean ("shot a film" is active).
      if (choice.code.is_null() && !nominal_reading && group.passive &&
          dict.verb_form(m.id).lemma == "SHOOT") {
        bool by_agent = false;
        for (uint32_t k = m.span.end; k < tokens.size() && k <= m.span.end + 5 && !by_agent; ++k)
          by_agent = internal::IsWord(tokens[k], "by");
        if (by_agent) {
          choice.code.primary = "190";
          label += " -> 190 (shot, by an agent)";
        }
      }
      if (choice.code.is_null() || choice.code.empty() || choice.code.is_discard()) {
        // (Not a gerund or a bare form: "sealed off Gaza by shutting down
        // the crossing and prevented Palestinians from leaving" joins
        // "prevented" to "sealed off". A past form the tagger took for a
        // participle, "Sudan's military seized power", counts.)
        if (!nominal_reading && !group.infinitive && tokens[m.span.begin].pos != kPosVBG &&
            tokens[m.span.begin].pos != kPosVB) {
          last_any_verb_begin = m.span.begin;
          last_any_verb_end = m.span.end;
          last_any_verb_source = -1;
          last_null_verb_window = window;
          // "Vieira told Milei during a visit to Buenos Aires that ...": a
          // verb that codes nothing still has the phrase of circumstance of
          // its subject and of the party named right after it.
          if (!group.passive && !group.negated) {
            std::string unused;
            const int subject =
                internal::FindSubject(tokens, mentions, m.span.begin, window, &unused);
            int object = -1;
            for (size_t k = 0; k < mentions.size() && object < 0; ++k)
              if (mentions[k].span.begin >= m.span.end &&
                  mentions[k].span.begin <= m.span.end + 1 && !mentions[k].locative &&
                  !mentions[k].code.empty())
                object = static_cast<int>(k);
            if (subject >= 0) clause_verb = {m.span.end, subject, object, "---"};
          }
        }
        s.Note(fmt::format("{}: null code, no event", label));
        continue;
      }
      if (!nominal_reading && group.attributive) {
        s.Note(fmt::format("{}: a participle describing a noun ('the besieged town'), not an event",
                           label));
        continue;
      }
      // "The ILO reiterated its demand that Israel ease the restrictions",
      // "China repeated its call for talks": a statement verb (010 from its
      // block, no pattern) whose object is an event noun with a code of its
      // own makes that event again; the noun's event is coded, not a
      // statement besides.
      if (!nominal_reading && choice.pattern == nullptr && choice.code.primary == "010") {
        if (const PhraseMatch* object = EventNounObject(tokens, mentions, matches, m);
            object != nullptr) {
          const EventCode& said = dict.verb_form(object->id).EffectiveCode(dict.verb_blocks());
          if (!said.empty() && !said.is_null() && !said.is_discard()) {
            s.Note(fmt::format(
                "{}: its object, the event noun '{}', is the event; no statement besides", label,
                s.Text(object->span)));
            continue;
          }
        }
      }
      if (!nominal_reading && group.negated && !options_.emit_negated) {
        s.Note(fmt::format("{}: negated ('not', 'never'), no event (see docs/CODING.md)", label));
        undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
        continue;
      }
      // "Russia may expel the ambassador": an act that might happen is not
      // done. With a condition ("the EC may halt mediation if cooperation
      // founders") it is announced, a threat (FutureCode, below).
      // "their first conversation since Russia invaded Ukraine": a clause
      // of "since" with a past verb dates the main event by an earlier one;
      // it is background, not news.
      if (!nominal_reading && SinceClauseVerb(tokens, mentions, m.span)) {
        s.Note(fmt::format("{}: in a 'since' clause, background; no event", label));
        undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
        continue;
      }
      // "Erdogan said Damascus would face consequences if it struck a deal
      // with the YPG", "Moscow warned it would respond if NATO deployed
      // troops to Ukraine": an act in a clause of condition ("if", "unless",
      // "whether") is supposed, not reported.
      if (InConditionClause(tokens, m.span.begin)) {
        s.Note(fmt::format("{}: in a clause of condition ('if', 'unless'), supposed; no event",
                           label));
        undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
        continue;
      }
      // ("travelled to Syria to fight Isis": a trip's purpose, if a material
      // act, is not done; "flew to Moscow to hold talks", "went on television
      // to denounce the report" are the trip's business.)
      if (!nominal_reading && group.purpose) {
        const std::string_view root = CameoRoot(choice.code.primary);
        if (root >= "06" && !(root >= "10" && root <= "13")) group.plotted = true;
      }
      if (!nominal_reading && group.plotted) {
        s.Note(fmt::format(
            "{}: plotted, warned against, weighed, a purpose or counterfactual ('plotting to', "
            "'against', 'considering', 'in a bid to', 'would have'), not done; no event",
            label));
        undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
        continue;
      }
      // "Turkmenistan is trying to strike a deal with Russia", "Israel failed
      // to release the prisoners": an act attempted, failed or refused is not
      // done, unless the verb's pattern reads the words before the verb and
      // codes the failure itself ("- FAILED TO * AGREEMENT" 120). An attempt
      // to persuade, press or strike is itself the appeal, the demand or the
      // force, whatever came of it ("Netanyahu tried to convince Moscow" 020,
      // "Isis fighters attempted to storm a US base" 190); taking a place
      // (192) is the aim, not done until it is taken.
      const std::string_view tried_root = CameoRoot(choice.code.primary);
      const bool attempt_is_the_act =
          tried_root == "02" || tried_root == "10" || tried_root == "18" ||
          (tried_root == "19" && !choice.code.primary.starts_with("192")) || tried_root == "20";
      if (!nominal_reading && (group.failed || (group.attempted && !attempt_is_the_act)) &&
          !(choice.pattern != nullptr && !choice.pattern->elements.empty() &&
            choice.pattern->elements.front().type != PatternElement::Type::kVerb)) {
        s.Note(fmt::format("{}: {}, not done; no event", label,
                           group.failed ? "failed or refused ('failed to', 'declined to')"
                                        : "attempted ('tried to', 'sought to')"));
        undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
        continue;
      }
      // (A gerund is such a noun too: "could lead to renewed fighting", "risks
      // escalating the conflict".)
      if (nominal_reading || tokens[m.span.begin].pos == kPosVBG) {
        if (const char* why = internal::EventNounNotDone(tokens, m.span, window)) {
          s.Note(fmt::format("{}: the object of a verb that does not do it ({}); no event", label,
                             why));
          undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
          continue;
        }
      }
      // "Turkey, which occupies northern Cyprus, ...", "Washington, which
      // works closely with the YPG": the simple present after a relative
      // pronoun describes the antecedent. A speech act keeps its event (the
      // ICC, "which accuses him of crimes against humanity", accuses), and
      // a plural present must be the bare form ("militants who overran the
      // town" is a past the tagger took for a present).
      if (!nominal_reading && group.relative_present) {
        const std::string_view root = CameoRoot(choice.code.primary);
        const bool speech = root == "01" || root == "02" || root == "10" || root == "11" ||
                            root == "12" || root == "13";
        std::string word(tokens[m.span.begin].text);
        for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const bool present = tokens[m.span.begin].pos == kPosVBZ ||
                             dict.verb_form(m.id).lemma.starts_with(word);
        if (!speech && present) {
          s.Note(fmt::format("{}: a simple present after 'which' or 'who', a description of its "
                             "antecedent; no event",
                             label));
          undone_words = choice.word_span;
          continue;
        }
      }
      // "Russia, which has backed Assad since 2015", "the PKK, which has
      // fought an insurgency against Ankara for decades": support, aid and
      // fighting told in a relative clause's perfect describe its
      // antecedent; they are no news ("militants who have killed ten
      // soldiers" are).
      // (Active only: "the town, which has been closed by the government",
      // is news of the closure.)
      if (!nominal_reading && group.relative_perfect && !group.passive) {
        const std::string_view root = CameoRoot(choice.code.primary);
        if (root == "05" || root == "06" || root == "07" ||
            (root == "19" && !IsKillingVerb(dict.verb_form(m.id)))) {
          s.Note(fmt::format("{}: a perfect after 'which' or 'who', what its antecedent has "
                             "been doing; no event",
                             label));
          undone_words = choice.word_span;
          continue;
        }
      }
      if (!nominal_reading && group.lasting) {
        s.Note(fmt::format("{}: after 'has long', a lasting state, not an act; no event", label));
        undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
        continue;
      }
      if (group.question) {
        s.Note(fmt::format("{}: in a question ('?'), asked, not reported; no event", label));
        undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
        continue;
      }
      if (!nominal_reading && group.possible) {
        bool condition = false;
        for (uint32_t k = m.span.end; k < window.end && !condition; ++k)
          condition = internal::IsWord(tokens[k], "if") || internal::IsWord(tokens[k], "unless");
        if (!condition) {
          s.Note(fmt::format("{}: after 'may', 'might' or 'could', possible, not done; no event",
                             label));
          undone_words = nominal_reading ? TokenSpan{} : choice.word_span;
          continue;
        }
        group.future = true;
      }
      // "protesters defied a curfew and set fire to the parliament": a verb
      // joined by "and" to a past-tense verb before it is past too, whatever
      // the tagger made of "set", "put" or "cut".
      // (Only when no other verb comes between: "arguing that the programme
      // would lead to recession and threaten growth" joins "threaten" to
      // "lead".)
      const bool joined_to_past = [&] {
        if (m.span.begin < 2 || last_verb_end <= window.begin ||
            !internal::IsWord(tokens[m.span.begin - 1], "and") ||
            tokens[last_verb_end - 1].pos != kPosVBD)
          return false;
        for (uint32_t k = last_verb_end; k + 1 < m.span.begin; ++k)
          if (internal::IsFiniteVerbTag(tokens[k].pos) || tokens[k].pos == kPosVB ||
              tokens[k].pos == kPosVBG)
            return false;
        return true;
      }();
      const bool subjunctive =
          !nominal_reading && !group.infinitive && !joined_to_past &&
          LooksSubjunctive(tokens, mentions, m.span.begin, last_verb_end > window.begin);
      // "The European Union agreed to cut off Russian banks from SWIFT",
      // "EU ministers agreed to impose new sanctions on Iran": sanctions and
      // cuts (16) a party agrees to are its decision, the event; the
      // agreement is among the sanctioners, not with the target.
      // (Not an agreement between the parties themselves: "both sides agreed
      // to suspend their requests for WTO arbitration" stays their 030.)
      if (group.infinitive && !nominal_reading && IsIntent(last_code) &&
          CameoRoot(choice.code.primary) == "16" && last_verb_end > 0 &&
          last_verb_end + 2 >= m.span.begin) {
        auto agreed = [&](const Candidate& c) {
          return c.trigger.end == last_verb_end && CameoRoot(c.code) == "03";
        };
        // Members of one compound agreeing with each other: the source and
        // the target head the same coordination.
        bool mutual = false;
        for (const Candidate& c : candidates)
          mutual |= agreed(c) && c.source >= 0 && c.target >= 0 &&
                    CoordinationHead(mentions, c.source) == CoordinationHead(mentions, c.target);
        if (!mutual) {
          std::erase_if(candidates, agreed);
          label += " (agreed to: the decision itself)";
          last_code.clear();
        }
      }
      // An event noun used as a verb counts too: "offered troops to help him
      // oust the general" ("help" is listed as an event noun, tagged VB here).
      if ((group.infinitive || subjunctive) && (!nominal_reading || !group.looks_nominal) &&
          (IsDemandOrAppeal(last_code) || IsIntent(last_code))) {
        s.Note(fmt::format("{}: infinitive inside a demand or appeal ({}), not an event of its own",
                           label, last_code));
        continue;
      }
      // "students staged demonstrations to demand political reforms",
      // "protesters blocked roads in Beirut and demanded the fall of the
      // government", "rioted ... calling for the removal of Mubarak": a
      // demand or appeal that gives a protest's purpose is part of the
      // protest, not an event of its own. CAMEO's 14x subcodes say what the
      // protest is for (1411 a change of leadership, 1412 of policy, 1413
      // rights, 1414 of institutions), as 104x say it of a demand.
      // So is disapproval it sets out to voice ("took to the streets to
      // denounce the government"; "set fire to the consulate, accusing
      // Tehran of meddling" is an accusation made).
      // ("began a hunger strike to protest against detention without trial":
      // a protest whose purpose is another protest is one protest, 1423.)
      if (!nominal_reading &&
          (CameoRoot(choice.code.primary) == "10" || CameoRoot(choice.code.primary) == "02" ||
           ((CameoRoot(choice.code.primary) == "11" || CameoRoot(choice.code.primary) == "14") &&
            group.infinitive)) &&
          CameoRoot(last_code) == "14" && m.span.begin > 0 &&
          (group.infinitive || group.coordinated ||
           (tokens[m.span.begin].text.ends_with("ing") &&
            !internal::IsAuxiliaryOrAdverb(tokens[m.span.begin - 1])))) {
        std::string_view demand = choice.code.primary;
        Candidate* protest = nullptr;
        for (size_t c = candidates.size(); c-- > 0 && protest == nullptr;)
          if (CameoRoot(candidates[c].code) == "14") protest = &candidates[c];
        // Only a protest coded as an event takes the demand in: "Italians
        // marched ... to demand the release of two aid workers" with no
        // protest event keeps the demand.
        if (protest != nullptr) {
          if (protest->code.size() == 3 && protest->code >= "141" && protest->code <= "145" &&
              demand.size() == 4 &&
              (demand.starts_with("104") || demand.starts_with("024") ||
               (demand.starts_with("14") && demand.back() >= '1' && demand.back() <= '4'))) {
            protest->code += demand.back();
            protest->rule += fmt::format(" -> {} (its purpose: {})", protest->code, label);
          }
          s.Note(
              fmt::format("{}: the purpose of the protest before it ({}), not an event of its own",
                          label, last_code));
          continue;
        }
      }
      // "The Kremlin denied that Russia had sabotaged the pipelines": the
      // that-clause of a denial (016) is what is denied, not an event.
      if (!nominal_reading && last_verb_code.starts_with("016") && last_verb_end > 0 &&
          last_verb_end <= m.span.begin && m.span.begin <= last_verb_end + 8) {
        bool that_clause = false;
        for (uint32_t k = last_verb_end; k < m.span.begin; ++k)
          that_clause |= internal::IsWord(tokens[k], "that");
        if (that_clause) {
          s.Note(fmt::format("{}: what the denial before it denies, not an event", label));
          continue;
        }
      }
      // "accused Russia of sending troops", "blamed Israel for killing": the
      // gerund after "of" or "for" is what is alleged.
      // ("accusing him of unlawfully deporting children": an adverb may
      // come between.)
      const uint32_t before_gerund =
          m.span.begin > 1 && tokens[m.span.begin - 1].pos == kPosRB ? m.span.begin - 2
                                                                      : m.span.begin - 1;
      if (!nominal_reading && FramesItsObject(last_verb_code) && m.span.begin > 0 &&
          tokens[m.span.begin].text.ends_with("ing") &&
          (internal::IsWord(tokens[before_gerund], "of") ||
           internal::IsWord(tokens[before_gerund], "for"))) {
        s.Note(fmt::format("{}: what the {} verb before it alleges, not an event of its own", label,
                           last_verb_code));
        continue;
      }
      if (RoleInAnAct(tokens, m.span.begin)) {
        s.Note(fmt::format("{}: what someone had a role in, background, not an event", label));
        continue;
      }
      // "during the Gaza war", "during a crackdown": an event noun in a
      // "during" phrase is the setting of the main event, not news of its
      // own. A visit, call or meeting is news all the same: "Macron,
      // speaking in Kigali during a visit to Rwanda" visited Rwanda (042);
      // "Xi warned Biden during a telephone call" called him (041).
      if (nominal_reading) {
        const bool consultation =
            CameoRoot(dict.verb_form(m.id).EffectiveCode(dict.verb_blocks()).primary) == "04";
        bool setting = false;
        for (uint32_t k = m.span.begin; k-- > 0 && k + 6 > m.span.begin;) {
          if (tokens[k].text == "," || internal::IsWord(tokens[k], "and")) break;
          if (internal::IsWord(tokens[k], "during")) setting = true;
        }
        if (setting && !consultation) {
          s.Note(fmt::format("{}: in a 'during' phrase, the setting of another event", label));
          continue;
        }
        // "there was no meeting between Putin and Erdogan", "a possible
        // meeting", "a planned summit": an event noun denied or only
        // envisaged reports no event.
        if (const std::string_view word = UnassertingModifier(tokens, m.span.begin);
            !word.empty()) {
          s.Note(fmt::format("{}: '{}' before it, not an event the text asserts", label, word));
          continue;
        }
        // "A hasty French withdrawal would leave Mali exposed": an event noun
        // that is the subject of a modal is supposed, not reported.
        if (internal::SubjectOfAModal(tokens, m.span)) {
          s.Note(fmt::format("{}: the subject of 'would', 'could', 'might' or 'may', supposed; "
                             "no event",
                             label));
          continue;
        }
      }
      // "pledged cooperation with Pakistan", "offered aid to Haiti": the
      // noun right after an intent (03) is what is intended, not done.
      const bool intended = IsIntent(last_verb_code) && m.span.begin <= last_verb_end + 3;
      if (nominal_reading && !adjunct && (FramesItsObject(last_verb_code) || intended) &&
          last_verb_end > 0 && m.span.begin >= last_verb_end && m.span.begin <= last_verb_end + 8 &&
          window.begin < last_verb_end) {
        s.Note(fmt::format("{}: the object of a {} verb, not an event the text asserts", label,
                           last_verb_code));
        continue;
      }
      // "will return weapons and military equipment seized last year from UN
      // peacekeepers": a past participle right after a common noun (no
      // auxiliary, no "by" agent) describes that noun; the act is background,
      // not news.
      // Not before an object ("U.S. planes bombed targets") nor after a time
      // word ("The Kremlin last year seized and sold ...").
      auto no_object_after = [&](uint32_t k) {
        if (k >= tokens.size()) return true;
        const Token& t = tokens[k];
        if (internal::IsWord(t, "last") || internal::IsWord(t, "earlier")) return true;
        // ("Gunmen on motorcycles abducted more than 280 pupils": a count
        // opens an object too.)
        return !(IsNounTag(t.pos) || t.pos == kPosJJ || t.pos == kPosCD || t.pos == kPosPRP ||
                 internal::IsDeterminer(t) || internal::IsWord(t, "by") ||
                 internal::IsWord(t, "more") || internal::IsQuantityWord(t));
      };
      static constexpr std::array<std::string_view, 12> kTimeNouns = {
          "year",   "week",    "month",     "day",      "night",  "weekend",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
      // A one-word participle of an act on persons, not read as passive: the
      // verb both rules below look at.
      const bool act_participle = !nominal_reading && !group.passive && m.span.size() == 1 &&
                                  IsActOnPersons(choice.code.primary) &&
                                  (tokens[m.span.begin].pos == kPosVBN ||
                                   (tokens[m.span.begin].pos == kPosVBD &&
                                    IsTransitiveActParticiple(tokens[m.span.begin])));
      if (act_participle && m.span.begin > 0 && IsNounTag(tokens[m.span.begin - 1].pos) &&
          !tokens[m.span.begin - 1].Has(kTokenCapitalized) &&
          !internal::InWords(kTimeNouns, tokens[m.span.begin - 1]) && no_object_after(m.span.end)) {
        bool in_mention = false;
        for (const Mention& x : mentions)
          in_mention |=
              x.span.begin < m.span.begin && m.span.begin <= x.span.end && !x.code.empty();
        if (!in_mention) {
          s.Note(
              fmt::format("{}: a participle describing the noun before it, not an event", label));
          continue;
        }
      }
      // "Chinese engineers kidnapped in Pakistan", "Kidnapped Italian freed in
      // southern Philippines": in a headline the participle of a violent act
      // or a release follows its victim with no auxiliary and no object; the
      // victim is the target, and only a "by" agent is the source.
      if (act_participle && HeadlinePassive(tokens, mentions, m.span.begin)) {
        group.passive = true;
        group.reduced_relative = true;
      }
      std::string why_source, why_target;
      int source = choice.source, target = choice.target;
      int purpose_target = -1;  // see "the purpose of a consultation" below
      bool started_by_subject = false;  // an event noun ordered or launched by its source
      if (source >= 0) why_source = "source: bound by the pattern's $";
      if (target >= 0) why_target = "target: bound by the pattern's +";
      // "Saudi warplanes began striking Houthi positions in Yemen", "bombed a
      // Jaish-e-Mohammad training camp near Balakot in Pakistan": where a
      // pattern binds a place ("(IN +)", "(NEAR +)"), a party named as the
      // verb's object before it is the target; the place only says where.
      if (target >= 0 && mentions[target].locative && !nominal_reading) {
        for (size_t k = 0; k < mentions.size(); ++k) {
          const Mention& x = mentions[k];
          if (x.span.begin < m.span.end || x.span.end > mentions[target].span.begin || x.locative ||
              x.code.empty() || x.possessive || x.unplaced || static_cast<int>(k) == source)
            continue;
          target = static_cast<int>(k);
          why_target = "target: the party named as the object, before the place the pattern binds";
          break;
        }
      }
      // "Ukraine introduced martial law", "Washington lifted the decades-old
      // US arms embargo on Vietnam": an event noun the verb's pattern read as
      // its own words is what the verb did or undid, not a second event.
      if (nominal_reading && !last_verb_words.empty() && m.span.begin >= last_verb_words.begin &&
          m.span.end <= last_verb_words.end && !SpeaksOfAnAct(last_verb_code)) {
        s.Note(fmt::format(
            "{}: a word of the pattern of the verb before it, not an event of its own", label));
        continue;
      }
      // "Mitsotakis called Turkish President Erdogan to offer his
      // condolences" ('- * + (TO {OFFER CONDOLENCES})'): a verb the pattern
      // of the verb before it read as its own words is part of that event.
      if (!undone_words.empty() && m.span.begin >= undone_words.begin &&
          m.span.end <= undone_words.end) {
        s.Note(fmt::format(
            "{}: a word of the pattern of a verb before it that is not done; no event", label));
        continue;
      }
      if (!nominal_reading && !last_verb_words.empty() && m.span.begin >= last_verb_words.begin &&
          m.span.end <= last_verb_words.end) {
        s.Note(fmt::format(
            "{}: a word of the pattern of the verb before it, not an event of its own", label));
        continue;
      }
      if (nominal_reading) {
        // An event noun borrows its clause's participant as source only
        // through a pattern that names no source ("In a meeting with Khamis,
        // Rouhani ..."); otherwise "Iran condemned the assassination of X"
        // would make Iran the assassin.
        bool may_borrow = choice.pattern != nullptr && !HasSourceSlot(*choice.pattern);
        // "Gallant ordered a complete siege of the Gaza Strip", "China's
        // military began large-scale drills around Taiwan": the object of a
        // verb of ordering or starting is done by the verb's subject.
        const int orderer = SubjectOfAnOrderOrStart(dict, tokens, mentions, matches, m.span);
        const bool ordered = orderer >= 0;
        started_by_subject = ordered;
        if (source < 0 && ordered) {
          source = orderer;
          why_source = "source: the subject of the order or start whose object the event noun is";
        }
        // "Fighting erupted in Khartoum between Sudan's army and the RSF": an
        // event noun of fighting is between the parties named after
        // "between"; "Twenty Indian soldiers were killed in a clash with
        // Chinese troops": one followed by "with" is between its clause's
        // subject and that party. Each fights the other.
        // (Only a clash of the moment: not "the war with Isis", "a coming war
        // with Iran"; "between" before any other event noun, "with" after a
        // passive's "in": "were killed in clashes with militants".)
        static constexpr std::string_view kClashes[] = {
            "clash", "clashes", "fighting", "gunfight", "gunbattle", "firefight", "skirmish",
            "skirmishes", "battle", "battles", "exchange"};
        // ("setting the scene for a direct clash between the two allies",
        // "the risk of a clash": a clash spoken of, not one that happened.)
        const bool a_clash = [&] {
          if (!internal::InWords(kClashes, tokens[m.span.end - 1])) return false;
          const uint32_t k = NounPhraseStart(tokens, m.span.begin);
          return k == 0 || !(internal::IsWord(tokens[k - 1], "for") ||
                             internal::IsWord(tokens[k - 1], "of") ||
                             internal::IsWord(tokens[k - 1], "to"));
        }();
        uint32_t between_end = m.span.end;
        while (between_end < window.end && between_end < m.span.end + 10 &&
               tokens[between_end].text != "," && !EventNounAt(matches, between_end))
          ++between_end;
        if (source < 0 && a_clash && CameoRoot(choice.code.primary) == "19") {
          int partner = -1;
          if (const int first =
                  FightingBetween(tokens, mentions, m.span.end, between_end, &partner);
              first >= 0) {
            source = first;
            target = partner;
            choice.code.reverse = choice.code.primary;
            why_source = "source: the first of the parties the fighting is between";
            why_target = "target: the other";
          } else if (m.span.end < window.end && internal::IsWord(tokens[m.span.end], "with") &&
                     AfterAPassiveIn(tokens, m.span.begin)) {
            const int subject =
                internal::FindSubject(tokens, mentions, m.span.begin, window, &why_source);
            int with = -1;
            for (size_t x = 0; x < mentions.size() && with < 0; ++x)
              if (mentions[x].span.begin > m.span.end && mentions[x].span.begin <= m.span.end + 2 &&
                  !mentions[x].locative && !mentions[x].code.empty())
                with = static_cast<int>(x);
            if (subject >= 0 && with >= 0 && !mentions[subject].possessive) {
              source = subject;
              target = with;
              choice.code.reverse = choice.code.primary;
              why_source += " (its clause's subject fought the party after 'with')";
              why_target = "target: the party after 'with'";
            }
          }
        }
        // "Israel responded with air strikes and artillery fire on southern
        // Lebanon": the response is its subject's (coder/reactions.h).
        const uint32_t responder_end =
            source < 0 ? internal::ResponseVerbBefore(tokens, m.span) : 0;
        const bool responded = responder_end > 0;
        for (size_t k = 0; k < mentions.size() && responded && source < 0; ++k)
          if (mentions[k].span.end == responder_end && !mentions[k].span.empty() &&
              !mentions[k].locative && !mentions[k].code.empty() && !mentions[k].possessive) {
            source = static_cast<int>(k);
            why_source = "source: the subject of the verb of responding whose means it is";
          }
        // "Kyiv suspended peace talks with Moscow": the verb already says
        // what happened to the talks; they are not a second event.
        if (may_borrow && !adjunct && last_verb_end > 0 && m.span.begin >= last_verb_end &&
            m.span.begin <= last_verb_end + 4 &&
            internal::FindNounModifier(tokens, mentions, m.span) < 0) {
          s.Note(fmt::format("{}: object of the verb before it, not an event of its own", label));
          continue;
        }
        // A consultation in a phrase of circumstance (ConsultationAdjunct) is
        // the verb's subject's, with the party after "with" (the pattern's
        // +), else the verb's object named right after it ("Trudeau thanked
        // Lopez Obrador in a telephone call": Trudeau's call with him), else the
        // other member of a compound subject ("Ghana and Togo signed ...
        // after talks in Abuja"). Talks and meetings without "with" count
        // only where the phrase names the place they were held in, as a call
        // needs none ("signed ... after talks mediated by Kenya": who talked
        // to whom is not said). Calls, talks and meetings are held by both;
        // talks in a third country are 044. A visit goes where its pattern's
        // "to" says. With none of these, no event.
        if (adjunct && source < 0) {
          source = clause_verb.source;
          why_source = "source: the subject of the verb the consultation is a circumstance of";
          // (The place may be one no dictionary knows: "in Putrajaya".)
          int place = -1;
          bool placed = false;
          if (m.span.end + 1 < tokens.size() && internal::IsWord(tokens[m.span.end], "in")) {
            // ("in the North Macedonian town of Ohrid": past a determiner.)
            const uint32_t at =
                internal::IsDeterminer(tokens[m.span.end + 1]) && m.span.end + 2 < tokens.size()
                    ? m.span.end + 2
                    : m.span.end + 1;
            const Token& next = tokens[at];
            static constexpr std::array<std::string_view, 12> kMonths = {
                "january", "february", "march",     "april",   "may",      "june",
                "july",    "august",   "september", "october", "november", "december"};
            placed = next.Has(kTokenCapitalized) && !internal::InWords(kMonths, next);
            for (size_t k = 0; k < mentions.size() && place < 0; ++k)
              if (mentions[k].locative && mentions[k].span.begin > m.span.end &&
                  mentions[k].span.begin <= m.span.end + 6)
                place = static_cast<int>(k);
            placed |= place >= 0;
          }
          const bool by_before_target =
              target >= 0 && mentions[target].span.begin > 0 &&
              internal::IsWord(tokens[mentions[target].span.begin - 1], "by");
          if (!adjunct_visit && (by_before_target || (target >= 0 && mentions[target].locative)))
            target = -1;
          if (!adjunct_visit && target < 0 && (adjunct_call || placed)) {
            if (clause_verb.target >= 0 && clause_verb.target != source &&
                !mentions[clause_verb.target].locative &&
                !mentions[clause_verb.target].code.empty() &&
                mentions[clause_verb.target].span.begin <= clause_verb.end + 3) {
              target = clause_verb.target;
              why_target = "target: the object of the verb the consultation is a circumstance of";
            } else if (const int head = CoordinationHead(mentions, source);
                       head != source || mentions[source].coordinated_with >= 0) {
              target = head != source ? head : mentions[source].coordinated_with;
              why_target = "target: the other member of the compound subject";
            }
          }
          if (target < 0) {
            s.Note(fmt::format("{}: no party it was held with; no event", label));
            continue;
          }
          if (!adjunct_visit) {
            if (choice.code.primary == "040" && place >= 0 && mentions[place].code.size() >= 3 &&
                mentions[source].code.size() >= 3 && mentions[target].code.size() >= 3 &&
                mentions[place].code.compare(0, 3, mentions[source].code, 0, 3) != 0 &&
                mentions[place].code.compare(0, 3, mentions[target].code, 0, 3) != 0) {
              choice.code.primary = "044";
              label += " -> 044 (held in a third country)";
            }
            if (choice.code.reverse.empty()) choice.code.reverse = choice.code.primary;
          }
        }
        if (source < 0)
          source = internal::FindNominalSource(tokens, mentions, m.span, window, may_borrow,
                                               &why_source);
        if (target < 0 && choice.pattern == nullptr &&
            (dict.block_of(m).patterns.empty() || ordered || responded)) {
          // An event noun without patterns takes "of", "on", "against" or
          // "with" objects: "the assassination of the commander". ("air
          // strikes and artillery fire on southern Lebanon": past an event
          // noun joined to it by "and".)
          uint32_t noun_end = m.span.end;
          if (noun_end + 1 < tokens.size() && internal::IsWord(tokens[noun_end], "and"))
            for (const PhraseMatch& n : matches)
              if (n.kind == PhraseMatch::Kind::kNominal && n.span.begin >= noun_end + 1 &&
                  n.span.begin <= noun_end + 2 && n.span.end > noun_end)
                noun_end = std::max(noun_end, n.span.end);
          for (size_t k = 0; k < mentions.size(); ++k) {
            const Mention& x = mentions[k];
            // ("on southern Lebanon": a compass word may come between.)
            const uint32_t b = x.span.begin;
            const bool after_preposition =
                b > 0 && (internal::IsPreposition(tokens[b - 1]) ||
                          (b > 1 && internal::IsCompassWord(tokens[b - 1]) &&
                           internal::IsPreposition(tokens[b - 2])));
            if (b > noun_end && b <= noun_end + 4 && !x.locative && !x.code.empty() &&
                after_preposition) {
              target = static_cast<int>(k);
              why_target = "target: the event noun's prepositional object";
              break;
            }
          }
        }
      } else if (group.passive) {
        // "the commander was assassinated in a US attack": the grammatical
        // subject suffered the act; the agent did it.
        // "Griner was released by Russia": a pattern written for the active
        // voice ("- * + [0841]") binds the "by" agent as its object; in the
        // passive that actor is the source.
        if (target >= 0 && mentions[target].span.begin > 0 &&
            internal::IsWord(tokens[mentions[target].span.begin - 1], "by")) {
          if (source < 0) source = target;
          target = -1;
          why_source = "source: the passive's agent (by ...), bound by the pattern's +";
        }
        // "A Panamanian tanker was seized off Malta by Libyan coast guards":
        // a pattern's direct object ("- * +") has none to bind in the
        // passive; a party after a preposition it took for one is where the
        // act happened, and the passive's subject suffered it.
        // (A country or place word only, after a preposition of place: "has
        // been invited to take part in the G7 meeting" keeps the G7.)
        static constexpr std::string_view kWhere[] = {"in",     "off",     "near", "at",
                                                      "inside", "outside", "on"};
        uint32_t where = mentions[target >= 0 ? target : 0].span.begin;
        if (where > 0 && target >= 0 && internal::IsDeterminer(tokens[where - 1])) --where;
        if (target >= 0 && target == choice.target && choice.pattern != nullptr &&
            TargetIsDirectObject(*choice.pattern) && mentions[target].code.size() == 3 &&
            mentions[target].span.begin > m.span.end && where > m.span.end &&
            internal::InWords(kWhere, tokens[where - 1])) {
          std::string why;
          const int subject = internal::FindSubject(tokens, mentions, m.span.begin, window, &why);
          if (subject >= 0 && !mentions[subject].locative && subject != source &&
              mentions[subject].span.begin >= window.begin)
            target = -1;
        }
        // "Jovenel Moise was shot dead at his home in Port-au-Prince by a
        // commando": a place a pattern binds ("(AT +)") is where the passive
        // act happened; its subject suffered it.
        if (target >= 0 && mentions[target].locative) {
          std::string why;
          const int subject = internal::FindSubject(tokens, mentions, m.span.begin, window, &why);
          if (subject >= 0 && !mentions[subject].locative && subject != source) target = -1;
        }
        if (target < 0 && group.reduced_relative) {
          // Only the noun right before the participle is what it acts on.
          for (size_t k = 0; k < mentions.size(); ++k)
            if (mentions[k].span.end == m.span.begin && !mentions[k].code.empty() &&
                !mentions[k].locative)
              target = static_cast<int>(k);
          if (target >= 0) why_target = "target: the noun the passive participle modifies";
        } else if (target < 0) {
          target = internal::FindSubject(tokens, mentions, m.span.begin, window, &why_target);
          if (target >= 0) why_target = "target: the passive verb's subject";
          // "Kosovo's declaration of independence was rejected by Serbia":
          // what was rejected is Kosovo's; its possessor is the target.
          if (target < 0 || mentions[target].span.begin < window.begin) {
            for (size_t k = 0; k < mentions.size(); ++k) {
              const Mention& x = mentions[k];
              if (x.span.begin >= window.begin && x.span.end <= m.span.begin && x.possessive &&
                  !x.locative && !x.code.empty()) {
                target = static_cast<int>(k);
                why_target = "target: the possessor of the passive verb's subject";
                break;
              }
            }
          }
          if (target < 0) {
            target = ActorEndingPassiveSubject(tokens, mentions, m.span.begin, window);
            if (target >= 0)
              why_target = "target: the actor the passive verb's subject is for or of";
          }
        }
        if (source < 0 || source == target)
          source = internal::FindPassiveAgent(tokens, mentions, matches, m.span.end, window,
                                              &why_source);
        // "More than a hundred Palestinians were killed ... when Israeli
        // troops opened fire", "two soldiers were wounded when Kurdish
        // militants attacked a border post": with no "by", the actor of the
        // "when" clause that follows is who killed or wounded them.
        if (source < 0 && target >= 0 && IsKillingOrWounding(dict.verb_form(m.id))) {
          for (uint32_t k = m.span.end; k + 1 < tokens.size() && source < 0; ++k) {
            if (tokens[k].text == "." || tokens[k].text == ";") break;
            if (!internal::IsWord(tokens[k], "when")) continue;
            uint32_t b = k + 1;
            if (internal::IsDeterminer(tokens[b])) ++b;
            for (size_t x = 0; x < mentions.size(); ++x)
              if (mentions[x].span.begin >= k + 1 && mentions[x].span.begin <= b + 2 &&
                  !mentions[x].locative && !mentions[x].code.empty() && !mentions[x].span.empty()) {
                source = static_cast<int>(x);
                why_source = "source: the actor of the 'when' clause after the passive";
                // A pattern's '+' read it as the object; the passive's
                // subject is whom they hit.
                if (source == target) {
                  target =
                      internal::FindSubject(tokens, mentions, m.span.begin, window, &why_target);
                  if (target >= 0) why_target = "target: the passive verb's subject";
                }
                break;
              }
            break;
          }
        }
        // "Russian troops were deployed across Crimea", "US Marines were
        // dispatched to Libya": forces moved, with no one named to move them,
        // are the actor of their own deployment (15); where they go is the
        // target.
        // "Armenian troops were put on full combat alert on the orders of
        // Prime Minister Pashinyan", "the reporters were detained on the
        // interior minister's orders":
        // whoever gave the order is the agent of a passive with no "by". The
        // forces a passive of force posture (15) moves are its instrument,
        // not its target; the target is found after the order.
        const int orderer = source < 0 ? OrdererAfter(tokens, mentions, m.span.end, window) : -1;
        if (orderer >= 0 && orderer != target) {
          source = orderer;
          why_source = "source: who gave the order the passive act followed";
          if (CameoRoot(choice.code.primary) == "15" && !group.reduced_relative) {
            target = internal::FindObject(tokens, mentions, mentions[orderer].span.end, window,
                                          &why_target);
            if (target >= 0 && mentions[target].code.size() >= 3 &&
                mentions[source].code.starts_with(mentions[target].code.substr(0, 3)))
              target = -1;
          }
        }
        if (source < 0 && target >= 0 && CameoRoot(choice.code.primary) == "15" &&
            !group.reduced_relative) {
          source = target;
          why_source = "source: the forces the passive verb moves (no agent named)";
          target = internal::FindObject(tokens, mentions, m.span.end, window, &why_target);
        }
      } else {
        if (source < 0) {
          source = internal::FindSubject(tokens, mentions, m.span.begin, window, &why_source);
          // "Tony Blair said migration helped the UK", "Blair said the talks
          // helped Iran": in a clause reported after "said", a noun phrase
          // that is no party stands as the subject; the speaker is not it.
          if (source >= 0 &&
              ReportedClauseHasOtherSubject(dict, tokens, mentions, matches, source, m.span)) {
            s.Note(fmt::format("{}: its subject in the reported clause is no party", label));
            source = -1;
          }
          // "Chinese warships sailed near Taiwan after the island's president
          // visited the United States": a role right before the verb, with
          // no country the coder can tell, is the verb's subject; the actor
          // named before it is not.
          if (source >= 0 && UncodedRoleBefore(tokens, mentions, matches, mentions[source].span.end,
                                               m.span.begin)) {
            s.Note(fmt::format("{}: its subject is a role with no known country", label));
            source = -1;
          }
          // "Fighting broke out in Khartoum between the Sudanese army and
          // the Rapid Support Forces", "Clashes erupted between Indian and
          // Chinese troops": fighting with no subject of its own is between
          // the parties named after "between", each against the other.
          if (source < 0 && CameoRoot(choice.code.primary) == "19") {
            int partner = -1;
            if (const int first =
                    FightingBetween(tokens, mentions, m.span.end, window.end, &partner);
                first >= 0) {
              source = first;
              why_source = "source: the first of the parties the fighting is between";
              // The parties fight each other; a place the pattern bound is
              // where (the partner, in a prepositional phrase, makes the act
              // mutual below).
              target = partner;
              choice.target = -1;
            }
          }
          // "Thousands rallied in Belgrade against the government": a crowd
          // named by its size that protests is the opposition (OPP) of the
          // place where it protests.
          if (source < 0 && CameoRoot(choice.code.primary) == "14") {
            if (const TokenSpan crowd = internal::CrowdSubject(tokens, window, m.span.begin);
                !crowd.empty()) {
              Mention who;
              who.span = crowd;
              who.code = std::string(internal::kUnplacedCountry) + "OPP";
              who.unplaced = true;
              who.how = "a crowd that protests: the opposition (OPP) of the protest's place";
              who.display_name = s.Text(crowd);
              mentions.push_back(std::move(who));
              s.mentions = mentions;
              source = static_cast<int>(mentions.size() - 1);
              why_source = "source: the crowd, named by its size, that protests";
            }
          }
          // "Trump called off the talks after an attack in Kabul killed an
          // American soldier": when an event noun stands as the killing
          // verb's subject, its actor (if any) is the source, never an actor
          // before it.
          if (source >= 0 && IsKillingVerb(dict.verb_form(m.id))) {
            for (const PhraseMatch& n : matches) {
              if (n.kind != PhraseMatch::Kind::kNominal || n.span.end > m.span.begin ||
                  n.span.end + 6 < m.span.begin || n.span.begin < mentions[source].span.end)
                continue;
              bool finite_between = false;
              for (uint32_t k = n.span.end; k < m.span.begin; ++k)
                finite_between |= internal::IsFiniteVerbTag(tokens[k].pos) || tokens[k].text == ",";
              if (finite_between) continue;
              source =
                  internal::FindNominalSource(tokens, mentions, n.span, window, false, &why_source);
              if (source >= 0) why_source += " (the event noun is the subject)";
              break;
            }
          }
          // "Taliban militants set off a roadside bomb that killed five
          // American soldiers": a killing verb whose subject is "that" or
          // "which" after an event noun of force is done by whoever did
          // that event, and the noun says how (1833).
          if (source < 0 && IsKillingVerb(dict.verb_form(m.id)) && m.span.begin >= 2 &&
              (internal::IsWord(tokens[m.span.begin - 1], "that") ||
               internal::IsWord(tokens[m.span.begin - 1], "which"))) {
            for (const PhraseMatch& n : matches) {
              if (n.kind != PhraseMatch::Kind::kNominal || n.span.end + 1 != m.span.begin ||
                  InsideLongerTrigger(matches, n))
                continue;
              const std::string& how =
                  dict.verb_form(n.id).EffectiveCode(dict.verb_blocks()).primary;
              const auto root = CameoRoot(how);
              if (root != "18" && root != "19" && root != "20") break;
              const ClauseWindow noun_window = internal::ClauseAround(tokens, n.span.begin);
              source = internal::FindNominalSource(tokens, mentions, n.span, noun_window, true,
                                                   &why_source);
              if (source >= 0) {
                why_source += " (of the event noun the relative clause is on)";
                if (how.size() > 2 && how != choice.code.primary) {
                  label += fmt::format(" -> {} ('{}' says how)", how, s.Text(n.span));
                  choice.code.primary = how;
                }
              }
              break;
            }
          }
          // "Guterres urged Israel to reconsider its order and called on
          // Hamas to ...": after "and", an actor in the previous verb's object
          // is not the subject; the previous verb's subject is.
          if (group.coordinated && last_null_verb_window && last_any_verb_source < 0) {
            std::string unused;
            last_any_verb_source = internal::FindSubject(tokens, mentions, last_any_verb_begin,
                                                         *last_null_verb_window, &unused);
          }
          if (group.coordinated && last_any_verb_source >= 0 && source >= 0 &&
              last_any_verb_end > 0 && mentions[source].span.begin >= last_any_verb_end) {
            source = last_any_verb_source;
            why_source = "subject: the subject of the verb coordinated before it";
          }
          if (group.coordinated && source >= 0) {
            int subject = -1;
            auto has_subject = [&](uint32_t at) {
              std::string why;
              subject = internal::FindSubject(tokens, mentions, at,
                                              internal::ClauseAround(tokens, at), &why);
              return subject >= 0 && mentions[subject].span.end <= at &&
                     SubjectRightBefore(tokens, mentions[subject], at);
            };
            if (const int head = ParallelFiniteVerb(tokens, m.span.begin, has_subject);
                head >= 0 && mentions[source].span.begin > static_cast<uint32_t>(head) &&
                subject != source) {
              source = subject;
              why_source = fmt::format(
                  "subject: the subject of '{}', the verb of its form the 'and' joins it to",
                  tokens[head].text);
            }
          }
          // "Greek Prime Minister Mitsotakis telephoned Turkish President
          // Erdogan on Monday to offer his condolences": the purpose of a
          // consultation (a call, a meeting, a visit: 04) is its subject's,
          // towards whom it consulted; not the object's, as after verbs that
          // put the object to an act ("urged Israel to ...").
          if (group.infinitive && CameoRoot(last_verb_code) == "04" && last_verb_source >= 0 &&
              last_verb_target >= 0 && source == last_verb_target && last_verb_end > 0 &&
              last_verb_end <= m.span.begin && m.span.begin <= last_verb_end + 8) {
            source = last_verb_source;
            purpose_target = last_verb_target;
            why_source = "subject: the subject of the consultation whose purpose it is";
          }
          // "Israel's air force bombed Beirut's airport and the navy imposed a
          // blockade": a state force named without its country in a clause
          // joined by "and" to one whose subject is a state's is that
          // state's.
          if (source >= 0 && source != last_verb_source && last_verb_source >= 0 &&
              mentions[source].span.begin >= last_verb_end && mentions[source].span.begin > 0 &&
              (internal::IsWord(tokens[mentions[source].span.begin - 1], "and") ||
               (mentions[source].span.begin > 1 &&
                internal::IsDeterminer(tokens[mentions[source].span.begin - 1]) &&
                internal::IsWord(tokens[mentions[source].span.begin - 2], "and"))))
            internal::TakeCountryFrom(mentions[last_verb_source], &mentions[source],
                                      "the country of the clause joined before it");
        }
        // "Russia condemned the air strike on Iraq by the US": when the
        // object is an event noun, the target is whoever did that event.
        if (target < 0) {
          if (const PhraseMatch* object = EventNounObject(tokens, mentions, matches, m);
              object != nullptr) {
            std::string why;
            int actor =
                internal::FindNominalSource(tokens, mentions, object->span, window, false, &why);
            if (actor >= 0 && actor != source) {
              target = actor;
              why_target = "target: the actor of the event noun that is the verb's object";
            }
          }
        }
        if (target < 0)
          target = internal::FindObject(tokens, mentions, m.span.end, window, &why_target);
        if (purpose_target >= 0 && (target < 0 || target == source)) {
          target = purpose_target;
          why_target = "target: whom the consultation whose purpose it is was with";
        }
        // "Kenyan protesters stormed parliament in Nairobi": a party named
        // inside a multiword verb ("stormed parliament") is its object.
        if (target < 0 && m.span.size() >= 2) {
          for (size_t k = 0; k < mentions.size(); ++k) {
            const Mention& x = mentions[k];
            // (Not a people word: "held hostage" names no party.)
            if (static_cast<int>(k) != source && x.span.begin > m.span.begin &&
                x.span.end <= m.span.end && !x.locative && !x.code.empty() &&
                !x.code.ends_with("CVL") && !x.code.ends_with("REF")) {
              target = static_cast<int>(k);
              why_target = "target: the party named inside the verb phrase";
              break;
            }
          }
        }
        // "North Korea's army warned that it would launch strikes if South
        // Korea ...": a pronoun for the subject itself opens the reported
        // clause; it is not the object. The party after it is. (Not for a
        // bare statement, 01: "Pyongyang announced that it would conduct a
        // test, citing the policy of the United States" is addressed to no
        // one.)
        if (target >= 0 && target != choice.target && source >= 0 &&
            CameoRoot(choice.code.primary) != "01" && mentions[target].span.size() == 1 &&
            mentions[target].code == mentions[source].code &&
            IsSubjectPronoun(tokens[mentions[target].span.begin])) {
          std::string why;
          const int past =
              internal::FindObject(tokens, mentions, mentions[target].span.end, window, &why);
          if (past >= 0) {
            target = past;
            why_target = why + " (past the pronoun for the subject)";
          }
        }
        // "India sent additional troops to the Ladakh border after the clash
        // with Chinese soldiers", "Azerbaijan mobilised reservists": forces
        // named without a country right after a verb of force posture (15)
        // are what is moved, not a party; the target is found past them.
        // So are a state's own forces it sends, rushes or pulls out ("Russia
        // sent tanks and thousands of troops into South Ossetia": aid and
        // protection 07, yielding 08, and promises of them 033).
        const auto moved_root = CameoRoot(choice.code.primary);
        // Forces moved are the verb's direct object: no preposition before
        // them ("bowing to pressure from the army" names who is yielded to).
        bool direct_object = target >= 0;
        for (uint32_t k = m.span.end; direct_object && k < mentions[target].span.begin; ++k)
          direct_object = !internal::IsPreposition(tokens[k]);
        const bool moves_forces =
            moved_root == "15" ||
            ((moved_root == "07" || moved_root == "08" || choice.code.primary.starts_with("033")) &&
             source >= 0 && IsStateActor(mentions[source]) && direct_object &&
             mentions[target].unplaced_needs_place);
        if (target >= 0 && (target != choice.target || mentions[target].unplaced_needs_place) &&
            moves_forces && mentions[target].unplaced &&
            mentions[target].span.begin <= m.span.end + 3) {
          // Past every force of a list ("tanks and thousands of troops").
          int last = target;
          while (mentions[last].coordinated_with > last) last = mentions[last].coordinated_with;
          std::string why;
          int past = internal::FindObject(tokens, mentions, mentions[last].span.end, window, &why);
          while (past >= 0 && mentions[past].unplaced_needs_place &&
                 mentions[past].span.begin <= mentions[last].span.end + 4) {
            last = past;
            past = internal::FindObject(tokens, mentions, mentions[last].span.end, window, &why);
          }
          target = past;
          why_target = past >= 0 ? why + " (past the forces moved)" : std::string();
        }
        // "Pakistan put its armed forces on high alert after Indian warplanes
        // struck a camp", "Israel placed its military on alert as it braced
        // for an Iranian strike": a show of force with no object answers the
        // party named after "after", "as", "amid" or "following".
        // "China's military fired ballistic missiles into waters around
        // Taiwan in live-fire drills after Nancy Pelosi's visit": first, the
        // place a show of force is staged around, near or off, in its clause.
        if (target < 0 && source >= 0 && CameoRoot(choice.code.primary) == "15") {
          for (uint32_t k = m.span.end; k + 1 < window.end && target < 0; ++k) {
            if (!internal::InWords(kAroundWords, tokens[k])) continue;
            uint32_t p = k + 1;
            if (p < window.end && internal::IsDeterminer(tokens[p])) ++p;
            for (size_t x = 0; x < mentions.size(); ++x) {
              const Mention& y = mentions[x];
              if (y.span.begin != p || y.code.size() != 3 || y.possessive ||
                  y.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
                continue;
              target = static_cast<int>(x);
              why_target = fmt::format("target: the place the show of force is staged {}",
                                       tokens[k].text);
              break;
            }
          }
        }
        if (target < 0 && source >= 0 && CameoRoot(choice.code.primary) == "15") {
          for (uint32_t k = m.span.end; k < tokens.size() && target < 0; ++k) {
            if (tokens[k].text == "." || tokens[k].text == ";") break;
            // ("put its nuclear deterrent forces on special alert, blaming
            // aggressive statements by leading NATO countries")
            if (!internal::IsWord(tokens[k], "after") && !internal::IsWord(tokens[k], "as") &&
                !internal::IsWord(tokens[k], "amid") && !internal::IsWord(tokens[k], "following") &&
                !internal::IsWord(tokens[k], "blaming") && !internal::IsWord(tokens[k], "citing"))
              continue;
            for (size_t x = 0; x < mentions.size(); ++x) {
              const Mention& y = mentions[x];
              if (y.span.empty() || y.span.begin <= k || y.span.begin > k + 8 || y.locative ||
                  y.code.size() < 3 || y.unplaced || y.code.starts_with("IGO") ||
                  y.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
                continue;
              target = static_cast<int>(x);
              why_target = "target: the party whose act the show of force answers";
              break;
            }
            break;
          }
        }
        // "Tokyo promised that Japanese aid would reach the people of Turkey",
        // "Beijing sent Chinese troops to the border": in a cooperative act (03-08),
        // a show of force (15) or a cut in relations (16), a demonym of the
        // subject's own country that a pattern binds right before the common
        // noun it modifies says whose the aid, the troops or the money are,
        // the subject's; the party after it is the target, if any. (People
        // of one's own country may be hurt or arrested: "killed dozens of
        // Kurdish villagers" keeps them.)
        const auto own_root = CameoRoot(choice.code.primary);
        if (((own_root >= "03" && own_root <= "08") || own_root == "15" || own_root == "16") &&
            target >= 0 && target == choice.target && source >= 0 &&
            mentions[target].span.size() == 1 && mentions[target].code.size() == 3 &&
            mentions[source].code.starts_with(mentions[target].code) &&
            mentions[target].span.end < window.end) {
          const Token& next = tokens[mentions[target].span.end];
          if ((next.pos == kPosNN || next.pos == kPosNNS) && !next.Has(kTokenCapitalized)) {
            s.Note(fmt::format("{}: '{}' names the subject's own, not the target", label,
                               s.Text(mentions[target].span)));
            const uint32_t own_end = mentions[target].span.end;
            target = internal::FindObject(tokens, mentions, own_end, window, &why_target);
            // (Only a party close after it: "discussed with allies whether a
            // French force could replace the departing US troops" has none.)
            if (target >= 0 && mentions[target].span.begin > own_end + 6) target = -1;
            if (target == source) target = -1;
          }
        }
        // "The Dutch king apologised for abuses by Dutch troops during
        // Indonesia's war of independence", "accepted the apology on behalf of
        // the Korean people": an apology or its acceptance (055, 056) is
        // addressed to another party; one of the subject's own country is who
        // did the deed or whom the subject speaks for. The next party after
        // it is the target, if any.
        if ((choice.code.primary.starts_with("055") || choice.code.primary.starts_with("056")) &&
            target >= 0 && source >= 0 && mentions[target].code.size() >= 3 &&
            mentions[source].code.compare(0, 3, mentions[target].code, 0, 3) == 0) {
          s.Note(fmt::format("{}: {} is of the subject's own country, not whom it addresses",
                             label, mentions[target].code));
          const uint32_t own_end = mentions[target].span.end;
          target = internal::FindObject(tokens, mentions, own_end, window, &why_target);
          if (target >= 0 && mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0)
            target = -1;
        }
        // "Zelensky, addressing the Japanese parliament on Wednesday, appealed
        // for more air defence systems": forces or weapons named without a
        // country after the "for" of an appeal (02) are what is asked for,
        // not a party; the one the subject is addressing is the target, if
        // the sentence names one.
        if (target >= 0 && own_root == "02" && mentions[target].unplaced &&
            mentions[target].span.begin >= m.span.end) {
          uint32_t k = mentions[target].span.begin;
          while (k > m.span.end &&
                 (internal::IsDeterminer(tokens[k - 1]) || tokens[k - 1].pos == kPosJJ ||
                  tokens[k - 1].pos == kPosJJR || tokens[k - 1].pos == kPosCD))
            --k;
          // ("appealed for" may hold the "for" in its own words.)
          if (k >= m.span.end && k > 0 && internal::IsWord(tokens[k - 1], "for")) {
            s.Note(fmt::format("{}: '{}' is what is asked for, not a party", label,
                               s.Text(mentions[target].span)));
            target = -1;
            for (size_t x = 0; x < mentions.size() && target < 0; ++x) {
              const Mention& y = mentions[x];
              uint32_t b = y.span.begin;
              if (b > 0 && internal::IsDeterminer(tokens[b - 1])) --b;
              if (y.span.end <= m.span.begin && b >= window.begin && b > 0 && !y.locative &&
                  !y.code.empty() && static_cast<int>(x) != source &&
                  internal::IsWord(tokens[b - 1], "addressing")) {
                target = static_cast<int>(x);
                why_target = "target: whom the subject was addressing";
              }
            }
          }
        }
        // "Mexico extradited Ovidio Guzman, the son of the jailed Sinaloa
        // cartel boss, to the United States": a party inside an
        // appositive on the object describes the object; the one after "to"
        // past it is the target.
        if (target >= 0 && (target != choice.target ||
                            (choice.pattern != nullptr && TargetIsDirectObject(*choice.pattern)))) {
          if (const int recipient = internal::RecipientPastAppositive(
                  tokens, mentions, m.span.end, mentions[target], window);
              recipient >= 0 && recipient != source) {
            target = recipient;
            why_target = "target: the party after 'to' past the appositive on the object";
          }
        }
        // "Berlin held talks on the Iranian nuclear programme with Paris",
        // "Seoul held talks on Chinese fishing fleets with Tokyo": a party the
        // object search found in an "on", "about" or "over" phrase is the
        // topic of a consultation or cooperation (03-06); the party named
        // after "with" later in the clause is the partner.
        if (target >= 0 && target != choice.target && own_root >= "03" && own_root <= "06") {
          uint32_t last_preposition = 0;
          for (uint32_t k = m.span.end; k < mentions[target].span.begin; ++k)
            if (internal::IsPreposition(tokens[k])) last_preposition = k;
          static constexpr std::string_view kTopics[] = {"on", "about", "over", "regarding"};
          if (last_preposition > 0 && internal::InWords(kTopics, tokens[last_preposition])) {
            for (size_t x = 0; x < mentions.size(); ++x) {
              const Mention& y = mentions[x];
              if (y.span.begin <= mentions[target].span.end || y.span.end > window.end ||
                  y.locative || y.code.empty() || static_cast<int>(x) == source)
                continue;
              uint32_t b = y.span.begin;
              if (b > 0 && internal::IsDeterminer(tokens[b - 1])) --b;
              if (b > 0 && internal::IsWord(tokens[b - 1], "with")) {
                target = static_cast<int>(x);
                why_target = "target: the partner after 'with' (the party before is the topic)";
              }
              break;
            }
          }
        }
        // "North Korea has trained 500 hackers capable of launching cyber
        // warfare against the United States": the party named after
        // "against" is the adversary, never the partner of a cooperative act
        // (roots 03-07) found by the object search. (A concession (08) is
        // made to it: "eased its tough stance against the United States".)
        if (target >= 0 && target != choice.target && mentions[target].span.begin > 0 &&
            internal::IsWord(tokens[mentions[target].span.begin - 1], "against")) {
          const auto root = CameoRoot(choice.code.primary);
          if (root >= "03" && root <= "07") {
            target = -1;
            why_target.clear();
          }
        }
        // "Ankara condemned the Israeli raid and recalled its ambassador":
        // a coordinated verb with no object of its own acts on the first
        // verb's target.
        if (target < 0 && group.coordinated && last_verb_target >= 0 &&
            last_verb_target != source) {
          target = last_verb_target;
          why_target = "target: the target of the verb coordinated before it";
        }
        // "Putin arrived in Pyongyang": the place a visitor arrives in is
        // what is visited.
        // So it is when the visit is for an organisation's meeting ("arrived
        // in Johannesburg for the BRICS summit" visits South Africa).
        const bool for_a_meeting = target >= 0 && mentions[target].code.starts_with("IGO");
        if (for_a_meeting && choice.code.primary.starts_with("042") && source >= 0) {
          std::string why;
          const int place = PlaceTarget(
              tokens, resources_.gazetteer.get(), mentions[source].code, choice.code.primary,
              m.span.end, std::min<uint32_t>(window.end, m.span.end + 3), &mentions, &why);
          if (place >= 0) {
            target = place;
            why_target = "target: the place visited (for the organisation's meeting)";
            s.mentions = mentions;
          }
        }
        if (target < 0 && choice.code.primary.starts_with("042")) {
          for (size_t k = 0; k < mentions.size(); ++k) {
            const Mention& x = mentions[k];
            if (x.locative && !x.code.empty() && x.span.begin >= m.span.end &&
                x.span.begin <= m.span.end + 2 && x.span.begin < window.end) {
              target = static_cast<int>(k);
              why_target = "target: the place visited";
              break;
            }
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
          target = PlaceTarget(tokens, resources_.gazetteer.get(), mentions[source].code,
                               choice.code.primary, ranges[r].from, ranges[r].to, &mentions,
                               &why_target);
        // "killed 12 civilians during a raid in Iraq": the people a killing
        // hits, named by a role, are of the place (IRQCVL), not the place.
        if (target >= 0 && !nominal_reading && !group.passive &&
            IsKillingOrWounding(dict.verb_form(m.id)) && mentions[target].code.size() == 3) {
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
          if (n.kind != PhraseMatch::Kind::kNominal || n.span.begin + 8 < m.span.begin) continue;
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
      // "A suicide bomber from the Islamic State's Afghan branch killed 13
      // American service members": a suicide bomber who kills or attacks
      // carries out a suicide bombing (1831).
      if (!nominal_reading && source >= 0 && mentions[source].role != nullptr &&
          mentions[source].role->name.starts_with("SUICIDE")) {
        auto root = CameoRoot(choice.code.primary);
        if ((root == "18" || root == "19") && choice.code.primary != "1831") {
          label += " -> 1831 (its subject is a suicide bomber)";
          choice.code.primary = "1831";
        }
      }
      // "Hamas gunmen killed about 1200 people in southern Israel", "Islamic
      // State militants executed some 1700 Iraqi air force cadets": a finite
      // killing verb whose object counts a hundred people or more is a mass
      // killing (202). Not a participle of another act ("attacked hotels in
      // Mumbai, killing 166 people": the attack is the event).
      if (!nominal_reading && !group.passive && IsKillingVerb(dict.verb_form(m.id)) &&
          !tokens[m.span.begin].text.ends_with("ing")) {
        // Only the plain codes of killing: a means named elsewhere ("air
        // strikes that killed more than 400 Palestinians", 195; a suicide
        // bombing, 1831) says more.
        if ((choice.code.primary == "190" || choice.code.primary == "1823") &&
            VictimsCounted(tokens, m.span.end) >= 100) {
          label += " -> 202 (a hundred people or more killed)";
          choice.code.primary = "202";
        }
      }
      // "The first 400 Kenyan police officers arrived in Port-au-Prince to
      // lead a UN-backed multinational mission", "British troops arrived in
      // Kabul to lead an international force": armed forces or police that
      // arrive somewhere are deployed there to protect it (074), not on a
      // visit (042).
      // (Not a named person with a rank: "President General Pervez Musharraf
      // arrived in Britain" is on a visit.)
      if (source >= 0 && choice.code.primary.starts_with("042") &&
          mentions[source].code.size() >= 6 && mentions[source].person_name.empty() &&
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
          continue;
        }
      }
      // A town or country seized is territory occupied (192), toward its
      // country: the mention `at` that names it, else an implicit one.
      auto occupied = [&](int at, const Place& town, std::string_view what) {
        if (at < 0) {
          at = ImplicitMention(town.country, false, town.name, "the territory seized", &mentions);
          s.mentions = mentions;
        }
        target = at;
        why_target = fmt::format("target: the territory seized, {}", town.name);
        label += fmt::format(" -> 192 ({}: territory occupied)", what);
        choice.code.primary = "192";
        choice.code.reverse.clear();
      };
      const bool seizes = choice.code.primary.starts_with("171") ||
                          choice.code.primary.starts_with("173") ||
                          choice.code.primary.starts_with("181");
      // "Syrian rebels led by Hayat Tahrir al-Sham seized Damascus",
      // "Islamic State fighters seized Mosul", "The Rapid Support Forces
      // captured El Fasher": a town or country seized or captured is territory
      // occupied (192), not property taken (171) nor people held (173).
      if (!nominal_reading && !group.passive && resources_.gazetteer != nullptr && seizes) {
        uint32_t k = m.span.end;
        if (k < tokens.size() && internal::IsDeterminer(tokens[k])) ++k;
        size_t length = 0;
        const Place* seized =
            k < tokens.size() && tokens[k].Has(kTokenCapitalized)
                ? resources_.gazetteer->MatchAt(tokens, k, &length)
                : nullptr;
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
          occupied(at, *seized, "a town or country seized");
        }
      }
      // "The southern Ukrainian port city of Kherson was captured by Russian
      // forces", "Mosul fell ... was seized by Islamic State fighters": the
      // same in the passive, when the town heads the subject (it opens the
      // clause, follows a determiner, or "city of"/"town of") and stands right
      // before the auxiliary; "a journalist from Kyiv was captured" holds a
      // person, not Kyiv.
      if (!nominal_reading && group.passive && target < 0 && source >= 0 &&
          resources_.gazetteer != nullptr && seizes) {
        uint32_t aux = m.span.begin;
        while (aux > window.begin && internal::IsAuxiliaryOrAdverb(tokens[aux - 1])) --aux;
        for (uint32_t k = window.begin; k < aux; ++k) {
          size_t length = 0;
          const Place* seized = GazetteerCityAt(tokens, resources_.gazetteer.get(), k, &length);
          if (seized == nullptr || seized->country.empty() || k + length != aux) continue;
          const bool heads = k == window.begin || internal::IsDeterminer(tokens[k - 1]) ||
                             (k >= 2 && internal::IsWord(tokens[k - 1], "of") &&
                              (internal::IsWord(tokens[k - 2], "city") ||
                               internal::IsWord(tokens[k - 2], "town") ||
                               internal::IsWord(tokens[k - 2], "village")));
          if (!heads) break;
          occupied(-1, *seized, "a town seized");
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
      // "will provide 25,000 tons of food aid", "is ready to contribute
      // troops", "would impose a curfew": an announced act is an intent or a
      // threat, not the act.
      // "He then announced that Colombia would break diplomatic relations
      // with the Israeli government", "France announced that it would
      // withdraw its troops from Mali": a cut in relations a state announces
      // it "will" or "would" make is the decision itself (16), not a threat;
      // one it "might" or "could" make stays a threat (1313).
      const bool announced_decision = [&] {
        if (nominal_reading || !group.future || CameoRoot(choice.code.primary) != "16")
          return false;
        bool firm = false;
        for (uint32_t k = m.span.begin; k-- > 0 && k + 4 >= m.span.begin;)
          firm |= internal::IsWord(tokens[k], "will") || internal::IsWord(tokens[k], "would");
        if (!firm) return false;
        for (uint32_t k = m.span.begin; k-- > 0 && k + 10 >= m.span.begin;) {
          if (tokens[k].text == ";" || tokens[k].text == ".") return false;
          if (internal::IsWord(tokens[k], "announced") || internal::IsWord(tokens[k], "announces") ||
              internal::IsWord(tokens[k], "decided"))
            return true;
        }
        return false;
      }();
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
          continue;
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
      if (target >= 0 && direct_object && !nominal_reading &&
          (IsKillingVerb(dict.verb_form(m.id)) || left_dead) &&
          IsNamedOfficeHolder(mentions[target], tokens)) {
        auto root = CameoRoot(choice.code.primary);
        if (root == "18" || root == "19" || root == "20") {
          choice.code.primary = "186";
          label += " -> 186 (a named office-holder killed)";
        }
      }
      // "Slovak Prime Minister Robert Fico was shot and seriously wounded by
      // a gunman": a named office-holder wounded, not killed, survived an
      // attempt on their life (185).
      const std::string_view lemma = dict.verb_form(m.id).lemma;
      // So is one shot ("Imran Khan was shot in the leg by a gunman"), not
      // shot dead (a killing, 186 above).
      const bool shot_not_dead =
          lemma == "SHOOT" && group.passive && !left_dead &&
          !(m.span.end < tokens.size() && internal::IsWord(tokens[m.span.end], "dead"));
      if (target >= 0 && direct_object && !nominal_reading &&
          (lemma == "WOUND" || lemma == "INJURE" || shot_not_dead) &&
          IsNamedOfficeHolder(mentions[target], tokens)) {
        auto root = CameoRoot(choice.code.primary);
        if (root == "18" || root == "19") {
          choice.code.primary = "185";
          label += " -> 185 (a named office-holder wounded: an attempted assassination)";
        }
      }
      // "expressed his deep sorrow over the earthquake that struck Turkey and
      // Syria": sympathy (018) names whom it is for in a relative clause
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
      bool left_office = false;  // the subject left the state office named after "as"
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
      // "Sri Lankan President Gotabaya Rajapaksa fled the country and
      // resigned": a subject named with its state office leaves that office.
      if (!left_office && source >= 0 && !nominal_reading &&
          choice.code.primary.starts_with("0831") && mentions[source].person &&
          mentions[source].role != nullptr && mentions[source].code.size() == 6 &&
          mentions[source].code.ends_with("GOV"))
        left_office = true;
      last_code = choice.code.primary.empty() ? choice.code.reverse : choice.code.primary;
      if (!nominal_reading) {
        last_verb_end = last_any_verb_end = m.span.end;
        last_any_verb_begin = m.span.begin;
        const Token& first = tokens[m.span.begin];
        if (first.pos != kPosVBG &&
            !(first.pos == kPosVBN && m.span.begin > 0 && IsNounTag(tokens[m.span.begin - 1].pos)))
          clause_verb = {m.span.end, source, target, last_code};
        last_verb_code = last_code;
        last_verb_source = last_any_verb_source = source;
        last_null_verb_window.reset();
        last_verb_target = target;
        // Only a verb with both parties does what its words name.
        last_verb_words = source >= 0 && target >= 0 ? choice.word_span : TokenSpan{};
      }
      // "Thousands of Iraqi Kurds demonstrated ... calling for independence
      // from Iraq": a country's own people protesting against the country
      // named as a whole protest against its state.
      if (source >= 0 && target >= 0 && target != source &&
          internal::AddressesOwnGovernment(choice.code.primary) &&
          mentions[target].code.size() == 3 && !mentions[target].locative &&
          mentions[target].code == mentions[source].code &&
          ProtestsItsOwnGovernment(mentions[source], tokens)) {
        mentions[target].code += "GOV";
        mentions[target].how += "; the state a protest of its own people is aimed at";
        s.mentions = mentions;
      }
      // "Kyrgyz and Tajik forces fought ..., with each side accusing the other
      // of starting the fighting", "each accused the other of violating it":
      // "each ... the other" makes the act mutual between the members of the
      // compound named last before it.
      bool each_the_other = false;
      if (!nominal_reading && m.span.end + 1 < tokens.size() &&
          internal::IsWord(tokens[m.span.end], "the") &&
          internal::IsWord(tokens[m.span.end + 1], "other")) {
        uint32_t b = m.span.begin;
        while (b > 0 && internal::IsAuxiliaryOrAdverb(tokens[b - 1])) --b;
        if (b > 0 && (internal::IsWord(tokens[b - 1], "side") ||
                      internal::IsWord(tokens[b - 1], "country") ||
                      internal::IsWord(tokens[b - 1], "party")))
          --b;
        if (b > 0 && internal::IsWord(tokens[b - 1], "each")) {
          int pair = -1;
          for (size_t x = 0; x < mentions.size(); ++x)
            if (mentions[x].coordinated_with >= 0 && !mentions[x].span.empty() &&
                mentions[mentions[x].coordinated_with].span.end <= b - 1)
              pair = static_cast<int>(x);
          if (pair >= 0) {
            source = CoordinationHead(mentions, pair);
            target = -1;
            choice.target = -1;
            each_the_other = true;
            why_source = "source: the compound 'each' stands for";
          }
        }
      }
      // "Madrid warned it would respond firmly": a pronoun a threat's
      // pattern read as its object is the speaker, the subject of the clause
      // it opens; the threat names no one (the rules below may find whom).
      if (source >= 0 && target >= 0 && CameoRoot(choice.code.primary) == "13" &&
          mentions[target].span.size() == 1 &&
          internal::IsWord(tokens[mentions[target].span.begin], "it") &&
          OneParty(mentions[source].code, mentions[target].code, options_.state_actors))
        target = -1;
      if (source >= 0 && target >= 0 &&
          OneParty(mentions[source].code, mentions[target].code, options_.state_actors)) {
        s.Note(fmt::format("{}: source and target are the same actor ({}), no event", label,
                           mentions[source].code));
        continue;
      }
      // "Russia and China met": the subject search finds the nearest member
      // of a coordination; the compound starts at its first member.
      source = CoordinationHead(mentions, source);
      // "Donald Trump and Vladimir Putin met in Helsinki": with no target, a
      // compound source acts on itself, one event per ordered pair.
      bool reciprocal = false;
      const std::string& act =
          choice.code.primary.empty() ? choice.code.reverse : choice.code.primary;
      // An event noun only with its actors before it ("the navies of Iran and
      // Russia staged joint drills"): "the war between Armenia and
      // Azerbaijan", "war crimes by the army and Hamas" name a background
      // state of affairs, not a new act of each towards the other.
      bool mutual_source =
          source >= 0 && (!nominal_reading || mentions[source].span.end <= m.span.begin);
      // "Israel and the UAE agreed to establish relations in a deal brokered
      // by Washington": for a mutual act of a compound subject, an actor
      // found in a later prepositional phrase (not bound by the pattern, not
      // "with" or "against" it) is no party; the members act on each other.
      if (target >= 0 && choice.target < 0 && mutual_source && IsMutualAct(act) &&
          mentions[source].coordinated_with >= 0 && !nominal_reading) {
        uint32_t b = mentions[target].span.begin;
        bool in_pp = false;
        for (uint32_t k = m.span.end; k < b; ++k)
          if (internal::IsPreposition(tokens[k]) && !internal::IsWord(tokens[k], "with") &&
              !internal::IsWord(tokens[k], "against") && !internal::IsWord(tokens[k], "to"))
            in_pp = true;
        if (in_pp) target = -1;
      }
      // "Israel and Hezbollah agreed to a ceasefire in a deal brokered by the
      // United States and France", "agreed to a ceasefire after talks
      // mediated by China": the party named after "brokered by" or
      // "mediated by" is the mediator (045, MediatorEvents), never the other
      // party of the act, even where a pattern binds it ("(IN +)"): a
      // compound subject's members act on each other. (A single subject's
      // act is left alone: it is the model MediatorEvents needs.)
      if (target >= 0 && !nominal_reading && IsMutualAct(act) && mutual_source &&
          mentions[source].coordinated_with >= 0 && MediatorAgent(tokens, mentions, target)) {
        s.Note(fmt::format("{}: {} is the mediator ('brokered by', 'mediated by'), not its other "
                           "party",
                           label, mentions[target].code));
        target = -1;
        why_target.clear();
      }
      // "Sudan's army and the Rapid Support Forces fought heavy battles in
      // Khartoum": a mutual act of a compound subject whose pattern binds
      // only the place it happens in is between the members; the place is
      // its location.
      if (target >= 0 && target == choice.target && mutual_source && IsMutualAct(act) &&
          mentions[source].coordinated_with >= 0 && mentions[target].locative && !nominal_reading)
        target = -1;
      // "Iran fired ballistic missiles at two bases in Iraq housing American
      // troops": force used on a place that houses a party is used on that
      // party (USAMIL), not on the country the place is in.
      if (!nominal_reading && (CameoRoot(act) == "18" || CameoRoot(act) == "19" ||
                               CameoRoot(act) == "20")) {
        for (uint32_t k = m.span.end; k + 1 < window.end; ++k) {
          if (!internal::IsWord(tokens[k], "housing") && !internal::IsWord(tokens[k], "hosting"))
            continue;
          for (size_t x = 0; x < mentions.size(); ++x) {
            const Mention& y = mentions[x];
            if (y.span.begin < k + 1 || y.span.begin > k + 3 || y.code.size() < 3 || y.locative ||
                (source >= 0 && y.code.compare(0, 3, mentions[source].code, 0, 3) == 0))
              continue;
            target = static_cast<int>(x);
            why_target = "target: the party the place attacked houses";
            break;
          }
          break;
        }
      }
      // "Armenia and Azerbaijan accused each other of breaking the truce
      // brokered by Moscow": "each other" or "one another" right after the
      // verb makes any act mutual between the members of a compound subject.
      const bool each_other = each_the_other ||
                              (!nominal_reading && m.span.end + 1 < tokens.size() &&
                              ((internal::IsWord(tokens[m.span.end], "each") &&
                                internal::IsWord(tokens[m.span.end + 1], "other")) ||
                               (internal::IsWord(tokens[m.span.end], "one") &&
                                internal::IsWord(tokens[m.span.end + 1], "another"))));
      if (each_other && source >= 0 && mentions[source].coordinated_with >= 0 && choice.target < 0)
        target = -1;
      // "US and Iraqi forces launched a major offensive": allies who launch,
      // mount, stage or carry out an attack do it together, not on each
      // other ("clashed", "fought" are mutual).
      bool joint_attack = false;
      if (!each_other) {
        const std::string_view lemma = dict.verb_form(m.id).lemma;
        const auto root = CameoRoot(act);
        joint_attack = (root == "18" || root == "19" || root == "20") &&
                       (nominal_reading ? started_by_subject
                                        : (lemma == "LAUNCH" || lemma == "MOUNT" ||
                                           lemma == "STAGE" || lemma == "CARRY OUT" ||
                                           lemma == "CONDUCT"));
      }
      if (source >= 0 && target < 0 && mentions[source].coordinated_with >= 0 &&
          (IsMutualAct(act) || each_other) && mutual_source && !joint_attack) {
        target = source;
        reciprocal = true;
        why_target = "target: each other member of the compound source";
      }
      // "Greece and Turkey shook hands in the Czech capital Prague and signed
      // a joint declaration": a verb joined by "and" to a mutual act of a
      // compound subject shares no target the rules above dropped (the place
      // of the handshake); the members act on each other again.
      if (!nominal_reading && reciprocal) last_verb_target = -1;
      // "Thousands of Kurds demonstrated in Kirkuk", "students began a
      // hunger strike": a protest that names no target is directed at the
      // government of the protesters' own country, as CAMEO codes domestic
      // protest.
      // "Up to 100 ethnic Albanians demonstrated in Serbia": an ethnic group
      // protesting in another country is that country's people (CAMEO codes
      // a people by residence), protesting against its government.
      if (target < 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
          mentions[source].ethnic && mentions[source].code.size() == 3) {
        for (const Mention& x : mentions) {
          if (!x.locative || x.code.size() < 3 || x.span.begin < m.span.end ||
              x.span.begin >= window.end || x.code.compare(0, 3, mentions[source].code) == 0)
            continue;
          internal::SettleAsResidents(&mentions[source], x.code,
                                      "protesting in " + x.code.substr(0, 3));
          s.mentions = mentions;
          break;
        }
      }
      // "ethnic Turks began a hunger strike to protest against Sweden's
      // decision to send them back", "ethnic Albanians have sworn to fight
      // until they gain control of villages near Macedonia's border":
      // protesting against, or threatening or fighting another country, an
      // ethnic group is that country's people too (its minority).
      const auto act_root = CameoRoot(act);
      const bool hostile = internal::AddressesOwnGovernment(act) ||
                           (act_root >= "11" && act_root <= "20" && act_root != "16");
      if (target >= 0 && source >= 0 && hostile && mentions[source].ethnic &&
          mentions[source].code.size() == 3 && mentions[target].code.size() >= 3 &&
          !mentions[target].code.starts_with("IGO") && !mentions[target].code.starts_with("NGO") &&
          mentions[target].code.compare(0, 3, mentions[source].code) != 0) {
        const std::string home = mentions[target].code.substr(0, 3);
        internal::SettleAsResidents(&mentions[source], home, "protesting against " + home);
        s.mentions = mentions;
      }
      // "threw stones during demonstrations against the human rights
      // violations by the Israeli military": a protest with no object of its
      // own is aimed at the party named after "against" later in its clause
      // (past the wrong it protests).
      if (target < 0 && source >= 0 && CameoRoot(act) == "14" && !nominal_reading) {
        for (uint32_t k = m.span.end; k < window.end && target < 0; ++k) {
          if (!internal::IsWord(tokens[k], "against")) continue;
          // Within the phrase after "against": up to a comma, a finite verb
          // or a word opening a new clause ("... against a new law rioted
          // for hours before Trump's visit" names no party of it).
          uint32_t phrase_end = k + 1;
          while (phrase_end < window.end && phrase_end <= k + 10 &&
                 tokens[phrase_end].text != "," &&
                 !internal::IsFiniteVerbTag(tokens[phrase_end].pos) &&
                 !internal::IsWord(tokens[phrase_end], "before") &&
                 !internal::IsWord(tokens[phrase_end], "after") &&
                 !internal::IsWord(tokens[phrase_end], "as"))
            ++phrase_end;
          for (size_t x = 0; x < mentions.size(); ++x) {
            const Mention& y = mentions[x];
            if (y.span.begin <= k || y.span.end > phrase_end || y.locative || y.code.empty() ||
                static_cast<int>(x) == source)
              continue;
            target = static_cast<int>(x);
            why_target = "target: the party the protest is against";
            break;
          }
          break;
        }
      }
      // "Iranian protesters marched in Tehran to demand the release of
      // political prisoners": a party of the protesters' own side (the
      // prisoners they march for) is not whom they protest against.
      if (target >= 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
          ProtestsItsOwnGovernment(mentions[source], tokens) && mentions[target].code.size() == 6 &&
          mentions[source].code.size() == 6 &&
          mentions[target].code.compare(3, 3, mentions[source].code, 3, 3) == 0 &&
          (mentions[target].unplaced ||
           mentions[target].code.compare(0, 3, mentions[source].code, 0, 3) == 0)) {
        s.Note(fmt::format("{}: '{}' is on the protesters' side, not whom they protest against",
                           label, s.Text(mentions[target].span)));
        target = -1;
      }
      // "About 1,200 Palestinian prisoners in Israeli jails began a hunger
      // strike": prisoners held in another state's jails protest against
      // the state that holds them.
      if (target < 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
          !mentions[source].span.empty()) {
        static constexpr std::string_view kJails[] = {"jail", "jails", "prison", "prisons",
                                                      "custody", "detention"};
        const uint32_t after = mentions[source].span.end;
        for (size_t x = 0; x < mentions.size() && target < 0; ++x) {
          const Mention& jailer = mentions[x];
          if (after >= tokens.size() || !internal::IsWord(tokens[after], "in") ||
              jailer.span.begin != after + 1 || jailer.code.size() < 3 ||
              jailer.span.end >= tokens.size() ||
              jailer.code.compare(0, 3, mentions[source].code, 0, 3) == 0)
            continue;
          if (!internal::InWords(kJails, tokens[jailer.span.end])) continue;
          target = ImplicitMention(jailer.code.substr(0, 3) + "GOV", false, "government",
                                   "the state whose jails hold the protesters", &mentions);
          s.mentions = mentions;
          why_target = "target: implicit, the state whose jails hold the protesters";
        }
      }
      if (target < 0 && source >= 0 && internal::AddressesOwnGovernment(act) &&
          ProtestsItsOwnGovernment(mentions[source], tokens)) {
        target =
            ImplicitMention(mentions[source].code.substr(0, 3) + "GOV", mentions[source].unplaced,
                            "government", "the government of the protesters' country", &mentions);
        s.mentions = mentions;
        why_target = "target: implicit, the government of the protesters' country";
      }
      // "Iran restricted access to Instagram": administrative restrictions a
      // state imposes with no one named fall on its own population.
      if (target < 0 && source >= 0 && internal::FallsOnOwnPopulation(act) &&
          IsStateActor(mentions[source]) && !nominal_reading &&
          !BareParticiple(tokens, m.span.begin)) {
        target = ImplicitMention(mentions[source].code.substr(0, 3), mentions[source].unplaced,
                                 "population", "the state's own population", &mentions);
        s.mentions = mentions;
        why_target = "target: implicit, the state's own population";
      }
      // "Israeli police arrested dozens of Arab citizens", "More than 5,000
      // people were detained by Russian police", "a Chinese court jailed the
      // human rights lawyer Wang Quanzhang": people a state's government,
      // police or courts arrest, detain or charge, named by a role with no
      // country of its own (citizens, journalists, judges, editors), are
      // within its jurisdiction: its own (a population is the country).
      // So are the people and firms their police, prosecutors or courts
      // investigate (09): "Brazilian prosecutors began investigating the
      // mining company Vale" (BRAJUD 091 BRABUS).
      const bool investigates =
          source >= 0 && CameoRoot(act) == "09" && mentions[source].code.size() == 6 &&
          (mentions[source].code.ends_with("COP") || mentions[source].code.ends_with("JUD"));
      if (target < 0 && source >= 0 && (act.starts_with("173") || investigates) &&
          !nominal_reading && !BareParticiple(tokens, m.span.begin) &&
          IsStateActor(mentions[source]) && mentions[source].code.size() == 6 &&
          !mentions[source].code.ends_with("MIL")) {
        if (const AgentEntry* held = HeldRole(dict, tokens, matches, m.span, group.passive, window,
                                              mentions);
            held != nullptr) {
          std::string code = mentions[source].code.substr(0, 3);
          if (held->code != "CVL" && held->code != "REF") code += held->code;
          target = ImplicitMention(code, mentions[source].unplaced, held->name,
                                   "people the state holds, of its own jurisdiction", &mentions);
          s.mentions = mentions;
          why_target = "target: the role held, within the state's own jurisdiction";
        }
      }
      // "Jihadist gunmen killed at least 132 civilians in an overnight raid on
      // the village of Solhan in northern Burkina Faso": violence on people
      // named by a role with no country (civilians, villagers, worshippers)
      // falls on the people of the place where it happens; with no place
      // named, there is no event.
      if (target < 0 && source >= 0 && !nominal_reading && IsKillingOrWounding(dict.verb_form(m.id)) &&
          !tokens[m.span.begin].text.ends_with("ing")) {
        const auto root = CameoRoot(act);
        if (root == "18" || root == "19" || root == "20") {
          // The place must be named in the verb's own clause ("killed 23
          // people ... when they blew themselves up in Tel Aviv" names none).
          std::optional<Location> place;
          if (resources_.gazetteer != nullptr)
            place = FirstPlaceBetween(s, *resources_.gazetteer, m.span.end, window.end);
          if (place && place->country.empty()) place.reset();
          // "Boko Haram fighters seized the town of Baga in northeastern
          // Nigeria. They went on to massacre hundreds of civilians": with
          // none, where the last event of the sentence before happened, when
          // it is in the source's own country, is where it hit that
          // country's people. (A place named earlier in the sentence is too
          // often another clause's: "A gas explosion in a coal mine in China
          // killed 56 people, the government said".)
          if (!place && !events.empty() && events.back().sentence_index + 1 == sentence.index &&
              events.back().location && mentions[source].code.size() >= 3 &&
              events.back().location->country == mentions[source].code.substr(0, 3))
            place = events.back().location;
          if (const AgentEntry* hit =
                  place ? HeldRole(dict, tokens, matches, m.span, group.passive, window) : nullptr;
              hit != nullptr && IsPeopleHit(*hit)) {
            target = ImplicitMention(PeopleHitCode(*hit, place->country), false, hit->name,
                                     "people hit, of the place where it happens", &mentions);
            s.mentions = mentions;
            why_target = "target: the people hit, of the place where it happens";
          }
        }
      }
      // "Bouteflika resigned as Algeria's president after weeks of
      // protests", "Pashinyan refused to resign": a leader stepping down from
      // the office named, or refusing to step down, answers the demand of
      // the country's opposition when no one else is named. ("he should
      // resign", "his intention to stand down" name no office and code
      // nothing.)
      if (target < 0 && source >= 0 &&
          ((act.starts_with("0831") && left_office) || act.starts_with("1231")) &&
          IsStateActor(mentions[source])) {
        target =
            ImplicitMention(mentions[source].code.substr(0, 3) + "OPP", mentions[source].unplaced,
                            "opposition", "the opposition that demands the change", &mentions);
        s.mentions = mentions;
        why_target = "target: implicit, the opposition demanding the change of leadership";
      }
      // "Kosovo's prime minister accused Belgrade of backing the attack,
      // which Serbia denied": a denial (016) that names no party answers the
      // accusation made of its speaker just before; the accuser is its
      // target.
      if (target < 0 && source >= 0 && act.starts_with("016")) {
        const std::string accuser = AccuserOf(candidates, events, mentions, sentence.index,
                                              m.span.begin, mentions[source].code);
        if (!accuser.empty() && !OneParty(accuser, mentions[source].code, options_.state_actors)) {
          target = -1;
          for (size_t x = 0; x < mentions.size() && target < 0; ++x)
            if (mentions[x].code == accuser && !mentions[x].locative)
              target = static_cast<int>(x);
          if (target < 0)
            target = ImplicitMention(accuser, false, accuser, "who made the accusation denied",
                                     &mentions);
          s.mentions = mentions;
          why_target = "target: who made the accusation it denies";
        }
      }
      // "threatened to hold a general strike unless Israel rescinded the
      // annexation", "warned of sanctions if Belgrade did not withdraw": a
      // threat with no object of its own is aimed at whoever must meet its
      // condition, the subject of the "unless" or "if" clause after it.
      if (target < 0 && source >= 0 && CameoRoot(act) == "13" && !nominal_reading) {
        target = ConditionSubject(tokens, mentions, m.span.end, mentions[source].code);
        if (target >= 0)
          why_target = "target: the subject of the threat's condition ('unless', 'if')";
      }
      // "Indian jets bombed a camp in Pakistan, and Islamabad vowed to
      // respond", "the army vowed to hunt down those responsible": a threat
      // of retaliation with no party of its own answers whoever acted on its
      // speaker just before (see AnsweredBy).
      if (target < 0 && source >= 0 && CameoRoot(act) == "13" && !nominal_reading) {
        if (const auto kind = internal::RetaliationAfter(tokens, m.span, window.end);
            kind != internal::Retaliation::kNone) {
          const std::string answered = AnsweredBy(candidates, events, mentions, sentence.index,
                                                  m.span.begin, mentions[source].code, kind);
          if (!answered.empty() &&
              !OneParty(answered, mentions[source].code, options_.state_actors)) {
            for (size_t x = 0; x < mentions.size() && target < 0; ++x)
              if (mentions[x].code == answered && !mentions[x].locative)
                target = static_cast<int>(x);
            if (target < 0)
              target = ImplicitMention(answered, false, answered, "whom the retaliation answers",
                                       &mentions);
            s.mentions = mentions;
            why_target = "target: who acted on the speaker just before (a threat of retaliation)";
          }
        }
      }
      // "Ankara threatened to halt the transit of Syrian refugees to Europe if
      // the European Union withheld the funds": a country word the object
      // search found before a common noun of the threatened act says whose
      // the refugees or the gas are; whoever must meet the condition is
      // threatened.
      if (target >= 0 && target != choice.target && source >= 0 && CameoRoot(act) == "13" &&
          !nominal_reading && mentions[target].span.size() == 1 &&
          mentions[target].code.size() == 3 && mentions[target].span.end < tokens.size() &&
          (tokens[mentions[target].span.end].pos == kPosNN ||
           tokens[mentions[target].span.end].pos == kPosNNS) &&
          !tokens[mentions[target].span.end].Has(kTokenCapitalized)) {
        if (const int bearer =
                ConditionSubject(tokens, mentions, mentions[target].span.end,
                                 mentions[source].code, 16);
            bearer >= 0 && bearer != target) {
          target = bearer;
          why_target = "target: the subject of the threat's condition ('unless', 'if'), not "
                       "the country word of its object";
        }
      }
      // "Mubarak said that the US must be ready to mediate": what a party
      // named in its clause must or should do is demanded of it (coded from
      // the speaker's verb), not done. With no party of its own ("we believe
      // that all nations must stand against their presence") the verb falls
      // to the speaker, whose call it is.
      if (!nominal_reading && group.obligation && source >= 0 &&
          mentions[source].span.begin >= window.begin && !mentions[source].span.empty()) {
        s.Note(fmt::format("{}: after 'must' or 'should', owed by {}, not done; no event", label,
                           mentions[source].code));
        continue;
      }
      // "Iran withdrew the accreditation of IAEA inspectors, a step the
      // agency's director general condemned as disproportionate", "The
      // Kremlin dismissed the move as legally void", "were deported by the
      // Thai authorities, drawing condemnation from the UN refugee agency":
      // a judgement of an act referred to, not named, is aimed at whoever did
      // the act reported last before it (see coder/reactions.h).
      if (names_an_act) target = -1;
      if (target < 0 && JudgesAnAct(act)) {
        const uint32_t drawn_from =
            nominal_reading && source < 0 ? internal::ReactionDrawnFrom(tokens, m.span) : 0;
        if (drawn_from > 0) {
          for (size_t x = 0; x < mentions.size() && source < 0; ++x)
            if (mentions[x].span.begin >= drawn_from && mentions[x].span.begin <= drawn_from + 1 &&
                !mentions[x].code.empty() && !mentions[x].locative) {
              source = static_cast<int>(x);
              why_source = "source: who the reaction is drawn from";
            }
        }
        const ReferredAct act_before =
            source >= 0 ? LastActBefore(candidates, events, mentions, sentence.index, m.span.begin)
                        : ReferredAct{};
        int referring_word = -1;
        if (drawn_from == 0 && act_before.found && !nominal_reading) {
          const TokenSpan subject = mentions[source].span;
          // An event noun refers back only to an act of the same root done
          // by one party to another ("condemned the strikes", "rejected the
          // demand"): rejecting "the original accord" (05) rejects no
          // signatory.
          const bool one_sided = CameoRoot(act_before.code) >= "10";
          auto is_event_noun = [&](uint32_t k) {
            if (!one_sided) return false;
            for (const PhraseMatch& n : matches)
              if (n.kind == PhraseMatch::Kind::kNominal && n.span.begin == k &&
                  CameoRoot(dict.verb_form(n.id).EffectiveCode(dict.verb_blocks()).primary) ==
                      CameoRoot(act_before.code))
                return true;
            return false;
          };
          referring_word =
              internal::ReferredActOf(tokens, m.span, subject, names_an_act, is_event_noun);
        }
        // Who did the act: its source; for a deed judged by the act
        // before, that judgement's target (NamesADeed).
        const auto before_root = CameoRoot(act_before.code);
        // (Not a deed of the reacting party itself: "The ICC ... accusing
        // the Russian president of war crimes, and the Kremlin dismissed the
        // decision" rejects the court's act.)
        const bool deed_judged =
            referring_word >= 0 && NamesADeed(tokens[referring_word]) && before_root >= "10" &&
            before_root <= "12" &&
            !OneParty(act_before.target_code, mentions[source].code, options_.state_actors);
        // ("Britain, Canada, Australia and Portugal recognised a Palestinian
        // state, a move Netanyahu denounced": all four did it.)
        const int last_doer = deed_judged ? act_before.target : act_before.source;
        const int doer = last_doer >= 0 ? CoordinationHead(mentions, last_doer) : -1;
        const std::string& doer_code = deed_judged ? act_before.target_code : act_before.source_code;
        if ((drawn_from > 0 || referring_word >= 0) && act_before.found &&
            !OneParty(doer_code, mentions[source].code, options_.state_actors)) {
          target = doer >= 0 ? doer
                             : ImplicitMention(doer_code, false, doer_code,
                                               "who did the act a reaction refers to", &mentions);
          s.mentions = mentions;
          why_target = fmt::format("target: who did the act it refers to ({} {} {})",
                                   act_before.source_code, act_before.code,
                                   act_before.target_code);
        }
      }
      // "Fethullah Gulen, the cleric whom he blamed for the failed coup",
      // "al-Shabaab militants, whom Nairobi blames for the kidnappings": a
      // verb whose subject follows "whom" has the relative clause's
      // antecedent for its object.
      // (Not for a subject with no country of its own, which would take the
      // antecedent's: "refugees, whom authorities blame for the conflict".)
      if (target < 0 && source >= 0 && !nominal_reading && !mentions[source].unplaced) {
        const int antecedent = RelativeAntecedent(tokens, mentions, mentions[source].span);
        if (antecedent >= 0 && !OneParty(mentions[antecedent].code, mentions[source].code,
                                         options_.state_actors)) {
          target = antecedent;
          why_target = "target: the antecedent of 'whom' before the subject";
        }
      }
      // "Russia sent troops to fight Islamic State in Syria", "tasked with
      // training local forces to fight ISIS": an infinitive whose subject is
      // the object of the verb before it says what that act was for; the
      // object has not done it yet.
      // (The object may be the verb phrase's own last word: "sent troops".)
      // (Not the owner of a decision or move in that object: "opposed
      // Trump's decision to withdraw US troops" is Trump's withdrawal.)
      if (!nominal_reading && group.infinitive && source >= 0 && prev_verb_end > 0 &&
          !mentions[source].span.empty() && !mentions[source].possessive &&
          mentions[source].span.begin > prev_verb_begin &&
          mentions[source].span.end <= m.span.begin &&
          ObjectMeantFor(tokens, prev_verb_begin, mentions[source].span, m.span.begin)) {
        s.Note(fmt::format("{}: the purpose its subject, the object of the verb before, was "
                           "meant for; not done",
                           label));
        continue;
      }
      // "The US announced that Australian Mamdouh Habib will be released",
      // "Moscow announced that control over Douma had been transferred to
      // Syrian forces", "he pointed out that Britain approved export
      // licences": a plain statement (010, no pattern of its own) whose only
      // party is inside the "that" clause it reports is no statement to that
      // party; the clause's own verb codes what it says. (A pattern that
      // binds the party, "said that Pyongyang's promise was sincere", keeps
      // it.)
      if (choice.code.primary == "010" && choice.pattern == nullptr && target >= 0 &&
          ThatClauseBetween(tokens, m.span.end, mentions[target].span.begin)) {
        s.Note(fmt::format(
            "{}: a statement whose only party is in the clause it reports; no event", label));
        continue;
      }
      if (options_.require_dyad && (source < 0 || target < 0)) {
        s.Note(fmt::format("{}: {} ; no event (an event needs a source and a target)", label,
                           source < 0 ? "no source found" : "no target found"));
        continue;
      }
      // "Tehran and Damascus": one event per pair of coordinated actors.
      std::vector<int> sources{source}, targets{target};
      while (sources.back() >= 0 && mentions[sources.back()].coordinated_with >= 0)
        sources.push_back(mentions[sources.back()].coordinated_with);
      while (targets.back() >= 0 && mentions[targets.back()].coordinated_with >= 0)
        targets.push_back(mentions[targets.back()].coordinated_with);
      // "China and Russia agreed to build a pipeline from Siberia to China":
      // a mutual act whose target is one of its compound source acts on each
      // member.
      if (!reciprocal && sources.size() > 1 && targets.size() == 1 && target >= 0 &&
          IsMutualAct(act)) {
        for (int a : sources) reciprocal |= mentions[a].code == mentions[target].code;
        // "Sudan's army and the Rapid Support Forces clashed in Khartoum": a
        // place bound as the target of a mutual act of a compound source,
        // with no object of the verb before it, is where they act on each
        // other. ("US and Afghan forces raid houses in Kabul" have an object:
        // they act together.)
        reciprocal |= mentions[target].locative && m.span.end < tokens.size() &&
                      internal::IsPreposition(tokens[m.span.end]);
      }
      if (reciprocal) targets = sources;
      // "Yoon held talks with Kishida in Tokyo", "Iran negotiated with the
      // EU": talks with someone are held by both (tests/gold/README.md:
      // "held talks" is symmetric), so the partner named after "with" holds
      // them too. ("Trump met Kim" names who met whom: one way.) So is an
      // agreement signed with someone: "Pashinyan signed a Russian-brokered
      // agreement with Azerbaijan" (057 both ways), and a call ("Modi spoke
      // with Putin by telephone": 041 both ways).
      if (!nominal_reading && !reciprocal && target >= 0 && source >= 0 &&
          choice.code.reverse.empty() &&
          (choice.code.primary == "040" || choice.code.primary == "041" ||
           choice.code.primary == "046" || choice.code.primary == "057") &&
          mentions[target].span.begin > 0 &&
          internal::IsWord(tokens[mentions[target].span.begin - 1], "with"))
        choice.code.reverse = choice.code.primary;
      // A list of many parties on both sides ("delegates from ten countries
      // exchanged fire with ..."): no reading of who did what to whom is
      // safe; code nothing rather than every pair.
      // "Armenia and Azerbaijan said in a joint statement that they would
      // exchange prisoners": a statement's "they" is its own speakers, not
      // whom it is addressed to.
      if (!reciprocal && CameoRoot(choice.code.primary) == "01" && source >= 0 && target >= 0 &&
          mentions[source].coordinated_with >= 0 && mentions[target].span.size() == 1 &&
          (internal::IsWord(tokens[mentions[target].span.begin], "they") ||
           internal::IsWord(tokens[mentions[target].span.begin], "them"))) {
        s.Note(fmt::format("{}: its 'they' is its own speakers; no event", label));
        continue;
      }
      constexpr size_t kMaxPairs = 16;
      if (sources.size() * targets.size() > kMaxPairs) {
        s.Note(fmt::format("{}: {} sources and {} targets, too many pairs to code; no event", label,
                           sources.size(), targets.size()));
        continue;
      }
      std::string rule = fmt::format("{}; {}; {}", label, why_source, why_target);
      for (int a : sources) {
        for (int b : targets) {
          // Without require_dyad one side may be missing (-1).
          // An implicit target (span empty) is the source's own country by
          // design; only a party named twice is no dyad.
          if (a == b || (a >= 0 && b >= 0 && !mentions[b].span.empty() &&
                         OneParty(mentions[a].code, mentions[b].code, options_.state_actors)))
            continue;
          // [A:B]: A for source->target and B for target->source; [:B] only B.
          if (!choice.code.primary.empty())
            candidates.push_back({a, b, choice.code.primary, m.span, rule});
          if (!choice.code.reverse.empty())
            candidates.push_back({b, a, choice.code.reverse, m.span, rule + " (reverse code)"});
        }
      }
    }

    // Assemble events; one per (source, target, code) in a sentence.
    static const Mention kNoActor;
    for (Candidate c : candidates) {  // a copy: assembly may refine the code
      const Mention& src = c.source >= 0 ? mentions[c.source] : kNoActor;
      const Mention& tgt = c.target >= 0 ? mentions[c.target] : kNoActor;
      // A mention whose code a later reading cleared (a weapon read as the
      // instrument) is no party: with require_dyad, no event.
      if (options_.require_dyad && (src.code.empty() || tgt.code.empty())) {
        s.Note(fmt::format("{}: a party with no code; no event", c.rule));
        continue;
      }
      ClauseWindow window = internal::ClauseAround(tokens, c.trigger.begin);
      // "rallied in Belgrade against the government": the place may follow
      // the trigger before the target, or follow the target.
      const Gazetteer* gazetteer = resources_.gazetteer.get();
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
      // "Protesters forced their way into Kenya's parliament in Nairobi ...,
      // and police opened fire on the crowds": a role with no country acts
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
      // "Two journalists were sentenced by a court in Yangon ..., and the
      // United Nations, the European Union and the United States urged the
      // authorities to free them": a state institution with no country
      // (authorities, government, courts, police) as the target of an
      // international organisation, which has no country to lend it, is of
      // the place named earlier in the sentence.
      if (!role_place && gazetteer != nullptr && tgt.unplaced && !src.unplaced &&
          !src.span.empty() && (src.code.starts_with("IGO") || src.code.starts_with("NGO")) &&
          (tgt.code.ends_with("GOV") || tgt.code.ends_with("JUD") || tgt.code.ends_with("COP")))
        role_place = FirstPlaceBetween(s, *gazetteer, 0, c.trigger.begin);
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
        if (b < window.begin || b >= window.end || !definite) return;
        const internal::Mention* antecedent = nullptr;
        for (const internal::Mention& x : s.mentions)
          if (x.span.end <= b && !x.unplaced && !x.locative && x.code.size() == 6 &&
              !x.code.starts_with(internal::kUnplacedCountry) &&
              x.code.compare(3, 3, *code, 3, 3) == 0)
            antecedent = &x;
        if (antecedent == nullptr || (antecedent->span.begin == other.span.begin &&
                                      antecedent->span.end == other.span.end))
          return;
        code->replace(0, 3, antecedent->code, 0, 3);
      };
      if (!role_place) {
        refer_back(src, tgt, &src_code);
        refer_back(tgt, src, &tgt_code);
      }
      if (!CompleteUnplacedRole(&src_code, src.unplaced_needs_place, tgt_code, role_place,
                                resources_.gazetteer.get()) ||
          !CompleteUnplacedRole(&tgt_code, tgt.unplaced_needs_place, src.code, role_place,
                                resources_.gazetteer.get())) {
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
      // "Protesters in Yangon were fired on by police", "Turkish soldiers
      // fired on crowds on a Bosphorus bridge": a state's police or armed
      // forces using force on its own protesters is violent repression
      // (175), not military force (190). (Not on its people at large: "the
      // bombings also killed two Iraqi policemen and injured scores of other
      // Iraqis" is no act of the police.)
      if (c.code == "190" && src_code.size() == 6 && tgt_code.size() >= 3 &&
          tgt_code.compare(0, 3, src_code, 0, 3) == 0) {
        std::string_view by = std::string_view(src_code).substr(3);
        std::string_view on = std::string_view(tgt_code).substr(3);
        if ((by == "COP" || by == "MIL") && on == "OPP") {
          c.code = "175";
          c.rule += " -> 175 (a state's forces on its own protesters or people)";
        }
      }
      // "Thousands of supporters of Niger's junta attacked the French embassy
      // in Niamey", "Protesters in Santiago torched metro stations": force
      // used by protesters or a political crowd (OPP), or the property they
      // seize or destroy, is a violent protest, a riot (145), not military
      // force. (Killings keep their code.)
      if (src_code.size() == 6 && src_code.ends_with("OPP") &&
          (CameoRoot(c.code) == "19" || c.code.starts_with("171"))) {
        c.rule += fmt::format(" -> 145 ({} by protesters: a riot)", c.code);
        c.code = "145";
      }
      if (c.source >= 0 && c.target >= 0 && !tgt.span.empty() &&
          OneParty(src_code, tgt_code, options_.state_actors)) {
        s.Note(fmt::format("'{}': {} and {} are one party; no event", s.Text(c.trigger), src_code,
                           tgt_code));
        continue;
      }
      // One event per (source, target, code) in a sentence. "Rouhani
      // reaffirmed Iran's commitment ...": the verb (IRNGOV) and the noun
      // (IRN) report one act; the more specific actor codes are kept.
      bool duplicate = false;
      for (Event& e : events) {
        if (e.sentence_index != sentence.index || e.cameo_code != c.code ||
            !SameActor(e.source.code, src_code) || !SameActor(e.target.code, tgt_code))
          continue;
        duplicate = true;
        if (src_code.size() + tgt_code.size() > e.source.code.size() + e.target.code.size()) {
          e.source.code = src_code;
          e.target.code = tgt_code;
        }
      }
      if (duplicate) continue;
      const CameoCode* info = resources_.codebook->Find(c.code);
      if (info == nullptr) {
        s.Note(fmt::format("code {} is not in the CAMEO codebook; event dropped", c.code));
        continue;
      }
      Event e;
      e.document_id = doc.document->id;
      e.sentence_index = sentence.index;
      e.id = fmt::format("{}:{}:{}", e.document_id, sentence.index, events.size());
      e.date = doc.document->date;
      auto fill = [&](const Mention& m, Actor* a) {
        if (m.code.empty()) return;
        a->code = m.code;
        a->matched_text = s.Text(m.span);
        a->bytes = s.Bytes(m.span);
        a->tokens = m.span;
        a->how = m.how;
        a->name = !m.display_name.empty() ? m.display_name : a->matched_text;
      };
      fill(src, &e.source);
      fill(tgt, &e.target);
      // A completed role ("---REB" -> "MOZREB") replaces the mention's code,
      // whether or not the mention was marked unplaced; no "---" leaves.
      if (src.unplaced || src_code != src.code) e.source.code = src_code;
      if (tgt.unplaced || tgt_code != tgt.code) e.target.code = tgt_code;
      e.source.how += src_how;
      e.target.how += tgt_how;
      if (options_.mode == CodingMode::kKhaldun && options_.state_actors) {
        PromoteStateActor(src, tokens, matches, resources_.gazetteer.get(), c.code, &e.source);
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
                         !tgt.possessive && !NamesACapital(tgt, tokens, resources_.gazetteer.get());
        // "Honduras established diplomatic relations with China": relations
        // are with a state's government (054 CHNGOV), where recognising a
        // new state names the country ("recognised Kosovo as an independent
        // state": KSV).
        const bool relations_with = c.code.starts_with("054") && !tgt.span.empty() &&
                                    tgt.span.begin > 0 &&
                                    internal::IsWord(tokens[tgt.span.begin - 1], "with");
        if ((!TargetIsAPlace(c.code) || DemonymBeforeEventNoun(tgt, tokens, matches) ||
             relations_with) &&
            !aid && !own_population)
          PromoteStateActor(tgt, tokens, matches, resources_.gazetteer.get(),
                            IsDemandOrAppeal(c.code) ? c.code : std::string(), &e.target);
      }
      // "India sent additional troops to the Ladakh border after the deadly
      // clash with Chinese soldiers", "Armenia declared a general
      // mobilisation after Azerbaijani forces launched an offensive": forces
      // mobilised or moved (154) against another state's forces are aimed at
      // that state (CHN, AZE), as the gold sets code every such event.
      // (Forces named before the verb are those moved: "Iraqi troops were
      // deployed by Iran" keeps IRQMIL.)
      if (c.code.starts_with("154") && e.target.code.size() == 6 && e.target.code.ends_with("MIL") &&
          !e.source.code.starts_with(e.target.code.substr(0, 3)) &&
          e.target.tokens.begin >= c.trigger.end) {
        e.target.code.resize(3);
        if (const Place* country = resources_.gazetteer ? resources_.gazetteer->Country(e.target.code)
                                                        : nullptr)
          e.target.name = country->name;
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
      if (options_.state_actors && !e.source.code.empty() && !implicit_target &&
          !people_against_state && (e.source.code.size() == 3) != (e.target.code.size() == 3) &&
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
      internal::SetEventCode(*info, c.code, &e);
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
      s.Note(fmt::format("EVENT {} {} {}{} ({})", e.source.code, e.cameo_code, e.target.code,
                         e.location ? " @" + e.location->name : "", info->name));
      events.push_back(std::move(e));
    }
    // "Saudi Arabia and Iran agreed to restore relations in a deal brokered
    // by China", "agreed to a ceasefire after talks mediated by China in
    // Kunming": the party named after "brokered by" or "mediated by"
    // mediates (045) between the parties of the sentence's agreement or
    // talks.
    if (options_.require_dyad) {
      MediatorEvents(s, sentence.index, *resources_.codebook, options_.state_actors, &events);
      // "The Sudanese army agreed to a week-long truce under a deal mediated
      // by Saudi Arabia": the mediator mediates (045); it is not the
      // party the agreement is made with. The act the mediation was read
      // from names no other party.
      std::erase_if(events, [&](const Event& e) {
        if (e.sentence_index != sentence.index || e.cameo_code.starts_with("045")) return false;
        for (size_t x = 0; x < s.mentions.size(); ++x)
          if (s.mentions[x].span == e.target.tokens &&
              MediatorAgent(s.tokens, s.mentions, static_cast<int>(x))) {
            s.Note(fmt::format("{} {} {}: the target is the mediator, not a party; dropped",
                               e.source.code, e.cameo_code, e.target.code));
            return true;
          }
        return false;
      });
    }
  }
  if (options_.require_dyad) {
    HostNamesTheVisit(&events);
    AWelcomeReportsTheVisit(*resources_.codebook, &events);
  }
  ASentenceFollowsItsVerdict(&events);
  // "Wales coach Mike Ruddock has made two changes from the team that beat
  // Italy 38-8 for Saturday's trip to France": in a sports report countries
  // are teams (coder/sports.h); nothing in it is coded. Looked at only when
  // there is something to drop.
  if (!events.empty() && internal::IsSportsReport(doc)) {
    events.clear();
    if (trace)
      trace->sentences.push_back(
          {0, "", "", {"a sports report (words of sport and match scores): countries are teams; "
                       "no events"}});
  }
  return events;
}

}  // namespace khaldun
