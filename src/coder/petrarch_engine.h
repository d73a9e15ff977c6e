// PETRARCH-2's coding semantics (CodingMode::kPetrarch), for users of
// PETRARCH-2 dictionaries.
//
// PETRARCH-2's validation records are TABARI's, re-coded over CoreNLP parses,
// and for a flat sentence the two coders agree: the verb's patterns, '$' and
// '+', paired [A:B] codes, compound actors (one event per pair), passive voice,
// discards and dated actors work as in TABARI. CodePetrarch therefore runs the
// shared sparse-parse core (src/coder/tabari_engine.h) and then applies what
// PETRARCH-2 does differently:
//
//   - an actor is the whole noun phrase, and every agent inside it composes
//     with the actor's code (PETRARCH-2's NP reading): an agent head with a
//     prepositional complement ("Soldiers from Gondor" -> GONMIL, "Lawmakers
//     in Fornost and Gondor" -> FORLEG, GONLEG), an agent after a possessive
//     ("Dagolath's first Deputy Prime Minister Telemar" -> DAGGOV) and an agent
//     right after the actor ("an MSF Arnor diplomat" -> NGOARNGOV). Suffix
//     agents ("~GOV") are appended, prefix agents ("NGO~") put before.
//
// Not implemented (see docs/COMPATIBILITY.md): reading the record's <Parse>
// tree, new_actor_length, code_by_sentence and the comma_* options.
#ifndef KHALDUN_CODER_PETRARCH_ENGINE_H_
#define KHALDUN_CODER_PETRARCH_ENGINE_H_

#include <vector>

#include "khaldun/coder.h"

namespace khaldun::internal {

// Codes `doc` with PETRARCH-2's semantics. Thread-safe (no shared state).
std::vector<Event> CodePetrarch(const CoderResources& resources, const CoderOptions& options,
                                const AnalyzedDocument& doc, ExplainTrace* trace);

}  // namespace khaldun::internal

#endif  // KHALDUN_CODER_PETRARCH_ENGINE_H_
