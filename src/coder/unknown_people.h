// People the dictionaries do not know ("Labour leader Jeremy Corbyn", "Ms
// Hutt", "Hall, 24,"), found so that a "he" or "she" that stands for them
// codes nothing rather than someone else. Internal to src/coder.
#ifndef KHALDUN_SRC_CODER_UNKNOWN_PEOPLE_H_
#define KHALDUN_SRC_CODER_UNKNOWN_PEOPLE_H_

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "coder/mentions.h"

namespace khaldun::internal {

// The first person in a subject's place before token `end` of the sentence:
// a mention (its index), a person the dictionaries do not know
// (kUnknownPerson, named in `unknown_name`), or none (kNoPerson). "Trump
// said he was pulling the troops out": he is Trump, the sentence's own
// subject, whoever the sentence before was about; "Begum married Riedijk
// after she arrived in Syria": she is Begum, whom no dictionary knows, so
// she codes nothing.
// A person named before by a surname alone after a title ("Mr Blair") is
// kNamedBefore, with the code in `known_code`.
constexpr int kNoPerson = -1, kUnknownPerson = -2, kNamedBefore = -3;
int FirstSubjectPerson(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                       const std::vector<Mention>& mentions, const CoreferenceMemory& memory,
                       const Gazetteer* gazetteer, size_t end, std::string* unknown_name,
                       std::string* known_code = nullptr);

// Remembers the surnames of the people of the sentence whom the
// dictionaries do not know, named in full, with a title or a role, or with
// their age ("The coroner David Horsley ruled that Ollie Hall, 24, died"),
// so that "Hall" alone later is a person too.
void RememberUnknownPeople(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                           const std::vector<Mention>& mentions, const Gazetteer* gazetteer,
                           CoreferenceMemory* memory);

// Remembers, with the code of the role they stand in apposition to, the
// people the dictionaries do not know who are named in full beside a role
// that gives their office ("Chad's interior minister, Amina Bello, said
// ...", "Amina Bello, Chad's interior minister, said ..."), so that their
// surname alone later in the article ("Bello accused ...") is that office.
// Call it before RememberUnknownPeople.
void RememberAppositiveNames(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                             const std::vector<Mention>& mentions, const Gazetteer* gazetteer,
                             CoreferenceMemory* memory);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_UNKNOWN_PEOPLE_H_
