// What a party gives up under protest or pressure (0831, 0832, 080): to whom it yields.
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

TEST(ShippedYieldedMeasuresTest, ABillWithdrawnAfterProtestsYieldsToTheOpposition) {
  EXPECT_EQ("PERGOV 0832 PEROPP",
            CodesOf("Peru's president withdrew the pension bill after a week of street protests.",
                    "2019-06-25"));
  EXPECT_EQ("KENGOV 0832 KENOPP",
            CodesOf("Kenya's president withdrew his budget bill as violent unrest spread through "
                    "the capital.",
                    "2019-06-25"));
}

TEST(ShippedYieldedMeasuresTest, WithNoProtestToldNoOneIsNamed) {
  EXPECT_EQ("", CodesOf("Peru's president withdrew the pension bill on Monday.", "2019-06-25"));
}

TEST(ShippedYieldedMeasuresTest, APartyNamedPastTheProtestIsNotWhomTheSourceYieldsTo) {
  EXPECT_EQ("ARMPTY 0832 ARMOPP",
            CodesOf("Armenia's ruling party withdrew the media bill after three nights of mass "
                    "protests outside parliament in Yerevan.",
                    "2010-05-01"));
  EXPECT_EQ("ARMPTY 0832 ARMOPP",
            CodesOf("Armenia's ruling party dropped the media bill after three nights of protests "
                    "in Yerevan.",
                    "2010-05-01"));
  EXPECT_EQ("KGZGOV 0831 KGZOPP",
            CodesOf("Kyrgyz President Askar Akayev stepped down after weeks of street protests, "
                    "handing power to the army.",
                    "2010-05-01"));
}

TEST(ShippedYieldedMeasuresTest, StudentProtestsAreYieldedToStudents) {
  EXPECT_EQ("PERGOV 0831 PEREDU",
            CodesOf("Peruvian President Martin Vizcarra resigned after weeks of student-led "
                    "protests in Lima.",
                    "2010-05-01"));
}

TEST(ShippedYieldedMeasuresTest, PowerHandedOverMeetsNoDemandOfTheRecipient) {
  EXPECT_EQ("", CodesOf("The junta handed power to an interim council.", "2010-05-01"));
}

TEST(ShippedYieldedMeasuresTest, AVetoDroppedYieldsToThePartyItBlocked) {
  EXPECT_EQ("HUNGOV 080 IGOWSTNAT",
            CodesOf("NATO admitted the new member after Hungary dropped its veto.", "2010-05-01"));
}

}  // namespace
}  // namespace khaldun
