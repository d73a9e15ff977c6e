#include "coder/requests.h"

#include "coder/mentions.h"

namespace khaldun::internal {

int RequesterAfter(std::span<const Token> tokens, uint32_t from, uint32_t reach) {
  for (uint32_t k = from; k + 3 < tokens.size() && k < from + reach; ++k) {
    if (tokens[k].text == ";" || tokens[k].text == ".") return -1;
    // "at Washington's request", "at the Dutch government's invitation":
    // the requester stands between "at" and the possessive.
    if (IsWord(tokens[k], "at")) {
      uint32_t first = k + 1;
      if (IsDeterminer(tokens[first])) ++first;
      for (uint32_t j = first + 1; j + 1 < tokens.size() && j <= first + 4; ++j) {
        const Token& noun = tokens[j + 1];
        if (tokens[j].text == "'s" || tokens[j].text == "'") {
          if (IsWord(noun, "request") || IsWord(noun, "invitation") || IsWord(noun, "behest"))
            return static_cast<int>(first);
          break;
        }
        if (tokens[j].Has(kTokenPunct)) break;
      }
    }
    if (!IsWord(tokens[k], "at") || !IsWord(tokens[k + 1], "the") ||
        !IsWord(tokens[k + 3], "of"))
      continue;
    const Token& noun = tokens[k + 2];
    if (!IsWord(noun, "request") && !IsWord(noun, "invitation") && !IsWord(noun, "behest"))
      continue;
    uint32_t first = k + 4;
    if (first < tokens.size() && IsDeterminer(tokens[first])) ++first;
    return first < tokens.size() ? static_cast<int>(first) : -1;
  }
  return -1;
}

std::string AppealAnsweredBy(std::string_view aid_code) {
  if (aid_code == "070") return "023";
  if (aid_code == "071") return "0231";
  if (aid_code == "072") return "0232";
  if (aid_code == "073" || aid_code == "075") return "0233";
  if (aid_code == "074") return "0234";
  // "Swiss police arrested the banker at the request of US prosecutors": an
  // arrest made at a party's request answers its appeal for judicial
  // cooperation (0213).
  if (aid_code.starts_with("173")) return "0213";
  // "Jordanian jets bombed militant positions in Syria at the request of
  // the government in Damascus": force used on a state's enemies at that
  // state's request answers its appeal for military protection (0234), as
  // troops sent at its request do (074). (Fighting, shelling and strikes
  // only: a border shut or an area occupied at a neighbour's request, 191
  // and 192, protects no one.)
  if (aid_code.starts_with("190") || aid_code.starts_with("193") ||
      aid_code.starts_with("194") || aid_code.starts_with("195"))
    return "0234";
  return {};
}

}  // namespace khaldun::internal
