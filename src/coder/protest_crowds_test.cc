// Tests of the protest helpers on real tokens (coder/protest_crowds.h), and
// of FindObject's stop at a closing attribution (coder/clause.h). The
// ProtestCircumstancesTest cases are crowd protests told as a noun that
// other verbs report: a verb of spreading, a participle of result. (The
// phrase of circumstance, VerbOfAProtestCircumstance, reads the tagger's
// tags: src/pipeline/shipped_nominal_actors_test.cc.) Each sentence is
// written for the test.
#include "coder/protest_crowds.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/analyzed_text_test_util.h"
#include "coder/clause.h"
#include "coder/mentions.h"

namespace khaldun::coder_internal {
namespace {

using internal::Read;

TokenSpan Noun(const Read& r, const char* word) {
  const uint32_t k = r.At(word);
  return {k, k + 1};
}

TEST(ProtestCrowdsTest, ProtestsThatTookPlaceWithAnAim) {
  const Read a("The premier quit after two weeks of street protests against his cabinet.");
  EXPECT_TRUE(CrowdProtestThatHappened(a.tokens(), Noun(a, "protests")));
  const Read b("Police fired tear gas as demonstrations demanding his resignation spread.");
  EXPECT_TRUE(CrowdProtestThatHappened(b.tokens(), Noun(b, "demonstrations")));
  // No aim told: the background of another act.
  const Read c("The premier quit after two weeks of protests over the vote.");
  EXPECT_FALSE(CrowdProtestThatHappened(c.tokens(), Noun(c, "protests")));
  // Called, not held.
  const Read d("Police deployed ahead of protests against the premier.");
  EXPECT_FALSE(CrowdProtestThatHappened(d.tokens(), Noun(d, "protests")));
}

TEST(ProtestCrowdsTest, TheLeaderOfAProtest) {
  const Read a("Inmates began a hunger strike led by the union leader.");
  const uint32_t k = a.At("union");
  EXPECT_TRUE(LeaderOfTheProtest(a.tokens(), {k, k + 2}));
  const Read b("Inmates began a hunger strike against the union leader.");
  const uint32_t j = b.At("union");
  EXPECT_FALSE(LeaderOfTheProtest(b.tokens(), {j, j + 2}));
}

TEST(ProtestCrowdsTest, TheProtestNounOfTheVerb) {
  const Read a("Inmates refused food on Friday in a hunger strike.");
  const uint32_t v = a.At("refused");
  const uint32_t n = a.At("hunger");
  EXPECT_TRUE(ProtestNounOfTheVerb(a.tokens(), {n, n + 2}, v, v + 2));
  const Read b("Inmates refused food, and a hunger strike followed.");
  const uint32_t w = b.At("refused");
  const uint32_t m = b.At("hunger");
  EXPECT_FALSE(ProtestNounOfTheVerb(b.tokens(), {m, m + 2}, w, w + 2));
}

TEST(ProtestCrowdsTest, AFestivePurpose) {
  const Read a("Crowds poured into the streets - thousands more than last year - to celebrate.");
  EXPECT_TRUE(FestivePurposeAfter(a.tokens(), a.At("poured") + 1));
  const Read b("Crowds poured into the streets to demand his resignation.");
  EXPECT_FALSE(FestivePurposeAfter(b.tokens(), b.At("poured") + 1));
}

TEST(ProtestCrowdsTest, TheSpeakerOfAClosingAttributionIsNoObject) {
  const Read a("Crowds marched on her home in the capital, army chief Omar Ali said.");
  std::vector<internal::Mention> mentions(1);
  const uint32_t k = a.At("army");
  mentions[0].span = {k, k + 4};
  mentions[0].code = "XXXMIL";
  std::string why;
  EXPECT_EQ(-1, internal::FindObject(a.tokens(), mentions, a.At("marched") + 1,
                                     {0, static_cast<uint32_t>(a.tokens().size())}, &why));
  const Read b("Crowds marched on army chief Omar Ali's home in the capital.");
  const uint32_t j = b.At("army");
  mentions[0].span = {j, j + 4};
  EXPECT_EQ(0, internal::FindObject(b.tokens(), mentions, b.At("marched") + 1,
                                    {0, static_cast<uint32_t>(b.tokens().size())}, &why));
}

TEST(ProtestCircumstancesTest, ProtestsOverAnOccasionThatSpread) {
  const Read a("Shops closed as protests over the price of bread spread to five cities.");
  EXPECT_TRUE(CrowdProtestThatHappened(a.tokens(), Noun(a, "protests")));
  const Read b("Shops closed as protests spread.");
  EXPECT_FALSE(CrowdProtestThatHappened(b.tokens(), Noun(b, "protests")));
}

TEST(ProtestCircumstancesTest, ProtestsAParticipleOfResultTells) {
  const Read a("The army shot two rioters, setting off protests across the north.");
  EXPECT_TRUE(CrowdProtestThatHappened(a.tokens(), Noun(a, "protests")));
  const Read b("The army shot two rioters, sparking riots in the capital.");
  EXPECT_TRUE(CrowdProtestThatHappened(b.tokens(), Noun(b, "riots")));
  // A relative clause: background.
  const Read c("The king withdrew the decree that had set off protests across the north.");
  EXPECT_FALSE(CrowdProtestThatHappened(c.tokens(), Noun(c, "protests")));
}

}  // namespace
}  // namespace khaldun::coder_internal
