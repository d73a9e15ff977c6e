// Retreats and truces a state orders its own forces to make (0874, 0871),
// and captives "let go free" (0841): who yields, and to whom.
//
// Coder rules whose test needs the shipped vocabulary (the roles, places and
// verb patterns of dictionaries/), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedOrderedRetreatsTest, OrderedRetreatIsTheOrderersTowardThePlace) {
  // The place left is no party; the retreat is the state's, toward the
  // country where its troops stood.
  EXPECT_EQ(
      "RUSGOV 0874 UKR",
      CodesOf("The Kremlin ordered its forces to withdraw from the city of Odesa.", "2022-11-10"));
  // Troops named with their country are the orderer's own forces, not the
  // other party.
  EXPECT_EQ("RUSGOV 0871 UKR",
            CodesOf("Moscow ordered Russian forces to observe a 24-hour ceasefire along the "
                    "front in Ukraine.",
                    "2022-11-10"));
}

TEST(ShippedOrderedRetreatsTest, OwnForcesWithNoPlaceAbroadGiveNoEvent) {
  EXPECT_EQ("", CodesOf("Moscow ordered Russian soldiers to pull back.", "2022-11-10"));
}

TEST(ShippedOrderedRetreatsTest, RebelsSurrenderingToTheArmyYieldToIt) {
  // Only a government orders its state's forces; rebels of the same country
  // who surrender to its troops retreat toward them.
  EXPECT_EQ("CODREB 0874 CODMIL",
            CodesOf("The rebel commander surrendered to Congolese troops on Friday.",
                    "2020-01-01"));
}

TEST(ShippedOrderedRetreatsTest, TroopsWithdrawingRetreatFromThePlace) {
  EXPECT_EQ(
      "RUSMIL 0874 UKR",
      CodesOf("Russian troops withdrew overnight from the outskirts of Kharkiv.", "2022-05-14"));
}

TEST(ShippedOrderedRetreatsTest, CaptivesLetGoFreeAreReleased) {
  EXPECT_EQ("ISRGOV 0841 PSECVL",
            CodesOf("Israel let 30 Palestinian prisoners go free on Sunday.", "2020-01-01"));
  EXPECT_EQ("RUSGOV 0841 USAEDU",
            CodesOf("Moscow let the American teacher go home on Thursday.", "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
