#include "coder/fronted_phrase.h"

#include <array>
#include <string_view>

#include "coder/mentions.h"

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

}  // namespace

bool ClosesFrontedPhrase(std::span<const Token> tokens, uint32_t actor_begin, uint32_t comma) {
  if (comma >= tokens.size() || tokens[comma].text != "," || tokens.empty()) return false;
  if (!Opens(tokens[0]) || actor_begin < 3 || actor_begin >= comma) return false;
  for (uint32_t k = 0; k < comma; ++k)
    if (tokens[k].text == "," || tokens[k].text == ";") return false;
  return true;
}

}  // namespace khaldun::internal
