// Parsers for the pattern part of a verb-dictionary line ("$ * (TO +)"), in
// the PETRARCH-2 and the TABARI flavour. They only build the element list;
// synset references are resolved later (synsets may be defined after use).
#ifndef KHALDUN_DICT_PATTERN_PARSER_H_
#define KHALDUN_DICT_PATTERN_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "khaldun/dictionary.h"

namespace khaldun::internal {

// PETRARCH-2: words, &SYNSET, * $ + ^ %, {noun phrase}, (prepositional phrase).
// '_' joins words that must be adjacent. Returns false and sets *error when
// the pattern cannot be used (no '*', two '*', a { A | B } disjunction, a word
// no token can equal).
bool ParsePetrarchPattern(std::string_view text, std::vector<PatternElement>* out, std::string* error);

// TABARI: as above but words not ending in '_' are stems, braces hold
// { A | B } alternatives, and there are no phrase brackets.
bool ParseTabariPattern(std::string_view text, std::vector<PatternElement>* out, std::string* error);

// Splits "PATTERN [CODE] ..." into the pattern text and the code text inside
// the last brackets. False when there is no bracketed code.
bool SplitTrailingCode(std::string_view line, std::string_view* body, std::string_view* code);

}  // namespace khaldun::internal

#endif  // KHALDUN_DICT_PATTERN_PARSER_H_
