// Slips on recurring news constructions, through the shipped vocabulary and
// the coder (tests/gold/README.md conventions):
// - an opinion or forecast of what another party will do is no intent of
//   that party's;
// - countryless troops a compound subject agrees to pull back are the
//   members' own: they promise it to each other (0356 both ways);
// - Delhi stands for India as New Delhi does; "Victoria Police" and
//   "Queensland police" are Australian police;
// - an attack verb whose object is a named town, city, port or island
//   attacks that place's country ("pounded the town of X");
// - a party warned that a hazard is coming (famine, inflation, an
//   outbreak) is told a gloomy forecast (012), not threatened (130).
//
// Coded through the whole pipeline as `khaldun code` codes them. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedSlips17Test, ForecastOfAnotherPartyIsNoIntent) {
  EXPECT_EQ("", CodesOf("Merkel thinks France will back Ukraine's bid.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("The minister believes Germany will support Kyiv.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("Analysts predicted that Turkey would help Sweden.", "2020-01-01"));
  // (The doubt itself is pessimism about Washington, 012.)
  EXPECT_EQ("RUSGOV 012 USAGOV", CodesOf("Lavrov doubts Washington will support Kyiv.", "2020-01-01"));
  // The intent itself, told by its party, stays.
  EXPECT_EQ("FRAGOV 032 UKRGOV", CodesOf("France will back Ukraine's bid.", "2020-01-01"));
}

TEST(ShippedSlips17Test, TroopsPulledBackByBothAreTheirOwn) {
  EXPECT_EQ("CHNGOV 0356 INDGOV; INDGOV 0356 CHNGOV",
            CodesOf("China and India agreed to pull back troops from the disputed border.",
                    "2020-01-01"));
  EXPECT_EQ("ARMGOV 0356 AZEGOV; AZEGOV 0356 ARMGOV",
            CodesOf("Armenia and Azerbaijan agreed to pull back troops from the frontier.",
                    "2020-01-01"));
  EXPECT_EQ("KGZGOV 0356 TJKGOV; TJKGOV 0356 KGZGOV",
            CodesOf("Kyrgyzstan and Tajikistan agreed to withdraw troops from the border area.",
                    "2020-01-01"));
}

TEST(ShippedSlips17Test, DelhiAndStatePoliceForces) {
  EXPECT_EQ("INDGOV 036 CHNGOV; CHNGOV 036 INDGOV",
            CodesOf("Delhi and Beijing agreed to resume border talks.", "2020-01-01"));
  EXPECT_EQ("INDGOV 112 PAKGOV",
            CodesOf("Delhi accused Islamabad of sheltering militants.", "2020-01-01"));
  EXPECT_EQ("AUSCOP 173 AUSOPP",
            CodesOf("Victoria Police arrested two protesters in Melbourne.", "2020-01-01"));
  EXPECT_EQ("AUSCOP 173 AUSOPP",
            CodesOf("Victorian police arrested dozens of protesters.", "2020-01-01"));
  EXPECT_EQ("AUSCOP 173 AUSOPP",
            CodesOf("Queensland police arrested two protesters.", "2020-01-01"));
}

TEST(ShippedSlips17Test, PoundedNamedPlaceIsAttacked) {
  EXPECT_EQ("RUSMIL 194 UKR", CodesOf("Russian forces pounded the town of Bakhmut.", "2020-01-01"));
  EXPECT_EQ("CHNMIL 194 TWN",
            CodesOf("Chinese warships pounded the island of Kinmen on Tuesday.", "2020-01-01"));
  EXPECT_EQ("YEMMIL 194 YEM",
            CodesOf("Government troops pummelled the northern port of Hodeidah.", "2020-01-01"));
  // Weather and crowds pound places too: no armed party, no event.
  EXPECT_EQ("", CodesOf("Heavy rain pounded the city of Mumbai.", "2020-01-01"));
}

TEST(ShippedSlips17Test, WarningOfAHazardIsAForecast) {
  EXPECT_EQ("IGOUNO 012 SDNGOV",
            CodesOf("The UN warned Sudan that famine was imminent.", "2020-01-01"));
  EXPECT_EQ("IGOBUSIMF 012 ARGGOV",
            CodesOf("The IMF warned Argentina that inflation would keep rising.", "2020-01-01"));
  EXPECT_EQ("IGOUNO 012 YEMGOV",
            CodesOf("The World Food Programme warned Yemen that millions faced starvation.",
                    "2020-01-01"));
  // A warning of what the speaker will do stays a threat.
  EXPECT_EQ("USAGOV 130 IRNGOV",
            CodesOf("Washington warned Tehran that any attack would be answered.", "2020-01-01"));
}

TEST(ShippedSlips17Test, FightersAndBombersNamedByModelAreMilitaryAircraft) {
  EXPECT_EQ("GRCMIL 150 TURMIL",
            CodesOf("Greek F-16 fighters intercepted two Turkish jets over the Aegean.",
                    "2019-03-01"));
  EXPECT_EQ("INDMIL 195 PAK",
            CodesOf("Indian Mirage fighters bombed a camp in Pakistan.", "2019-03-01"));
  EXPECT_EQ("CHNMIL 150 JPNMIL",
            CodesOf("Chinese J-11 fighters shadowed a Japanese patrol aircraft.", "2019-03-01"));
  // Fighters and bombers with no model keep their people senses.
  EXPECT_EQ("AFGREB 190 AFGMIL",
            CodesOf("Taliban fighters attacked an army post.", "2019-03-01"));
}

}  // namespace
}  // namespace khaldun
