// What the pieces of the TABARI engine (tabari_engine.h) share: the clause,
// the verb's chosen pattern, the .options settings and the helpers that
// CodeTabari (tabari_engine.cc) calls. Private to src/coder; thread-safe
// (no shared state).
#ifndef KHALDUN_CODER_TABARI_INTERNAL_H_
#define KHALDUN_CODER_TABARI_INTERNAL_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coder/mentions.h"
#include "coder/patterns.h"
#include "khaldun/coder.h"

namespace khaldun::internal::tabari {

// A clause: tokens [begin, end).
struct Clause {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// What a pattern bound while matching.
struct Binding {
  int source = -1;
  int target = -1;
  int compound = -1;
  int alt_chars = 0;  // alphanumeric characters of the alternatives matched
};

struct VerbChoice {
  const VerbPattern* pattern = nullptr;
  EventCode code;
  Binding binding;
};

// TABARI's .options commands that change coding (manual chapter 8), read
// from CoderOptions::tabari_options.
struct TabariOptions {
  enum class CodeBy : uint8_t { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  // SET: MINIMUM WORDS (8.2.3): shorter sentences are not coded; a comma
  // counts as a word. TABARI's default is 8.
  int min_words = 8;
  // COMMA (8.6): comma-delimited phrases of more than MIN and at most MAX
  // words are deleted before coding; B... limits apply to the phrase that
  // opens the sentence, E... to the one that closes it.
  bool comma = true;
  int min = 2, max = 10, emin = 2, emax = 10, bmin = 128, bmax = 0;
  // DEFAULT (8.5): codes used when no source or target is found; PRIOR: the
  // default source whenever no actor precedes the verb; AFTER: the default
  // target whenever no actor follows it.
  std::string default_source, default_target;
  bool prior = false, after = false;
  // COMPLEX (8.7): limits past which a sentence is too complex to code.
  int complex_verbs = 0, complex_conj = 0;
  bool no_actor_prior = false;
  // SET: CONVERT AGENTS (8.2.6): an agent with no actor is an actor "~AGENT".
  bool convert_agents = false;
  // FORWARD (8.4): pronouns opening a sentence refer to the previous
  // sentence's first actor ("FORWARD: ... OFF" keeps it off).
  bool forward = false;
};

// TABARI lets other words stand between the blank-separated words of an
// actor or verb phrase (manual 5.5.3, the same connector rules as patterns;
// the verb "DEATH TOLL RISEN" in "death toll has risen"):
// "PRINCE DOL_AMROTH" is found in "the Prince of Dol_Amroth", "ITHILEN
// TELEVISION" in "Ithilen state-run television". khaldun's matcher reads
// phrase words as consecutive, so the TABARI mode adds these matches itself.
// The words in between are few (at most two) and may not be punctuation, a
// capitalised word, a conjunction or a verb, so that separate names are never
// read as one actor. Multi-word actor phrases, by their first word:
using GapIndex = std::unordered_map<std::string, std::vector<uint32_t>>;

// tabari_verb_patterns.cc: the verb's pattern, longest first.
std::string TabariRule(const Dictionary& dict, const PhraseMatch& verb, const VerbChoice& choice,
                       std::span<const Token> tokens);
VerbChoice ChooseVerbCode(const Dictionary& dict, const PhraseMatch& verb,
                          std::span<const Token> tokens, std::span<const Mention> mentions,
                          Clause clause);

// tabari_clauses.cc: words, clauses and dates.
bool IsMentionModifier(const Token& t);
bool IsVerbMatch(const PhraseMatch& m);
bool InsideMention(std::span<const Mention> mentions, TokenSpan span);
bool ReadsAsNoun(std::span<const Token> tokens, const PhraseMatch& m, bool tabari);
std::vector<Clause> SplitClauses(std::span<const Token> tokens,
                                 std::span<const PhraseMatch> matches,
                                 std::span<const Mention> mentions, bool tabari);
bool IsBe(const Token& t);
Date ShiftDate(Date date, int days);

// tabari_actors.cc: compound actors, gapped actor phrases, pronouns.
std::vector<int> Members(std::span<const Mention> mentions, int m);
std::vector<std::string> SplitCodes(const std::string& code);
void LinkCompounds(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                   std::vector<Mention>* mentions, bool tabari);
GapIndex IndexActorPhrases(const Dictionary& dict);
void AddGappedActors(const Dictionary& dict, const GapIndex& index, std::span<const Token> tokens,
                     std::vector<PhraseMatch>* matches);
void AddPronouns(std::span<const Token> tokens, std::vector<Mention>* mentions,
                 std::vector<int>* referent, const std::vector<std::string>& forwarded);

// tabari_options.cc: the .options commands, word counts, comma deletion.
TabariOptions ReadTabariOptions(const CoderOptions& options);
int CountWords(std::span<const Token> tokens, uint32_t begin, uint32_t end, bool commas);
std::vector<bool> KeepAfterCommas(std::span<const Token> tokens, std::span<const Mention> mentions,
                                  const TabariOptions& o);

}  // namespace khaldun::internal::tabari

#endif  // KHALDUN_CODER_TABARI_INTERNAL_H_
