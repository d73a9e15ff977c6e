// Acts not done and acts on one's own side: a capacity told with "can" is
// no act; an event noun named by a modal "be" ("it would be the deadliest
// clash") is weighed, not told; a government visiting or striking its own
// armed forces is no interaction between parties; countries that each
// ratify a treaty agree nothing among themselves.
//
// Coder rules whose test needs the shipped vocabulary, coded through the
// whole pipeline as `khaldun code` codes them. Each sentence is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedPrecision2Test, ACapacityToldWithCanIsNoAct) {
  for (const char* sentence :
       {"Iran warned its missiles can hit anywhere in Israel.",
        "Pyongyang boasted that its rockets can strike Guam within minutes.",
        "Officials in Taipei said Chinese warships can blockade the island in days."}) {
    const std::string coded = CodesOf(sentence, "2020-01-01");
    EXPECT_EQ(std::string::npos, coded.find(" 19")) << sentence << ": " << coded;
  }
  // The act itself stays.
  EXPECT_NE(std::string::npos,
            CodesOf("Iranian missiles hit an Israeli air base.", "2020-01-01").find(" 19"));
}

TEST(ShippedPrecision2Test, AnEventNounNamedByAModalBeIsWeighed) {
  for (const char* sentence :
       {"If the toll is confirmed, it would be the deadliest clash between Indian and Chinese "
        "troops in decades.",
        "Diplomats said this could be the first meeting between Israeli and Saudi ministers.",
        "Officials said it would be the deadliest clash between Russian and Ukrainian forces "
        "this year.",
        "It might be the first summit between Japanese and North Korean leaders."}) {
    EXPECT_EQ("", CodesOf(sentence, "2020-01-01")) << sentence;
  }
  EXPECT_NE("", CodesOf("Indian and Chinese troops clashed on the border.", "2020-01-01"));
}

TEST(ShippedPrecision2Test, AGovernmentOnItsOwnForcesIsNoInteraction) {
  for (const char* sentence :
       {"Putin paid a surprise visit to a Russian airbase in Syria.",
        "Putin visited Russian soldiers in Syria.",
        "Erdogan visited Turkish soldiers at a base in Qatar."}) {
    EXPECT_EQ("", CodesOf(sentence, "2020-01-01")) << sentence;
  }
  // Another country's forces are visited.
  EXPECT_EQ("FRAGOV 042 MLIMIL",
            CodesOf("The French president visited Malian soldiers.", "2020-01-01"));
}

TEST(ShippedPrecision2Test, RatifiersOfATreatyAgreeNothingAmongThemselves) {
  for (const char* sentence :
       {"France and Jordan have ratified the convention.",
        "Kenya and Ghana ratified the protocol last year.",
        "Kenyan and Ghanaian nationals would be the first to benefit, since their countries "
        "have already ratified the treaty."}) {
    const std::string coded = CodesOf(sentence, "2020-01-01");
    EXPECT_EQ(std::string::npos, coded.find("057")) << sentence << ": " << coded;
  }
  // Signing together stays an agreement between them.
  EXPECT_EQ("CHLGOV 057 PERGOV; PERGOV 057 CHLGOV",
            CodesOf("Chile and Peru signed a border agreement.", "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
