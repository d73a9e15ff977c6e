// Calls and talks held by both sides, coded through the whole pipeline with
// the shipped dictionaries. Each sentence is written for the test.
// - "telephoned X": a call is 041 both ways, whoever dialled;
// - "after a phone call with X", "during talks with X": a call or talks
//   named by a noun in a phrase of circumstance are held by both;
// - talks some verb acts on ("broke off talks with X") stay that act alone.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCalls21Test, ACallIsHeldByBothSides) {
  EXPECT_EQ("PRTGOV 041 ESPGOV; ESPGOV 041 PRTGOV",
            CodesOf("The Portuguese prime minister telephoned the Spanish prime minister on "
                    "Sunday.",
                    "2021-03-07"));
  // The purpose of the call stays the caller's own act.
  EXPECT_EQ("PRTGOV 041 ESPGOV; ESPGOV 041 PRTGOV; PRTGOV 018 ESPGOV",
            CodesOf("The Portuguese prime minister telephoned the Spanish prime minister on "
                    "Sunday to offer his condolences after the fire.",
                    "2021-03-07"));
}

TEST(ShippedCalls21Test, ACallOrTalksInAPhraseOfCircumstanceAreHeldByBoth) {
  EXPECT_EQ("MEXGOV 041 CANGOV; CANGOV 041 MEXGOV",
            CodesOf("After a phone call with the Canadian prime minister, the Mexican president "
                    "said the tariffs were paused.",
                    "2021-03-07"));
  EXPECT_EQ("MEXGOV 041 CANGOV; CANGOV 041 MEXGOV",
            CodesOf("The Mexican president said after a telephone call with the Canadian prime "
                    "minister that the tariffs were paused.",
                    "2021-03-07"));
  EXPECT_EQ("BOLGOV 040 CHLGOV; CHLGOV 040 BOLGOV",
            CodesOf("During talks with the Chilean president, the Bolivian leader raised the "
                    "question of sea access.",
                    "2021-03-07"));
}

TEST(ShippedCalls21Test, TalksAVerbActsOnAreThatActAlone) {
  EXPECT_EQ("BOLGOV 164 CHLGOV",
            CodesOf("Bolivia's president broke off talks with the Chilean government.",
                    "2021-03-07"));
  EXPECT_EQ("CHLGOV 164 BOLGOV",
            CodesOf("The Chilean government suspended negotiations with Bolivia over the border.",
                    "2021-03-07"));
}

}  // namespace
}  // namespace khaldun
