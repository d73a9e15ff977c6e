// Right parties, right root, the code the gold sets agree on: accusations,
// demands and pledges by what they are about, protests by the policy they
// oppose, threats that answer armed force, meetings abroad after a date.
// Coded through the whole pipeline with the shipped dictionaries; each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCodes17Test, SponsoringTerrorismOrABlastIsAPlainAccusation) {
  // A state's support of terrorists, or a blast blamed on it, is 112, not
  // an accusation of crime (1121).
  EXPECT_EQ(
      "BHRGOV 161 IRNGOV; BHRGOV 112 IRNGOV",
      CodesOf("Bahrain cut ties with Iran, accusing Tehran of backing terrorism.", "2021-06-01"));
  EXPECT_EQ("EGYGOV 112 QATGOV",
            CodesOf("Egypt accused Qatar of funding terrorism in Libya.", "2021-06-01"));
  EXPECT_EQ("JORGOV 112 SYRGOV",
            CodesOf("Jordan accused Syria of harbouring terrorists.", "2021-06-01"));
  EXPECT_EQ("SYRGOV 112 ISRGOV",
            CodesOf("Syria blamed Israel for an explosion at a weapons depot near Damascus.",
                    "2021-06-01"));
  EXPECT_EQ(
      "LBNREB 112 ISRGOV",
      CodesOf("Hezbollah blamed Israel for the assassination of its commander.", "2021-06-01"));
}

TEST(ShippedCodes17Test, MassCrimesAreAbusesOrWarCrimesByTheirName) {
  // Crimes against humanity and ethnic cleansing: human rights abuses
  // (1122); gassing and massacres: war crimes (1124).
  EXPECT_EQ("IGOUNO 1122 ERIGOV",
            CodesOf("A UN inquiry accused Eritrea of crimes against humanity.", "2021-06-01"));
  EXPECT_EQ("BIHGOV 1122 SRBGOV",
            CodesOf("Bosnia accused Serbia of carrying out ethnic cleansing.", "2021-06-01"));
  EXPECT_EQ(
      "USAGOV 1124 SYRMIL",
      CodesOf("Washington accused the Syrian army of gassing civilians in Ghouta.", "2021-06-01"));
  EXPECT_EQ("FRAGOV 1124 SYRGOV",
            CodesOf("Paris blamed Damascus for the sarin attack.", "2021-06-01"));
  EXPECT_EQ("UKRGOV 1124 RUSMIL",
            CodesOf("Kyiv accused Russian troops of massacring civilians.", "2021-06-01"));
}

TEST(ShippedCodes17Test, AnAttackByOtherMeansIsAggression) {
  EXPECT_EQ(
      "LTUGOV 1123 BLRGOV",
      CodesOf("Lithuania accused Belarus of staging a hybrid attack on its border.", "2021-06-01"));
  EXPECT_EQ("PAKGOV 1123 INDGOV",
            CodesOf("Pakistan accused India of declaring war.", "2021-06-01"));
}

TEST(ShippedCodes17Test, ADemandToStopTheFightingIsDeEscalation) {
  EXPECT_EQ("EGYGOV 1056 ISRGOV",
            CodesOf("Egypt demanded that Israel stop bombarding Rafah immediately.", "2021-06-01"));
  EXPECT_EQ("IGOUNO 1056 YEMREB",
            CodesOf("The Security Council demanded that the Houthis halt their offensive on "
                    "Marib.",
                    "2021-06-01"));
  EXPECT_EQ("TURGOV 1056 SYRGOV",
            CodesOf("Ankara demanded that Damascus observe the ceasefire in Idlib.", "2021-06-01"));
}

TEST(ShippedCodes17Test, AgreeingToStopFiringIsIntentToDeEscalate) {
  EXPECT_EQ(
      "SDNGOV 0356 SSDGOV; SSDGOV 0356 SDNGOV",
      CodesOf("Sudan and South Sudan agreed to halt all firing along their border.", "2021-06-01"));
  EXPECT_EQ(
      "ERIGOV 0356 ETHGOV; ETHGOV 0356 ERIGOV",
      CodesOf("Eritrea and Ethiopia agreed to a three-day pause in the fighting.", "2021-06-01"));
  EXPECT_EQ("ARMGOV 0356 AZEGOV; AZEGOV 0356 ARMGOV",
            CodesOf("The presidents of Armenia and Azerbaijan agreed not to use force against "
                    "each other.",
                    "2021-06-01"));
  // Any other promise not to act stays no event.
  EXPECT_EQ("", CodesOf("Israel vowed not to return the Golan Heights to Syria.", "2021-06-01"));
}

TEST(ShippedCodes17Test, AProtestAgainstAPolicyIsForAChangeOfPolicy) {
  EXPECT_EQ("KENLAB 1432 KENGOV",
            CodesOf("Kenyan unions staged a national strike against President Ruto's finance "
                    "overhaul.",
                    "2021-06-01"));
  EXPECT_EQ("GHALAB 1432 GHAGOV",
            CodesOf("Ghanaian unions launch nationwide strike over fuel price hike", "2021-06-01"));
  EXPECT_EQ("SRBOPP 1412 SRBGOV",
            CodesOf("Thousands of Serbs marched in Belgrade against the government's lithium "
                    "mining plan.",
                    "2021-06-01"));
  // Against a leader, or over a killing, is no policy.
  EXPECT_EQ(
      "SRBOPP 1411 SRBGOV",
      CodesOf("Thousands of Serbs marched in Belgrade against President Vucic.", "2021-06-01"));
  EXPECT_EQ(
      "CHLLAB 143 CHLGOV",
      CodesOf("Teachers in Chile went on strike over the killing of a student.", "2021-06-01"));
}

TEST(ShippedCodes17Test, ALeadersPolicyIsNoProtestAgainstTheLeader) {
  EXPECT_EQ("FRALAB 1432 FRAGOV",
            CodesOf("French unions staged a general strike against President Macron's pension "
                    "plan.",
                    "2021-06-01"));
  EXPECT_EQ(
      "FRALAB 1431 FRAGOV",
      CodesOf("French unions staged a general strike against President Macron.", "2021-06-01"));
}

TEST(ShippedCodes17Test, AnAppealTakesTheSubcodeOfTheActItAsksFor) {
  // Troops asked for protect the asker (0234); tanks are military aid.
  EXPECT_EQ("SLBGOV 0234 AUSGOV",
            CodesOf("The Solomon Islands asked Australia to deploy troops to restore order.",
                    "2021-06-01"));
  EXPECT_EQ("UKRGOV 0232 DEUGOV",
            CodesOf("Ukraine urged Germany to send more tanks.", "2021-06-01"));
  EXPECT_EQ("HTIGOV 0234 IGOUNO",
            CodesOf("Haiti asks UN for foreign armed force to fight gangs", "2021-06-01"));
  // A compound addressee and a date before the infinitive.
  EXPECT_EQ("IGOMEAARL 026 SDNMIL; IGOMEAARL 026 SDNREB",
            CodesOf("The Arab League called on Sudan's army and the rebels on Monday to resume "
                    "peace talks.",
                    "2021-06-01"));
  EXPECT_EQ("GBRGOV 0253 IRNGOV",
            CodesOf("Britain urged Iran to free the detained sailors.", "2021-06-01"));
  EXPECT_EQ("KWTGOV 039 SDNGOV; KWTGOV 039 TCDGOV",
            CodesOf("Kuwait offered on Thursday to help mediate an end to the feud between Sudan "
                    "and Chad.",
                    "2021-06-01"));
}

TEST(ShippedCodes17Test, ARetaliationForArmedForceThreatensForce) {
  EXPECT_EQ("ISRMIL 195 IRN; IRNGOV 138 ISRGOV",
            CodesOf("Israeli jets struck an Iranian base in Syria, and Tehran vowed harsh "
                    "punishment for Israel.",
                    "2021-06-01"));
  EXPECT_EQ("TURMIL 195 IRQ; IRQGOV 138 TURGOV",
            CodesOf("Turkish jets bombed Kurdish positions in northern Iraq, and Baghdad vowed "
                    "to respond.",
                    "2021-06-01"));
  // A retaliation for a seizure of assets threatens no force.
  EXPECT_EQ("ARGGOV 1711 ESPBUS; ESPGOV 130 ARGGOV",
            CodesOf("Argentina seized the assets of a Spanish oil firm, and Madrid vowed to "
                    "respond.",
                    "2021-06-01"));
}

TEST(ShippedCodes17Test, AMeetingAbroadAfterADateOrADurationIsAtAThirdLocation) {
  EXPECT_EQ(
      "RUSGOV 044 TURGOV; TURGOV 044 RUSGOV",
      CodesOf("Vladimir Putin and Recep Tayyip Erdogan met on Tuesday in Tehran.", "2021-06-01"));
  EXPECT_EQ(
      "USAGOV 044 CHNGOV; CHNGOV 044 USAGOV",
      CodesOf("Joe Biden and Xi Jinping met for more than three hours in Geneva.", "2021-06-01"));
  // At one party's home it stays 040.
  EXPECT_EQ("USAGOV 040 CHNGOV",
            CodesOf("Joe Biden met Xi Jinping in Beijing on Monday.", "2021-06-01"));
}

}  // namespace
}  // namespace khaldun
