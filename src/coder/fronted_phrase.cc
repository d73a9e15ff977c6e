#include "coder/fronted_phrase.h"

#include <array>
#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// Words that open an adverbial phrase or clause at the start of a sentence.
constexpr std::array<std::string_view, 20> kOpeners = {
    "after",  "ahead",     "amid", "as",    "at",    "before", "despite",
    "during", "following", "in",   "on",    "since", "under",  "unlike",
    "until",  "upon",      "when", "while", "with",  "without"};

bool Opens(const Token& t) {
  const std::string lower = LowerAscii(t.text);
  for (std::string_view w : kOpeners)
    if (lower == w) return true;
  // (Not a participle: "Bringing aid to Kenya, Uganda and Tanzania helped"
  // may be a gerund whose object is the list.)
  return false;
}

// Offices a person's name may stand in apposition to: "the bloc's foreign
// policy chief, Catherine Ashton,".
constexpr std::array<std::string_view, 16> kOffices = {
    "chief",    "minister", "envoy",      "president",  "secretary",  "mediator",
    "leader",   "head",     "premier",    "chancellor", "counterpart", "ambassador",
    "commissioner", "representative", "secretary-general", "king"};

}  // namespace

bool ClosesFrontedPhrase(std::span<const Token> tokens, uint32_t actor_begin, uint32_t comma,
                         bool person) {
  if (comma >= tokens.size() || tokens[comma].text != "," || tokens.empty()) return false;
  if (!Opens(tokens[0]) || actor_begin < 3 || actor_begin >= comma) return false;
  // ("After a round led by the UN's special envoy, Jan Eliasson, the
  // heads of Chad and Sudan initialled ...": the one
  // earlier comma may open a person's name in apposition to the office
  // before it; a list's comma follows a name, "After Kenya, Uganda, ...",
  // or a noun that is no office: "In a joint statement, Putin, Xi and Modi
  // said ...".)
  for (uint32_t k = 0; k < comma; ++k) {
    if (tokens[k].text == ";") return false;
    if (tokens[k].text != ",") continue;
    const bool apposition = person && k + 1 == actor_begin && k >= 2 &&
                            !tokens[k - 1].Has(kTokenCapitalized) &&
                            InWords(kOffices, tokens[k - 1]);
    if (!apposition) return false;
  }
  return true;
}

uint32_t FrontedClauseClose(std::span<const Token> tokens, uint32_t at) {
  static constexpr std::array<std::string_view, 14> kSubordinators = {
      "after", "as",    "because", "although", "though", "before", "if",
      "once",  "since", "until",   "when",     "while",  "whereas", "unless"};
  static constexpr std::array<std::string_view, 5> kStretches = {"hours", "days", "weeks",
                                                                 "minutes", "months"};
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  if (n < 6 || at >= n) return 0;
  uint32_t open = 0;
  if (InWords(kStretches, tokens[0])) open = 1;
  if (!InWords(kSubordinators, tokens[open])) return 0;
  uint32_t comma = open + 1;
  bool verb = false;
  uint32_t first_verb = n;
  for (; comma < n && tokens[comma].text != ","; ++comma) {
    if (tokens[comma].text == ";" || tokens[comma].text == ":") return 0;
    // (The tagger may read the clause's verb after its subject as a
    // participle: "Days after Turkish troops crossed/VBN the border"; not
    // a participle with an agent: "After talks brokered by Qatar".)
    const bool own_verb =
        IsFiniteVerbTag(tokens[comma].pos) ||
        (tokens[comma].pos == kPosVBN && comma > open + 1 && IsNounTag(tokens[comma - 1].pos) &&
         comma + 1 < n && !IsWord(tokens[comma + 1], "by"));
    if (own_verb && !verb) first_verb = comma;
    verb |= own_verb;
  }
  if (!verb || comma >= n || at >= comma || at < first_verb) return 0;
  // The main clause: a short noun phrase, then its finite verb, with no
  // comma between.
  for (uint32_t k = comma + 1; k < n && k < comma + 12; ++k) {
    if (tokens[k].text == "," || tokens[k].text == ";" || IsWord(tokens[k], "and")) return 0;
    // (The tagger may read the main verb as a participle: "the minister
    // accused/VBN ...".)
    if (IsFiniteVerbTag(tokens[k].pos) || tokens[k].pos == kPosVBN) return k > comma + 1 ? comma : 0;
  }
  return 0;
}

}  // namespace khaldun::internal
