// Force posture and coercion (CAMEO 15 and 17): deployments that are aid
// (or cooperation with the receiving government, 062)
// rather than a show of force, alerts answering another country's force,
// and crowd control used on the protesters of the last protest.
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

TEST(ShippedCoerceTest, ForcesSentWithReliefAreAid) {
  EXPECT_EQ("JPNGOV 073 IDN",
            CodesOf("Japan dispatched naval transport ships loaded with rescue teams and relief "
                    "supplies to Indonesia after the tsunami.",
                    "2018-10-01"));
  EXPECT_EQ(
      "AUSGOV 073 TON",
      CodesOf("Australia flew soldiers and humanitarian supplies to Tonga after the eruption.",
              "2022-01-18"));
}

TEST(ShippedCoerceTest, ForcesSentToHelpOrEvacuateAreProtection) {
  EXPECT_EQ(
      "BELGOV 074 COD",
      CodesOf("Belgium flew paratroopers into Kinshasa to evacuate foreigners.", "2006-08-22"));
  EXPECT_EQ("NGAGOV 074 NER",
            CodesOf("Nigeria deployed 800 soldiers to Niger to help fight jihadist militants.",
                    "2021-03-01"));
}

TEST(ShippedCoerceTest, ForcesSentToFightBesideTheHostAreCooperation) {
  EXPECT_EQ(
      "IRNGOV 062 SYRGOV",
      CodesOf("Iran sent troops to Syria to fight alongside government forces.", "2016-03-01"));
}

TEST(ShippedCoerceTest, ForcesMovedToAFrontierStayAShowOfForce) {
  EXPECT_EQ(
      "RUSGOV 154 UKR",
      CodesOf("Russia moved troops to the border with Ukraine to intimidate Kyiv.", "2021-04-01"));
  // "to help secure" a place is the sender's own operation, not help to the host.
  EXPECT_EQ("USAGOV 154 AFG",
            CodesOf("Washington ordered 3,000 more troops to Afghanistan to help secure Kabul.",
                    "2009-12-01"));
}

TEST(ShippedCoerceTest, AnAlertAnswersTheOtherCountrysForce) {
  // In the sentence before, and in a clause before in the same sentence;
  // forces answered are aimed at as their bare country.
  EXPECT_EQ("AZEMIL 194 ARM; ARMGOV 152 AZE",
            CodesOf("Azerbaijani artillery pounded Armenian villages overnight. Armenia ordered "
                    "its forces to full combat readiness.",
                    "2020-09-27"));
  // (The clash is with the rebels: "on the border, and Bogota" binds no
  // "ON +" across the clause that Bogota opens.)
  EXPECT_EQ("VENMIL 190 COLPTY; COLGOV 152 VEN",
            CodesOf("Venezuelan troops clashed with Colombian rebels on the border, and Bogota "
                    "placed its army on alert.",
                    "2021-03-22"));
}

TEST(ShippedCoerceTest, AnAlertIsNotAimedAtOnesOwnForces) {
  EXPECT_EQ("AZEGOV 152 ARM",
            CodesOf("Baku ordered the Azerbaijani army to full combat readiness as tension with "
                    "Armenia rose.",
                    "2020-07-14"));
  // No one named for it to answer: no event, rather than one aimed at the
  // country's own army.
  EXPECT_EQ("", CodesOf("Pakistan put its armed forces on high alert.", "2019-02-26"));
}

TEST(ShippedCoerceTest, CrowdControlIsUsedOnTheLastProtesters) {
  // The police are the subject of their own clause, not the crowd of the
  // clause before (a mention added while coding the protest).
  EXPECT_EQ("BLROPP 141 BLRGOV; BLRCOP 175 BLROPP",
            CodesOf("Thousands of people rallied in Minsk against the election result, and riot "
                    "police fired tear gas to disperse them.",
                    "2020-08-10"));
  EXPECT_EQ("PERAGR 141 PERGOV; PERCOP 175 PEROPP",
            CodesOf("Tens of thousands of farmers protested in Lima, and police used tear gas to "
                    "break up the crowd.",
                    "2021-03-01"));
}

TEST(ShippedCoerceTest, WhatAProtestDemandsIsNotDone) {
  EXPECT_EQ("VENOPP 1411 VENGOV",
            CodesOf("Crowds protested in Caracas, insisting that President Maduro promptly step "
                    "down.",
                    "2019-01-23"));
}

TEST(ShippedCoerceTest, EmergencyRuleIsImposedOnOwnTerritory) {
  // Not on the forces or the place of the clause after "as" or "after".
  EXPECT_EQ("IRQGOV 1724 IRQ",
            CodesOf("Baghdad declared a state of emergency as American troops massed outside "
                    "Falluja.",
                    "2004-11-07"));
  EXPECT_EQ("ARMGOV 1724 ARM",
            CodesOf("Armenia declared martial law.", "2020-09-27"));
  EXPECT_EQ("FRAGOV 1724 NCL",
            CodesOf("Paris imposed a state of emergency on New Caledonia following unrest.",
                    "2024-05-15"));
}

TEST(ShippedCoerceTest, ForcesShootingTheirOwnProtestersRepress) {
  EXPECT_EQ("MMRMIL 175 MMROPP",
            CodesOf("Myanmar security forces gunned down dozens of protesters in Mandalay.",
                    "2021-03-27"));
  // An opposition figure shot dead is no crowd repressed.
  EXPECT_EQ("BGDCOP 186 BGDOPP",
            CodesOf("Bangladeshi police shot dead an opposition leader in Dhaka.", "2021-04-30"));
}

TEST(ShippedCoerceTest, AMediaOwnerArrestedIsMedia) {
  // The longer role, "media tycoon", heads the phrase, not "tycoon" inside it.
  EXPECT_EQ("RUSCOP 173 RUSMED",
            CodesOf("Russian police arrested the opposition media tycoon Sergei Petrov.",
                    "2001-04-14"));
  EXPECT_EQ("CHNCOP 173 CHNBUS",
            CodesOf("Chinese police detained a property tycoon in Shanghai.", "2020-08-10"));
}

TEST(ShippedCoerceTest, ACityBeforeARoleIsItsPlace) {
  EXPECT_EQ("INDCOP 173 INDMED",
            CodesOf("Mumbai police arrested two journalists.", "2019-12-15"));
  EXPECT_EQ("FRACOP 173 FRAENV",
            CodesOf("Paris police detained dozens of climate activists.", "2019-10-07"));
}

// A rank named first and its holder after a comma is one office-holder
// killed (186); several rank-holders listed are a killing by its means.
TEST(ShippedCoerceTest, OfficeNamedBeforeItsHolderKilledIsAnAssassination) {
  EXPECT_EQ("ISRGOV 186 PSEREB",
            CodesOf("Israel killed Hamas's political chief, Ismail Haniyeh, in a strike on a "
                    "guesthouse in Tehran.",
                    "2024-08-01"));
  EXPECT_EQ("PSEMIL 190 PSEREB",
            CodesOf("The army killed two of the rebels' commanders, Ismail Haniyeh and Yahya "
                    "Sinwar, in a raid.",
                    "2024-08-01"));
}

// Beating reporters or migrants is an assault (182); beating a rival in a
// vote or a match codes nothing.
TEST(ShippedCoerceTest, BeatingPeopleWhoAreNoRivalsIsAnAssault) {
  EXPECT_EQ("CODUAF 182 CODMED",
            CodesOf("Militiamen beat two reporters from a local radio station in Bunia.",
                    "2024-08-01"));
  EXPECT_EQ("GRCMIL 182 AFGREF",
            CodesOf("Greek border guards beat a group of Afghan migrants.", "2024-08-01"));
  EXPECT_EQ("", CodesOf("The incumbent beat her challenger in the runoff.", "2024-08-01"));
}

// An armed group has no power of arrest: whom it captures it abducts (181).
// Fire traded "with" another side is fire both ways.
TEST(ShippedCoerceTest, CapturesByArmedGroupsAndFireTradedWithAnother) {
  EXPECT_EQ("LBNREB 181 ISRMIL",
            CodesOf("Late on Friday Hezbollah units captured three Israeli reservists near "
                    "Metula.",
                    "2006-07-12"));
  EXPECT_EQ("YEMREB 181 IGOUNO",
            CodesOf("Houthi rebels detained a dozen UN staff members in Sanaa.", "2006-07-12"));
  EXPECT_EQ("COLCOP 173 COLUAF",
            CodesOf("Police arrested three gang members in Medellin.", "2006-07-12"));
  EXPECT_EQ("THAMIL 190 KHMMIL; KHMMIL 190 THAMIL",
            CodesOf("Thai soldiers exchanged fire with Cambodian troops near the temple.",
                    "2010-07-12"));
}

}  // namespace
}  // namespace khaldun
