// The sides named with "between" near a mediator's cue.
#include "coder/mediation_parties.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

namespace khaldun::internal {
namespace {

// Tokens of space-separated words; the words live as long as the object.
struct Words {
  explicit Words(const std::string& text) {
    size_t at = 0;
    while (at < text.size()) {
      size_t end = text.find(' ', at);
      if (end == std::string::npos) end = text.size();
      words.push_back(text.substr(at, end - at));
      Token t;
      t.text = words.back();
      tokens.push_back(t);
      at = end + 1;
    }
  }
  std::deque<std::string> words;
  std::vector<Token> tokens;
};

Mention At(uint32_t begin, uint32_t end, const std::string& code, int next = -1) {
  Mention m;
  m.span = {begin, end};
  m.code = code;
  m.coordinated_with = next;
  return m;
}

TEST(MediationPartiesTest, TheCoordinatedSidesAfterBetween) {
  // a/0 truce/1 between/2 Ethiopia/3 and/4 Eritrea/5 brokered/6 by/7 Algeria/8
  const Words w("a truce between Ethiopia and Eritrea brokered by Algeria");
  const std::vector<Mention> mentions = {At(3, 4, "ETH", 1), At(5, 6, "ERI"), At(8, 9, "DZA")};
  EXPECT_EQ((std::vector<int>{0, 1}), PartiesBetween(w.tokens, mentions, {6, 8}));
  // A place after "between" is no side.
  std::vector<Mention> places = mentions;
  places[1].locative = true;
  EXPECT_TRUE(PartiesBetween(w.tokens, places, {6, 8}).empty());
}

TEST(MediationPartiesTest, NotPastASemicolonOrFarAway) {
  const Words w("talks between Ethiopia and Eritrea ended ; a deal brokered by Algeria");
  const std::vector<Mention> mentions = {At(2, 3, "ETH", 1), At(4, 5, "ERI"), At(11, 12, "DZA")};
  EXPECT_TRUE(PartiesBetween(w.tokens, mentions, {9, 11}).empty());
  // After the cue: "talks mediated by Oman between Iran and Qatar".
  const Words after("talks mediated by Oman between Iran and Qatar");
  const std::vector<Mention> sides = {At(3, 4, "OMN"), At(5, 6, "IRN", 2), At(7, 8, "QAT")};
  EXPECT_EQ((std::vector<int>{1, 2}), PartiesBetween(after.tokens, sides, {1, 3}));
}

}  // namespace
}  // namespace khaldun::internal
