// Conflict vocabulary (CAMEO 12-17) that the shipped dictionaries lacked:
// military craft entering a party's air defence zone or territorial waters,
// ground vowed to be retaken, counterproposals refused, sanctions widened or
// toughened, gas flows halted, aircraft shootdowns, troops ordered out,
// refugees turned away, sentences handed down, protesters filling the streets
// or massing outside an institution, schoolchildren seized, towns hammered or
// battered by named weapons, missiles that land, air campaigns, arms embargoes
// extended, acts dismissed as a farce, training schools attacked, levies and
// duties announced (and their end), ships stormed.
//
// Dictionary entries whose test needs the whole pipeline, coded as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedVocab2Test, CraftEnteringAPartysZoneOrWatersShowForce) {
  EXPECT_EQ("CHNMIL 150 TWN",
            CodesOf("Thirty Chinese warplanes entered Taiwan's ADIZ on Sunday.", "2021-10-04"));
  // Crossing into a zone is no occupation of the country.
  EXPECT_EQ("RUSMIL 150 KOR",
            CodesOf("Two Russian military planes crossed into South Korea's ADIZ.", "2019-07-23"));
  EXPECT_EQ("CHNMIL 150 JPN",
            CodesOf("Two Chinese coast guard cutters entered Japanese territorial waters near the "
                    "islands.",
                    "2020-05-10"));
  EXPECT_EQ("JPNMIL 150 CHN",
            CodesOf("Two Japanese F-15 jets flew through the air defence zone declared by Beijing.",
                    "2013-11-26"));
  EXPECT_EQ("RUSMIL 150 NOR",
            CodesOf("A Russian frigate sailed into Norwegian territorial waters.", "2022-03-02"));
  EXPECT_EQ("CHN 150 VNM",
            CodesOf("Chinese survey ships sailed into waters around Vietnam's southern islands.",
                    "2014-05-02"));
  // An airliner on its route and talks entering a phase show no force.
  EXPECT_EQ("", CodesOf("The Ukrainian airliner entered Iranian airspace after take-off.",
                        "2020-01-08"));
  EXPECT_EQ("", CodesOf("The talks entered a new phase in Geneva with Iran.", "2015-03-01"));
}

TEST(ShippedVocab2Test, GroundVowedToBeRetakenIsForceThreatened) {
  EXPECT_EQ("SDNGOV 138 SSDGOV",
            CodesOf("Khartoum vowed to retake the oilfield from South Sudan by every means.",
                    "2012-04-20"));
  EXPECT_EQ("AZEGOV 138 ARMMIL",
            CodesOf("Baku vowed to recapture the occupied districts from the Armenian forces.",
                    "2020-09-28"));
  // A title won back is sport, vowed or done.
  EXPECT_EQ("", CodesOf("England vowed to retake the title from Spain next year.", "2022-07-01"));
  EXPECT_EQ("", CodesOf("Spain recaptured the title from England.", "2022-07-01"));
  EXPECT_EQ("SYRMIL 192 SYRREB",
            CodesOf("Syrian troops retook the town from the rebels.", "2023-05-01"));
}

TEST(ShippedVocab2Test, ACounterproposalRefusedRejectsItsAuthor) {
  EXPECT_EQ("ISRGOV 120 LBNREB",
            CodesOf("Jerusalem dismissed Hezbollah's counterproposal on Thursday.", "2024-09-26"));
  EXPECT_EQ("UKRGOV 120 RUSGOV",
            CodesOf("Kyiv rejected Moscow's counterproposal on Monday.", "2024-05-27"));
}

TEST(ShippedVocab2Test, SanctionsWidenedOrToughenedAreImposed) {
  EXPECT_EQ("CANGOV 163 MMRMIL",
            CodesOf("Ottawa toughened sanctions against the junta in Myanmar.", "2021-06-24"));
  EXPECT_EQ("GBRGOV 163 RUSGOV", CodesOf("London widens Russia sanctions over the war",
                                         "2022-04-01"));
  EXPECT_EQ("", CodesOf("China widened its lead over Japan in the medal table.", "2022-02-01"));
}

TEST(ShippedVocab2Test, GasFlowsHaltedAreAnEmbargo) {
  EXPECT_EQ("RUSBUS 163 DEUGOV",
            CodesOf("Gazprom halted gas flows to Germany on Friday.", "2022-09-02"));
  EXPECT_EQ("RUSGOV 163 POLGOV",
            CodesOf("Moscow cut off oil deliveries to Poland on Monday.", "2022-05-01"));
}

TEST(ShippedVocab2Test, AShootdownIsAnAircraftShotDown) {
  EXPECT_EQ("TURGOV 195 RUSMIL",
            CodesOf("Turkey's shootdown of a Russian warplane strained ties.", "2015-11-25"));
}

TEST(ShippedVocab2Test, TroopsOrderedOutEndAPresenceAndAreNotFought) {
  EXPECT_EQ("NERGOV 166 FRAMIL", CodesOf("Niger ordered out French troops.", "2023-08-03"));
  EXPECT_EQ("RUSGOV 161 ESTGOV",
            CodesOf("Moscow ordered out ten Estonian diplomats.", "2022-04-20"));
  EXPECT_EQ("MLIGOV 1661 IGOUNO",
            CodesOf("Bamako ordered out the UN peacekeepers.", "2023-06-17"));
}

TEST(ShippedVocab2Test, PeopleTurnedAwayAreSentBack) {
  EXPECT_EQ("HUNGOV 174 SYRREF",
            CodesOf("Hungary turned away Syrian refugees at the border.", "2015-09-15"));
  EXPECT_EQ("ITAGOV 174 LBYREF",
            CodesOf("Italy turned away a ship carrying Libyan migrants.", "2018-06-12"));
  EXPECT_EQ("", CodesOf("Ankara turned away from Europe.", "2016-06-24"));
}

TEST(ShippedVocab2Test, ASentenceHandedDownFindsGuilty) {
  EXPECT_EQ("RUSJUD 116 RUSOPP",
            CodesOf("A Moscow court handed down a nine-year prison sentence to the opposition "
                    "leader.",
                    "2023-02-01"));
  EXPECT_EQ("EGYJUD 116 EGYMIL",
            CodesOf("Judges in Cairo handed down life terms to four Egyptian officers.",
                    "2022-11-01"));
}

TEST(ShippedVocab2Test, ProtestersFillingTheStreetsOrMassingOutsideDemonstrate) {
  EXPECT_EQ("BLROPP 141 BLRGOV",
            CodesOf("Tens of thousands of demonstrators filled the streets of Minsk on Sunday.",
                    "2020-08-16"));
  EXPECT_EQ("ISLOPP 141 ISLLEG",
            CodesOf("Thousands of protesters massed outside the Icelandic parliament.", "2016-04-05"));
  // Crowds and supporters filling a place, and troops massed, are no protest.
  EXPECT_EQ("", CodesOf("Supporters filled the streets of Algiers to welcome the Algerian team.",
                        "2019-06-01"));
  EXPECT_EQ("RUSGOV 154 UKR", CodesOf("Russia massed troops outside Kharkiv.", "2022-02-20"));
}

TEST(ShippedVocab2Test, SchoolchildrenSeizedAreAbducted) {
  EXPECT_EQ("NGAREB 181 NGAEDU",
            CodesOf("Boko Haram seized 276 schoolgirls from Chibok.", "2014-04-14"));
  EXPECT_EQ("NGAUAF 181 NGAEDU",
            CodesOf("Bandits seized 300 pupils from a school in Zamfara.", "2021-02-26"));
}

TEST(ShippedVocab2Test, HammeredOrBatteredByNamedWeaponsIsForce) {
  EXPECT_EQ("ISRMIL 195 PSE", CodesOf("Israeli warplanes hammered Gaza overnight.", "2023-12-01"));
  EXPECT_EQ("RUSMIL 194 UKR",
            CodesOf("Russian artillery battered Ukrainian positions in the Donbas.", "2022-05-01"));
  EXPECT_EQ("RUSGOV 195 UKR", CodesOf("Moscow hammered Kharkiv with missiles.", "2022-05-01"));
  // Sport, weather and deals hammered out are no force.
  EXPECT_EQ("", CodesOf("England hammered Germany 4-0 at Wembley.", "2019-01-01"));
  EXPECT_EQ("", CodesOf("A storm battered the Philippine coast.", "2020-01-01"));
}

TEST(ShippedVocab2Test, AMissileThatLandsVisitsNoOne) {
  EXPECT_EQ("RUS 190 POLAGR",
            CodesOf("A Russian missile landed in Poland, killing two farmers.", "2022-11-15"));
  EXPECT_EQ("CHNGOV 042 RUS",
            CodesOf("The Chinese foreign minister landed in Moscow for talks.", "2023-08-01"));
}

TEST(ShippedVocab2Test, AnAirOrBombingCampaignIsForceFromTheAir) {
  EXPECT_EQ("IGOWSTNAT 195 SRBMIL",
            CodesOf("NATO launched a bombing campaign against Serbian forces.", "1999-03-24"));
  EXPECT_EQ("USAGOV 195 AFGREB",
            CodesOf("Washington opened an air campaign against Taliban targets across Afghanistan.",
                    "2001-10-08"));
}

TEST(ShippedVocab2Test, AnArmsEmbargoExtendedIsASanctionNotAid) {
  EXPECT_EQ("GBRGOV 163 HKGGOV",
            CodesOf("Britain extended its arms embargo to Hong Kong.", "2020-07-01"));
}

TEST(ShippedVocab2Test, AnActDismissedAsAFarceIsCriticised) {
  EXPECT_EQ("SDNGOV 111 IGOICC",
            CodesOf("Khartoum dismissed the ICC as a tool of colonialism.", "2009-03-05"));
  EXPECT_EQ("RUSGOV 111 UKRGOV",
            CodesOf("Moscow dismissed the Ukrainian election as a farce.", "2014-03-17"));
  // A plain adjective refuses it.
  EXPECT_EQ("RUSGOV 120 UKRGOV",
            CodesOf("Moscow dismissed the Ukrainian election as illegitimate.", "2014-03-17"));
}

TEST(ShippedVocab2Test, ATrainingSchoolAttackedIsNoTrainingGiven) {
  EXPECT_EQ("MLIUAF 190 MLIMIL",
            CodesOf("Jihadists attacked a Malian gendarmerie training school in Bamako.",
                    "2024-09-17"));
  EXPECT_EQ("USAMIL 062 UKRMIL",
            CodesOf("American officers trained Ukrainian pilots in Arizona.", "2023-01-01"));
}

TEST(ShippedVocab2Test, ALevyOrDutyAnnouncedIsImposedItsEndEased) {
  EXPECT_EQ("USAGOV 163 IND",
            CodesOf("Trump announced a 35 per cent levy on Indian goods.", "2025-07-09"));
  EXPECT_EQ("USAGOV 163 CAN",
            CodesOf("Washington announced duties on Canadian steel.", "2018-03-01"));
  EXPECT_EQ("CHNGOV 085 AUS",
            CodesOf("Beijing announced an end to tariffs on Australian wine.", "2023-03-01"));
  EXPECT_EQ("USAGOV 085 BLRGOV",
            CodesOf("Washington announced the lifting of sanctions on Belarus.", "2024-09-01"));
  // Announced for later, it is a threat.
  EXPECT_EQ("USAGOV 1312 CANGOV",
            CodesOf("Washington will announce tariffs on Canadian steel next week.", "2018-03-01"));
}

TEST(ShippedVocab2Test, AShipStormedIsSeized) {
  EXPECT_EQ("IRNMIL 1711 GBR",
            CodesOf("Iranian commandos stormed a British tanker in the Strait of Hormuz.",
                    "2019-07-19"));
  EXPECT_EQ("SOMREB 180 KEN",
            CodesOf("Al-Shabaab gunmen stormed a Kenyan shopping mall.", "2013-09-21"));
}

}  // namespace
}  // namespace khaldun
