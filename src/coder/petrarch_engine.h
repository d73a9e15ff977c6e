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
//   - sentence discards and '+' story discards from the discard file;
//   - with a parse tree, one noun phrase is one actor (see below), and the
//     tree's verb phrases are coded as PETRARCH-2 reads them: every verb with
//     its subject noun phrase as source and its object (a noun phrase, the
//     subject of a complement clause, a prepositional phrase's noun phrase)
//     as target, an agent alone as "---GOV"; a verb the tree reads as a noun,
//     or does not hold, codes nothing; a block-coded verb whose core source
//     came from an earlier clause takes its own subject;
//   - <Config> options, passed in CoderOptions::tabari_options as (option,
//     value) pairs (the core gets none): require_dyad (CoderOptions),
//     new_actor_length (short uncoded noun phrases are quoted actors,
//     "GRYFFINDOR HEAD MINERVA MCGONAGALL") and comma_emin/comma_emax (the
//     terminal comma clause is set aside).
//
// Not implemented (see docs/COMPATIBILITY.md): code_by_sentence and the
// other comma_* options.
#ifndef KHALDUN_CODER_PETRARCH_ENGINE_H_
#define KHALDUN_CODER_PETRARCH_ENGINE_H_

#include <string_view>
#include <vector>

#include "khaldun/coder.h"

namespace khaldun::internal {

// Codes `doc` with PETRARCH-2's semantics. Thread-safe (no shared state).
std::vector<Event> CodePetrarch(const CoderResources& resources, const CoderOptions& options,
                                const AnalyzedDocument& doc, ExplainTrace* trace);

// The same with the document's constituency parse (PETRARCH's <Parse>, one
// bracketed tree covering the document's tokens in order; "" for none). With a
// parse, actors the tree puts in one noun phrase are one actor: in "Ithilen's
// awful and evil minister Calimehtar warned ..." the "and" joins adjectives,
// so the source is ITHGOV alone, not a compound of ITH and CALGOV. A parse
// that cannot be read or aligned with the tokens is ignored.
std::vector<Event> CodePetrarch(const CoderResources& resources, const CoderOptions& options,
                                const AnalyzedDocument& doc, std::string_view parse,
                                ExplainTrace* trace);

}  // namespace khaldun::internal

#endif  // KHALDUN_CODER_PETRARCH_ENGINE_H_
