// Sector codes of actors (session 18): constructions that gave the right
// country with the wrong sector, coded through the whole pipeline with the
// shipped dictionaries as `khaldun code` codes them. Each sentence is written
// for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedSector18Test, CitizensAndNationalsAreTheirCountry) {
  // Whatever is done to them: detained, killed, barred, freed.
  EXPECT_EQ("CHNGOV 173 CAN", CodesOf("China detained two Canadian citizens on Monday.", "2020-01-01"));
  EXPECT_EQ("ISRMIL 190 TUR",
            CodesOf("Israeli commandos killed nine Turkish nationals on board the ship.",
                    "2020-01-01"));
  EXPECT_EQ("DEUGOV 172 SAU",
            CodesOf("Germany barred 18 Saudi nationals from entering its territory.", "2020-01-01"));
  EXPECT_EQ("IRNGOV 0841 SWE",
            CodesOf("Iran freed a Swedish citizen held for two years.", "2020-01-01"));
}

TEST(ShippedSector18Test, CiviliansStayCivilians) {
  EXPECT_EQ("MLIUAF 180 MLICVL",
            CodesOf("Gunmen killed dozens of civilians in Mali.", "2020-01-01"));
}

TEST(ShippedSector18Test, APossessiveCountryOwnsARolePastAHyphenatedBacker) {
  // "UN-backed", "Saudi-backed", "Russian-backed", "UN-recognised": who backs
  // or recognises the role, not whose it is.
  EXPECT_EQ("ITAGOV 057 LBYGOV; LBYGOV 057 ITAGOV",
            CodesOf("Italy signed a deal with Libya's UN-backed government on Monday.",
                    "2020-01-01"));
  EXPECT_EQ("YEMREB 190 YEMGOV",
            CodesOf("The rebels attacked Yemen's Saudi-backed government in Aden.", "2020-01-01"));
  EXPECT_EQ("SOMGOV 1123 KENGOV",
            CodesOf("Somalia's UN-backed government accused Kenya of meddling.", "2020-01-01"));
  EXPECT_EQ("FRAGOV 051 AFGGOV",
            CodesOf("France praised Afghanistan's Western-backed administration.", "2020-01-01"));
}

TEST(ShippedSector18Test, ABackedRoleWithNoPossessiveKeepsItsBackerApart) {
  // As before: "Iran-backed militias" are not Iran's.
  EXPECT_EQ("YEMREB 195 USAMIL",
            CodesOf("Iran-backed Houthi rebels fired missiles at an American destroyer.",
                    "2020-01-01"));
}

TEST(ShippedSector18Test, AMilitaryOrPoliceFacilityIsItsForce) {
  // A state's airbase is its armed forces (as "air base" was), a police
  // academy its police (as a military academy is MIL).
  EXPECT_EQ("UKRMIL 195 RUSMIL",
            CodesOf("Ukrainian drones struck four Russian airbases.", "2020-01-01"));
  EXPECT_EQ("RUSMIL 195 UKRMIL",
            CodesOf("Russian missiles hit a Ukrainian airbase near Lviv.", "2020-01-01"));
  EXPECT_EQ("AFGUAF 195 AFGCOP",
            CodesOf("Militants bombed a police academy in Kabul.", "2020-01-01"));
}

TEST(ShippedSector18Test, ADemonymBeforeStateNamesTheState) {
  // Recognition of a state goes to its government, as for "the State of
  // Palestine" or "Kosovo".
  EXPECT_EQ("NORGOV 054 PSEGOV; ESPGOV 054 PSEGOV",
            CodesOf("Norway and Spain recognised a Palestinian state on Tuesday.", "2020-01-01"));
  EXPECT_EQ("IRLGOV 051 PSEGOV",
            CodesOf("Ireland supported Palestinian statehood at the UN.", "2020-01-01"));
  EXPECT_EQ("IRLGOV 051 PSEGOV", CodesOf("Ireland praised the Palestinian state.", "2020-01-01"));
  // Not when "state" modifies another noun.
  EXPECT_EQ("RUSGOV 111 RUSBUS", CodesOf("Russia condemned a Russian state company.", "2020-01-01"));
}

TEST(ShippedSector18Test, TariffsAndLeviesTargetTheBareCountry) {
  // Imposed or put on hold, a tariff hits the country's economy.
  EXPECT_EQ("USAGOV 163 CAN", CodesOf("Washington imposed tariffs on Canada.", "2020-01-01"));
  EXPECT_EQ("USAGOV 085 MEX",
            CodesOf("Trump put the tariffs on Mexico on hold for a month.", "2020-01-01"));
  EXPECT_EQ("CANGOV 163 CHN",
            CodesOf("Ottawa slapped new duties on steel from China.", "2020-01-01"));
  EXPECT_EQ("GBRGOV 163 HKG",
            CodesOf("Britain ended Hong Kong's special trade status.", "2020-01-01"));
}

TEST(ShippedSector18Test, SanctionsAndTradeFreezesKeepTheGovernment) {
  // Sanctions fall on the government; a freeze of all trade is left as it
  // was (the gold sets split on it).
  EXPECT_EQ("IGOEUREEC 163 BLRGOV",
            CodesOf("The EU imposed sanctions and tariffs on Belarus.", "2020-01-01"));
  EXPECT_EQ("PAKGOV 163 INDGOV",
            CodesOf("Pakistan suspended all trade with India on Thursday.", "2020-01-01"));
}

TEST(ShippedSector18Test, ARulerNamedByHisMilitaryRankIsTheMilitary) {
  // A ruler whose entry holds a government office on the date, named by
  // his command or rank, is a soldier in power (a junta and its leader: MIL).
  EXPECT_EQ("SDNMIL 1123 AREGOV",
            CodesOf("Army chief Abdel Fattah al-Burhan accused the United Arab Emirates of "
                    "arming the rebels.",
                    "2023-06-01"));
  EXPECT_EQ("SDNMIL 040 EGYGOV",
            CodesOf("General Abdel Fattah al-Burhan met Egyptian officials in Cairo.", "2022-05-01"));
  EXPECT_EQ("MLIMIL 0841 CIVMIL",
            CodesOf("Junta leader Assimi Goita pardoned 30 Ivorian soldiers.", "2023-02-01"));
  // The forces of a group that governs are its military.
  EXPECT_EQ("AFGMIL 190 PAKMIL",
            CodesOf("Taliban forces attacked Pakistani border guards.", "2023-06-01"));
}

TEST(ShippedSector18Test, ACivilianTitleKeepsTheGovernment) {
  EXPECT_EQ("EGYGOV 040 USAGOV",
            CodesOf("President Abdel Fattah al-Sisi met Joe Biden in Cairo.", "2022-07-01"));
  EXPECT_EQ("USAGOV 044 CHNGOV",
            CodesOf("Defence Minister Lloyd Austin met Chinese officials in Singapore.",
                    "2023-06-01"));
}

TEST(ShippedSector18Test, WarplanesByModelAndSpyPlanesAreMilitary) {
  EXPECT_EQ("IRNMIL 195 IRQMIL",
            CodesOf("An Iranian F-16 shot down an Iraqi Su-24 near Basra.", "2020-01-01"));
  EXPECT_EQ("IRNGOV 1384 GBRMIL",
            CodesOf("Iran threatened to shoot down British spy planes over the Gulf.",
                    "2020-01-01"));
  EXPECT_EQ("CHNGOV 173 USAMIL",
            CodesOf("China detained the crew of a US surveillance plane.", "2020-01-01"));
}

TEST(ShippedSector18Test, ThePeopleAStatesForcesRepressAreTheCrowd) {
  EXPECT_EQ("GEOOPP 141 GEOLEG; GEOCOP 175 GEOOPP",
            CodesOf("Thousands of Georgians rallied outside the parliament building, and "
                    "riot police dispersed them with water cannon.",
                    "2020-01-01"));
  EXPECT_EQ("SRBCOP 175 SRBOPP",
            CodesOf("Serbian police fired tear gas at thousands of Serbs in Belgrade.", "2020-01-01"));
  // Not a demonym before its noun.
  EXPECT_EQ("CHNMIL 175 PHL",
            CodesOf("Chinese coast guard ships fired water cannon at Philippine vessels.",
                    "2020-01-01"));
}

TEST(ShippedSector18Test, BosnianSerbLeadersAreOfBosnia) {
  EXPECT_EQ("BIHJUD 116 BIHGOV",
            CodesOf("Judges in Sarajevo sentenced the Bosnian Serb leader, Milorad Dodik, to six "
                    "months in jail.",
                    "2025-02-26"));
  EXPECT_EQ("IGOEUREEC 111 BIHGOV",
            CodesOf("The EU condemned Republika Srpska's leader.", "2024-06-01"));
}

}  // namespace
}  // namespace khaldun
