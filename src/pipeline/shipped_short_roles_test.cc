// Actor codes of short lower-case role words ("jet", "spy"): after their
// country or an article they are roles, not abbreviations, and an aircraft
// named after the airline that flies it is the airline's.
//
// Coder rules whose test needs the shipped vocabulary, coded through the
// whole pipeline as `khaldun code` codes them. Each sentence is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedShortRolesTest, ASingleJetOfACountryIsItsMilitary) {
  EXPECT_EQ("TURMIL 195 GRCMIL",
            CodesOf("Turkish air defences shot down a Greek jet over the Aegean on Tuesday.",
                    "2016-03-02"));
  EXPECT_EQ("GRCMIL 195 TURMIL",
            CodesOf("Greek air defences shot down a Turkish navy jet near Rhodes on Tuesday.",
                    "2016-03-02"));
}

TEST(ShippedShortRolesTest, ASpyOfACountryIsItsIntelligence) {
  EXPECT_EQ("GRCCOP 173 CHNSPY",
            CodesOf("Police in Athens arrested a Chinese spy on Tuesday.", "2016-03-02"));
}

TEST(ShippedShortRolesTest, AnAirlinesAircraftIsTheAirlines) {
  EXPECT_EQ("UKRSEP 195 CZEBUS",
            CodesOf("Separatists in Donetsk shot down a Czech Airlines aircraft on Tuesday.",
                    "2016-03-02"));
}

TEST(ShippedShortRolesTest, APrivateJetNamesNoOne) {
  EXPECT_EQ("TURBUS 040 GRCGOV",
            CodesOf("A Turkish businessman flew his private jet to Athens and met Greek officials.",
                    "2016-03-02"));
}

}  // namespace
}  // namespace khaldun
