// Verbs of headlines read as nouns. A headline drops its articles and puts
// its verb in the present: "Senate blocks budget bill", "Rebels free two
// aid workers". The tagger, trained on running text, often reads the verb
// after the subject as the head of a noun compound ("Senate blocks"), and
// the coder then drops it as an event noun with no source.
#ifndef KHALDUN_SRC_CODER_HEADLINE_VERBS_H_
#define KHALDUN_SRC_CODER_HEADLINE_VERBS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "khaldun/dictionary.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// Whether the sentence reads as a headline: it does not end with a full
// stop, a question or exclamation mark (past a closing quote), and is at
// most 30 tokens long. Pure.
bool IsHeadlineSentence(std::span<const Token> tokens);

// The form of a verb the dictionary lists: "blocks" (third person, the
// lemma plus -s) or "block" (the lemma itself, for a plural subject).
enum class HeadlineForm : uint8_t { kThirdPerson, kBase };

// Whether the dictionary verb on tokens[verb.begin, verb.end) is the verb
// of a headline although the tagger read its first word as a noun or an
// adjective: the sentence is a headline (IsHeadlineSentence); a party (an
// actor or role, `party_before`) ends right before it; no finite verb
// stands before it in its clause; an object follows at once (a determiner, a number, an
// adjective, a possessive pronoun or a noun, not a preposition or a verb);
// and no finite verb follows before the clause ends (a comma or a word
// such as "as", "after", "amid"). "Junta bans two newspapers": true for
// "bans". "Army raids kill five": false (the verb is "kill"). A base form
// needs a plural subject: a plural noun ("Rebels free ...", "police"), or
// actors joined by "and" ("Chile and Peru sign ..."). Pure; `verb` must lie
// within `tokens`.
bool ReadsAsHeadlineVerb(std::span<const Token> tokens, TokenSpan verb, HeadlineForm form,
                         bool party_before);

// Retags as VBZ (third person) or VBP (base form) the first word of every
// verb of `matches` that ReadsAsHeadlineVerb accepts, so that the subject
// search and the verb reading agree. Verb forms that are neither (past
// forms, gerunds) are left alone: CorrectVerbTags handles those.
void CorrectHeadlineVerbTags(const Dictionary& dict, std::span<const PhraseMatch> matches,
                             std::vector<Token>* tokens);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_HEADLINE_VERBS_H_
