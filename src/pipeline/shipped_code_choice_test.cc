// Near misses of the root code: acts the coder found with the right parties
// but read as another kind of event. Coded through the whole pipeline with
// the shipped dictionaries; each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCodeChoiceTest, AWarningThatAnActWouldCountAsWarThreatensForce) {
  // Not a gloomy forecast (012) nor an unspecified threat (130).
  EXPECT_EQ("VENGOV 138 COLMIL",
            CodesOf("Caracas warned that any incursion by Colombian troops would be treated as a "
                    "declaration of war.",
                    "2020-05-01"));
  EXPECT_EQ("KORGOV 138 PRKGOV",
            CodesOf("Seoul warned Pyongyang that a naval blockade would constitute an act of war.",
                    "2020-05-01"));
}

TEST(ShippedCodeChoiceTest, AParticipleThatKillsAHundredOrMoreIsAMassKilling) {
  // The toll turns the killing after the comma into a massacre (202); the
  // act before it keeps its code.
  EXPECT_EQ("IRQREB 192 IRQ; IRQREB 202 IRQ",
            CodesOf("Islamic State fighters overran the town of Hit in western Iraq, killing "
                    "about 400 Iraqi men.",
                    "2015-05-01"));
  // Soldiers killed in the assault are a battle's dead, not a massacre.
  EXPECT_EQ("IRQREB 192 IRQ; IRQREB 190 IRQMIL",
            CodesOf("Islamic State fighters overran the town of Hit in western Iraq, killing "
                    "about 400 Iraqi soldiers.",
                    "2015-05-01"));
}

TEST(ShippedCodeChoiceTest, HostagesCarriedOrDraggedAwayAreTaken) {
  EXPECT_EQ("IRQREB 190 IRQ; IRQREB 181 IRQ",
            CodesOf("Islamic State gunmen raided villages in northern Iraq and carried 300 "
                    "hostages back into the desert.",
                    "2020-05-01"));
  // Freed hostages carried home are not taken.
  EXPECT_EQ("", CodesOf("A French military plane carried the freed hostages back to Paris.",
                        "2020-05-01"));
  // Carrying passengers, dragging protesters away: no hostage-taking.
  EXPECT_EQ("", CodesOf("The airline carried 300 passengers from Kenya to Uganda.", "2020-05-01"));
  EXPECT_EQ("", CodesOf("Police dragged the protesters out of the parliament in Kampala.",
                        "2020-05-01"));
}

TEST(ShippedCodeChoiceTest, AGloomyWarningWithAConditionOnAPartyIsAThreat) {
  // "would be targeted unless": what the addressee would undergo if it does
  // not act, not a forecast (012).
  EXPECT_EQ("UKRGOV 130 RUSGOV",
            CodesOf("Kyiv warned that Russian ships would be targeted unless Moscow lifted the "
                    "blockade.",
                    "2023-07-20"));
  // A forecast of what the other party would suffer stays one.
  EXPECT_EQ("DEUGOV 012 GRCGOV",
            CodesOf("Germany warned that Greece would be hit hard if it left the euro.",
                    "2015-05-01"));
  EXPECT_EQ("IGOBUSIMF 012 ARGGOV",
            CodesOf("The IMF warned that Argentina would take years to recover if it defaulted.",
                    "2015-05-01"));
}

TEST(ShippedCodeChoiceTest, TheCiviliansAStrikeKillsAreItsTarget) {
  // The event noun's own killing verb names the people hit, of the place.
  EXPECT_EQ("USAMIL 195 AFGCVL",
            CodesOf("A US air strike in Kandahar killed twelve civilians.", "2019-09-10"));
  EXPECT_EQ("USAMIL 195 AFGCVL",
            CodesOf("The US air strike in Kandahar that killed twelve civilians drew protests.",
                    "2019-09-10"));
  // Another verb in between: the killing is not the strike's.
  EXPECT_EQ("USAMIL 195 AFG",
            CodesOf("A US air strike in Kandahar destroyed a bridge, and gunmen later killed "
                    "twelve civilians.",
                    "2019-09-10"));
}

TEST(ShippedCodeChoiceTest, DiplomatsToldToLeaveAreTiesCutHoweverLongTheList) {
  EXPECT_EQ("NICGOV 161 BRAGOV; NICGOV 161 MEXGOV; NICGOV 161 ESPGOV",
            CodesOf("Nicaragua ordered the diplomats of Brazil, Mexico and Spain to leave the "
                    "country.",
                    "2020-05-01"));
  // Journalists told to go are people expelled (174).
  EXPECT_EQ("KENGOV 174 GBRMED",
            CodesOf("Kenya ordered two British journalists to leave the country.", "2020-05-01"));
}

TEST(ShippedCodeChoiceTest, APenaltyVowedWithoutThatIsAThreat) {
  // "vowed [that] Israel would receive punishment": the penalty promised to the
  // party of the clause, not a promise to cooperate (030).
  EXPECT_EQ("IRNGOV 130 ISRGOV",
            CodesOf("Iran vowed Israel would receive a harsh punishment.", "2020-10-21"));
  EXPECT_EQ("LBNREB 112 ISRGOV; LBNREB 130 ISRGOV",
            CodesOf("Hezbollah blamed Israel and vowed it would receive its just punishment.",
                    "2020-10-21"));
}

TEST(ShippedCodeChoiceTest, TheCountryAsTheObjectOfACoordinatedVerbIsTheState) {
  // Not the junta the first verb addressed: the country it rules, whose
  // government sanctions target.
  EXPECT_EQ("IGOWAFWAS 139 MLIMIL; IGOWAFWAS 163 MLIGOV",
            CodesOf("ECOWAS gave Mali's junta a week to hold elections and imposed sanctions on "
                    "the country.",
                    "2022-01-01"));
  // "in the country" says where, not whom: the first verb's target stays.
  EXPECT_EQ("IGOWAFWAS 111 MLIMIL; IGOWAFWAS 020 MLIMIL",
            CodesOf("ECOWAS criticised Mali's junta and called for elections in the country.",
                    "2022-01-01"));
}

}  // namespace
}  // namespace khaldun
