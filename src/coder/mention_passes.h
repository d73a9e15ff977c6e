// The passes of FindMentions (mentions.h), in the order it runs them, and
// the values they share. A sentence is read left to right: at each token
// either a word that refers back (a pronoun, "the two countries") or the
// noun phrase that starts there; then passes over the whole list join
// coordinated actors, settle countries and ethnic groups, and update the
// article's memory. Internal to src/coder; not thread-safe (the memory is
// the article's).
#ifndef KHALDUN_SRC_CODER_MENTION_PASSES_H_
#define KHALDUN_SRC_CODER_MENTION_PASSES_H_

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "coder/mention_seeds.h"
#include "coder/mentions.h"

namespace khaldun::internal {

// What every pass of one sentence reads. The spans and the context are the
// caller's (FindMentions' arguments) and outlive the scan.
struct SentenceScan {
  std::span<const Token> tokens;
  std::span<const PhraseMatch> matches;  // Dictionary::FindCandidates on `tokens`
  const MentionContext& context;
  const Dictionary& dict;     // *context.dictionary
  bool title_case = false;    // TitleCase(tokens): a headline, most words capitalised
  Seeds seeds;                // IndexSeeds(tokens, matches, dict, title_case)
  CoreferenceMemory* memory;  // the article's memory: read by the rules, updated by some
};

// ---------------------------------------------------------------- words that refer back
// Each rule looks at the token at *at. When the words there refer back to
// an actor, it appends their mention (one per member of a pair or a list,
// coordinated), sets *at past the words it read and returns true; a rule
// may also consume a pronoun that codes nothing ("he" after a person the
// dictionaries do not know). Otherwise it returns false and changes
// neither. FindMentions tries them in the order below; the first that
// returns true wins.

// "the suspect": the armed attacker named before it (mention_definites.cc).
bool ReadTheSuspect(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "praised his courage": the person whose conduct is judged (mention_pronouns.cc).
bool ReadJudgedOwner(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "rejected their demands": "their" is the group named before that made the call.
bool ReadCallersOwner(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// An object "him" or "her": the person named earlier in the sentence who is not its subject.
bool ReadObjectPronoun(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "he", "she" after a person in a subject's place of the same sentence.
bool ReadPronounOfTheSubject(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "he", "she" with no person in the sentences before: the sentence's opening person.
bool ReadPronounOfTheOpener(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// An object "him" or "her" whose clause's subject is the salient person
// already: the other person of the sentences before (mention_other_person.cc).
bool ReadObjectPronounOfTheOtherPerson(const SentenceScan& scan, std::vector<Mention>* out,
                                       size_t* at);
// "he", "she", "him": the salient person of the sentences before.
bool ReadPronounOfTheLastPerson(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "they", "them": a compound subject or a plural group.
bool ReadTheyOrThem(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "the kingdom", "the emirate", "the island": the state of that kind named
// last (mention_state_nouns.cc).
bool ReadTheStateNoun(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "the South" after North Korea was named, "the North" after South Korea:
// the other half of Korea (mention_state_nouns.cc).
bool ReadTheOtherKorea(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "the two countries", "both sides", "the two": the last pair of parties (mention_definites.cc).
bool ReadThePair(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "all three", "the four countries": the last list of that many parties.
bool ReadTheCount(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "six world powers", "the P5+1", "the Baltic states": each member state
// of a group news names as one (mention_named_groups.cc).
bool ReadNamedGroup(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "its neighbour", "their rival": the party of the other country.
bool ReadTheCounterpart(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "the alliance", "the bloc", "the group": the organisation or armed group named last.
bool ReadTheOrganisationOrGroup(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "the decision", "the move": the state whose act was reported before.
bool ReadTheDecision(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// "it": the speaker, the last state or organisation, or nothing (mention_pronouns.cc).
bool ReadIt(const SentenceScan& scan, std::vector<Mention>* out, size_t* at);
// The end of the rules above for a definite noun that refers back ("the
// kingdom", "the alliance"): appends the mention of `code` for tokens
// [begin, last], and the "'s" after it when there is one, says in its
// `how` that tokens[head] stands for `code`, sets *at past it and returns
// true (mention_definites.cc).
bool AddReferringNoun(std::span<const Token> tokens, size_t begin, size_t head, size_t last,
                      std::string code, std::vector<Mention>* mentions, size_t* at);
// "the kingdom's forces": merges a state named again in the possessive with
// the role without a country right after it, which becomes that state's.
// Erases the owner's mention; `coordinated_with` indices of the others are
// kept pointing at the same mentions (a link to the owner, to the merged one).
void GiveReferringOwnersTheirRoles(std::vector<Mention>* mentions);

// ---------------------------------------------------------------- noun phrases
// Reads the noun phrase that starts at *at. When it names an actor, appends
// its mention (merged with the one before for "Bosnian Serbs") and sets *at
// to the phrase's end; otherwise appends nothing and sets *at past the
// phrase, or to the next token when no dictionary phrase was read. Updates
// the memory with a person's name (mention_phrases.cc).
void ReadPhraseAt(const SentenceScan& scan, std::vector<Mention>* mentions, size_t* at);

// The words of one noun phrase as ReadPhraseWords reads them, before they
// make a mention.
struct PhraseWords {
  size_t start = 0;                   // the phrase's first token, a determiner included
  size_t end = 0;                     // one past its last token
  std::string actor_code;             // the actor's code: the phrase's country or name
  std::string actor_words;            // that actor's dictionary name ("SYRIA")
  const AgentEntry* agent = nullptr;  // the role word that decides the sector, if any
  std::string agent_word;             // its dictionary name ("GOVERNMENT")
  std::vector<size_t> name_tokens;    // capitalised words no dictionary phrase covers
  TokenSpan person_span;              // a person named by a dictionary entry ("Hassan Rouhani")
  bool named_institution = false;     // person_span names a state or institution instead
  bool has_seed = false;              // a dictionary phrase or a sponsor word was read
  bool possessive = false;            // the phrase ends in 's and owns the next noun
  bool undated_entry = false;         // the phrase's actor entry has no dated codes
  bool role_of_a_persons = false;     // "Trump's supporters": the role is someone else's
  size_t last_agent_end = 0;          // where the last role word read ends; n + 1 if none
  bool sponsored = false;             // "Turkish-backed rebels": a role named with its backer
  std::string name;                   // the person's name the phrase holds, or ""
  bool group_modifier = false;        // NamesGroupModifier: "Rohingya refugees"
};

// Steps of ReadPhraseAt kept in files of their own. (Its other steps, which
// give the mention its code, are in mention_phrases.cc.)

// Reads into `words`, fresh but for its start, the words of the noun phrase
// that starts there, up to the first word that belongs to no part of it;
// see mention_phrase_words.cc.
void ReadPhraseWords(const SentenceScan& scan, PhraseWords* words);
// Whether the mention names a place, a city or the place of an event
// rather than a party: sets locative, place and city (mention_places.cc).
void MarkPlace(const SentenceScan& scan, const PhraseWords& words,
               const std::vector<Mention>& mentions, Mention* mention_out);
// "Bosnian Serbs": merges the last two mentions when they are a country's
// adjective and another people's plural name (mention_residents.cc).
void MergeResidentPeople(std::span<const Token> tokens, std::vector<Mention>* mentions);

// ---------------------------------------------------------------- the whole sentence
// Remembers the sentence's salient person (or a person the dictionaries do
// not know, "Mr Blair" named before) and its salient state or organisation,
// for "he", "she" and "it" in the next sentences; also the surnames of
// unknown people and the holders of roles (mention_salience.cc). Reads the
// mentions as the left-to-right reading left them.
void RememberSalientActors(const SentenceScan& scan, const std::vector<Mention>& mentions);
// Clears the code of weapons that are the instrument of an act ("fought
// with tanks"), not a party (mention_coordination.cc).
void DropWeaponInstruments(const SentenceScan& scan, std::vector<Mention>* out);
// "North and South Korea": inserts North Korea's mention before South's.
void AddNorthKorea(const SentenceScan& scan, std::vector<Mention>* out);
// "Washington and Brussels": Brussels joined by "and" to a state is the
// European Union (mention_brussels.cc).
void AddBrusselsBesideAState(const SentenceScan& scan, std::vector<Mention>* out);
// Sets coordinated_with along lists of actors ("Iran, Iraq and Syria").
void CoordinateLists(const SentenceScan& scan, std::vector<Mention>* out);
// Shares a role written once, and a country, along each list.
void ShareRolesInLists(const SentenceScan& scan, std::vector<Mention>* out);
// "Russian aircraft including helicopter gunships": a role without a
// country takes the country of the actor it is part of.
void PlaceRolesNamedAsParts(const SentenceScan& scan, std::vector<Mention>* out);
// "Russian shells and drones": a role without a country takes the country
// word before the first of the nouns joined by "and".
void PlaceRolesAfterCountryWord(const SentenceScan& scan, std::vector<Mention>* out);
// "diverted to Vilnius, where police detained a blogger": a role without a
// country that opens a "where" clause after a place is of that place's
// country (mention_where.cc).
void PlaceRolesInWhereClause(const SentenceScan& scan, std::vector<Mention>* out);
// "migrants, most of them Afghans": a country named after a role noun and
// a comma, with "many/most/all (of them)", takes that role when it names
// people (REF, CVL, LAB, EDU, AGR, REL) (mention_apposition.cc).
void PlaceRolesBeforeANationality(const SentenceScan& scan, std::vector<Mention>* out);
// Marks ethnic groups and codes each named with the country or place it
// lives in as that country's civilians (mention_residents.cc).
void SettleEthnicGroups(const SentenceScan& scan, std::vector<Mention>* out);
// Remembers the compound subject, the plural subject and the parties of
// the sentence, for "they" and "the two countries" in the next ones
// (mention_salience.cc).
void RememberForNextSentence(const SentenceScan& scan, const std::vector<Mention>& mentions);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_MENTION_PASSES_H_
