// Object phrases broken by commas, with the shipped dictionaries: lists of
// non-actors and "among them" asides inside the object, and verbs joined by
// "and" that share one object. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCommaListsTest, AListInsideTheObjectDoesNotBreakThePattern) {
  EXPECT_EQ("TURGOV 191 ARM",
            CodesOf("Turkey closed its land, sea and air borders with Armenia.", "2015-03-01"));
  EXPECT_EQ("CHLLAB 143 CHLGOV",
            CodesOf("Unions brought ports, railways and mines to a standstill across Chile.",
                    "2015-03-01"));
}

TEST(ShippedCommaListsTest, AnAsideAfterTheObjectDoesNotBreakThePattern) {
  EXPECT_EQ("COLGOV 063 USAGOV",
            CodesOf("Colombia handed 12 suspects, among them a senior paramilitary commander, "
                    "over to US authorities.",
                    "2015-03-01"));
  EXPECT_EQ("COLGOV 063 USAGOV",
            CodesOf("Colombia handed 12 suspects, including a senior paramilitary commander, "
                    "over to US authorities.",
                    "2015-03-01"));
}

TEST(ShippedCommaListsTest, AListInAnAgentPhraseIsNoObject) {
  // "committed troops" is a deployment; "committed by ... forces" is not.
  EXPECT_EQ("", CodesOf("Reporters described war crimes committed by Serbian, Croat and "
                        "Bosnian forces.",
                        "2015-03-01"));
  // After "and" the words open a clause of their own: no "seized PRESIDENT".
  EXPECT_EQ("ETHREB 192 ETH",
            CodesOf("Rebels seized the town, Gondar, and President Ali Musa fled across the "
                    "border.",
                    "2015-03-01"));
}

TEST(ShippedCommaListsTest, AVerbJoinedByAndSharesTheObjectEvenWhenUncoded) {
  // "boarded" codes nothing itself, but the ramming falls on the boats.
  EXPECT_EQ("CHNMIL 171 VNM",
            CodesOf("Chinese coast guard crews rammed and boarded two Vietnamese fishing boats.",
                    "2015-03-01"));
  // The shared object stays in the phrase after the verbs: not the air
  // force of "by air force jet".
  EXPECT_EQ("LKAGOV 0831 LKAOPP",
            CodesOf("The Sri Lankan president resigned and fled the country by air force jet.",
                    "2015-03-01"));
}

}  // namespace
}  // namespace khaldun
