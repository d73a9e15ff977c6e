#include "coder/mention_words.h"

#include <array>
#include <string>
#include <vector>

#include "coder/mentions.h"

namespace khaldun::internal {
namespace {

// Words naming a kind of settlement or area before "of" and its name ("the
// city of Axum", "the town of Baga", "the province of Idlib"), and their
// plurals before the first of several names ("the towns of Kidal and Gao",
// "in the villages of Solhan and Tadaryat"). ("states" is left out: "the
// United States of America" names no settlement.)
constexpr std::array<std::string_view, 13> kSettlementWords = {
    "city",      "town",   "village",   "region",    "province", "district",  "state",
    "capital",   "cities", "towns",     "villages",  "provinces", "districts"};

// kNotNames grouped by length, so that a capitalised token (tested for
// nearly every token of every sentence) is compared with a handful of words
// of its own length, not all 72.
bool IsNotAName(const Token& t) {
  static const auto* const by_length = [] {
    auto* table = new std::array<std::vector<std::string_view>, 16>();
    for (std::string_view w : kNotNames) (*table)[w.size()].push_back(w);
    return table;
  }();
  if (t.text.size() >= by_length->size()) return false;
  return InWords((*by_length)[t.text.size()], t);
}

}  // namespace

bool IsNameToken(const Token& t) {
  return t.Has(kTokenWord) && t.Has(kTokenCapitalized) && !IsNotAName(t) &&
         !(t.Has(kTokenSentenceStart) && InWords(kQuantityWords, t));
}

bool IsPronounForPerson(const Token& t) {
  return IsWord(t, "he") || IsWord(t, "she") || IsWord(t, "him");
}

std::string SpanText(std::span<const Token> tokens, TokenSpan span) {
  std::string out;
  for (uint32_t k = span.begin; k < span.end && k < tokens.size(); ++k) {
    if (!out.empty() && !tokens[k].Has(kTokenPossessive)) out.push_back(' ');
    out.append(tokens[k].text);
  }
  return out;
}

bool IsCompassWord(const Token& t) {
  static constexpr std::array<std::string_view, 13> kCompass = {
      "north",        "south",        "east",        "west",    "northern",
      "southern",     "eastern",      "western",     "central", "northeastern",
      "northwestern", "southeastern", "southwestern"};
  return InWords(kCompass, t);
}

bool IsHyphenedPlaceState(const Token& t) {
  // What its rulers or troubles make of a place, told in one hyphened word
  // before its name: "a court in military-ruled Myanmar", "aid workers in
  // war-torn Yemen", "hospitals in quake-hit Turkey". The place is still
  // the roles' country. ("rebel-held", "Russian-occupied" are left out: the
  // police in a rebel-held town are not the state's.)
  static constexpr std::array<std::string_view, 5> kStates = {"-ruled", "-torn", "-ravaged",
                                                              "-stricken", "-hit"};
  if (!t.Has(kTokenWord) || t.text.find('-') == std::string_view::npos) return false;
  for (std::string_view suffix : kStates)
    if (t.text.size() > suffix.size() + 1 && t.text.ends_with(suffix)) return true;
  return false;
}

size_t SkipToPlaceName(std::span<const Token> tokens, size_t p) {
  const size_t n = tokens.size();
  if (p < n && IsDeterminer(tokens[p])) ++p;
  if (p + 1 < n && IsHyphenedPlaceState(tokens[p]) && tokens[p + 1].Has(kTokenCapitalized)) ++p;
  if (p < n && IsCompassWord(tokens[p])) ++p;
  if (p + 2 < n && InWords(kSettlementWords, tokens[p + 1]) && IsWord(tokens[p + 2], "of"))
    return p + 3;  // "the Tigrayan city of"
  if (p + 1 < n && InWords(kSettlementWords, tokens[p]) && IsWord(tokens[p + 1], "of"))
    return p + 2;  // "the city of"
  return p;
}

}  // namespace khaldun::internal
