// The words of a noun phrase for FindMentions (mention_passes.h): which
// words make one phrase that names an actor ("Syria's Prime Minister",
// "envoys of Sudan's army", "Iranian President Hassan Rouhani").
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// Words that may stand inside an actor phrase without being dictionary words:
// "top Iranian commander", "the late Iranian commander", "former President".
constexpr std::array<std::string_view, 14> kModifiers = {
    "top",      "senior", "late",    "former",  "acting", "interim", "then",
    "outgoing", "new",    "retired", "veteran", "exiled", "ousted",  "incoming"};

// Nouns the adjective "general" qualifies: "general election".
constexpr std::array<std::string_view, 10> kGeneralNouns = {
    "election", "elections", "strike",    "strikes", "assembly",
    "public",   "amnesty",   "secretary", "manager", "consensus"};

// Aircraft roles that read as military with a country ("Greek jets") but
// as the airliner of a company named before them.
bool IsAircraftRole(const AgentEntry& role) {
  return role.name == "JET" || role.name == "AIRCRAFT" || role.name == "HELICOPTER";
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

// Roles of people who lead a body: "the leader of Chad's opposition" leads
// the opposition (CHDOPP), not the state; "the commander of Chad's police"
// is the police's (CHDCOP). With no role after the country, the role keeps
// its own sector ("the leader of Chad" is its government).
bool LeadsABody(const AgentEntry& role) {
  return role.name == "LEADER" || role.name == "COMMANDER";
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

// "UN-backed", "Saudi-led", "UN-recognised", "Western-installed": a
// hyphenated word that ends in a past participle ("-ed", "-led").
bool IsParticipleCompound(const Token& t) {
  if (!t.Has(kTokenHyphenated)) return false;
  const size_t dash = t.text.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 3 > t.text.size()) return false;
  const std::string_view suffix = t.text.substr(dash + 1);
  return suffix.size() >= 3 && suffix.ends_with("ed");
}

// Reads one noun phrase word by word (ReadPhraseWords) into a PhraseWords,
// one step per kind of word. Each step looks at token j: it takes the word
// (and moves j past it), stops the phrase there, or leaves the word to the
// next step.
struct PhraseReader {
  PhraseReader(const SentenceScan& scan, PhraseWords* words);
  void Read();

  enum class Step { kTaken, kStop, kNotThis };
  Step ReadSponsorWord();
  Step ReadActorName();
  Step ReadRoleWord();
  Step ReadNameWord();
  Step ReadModifier();
  Step ReadOwnerAfterRole();
  Step ReadPossessive();
  // "Israeli ground forces", "Japan's largest warship", "Iran's top
  // diplomat", "Sudan's ruling military council": one or two lower-case
  // adjectives, participles or noun modifiers between a country and a role
  // do not separate them. Returns where the role starts, or 0. Needs POS
  // tags (the untagged first reading keeps them apart).
  size_t ModifiersThenAgent(size_t at) const;
  // "Turkish-backed rebels", "Iran-backed government forces": a sponsor
  // word right before a role gives the role no country; the role is
  // completed from its place, as any role named without a country ("the
  // Turkish-backed rebels attacked Afrin" are Syria's rebels). ("a
  // US-backed plan", "US-backed Syrian Democratic Forces", with no role
  // right after, keep the backer or the actor named.)
  bool SponsorOfRole(size_t at) const;
  // "Somalia's al-Shabaab", "Somali al-Shabaab militants", "Israel's
  // Mossad": an actor entry right after the country's name (or its
  // possessive) that names a group or institution of that very country
  // (a code with a sector) is what the phrase names.
  bool GroupOfCountry(size_t at) const;

  // The sentence, as the steps name it.
  std::span<const Token> tokens;
  std::span<const PhraseMatch> matches;
  size_t n;
  const Dictionary& dict;
  const MentionContext& context;
  bool title_case;
  const Seeds& seeds;

  // The words read so far, the fields of the PhraseWords being read, under
  // the names the steps use.
  PhraseWords& words;
  const size_t start;
  std::string& actor_code;
  std::string& actor_words;
  const AgentEntry*& agent;
  std::string& agent_word;
  std::vector<size_t>& name_tokens;
  TokenSpan& person_span;
  bool& named_institution;
  bool& has_seed;
  bool& possessive;
  bool& undated_entry;
  bool& role_of_a_persons;
  size_t& last_agent_end;
  bool& sponsored;
  std::string& name;

  size_t j;                    // the next token to read; the phrase's end once read
  bool represents = false;     // "envoys of ...": the role speaks for what follows
  size_t country_end;          // where the actor that gave the phrase its country ends
};

PhraseReader::PhraseReader(const SentenceScan& scan, PhraseWords* words)
    : tokens(scan.tokens),
      matches(scan.matches),
      n(scan.tokens.size()),
      dict(scan.dict),
      context(scan.context),
      title_case(scan.title_case),
      seeds(scan.seeds),
      words(*words),
      start(words->start),
      actor_code(words->actor_code),
      actor_words(words->actor_words),
      agent(words->agent),
      agent_word(words->agent_word),
      name_tokens(words->name_tokens),
      person_span(words->person_span),
      named_institution(words->named_institution),
      has_seed(words->has_seed),
      possessive(words->possessive),
      undated_entry(words->undated_entry),
      role_of_a_persons(words->role_of_a_persons),
      last_agent_end(words->last_agent_end),
      sponsored(words->sponsored),
      name(words->name),
      j(words->start),
      country_end(n + 1) {
  last_agent_end = n + 1;  // where the last role word read ends
}

void PhraseReader::Read() {
  // "the Kremlin", "that country"; but "demanded that Israel withdraw":
  // "that" before a name opens a clause and is not part of the mention.
  if (IsDeterminer(tokens[j]) &&
      !(IsWord(tokens[j], "that") && j + 1 < n && tokens[j + 1].Has(kTokenCapitalized)))
    ++j;
  // "New Delhi", "New Zealand": a modifier word that starts a dictionary
  // phrase is part of the name.
  while (j < n && seeds.actor_at[j] < 0 && InWords(kModifiers, tokens[j])) ++j;
  while (j < n) {
    Step step = ReadSponsorWord();
    if (step == Step::kNotThis) step = ReadActorName();
    if (step == Step::kNotThis) step = ReadRoleWord();
    if (step == Step::kNotThis) step = ReadNameWord();
    if (step == Step::kNotThis) step = ReadModifier();
    if (step == Step::kNotThis) step = ReadOwnerAfterRole();
    if (step == Step::kNotThis) step = ReadPossessive();
    if (step != Step::kTaken) break;
  }
  words.end = j;

  // A person's name without a dictionary word: "Rouhani thanked ...".
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
}

size_t PhraseReader::ModifiersThenAgent(size_t at) const {
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
}

bool PhraseReader::SponsorOfRole(size_t at) const {
  return actor_code.empty() && agent == nullptr && name_tokens.empty() && at + 1 < n &&
         IsSponsorWord(tokens[at]) &&
         (seeds.agent_at[at + 1] >= 0 || ModifiersThenAgent(at + 1) > 0);
}

bool PhraseReader::GroupOfCountry(size_t at) const {
  const int m = at < n ? seeds.actor_at[at] : -1;
  if (m < 0 || actor_code.size() != 3 || agent != nullptr || !person_span.empty() ||
      !name_tokens.empty() || country_end > n)
    return false;
  const bool after_country =
      at == country_end || (at == country_end + 1 && tokens[country_end].Has(kTokenPossessive));
  const std::string_view code = dict.actor(matches[m].id).CodeAt(context.date);
  return after_country && code.size() > 3 && code.starts_with(actor_code);
}

// A sponsor word before a role ("Turkish-backed rebels").
PhraseReader::Step PhraseReader::ReadSponsorWord() {
  if (SponsorOfRole(j) &&
      (seeds.actor_at[j] < 0 || matches[seeds.actor_at[j]].span.end == j + 1)) {
    sponsored = true;
    has_seed = true;
    ++j;
    return Step::kTaken;
  }
  return Step::kNotThis;
}

// An actor phrase of the dictionary: a country, a group, a person.
PhraseReader::Step PhraseReader::ReadActorName() {
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
      return Step::kTaken;
    }
    if (GroupOfCountry(j) && !person_entry) {
      actor_code = code;
      actor_words = a.name;
      undated_entry = a.dated.empty();
      j = matches[m].span.end;
      return Step::kTaken;
    }
    // "former UN chief Kofi Annan", "the former NATO head Jens Stoltenberg":
    // a person named after an organisation's office he no longer holds is
    // coded by his own entry (tests/gold/README.md: Kofi Annan after
    // leaving the UN is GHAELI), not as the organisation.
    if (!actor_code.empty() && !code.empty() && person_entry && actor_code.starts_with("IGO") &&
        !code.starts_with("IGO") && agent == nullptr && person_span.empty()) {
      bool former = false;
      for (size_t k = start; k < j; ++k) former |= IsWord(tokens[k], "former");
      if (former) {
        actor_code = code;
        actor_words = a.name;
        undated_entry = a.dated.empty();
        person_span = matches[m].span;
        named_institution = institution;
        has_seed = true;
        j = matches[m].span.end;
        return Step::kTaken;
      }
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
        return Step::kTaken;
      }
      // Otherwise the first actor of a phrase gives its country: in
      // "Syria's Prime Minister", Syria; a later one ("Iranian" in
      // "Syria's Iranian ally") starts a new phrase.
      return Step::kStop;
    }
    if (!code.empty()) adopt_actor();
    has_seed = true;
    j = matches[m].span.end;
    return Step::kTaken;
  }
  return Step::kNotThis;
}

// A role phrase of the dictionary ("President", "security forces").
PhraseReader::Step PhraseReader::ReadRoleWord() {
  // "the next general election", "a general strike": the lower-case
  // adjective "general" is not the rank ("General Soleimani", "the
  // general said"); read with the tag, or before the nouns it most often
  // qualifies.
  if (int m = seeds.agent_at[j]; m >= 0 && IsWord(tokens[j], "general") &&
                                 !tokens[j].Has(kTokenCapitalized) && j + 1 < n &&
                                 !tokens[j + 1].Has(kTokenCapitalized) &&
                                 (tokens[j + 1].pos == kPosNN || tokens[j + 1].pos == kPosNNS ||
                                  InWords(kGeneralNouns, tokens[j + 1]))) {
    return Step::kStop;
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
      return Step::kStop;
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
      return Step::kStop;
    // "Libyan government air defences": of two role words in a row, the
    // last is the head of the compound and names the actor's sector.
    const bool head_after_role = agent != nullptr && last_agent_end == j;
    // "a Chilean Andes Airlines jet": an aircraft after the company that
    // flies it is that company's (BUS), not a warplane of the country.
    const bool company_craft = head_after_role && agent->code == "BUS" &&
                               IsAircraftRole(dict.agent(matches[m].id));
    if ((!agent || head_after_role || represents) && !company_craft) {
      represents = false;
      agent = &dict.agent(matches[m].id);
      agent_word = agent->name;
    }
    has_seed = true;
    j = matches[m].span.end;
    last_agent_end = j;
    return Step::kTaken;
  }
  return Step::kNotThis;
}

// A capitalised word no dictionary phrase covers, part of a name.
PhraseReader::Step PhraseReader::ReadNameWord() {
  // "Taiwan's Leader Urges China to Begin Talks": in a headline in
  // title case, a capitalised word the verb dictionary lists is the
  // verb, not part of a name.
  // "Masked gunmen stormed the studio", "Municipal police opened fire":
  // an adjective or participle capitalised only because it opens the
  // sentence, right before a role, describes the role; it names no one.
  if (IsNameToken(tokens[j]) && !(title_case && seeds.verb_at[j])) {
    name_tokens.push_back(j);
    ++j;
    return Step::kTaken;
  }
  return Step::kNotThis;
}

// A modifier ("former") after a dictionary phrase, or modifiers before a role.
PhraseReader::Step PhraseReader::ReadModifier() {
  // "Crowds then stormed": after the role, "then" is an adverb, not
  // the "then" of "the then president".
  if (has_seed && seeds.actor_at[j] < 0 && InWords(kModifiers, tokens[j]) &&
      !(agent != nullptr && IsWord(tokens[j], "then"))) {
    ++j;
    return Step::kTaken;
  }
  if (!actor_code.empty() && agent == nullptr) {
    if (size_t k = ModifiersThenAgent(j); k > 0) {
      j = k;
      return Step::kTaken;
    }
  }
  return Step::kNotThis;
}

// "of" or "from" and the country or group a role is of ("the navies of Iran").
PhraseReader::Step PhraseReader::ReadOwnerAfterRole() {
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
  // "a spokeswoman for the Dutch cabinet said ...": a spokesperson is
  // named "for" the body they speak for. (Only a spokesperson: "the special
  // envoy for Yemen" is sent to Yemen, not Yemen's.)
  const bool spokesperson_for =
      agent != nullptr && IsWord(tokens[j], "for") && agent->name.starts_with("SPOKES");
  if (agent != nullptr && actor_code.empty() && !moved_from &&
      (IsWord(tokens[j], "of") || IsWord(tokens[j], "from") || spokesperson_for)) {
    size_t k = j + 1;
    if (k < n && IsDeterminer(tokens[k])) ++k;
    // "the breakaway regions of eastern Georgia", "the militias of northern
    // Mali": a compass word before the country still names whose the role
    // is.
    if (IsWord(tokens[j], "of") && k + 1 < n && IsCompassWord(tokens[k]) &&
        seeds.actor_at[k + 1] >= 0)
      ++k;
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
      if ((IsWord(tokens[j], "of") && (SpeaksFor(*agent) || LeadsABody(*agent))) ||
          (spokesperson_for && SpeaksFor(*agent)))
        represents = true;
      j = k;
      return Step::kTaken;
    }
  }
  return Step::kNotThis;
}

// A possessive: "Syria's Prime Minister", or the end of a phrase that owns the next noun.
PhraseReader::Step PhraseReader::ReadPossessive() {
  if (tokens[j].Has(kTokenPossessive)) {
    // "Libya's UN-backed government", "Yemen's Saudi-backed government",
    // "Afghanistan's Western-backed administration": the possessive says
    // whose the role is; a capitalised hyphenated participle between them
    // only says who backs, leads or recognises it, and does not end the
    // phrase.
    if (!actor_code.empty() && agent == nullptr && j + 2 < n &&
        IsParticipleCompound(tokens[j + 1])) {
      const size_t k = seeds.agent_at[j + 2] >= 0 ? j + 2 : ModifiersThenAgent(j + 2);
      if (k > 0) {
        j = k;
        return Step::kTaken;
      }
    }
    // "Syria's Prime Minister": the possessive joins two parts of one
    // phrase when a title or name follows; otherwise the phrase owns the
    // next noun ("Iran's retaliatory missile attack").
    if (j + 1 < n && (seeds.agent_at[j + 1] >= 0 || IsNameToken(tokens[j + 1]) ||
                      GroupOfCountry(j + 1))) {
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
      return Step::kTaken;
    }
    if (!actor_code.empty() && agent == nullptr) {
      if (size_t k = ModifiersThenAgent(j + 1); k > 0) {
        j = k;
        return Step::kTaken;
      }
    }
    possessive = true;
    ++j;
    return Step::kStop;
  }
  return Step::kNotThis;
}

}  // namespace

// Reads the words of the noun phrase that starts at `start`: past a
// determiner and modifiers, the actor names, role words, capitalised name
// words, "of" or "from" and a country, and possessives that make one phrase
// ("Syria's Prime Minister", "envoys of Sudan's army"), up to the first
// word that belongs to none. See PhraseWords.
void ReadPhraseWords(const SentenceScan& scan, PhraseWords* words) {
  PhraseReader(scan, words).Read();
}

}  // namespace khaldun::internal
