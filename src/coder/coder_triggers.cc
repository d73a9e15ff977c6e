// Triggers and the words around them: longer triggers, event nouns and
// their objects, verb tags corrected by the dictionary, actors promoted or
// added from hyphenated words.
// (Helpers of Coder::Code's stages, declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  if (m.role != nullptr || m.private_person) return;
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
  // A person's name coded with the bare country names a person who holds no
  // office (tests/gold/README.md), not the state: "Polish officials praised
  // the comedian Jan Nowak" before Nowak ever took office stays POL.
  if (m.person && m.dated_entry && !country_name && !m.possessive) return;
  // "Iranian police detained the Briton Ann Carter", "Caracas freed the
  // Canadians Tom Reed and Sam Hill": a person the dictionaries do not
  // know, named after a demonym, is a private person of that country, as
  // "four Americans" are, not its state.
  // (Only a first name and a surname: "a Turkish F-16", "Russian S-400
  // systems" are weapons, "the Palestinian Authority", "the British Olympic
  // Association" institutions.)
  static constexpr std::string_view kInstitutionHeads[] = {
      "Authority", "Association", "Group",   "Council",  "Party",    "Front",   "Movement",
      "Union",     "Committee",   "Agency",  "Company",  "Bank",     "Airways", "Airlines",
      "Open",      "Army",        "Force",   "Forces",   "Exchange", "League",  "Federation",
      "Institute", "University",  "Ministry", "Office",  "Court",    "Assembly", "Congress",
      "Commission", "Corporation", "Navy",   "Guard",    "Service",  "Police"};
  if (m.person && !m.dated_entry && named == nullptr && !m.possessive &&
      m.span.end - name_at >= 3 && tokens[name_at].Has(kTokenCapitalized) &&
      std::find(std::begin(kInstitutionHeads), std::end(kInstitutionHeads),
                tokens[m.span.end - 1].text) == std::end(kInstitutionHeads)) {
    bool name_of_words = true;
    for (uint32_t k = name_at + 1; k < m.span.end; ++k)
      name_of_words &= tokens[k].Has(kTokenCapitalized) && tokens[k].Has(kTokenWord) &&
                       std::none_of(tokens[k].text.begin(), tokens[k].text.end(),
                                    [](char c) { return c >= '0' && c <= '9'; });
    if (name_of_words) return;
  }
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
    // ("recognised Israeli sovereignty over the Golan Heights": only a
    // state holds sovereignty, so the demonym before it is the state.)
    // "Norway recognised a Palestinian state", "the Russian state would
    // respond": a demonym before "state" as the head of its phrase names
    // the state itself, which a government speaks for (the gold sets code
    // recognition of a state GOV, 59 of 67 events in 20 sets). Not before
    // another noun: "a Russian state company" is a company.
    const bool state_itself =
        (internal::IsWord(next, "state") || internal::IsWord(next, "statehood")) &&
        (m.span.end + 1 >= tokens.size() ||
         !(IsNounTag(tokens[m.span.end + 1].pos) || tokens[m.span.end + 1].pos == kPosJJ ||
           tokens[m.span.end + 1].Has(kTokenHyphenated)));
    if ((next.pos == kPosNN || next.pos == kPosNNS) && !next.Has(kTokenCapitalized) && !event_noun &&
        !internal::IsWord(next, "sovereignty") && !state_itself)
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
    // "the mayor was shot in the arm by an assailant": right after a form of
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
    // "Iran admitted that its military shot down the jet": a role the
    // tagger read as an adjective ("military" JJ) is a party all the same;
    // a phrasal verb right after it is the verb.
    const bool role_as_adjective =
        prev == kPosJJ && m.span.size() >= 2 && party_at(m.span.begin, /*ends=*/true);
    if (IsVerbTag(first.pos) || first.pos == kPosNone ||
        !(IsNounTag(prev) || prev == kPosPRP || object_pronoun_after || role_as_adjective))
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
  // "sent tents and medicines to flood-hit Pakistan", "relief for
  // war-torn Yemen": a hyphenated participle of damage before a name is an
  // adjective of the place; read as a verb it cuts the preposition off
  // from the place it names.
  static constexpr std::string_view kDamage[] = {"-hit",     "-stricken", "-ravaged",
                                                 "-torn",    "-affected", "-battered",
                                                 "-struck",  "-devastated", "-wracked"};
  for (size_t k = 0; k + 1 < tokens->size(); ++k) {
    Token& t = (*tokens)[k];
    if (!t.Has(kTokenHyphenated) || !(*tokens)[k + 1].Has(kTokenCapitalized)) continue;
    const std::string word = internal::LowerAscii(t.text);
    for (std::string_view ending : kDamage)
      if (word.size() > ending.size() + 1 && word.ends_with(ending)) t.pos = kPosJJ;
  }
}

// "the British-flagged tanker", "Armenian-held territory", "a US-backed
// government", "the Saudi-led coalition": a country named before a hyphen
// and a participle of control or origin inside one token is that country.
// The dictionary matches whole tokens, so the prefix is looked up alone and
// an actor match is added for the token. A lower-case "west bank of" (a
// river's bank) loses its actor match.
void AddHyphenatedActors(const Dictionary& dict, std::span<const Token> tokens,
                         MatchScratch& scratch, std::vector<PhraseMatch>* matches) {
  // Not "-made", "-built", "-based": "Russian-made rockets" names where
  // a thing comes from, not a party.
  static constexpr std::string_view kSuffixes[] = {
      "held",       "led",      "backed", "flagged",   "owned",
      "controlled", "occupied", "allied", "sponsored", "funded",
      "supported",  "brokered", "run",    "annexed",   "administered",
      // ("Egyptian-mediated", "Qatari-hosted talks": the mediator.)
      "mediated",   "hosted",   "chaired", "convened",  "facilitated"};
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
    // "a South Korean-led team", "an African Union-brokered truce": the
    // name may begin one or two words before the hyphenated token; the
    // longest name that ends at the hyphen wins.
    bool added = false;
    for (uint32_t before = std::min<uint32_t>(k, 2) + 1; before-- > 0 && !added;) {
      const uint32_t start = k - before;
      // (A shorter name inside the run gives way: "Saudi" in "Saudi
      // Arabian-led"; one that reaches outside it keeps its words.)
      bool taken = false;
      for (const PhraseMatch& m : *matches)
        taken |= before > 0 && m.span.begin < k + 1 && m.span.end > start &&
                 (m.span.begin < start || m.span.end > k + 1);
      if (taken) continue;
      std::vector<Token> words(tokens.begin() + start, tokens.begin() + k);
      words.push_back(prefix);
      if (before > 0 && !words.front().Has(kTokenCapitalized)) continue;
      found.clear();
      dict.FindCandidates(std::span<const Token>(words), scratch, &found);
      for (const PhraseMatch& f : found) {
        if (f.kind != PhraseMatch::Kind::kActor || f.span.begin != 0 || f.span.end != words.size())
          continue;
        if (before > 0)
          std::erase_if(*matches, [&](const PhraseMatch& m) {
            return m.kind == PhraseMatch::Kind::kActor && m.span.begin >= start &&
                   m.span.end <= k + 1;
          });
        PhraseMatch add{TokenSpan{start, k + 1}, PhraseMatch::Kind::kActor, f.id};
        auto at = std::find_if(matches->begin(), matches->end(), [&](const PhraseMatch& m) {
          return m.span.begin > start ||
                 (m.span.begin == start && m.kind > PhraseMatch::Kind::kActor);
        });
        matches->insert(at, add);
        added = true;
        break;
      }
    }
  }
  // "withdrew from the west bank of the Dnipro", "the east bank of the
  // river": a river's bank written in lower case and followed by "of" is
  // no territory named "West Bank" (PSE); the actor match is dropped.
  std::erase_if(*matches, [&](const PhraseMatch& m) {
    if (m.kind != PhraseMatch::Kind::kActor || m.span.size() != 2 || m.span.end >= tokens.size())
      return false;
    const Token& first = tokens[m.span.begin];
    return (internal::IsWord(first, "west") || internal::IsWord(first, "east")) &&
           !first.Has(kTokenCapitalized) && internal::IsWord(tokens[m.span.begin + 1], "bank") &&
           internal::IsWord(tokens[m.span.end], "of");
  });
}

// "Russian interference", "the Israeli raid": a bare country mention that is
// not possessive, right before an event noun.
bool DemonymBeforeEventNoun(const Mention& m, std::span<const Token> tokens,
                            std::span<const PhraseMatch> matches) {
  if (m.code.size() != 3 || m.possessive || m.span.empty() || m.span.end >= tokens.size())
    return false;
  return EventNounAt(matches, m.span.end);
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

}  // namespace khaldun::coder_internal
