// The noun phrases of FindMentions (mention_passes.h): the mention that
// the words of a phrase (mention_phrase_words.cc) make, its code, and
// whether it names a person.
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

// Capitalised last words that make a name a place: "the South China Sea".
constexpr std::array<std::string_view, 17> kGeographicFeatures = {
    "sea",     "ocean",     "gulf",   "strait", "straits", "river", "peninsula", "bay",  "island",
    "islands", "mountains", "valley", "desert", "canal",   "lake",  "coast",     "mount"};

// Heads that name a collective, not one person: "the Syrian government".
constexpr std::array<std::string_view, 16> kCollectiveHeads = {
    "government", "military", "army",           "forces", "troops", "police",  "ministry",
    "parliament", "regime",   "administration", "people", "nation", "cabinet", "authorities",
    "officials",  "navy"};

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
