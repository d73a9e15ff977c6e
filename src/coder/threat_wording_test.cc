// ActCountsAsWarAfter (coder/threats.h) on sentences written for the test.
#include <gtest/gtest.h>

#include "coder/analyzed_text_test_util.h"
#include "coder/threats.h"

namespace khaldun::internal {
namespace {

TEST(ThreatWordingTest, AnActTakenAsWar) {
  Read a("Hanoi warned that any landing would be treated as a declaration of war.");
  EXPECT_TRUE(ActCountsAsWarAfter(a.tokens(), a.At("that"), 30));
  Read b("Athens warned that drilling there would be an act of war.");
  EXPECT_TRUE(ActCountsAsWarAfter(b.tokens(), b.At("that"), 30));
  Read c("Tehran warned that closing the strait would mean war.");
  EXPECT_TRUE(ActCountsAsWarAfter(c.tokens(), c.At("that"), 30));
}

TEST(ThreatWordingTest, AWarOnlyMentionedOrBeyondTheSentencePart) {
  // A past declaration of war is a subject, not what an act would count as.
  Read a("The minister warned that the declaration of war in 1914 had ruined the economy.");
  EXPECT_FALSE(ActCountsAsWarAfter(a.tokens(), a.At("that"), 30));
  // Past a semicolon the words are another statement's.
  Read b("Hanoi warned of delays; critics called the landing an act of war.");
  EXPECT_FALSE(ActCountsAsWarAfter(b.tokens(), b.At("warned"), 30));
  // Out of reach.
  Read c("Hanoi warned that any landing would be treated as a declaration of war.");
  EXPECT_FALSE(ActCountsAsWarAfter(c.tokens(), c.At("that"), 4));
}

TEST(ThreatWordingTest, APenaltyTheOtherPartyWouldUndergo) {
  Read a("Kyiv warned that Russian ships would be targeted unless Moscow lifted the blockade.");
  EXPECT_EQ(static_cast<int>(a.At("unless")), ConditionAfterPenalty(a.tokens(), a.At("that"), 24));
  Read b("Washington warned that the generals could be sanctioned if they delayed the vote.");
  EXPECT_EQ(static_cast<int>(b.At("if")), ConditionAfterPenalty(b.tokens(), b.At("that"), 24));
  // Forecasts: a country hit hard, a slow recovery.
  Read c("Berlin warned that Greece would be hit hard if it left the euro.");
  EXPECT_EQ(-1, ConditionAfterPenalty(c.tokens(), c.At("that"), 24));
  Read d("The fund warned that Argentina would take years to recover if it defaulted.");
  EXPECT_EQ(-1, ConditionAfterPenalty(d.tokens(), d.At("that"), 24));
}

}  // namespace
}  // namespace khaldun::internal
