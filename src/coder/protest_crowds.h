// Street protests told as a noun, with no one named who held them: "after
// a month of mass student protests against her government", "as protests over the
// killing spread to dozens of cities". They were a crowd's, and a crowd that
// protests is the opposition (OPP) of its country (see CrowdSubject for the
// crowd told as a verb's subject).
#pragma once

#include <cstdint>
#include <span>

#include "khaldun/syntax.h"

namespace khaldun::coder_internal {

// Whether the event noun at `noun` (a protest, a demonstration, a rally)
// names street protests that took place: a plural ("protests", "rallies")
// or a noun of mass protest ("mass protest", "street protest"), told as a
// stretch of time or a wave ("days of protests", "a wave of
// demonstrations"), as a cause ("after", "amid", "following", "bowing to",
// "in the face of" protests), each with an aim right after the noun
// ("against", "demanding", ...); as the subject of a verb of spreading or
// breaking out ("protests erupted", "as protests over the verdict spread");
// or as the object of a participle of result after a comma ("..., setting
// off nightly protests"). Protests called, planned, banned or feared
// ("ahead of protests", "a ban on protests", "calls for protests") are none
// of these. Pure function of the tokens.
bool CrowdProtestThatHappened(std::span<const Token> tokens, TokenSpan noun);

// Whether the party at `party` is named as who leads, organises or calls a
// protest: "a hunger strike led by Marwan Barghouti", "a rally organised by
// the opposition", "a strike called by the unions" (the participle and "by"
// right before it). Pure function of the tokens.
bool LeaderOfTheProtest(std::span<const Token> tokens, TokenSpan party);

// Whether the protest noun at `noun` is the act of the protest verb that
// ends at `verb_end` (with `verb_begin` its first word): inside its words
// ("began a hunger strike") or in a phrase right after it ("refused food
// on Monday in a hunger strike", "marched in a rally against the law"),
// with no comma or other verb between. Pure function of the tokens.
bool ProtestNounOfTheVerb(std::span<const Token> tokens, TokenSpan noun, uint32_t verb_begin,
                          uint32_t verb_end);

// Whether the words after a crowd's verb, from `from` to the end of the
// sentence, give it a festive or mourning purpose ("to celebrate", "to
// mark", "to watch", "to welcome", "to mourn"): "about 250,000 people took
// to the streets - more than last year - to celebrate the carnival" is no
// protest. Pure function of the tokens.
bool FestivePurposeAfter(std::span<const Token> tokens, uint32_t from);

// Whether the party at `party` is the object of a present participle that
// does not tell a protest's aim: "cheering the troops", "waving flags of"
// (past determiners), but not "demanding", "denouncing", "calling on".
// Pure function of the tokens.
bool ObjectOfAnotherParticiple(std::span<const Token> tokens, TokenSpan party);

// Whether the protest noun at `noun` is one the text looks ahead to:
// "police deployed ahead of protests called by the opposition", "in the
// run-up to the strike" (a protest called is not yet held; a summit or an
// invasion "ahead of" which something happened often was). Pure function
// of the tokens.
bool ProtestLookedAheadTo(std::span<const Token> tokens, TokenSpan noun);

// "Tens of thousands marched through Bucharest in the biggest rally so
// far against the government": the protest noun at `noun`
// stands in a phrase of circumstance ("in" and a determiner, or a noun of
// crowds) after a clause whose verb tells what the protesters did. Returns
// the first token of that clause's last finite verb before "in", with no
// comma between and not before `clause_begin`; or uint32_t(-1). ("resigned
// in protest at the verdict" has no determiner: one person's reason.)
// Pure function of the tokens.
uint32_t VerbOfAProtestCircumstance(std::span<const Token> tokens, TokenSpan noun,
                                    uint32_t clause_begin);

}  // namespace khaldun::coder_internal
