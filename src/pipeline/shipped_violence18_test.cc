// Violence by armed groups on people who do not fight back (180), told by a
// verb of killing or by the toll of a raid, through the whole pipeline with
// the shipped dictionaries; each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedViolence18Test, ArmedGroupsKillingPeopleIsUnconventionalViolence) {
  // What a verb of killing hits is people, even when only their country is
  // named: 180, not military force (190).
  EXPECT_EQ("INDUAF 180 IND",
            CodesOf("Gunmen killed 26 people in a meadow near the Indian town of Pahalgam.",
                    "2019-06-01"));
  EXPECT_EQ("CMRUAF 180 CMR",
            CodesOf("Gunmen killed nine people in a Cameroonian village.", "2019-06-01"));
  EXPECT_EQ("BFAUAF 180 BFA",
            CodesOf("Militants killed dozens of people in northern Burkina Faso.", "2019-06-01"));
}

TEST(ShippedViolence18Test, ARaidTollOnTheUnarmedMakesTheRaidUnconventional) {
  // "stormed the town, killing dozens of people": the raid on the unarmed
  // is 180, coded once.
  EXPECT_EQ("MOZREB 180 MOZ",
            CodesOf("Insurgents stormed the Mozambican town of Palma, killing dozens of people.",
                    "2021-03-01"));
  EXPECT_EQ("MLIUAF 180 MLI",
            CodesOf("Jihadists raided a Malian village, killing 30 residents.", "2019-06-01"));
  EXPECT_EQ(
      "SOMREB 180 KEN",
      CodesOf("Al-Shabaab gunmen attacked a Kenyan bus, killing 28 passengers.", "2014-11-22"));
}

TEST(ShippedViolence18Test, ArmedMenKilledOrAPlainAdvanceStayMilitaryForce) {
  // A toll of soldiers is a fight with armed men; entering a town kills
  // no one.
  EXPECT_EQ("NGAUAF 190 NGA",
            CodesOf("Militants attacked a Nigerian town, killing 12 soldiers.", "2019-06-01"));
  EXPECT_EQ("CODREB 190 COD",
            CodesOf("Rebel fighters entered the Congolese town of Bunia.", "2019-06-01"));
}

TEST(ShippedViolence18Test, WeaponsHittingASiteAtAPlaceStrikeItsCountry) {
  // "hit", "slammed into": a weapon as subject and a building or site "in",
  // "near" or "around" a named place; missiles and drones are aerial (195),
  // rockets indirect fire (194).
  EXPECT_EQ("RUSMIL 195 UKR",
            CodesOf("Russian missiles slammed into airfields near Kyiv.", "2023-06-01"));
  EXPECT_EQ("ISRMIL 195 LBN",
            CodesOf("Israeli drones hit a car in southern Lebanon.", "2023-06-01"));
  EXPECT_EQ("LBNREB 194 ISR",
            CodesOf("Hezbollah rockets hit a kibbutz in northern Israel.", "2023-06-01"));
}

TEST(ShippedViolence18Test, MissilesPoundingAPlaceAreAerialWeapons) {
  // "pound" with missiles as its subject: aerial weapons (195), as with
  // warplanes or drones, not artillery (194).
  EXPECT_EQ("RUSMIL 195 UKR",
            CodesOf("Russian missiles pounded the Ukrainian capital overnight.", "2023-06-01"));
  EXPECT_EQ("IRNMIL 195 USA", CodesOf("Iranian missiles pounded a US base in Iraq.", "2023-06-01"));
}

TEST(ShippedViolence18Test, FiringOnStrikersOrProtestingStudentsIsRepression) {
  // People of any sector named as striking or protesting are protesters:
  // the state's forces firing on them repress them (175); workers named
  // without a protest stay a use of force.
  EXPECT_EQ("ZAFCOP 175 ZAFLAB",
            CodesOf("At Marikana, police in South Africa opened fire on striking miners.", "2012-08-16"));
  EXPECT_EQ(
      "PERMIL 175 PERAGR; PERAGR 141 PERGOV",
      CodesOf("Peruvian troops opened fire on Peruvian farmers protesting a mine.", "2020-06-01"));
  EXPECT_EQ("KENCOP 190 KENLAB",
            CodesOf("Kenyan police opened fire on Kenyan workers at a factory.", "2020-06-01"));
}

TEST(ShippedViolence18Test, ATreatyAnnexingTerritoryIsTheAnnexation) {
  // What a signed treaty does is usually the agreement (057); a treaty
  // annexing territory is the taking of it (192), not cooperation.
  EXPECT_EQ("RUSGOV 192 UKR", CodesOf("Putin signed a treaty annexing Crimea.", "2014-03-20"));
  EXPECT_EQ("RUSGOV 192 UKR",
            CodesOf("The Kremlin signed accords annexing four Ukrainian regions.", "2022-10-01"));
  EXPECT_EQ(
      "QATGOV 057 BHRGOV; BHRGOV 057 QATGOV",
      CodesOf("Qatar and Bahrain signed a deal establishing diplomatic relations.", "2019-06-01"));
}

TEST(ShippedViolence18Test, GunmenAreOfThePlaceNotOfTheirVictims) {
  // Armed men with no country of their own are of the country named as
  // the adjective of a place noun after the act, not of their foreign
  // victims.
  EXPECT_EQ("COLUAF 181 CAN",
            CodesOf("Gunmen abducted two Canadians who had crossed into the Colombian town of "
                    "Cucuta.",
                    "2019-06-01"));
  EXPECT_EQ("MRTUAF 180 FRACVL",
            CodesOf("Gunmen killed three French tourists on a Mauritanian highway.", "2019-06-01"));
  EXPECT_EQ(
      "PAKUAF 181 CHN",
      CodesOf("Militants abducted two Chinese engineers on a Pakistani highway.", "2019-06-01"));
}

TEST(ShippedViolence18Test, ArmedMenShootingDeadTheUnarmedIsUnconventionalViolence) {
  // A shooting (193) told by a verb of killing, by gunmen or militants on
  // people who do not fight back: 180. On soldiers it stays a fight.
  EXPECT_EQ("COLUAF 180 COLEDU",
            CodesOf("Two masked gunmen shot dead a Colombian teacher outside his school.",
                    "2020-01-01"));
  EXPECT_EQ("NGAUAF 180 NGAAGR",
            CodesOf("Militants gunned down four Nigerian farmers near their village.",
                    "2020-01-01"));
  EXPECT_EQ("AFGUAF 193 AFGMIL",
            CodesOf("Gunmen shot dead three Afghan soldiers at a checkpoint.", "2020-01-01"));
}

TEST(ShippedViolence18Test, HostagesNamedByNoPartyAreOfTheCountryTheRaidStruck) {
  // "taking others hostage" after a raid on a place: the hostages are
  // people of the country the raid struck.
  EXPECT_EQ("SOMREB 180 SOM; SOMREB 181 SOM",
            CodesOf("Al-Shabaab fighters raided a hotel in Mogadishu on Friday, killing at least "
                    "12 people and taking others hostage.",
                    "2020-01-01"));
}

TEST(ShippedViolence18Test, AGroupsTitledLeaderKilledIsAnAssassination) {
  // "Hezbollah chief Hassan Nasrallah": the group before the title names
  // whose office it is; the named person killed makes it 186.
  EXPECT_EQ("ISRMIL 186 LBNREB",
            CodesOf("Israeli aircraft killed Hezbollah chief Hassan Nasrallah in Beirut.",
                    "2024-10-01"));
}

TEST(ShippedViolence18Test, AGerundAfterAPossessiveIsANoun) {
  // "the activist's killing" names the killing; the parties after "to"
  // receive what was sent, they were not attacked.
  EXPECT_EQ("", CodesOf("Officials said Kenya had sent photographs of the activist's killing to "
                        "Britain.",
                        "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
