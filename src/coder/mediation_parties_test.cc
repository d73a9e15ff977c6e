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

// MentionsAfterBetween, the one reading of "between" that fighting and
// mediation share.
TEST(BetweenPartiesTest, TheCoordinatedListAfterBetween) {
  // clashes/0 between/1 Chad/2 ,/3 Niger/4 and/5 Mali/6
  const Words w("clashes between Chad , Niger and Mali");
  const std::vector<Mention> mentions = {At(2, 3, "TCD", 1), At(4, 5, "NER", 2), At(6, 7, "MLI")};
  EXPECT_EQ((std::vector<int>{0, 1, 2}), MentionsAfterBetween(w.tokens, mentions, 1));
}

TEST(BetweenPartiesTest, APartnerAfterAndPastAQuantity) {
  // a/0 truce/1 between/2 the/3 army/4 and/5 several/6 hundred/7 rebels/8
  // brokered/9 by/10 Algeria/11: the two are not linked as a list.
  const Words w("a truce between the army and several hundred rebels brokered by Algeria");
  const std::vector<Mention> mentions = {At(3, 5, "TCDMIL"), At(8, 9, "TCDREB"),
                                         At(11, 12, "DZA")};
  EXPECT_EQ((std::vector<int>{0, 1}), MentionsAfterBetween(w.tokens, mentions, 2));
  // Mediation reads the same two sides.
  EXPECT_EQ((std::vector<int>{0, 1}), PartiesBetween(w.tokens, mentions, {9, 11}));
}

TEST(BetweenPartiesTest, NoTwoPartiesNoSides) {
  const Words w("talks between rounds brokered by Algeria");
  const std::vector<Mention> mentions = {At(5, 6, "DZA")};
  EXPECT_TRUE(MentionsAfterBetween(w.tokens, mentions, 1).empty());
}

}  // namespace
}  // namespace khaldun::internal
