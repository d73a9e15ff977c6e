// The noun phrases of FindMentions (mention_passes.h): the words of a
// phrase that names an actor, and the mention they make.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/clause.h"
#include "coder/coreference.h"
#include "coder/mention_antecedents.h"
#include "coder/mention_codes.h"
#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "coder/unknown_people.h"
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

// Capitalised last words that make a name a place: "the South China Sea".
constexpr std::array<std::string_view, 17> kGeographicFeatures = {
    "sea",     "ocean",     "gulf",   "strait", "straits", "river", "peninsula", "bay",  "island",
    "islands", "mountains", "valley", "desert", "canal",   "lake",  "coast",     "mount"};

// Heads that name a collective, not one person: "the Syrian government".
constexpr std::array<std::string_view, 16> kCollectiveHeads = {
    "government", "military", "army",           "forces", "troops", "police",  "ministry",
    "parliament", "regime",   "administration", "people", "nation", "cabinet", "authorities",
    "officials",  "navy"};

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

// Reads the words of the noun phrase that starts at `start`: past a
// determiner and modifiers, the actor names, role words, capitalised name
// words, "of" or "from" and a country, and possessives that make one phrase
// ("Syria's Prime Minister", "envoys of Sudan's army"), up to the first
// word that belongs to none. See PhraseWords.
PhraseWords ReadPhraseWords(const SentenceScan& scan, size_t start) {
  const std::span<const Token> tokens = scan.tokens;
  const std::span<const PhraseMatch> matches = scan.matches;
  const size_t n = tokens.size();
  const Dictionary& dict = scan.dict;
  const MentionContext& context = scan.context;
  const bool title_case = scan.title_case;
  const Seeds& seeds = scan.seeds;
  size_t j = start;
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

  PhraseWords words;
  words.start = start;
  words.end = j;
  words.actor_code = std::move(actor_code);
  words.actor_words = std::move(actor_words);
  words.agent = agent;
  words.agent_word = std::move(agent_word);
  words.name_tokens = std::move(name_tokens);
  words.person_span = person_span;
  words.named_institution = named_institution;
  words.has_seed = has_seed;
  words.possessive = possessive;
  words.undated_entry = undated_entry;
  words.role_of_a_persons = role_of_a_persons;
  words.last_agent_end = last_agent_end;
  words.sponsored = sponsored;
  words.name = std::move(name);
  return words;
}

// "the South China Sea", "the Korean Peninsula", "the Black Sea": a
// name that ends in a geographic feature is a place named after a
// country, not the country or a person.
// Only a word outside the dictionary phrase counts ("Ivory Coast" and
// "Solomon Islands" are countries).
// "Lake Chad", "Mount Lebanon", "the Gulf of Oman": so is a name that
// begins with one, before the country's name.
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
         feature_first || feature_of;
}

// The mention the words make by themselves: its span, names and flags, and
// the code the dictionary composes from its actor and role ("dictionary:
// SYRIA + GOVERNMENT") or that a name seen before in the article had; no
// code when they name neither.
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
  return mention;
}

// Marks a former office-holder as an elite (ELI) and says whether the
// mention names a person; remembers a person named in full, with the
// mention's code, in the article's memory.
void MarkFormerAndPerson(const SentenceScan& scan, const PhraseWords& words, Mention* mention_out) {
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
}

}  // namespace

void ReadPhraseAt(const SentenceScan& scan, std::vector<Mention>* mentions, size_t* at) {
  const size_t start = *at;
  PhraseWords words = ReadPhraseWords(scan, start);
  if (NamesGeographicFeature(scan, words)) {
    // ("the Gulf of," with no name after "of" reaches here on the comma,
    // with j == start: always move on, or the loop never ends.)
    *at = std::max(start + 1, words.end);
    return;
  }
  Mention mention = MentionOfWords(scan, words);
  words.group_modifier = NamesGroupModifier(scan, words);
  CodeRoleWithoutCountry(scan, words, *mentions, &mention);
  CodeRoleFromContext(scan, words, *mentions, &mention);
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
