// TABARI 0.8's coding semantics (CodingMode::kTabari), for users of TABARI
// dictionaries. The rules follow the TABARI 0.8.4 manual, chapters 5-6:
//
//   - a sentence holding a [###] code (actor, verb or <TIME> word) is
//     discarded, one holding a [+++] code is "too complex" and not coded;
//   - <TIME> words shift the event date ("Yesterday" [-1]);
//   - the sentence is split into clauses at conjunctions that separate verbs
//     ("Arnor denounced Gondor and threatened Mordor" is two clauses sharing
//     the source);
//   - in each clause the first verb with a non-null code is coded;
//   - the verb's patterns are tried longest first (manual 5.2.2); words may
//     have other words between them unless joined by '_'; '$' and '+' bind
//     the source and target, '%' a compound actor whose members act on each
//     other;
//   - without '$' the source is the first actor of the clause before the verb,
//     else the previous clause's source; without '+' the target is the first
//     actor after the verb (manual 5.8), with passive voice ("was attacked by
//     X") swapping them;
//   - compound actors give one event per pair, coded compound actors
//     ("[ELR/GAL]") one per code, paired codes [A:B] the reverse event;
//   - pronouns refer to the sentence's first actor (THEY to its first
//     compound), and actor phrases may have a few words between their words
//     ("PRINCE DOL_AMROTH" in "the Prince of Dol_Amroth");
//   - the .options commands in CoderOptions::tabari_options (manual chapter
//     8) drive the rest: SET: MINIMUM WORDS, COMMA (deletion of
//     comma-delimited clauses), SET: CODE BY CLAUSE/SENTENCE/ALL, DEFAULT,
//     COMPLEX and SET: CONVERT AGENT. Without them nothing is filtered, and
//     the rules of TABARI's parser that the PETRARCH mode (which shares this
//     core) does not follow are off. docs/COMPATIBILITY.md lists them all.
#ifndef KHALDUN_CODER_TABARI_ENGINE_H_
#define KHALDUN_CODER_TABARI_ENGINE_H_

#include <vector>

#include "khaldun/coder.h"

namespace khaldun::internal {

// Codes `doc` with TABARI's semantics. Thread-safe (no shared state).
std::vector<Event> CodeTabari(const CoderResources& resources, const CoderOptions& options,
                              const AnalyzedDocument& doc, ExplainTrace* trace);

}  // namespace khaldun::internal

#endif  // KHALDUN_CODER_TABARI_ENGINE_H_
