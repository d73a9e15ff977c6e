// Choosing a verb's event code from its block's patterns.
#ifndef KHALDUN_SRC_CODER_PATTERNS_H_
#define KHALDUN_SRC_CODER_PATTERNS_H_

#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "coder/mentions.h"
#include "khaldun/cameo.h"
#include "khaldun/dictionary.h"
#include "khaldun/event.h"

namespace khaldun::internal {

struct PatternChoice {
  const VerbPattern* pattern = nullptr;  // null: the block's (or form's) own code
  EventCode code;
  int target = -1;  // mention index bound by '+', or -1
  int source = -1;  // mention index bound by '$', or -1
  int words_matched = 0;
  // The words the pattern matched after the verb, first to last ("imposed
  // MARTIAL LAW"); empty when none.
  TokenSpan word_span;
};

// The region of the sentence a trigger's pattern may look at: from the start
// of its clause to the end of it, in token indices.
struct ClauseWindow {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Whether the token spells `word` (upper case, as dictionaries write it),
// case-insensitively; with `stem`, whether it begins with it (TABARI's stems).
bool SpellsWord(const Token& t, std::string_view word, bool stem);

// Sets the event's code and what the codebook says of it: root, QuadClass,
// Goldstein score, PLOVER type and mode.
void SetEventCode(const CameoCode& info, std::string_view code, Event* event);

// For each verb block, each pattern's verb position and the word its match
// after the verb must begin with, read once from the dictionary so that
// ChoosePattern skips most patterns without touching their elements. A
// sentence offers a verb only a few words to its right ("called FOR",
// "met WITH"), and most patterns begin with such a word.
struct PatternIndex {
  struct Entry {
    uint32_t verb_at = 0;          // index of the '*' element; kNoVerb: unusable
    std::string_view first_word;   // empty: no plain word first (actor, synset, stem, none)
    uint64_t first_word_hash = 0;  // UpperWordHash(first_word): compared before the text
    // The element right before the verb, when a plain word ("- JETS *"): it
    // must stand within kMaxGap tokens before the trigger.
    std::string_view word_before;
    uint64_t word_before_hash = 0;
    // The pattern is only a particle after the verb ("- * (UP)"): that
    // element, which must stand right after the verb; null otherwise.
    const PatternElement* lone_particle = nullptr;
    // The synonym set the match after the verb begins with ("- * &MILAID"),
    // or -1: one of its phrases' first words must stand in the gap.
    int32_t first_synset = -1;
    // Whole words the match after the verb needs besides the first one
    // ("- * + MUST", "- * (THAT +) MUST RESIGN"): each must stand somewhere
    // between the trigger and the clause's end, or the pattern cannot match.
    // Up to kMaxLaterWords of them; more are left to MatchForward.
    static constexpr uint32_t kMaxLaterWords = 4;
    std::array<uint64_t, kMaxLaterWords> later_word_hashes{};
    uint8_t later_word_count = 0;
    // The match after the verb binds an actor ('+' or '$'): some coded
    // mention must begin between the trigger and the clause's end.
    bool binds_after = false;
  };
  static constexpr uint32_t kNoVerb = ~0u;
  std::vector<std::vector<Entry>> blocks;  // parallel to dict.verb_blocks() and their patterns
  // Parallel to `blocks`: the usable patterns of a block by their first word
  // (hash, pattern index; sorted), and those with no plain first word, so
  // that ChoosePattern tries only the patterns whose first word stands in
  // the gap after the verb, not every pattern of a large block.
  struct Lookup {
    std::vector<std::pair<uint64_t, uint32_t>> by_first_word;
    std::vector<uint32_t> without_first_word;
  };
  std::vector<Lookup> lookups;
  // Parallel to dict.synsets(): the hashes of its phrases' first words, sorted.
  std::vector<std::vector<uint64_t>> synset_first_words;
  // Parallel to dict.verb_blocks(): 1 when the block's code or one of its
  // patterns' codes may act on a place (TargetIsAPlace), or a pattern binds
  // a place itself ("(IN +)"). "fired missiles at
  // a base in Syria": FIRE is [---] until a pattern gives 195, and the
  // sentence must still be read with "in Syria" as a possible target.
  std::vector<uint8_t> block_may_act_on_place;
  // Parallel to dict.verb_blocks(): 1 when the block's code or one of its
  // patterns' codes is a protest (14), or a restriction imposed or eased
  // (172, 081): acts that may have an implicit target (MayHaveImplicitTarget).
  std::vector<uint8_t> block_may_protest;
  std::vector<uint8_t> block_may_restrict;

  // For a block and one of those kinds of act: whether a trigger of the
  // block may take such a code here. `always` when a word of the block or a
  // pattern without a word after the verb has it; otherwise the words the
  // patterns that have it must find within a few tokens after the verb
  // ("restricted ACCESS", "imposed a CURFEW"). Lets the coder skip
  // ChoosePattern and tagging for sentences that cannot hold such an act.
  struct Cues {
    bool always = false;
    std::vector<uint64_t> first_words;  // UpperWordHash
  };
  std::vector<Cues> place_cues, protest_cues, restrict_cues;  // parallel to verb_blocks()
  bool Cued(const Cues& cues, std::span<const Token> tokens, uint32_t after) const;

  // The dictionary must outlive the index (entries view its words).
  static PatternIndex Build(const Dictionary& dict);
};

// A country that suffers force, receives relief or is visited is a place or
// a population, not its government (tests/gold/README.md): "Russia invaded
// Ukraine" UKR, "Japan sent relief teams to Indonesia" IDN, "Obama landed in
// Havana" CUB, "Israel withdrew from Lebanon" LBN; so is a country offered
// condolences ("sorrow over the earthquake that struck Turkey"), recognised
// as a state ("recognised Kosovo") or attacked by one claiming it ("claimed
// the attacks in Paris").
bool TargetIsAPlace(std::string_view code);

// Acts whose target may go unnamed because it is the actor's own country:
// a protest against the protesters' government (14: "thousands of Kurds
// demonstrated in Kirkuk") or a demand for political change (104x),
// restrictions a state imposes on its own people
// (172: "Iran restricted access to Instagram"). Easing in general (081) is left out:
// "signs that oil prices are easing" read as a state easing restrictions.
bool MayHaveImplicitTarget(std::string_view code);
// The first kind: protests (14) and demands for political change (104x:
// "protesters demanded the resignation of the city's leader"), addressed to
// the government of the actor's own country.
bool AddressesOwnGovernment(std::string_view code);
// The second kind: restrictions imposed (172x), falling on the state's own
// population, and curfews and emergency rule eased (0813, 0814) or
// threatened (1323, 1324).
bool FallsOnOwnPopulation(std::string_view code);

// FNV-1a of the word with ASCII letters upper-cased, as SpellsWord compares.
uint64_t UpperWordHash(std::string_view word);

// Tries every pattern of the trigger's block against the tokens around the
// trigger and returns the most specific one that matches in full (the most
// words matched; ties go to the earlier pattern). When none matches, returns
// the form's code with pattern == nullptr.
// `index`, when given, must be PatternIndex::Build(dict); the choice is the
// same with or without it.
PatternChoice ChoosePattern(const Dictionary& dict, const PhraseMatch& trigger,
                            std::span<const Token> tokens, std::span<const Mention> mentions,
                            ClauseWindow window, const PatternIndex* index = nullptr);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_PATTERNS_H_
