// Groups of states that news names as one ("six world powers", "the P5+1",
// "the Baltic states", "the Quartet"): each member is a party, the members
// never parties against each other; and agreements struck or agreed with
// a party named after "with" or at a place named after "in".
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

TEST(ShippedNamedGroupsTest, TheSixPowersOfTheIranTalksAreEachAParty) {
  // The five permanent members of the Security Council and Germany, each
  // with Iran, both ways for an accord; never one power with another.
  EXPECT_EQ("IRNGOV 057 USAGOV; USAGOV 057 IRNGOV; IRNGOV 057 RUSGOV; RUSGOV 057 IRNGOV; "
            "IRNGOV 057 CHNGOV; CHNGOV 057 IRNGOV; IRNGOV 057 GBRGOV; GBRGOV 057 IRNGOV; "
            "IRNGOV 057 FRAGOV; FRAGOV 057 IRNGOV; IRNGOV 057 DEUGOV; DEUGOV 057 IRNGOV",
            CodesOf("Tehran signed an interim accord with the six powers in Geneva on Sunday.",
                    "2013-11-24"));
  // A compound of Iran and the group: six pairs each way (not 42).
  EXPECT_EQ("IRNGOV 057 USAGOV; IRNGOV 057 RUSGOV; IRNGOV 057 CHNGOV; IRNGOV 057 GBRGOV; "
            "IRNGOV 057 FRAGOV; IRNGOV 057 DEUGOV; USAGOV 057 IRNGOV; RUSGOV 057 IRNGOV; "
            "CHNGOV 057 IRNGOV; GBRGOV 057 IRNGOV; FRAGOV 057 IRNGOV; DEUGOV 057 IRNGOV",
            CodesOf("Iran and the P5+1 struck a deal in Vienna after 18 days of talks.",
                    "2015-07-14"));
  EXPECT_EQ("USAGOV 0255 IRNGOV; RUSGOV 0255 IRNGOV; CHNGOV 0255 IRNGOV; GBRGOV 0255 IRNGOV; "
            "FRAGOV 0255 IRNGOV; DEUGOV 0255 IRNGOV",
            CodesOf("The six world powers urged Iran to allow inspectors into the Parchin site.",
                    "2012-03-01"));
  EXPECT_EQ("IRNGOV 120 USAGOV; IRNGOV 120 RUSGOV; IRNGOV 120 CHNGOV; IRNGOV 120 GBRGOV; "
            "IRNGOV 120 FRAGOV; IRNGOV 120 DEUGOV",
            CodesOf("Tehran rejected a proposal by six major powers to swap its enriched uranium "
                    "abroad.",
                    "2010-05-20"));
  // "the P5+1 group": the noun is the group's, not a role of its own.
  EXPECT_EQ("IRNGOV 057 USAGOV; USAGOV 057 IRNGOV; IRNGOV 057 RUSGOV; RUSGOV 057 IRNGOV; "
            "IRNGOV 057 CHNGOV; CHNGOV 057 IRNGOV; IRNGOV 057 GBRGOV; GBRGOV 057 IRNGOV; "
            "IRNGOV 057 FRAGOV; FRAGOV 057 IRNGOV; IRNGOV 057 DEUGOV; DEUGOV 057 IRNGOV",
            CodesOf("Iran reached a deal with the P5+1 group in Vienna.", "2015-07-14"));
  // "world powers" with no count are the six only after Iran.
  EXPECT_EQ("IRNGOV 036 USAGOV; IRNGOV 036 RUSGOV; IRNGOV 036 CHNGOV; IRNGOV 036 GBRGOV; "
            "IRNGOV 036 FRAGOV; IRNGOV 036 DEUGOV; USAGOV 036 IRNGOV; RUSGOV 036 IRNGOV; "
            "CHNGOV 036 IRNGOV; GBRGOV 036 IRNGOV; FRAGOV 036 IRNGOV; DEUGOV 036 IRNGOV",
            CodesOf("Tehran and major powers agreed to extend the talks by seven months.",
                    "2014-11-24"));
  EXPECT_EQ("", CodesOf("Major powers condemned Russia's recognition of the separatist regions.",
                        "2022-02-22"));
  // Before the group was formed in 2006 "six powers" names no one known.
  EXPECT_EQ("", CodesOf("Six powers urged Tehran to halt enrichment.", "2004-05-01"));
}

TEST(ShippedNamedGroupsTest, TheBalticStatesAndTheEuropeanTrio) {
  EXPECT_EQ("RUSGOV 130 ESTGOV; RUSGOV 130 LVAGOV; RUSGOV 130 LTUGOV",
            CodesOf("Russia threatened the Baltic states over their support for Kyiv.",
                    "2022-02-10"));
  EXPECT_EQ("POLGOV 111 RUSGOV; ESTGOV 111 RUSGOV; LVAGOV 111 RUSGOV; LTUGOV 111 RUSGOV",
            CodesOf("Poland and the Baltic nations condemned Moscow's threats.", "2022-06-20"));
  EXPECT_EQ("IRNGOV 112 GBRGOV; IRNGOV 112 FRAGOV; IRNGOV 112 DEUGOV",
            CodesOf("Tehran accused the three European powers of failing to save the nuclear "
                    "deal.",
                    "2019-01-10"));
}

TEST(ShippedNamedGroupsTest, TheQuartetOnlyWithItsCapital) {
  EXPECT_EQ("IGOUNO 020 ISRGOV; USAGOV 020 ISRGOV; IGOEUREEC 020 ISRGOV; RUSGOV 020 ISRGOV",
            CodesOf("The Quartet urged Israel to freeze settlement construction.", "2009-05-05"));
  EXPECT_EQ("", CodesOf("A jazz quartet played for the Israeli president.", "2009-05-05"));
  // A headline capitalises every word: no sign of the name there.
  EXPECT_EQ("", CodesOf("The Quartet Held Off The USA To Win The Relay", "2005-02-02"));
}

TEST(ShippedNamedGroupsTest, AgreementsStruckInACapitalOrAgreedWithAParty) {
  // A capital after "in" is where the deal was struck, not its party; the
  // partner is the other member of the compound subject.
  EXPECT_EQ("VNMGOV 057 LAOGOV; LAOGOV 057 VNMGOV",
            CodesOf("Vietnam and Laos struck a deal in Hanoi on river dams.", "2016-03-03"));
  EXPECT_EQ("", CodesOf("The two firms struck a deal in the spring to merge.", "2016-03-03"));
  // An agreement agreed with a party is concluded with it; agreeing with
  // a party on a point is accord (019).
  EXPECT_EQ("TURGOV 057 IRQGOV; IRQGOV 057 TURGOV",
            CodesOf("Ankara agreed a framework deal with Baghdad on water sharing.", "2016-03-03"));
  EXPECT_EQ("KENGOV 019 ETHGOV",
            CodesOf("Kenya agreed with Ethiopia on the need for talks.", "2016-03-03"));
}

TEST(ShippedNamedGroupsTest, BlocsNamedByTheirRegion) {
  // As "West African leaders" are ECOWAS: the region's bloc.
  EXPECT_EQ("IGOSEAASN 0253 MMRMIL",
            CodesOf("Southeast Asian foreign ministers urged Myanmar's generals to free political "
                    "detainees.",
                    "2021-05-01"));
  EXPECT_EQ("IGOPGSGCC 161 QATGOV", CodesOf("The Gulf bloc cut ties with Qatar.", "2017-06-10"));
}

TEST(ShippedNamedGroupsTest, SurnamesKurdishLedForcesAndThePalestinianAuthority) {
  EXPECT_EQ("FRAGOV 111 RUSGOV",
            CodesOf("Hollande condemned Moscow over the annexation of Crimea.", "2014-04-20"));
  EXPECT_EQ("TUNGOV 1221 IGOBUSIMF",
            CodesOf("Saied rejected a loan from the IMF.", "2021-02-11"));
  // Forces named as Kurdish-led, or as Syrian Kurdish, are the SDF (SYRREB),
  // not Syria's army.
  EXPECT_EQ("TURMIL 195 SYRREB",
            CodesOf("Turkish drones struck Kurdish-led fighters near Kobani.", "2019-10-09"));
  // The Palestinian Authority is PSEGOV also where it is acted on.
  EXPECT_EQ("ISRGOV 1621 PSEGOV",
            CodesOf("Israel froze tax revenues owed to the Palestinian Authority.", "2019-03-04"));
}

}  // namespace
}  // namespace khaldun
