// The word-level helpers of coder/threats.h and coder/requests.h, on
// sentences written for the tests (the coder's use of them is tested in
// src/pipeline/shipped_rules_*_test.cc).
#include "coder/threats.h"

#include <gtest/gtest.h>

#include <string>

#include "coder/analyzed_text_test_util.h"
#include "coder/requests.h"

namespace khaldun::internal {
namespace {

TEST(ThreatsTest, AConditionAfterAnActOfTheSpeakersSide) {
  Read a("Seoul warned that it would respond sternly if Pyongyang fired another missile.");
  EXPECT_EQ(static_cast<int>(a.At("if")), ConditionAfterConsequence(a.tokens(), a.At("that"), 24));
  Read b("Moscow warned that it had the right to use nuclear weapons if Kyiv kept attacking.");
  EXPECT_EQ(static_cast<int>(b.At("if")), ConditionAfterConsequence(b.tokens(), b.At("that"), 24));
}

TEST(ThreatsTest, AFearOrNoConditionIsNoThreat) {
  // What the speaker's side would suffer is no act of its own.
  Read a("Paris warned that France would suffer if Britain left the union.");
  EXPECT_EQ(-1, ConditionAfterConsequence(a.tokens(), a.At("that"), 24));
  // An act with no condition.
  Read b("Seoul warned that it would respond sternly.");
  EXPECT_EQ(-1, ConditionAfterConsequence(b.tokens(), b.At("that"), 24));
  // A condition beyond a sentence part.
  Read c("Seoul warned that it would respond; if Pyongyang fires, talks end.");
  EXPECT_EQ(-1, ConditionAfterConsequence(c.tokens(), c.At("that"), 24));
  EXPECT_TRUE(IsWarningVerb("WARN"));
  EXPECT_FALSE(IsWarningVerb("SAY"));
}

TEST(RequestsTest, TheRequesterAfterAtTheRequestOf) {
  Read a("Rwanda sent troops to Mozambique at the request of the government in Maputo.");
  EXPECT_EQ(static_cast<int>(a.At("government")), RequesterAfter(a.tokens(), a.At("troops"), 30));
  Read b("Troops landed in Honiara at the invitation of Prime Minister Kemakeza.");
  EXPECT_EQ(static_cast<int>(b.At("Prime")), RequesterAfter(b.tokens(), b.At("landed"), 30));
  // A request named otherwise is no "at the request of".
  Read c("Rwanda sent troops to Mozambique after a request from Maputo.");
  EXPECT_EQ(-1, RequesterAfter(c.tokens(), c.At("troops"), 30));
}

TEST(RequestsTest, TheAppealAnAidAnswers) {
  EXPECT_EQ("0234", AppealAnsweredBy("074"));
  EXPECT_EQ("0232", AppealAnsweredBy("072"));
  EXPECT_EQ("0233", AppealAnsweredBy("075"));
  EXPECT_EQ("023", AppealAnsweredBy("070"));
  EXPECT_EQ("", AppealAnsweredBy("154"));
  // Force answers an appeal for protection; a border shut does not.
  EXPECT_EQ("0234", AppealAnsweredBy("195"));
  EXPECT_EQ("", AppealAnsweredBy("191"));
}

}  // namespace
}  // namespace khaldun::internal
