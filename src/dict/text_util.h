// Small text helpers shared by the PETRARCH-2 and TABARI readers: line
// splitting, comments, words, inflection, codes and dates. All functions are
// pure. Upper-casing is ASCII, plus ICU's root-locale upper case for the rare
// word with non-ASCII letters ("Côte" -> "CÔTE").
#ifndef KHALDUN_DICT_TEXT_UTIL_H_
#define KHALDUN_DICT_TEXT_UTIL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/dictionary.h"

namespace khaldun::internal {

struct SourceLine {
  std::string_view text;  // without the line terminator
  uint32_t number = 0;    // 1-based
};

// Splits on \n, \r\n and \r. NUL bytes are kept (the caller reports them).
std::vector<SourceLine> SplitLines(std::string_view text);

std::string_view Trim(std::string_view s);
std::string ToUpper(std::string_view s);
void ToUpperInto(std::string_view s, std::string* out);

// Cuts the line at the first of `markers` that is not inside [...] brackets.
std::string_view CutComment(std::string_view line, std::string_view markers);

// Removes "<!-- ... -->" comments; `in_comment` carries a comment that spans lines.
std::string StripXmlComments(std::string_view line, bool* in_comment);

// Words of a phrase separated by blanks or underscores, upper-cased. A phrase
// that ended in '_' sets *trailing_underscore.
std::vector<std::string> SplitPhrase(std::string_view phrase, bool* trailing_underscore = nullptr);
std::string JoinWords(const std::vector<std::string>& words);

// A dictionary word as the tokenizer will see it in text (PTB clitics, see
// include/khaldun/text.h): "SYRIA'S" -> SYRIA 'S, "DIDN'T" -> DID N'T,
// "CAN'T" -> CA N'T, "THEY'VE" -> THEY 'VE, "NATIONS'" -> NATIONS ',
// "CANNOT" -> CAN NOT, "BOSNIA/HERZEGOVINA" -> BOSNIA / HERZEGOVINA, "US$" ->
// US $. Other words come back alone ("O'BRIEN", "AT&T").
std::vector<std::string> SplitClitics(const std::string& word);

// Inflection, on upper-case words (rules in docs/DICTIONARIES.md).
std::string NounPlural(std::string_view word);
// TABARI's literal endings on a whole last word of an actor, agent or noun
// (manual 5.2.3): +S, +ES and +EN ("FISHERM_" -> FISHERMEN); 'S is a token.
std::vector<std::string> TabariNounEndings(std::string_view word);
// The 3rd person singular, past and present participle of a regular verb.
std::vector<std::string> RegularVerbForms(std::string_view verb);

// "[042]", "[042:043]", "[:173]", "[---]" -> EventCode; nullopt if malformed.
std::optional<EventCode> ParseEventCode(std::string_view inside_brackets);

// "20140101" (YYYYMMDD) or "140101" (YYMMDD) -> YYYYMMDD; nullopt otherwise.
// A day past the month's end (Feb 31) is clamped to its last day and sets *clamped.
std::optional<int32_t> ParseDictDate(std::string_view text, bool* clamped = nullptr);

// The text inside "[CODE restriction]" -> code and range. On a malformed
// restriction returns nullopt and sets *error; a clamped date sets *warning.
std::optional<DatedCode> ParseDatedCode(std::string_view inside, std::string* error, std::string* warning);

// First unbalanced ( ) [ ] { } in `s`, as a message; empty when balanced.
std::string CheckBrackets(std::string_view s);

// A CAMEO event code: "---", or 2-4 digits whose first two are 01..20 (with
// a known option list, membership in it instead).
bool IsCameoShaped(std::string_view code);

// A word that no token can equal: it mixes letters with characters the
// tokenizer always splits off ("(AAIA)", "ISLAMI+"). Returns the reason or "".
std::string WhyWordNeverMatches(std::string_view word);

// FNV-1a 64.
uint64_t Fnv1a(std::string_view bytes, uint64_t seed = 14695981039346656037ull);

}  // namespace khaldun::internal

#endif  // KHALDUN_DICT_TEXT_UTIL_H_
