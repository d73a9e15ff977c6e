#include "coder/verb_lists.h"

#include <array>
#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// Words that open a clause of another verb between the listed verbs: the
// comma then closes that clause, and the verb after it may be its
// subject's main verb ("Police arrested the man who attacked the envoy,
// officials said"), or a new sentence part.
constexpr std::array<std::string_view, 18> kClauseOpeners = {
    "which", "who",     "whom",  "whose", "that",   "after", "before", "when", "while",
    "as",    "because", "since", "if",    "unless", "until", "where",  "but",  "though"};

bool OpensClause(const Token& t) {
  for (const std::string_view w : kClauseOpeners)
    if (IsWord(t, w)) return true;
  return false;
}

}  // namespace

bool ContinuesVerbList(std::span<const Token> tokens, uint32_t verb, uint32_t previous_end) {
  if (verb >= tokens.size() || previous_end == 0 || previous_end >= verb) return false;
  if (tokens[verb].pos != kPosVBD) return false;
  // ", dissolved" or ", then dissolved".
  uint32_t comma = verb - 1;
  if (tokens[comma].pos == kPosRB && comma > 0) --comma;
  if (tokens[comma].text != "," || comma <= previous_end) return false;
  for (uint32_t k = previous_end; k < comma; ++k) {
    const Token& t = tokens[k];
    // (A comma before: an appositive or a clause of its own may end there,
    // "and the army chief, General X, declared".)
    if (t.text == "," || t.text == ";" || t.text == ":" || OpensClause(t) || IsFiniteVerbTag(t.pos))
      return false;
  }
  return true;
}

uint32_t SharedObjectVerbEnd(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                             uint32_t verb_end) {
  uint32_t end = verb_end, shared = 0;
  while (end + 1 < tokens.size()) {
    const Token& joint = tokens[end];
    if (joint.text != "," && !IsWord(joint, "and") && !IsWord(joint, "or")) break;
    uint32_t next = end + 1;
    if (tokens[next].pos == kPosRB && next + 1 < tokens.size()) ++next;
    // (A past participle after "and" is most often a past form the tagger
    // misread: "beat and detained"; after a comma it describes.)
    const uint8_t pos = tokens[next].pos;
    if (pos != kPosVBD && pos != kPosVBZ && pos != kPosVBP && pos != kPosVB &&
        !(pos == kPosVBN && joint.text != ","))
      break;
    uint32_t next_end = 0;
    for (const PhraseMatch& pm : matches)
      if (pm.kind == PhraseMatch::Kind::kVerb && pm.span.begin == next && pm.span.end > next_end)
        next_end = pm.span.end;
    // "Coastguard crews rammed and boarded two fishing boats": a past verb
    // right after "and" or "or" shares the object even when no dictionary
    // verb codes it (its own act goes uncoded; the first verb's does not).
    if (next_end == 0 && joint.text != "," && (pos == kPosVBD || pos == kPosVBN))
      next_end = next + 1;
    if (next_end == 0) break;
    end = shared = next_end;
  }
  // ("forces trained and equipped by the US": participles of a passive,
  // whose agent follows; they share no object.)
  if (shared > 0 && shared < tokens.size() && IsWord(tokens[shared], "by")) return 0;
  return shared;
}

bool InSharedObjectPhrase(std::span<const Token> tokens, uint32_t from, uint32_t object_begin) {
  if (object_begin > tokens.size()) return false;
  for (uint32_t k = from; k < object_begin; ++k) {
    const Token& t = tokens[k];
    static constexpr std::array<std::string_view, 12> kOutside = {
        "by",    "in",     "at",   "on",      "near",  "during",
        "after", "before", "from", "through", "since", "until"};
    if (t.text == "," || IsVerbTag(t.pos) || InWords(kOutside, t)) return false;
  }
  return true;
}

bool ParticipleOnThePreviousObject(std::span<const Token> tokens, TokenSpan verb,
                                   const Mention& object) {
  if (verb.begin == 0 || verb.end >= tokens.size() || verb.begin >= verb.end) return false;
  if (tokens[verb.begin - 1].text != "," || tokens[verb.begin].pos != kPosVBG) return false;
  if (object.span.empty() || object.span.end > tokens.size()) return false;
  const Token& pronoun = tokens[verb.end];
  const uint8_t head = tokens[object.span.end - 1].pos;
  // (A person the dictionaries know by role only, "justice Ana Reis", ends
  // with a name.)
  if (IsWord(pronoun, "him") || IsWord(pronoun, "her"))
    return object.person || (head == kPosNNP && object.span.size() >= 2);
  return IsWord(pronoun, "them") && (head == kPosNNS || head == kPosNNPS);
}

int MainVerbBeforeRelative(std::span<const Token> tokens, uint32_t clause_begin) {
  if (clause_begin < 2 || clause_begin > tokens.size()) return -1;
  const uint32_t relative = clause_begin - 1;
  const Token& word = tokens[relative];
  if (!IsWord(word, "that") && !IsWord(word, "which") && !IsWord(word, "who")) return -1;
  constexpr uint32_t kReach = 16;
  for (uint32_t k = relative; k-- > 0 && k + kReach >= relative;) {
    const Token& t = tokens[k];
    if (t.text == ";" || t.text == ":") return -1;
    if (t.pos == kPosVBD || t.pos == kPosVBZ || t.pos == kPosVBP) return static_cast<int>(k);
  }
  return -1;
}

bool ParticipleOnANumberOfPeople(std::span<const Token> tokens, TokenSpan verb) {
  if (verb.begin == 0 || verb.end >= tokens.size() || verb.begin >= verb.end) return false;
  const Token& before = tokens[verb.begin - 1];
  if (tokens[verb.begin].pos != kPosVBG || (before.text != "," && !IsWord(before, "and")))
    return false;
  uint32_t k = verb.end;
  static constexpr std::array<std::string_view, 9> kApproximately = {
      "at", "least", "more", "than", "as", "many", "some", "about", "nearly"};
  auto approximately = [](const Token& t) {
    for (const std::string_view w : kApproximately)
      if (IsWord(t, w)) return true;
    return false;
  };
  while (k < tokens.size() && k < verb.end + 3 && approximately(tokens[k])) ++k;
  if (k >= tokens.size()) return false;
  if (!(tokens[k].pos == kPosCD || IsQuantityWord(tokens[k]))) return false;
  // ("20 tonnes of grain": a quantity of goods is no people; the people
  // are a plural noun or stand alone.)
  const uint32_t next = k + 1;
  if (next >= tokens.size()) return true;
  const Token& t = tokens[next];
  static constexpr std::array<std::string_view, 10> kUnits = {
      "tonnes", "tons", "kilograms", "kilos", "barrels", "dollars", "euros", "pounds", "per", "%"};
  for (const std::string_view unit : kUnits)
    if (IsWord(t, unit)) return false;
  return IsWord(t, "of") || t.pos == kPosNNS || t.pos == kPosJJ || t.text == "," || t.text == "." ||
         IsWord(t, "and");
}

}  // namespace khaldun::internal
