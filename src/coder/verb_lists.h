// Lists of acts that share one subject: "Soldiers seized the president,
// dissolved the cabinet and imposed a curfew". The verbs after the first
// have no subject of their own; the actor in the previous verb's object is
// not it.
#ifndef KHALDUN_SRC_CODER_VERB_LISTS_H_
#define KHALDUN_SRC_CODER_VERB_LISTS_H_

#include <cstdint>
#include <span>

#include "coder/mentions.h"
#include "khaldun/dictionary.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// Whether the verb at tokens[verb] continues, after a comma, the list of
// acts of the verb that ends at tokens[previous_end] (exclusive): the verb
// is a finite past form (VBD) right after a comma (past at most one adverb:
// ", then expelled"), and between the previous verb and that comma there is
// only its object and phrases of circumstance: no other finite verb, no
// relative or subordinating word ("which", "after", "as" ...), no other
// comma ("and the army chief, General X, declared": an appositive), no ';'
// or ':'.
// "Troops captured the mayor in the capital, dissolved the council": true
// for "dissolved". "Russia shelled the port, Ukrainian officials said":
// false (a subject stands before "said"). "The army, which seized the
// airport, closed the border": true for "closed" after "seized"; the
// relative clause's subject is its antecedent, the same actor. Pure; `verb` and `previous_end` must
// lie within `tokens`.
bool ContinuesVerbList(std::span<const Token> tokens, uint32_t verb, uint32_t previous_end);

// "Riot police beat and detained dozens of protesters", "Coastguard vessels
// rammed, fired on and seized three boats": where the verb ending at
// tokens[verb_end] (exclusive) is followed right away by "and", "or" or a
// comma and another verb of `matches` (a finite or base form, past at most
// one adverb; after "and" or "or", any past form: "rammed and boarded two
// boats"), and so on, the verbs share the object of the last one: the
// token where that last verb ends. 0 when no verb is joined so ("beat them
// and detained ...": the first verb has an object of its own; "attacked,
// killing ...": a participle adds an act, it shares no object; "trained and
// equipped by the US": a passive's agent follows).
uint32_t SharedObjectVerbEnd(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                             uint32_t verb_end);

// "Police beat and detained dozens of protesters in Cairo": whether the
// tokens from `from` (where the joined verbs end) up to `object_begin` stay
// inside the phrase that holds their shared object or its recipient ("sold
// and delivered arms to Chad"): no comma, verb, agent or instrument "by",
// nor a preposition of place or time ("in", "at", "during", ...) between.
// "resigned and fled the capital by army helicopter": the army is no object
// of the resignation. Pure.
bool InSharedObjectPhrase(std::span<const Token> tokens, uint32_t from, uint32_t object_begin);

// "Burundi expelled three Rwandan diplomats, accusing them of spying": whether
// the verb at `verb` is a present participle right after a comma whose
// object is "them", "him" or "her" right after it. Such a participle adds an
// act of the main clause's subject, and the pronoun stands for that
// clause's object, `object` (the previous verb's target): "them" for a
// plural noun phrase (its last word a plural noun: "diplomats", "planes"),
// "him" or "her" for a person (or a phrase that ends with a name). ("froze the defendants' U.S.
// assets, forcing them to ...": "them" are not the United States.)
bool ParticipleOnThePreviousObject(std::span<const Token> tokens, TokenSpan verb,
                                   const Mention& object);

// "The EU condemned the crackdown that followed the vote, and imposed
// sanctions on Belarus": for a verb after ", and" whose clause starts at
// `clause_begin`, right after a relative "that", "which" or "who", the
// finite verb of the clause the relative clause hangs on (within 16 tokens
// before the relative word, not past ';' or ':'): the verb whose subject
// the verb after ", and" shares. -1 if there is none.
int MainVerbBeforeRelative(std::span<const Token> tokens, uint32_t clause_begin);

// "Militants overran the town of Sinjar in northern Iraq, carrying off
// thousands of women and girls": whether the verb at
// `verb` is a present participle after a comma or "and" whose object is
// people told by their number alone ("hundreds of men", "at least 30",
// "dozens of villagers", past "at least", "more than", "as many as",
// "some", "about", "nearly"). Such an act falls on the people of the place
// the clause's first act hit (the coder takes that act's target when it is
// a country).
bool ParticipleOnANumberOfPeople(std::span<const Token> tokens, TokenSpan verb);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_VERB_LISTS_H_
