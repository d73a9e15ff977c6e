#include "coder/mentions.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "coder/clause.h"
#include "coder/coreference.h"
#include "coder/justice_roles.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// Words that may stand inside an actor phrase without being dictionary words:
// "top Iranian commander", "the late Iranian commander", "former President".
constexpr std::array<std::string_view, 14> kModifiers = {
    "top",      "senior", "late",    "former",  "acting", "interim", "then",
    "outgoing", "new",    "retired", "veteran", "exiled", "ousted",  "incoming"};

// "the two men", "the two countries": nouns that refer back to a pair.
constexpr std::array<std::string_view, 16> kPairNouns = {
    "men",       "leaders",   "countries", "nations",    "sides",     "governments",
    "presidents", "ministers", "states",    "neighbours", "neighbors", "allies",
    "rivals",    "women",     "delegations", "parties"};

// Nouns the adjective "general" qualifies: "general election".
constexpr std::array<std::string_view, 10> kGeneralNouns = {
    "election", "elections", "strike",    "strikes", "assembly",
    "public",   "amnesty",   "secretary", "manager", "consensus"};

// "the decision", "the move": nouns for an act just reported.
constexpr std::array<std::string_view, 4> kActNouns = {"decision", "move", "recognition",
                                                       "announcement"};

// "the alliance", "the bloc": nouns that refer back to an international
// organisation named before.
constexpr std::array<std::string_view, 2> kOrganisationNouns = {"alliance", "bloc"};

// An international organisation other than the UN's bodies, which are never
// called an alliance or a bloc.
bool IsOrganisationCode(std::string_view code) {
  return code.starts_with("IGO") && !code.starts_with("IGOUNO");
}

// The sectors of armed groups that are no state's forces: rebels (REB),
// insurgents (INS), militants and militias (UAF), separatists (SEP).
bool IsArmedGroupCode(std::string_view code) {
  if (code.size() < 6 || code.starts_with("IGO") || code.starts_with("NGO")) return false;
  const std::string_view sector = code.substr(3, 3);
  return sector == "REB" || sector == "INS" || sector == "UAF" || sector == "SEP";
}

// Capitalised last words that make a name a place: "the South China Sea".
// Words naming a kind of settlement or area before "of" and its name ("the
// city of Axum", "the town of Baga", "the province of Idlib"), and their
// plurals before the first of several names ("the towns of Kidal and Gao",
// "in the villages of Solhan and Tadaryat"). ("states" is left out: "the
// United States of America" names no settlement.)
constexpr std::array<std::string_view, 13> kSettlementWords = {
    "city",      "town",   "village",   "region",    "province", "district",  "state",
    "capital",   "cities", "towns",     "villages",  "provinces", "districts"};

constexpr std::array<std::string_view, 7> kAreaNouns = {"area",      "areas",   "region", "regions",
                                                       "districts", "suburbs", "outskirts"};

constexpr std::array<std::string_view, 17> kGeographicFeatures = {
    "sea",     "ocean",     "gulf",   "strait", "straits", "river", "peninsula", "bay",  "island",
    "islands", "mountains", "valley", "desert", "canal",   "lake",  "coast",     "mount"};

// Capitalised words that are not names: sentence-initial function words, days
// and months ("In a Tuesday meeting" holds no name).
// ("Of the 40 people killed, ...", "Although China objected, ...": a
// capitalised function word opening a sentence names no one.)
constexpr std::array<std::string_view, 72> kNotNames = {
    "the",       "a",        "an",     "in",        "on",       "at",       "for",       "with",
    "but",       "and",      "or",     "it",        "he",       "she",      "they",      "we",
    "i",         "you",      "this",   "that",      "these",    "those",    "his",       "her",
    "their",     "its",      "our",    "after",     "before",   "during",   "meanwhile", "however",
    "while",     "as",       "if",     "when",      "monday",   "tuesday",  "wednesday", "thursday",
    "friday",    "saturday", "sunday", "january",   "february", "march",    "april",     "may",
    "june",      "july",     "august", "september", "october",  "november", "december",  "today",
    "yesterday", "tomorrow", "of",     "although",  "though",   "since",    "despite",   "amid",
    "because",   "until",    "under",  "from",      "by",       "about",    "nor",       "yet"};

// Sentence-initial quantities are no names either: "Seven opposition
// parties in Nepal organized ...", "Thousands of protesters ...".
// How a role listed after a possessive country got its code (FindMentions):
// the next role of the list looks for it on the role before.
constexpr std::string_view kOwnedListHow = ": a role listed after a possessive country";

constexpr std::array<std::string_view, 30> kQuantityWords = {
    "two",      "three",  "four",    "five",   "six",    "seven",    "eight",     "nine",
    "ten",      "eleven", "twelve",  "twenty", "dozens", "hundreds", "thousands", "tens",
    "millions", "some",   "several", "many",   "most",   "few",      "both",      "all",
    "scores",   "up",     "about",   "nearly", "around", "more"};

// Heads that name a collective, not one person: "the Syrian government".
constexpr std::array<std::string_view, 16> kCollectiveHeads = {
    "government", "military", "army",           "forces", "troops", "police",  "ministry",
    "parliament", "regime",   "administration", "people", "nation", "cabinet", "authorities",
    "officials",  "navy"};

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

// kNotNames grouped by length, so that a capitalised token (tested for
// nearly every token of every sentence) is compared with a handful of words
// of its own length, not all 72.
bool IsNotAName(const Token& t) {
  static const auto* const by_length = [] {
    auto* table = new std::array<std::vector<std::string_view>, 16>();
    for (std::string_view w : kNotNames) (*table)[w.size()].push_back(w);
    return table;
  }();
  if (t.text.size() >= by_length->size()) return false;
  return InWords((*by_length)[t.text.size()], t);
}

bool IsNameToken(const Token& t) {
  return t.Has(kTokenWord) && t.Has(kTokenCapitalized) && !IsNotAName(t) &&
         !(t.Has(kTokenSentenceStart) && InWords(kQuantityWords, t));
}

// Roles of people who speak or negotiate for a body: "envoys of Sudan's
// army" are the army's, "a spokesman of the ruling party" the party's.
bool SpeaksFor(const AgentEntry& role) {
  static constexpr std::array<std::string_view, 8> kSpeakers = {
      "ENVOY", "SPECIAL_ENVOY", "REPRESENTATIVE", "DELEGATE", "DELEGATION", "NEGOTIATOR",
      "EMISSARY", "SPOKES"};
  for (std::string_view who : kSpeakers)
    if (role.name == who || (who == "SPOKES" && role.name.starts_with(who))) return true;
  return false;
}

// A state ("KOR"), an international organisation ("IGOUNO", "NGO") or a
// state institution ("USAGOV", "RUSMIL", "GBRLEG").
bool IsInstitutionCode(std::string_view code) {
  if (code.size() == 3 || code.starts_with("IGO") || code.starts_with("NGO")) return true;
  static constexpr std::array<std::string_view, 7> kStateSectors = {"GOV", "LEG", "MIL", "JUD",
                                                                    "COP", "SPY", "PKO"};
  if (code.size() < 6) return false;
  for (std::string_view sector : kStateSectors)
    if (code.substr(3, 3) == sector) return true;
  return false;
}

// The mention of a pronoun at token `at` that refers to `antecedent`: the
// antecedent's codes on the pronoun's own one-token span, coordinated with
// nothing ("Erdogan met Putin. He said ...": "He" = Erdogan).
Mention PronounReferringTo(const Mention& antecedent, size_t at, std::string how) {
  Mention pronoun = antecedent;
  pronoun.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1)};
  pronoun.how = std::move(how);
  pronoun.coordinated_with = -1;
  return pronoun;
}

// "he", "she" and the object "him" ("Putin welcomed him"); "her" is left
// out because it is as often a possessive ("her government").
bool IsPronounForPerson(const Token& t) {
  return IsWord(t, "he") || IsWord(t, "she") || IsWord(t, "him");
}

// A mention of the pronoun at `at` that stands for the person named last in
// the sentences before ("Rouhani arrived in Damascus. He met ...").
Mention RememberedPerson(std::span<const Token> tokens, size_t at,
                         const CoreferenceMemory& memory) {
  Mention pronoun;
  pronoun.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1)};
  pronoun.code = memory.last_person_code();
  pronoun.how = fmt::format("coreference: {} = {}", tokens[at].text, memory.last_person_label());
  pronoun.person = true;
  pronoun.display_name = memory.last_person_label();
  return pronoun;
}

// "a High Court decision that it was not unlawful for police to ...", "it
// is unclear whether ...": "it" before a form of "be", an optional "not" or
// adverb and an adjective that a "to", "that", "for", "whether" or "if"
// clause follows stands for that clause; it refers to no one.
bool IsExpletiveIt(std::span<const Token> tokens, size_t i) {
  static constexpr std::array<std::string_view, 6> kBe = {"is", "was", "'s", "be", "been", "seems"};
  static constexpr std::array<std::string_view, 5> kClause = {"to", "that", "for", "whether", "if"};
  size_t k = i + 1;
  if (k < tokens.size() && (IsWord(tokens[k], "would") || IsWord(tokens[k], "will") ||
                            IsWord(tokens[k], "has") || IsWord(tokens[k], "had")))
    ++k;
  if (k >= tokens.size() || !InWords(kBe, tokens[k])) return false;
  ++k;
  if (k < tokens.size() && IsWord(tokens[k], "been")) ++k;
  for (int skipped = 0; k < tokens.size() && skipped < 2 &&
                        (IsWord(tokens[k], "not") || tokens[k].pos == kPosRB);
       ++skipped)
    ++k;
  if (k + 1 >= tokens.size() || tokens[k].pos != kPosJJ) return false;
  return InWords(kClause, tokens[k + 1]);
}

// "Parliament passed the bill, but the governor vetoed it", "the minister
// branded it a disgrace", "the unions will not accept it": an "it" right
// after a verb or a preposition with no predicate of its own after it is an
// object, and an object "it" in news almost always stands for a thing (a
// bill, a plan, a decision), not for the state or body named before it. It
// refers to no one. ("urged it to withdraw", "accused it of spying": an
// "it" before "to" or "of" keeps its usual reading.) Needs POS tags.
bool IsObjectIt(std::span<const Token> tokens, size_t i) {
  if (i == 0 || i + 1 >= tokens.size()) return false;
  const Token& before = tokens[i - 1];
  if (!((IsVerbTag(before.pos) && before.pos != kPosMD) || before.pos == kPosIN ||
        before.pos == kPosTO))
    return false;
  const Token& next = tokens[i + 1];
  if (next.pos == kPosNone || IsVerbTag(next.pos) || IsWord(next, "to") || IsWord(next, "of"))
    return false;
  // ("it now says", "it also threatened": an adverb before its verb.)
  if ((next.pos == kPosRB || IsWord(next, "not")) && i + 2 < tokens.size() &&
      IsVerbTag(tokens[i + 2].pos))
    return false;
  return true;
}

// "its neighbour", "its arch-rival": a state named by its relation to the
// subject's state.
constexpr std::array<std::string_view, 12> kCounterpartNouns = {
    "neighbour", "neighbor",  "rival",     "arch-rival", "archrival", "foe",
    "arch-foe",  "adversary", "nemesis",   "archenemy",  "arch-enemy", "enemy"};

// A group named by a plural role, not a person or a state: "Boko Haram
// fighters", "protesters", "police", "Kyrgyz border guards". Such a group
// is what a later "they" or "them" most often stands for ("Boko Haram
// fighters seized Baga. They went on to massacre hundreds of civilians";
// "Thousands of protesters marched in Algiers. Police fired tear gas to
// disperse them").
bool IsPluralGroup(const Mention& m, std::span<const Token> tokens) {
  if (m.code.empty() || m.possessive || m.locative || (m.role == nullptr && m.agent == nullptr) || m.span.empty() ||
      m.span.end > tokens.size())
    return false;
  // The role word ends the phrase; a capitalised last word is a name
  // ("President Mahmoud Abbas"), unless it opens the sentence ("Police").
  const Token& head = tokens[m.span.end - 1];
  if (head.Has(kTokenCapitalized) && m.span.end > 1) return false;
  if (IsWord(head, "police") || IsWord(head, "people")) return true;
  // "They" standing for such a group keeps it salient for the next sentence.
  if (IsWord(head, "they") || IsWord(head, "them")) return true;
  const std::string_view w = head.text;
  return w.size() > 3 && (w.back() == 's' || w.back() == 'S') && w[w.size() - 2] != 's' &&
         w[w.size() - 2] != '\'';
}

// The plural group that opens the sentence as its subject ("Hundreds of
// farmers blocked roads into Brussels, and riot police used water cannon to
// push them back"), when the clause of `at` has a subject of its own: a
// mention of another party right after a word that opens a clause (", and",
// ", but", "before", "after", "as", "when", "until") between the two, and
// no other group in between. Null otherwise.
const Mention* OpeningGroupBeforeClause(std::span<const Token> tokens,
                                        std::span<const Mention> mentions, size_t at) {
  if (mentions.size() < 2) return nullptr;
  const Mention& opener = mentions[0];
  if (!IsPluralGroup(opener, tokens) || opener.span.end >= at) return nullptr;
  // The opener is the sentence's subject: no verb before it.
  for (uint32_t k = 0; k < opener.span.begin; ++k)
    if (IsVerbTag(tokens[k].pos)) return nullptr;
  static constexpr std::array<std::string_view, 7> kOpeners = {
      "and", "but", "before", "after", "as", "when", "until"};
  const Mention* subject = nullptr;
  int groups = 0;  // other groups between the two
  for (size_t m = 1; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    if (x.span.empty() || x.span.end > at) continue;
    if (x.locative || x.possessive || x.code.empty()) continue;
    // The clause word, past up to two modifiers ("and riot police", "before
    // Tunisian police"); "and" only after a comma.
    uint32_t b = x.span.begin;
    for (int skipped = 0; b > 0 && skipped < 2 && (IsDeterminer(tokens[b - 1]) ||
                                                   tokens[b - 1].pos == kPosJJ);
         ++skipped)
      --b;
    const bool opens = b > 1 && InWords(kOpeners, tokens[b - 1]) &&
                       (!(IsWord(tokens[b - 1], "and") || IsWord(tokens[b - 1], "but")) ||
                        tokens[b - 2].text == ",");
    // (The clause of "them" is the last one opened.)
    if (opens && x.code != opener.code) subject = &x;
    if (IsPluralGroup(x, tokens)) ++groups;
  }
  if (subject == nullptr || groups > (IsPluralGroup(*subject, tokens) ? 1 : 0)) return nullptr;
  return &opener;
}

// "Hassan Rouhani", "Imad Khamis": a dictionary phrase of two or more
// capitalised words names a person (or an organisation by its proper name);
// its last word can later stand for it alone.
bool IsPersonName(std::span<const Token> tokens, TokenSpan span) {
  // "Osama bin Laden", "Ursula von der Leyen": lower-case particles may stand
  // inside a name, never at its ends.
  static constexpr std::array<std::string_view, 12> kParticles = {
      "bin", "bint", "ibn", "al", "el", "de", "da", "dos", "van", "von", "der", "la"};
  if (span.size() < 2) return false;
  for (uint32_t k = span.begin; k < span.end; ++k) {
    const bool inner = k > span.begin && k + 1 < span.end;
    if (!IsNameToken(tokens[k]) && !(inner && InWords(kParticles, tokens[k]))) return false;
  }
  return true;
}

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

// "Turkish-backed rebels", "Iranian-aligned forces", "US-allied
// militias": a hyphenated word that ends in a participle of sponsorship
// names who backs an actor, not whose it is. ("Saudi-led", "Russian-held"
// name the leader or holder, whose the actor is: "the Saudi-led coalition"
// is SAUMIL.)
bool IsSponsorWord(const Token& t) {
  static constexpr std::array<std::string_view, 6> kSponsorship = {
      "backed", "aligned", "allied", "sponsored", "funded", "supported"};
  if (!t.Has(kTokenHyphenated)) return false;
  const size_t dash = t.text.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  Token suffix = t;
  suffix.text = t.text.substr(dash + 1);
  return InWords(kSponsorship, suffix);
}

// What "the rebels" or "the alliance" refers back to: the last party before
// token `before` in this sentence that `fits`, else the last of the parties
// named in the sentences before that does; "" when there is none.
std::string DefiniteAntecedent(std::span<const Mention> mentions, uint32_t before,
                               const CoreferenceMemory& memory, bool (*fits)(std::string_view)) {
  for (size_t m = mentions.size(); m-- > 0;)
    if (mentions[m].span.end <= before && !mentions[m].locative && !mentions[m].unplaced &&
        fits(mentions[m].code))
      return mentions[m].code;
  const std::vector<std::string>& recent = memory.recent_parties();
  for (size_t k = recent.size(); k-- > 0;)
    if (fits(recent[k])) return recent[k];
  return {};
}

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

}  // namespace

namespace {

// The codes of the last list of parties among `mentions`, joined by commas
// and "and" ("Poland, Hungary and Slovakia"): of exactly `count` members,
// or, when `count` is 0, of two or more joined by an "and". Empty if none.
std::vector<std::string> LastListCodes(std::span<const Token> tokens,
                                       std::span<const Mention> mentions, size_t count) {
  auto usable = [&](const Mention& x) {
    return !x.code.empty() && !x.locative && !x.possessive && !x.unplaced;
  };
  auto joined = [&](const Mention& a, const Mention& b, bool* has_and) {
    if (b.span.begin <= a.span.end || b.span.begin - a.span.end > 2) return false;
    for (uint32_t k = a.span.end; k < b.span.begin; ++k) {
      if (IsWord(tokens[k], "and")) *has_and = true;
      else if (tokens[k].text != ",") return false;
    }
    return true;
  };
  std::vector<std::string> codes;
  for (size_t e = mentions.size(); e-- > 0;) {
    if (!usable(mentions[e])) continue;
    size_t b = e;
    bool has_and = false;
    while (b > 0 && usable(mentions[b - 1]) && joined(mentions[b - 1], mentions[b], &has_and)) --b;
    const size_t size = e - b + 1;
    if (count > 0 ? size == count : (size >= 2 && has_and)) {
      for (size_t k = b; k <= e; ++k) codes.push_back(mentions[k].code);
      return codes;
    }
    e = b;
  }
  return codes;
}

}  // namespace

std::string SpanText(std::span<const Token> tokens, TokenSpan span) {
  std::string out;
  for (uint32_t k = span.begin; k < span.end && k < tokens.size(); ++k) {
    if (!out.empty() && !tokens[k].Has(kTokenPossessive)) out.push_back(' ');
    out.append(tokens[k].text);
  }
  return out;
}

void CoreferenceMemory::NoteParty(const std::string& code) {
  std::erase(recent_, code);
  recent_.push_back(code);
  if (recent_.size() > kRecentParties) recent_.erase(recent_.begin());
}

void CoreferenceMemory::RememberPerson(const std::string& full_name, const std::string& code) {
  if (full_name.empty() || code.empty()) return;
  std::string key = LowerAscii(full_name);
  code_by_name_[key] = code;
  full_name_[key] = full_name;
  // "Hassan Rouhani" is later "Rouhani".
  size_t space = key.rfind(' ');
  if (space != std::string::npos) {
    std::string surname = key.substr(space + 1);
    code_by_name_[surname] = code;
    full_name_[surname] = full_name;
  }
}

void CoreferenceMemory::RememberUnknownPerson(std::string_view surname) {
  std::string key = LowerAscii(surname);
  if (!IsUnknownPerson(key)) unknown_people_.push_back(std::move(key));
}

bool CoreferenceMemory::IsUnknownPerson(std::string_view surname) const {
  const std::string key = LowerAscii(surname);
  return std::find(unknown_people_.begin(), unknown_people_.end(), key) != unknown_people_.end();
}

const std::string* CoreferenceMemory::Lookup(std::string_view name) const {
  auto it = code_by_name_.find(LowerAscii(name));
  return it == code_by_name_.end() ? nullptr : &it->second;
}

const std::string* CoreferenceMemory::FullNameOf(std::string_view name) const {
  auto it = full_name_.find(LowerAscii(name));
  return it == full_name_.end() ? nullptr : &it->second;
}

namespace {

// What the dictionary says about one token position.
struct Seeds {
  std::vector<int> actor_at;  // index into matches of the actor phrase starting here, or -1
  std::vector<int> agent_at;
  std::vector<uint8_t> verb_at;  // 1 where a verb phrase starts
};

// "Bush Urges Putin to Uphold Russian Democracy": most words capitalised, as
// in a headline.
bool TitleCase(std::span<const Token> tokens) {
  int words = 0, capitals = 0;
  for (const Token& t : tokens) {
    if (!t.Has(kTokenWord) || t.text.size() < 4) continue;
    ++words;
    capitals += t.Has(kTokenCapitalized);
  }
  return words >= 3 && capitals * 10 >= words * 8;
}

// "Russia told us ...": dictionaries list abbreviations such as US and UN,
// and matching is case-insensitive; a short one-word match must be written
// with capitals in the text to name an actor.
bool LowerCaseAbbreviation(std::span<const Token> tokens, const PhraseMatch& pm) {
  if (pm.span.size() != 1) return false;
  const Token& t = tokens[pm.span.begin];
  if (t.text.size() > 3) return false;
  for (char c : t.text)
    if (c >= 'A' && c <= 'Z') return false;
  return true;
}

// "Mr German said ...", "Dr Jordan": a name right after a courtesy title is
// a person's surname, not the country it spells.
bool AfterCourtesyTitle(std::span<const Token> tokens, const PhraseMatch& pm) {
  if (pm.span.begin == 0) return false;
  static constexpr std::array<std::string_view, 10> kTitles = {
      "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "lady"};
  return InWords(kTitles, tokens[pm.span.begin - 1]);
}

// "Iraq's trade minister, Mohammed Mustafa al-Jibouri, welcomed the move":
// a dictionary name of two or more capitalised words that the text goes on
// with one more name part ("al-Jibouri", "Salehi") is the start of another
// person's longer name, not the person the dictionary lists ("Mohammed
// Mustafa", a Palestinian prime minister). The name part is a capitalised
// word that no dictionary phrase starts on (not "Navy" in "United States
// Navy", not "Monday"), or an Arabic family particle with a hyphen ("al-",
// "el-", "bin", "ibn"). Not in headlines, where every word is capitalised.
// Only a person the dictionary dates (an office-holder) counts, and only when
// the name part ends the name: "Arab League Secretary General Chadli Klibi",
// "Metropolitan Police Commissioner Sir John Stevens" go on with a title.
bool ContinuesAsLongerName(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                           const PhraseMatch& pm, const Dictionary& dict, bool title_case) {
  if (title_case || pm.span.size() < 2 || pm.span.end >= tokens.size()) return false;
  if (dict.actor(pm.id).dated.empty()) return false;
  if (pm.span.end + 1 < tokens.size() && tokens[pm.span.end + 1].Has(kTokenCapitalized))
    return false;
  for (uint32_t k = pm.span.begin; k < pm.span.end; ++k)
    if (!tokens[k].Has(kTokenCapitalized) || !tokens[k].Has(kTokenWord)) return false;
  const Token& next = tokens[pm.span.end];
  if (!next.Has(kTokenWord)) return false;
  const std::string lower = LowerAscii(next.text);
  const bool particle = lower.starts_with("al-") || lower.starts_with("el-") ||
                        lower == "bin" || lower == "ibn" || lower == "ould";
  if (!particle) {
    if (!next.Has(kTokenCapitalized) || InWords(kNotNames, next) || next.text.size() < 3) return false;
    for (const PhraseMatch& o : matches)
      if (o.span.begin == pm.span.end) return false;
  }
  return true;
}

Seeds IndexSeeds(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                 const Dictionary& dict, bool title_case) {
  const size_t n = tokens.size();
  Seeds s{std::vector<int>(n, -1), std::vector<int>(n, -1), std::vector<uint8_t>(n, 0)};
  for (size_t m = 0; m < matches.size(); ++m) {
    const PhraseMatch& pm = matches[m];
    if (pm.span.begin < n && pm.kind == PhraseMatch::Kind::kVerb) s.verb_at[pm.span.begin] = 1;
    if (pm.span.begin >= n || LowerCaseAbbreviation(tokens, pm)) continue;
    if (pm.kind == PhraseMatch::Kind::kActor && AfterCourtesyTitle(tokens, pm)) continue;
    if (pm.kind == PhraseMatch::Kind::kActor &&
        ContinuesAsLongerName(tokens, matches, pm, dict, title_case))
      continue;
    if (pm.kind == PhraseMatch::Kind::kActor && s.actor_at[pm.span.begin] < 0) {
      s.actor_at[pm.span.begin] = static_cast<int>(m);
    } else if (pm.kind == PhraseMatch::Kind::kAgent && s.agent_at[pm.span.begin] < 0) {
      // "US military aid to Israel": an event noun that starts on the role
      // word and goes on past it ("military aid") is what the words name,
      // not a role ("US military").
      bool event_noun_longer = false;
      for (const PhraseMatch& o : matches)
        event_noun_longer |= o.kind == PhraseMatch::Kind::kNominal &&
                             o.span.begin == pm.span.begin && o.span.end > pm.span.end;
      if (event_noun_longer) continue;
      s.agent_at[pm.span.begin] = static_cast<int>(m);
    }
  }
  return s;
}

// Joins an actor code and an agent code the way CAMEO composes them:
// "Syrian" IRN... SYR + "government" ~GOV -> SYRGOV; an agent already in the
// code is not repeated ("US military forces" -> USAMIL, not USAMILMIL).
std::string Compose(const std::string& actor, const AgentEntry* agent) {
  if (!agent || agent->code.empty()) return actor;
  if (actor.find(agent->code) != std::string::npos) return actor;
  // "the Red Cross president", "an Amnesty researcher": a role of a
  // non-governmental organisation is the organisation (tests/gold/README.md:
  // NGO), as a role of an international one is.
  if (actor.starts_with("NGO") || actor.starts_with("IGO")) return actor;
  // "Lt. General Soleimani" after he left office: a role written in the
  // text replaces the entry's out-of-office ELI sector.
  if (actor.size() == 6 && actor.ends_with("ELI") &&
      agent->composition == AgentEntry::Composition::kSuffix)
    return actor.substr(0, 3) + agent->code;
  // "the separatist Free Aceh Movement", "the separatist Baloch Liberation
  // Army": an armed group (REB) the text calls separatist is coded as the
  // finer CAMEO sector for rebels who fight for secession, SEP.
  if (actor.size() == 6 && actor.ends_with("REB") && agent->code == "SEP" &&
      agent->composition == AgentEntry::Composition::kSuffix)
    return actor.substr(0, 3) + agent->code;
  // A code of more than a country already names its sector ("the Pentagon"
  // USAMIL); a further agent does not override it.
  if (actor.size() > 3) return actor;
  return agent->composition == AgentEntry::Composition::kSuffix ? actor + agent->code
                                                                : agent->code + actor;
}

}  // namespace

bool TakeCountryFrom(const Mention& from, Mention* role, std::string_view reason) {
  // "Russian and Iranian-backed forces", "Turkish-backed rebels, US-led
  // coalition forces": a role named with its backer is no part of the
  // other actors of its list.
  if (!role->unplaced || role->sponsored || from.unplaced || from.code.size() < 3 ||
      from.code.starts_with("IGO") || from.code.starts_with("NGO"))
    return false;
  role->code.replace(0, kUnplacedCountry.size(), from.code.substr(0, 3));
  role->unplaced = false;
  role->unplaced_needs_place = false;
  role->how += fmt::format(" + {} ({})", std::string_view(from.code).substr(0, 3), reason);
  return true;
}

bool IsCompassWord(const Token& t) {
  static constexpr std::array<std::string_view, 13> kCompass = {
      "north",        "south",        "east",        "west",    "northern",
      "southern",     "eastern",      "western",     "central", "northeastern",
      "northwestern", "southeastern", "southwestern"};
  return InWords(kCompass, t);
}

namespace {

// "ethnic Albanian rebels in Macedonia", "ethnic Armenian separatists in
// Nagorno-Karabakh": an ethnic group's armed side keeps its sector (REB,
// SEP) when it is settled as the people of the country it lives in; ""
// for any other group.
std::string ArmedSideSector(std::string_view code) {
  if (code.size() != 6) return std::string();
  const std::string_view sector = code.substr(3);
  return sector == "SEP" || sector == "REB" ? std::string(sector) : std::string();
}

}  // namespace

void SettleAsResidents(Mention* people, std::string_view country, std::string_view why) {
  people->how += fmt::format("; ethnic group {} (CAMEO codes a people by residence)", why);
  people->code = std::string(country.substr(0, 3)) + "CVL";
}

namespace {

// "Bosnian Serbs", "Syrian Kurds", "Turkish Cypriots": a country's adjective
// right before another people's plural name is that people living in the
// country, one mention of the country's civilians (CAMEO codes a people by
// residence). Merges the last two mentions when they are such a pair, as
// soon as the second is read, so that "their forces" after it is the
// country's.
void MergeResidentPeople(std::span<const Token> tokens, std::vector<Mention>* mentions) {
  if (mentions->size() < 2) return;
  Mention& where = (*mentions)[mentions->size() - 2];
  const Mention& people = mentions->back();
  if (where.span.end != people.span.begin || where.span.size() != 1 || people.span.size() != 1 ||
      where.code.size() != 3 || people.code.size() != 3 || where.code == people.code ||
      where.agent != nullptr || people.agent != nullptr || where.possessive || where.locative ||
      people.locative || !where.person_name.empty() || !people.person_name.empty())
    return;
  const Token& adjective = tokens[where.span.begin];
  const Token& plural = tokens[people.span.begin];
  if (adjective.text.ends_with("s") || !plural.text.ends_with("s") ||
      !plural.Has(kTokenCapitalized))
    return;
  where.how += fmt::format("; {} living there (CAMEO codes a people by residence)", plural.text);
  where.code += "CVL";
  where.span.end = people.span.end;
  where.possessive = people.possessive;
  where.ethnic = true;
  where.display_name = SpanText(tokens, where.span);
  mentions->pop_back();
}

}  // namespace

size_t SkipToPlaceName(std::span<const Token> tokens, size_t p) {
  const size_t n = tokens.size();
  if (p < n && IsDeterminer(tokens[p])) ++p;
  if (p < n && IsCompassWord(tokens[p])) ++p;
  if (p + 2 < n && InWords(kSettlementWords, tokens[p + 1]) && IsWord(tokens[p + 2], "of"))
    return p + 3;  // "the Tigrayan city of"
  if (p + 1 < n && InWords(kSettlementWords, tokens[p]) && IsWord(tokens[p + 1], "of"))
    return p + 2;  // "the city of"
  return p;
}

namespace {

// Courtesy titles that only stand before a person's name ("Ms Hutt").
constexpr std::array<std::string_view, 12> kPersonTitles = {
    "mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "lady", "dame"};

// Whether a role phrase of the dictionary ends right before token `b`
// ("Ambassador Yakovenko", "the government spokesman Prodomos Prodromou").
bool RoleEndsAt(std::span<const PhraseMatch> matches, size_t b) {
  for (const PhraseMatch& pm : matches)
    if (pm.kind == PhraseMatch::Kind::kAgent && pm.span.end == b) return true;
  return false;
}

// Whether the capitalised words [b, e), which no dictionary phrase names,
// name a person in a subject's place: "Labour leader Jeremy Corbyn has
// accused ...", "Ms Hutt said ...", "Begum, 19, has been told ...". A person
// is named by two or more words, or by one after a courtesy title or a role,
// or by a surname seen before as such a person's, or by one right before a
// verb of saying or an age ("Riedijk said", "Hall, 24,"). Not after a
// preposition or a determiner ("in New York", "the Kurds"), not a possessive
// ("Corbyn's"), not a place, and not the name of the role just before a
// comma ("Russia's ambassador to the UK, Alexander Yakovenko, said": the
// ambassador, whom the dictionaries know).
bool NamesUnknownPerson(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                        const std::vector<Mention>& mentions, const CoreferenceMemory& memory,
                        const Gazetteer* gazetteer, size_t b, size_t e) {
  const size_t n = tokens.size();
  if (b > 0 && (IsPreposition(tokens[b - 1]) || IsDeterminer(tokens[b - 1]))) return false;
  // ("the army chief of staff, Lieutenant General Ahmed Gaid Salah": the
  // title between the comma and the name is part of the apposition.)
  size_t lead = b;
  while (lead > 0 && (InWords(kPersonTitles, tokens[lead - 1]) || RoleEndsAt(matches, lead))) {
    size_t role_begin = lead - 1;
    for (const PhraseMatch& pm : matches)
      if (pm.kind == PhraseMatch::Kind::kAgent && pm.span.end == lead)
        role_begin = std::min<size_t>(role_begin, pm.span.begin);
    lead = role_begin;
  }
  if (lead >= 2 && tokens[lead - 1].text == ",") {
    for (const Mention& m : mentions)
      if (m.span.end + 1 == lead && !m.code.empty() && m.role != nullptr) return false;
  }
  if (e < n && tokens[e].Has(kTokenPossessive)) return false;
  if (e - 1 > b && tokens[e - 1].Has(kTokenPossessive)) return false;
  if (gazetteer != nullptr) {
    size_t length = 0;
    if (gazetteer->MatchAt(tokens, b, &length) != nullptr && b + length >= e) return false;
  }
  // A subject is followed by its verb or an apposition ("Ollie Hall, 24,
  // died"), not by the end of a phrase ("since Boxing Day.").
  size_t after = e;
  if (after < n && IsAuxiliaryOrAdverb(tokens[after]) && !IsFiniteVerbTag(tokens[after].pos))
    ++after;
  if (after >= n || !(tokens[after].text == "," || IsFiniteVerbTag(tokens[after].pos) ||
                       IsVerbTag(tokens[after].pos)))
    return false;
  static constexpr std::array<std::string_view, 4> kSaid = {"said", "says", "told", "added"};
  const bool titled = b > 0 && (InWords(kPersonTitles, tokens[b - 1]) || RoleEndsAt(matches, b));
  const bool aged = e + 2 < n && tokens[e].text == "," && tokens[e + 1].Has(kTokenNumber) &&
                    tokens[e + 2].text == ",";
  const bool speaking = e < n && InWords(kSaid, tokens[e]);
  return e - b >= 2 || titled || aged || speaking || memory.IsUnknownPerson(tokens[e - 1].text);
}

// The index of the mention covering token `k`, or -1.
int MentionAt(const std::vector<Mention>& mentions, size_t k) {
  for (size_t m = 0; m < mentions.size(); ++m)
    if (mentions[m].span.begin <= k && k < mentions[m].span.end) return static_cast<int>(m);
  return -1;
}

// The run of capitalised words from token `k` (before `end`) that no
// mention or dictionary phrase covers: its end, or `k` when there is none.
size_t UnnamedRunEnd(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                     const std::vector<Mention>& mentions, size_t k, size_t end) {
  size_t e = k;
  while (e < end && IsNameToken(tokens[e]) && !IsPronounForPerson(tokens[e]) &&
         MentionAt(mentions, e) < 0) {
    ++e;
    if (tokens[e - 1].Has(kTokenPossessive)) break;
  }
  for (const PhraseMatch& pm : matches)
    if ((pm.kind == PhraseMatch::Kind::kAgent ||
         (pm.kind == PhraseMatch::Kind::kActor && !AfterCourtesyTitle(tokens, pm))) &&
        pm.span.begin < e && k < pm.span.end)
      return k;
  return e;
}

// Whether a preposition governs the mention, past a determiner, a
// possessive and an adjective: "After talks with his Australian counterpart
// Penny Wong", "rallies against the party's leader Mahmoud Abbas".
bool InPrepositionalPhrase(std::span<const Token> tokens, const Mention& x) {
  size_t k = x.span.begin;
  for (int steps = 0; k > 0 && steps < 4; ++steps) {
    const Token& before = tokens[k - 1];
    if (IsPreposition(before)) return true;
    const bool owner_word = before.Has(kTokenPossessive) ||
                            (k < tokens.size() && tokens[k].Has(kTokenPossessive) &&
                             before.Has(kTokenWord));
    if (!IsDeterminer(before) && !IsPossessivePronoun(before) && before.pos != kPosJJ &&
        !owner_word)
      return false;
    --k;
  }
  return false;
}

// Whether the pronoun at `i` opens a clause whose subject is likely the
// subject of the clause before: after a verb of saying or thinking ("Trump
// said (that) he ...") or a subordinating word ("Xi arrived in Astana, and
// he and Nazarbayev held talks", "as he sought to reassure"). Not after a
// demand ("Salah demanded that he be removed"), where it is another person.
bool OpensClauseOfTheSubject(std::span<const Token> tokens, size_t i) {
  static constexpr std::array<std::string_view, 24> kSaying = {
      "said",      "says",     "told",      "added",    "stated",   "insisted",
      "argued",    "hoped",    "believes",  "believed", "thinks",   "thought",
      "announced", "vowed",    "promised",  "pledged",  "claimed",  "denied",
      "admitted",  "confirmed", "indicated", "revealed", "warned",  "recalled"};
  // ("the cleric whom he blamed for the coup": a relative clause's own
  // subject is the main clause's.)
  static constexpr std::array<std::string_view, 15> kJoiners = {
      "when",     "after", "as",   "while", "because", "before", "since", "although",
      "though", "where", "and",  "but",     "once",   "until",  "whom"};
  size_t k = i;
  if (k > 0 && IsWord(tokens[k - 1], "that")) --k;
  // "said on Wednesday he was opening an investigation"
  if (k >= 3 && IsWord(tokens[k - 2], "on") && tokens[k - 1].Has(kTokenCapitalized)) k -= 2;
  if (k == 0) return false;
  return InWords(kSaying, tokens[k - 1]) || (k == i && InWords(kJoiners, tokens[k - 1]));
}

// The first person in a subject's place before token `end` of the sentence:
// a mention (its index), a person the dictionaries do not know
// (kUnknownPerson, named in `unknown_name`), or none (kNoPerson). "Trump
// said he was pulling the troops out": he is Trump, the sentence's own
// subject, whoever the sentence before was about; "Begum married Riedijk
// after she arrived in Syria": she is Begum, whom no dictionary knows, so
// she codes nothing.
// A person named before by a surname alone after a title ("Mr Blair") is
// kNamedBefore, with the code in `known_code`.
constexpr int kNoPerson = -1, kUnknownPerson = -2, kNamedBefore = -3;
int FirstSubjectPerson(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                       const std::vector<Mention>& mentions, const CoreferenceMemory& memory,
                       const Gazetteer* gazetteer, size_t end, std::string* unknown_name,
                       std::string* known_code = nullptr) {
  size_t k = 0;
  while (k < end) {
    if (const int covering = MentionAt(mentions, k); covering >= 0) {
      const Mention& x = mentions[covering];
      const bool subject_place = !x.possessive && !x.locative && !InPrepositionalPhrase(tokens, x);
      if (x.person && !x.code.empty() && !x.unplaced && subject_place) return covering;
      k = std::max<size_t>(x.span.end, k + 1);
      continue;
    }
    // "He said Trump was wrong", its "He" left uncoded: the unknown person
    // stays the subject.
    if (IsWord(tokens[k], "he") || IsWord(tokens[k], "she")) {
      if (unknown_name != nullptr) *unknown_name = std::string(tokens[k].text);
      return kUnknownPerson;
    }
    const size_t e = UnnamedRunEnd(tokens, matches, mentions, k, end);
    if (e > k && NamesUnknownPerson(tokens, matches, mentions, memory, gazetteer, k, e)) {
      // "Mr Blair said he ...": a titled surname is no dictionary phrase,
      // but the article named the person in full before.
      if (const std::string* code = memory.Lookup(tokens[e - 1].text);
          code != nullptr && known_code != nullptr) {
        *known_code = *code;
        if (unknown_name != nullptr) *unknown_name = *memory.FullNameOf(tokens[e - 1].text);
        return kNamedBefore;
      }
      if (unknown_name != nullptr)
        *unknown_name = SpanText(tokens, {static_cast<uint32_t>(k), static_cast<uint32_t>(e)});
      return kUnknownPerson;
    }
    k = std::max(e, k + 1);
  }
  return kNoPerson;
}

// Remembers the surnames of the people of the sentence whom the
// dictionaries do not know, named in full, with a title or a role, or with
// their age ("The coroner David Horsley ruled that Ollie Hall, 24, died"),
// so that "Hall" alone later is a person too.
void RememberUnknownPeople(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                           const std::vector<Mention>& mentions, const Gazetteer* gazetteer,
                           CoreferenceMemory* memory) {
  for (size_t k = 0; k < tokens.size();) {
    const size_t e = UnnamedRunEnd(tokens, matches, mentions, k, tokens.size());
    if (e > k && NamesUnknownPerson(tokens, matches, mentions, *memory, gazetteer, k, e) &&
        memory->Lookup(tokens[e - 1].text) == nullptr)
      memory->RememberUnknownPerson(tokens[e - 1].text);
    k = std::max(e, k + 1);
  }
}

}  // namespace

std::vector<Mention> FindMentions(std::span<const Token> tokens,
                                  std::span<const PhraseMatch> matches,
                                  const MentionContext& context, CoreferenceMemory* memory) {
  const size_t n = tokens.size();
  const Dictionary& dict = *context.dictionary;
  const bool title_case = TitleCase(tokens);
  Seeds seeds = IndexSeeds(tokens, matches, dict, title_case);
  std::vector<Mention> mentions;

  size_t i = 0;
  while (i < n) {
    const size_t start = i;
    // "A gunman shot the mayor outside the town hall, and police arrested
    // the suspect": "the suspect" is the armed attacker (UAF) named before
    // it in the sentence. With none, it stays no actor.
    if ((IsWord(tokens[i], "suspect") || IsWord(tokens[i], "suspects")) && i > 0 &&
        IsWord(tokens[i - 1], "the")) {
      const Mention* attacker = nullptr;
      for (const Mention& x : mentions)
        if (x.code.ends_with("UAF") && !x.locative && !x.possessive) attacker = &x;
      if (attacker != nullptr) {
        Mention suspect = PronounReferringTo(
            *attacker, i,
            fmt::format("coreference: the {} = {}", tokens[i].text,
                        SpanText(tokens, attacker->span)));
        suspect.span.begin = static_cast<uint32_t>(i - 1);
        mentions.push_back(std::move(suspect));
        ++i;
        continue;
      }
    }
    // "he underlined": a personal pronoun refers to the last person named.
    // "Funaro said he hoped to travel": the pronoun right after a name the
    // dictionaries do not know and a verb of saying is that person, not the
    // last person known.
    // The speaker of "X said (that) he ...": -1 when the pronoun does not
    // follow a verb of saying, the index of the mention the speaker is, or
    // kUnknownSpeaker when the word before the verb is no actor ("The owner
    // of the retail chain said it ...", "Funaro said he ...").
    constexpr int kNotReported = -1, kUnknownSpeaker = -2;
    auto speaker = [&]() -> int {
      static constexpr std::array<std::string_view, 9> kSaid = {
          "said", "says", "told", "added", "stated", "insisted", "argued", "warned", "announced"};
      size_t k = i;
      if (k > 0 && IsWord(tokens[k - 1], "that")) --k;
      // "said on Tuesday it would": a day after the verb.
      if (k >= 3 && IsWord(tokens[k - 2], "on") && tokens[k - 1].Has(kTokenCapitalized)) k -= 2;
      if (k < 2 || !InWords(kSaid, tokens[k - 1])) return kNotReported;
      size_t subject_end = k - 1;
      // "Absa also announced": an adverb between the subject and the verb.
      if (subject_end >= 2 && internal::IsAuxiliaryOrAdverb(tokens[subject_end - 1])) --subject_end;
      // "Algiers accused Rabat of hostile acts and announced that it was
      // cutting diplomatic relations": a verb of saying coordinated with an
      // earlier one shares its subject, the sentence's first party.
      // (Only a party that opens the sentence: "A court ruled that Lifan
      // must stop ... and said it must pay" names no known speaker.)
      if (subject_end >= 2 && IsWord(tokens[subject_end - 1], "and")) {
        for (size_t m = 0; m < mentions.size(); ++m) {
          if (mentions[m].locative || mentions[m].possessive || mentions[m].code.empty()) continue;
          if (mentions[m].span.begin <= 1 && mentions[m].span.end < subject_end)
            return static_cast<int>(m);
          break;
        }
      }
      for (size_t m = 0; m < mentions.size(); ++m)
        if (mentions[m].span.end == subject_end) return static_cast<int>(m);
      // "The ministry said it ...": a role word with no country of its own
      // is someone known from earlier; the usual reading of "it" holds.
      for (const PhraseMatch& pm : matches)
        if (pm.kind == PhraseMatch::Kind::kAgent && pm.span.begin < subject_end &&
            subject_end <= pm.span.end)
          return kNotReported;
      return kUnknownSpeaker;
    };
    auto after_unknown_speaker = [&]() {
      size_t k = i;
      if (k > 0 && IsWord(tokens[k - 1], "that")) --k;
      if (k < 2 || !IsNameToken(tokens[k - 2])) return false;
      return speaker() == kUnknownSpeaker;
    };
    // "Lawmakers gave him a standing ovation and President Biden praised his
    // courage": "his" or "her" right after a verb that judges, before a noun
    // that names no role of the subject's own ("his government", "her
    // party"), is the owner of what is judged: a person named before, not
    // the verb's subject.
    // Only after verbs that judge another's conduct: "Bush is to send his
    // toughest budget", "outlined his plan", "began his maiden visit" are
    // the subject's own.
    static constexpr std::array<std::string_view, 16> kJudgingVerbs = {
        "praised",   "hailed",    "lauded",     "commended", "applauded", "saluted",
        "welcomed",  "criticised", "criticized", "condemned", "denounced", "slammed",
        "questioned", "mourned",  "congratulated", "thanked"};
    if ((IsWord(tokens[i], "his") || IsWord(tokens[i], "her")) && i > 0 && i + 1 < n &&
        InWords(kJudgingVerbs, tokens[i - 1]) &&
        tokens[i + 1].Has(kTokenWord) && !tokens[i + 1].Has(kTokenCapitalized) &&
        seeds.agent_at[i + 1] < 0 && (i + 2 >= n || seeds.agent_at[i + 2] < 0)) {
      // The verb's subject: the last party before it, past commas and
      // adverbs ("Spain's prime minister, Jose Maria Aznar, offered his
      // condolences").
      const Mention* subject = nullptr;
      for (const Mention& x : mentions) {
        if (x.span.end >= i) continue;
        bool adjacent = true;
        for (uint32_t k = x.span.end; k + 1 < i && adjacent; ++k)
          adjacent = tokens[k].text == "," || IsAuxiliaryOrAdverb(tokens[k]);
        if (adjacent) subject = &x;
      }
      const Mention* owner = nullptr;
      for (const Mention& x : mentions)
        if (&x != subject && x.person && !x.code.empty() && !x.locative)
          owner = &x;
      if (owner == nullptr && !memory->last_person_code().empty() &&
          (subject == nullptr || subject->code != memory->last_person_code())) {
        Mention pronoun = RememberedPerson(tokens, i, *memory);
        pronoun.possessive = true;
        mentions.push_back(std::move(pronoun));
        ++i;
        continue;
      }
      if (owner != nullptr && (subject == nullptr || subject->code != owner->code)) {
        Mention pronoun = PronounReferringTo(
            *owner, i,
            fmt::format("coreference: {} = {}", tokens[i].text,
                        owner->person_name.empty() ? owner->code : owner->person_name));
        pronoun.possessive = true;
        mentions.push_back(std::move(pronoun));
        ++i;
        continue;
      }
    }
    // "Colombian mercenaries stormed the home of Haitian President Jovenel
    // Moise and shot him dead": an object "him" is the person named earlier
    // in its own sentence who is not its subject, before anyone of the
    // sentences before.
    if (IsObjectPronoun(tokens, i)) {
      // Only a person in an object's place, after a preposition or a verb
      // ("the home of Haitian President Jovenel Moise"), not the subject of
      // a clause of their own ("Mr Blair recalls how Bill Clinton once
      // advised him", "met Pope John Paul II, who urged him").
      auto object_place = [&](const Mention& x) {
        const uint32_t b = x.span.begin, e = x.span.end;
        if (b == 0 || e >= n) return false;
        const Token& before = tokens[b - 1];
        const bool after_prep_or_verb = IsPreposition(before) || IsVerbTag(before.pos) ||
                                        (before.pos == kPosNone && before.text.ends_with("ed"));
        const Token& next = tokens[e];
        const bool own_clause = IsWord(next, "who") || IsVerbTag(next.pos) ||
                                (next.text == "," && e + 1 < n && IsWord(tokens[e + 1], "who"));
        return after_prep_or_verb && !own_clause;
      };
      const Mention* named = nullptr;
      for (size_t m = 1; m < mentions.size(); ++m)
        if (mentions[m].person && !mentions[m].code.empty() && !mentions[m].locative &&
            !mentions[m].unplaced && (!mentions[m].person_name.empty() || mentions[m].role) &&
            object_place(mentions[m]))
          named = &mentions[m];
      if (named != nullptr && !mentions.empty() && mentions[0].person &&
          mentions[0].code == named->code)
        named = nullptr;  // the subject himself ("Putin said Lavrov told him")
      // "Kim Dae-jung flew to Pyongyang for a summit with Kim Jong Il, who
      // met him at the airport": in a relative clause about someone else,
      // "him" is the sentence's subject.
      if (named == nullptr && !mentions.empty() && mentions[0].person &&
          !mentions[0].code.empty() && mentions.size() >= 2) {
        bool relative = false;
        for (uint32_t k = mentions[0].span.end; k < i && !relative; ++k)
          relative = IsWord(tokens[k], "who");
        const Mention& antecedent = mentions[mentions.size() - 1];
        if (relative && antecedent.person && antecedent.code != mentions[0].code)
          named = &mentions[0];
      }
      if (named == nullptr) named = OpeningPersonBeyondClause(tokens, mentions, i);
      if (named == nullptr) named = PersonObjectBeforeAnd(tokens, mentions, i);
      if (named != nullptr) {
        Mention pronoun = PronounReferringTo(
            *named, i,
            fmt::format("coreference: {} = {}", tokens[i].text,
                        named->person_name.empty() ? SpanText(tokens, named->span)
                                                   : named->person_name));
        pronoun.possessive = false;
        mentions.push_back(std::move(pronoun));
        ++i;
        continue;
      }
    }
    // "Chinese President Xi Jinping, on a state visit to Kazakhstan,
    // proposed ... after he and President Nursultan Nazarbayev signed energy
    // deals", "Trump said he was pulling the troops out": "he" or "she" after
    // a person in a subject's place of its own sentence is that person, not
    // the person of the sentences before; after a person the dictionaries do
    // not know ("Riedijk said he rejected Isis"), it codes nothing.
    // ("Begum, 19, has been told by the home secretary that she will be
    // stripped of her citizenship": after a subject no dictionary knows, in
    // any clause, the pronoun codes nothing rather than someone else.)
    if (IsWord(tokens[i], "he") || IsWord(tokens[i], "she")) {
      std::string name, known_code;
      const int subject = FirstSubjectPerson(tokens, matches, mentions, *memory,
                                             context.gazetteer, i, &name, &known_code);
      const bool opens = OpensClauseOfTheSubject(tokens, i);
      if (subject == kUnknownPerson) {
        ++i;
        continue;
      }
      if (subject == kNamedBefore && opens) {
        Mention pronoun;
        pronoun.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)};
        pronoun.code = known_code;
        pronoun.how = fmt::format("coreference: {} = {}", tokens[i].text, name);
        pronoun.person = true;
        pronoun.person_name = name;
        pronoun.display_name = name;
        mentions.push_back(std::move(pronoun));
        ++i;
        continue;
      }
      if (subject >= 0 && opens) {
        Mention pronoun = PronounReferringTo(mentions[subject], i,
                                             fmt::format("coreference: {} = {}", tokens[i].text,
                                                         SpanText(tokens, mentions[subject].span)));
        pronoun.possessive = false;
        mentions.push_back(std::move(pronoun));
        ++i;
        continue;
      }
    }
    // "Algerian President Abdelaziz Bouteflika resigned ... hours after army
    // chief Ahmed Gaid Salah demanded that he be declared unfit": with no
    // person in the sentences before (not even one the dictionaries do not
    // know), "he" or "she" is the person the sentence opens with.
    if ((IsWord(tokens[i], "he") || IsWord(tokens[i], "she")) &&
        memory->last_person_code().empty() && memory->last_person_label().empty() &&
        !mentions.empty() && mentions[0].person && !mentions[0].code.empty() &&
        !mentions[0].possessive && !mentions[0].locative && mentions[0].span.begin <= 1 &&
        !after_unknown_speaker()) {
      Mention pronoun = PronounReferringTo(
          mentions[0], i,
          fmt::format("coreference: {} = {}", tokens[i].text, SpanText(tokens, mentions[0].span)));
      mentions.push_back(std::move(pronoun));
      ++i;
      continue;
    }
    if (IsPronounForPerson(tokens[i]) && !memory->last_person_code().empty() &&
        !after_unknown_speaker()) {
      Mention pronoun = RememberedPerson(tokens, i, *memory);
      pronoun.person_name =
          memory->last_person_label();  // so that a later "he" names the person too
      mentions.push_back(std::move(pronoun));
      ++i;
      continue;
    }
    // "cut ties with Qatar, accusing it of ...", "North Korea's army warned
    // that it would ...", "It also accused Seoul ...": "it" refers to the
    // last state or organisation named in the sentence, else to the previous
    // sentence's salient one.
    // "Donald Trump and Kim Jong Un met in Singapore. They signed a
    // statement": "they" at the start of a clause refers to the compound
    // subject named last, in this sentence ("Israel and Hamas said they
    // would ...") or the one before; each member becomes a mention of the
    // same word, coordinated.
    if (IsWord(tokens[i], "they") || IsWord(tokens[i], "them")) {
      std::vector<const Mention*> group;
      for (size_t m = 0; m + 1 < mentions.size(); ++m) {
        const Mention& a = mentions[m];
        const Mention& b = mentions[m + 1];
        if (a.code.empty() || b.code.empty() || a.locative || b.locative || a.possessive) continue;
        if (b.span.begin == a.span.end + 1 && IsWord(tokens[a.span.end], "and")) {
          group = {&a, &b};
          // "Mali, Burkina Faso and Niger said they were leaving": the
          // members joined by commas before "A and B" belong to it too.
          for (size_t k = m; k > 0; --k) {
            const Mention& x = mentions[k - 1];
            if (x.code.empty() || x.locative || x.possessive ||
                x.span.end + 1 != mentions[k].span.begin || tokens[x.span.end].text != ",")
              break;
            group.insert(group.begin(), &x);
          }
        }
      }
      std::vector<std::string> codes;
      for (const Mention* m : group) codes.push_back(m->code);
      if (codes.empty()) codes = memory->last_group();
      // No compound: the plural group that was the subject of the sentence
      // before, for a "They" that opens this one ("Boko Haram fighters
      // seized Baga. They went on to ...") or a "them" with no other plural
      // noun before it ("Thousands of protesters marched in Algiers. Police
      // fired tear gas to disperse them"). Within one sentence the choice
      // is too often wrong ("troops mistook police officers for militants
      // and shot them"), so it is not made.
      const Mention* plural = nullptr;
      if (codes.size() < 2 && !memory->last_plural().code.empty()) {
        bool opens = IsWord(tokens[i], "they") && i == 0;
        if (IsWord(tokens[i], "them")) {
          opens = true;
          for (size_t k = 0; k < i && opens; ++k) {
            const bool in_mention = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
              return m.span.begin <= k && k < m.span.end;
            });
            if (!in_mention && (tokens[k].pos == kPosNNS || tokens[k].pos == kPosNNPS)) opens = false;
          }
          // "Israeli troops mistook three Egyptian police officers for
          // Palestinian militants and shot them dead": another group than
          // the sentence's subject may be meant.
          for (size_t m = 1; m < mentions.size() && opens; ++m)
            if (IsPluralGroup(mentions[m], tokens)) opens = false;
        }
        if (opens) plural = &memory->last_plural();
      }
      if (plural != nullptr) {
        Mention pronoun = PronounReferringTo(
            *plural, i,
            fmt::format("coreference: {} = {}", tokens[i].text,
                        plural->display_name.empty() ? plural->code : plural->display_name));
        pronoun.owned = false;
        pronoun.city = false;
        mentions.push_back(std::move(pronoun));
        ++i;
        continue;
      }
      // "Thousands of students marched through Dhaka, and police fired tear
      // gas to disperse them", "... before security forces detained dozens
      // of them": "them" in a later clause that has a subject of its own is
      // the plural group the sentence opened with, when no other group
      // stands between them. (In one clause, "troops mistook police officers
      // for militants and shot them", the choice is left open, as above.)
      // "freed 200 prisoners and flew them to Rome": the object before "and".
      if (Mention them; plural == nullptr && codes.size() < 2 &&
                        (ThemAsEarlierObject(tokens, mentions, i, &them) ||
                         ThemAgain(tokens, mentions, i, &them))) {
        mentions.push_back(std::move(them));
        ++i;
        continue;
      }
      if (plural == nullptr && codes.size() < 2 && IsWord(tokens[i], "them")) {
        if (const Mention* opener = OpeningGroupBeforeClause(tokens, mentions, i);
            opener != nullptr) {
          Mention pronoun = PronounReferringTo(
              *opener, i, fmt::format("coreference: them = {}", SpanText(tokens, opener->span)));
          pronoun.owned = false;
          pronoun.city = false;
          mentions.push_back(std::move(pronoun));
          ++i;
          continue;
        }
      }
      if (codes.size() >= 2) {
        const size_t first = mentions.size();
        for (size_t k = 0; k < codes.size(); ++k) {
          Mention pronoun;
          pronoun.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)};
          pronoun.code = codes[k];
          pronoun.how = fmt::format("coreference: they = {}", fmt::join(codes, " and "));
          pronoun.display_name = codes[k];
          if (k + 1 < codes.size()) pronoun.coordinated_with = static_cast<int>(first + k + 1);
          mentions.push_back(std::move(pronoun));
        }
        ++i;
        continue;
      }
    }
    // "Putin welcomed him ... before the two men signed a treaty", "the
    // two countries agreed": the two parties of different countries named
    // last, in this sentence or before, coordinated.
    // "both sides", "both countries" likewise.
    const bool pair_word = (IsWord(tokens[i], "two") && i > 0 && IsWord(tokens[i - 1], "the")) ||
                           IsWord(tokens[i], "both");
    // "The two later signed a declaration": "the two" with no noun, right
    // before its verb (past an adverb), stands for the pair too.
    const bool the_two = IsWord(tokens[i], "two") && i > 0 && IsWord(tokens[i - 1], "the");
    // (The tagger may read the verb as a participle: "the two signed a
    // treaty"; "the two injured were taken" has no object after it.)
    bool bare_two = false;
    if (the_two && i + 1 < n) {
      size_t v = i + 1;
      if (v + 1 < n && (IsAuxiliaryOrAdverb(tokens[v]) || IsWord(tokens[v], "later"))) ++v;
      bare_two = IsFiniteVerbTag(tokens[v].pos) ||
                 (tokens[v].pos == kPosVBN && v + 1 < n && IsDeterminer(tokens[v + 1]));
      // (Before tagging, which only sentences with two parties get, a verb
      // of the dictionaries there will do.)
      if (tokens[v].pos == kPosNone)
        for (const PhraseMatch& pm : matches)
          bare_two |= pm.kind == PhraseMatch::Kind::kVerb && pm.span.begin == v;
    }
    // "the leaders of the two Koreas": North and South Korea, whoever was
    // named before.
    const bool koreas = the_two && i + 1 < n && IsWord(tokens[i + 1], "koreas");
    if (pair_word && i + 1 < n && (InWords(kPairNouns, tokens[i + 1]) || bare_two || koreas)) {
      std::vector<std::string> parties = memory->recent_parties();
      if (koreas) parties = {"PRK", "KOR"};
      for (const Mention& m : mentions)
        if (!m.code.empty() && !m.locative && !m.unplaced && m.code.size() >= 3) {
          std::erase(parties, m.code);
          parties.push_back(m.code);
        }
      // "the two presidents", "the two countries" are states or their
      // leaders, not the firms named last.
      const bool any_kind = IsWord(tokens[i + 1], "sides") || IsWord(tokens[i + 1], "allies") ||
                            IsWord(tokens[i + 1], "rivals");
      // "the two leaders met" after "pressed Iranian President Ebrahim Raisi
      // to free French nationals held in Iranian jails": people named by
      // their office are the office-holders, not a country named by its
      // adjective.
      const bool office_holders =
          IsWord(tokens[i + 1], "leaders") || IsWord(tokens[i + 1], "presidents") ||
          IsWord(tokens[i + 1], "ministers");
      // "both countries", "the two nations" are states, not the alliance
      // named between them.
      const bool of_states = IsWord(tokens[i + 1], "countries") ||
                             IsWord(tokens[i + 1], "nations") || IsWord(tokens[i + 1], "states");
      // "Turkey repeated its objections, accusing both countries": the
      // pair a verb acts on does not hold the party that acts, the last
      // one named before it in the sentence.
      const size_t pair_at = IsWord(tokens[i], "both") ? i : i - 1;
      // (Not where the pair has a verb of its own: "Babacan said the two
      // sides had reached agreement".)
      std::string actor_before;
      const bool own_verb = bare_two || (i + 2 < n && (IsVerbTag(tokens[i + 2].pos) ||
                                                       tokens[i + 2].pos == kPosMD ||
                                                       IsAuxiliaryOrAdverb(tokens[i + 2])));
      // (Nor does a pair "between" which someone goes: "with Oman's foreign
      // minister carrying messages between the two delegations".)
      if (pair_at > 0 &&
          (IsVerbTag(tokens[pair_at - 1].pos) || IsWord(tokens[pair_at - 1], "between")) &&
          !own_verb)
        for (const Mention& m : mentions)
          if (!m.code.empty() && !m.locative && !m.possessive && !m.unplaced && m.code.size() >= 3)
            actor_before = m.code;
      auto fits = [&](const std::string& code) {
        if (of_states && (code.starts_with("IGO") || code.starts_with("NGO"))) return false;
        if (!actor_before.empty() && code.compare(0, 3, actor_before, 0, 3) == 0) return false;
        if (office_holders && code.size() == 3) return false;
        if (any_kind || code.size() < 6) return true;
        std::string_view sector = std::string_view(code).substr(3, 3);
        return sector != "BUS" && sector != "MED" && sector != "EDU" && sector != "LAB" &&
               sector != "CVL" && sector != "REF";
      };
      std::vector<std::string> pair;
      for (size_t k = parties.size(); k-- > 0 && pair.size() < 2;)
        if (fits(parties[k]) && (pair.empty() || parties[k].compare(0, 3, pair[0], 0, 3) != 0))
          pair.push_back(parties[k]);
      if (pair.size() == 2) {
        std::swap(pair[0], pair[1]);
        // "the two countries agreed", "both nations": states, whatever
        // role their parties were named with before ("Kyrgyz and Tajik
        // troops clashed, and the two countries agreed to a ceasefire").
        const bool states = IsWord(tokens[i + 1], "countries") ||
                            IsWord(tokens[i + 1], "nations") || IsWord(tokens[i + 1], "states") ||
                            koreas;
        // (A party named by its government is that state already: "the
        // Venezuelan president ... the two countries signed" stays VENGOV.)
        if (states)
          for (std::string& code : pair)
            if (!code.starts_with("IGO") && !code.starts_with("NGO") && !code.ends_with("GOV"))
              code = code.substr(0, 3);
        // "troops from the two countries fought with artillery": a role
        // with no country of its own right before "from/of the two ..." is
        // each country's.
        uint32_t pair_begin = static_cast<uint32_t>(IsWord(tokens[i], "both") ? i : i - 1);
        if (!IsWord(tokens[i], "both") && i >= 3 && !mentions.empty() &&
            (IsWord(tokens[i - 2], "from") || IsWord(tokens[i - 2], "of"))) {
          const Mention& role = mentions.back();
          if (role.unplaced && role.span.end + 2 == i && role.code.size() == 6 &&
              role.role != nullptr) {
            const std::string sector = role.code.substr(3);
            for (std::string& code : pair) code = code.substr(0, 3) + sector;
            pair_begin = role.span.begin;
            mentions.pop_back();
          }
        }
        // "the leaders of the two Koreas", "the foreign ministers of both
        // countries": a role word no mention holds, right before "of", is
        // each country's too.
        const uint32_t of_at = pair_begin - 1;
        if (pair_begin == (IsWord(tokens[i], "both") ? i : i - 1) && pair_begin >= 2 &&
            IsWord(tokens[of_at], "of") && (mentions.empty() || mentions.back().span.end < of_at))
          for (const PhraseMatch& pm : matches)
            if (pm.kind == PhraseMatch::Kind::kAgent && pm.span.end == of_at &&
                !dict.agent(pm.id).code.empty()) {
              for (std::string& code : pair) code = Compose(code.substr(0, 3), &dict.agent(pm.id));
              pair_begin = static_cast<uint32_t>(pm.span.begin);
              if (pair_begin > 0 && IsDeterminer(tokens[pair_begin - 1])) --pair_begin;
              break;
            }
        // "the two countries' presidents met", "both nations' armies": the
        // possessive owns a role, which each country holds (KGZGOV and
        // TJKGOV); a possessive before anything else owns it and is no
        // party of its own.
        uint32_t pair_end = static_cast<uint32_t>(bare_two ? i + 1 : i + 2);
        bool owner = false;
        if (!bare_two && i + 2 < n && tokens[i + 2].Has(kTokenPossessive)) {
          owner = true;
          const bool of_states = std::none_of(pair.begin(), pair.end(), [](const std::string& c) {
            return c.starts_with("IGO") || c.starts_with("NGO");
          });
          if (states && of_states && i + 3 < n && seeds.agent_at[i + 3] >= 0) {
            const PhraseMatch& role = matches[seeds.agent_at[i + 3]];
            const AgentEntry& entry = dict.agent(role.id);
            if (entry.composition == AgentEntry::Composition::kSuffix && !entry.code.empty()) {
              for (std::string& code : pair) code = Compose(code.substr(0, 3), &entry);
              pair_end = role.span.end;
              owner = false;
            }
          }
          if (owner) pair_end = static_cast<uint32_t>(i + 3);
        }
        // "counter-terrorism operations in both countries": after a
        // preposition of place the pair is where something happens.
        const bool place = pair_begin > 0 && IsLocativePreposition(tokens[pair_begin - 1]);
        const size_t first = mentions.size();
        for (size_t k = 0; k < 2; ++k) {
          Mention both;
          both.span = {pair_begin, pair_end};
          both.possessive = owner;
          both.locative = place;
          both.states_again = states;
          both.code = pair[k];
          both.how = fmt::format("coreference: {}{}{} = {} and {}",
                                 IsWord(tokens[i], "both") ? "both" : "the two",
                                 bare_two ? "" : " ", bare_two ? "" : tokens[i + 1].text, pair[0],
                                 pair[1]);
          both.display_name = pair[k];
          if (k == 0) both.coordinated_with = static_cast<int>(first + 1);
          mentions.push_back(std::move(both));
        }
        i = pair_end;
        continue;
      }
    }
    // "Poland, Hungary and Slovakia imposed bans ..., and Kyiv filed
    // complaints against all three", "the four countries": a count of
    // parties stands for the last list of that many parties named in the
    // sentence, or else for the compound subject of the sentence before,
    // each member coordinated. ("the three hostages", "all four wheels"
    // name other things.)
    if ((IsWord(tokens[i], "all") || IsWord(tokens[i], "the")) && i + 1 < n) {
      static constexpr std::array<std::string_view, 4> kCounts = {"three", "four", "five", "six"};
      size_t count = 0;
      for (size_t k = 0; k < kCounts.size(); ++k)
        if (IsWord(tokens[i + 1], kCounts[k])) count = k + 3;
      const bool noun = i + 2 < n && InWords(kPairNouns, tokens[i + 2]);
      const bool bare = IsWord(tokens[i], "all") &&
                        (i + 2 >= n || !(tokens[i + 2].Has(kTokenWord) &&
                                         (tokens[i + 2].pos == kPosNNS || tokens[i + 2].pos == kPosNN ||
                                          tokens[i + 2].pos == kPosJJ)));
      std::vector<std::string> codes;
      if (count > 0 && (noun || bare)) {
        codes = LastListCodes(tokens, mentions, count);
        if (codes.empty() && memory->last_group().size() == count) codes = memory->last_group();
      }
      if (!codes.empty()) {
        const uint32_t end = static_cast<uint32_t>(i + (noun ? 3 : 2));
        const size_t first = mentions.size();
        for (size_t k = 0; k < codes.size(); ++k) {
          Mention member;
          member.span = {static_cast<uint32_t>(i), end};
          member.code = codes[k];
          member.how = fmt::format("coreference: {} = {}", SpanText(tokens, member.span),
                                   fmt::join(codes, " and "));
          member.display_name = codes[k];
          member.states_again = true;
          if (k + 1 < codes.size()) member.coordinated_with = static_cast<int>(first + k + 1);
          mentions.push_back(std::move(member));
        }
        i = end;
        continue;
      }
    }
    // "Algeria cut diplomatic ties with Morocco, accusing its neighbour of
    // hostile actions": "its neighbour" (rival, ally, foe) is the last party
    // named of another country than the sentence's subject, the one that
    // owns "its".
    // ("its neighbour Ithilen": the name that follows is the party.)
    if ((IsWord(tokens[i], "its") || IsWord(tokens[i], "their")) && i + 1 < n &&
        InWords(kCounterpartNouns, tokens[i + 1]) &&
        (i + 2 >= n || !tokens[i + 2].Has(kTokenCapitalized))) {
      const Mention* owner = nullptr;
      for (const Mention& m : mentions)
        if (!m.code.empty() && !m.locative && !m.possessive && m.code.size() >= 3) {
          owner = &m;
          break;
        }
      const Mention* other = nullptr;
      if (owner != nullptr)
        for (const Mention& m : mentions)
          if (!m.code.empty() && !m.locative && !m.unplaced && m.code.size() >= 3 &&
              !m.code.starts_with("IGO") && !m.code.starts_with("NGO") &&
              m.code.compare(0, 3, owner->code, 0, 3) != 0)
            other = &m;
      if (other != nullptr) {
        Mention counterpart;
        counterpart.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2)};
        counterpart.code = other->code.substr(0, 3);
        counterpart.how = fmt::format("coreference: {} {} = {}", tokens[i].text, tokens[i + 1].text,
                                      other->display_name.empty() ? other->code : other->display_name);
        counterpart.display_name = other->display_name;
        mentions.push_back(std::move(counterpart));
        i += 2;
        continue;
      }
    }
    // "NATO rejected Ukraine's appeal, and Zelensky accused the alliance of
    // ...", "Hezbollah's pagers exploded ..., and the group blamed Israel":
    // "the alliance" or "the bloc" is the international organisation named
    // last, "the group" the armed group named last, in this sentence or the
    // ones before. ("the group of emerging economies" names its members.)
    if (IsWord(tokens[i], "the") && i + 1 < n && seeds.actor_at[i + 1] < 0 &&
        (InWords(kOrganisationNouns, tokens[i + 1]) || IsWord(tokens[i + 1], "group")) &&
        (i + 2 >= n || !IsWord(tokens[i + 2], "of"))) {
      const bool armed = IsWord(tokens[i + 1], "group");
      if (std::string code = DefiniteAntecedent(mentions, static_cast<uint32_t>(i), *memory,
                                                armed ? IsArmedGroupCode : IsOrganisationCode);
          !code.empty()) {
        const bool possessive = i + 2 < n && tokens[i + 2].Has(kTokenPossessive);
        Mention group;
        group.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + (possessive ? 3 : 2))};
        group.how = fmt::format("coreference: the {} = {}", tokens[i + 1].text, code);
        group.display_name = code;
        group.code = std::move(code);
        group.possessive = possessive;
        mentions.push_back(std::move(group));
        i += possessive ? 3 : 2;
        continue;
      }
    }
    // "Washington recognised Kosovo. Belgrade condemned the decision": a bare
    // "the decision" (no possessor, no "of"/"by"/"to" after it) as an object
    // refers to the act of the state named first in the previous sentence.
    if (IsWord(tokens[i], "the") && i > 0 && i + 1 < n && InWords(kActNouns, tokens[i + 1]) &&
        !IsPreposition(tokens[i - 1]) &&
        (i + 2 >= n || !(IsWord(tokens[i + 2], "of") || IsWord(tokens[i + 2], "by") ||
                         IsWord(tokens[i + 2], "to"))) &&
        !memory->last_thing_code().empty()) {
      bool named_here = false;
      for (const Mention& m : mentions)
        named_here |= !m.code.empty() && m.code.compare(0, 3, memory->last_thing_code(), 0, 3) == 0;
      if (!named_here) {
        Mention act;
        act.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2)};
        act.code = memory->last_thing_code();
        act.how = fmt::format("coreference: the {} = {}'s", tokens[i + 1].text,
                              memory->last_thing_label());
        act.display_name = memory->last_thing_label();
        mentions.push_back(std::move(act));
        i += 2;
        continue;
      }
    }
    if (IsWord(tokens[i], "it")) {
      // "The United States said on Monday it will ...": "it" after a verb
      // of saying is the speaker; "The owner of the retail chain said it
      // ...", a speaker no dictionary knows, is no one to code.
      const int said_by = speaker();
      if (said_by == kUnknownSpeaker || IsExpletiveIt(tokens, i) || IsObjectIt(tokens, i)) {
        ++i;
        continue;
      }
      const Mention* antecedent = nullptr;
      if (said_by >= 0 && !mentions[said_by].person && !mentions[said_by].locative &&
          !mentions[said_by].code.empty())
        antecedent = &mentions[said_by];
      for (const Mention& m : mentions)
        if (said_by < 0 && !m.person && !m.locative && !m.unplaced && !m.code.empty())
          antecedent = &m;
      std::string label =
          antecedent ? SpanText(tokens, antecedent->span) : memory->last_thing_label();
      std::string code = antecedent ? antecedent->code : memory->last_thing_code();
      if (!code.empty()) {
        Mention pronoun;
        pronoun.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)};
        pronoun.code = std::move(code);
        pronoun.how = fmt::format("coreference: it = {}", label);
        pronoun.display_name = std::move(label);
        mentions.push_back(std::move(pronoun));
        ++i;
        continue;
      }
    }
    size_t j = i;
    // "the Kremlin", "that country"; but "demanded that Israel withdraw":
    // "that" before a name opens a clause and is not part of the mention.
    if (IsDeterminer(tokens[j]) &&
        !(IsWord(tokens[j], "that") && j + 1 < n && tokens[j + 1].Has(kTokenCapitalized)))
      ++j;
    // "New Delhi", "New Zealand": a modifier word that starts a dictionary
    // phrase is part of the name.
    while (j < n && seeds.actor_at[j] < 0 && InWords(kModifiers, tokens[j])) ++j;

    std::string actor_code, actor_words;
    const AgentEntry* agent = nullptr;
    std::string agent_word;
    std::vector<size_t> name_tokens;
    TokenSpan person_span;           // a person named by a dictionary entry ("Hassan Rouhani")
    bool named_institution = false;  // person_span names a state or institution instead
    bool has_seed = false, possessive = false;
    bool undated_entry = false;      // the phrase's actor entry has no dated codes
    bool role_of_a_persons = false;  // "Trump's supporters": the role is someone else's
    bool represents = false;         // "envoys of ...": the role speaks for what follows
    size_t last_agent_end = n + 1;   // where the last role word read ends
    // "Israeli ground forces", "Japan's largest warship", "Iran's top
    // diplomat", "Sudan's ruling military council": one or two lower-case
    // adjectives, participles or noun modifiers between a country and a role
    // do not separate them. Returns where the role starts, or 0. Needs POS
    // tags (the untagged first reading keeps them apart).
    auto modifiers_then_agent = [&](size_t at) -> size_t {
      for (size_t k = at; k < n && k < at + 2; ++k) {
        const Token& t = tokens[k];
        // "Somalia's al-Shabaab militants": a name the actor dictionary
        // lists is no modifier, whatever its case.
        if (seeds.actor_at[k] >= 0) return 0;
        // (A participle only right after a possessive: "the United Nations
        // granting aid workers access" is a verb.)
        const bool participle = (t.pos == kPosVBG || t.pos == kPosVBN) && k == at && at > 0 &&
                                tokens[at - 1].Has(kTokenPossessive);
        if (t.Has(kTokenCapitalized) || !t.Has(kTokenWord) ||
            !(t.pos == kPosJJ || t.pos == kPosJJR || t.pos == kPosJJS || t.pos == kPosNN ||
              participle))
          return 0;
        if (k + 1 < n && seeds.agent_at[k + 1] >= 0) return k + 1;
      }
      return 0;
    };
    size_t country_end = n + 1;  // where the actor that gave the phrase its country ends
    // "Turkish-backed rebels", "Iran-backed government forces": a sponsor
    // word right before a role gives the role no country; the role is
    // completed from its place, as any role named without a country ("the
    // Turkish-backed rebels attacked Afrin" are Syria's rebels). ("a
    // US-backed plan", "US-backed Syrian Democratic Forces", with no role
    // right after, keep the backer or the actor named.)
    bool sponsored = false;
    auto sponsor_of_role = [&](size_t at) {
      return actor_code.empty() && agent == nullptr && name_tokens.empty() && at + 1 < n &&
             IsSponsorWord(tokens[at]) &&
             (seeds.agent_at[at + 1] >= 0 || modifiers_then_agent(at + 1) > 0);
    };
    // "Somalia's al-Shabaab", "Somali al-Shabaab militants", "Israel's
    // Mossad": an actor entry right after the country's name (or its
    // possessive) that names a group or institution of that very country
    // (a code with a sector) is what the phrase names.
    auto group_of_country = [&](size_t at) {
      const int m = at < n ? seeds.actor_at[at] : -1;
      if (m < 0 || actor_code.size() != 3 || agent != nullptr || !person_span.empty() ||
          !name_tokens.empty() || country_end > n)
        return false;
      const bool after_country =
          at == country_end || (at == country_end + 1 && tokens[country_end].Has(kTokenPossessive));
      const std::string_view code = dict.actor(matches[m].id).CodeAt(context.date);
      return after_country && code.size() > 3 && code.starts_with(actor_code);
    };
    while (j < n) {
      if (sponsor_of_role(j) &&
          (seeds.actor_at[j] < 0 || matches[seeds.actor_at[j]].span.end == j + 1)) {
        sponsored = true;
        has_seed = true;
        ++j;
        continue;
      }
      if (int m = seeds.actor_at[j]; m >= 0) {
        const ActorEntry& a = dict.actor(matches[m].id);
        std::string_view code = a.CodeAt(context.date);
        // "Putin": a surname listed for a person whose entry has a full name
        // and dated offices names that person, as "Vladimir Putin" does.
        // "South Korea", "the White House", "the European Union": an undated
        // entry coded as a state, one of its institutions or an
        // international organisation is no person, however many capitals it
        // has; "it" may refer to it ("The White House said it would ...").
        // Such a name still joins the phrase as a person's would ("the US
        // National Security Agency", "Iran's Quds Force").
        const bool institution = a.dated.empty() && IsInstitutionCode(code);
        const bool person_entry = IsPersonName(tokens, matches[m].span) ||
                                  (!a.dated.empty() && a.name.find(' ') != std::string::npos &&
                                   IsNameToken(tokens[matches[m].span.begin]));
        // This actor gives the phrase its code (and, for a person, its name).
        auto adopt_actor = [&] {
          actor_code = code;
          actor_words = a.name;
          undated_entry = a.dated.empty();
          country_end = matches[m].span.end;
          if (person_entry) {
            person_span = matches[m].span;
            named_institution = institution;
          }
        };
        // "the Russian-led Collective Security Treaty Organization", "the
        // US-backed Syrian Democratic Forces": a country before a hyphen and
        // a participle of control modifies the actor after it, which the
        // phrase names.
        if (!actor_code.empty() && !code.empty() && agent == nullptr && person_span.empty() &&
            j > start && tokens[j - 1].Has(kTokenHyphenated) && matches[m].span.begin == j) {
          adopt_actor();
          j = matches[m].span.end;
          continue;
        }
        if (group_of_country(j) && !person_entry) {
          actor_code = code;
          actor_words = a.name;
          undated_entry = a.dated.empty();
          j = matches[m].span.end;
          continue;
        }
        if (!actor_code.empty() && !code.empty()) {
          // "Iranian President Hassan Rouhani": a named person of the same
          // country completes the phrase. The role written in the text
          // decides the sector; the person's own code fills in when the
          // text gives none.
          // ("Canadian miner Barrick Gold": an undated entry, a company or a
          // group, is what it is whatever its trade is called.)
          if (person_entry && code.starts_with(actor_code.substr(0, 3))) {
            if ((agent == nullptr || (a.dated.empty() && code.ends_with("BUS"))) &&
                code.size() > actor_code.size())
              actor_code = code;
            person_span = matches[m].span;
            named_institution = institution;
            has_seed = true;
            j = matches[m].span.end;
            continue;
          }
          // Otherwise the first actor of a phrase gives its country: in
          // "Syria's Prime Minister", Syria; a later one ("Iranian" in
          // "Syria's Iranian ally") starts a new phrase.
          break;
        }
        if (!code.empty()) adopt_actor();
        has_seed = true;
        j = matches[m].span.end;
        continue;
      }
      // "the next general election", "a general strike": the lower-case
      // adjective "general" is not the rank ("General Soleimani", "the
      // general said"); read with the tag, or before the nouns it most often
      // qualifies.
      if (int m = seeds.agent_at[j]; m >= 0 && IsWord(tokens[j], "general") &&
                                     !tokens[j].Has(kTokenCapitalized) && j + 1 < n &&
                                     !tokens[j + 1].Has(kTokenCapitalized) &&
                                     (tokens[j + 1].pos == kPosNN || tokens[j + 1].pos == kPosNNS ||
                                      InWords(kGeneralNouns, tokens[j + 1]))) {
        break;
      }
      if (int m = seeds.agent_at[j]; m >= 0) {
        // "a US terrorist attack": a role word before an event noun that is
        // not part of its own phrase describes that noun ("military base"
        // is an agent phrase of its own, "terrorist attack" is not). Before
        // another noun it is the actor's role: "the American military
        // presence" is USAMIL's.
        const uint32_t after = matches[m].span.end;
        bool event_noun_after = false;
        if (after < n && (tokens[after].pos == kPosNN || tokens[after].pos == kPosNNS) &&
            !tokens[after].Has(kTokenCapitalized) && seeds.agent_at[after] < 0) {
          for (const PhraseMatch& pm : matches)
            event_noun_after |= pm.kind == PhraseMatch::Kind::kNominal && pm.span.begin == after;
        }
        if (event_noun_after) {
          j = after;
          has_seed = has_seed || !actor_code.empty();
          break;
        }
        // "Mali's junta toppled President Keita", "Chad's army deposed
        // Prime Minister X": a role that starts with a lower-case verb
        // before a capitalised title ("ousted President", "deposed Prime
        // Minister") right after another role is that verb and its object;
        // the mention ends before it. ("Syrian government armed forces":
        // a role of lower-case words stays in the phrase.)
        if (agent != nullptr && last_agent_end == j && seeds.verb_at[j] &&
            !tokens[j].Has(kTokenCapitalized) && j + 1 < matches[m].span.end &&
            tokens[j + 1].Has(kTokenCapitalized))
          break;
        // "Libyan government air defences": of two role words in a row, the
        // last is the head of the compound and names the actor's sector.
        const bool head_after_role = agent != nullptr && last_agent_end == j;
        if (!agent || head_after_role || represents) {
          represents = false;
          agent = &dict.agent(matches[m].id);
          agent_word = agent->name;
        }
        has_seed = true;
        j = matches[m].span.end;
        last_agent_end = j;
        continue;
      }
      // "Taiwan's Leader Urges China to Begin Talks": in a headline in
      // title case, a capitalised word the verb dictionary lists is the
      // verb, not part of a name.
      // "Masked gunmen stormed the studio", "Municipal police opened fire":
      // an adjective or participle capitalised only because it opens the
      // sentence, right before a role, describes the role; it names no one.
      if (IsNameToken(tokens[j]) && !(title_case && seeds.verb_at[j])) {
        name_tokens.push_back(j);
        ++j;
        continue;
      }
      // "Crowds then stormed": after the role, "then" is an adverb, not
      // the "then" of "the then president".
      if (has_seed && seeds.actor_at[j] < 0 && InWords(kModifiers, tokens[j]) &&
          !(agent != nullptr && IsWord(tokens[j], "then"))) {
        ++j;
        continue;
      }
      if (!actor_code.empty() && agent == nullptr) {
        if (size_t k = modifiers_then_agent(j); k > 0) {
          j = k;
          continue;
        }
      }
      // "the navies of Iran and Russia", "soldiers from Gondor": a role
      // followed by "of" or "from" and a country belongs to that country.
      // But "withdrew its troops from Afghanistan", "pulled soldiers from
      // Mali": after a verb or a possessive pronoun, "from" names where the
      // forces are moved from, not whose they are.
      bool moved_from = false;
      if (IsWord(tokens[j], "from") && start > 0) {
        size_t b = start;
        while (b > 0 && (tokens[b - 1].Has(kTokenNumber) || tokens[b - 1].pos == kPosJJ ||
                         IsDeterminer(tokens[b - 1])))
          --b;
        // Only verbs that move one's own people ("expelled diplomats from
        // the United States" are the United States' diplomats).
        static constexpr std::array<std::string_view, 8> kMovers = {
            "withdr", "pull", "evacuat", "recall", "redeploy", "repatriat", "brought", "bring"};
        bool mover = false;
        if (b > 0 && IsVerbTag(tokens[b - 1].pos)) {
          const std::string verb = LowerAscii(tokens[b - 1].text);
          for (std::string_view stem : kMovers) mover |= verb.starts_with(stem);
        }
        moved_from = b > 0 && (mover || IsPossessivePronoun(tokens[b - 1]));
      }
      if (agent != nullptr && actor_code.empty() && !moved_from &&
          (IsWord(tokens[j], "of") || IsWord(tokens[j], "from"))) {
        size_t k = j + 1;
        if (k < n && IsDeterminer(tokens[k])) ++k;
        // "a gunman from the Syria-based jihadist group Hayat Tahrir
        // al-Sham", "gunmen from the Somali Islamist group
        // al-Shabaab": past a few words that describe it (a country, a
        // hyphenated "-based", lower-case nouns and adjectives), the named
        // group is whose the role is.
        if (IsWord(tokens[j], "from")) {
          // (Not past a list: "officials from the WHO and the EU" are the WHO's.)
          for (size_t g = k; g < n && g < k + 5;) {
            const int a = seeds.actor_at[g];
            const bool group =
                a >= 0 && dict.actor(matches[a].id).CodeAt(context.date).size() > 3;
            if (group) {
              if (g > k) k = g;
              break;
            }
            const Token& t = tokens[g];
            if (a >= 0) {
              g = matches[a].span.end;
            } else if (t.Has(kTokenWord) && !IsDeterminer(t) && !IsPreposition(t) &&
                       !IsWord(t, "and") && !IsWord(t, "or") &&
                       (!t.Has(kTokenCapitalized) || t.Has(kTokenHyphenated) ||
                        IsWord(t, "islamist"))) {
              ++g;
            } else {
              break;
            }
          }
        }
        if (k < n && seeds.actor_at[k] >= 0) {
          // "envoys of Sudan's army", "representatives of Colombia's
          // government": those who speak for a body are that body; a role
          // named after the country decides the sector ("envoys of Iran"
          // stay the government's).
          if (IsWord(tokens[j], "of") && SpeaksFor(*agent)) represents = true;
          j = k;
          continue;
        }
      }
      if (tokens[j].Has(kTokenPossessive)) {
        // "Syria's Prime Minister": the possessive joins two parts of one
        // phrase when a title or name follows; otherwise the phrase owns the
        // next noun ("Iran's retaliatory missile attack").
        if (j + 1 < n && (seeds.agent_at[j + 1] >= 0 || IsNameToken(tokens[j + 1]) ||
                          group_of_country(j + 1))) {
          // "Donald Trump's supporters", "Putin's spokesman": a role after a
          // person's possessive is another person of the same country.
          // (Not an institution's: "the International Criminal Court's
          // prosecutor" is the court's, IGOICC.)
          if (agent == nullptr && !person_span.empty() && !named_institution &&
              seeds.agent_at[j + 1] >= 0)
            role_of_a_persons = true;
          // "President Bashar al-Assad's forces", "President Trump's
          // supporters": the same when a title stands before the name; the
          // role after the possessive, not the title, is the sector.
          if (agent != nullptr && !person_span.empty() && !named_institution &&
              last_agent_end <= person_span.begin && seeds.agent_at[j + 1] >= 0) {
            role_of_a_persons = true;
            agent = nullptr;
            agent_word.clear();
          }
          ++j;
          continue;
        }
        if (!actor_code.empty() && agent == nullptr) {
          if (size_t k = modifiers_then_agent(j + 1); k > 0) {
            j = k;
            continue;
          }
        }
        possessive = true;
        ++j;
        break;
      }
      break;
    }

    // A person's name without a dictionary word: "Rouhani thanked ...".
    std::string name;
    for (uint32_t k = person_span.begin; k < person_span.end; ++k) {
      if (!name.empty()) name.push_back(' ');
      name.append(tokens[k].text);
    }
    for (size_t k : name_tokens) {
      // Titles with a dot ("Lt.") are not part of the name.
      if (tokens[k].text.back() == '.') continue;
      if (!name.empty()) name.push_back(' ');
      name.append(tokens[k].text);
    }

    // "the South China Sea", "the Korean Peninsula", "the Black Sea": a
    // name that ends in a geographic feature is a place named after a
    // country, not the country or a person.
    // Only a word outside the dictionary phrase counts ("Ivory Coast" and
    // "Solomon Islands" are countries).
    // "Lake Chad", "Mount Lebanon", "the Gulf of Oman": so is a name that
    // begins with one, before the country's name.
    const bool feature_first = !name_tokens.empty() && name_tokens.front() == start &&
                               !actor_code.empty() &&
                               InWords(kGeographicFeatures, tokens[name_tokens.front()]);
    const bool feature_of = start >= 2 && IsWord(tokens[start - 1], "of") &&
                            InWords(kGeographicFeatures, tokens[start - 2]) &&
                            tokens[start - 2].Has(kTokenCapitalized);
    if ((!name_tokens.empty() && name_tokens.back() + 1 == j && !actor_code.empty() &&
         InWords(kGeographicFeatures, tokens[j - 1])) ||
        feature_first || feature_of) {
      // ("the Gulf of," with no name after "of" reaches here on the comma,
      // with j == start: always move on, or the loop never ends.)
      i = std::max(start + 1, j);
      continue;
    }
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
                       : role_of_a_persons && agent != nullptr
                           ? Compose(actor_code.substr(0, 3), agent)
                           : Compose(actor_code, agent);
    // "after Pakistani jets shot down an Indian fighter over Kashmir": a
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
    // "Tens of thousands of protesters in Minsk", "rioters in Tottenham": a
    // role without a country belongs to the place named right after it; with
    // no such place the coder completes it from the event.
    // "Rohingya refugees", "Yazidi women": an unknown capitalised word
    // before a plural role describes the group; it names no person. Before
    // a military facility it names the facility ("the Shayrat air base").
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
    const bool group_modifier =
        agent != nullptr && !name.empty() && person_span.empty() && !name_tokens.empty() &&
        name_tokens.back() < j && j > 0 &&
        (tokens[j - 1].text.ends_with("s") || opening_modifier ||
         InWords(kFacilities, tokens[j - 1])) &&
        name_tokens.back() + 1 < j && seeds.agent_at[name_tokens.back() + 1] >= 0;
    RoleKind role = agent != nullptr && actor_code.empty() && (name.empty() || group_modifier) &&
                            mention.code.empty()
                        ? RoleWithoutCountry(*agent)
                        : RoleKind::kNone;
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
      const std::string role_sector = sponsored && agent->name == "FORCES" ? "UAF" : agent->code;
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
      // "the government of Nicolas Maduro signed an electoral deal with the
      // opposition in Barbados": the place after a role met or agreed with
      // is where they meet, not whose the role is; the role is of the
      // party that meets it (Venezuela's opposition).
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
    }
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
    // "Prosecutors charged the former president", "a judge jailed the
    // opposition leader": a court or prosecutor that nothing above placed
    // is left for the event to complete from a domestic party it acts on
    // (CompleteUnplacedRole).
    if (mention.code.empty() && role == RoleKind::kPlacedOnly && agent->code == "JUD" &&
        MayBeDomesticJustice(tokens, start, j, agent->name)) {
      mention.code = std::string(kUnplacedCountry) + agent->code;
      mention.unplaced = mention.unplaced_needs_place = true;
      mention.how = fmt::format("role without a country: {}", agent_word);
    }
    if (mention.code.empty()) {
      i = has_seed ? std::max(start + 1, j) : start + 1;
      continue;
    }
    // "former French president Jacques Chirac": a former head of state or
    // government is an elite (ELI), not the government; so is a former
    // ruler who held power as a soldier ("former military ruler Pervez
    // Musharraf").
    if (mention.code.size() == 6 &&
        (mention.code.ends_with("GOV") || (agent != nullptr && agent->name.ends_with("RULER")))) {
      for (size_t k = start; k < j; ++k) {
        // "ousted president Jean-Bertrand Aristide", "the deposed prime
        // minister": out of office as well.
        if (IsWord(tokens[k], "former") || IsWord(tokens[k], "ex") || IsWord(tokens[k], "ousted") ||
            IsWord(tokens[k], "deposed") || IsWord(tokens[k], "toppled") ||
            IsWord(tokens[k], "exiled")) {
          mention.code.replace(3, 3, "ELI");
          mention.how += " (former: ELI)";
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
      mention.person = mention.person || !collective;
    }
    // A role word followed by a lower-case noun modifies that noun ("a US
    // terrorist attack"); it does not name a person.
    if (mention.person && name.empty() && j < n && tokens[j].Has(kTokenWord) &&
        !tokens[j].Has(kTokenCapitalized)) {
      mention.person = false;
    }
    // "in Tehran", "a base in Iraq": a place named after a locative
    // preposition locates the event; it does not take part in it.
    // "in Turkey and Syria": the second place of a list after a locative
    // preposition is a place too.
    const bool listed_place = start > 0 && !mentions.empty() && mentions.back().locative &&
                              mentions.back().span.end + 1 == start &&
                              (IsWord(tokens[start - 1], "and") || tokens[start - 1].text == ",");
    // "separatists in eastern Ukraine", "fighting in northern Syria": a
    // compass word may stand between the preposition and the place.
    const bool compass_place =
        start >= 2 && IsCompassWord(tokens[start - 1]) && IsLocativePreposition(tokens[start - 2]);
    // "China hit back at the United States", "took aim at Washington",
    // "Colin Powell arrives in Seoul": a preposition that ends a verb phrase
    // of the dictionary introduces the verb's object, not a place in
    // passing; a place there is both the target and (coder.cc) where the
    // event happens.
    const bool verbs_preposition =
        start > 1 &&
        std::any_of(matches.begin(), matches.end(), [&](const PhraseMatch& pm) {
          if (pm.kind != PhraseMatch::Kind::kVerb || pm.span.end != start ||
              pm.span.begin + 1 >= start)
            return false;
          // "world powers gathered in Egypt for a conference": the place of
          // a meeting (04, other than a visit) is no party to it.
          const std::string& code =
              dict.verb_form(pm.id).EffectiveCode(dict.verb_blocks()).primary;
          return !(code.starts_with("04") && !code.starts_with("042"));
        });
    if (context.gazetteer != nullptr && start > 0 && !verbs_preposition &&
        (IsLocativePreposition(tokens[start - 1]) || listed_place || compass_place)) {
      size_t p = IsDeterminer(tokens[start]) ? start + 1 : start;
      size_t length = 0;
      if (const Place* place = context.gazetteer->MatchAt(tokens, p, &length);
          place != nullptr && p + length == j) {
        mention.locative = true;
        mention.place = place;
      }
      // "sought help in the US", "studied in the UK": the gazetteer leaves
      // acronyms out ("us" is a pronoun to a case-blind match), so a
      // country written as one upper-case acronym after the preposition is
      // placed here, by the country code the dictionary gave it.
      // Only after "in", and only an acronym that ends its noun phrase:
      // "supported by the U.K.", "dlrs in U.S. aid" name a party and a
      // modifier.
      static constexpr std::array<std::string_view, 16> kPhraseEnders = {
          "and",   "or",    "but",  "because", "since", "while", "when",    "where",
          "until", "after", "last", "this",    "next",  "later", "earlier", "as"};
      const bool ends_phrase = j >= n || !tokens[j].Has(kTokenWord) ||
                               IsPreposition(tokens[j]) || InWords(kPhraseEnders, tokens[j]);
      if (!mention.locative && p + 1 == j && IsWord(tokens[start - 1], "in") && ends_phrase &&
          actor_code.size() == 3 && agent == nullptr && name_tokens.empty() &&
          Gazetteer::IsAcronym(tokens[p].text)) {
        if (const Place* country = context.gazetteer->Country(actor_code); country != nullptr) {
          mention.locative = true;
          mention.place = country;
        }
      }
      // "Russian forces withdrew from the area around Kyiv", "pulled back to
      // the districts near Stepanakert": an area named by the place after a
      // preposition of movement is where the movement goes from or to, the
      // place the act is on, as "withdrew from Kyiv" is.
      if (mention.locative && start >= 4 && !listed_place && !compass_place &&
          (IsWord(tokens[start - 1], "around") || IsWord(tokens[start - 1], "near")) &&
          InWords(kAreaNouns, tokens[start - 2])) {
        size_t b = IsDeterminer(tokens[start - 3]) ? start - 4 : start - 3;
        if (IsWord(tokens[b], "from") || IsWord(tokens[b], "to") || IsWord(tokens[b], "into") ||
            IsWord(tokens[b], "toward") || IsWord(tokens[b], "towards"))
          mention.locative = false;
      }
    }
    if (context.gazetteer != nullptr && verbs_preposition) {
      size_t p = IsDeterminer(tokens[start]) ? start + 1 : start;
      size_t length = 0;
      if (const Place* place = context.gazetteer->MatchAt(tokens, p, &length);
          place != nullptr && p + length == j)
        mention.place = place;
    }
    // "the Hanoi summit", "the Geneva talks": a city named before a noun is
    // where something happens; FindNounModifier does not take it as the
    // event's actor.
    if (!mention.locative && context.gazetteer != nullptr && agent == nullptr && !possessive) {
      size_t p = IsDeterminer(tokens[start]) ? start + 1 : start;
      size_t length = 0;
      if (const Place* place = context.gazetteer->MatchAt(tokens, p, &length);
          place != nullptr && p + length == j && place->kind != PlaceKind::kCountry)
        mention.city = true;
    }
    // "signed the accords at the White House", "spoke at the UN": an
    // institution named after "at" is where the event happens.
    if (!mention.locative && start > 0 && IsWord(tokens[start - 1], "at") && agent == nullptr &&
        !verbs_preposition && undated_entry && name_tokens.empty() && actor_code.size() > 3) {
      mention.locative = true;
    }
    // "in the Gulf of Oman", "across the Strait of Hormuz": a country named
    // inside the name of a place after a locative preposition is part of
    // that place.
    if (!mention.locative && start >= 3 && IsWord(tokens[start - 1], "of") &&
        tokens[start - 2].Has(kTokenCapitalized)) {
      size_t k = start - 2;
      while (k > 0 && tokens[k - 1].Has(kTokenCapitalized) && !IsLocativePreposition(tokens[k - 1]))
        --k;
      if (k > 0 && IsDeterminer(tokens[k - 1])) --k;
      if (k > 0 && IsLocativePreposition(tokens[k - 1])) mention.locative = true;
    }
    mentions.push_back(std::move(mention));
    MergeResidentPeople(tokens, &mentions);
    i = j;
  }

  // "Rouhani said the commander was assassinated ... He underlined ...": the
  // most salient person of a sentence is its first person in subject
  // position (not possessive, not after a preposition); "he" and "she" in
  // later sentences refer to that person, else to the last person named.
  // "Labour leader Jeremy Corbyn accused the government of waiting for
  // instructions from Donald Trump": a subject the dictionaries do not know
  // is the salient person, so a "he" after it codes nothing (not Trump).
  RememberUnknownPeople(tokens, matches, mentions, context.gazetteer, memory);
  RememberRoleHolders(mentions, memory);
  std::string unknown_subject, named_code;
  const int first_subject = FirstSubjectPerson(tokens, matches, mentions, *memory,
                                               context.gazetteer, n, &unknown_subject, &named_code);
  const bool unknown_salient = first_subject == kUnknownPerson;
  const Mention* salient = nullptr;
  const Mention* last = nullptr;
  for (const Mention& m : mentions) {
    // "the Kurds", "Ugandan rebels" are groups: "he" and "she" are not them.
    if (!m.person || m.code.empty() || m.unplaced || IsPluralGroup(m, tokens)) continue;
    last = &m;
    bool subject = !m.possessive && !(m.span.begin > 0 && IsPreposition(tokens[m.span.begin - 1]));
    if (subject && salient == nullptr) salient = &m;
  }
  // The same for states and organisations, for "it".
  const Mention* thing = nullptr;
  for (const Mention& m : mentions) {
    if (m.person || m.locative || m.unplaced || m.code.empty()) continue;
    bool subject = !m.possessive && !(m.span.begin > 0 && IsPreposition(tokens[m.span.begin - 1]));
    if (subject) {
      thing = &m;
      break;
    }
    if (thing == nullptr) thing = &m;
  }
  if (thing != nullptr) {
    memory->SetLastThing(thing->code, thing->display_name.empty() ? SpanText(tokens, thing->span)
                                                                  : thing->display_name);
  }
  if (unknown_salient) {
    memory->SetLastPersonUnknown(unknown_subject);
  } else if (first_subject == kNamedBefore) {
    memory->SetLastPerson(named_code, unknown_subject);  // "Mr Blair said ..."
  } else if (const Mention* chosen = salient ? salient : last) {
    memory->SetLastPerson(chosen->code, chosen->person_name.empty() ? SpanText(tokens, chosen->span)
                                                                    : chosen->person_name);
  }

  // "Kyrgyz and Tajik forces fought with tanks and artillery": weapons
  // named without a country after "with" or "using" are the instrument, not
  // a party ("clashed with Tajik forces" keeps its party).
  {
    static constexpr std::array<std::string_view, 10> kWeapons = {
        "WARPLANE",           "JET",         "HELICOPTER", "TANK",      "GUNSHIP",
        "HELICOPTER_GUNSHIP", "FIGHTER_JET", "DRONE",      "ARTILLERY", "MILITARY_HELICOPTER"};
    bool instrument_list = false;
    for (Mention& x : mentions) {
      const uint32_t b = x.span.begin;
      const bool weapon =
          x.unplaced && x.role != nullptr &&
          std::find(kWeapons.begin(), kWeapons.end(), x.role->name) != kWeapons.end();
      // "exchanged artillery and rocket fire", "traded tank fire": weapons
      // whose fire is exchanged, or named before "fire", are the means too.
      // "exchanged heavy artillery and rocket fire": an adjective may come
      // between the cue and the weapon.
      const uint32_t c = b > 1 && tokens[b - 1].pos == kPosJJ ? b - 1 : b;
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
      if (!instrument_list || absolute) continue;
      x.how += "; a weapon after 'with': the instrument, not a party";
      x.code.clear();
    }
  }
  // "North and South Korean forces exchanged artillery fire", "North and
  // South Korea reopened the Kaesong industrial park": "North" shares the
  // name (and role) of the South Korean actor after it: PRK, coordinated.
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
  // "Tehran and Damascus", "Iran, Iraq and Syria": coordinated actors. A
  // comma joins two actors only inside a list that ends with "and" ("in
  // Tehran, Rouhani thanked" is no list) or in a run of three or more
  // joined by commas alone ("to Iran, Libya, North Korea, Sudan, and with
  // strings attached, Cuba"), and places never join actors. The pass runs
  // right to left so that a comma join can see the "and" after it.
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
      if (k > 0 && IsPreposition(tokens[k - 1]) &&
          IsWord(tokens[k - 1], LowerAscii(tokens[gap_end - 1].text)))
        --gap_end;
    }
    if (gap_end <= gap_begin || gap_end - gap_begin > 2) continue;
    bool has_and = false, only_joiners = true;
    for (uint32_t k = gap_begin; k < gap_end; ++k) {
      has_and |= IsWord(tokens[k], "and");
      // "President Kagame and his Rwandan Patriotic Front must agree"
      const bool owner_after_and =
          k > gap_begin && IsWord(tokens[k - 1], "and") && IsPossessivePronoun(tokens[k]);
      only_joiners &= IsWord(tokens[k], "and") || tokens[k].text == "," || owner_after_and;
    }
    const bool comma_run =
        comma_between(m) && (comma_between(m + 1) || (m > 0 && comma_between(m - 1)));
    // "... deporting children from occupied areas of Ukraine, and the
    // Kremlin dismissed the decision": ", and" between two actors joins
    // clauses, unless it ends a list joined by commas before it ("Britain,
    // France, and Germany"); the second actor's own verb follows it. ("spoke
    // to George Bush, and the presidents of Sri Lanka and Indonesia" is a
    // list.)
    // (After the whole list that starts at the second actor: "..., and the
    // United Nations, the European Union and the United States urged".)
    uint32_t list_end = b.span.end;
    for (int next = b.coordinated_with; next > static_cast<int>(m + 1);
         next = mentions[next].coordinated_with)
      list_end = mentions[next].span.end;
    bool verb_follows = false;
    for (uint32_t k = list_end; k < tokens.size() && k < list_end + 3 && !verb_follows; ++k) {
      if (tokens[k].text == ",") break;
      verb_follows = IsFiniteVerbTag(tokens[k].pos);
    }
    const bool clause_join = gap_end - gap_begin == 2 && tokens[gap_begin].text == "," &&
                             IsWord(tokens[gap_begin + 1], "and") &&
                             !(m > 0 && comma_between(m - 1)) && verb_follows;
    if (only_joiners && !clause_join && (has_and || b.coordinated_with >= 0 || comma_run) &&
        (!places || a.code != b.code))
      mentions[m].coordinated_with = static_cast<int>(m + 1);
  }
  // "Russian and Ukrainian delegations", "the navies of Iran and Russia": a
  // role written once applies to every country of the coordination. Two
  // passes, forward and back, so that the role travels the whole list:
  // "the navies of Iran, Russia and China", "French, British and American
  // forces".
  for (size_t step = 0; step < 2 * mentions.size(); ++step) {
    const size_t m = step < mentions.size() ? step : 2 * mentions.size() - 1 - step;
    int next = mentions[m].coordinated_with;
    if (next < 0) continue;
    Mention& a = mentions[m];
    Mention& b = mentions[next];
    // ("kidnapped two Canadians, a Norwegian and a Filipino woman": a
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
      if (role == nullptr || to.agent != nullptr || to.code.size() != 3 ||
          (!to.person_name.empty() && to.person) || own_head(to))
        return;
      to.code = Compose(to.code, role);
      to.agent = role;
      to.how += " + " + role->name + " (shared by the coordination)";
      to.display_name += " " + LowerAscii(role->name);
    };
    share(a, b);
    share(b, a);
    // "South Sudan's government and the rebels": a role without a country
    // coordinated with a country's actor is of that country.
    TakeCountryFrom(a, &b, "the country of the coordination");
    TakeCountryFrom(b, &a, "the country of the coordination");
  }
  // "Russian aircraft including helicopter gunships killed 46 civilians",
  // "Syrian forces, such as the police, ...": a role without a country
  // that names part of the actor just before it is of that actor's country.
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
  // "Russian shells and drones struck a market", "Turkish artillery shells
  // and drones hit ...": a country word before the first of two nouns joined by "and"
  // modifies both; a role without a country named second is of that country.
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
  // "Ethnic Albanians in south Serbia are demanding ...", "killed three
  // ethnic Albanians in southeastern Serbia": CAMEO codes a people by where
  // it lives. An ethnic group named with the country or place it lives in
  // is that country's civilians (SRBCVL), and the place only says where.
  // So is a people named as the one "of" a place ("the Albanians of
  // southern Serbia", "the Kurds of Iraq"): a plural demonym after "the",
  // right before "of".
  for (Mention& people : mentions) {
    const uint32_t b = people.span.begin;
    if (people.span.empty()) continue;
    const Token& last = tokens[people.span.end - 1];
    const bool people_of = people.code.size() == 3 && people.agent == nullptr &&
                           people.person_name.empty() && IsWord(tokens[b], "the") &&
                           people.span.size() == 2 && last.text.ends_with("s") &&
                           last.Has(kTokenCapitalized) && people.span.end < tokens.size() &&
                           IsWord(tokens[people.span.end], "of");
    // "the Albanian population of the province", "the Serb minority": a
    // people named by a demonym and a word for a people.
    const bool named_people =
        people.role != nullptr && people.code.size() == 6 &&
        (people.role->name == "POPULATION" || people.role->name == "MINORITY");
    people.ethnic |= IsWord(tokens[b], "ethnic") || (b > 0 && IsWord(tokens[b - 1], "ethnic")) ||
                     people_of || named_people;
  }
  for (size_t m = 0; m + 1 < mentions.size(); ++m) {
    Mention& people = mentions[m];
    Mention& home = mentions[m + 1];
    if (!people.ethnic || people.code.size() < 3 || home.code.size() < 3 || home.possessive ||
        home.code.compare(0, 3, people.code, 0, 3) == 0 || home.code.starts_with("IGO"))
      continue;
    uint32_t k = people.span.end;
    if (k >= home.span.begin || !(IsWord(tokens[k], "in") || IsWord(tokens[k], "of"))) continue;
    if (++k < home.span.begin && IsCompassWord(tokens[k])) ++k;
    if (k != home.span.begin) continue;
    const std::string sector = ArmedSideSector(people.code);
    SettleAsResidents(&people, home.code, "living in " + SpanText(tokens, home.span));
    if (!sector.empty()) people.code = home.code.substr(0, 3) + sector;
    people.agent = nullptr;
    people.person = false;
    home.locative = true;
  }
  // "Ethnic Armenian separatist forces in Nagorno-Karabakh agreed to
  // disarm": the place an ethnic group lives in may be a region the
  // gazetteer knows and no actor names; the group is of that region's
  // country all the same (AZESEP, its armed side keeping its sector).
  for (Mention& people : mentions) {
    if (!people.ethnic || people.code.size() < 3 || people.locative || people.possessive ||
        context.gazetteer == nullptr || people.how.find("ethnic group") != std::string::npos)
      continue;
    size_t p = people.span.end;
    if (p + 1 >= tokens.size() || !IsWord(tokens[p], "in")) continue;
    p = SkipToPlaceName(tokens, p + 1);
    size_t length = 0;
    const Place* place = p < tokens.size() ? context.gazetteer->MatchAt(tokens, p, &length) : nullptr;
    if (place == nullptr || people.code.compare(0, 3, place->country) == 0) continue;
    const std::string sector = ArmedSideSector(people.code);
    SettleAsResidents(&people, place->country, "living in " + place->name);
    if (!sector.empty()) people.code = place->country + sector;
    people.agent = nullptr;
    people.person = false;
  }
  // The compound subject of this sentence, for "they" in the next.
  std::vector<std::string> group;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& a = mentions[m];
    const bool head = m == 0 || mentions[m - 1].coordinated_with != static_cast<int>(m);
    if (a.coordinated_with < 0 || !head || a.possessive || a.locative ||
        (a.span.begin > 0 && IsPreposition(tokens[a.span.begin - 1])))
      continue;
    for (int k = static_cast<int>(m); k >= 0; k = mentions[k].coordinated_with)
      group.push_back(mentions[k].code);
    break;
  }
  memory->SetLastGroup(std::move(group));
  // The subject of this sentence, when a plural group, for "they" in the
  // next; any other subject ends the group's salience.
  Mention plural;
  for (const Mention& m : mentions) {
    // "Tens of thousands of protesters marched": a count before the group
    // is no preposition governing it.
    const bool counted = m.span.begin >= 2 && IsWord(tokens[m.span.begin - 1], "of") &&
                         (InWords(kQuantityWords, tokens[m.span.begin - 2]) ||
                          tokens[m.span.begin - 2].Has(kTokenNumber));
    if (m.code.empty() || m.locative || m.possessive ||
        (m.span.begin > 0 && IsPreposition(tokens[m.span.begin - 1]) && !counted))
      continue;
    if (IsPluralGroup(m, tokens)) plural = m;
    break;
  }
  memory->SetLastPlural(std::move(plural));
  for (const Mention& m : mentions)
    if (!m.code.empty() && !m.locative && !m.unplaced && m.code.size() >= 3 && !m.span.empty())
      memory->NoteParty(m.code);
  return mentions;
}

}  // namespace khaldun::internal
