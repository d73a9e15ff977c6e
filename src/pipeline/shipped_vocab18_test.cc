// Verb vocabulary by CAMEO code: common wordings of an event that had no verb
// pattern (an organisation left, an impeachment, an accession, evidence or a
// case passed to another state, a blacklisting, an energy cut-off, weapons
// handed in), each with the senses that must stay uncoded. Coded through the
// whole pipeline with the shipped dictionaries; each sentence is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedVocab18Test, LeavingAnOrganisationReducesRelationsWithIt) {
  // 160, not a diplomatic break (161); regional communities are blocs too.
  EXPECT_EQ("VENGOV 160 IGOSAM",
            CodesOf("Caracas announced that it was quitting the Andean Community.", "2021-06-01"));
  EXPECT_EQ("BDIGOV 160 IGOEAFEAC",
            CodesOf("Burundi withdrew from the East African Community.", "2021-06-01"));
  EXPECT_EQ("PHLGOV 160 IGOICC",
            CodesOf("Manila pulled out of the International Criminal Court.", "2021-06-01"));
  EXPECT_EQ("RUSGOV 160 IGOEURCOE", CodesOf("Moscow left the Council of Europe.", "2021-06-01"));
}

TEST(ShippedVocab18Test, ALegislatureImpeachingOrRemovingALeaderSanctionsHim) {
  EXPECT_EQ("PRYLEG 172 PRYGOV",
            CodesOf("The Paraguayan Senate voted to impeach President Fernando Lugo.", "2021-06-01"));
  EXPECT_EQ("BRALEG 172 BRAGOV",
            CodesOf("Brazilian lawmakers impeached President Dilma Rousseff over budget "
                    "irregularities.",
                    "2021-06-01"));
  EXPECT_EQ("GTMLEG 172 GTMGOV",
            CodesOf("Guatemala's Congress removed President Otto Perez Molina from office.",
                    "2021-06-01"));
  // The participle describing the arrested leader is no second act; a leader
  // removed by the army is still detained (173).
  EXPECT_EQ("KORCOP 173 KORGOV",
            CodesOf("Police arrested impeached President Park Geun-hye at her home in Seoul.",
                    "2021-06-01"));
  EXPECT_EQ("SDNMIL 173 SDNGOV",
            CodesOf("The army removed Sudan's President Omar al-Bashir from power.", "2021-06-01"));
}

TEST(ShippedVocab18Test, BecomingAMemberOfABlocIsAccession) {
  EXPECT_EQ("HRVGOV 057 IGOEUREEC",
            CodesOf("Croatia became the 28th member of the European Union.", "2021-06-01"));
  EXPECT_EQ("MNEGOV 057 IGOWSTNAT", CodesOf("Montenegro became NATO's newest member.", "2021-06-01"));
  EXPECT_EQ("GEOGOV 057 IGOEURCOE",
            CodesOf("Georgia became a full member of the Council of Europe.", "2021-06-01"));
  EXPECT_EQ("", CodesOf("Sweden will become a member of NATO next year.", "2021-06-01"));
}

TEST(ShippedVocab18Test, EvidenceOrACasePassedToAnotherStateIsCooperation) {
  EXPECT_EQ("NLDJUD 064 UKRGOV",
            CodesOf("Dutch prosecutors handed their evidence to Ukrainian investigators.",
                    "2021-06-01"));
  EXPECT_EQ("CHEJUD 064 FRAGOV",
            CodesOf("Swiss prosecutors passed the bank records to their French counterparts.",
                    "2021-06-01"));
  EXPECT_EQ("TURGOV 064 SAUGOV",
            CodesOf("Ankara handed the files on the killing to Riyadh.", "2021-06-01"));
  EXPECT_EQ("FRAJUD 063 BELGOV",
            CodesOf("A Paris court transferred the case to Belgium.", "2021-06-01"));
  EXPECT_EQ("PAKCOP 063 CHNGOV",
            CodesOf("Pakistani police transferred the case to the Chinese authorities.",
                    "2021-06-01"));
  // Passing a law, and what a party is accused of passing, are no events.
  EXPECT_EQ("", CodesOf("The Turkish parliament passed a law on foreign agents.", "2021-06-01"));
  EXPECT_EQ("", CodesOf("The engineer was accused of passing classified documents to Beijing.",
                        "2021-06-01"));
}

TEST(ShippedVocab18Test, BlacklistingAndEnergyCutOffsAreEmbargoes) {
  EXPECT_EQ("USAGOV 163 CUBGOV",
            CodesOf("Washington put Havana back on its list of state sponsors of terrorism.",
                    "2021-06-01"));
  EXPECT_EQ("", CodesOf("The Treasury put Vietnam on its watch list for currency manipulation.",
                        "2021-06-01"));
  EXPECT_EQ("RUSBUS 163 MDAGOV", CodesOf("Gazprom turned off the gas to Moldova.", "2021-06-01"));
  EXPECT_EQ("RUSGOV 163 BLRGOV", CodesOf("Moscow halted oil to Minsk.", "2021-06-01"));
  EXPECT_EQ("", CodesOf("The family turned off the lights.", "2021-06-01"));
}

TEST(ShippedVocab18Test, WeaponsHandedToAMissionDisarm) {
  EXPECT_EQ("COLREB 0873 IGOUNO",
            CodesOf("The FARC handed their weapons to the United Nations mission.", "2016-06-01"));
}

TEST(ShippedVocab18Test, LeavingABodyAnnouncedThreatensToReduceRelations) {
  EXPECT_EQ("VENGOV 1313 IGOOAS",
            CodesOf("Caracas said it would leave the Organization of American States.",
                    "2021-06-01"));
}

TEST(ShippedVocab18Test, RebuffedOverturesTurnDownTalks) {
  EXPECT_EQ("IRNGOV 125 USAGOV", CodesOf("Tehran rejected Washington's overtures.", "2021-06-01"));
  EXPECT_EQ("TWNGOV 125 CHNGOV", CodesOf("Taipei rebuffed overtures from Beijing.", "2021-06-01"));
  EXPECT_EQ("", CodesOf("The coach dismissed the player.", "2021-06-01"));
}

TEST(ShippedVocab18Test, ControlsOnAPartysTradeAreSanctions) {
  EXPECT_EQ("JPNGOV 163 KORGOV",
            CodesOf("Tokyo tightened controls on shipments of chip materials to Seoul.",
                    "2021-06-01"));
  EXPECT_EQ("CHNGOV 163 USAGOV",
            CodesOf("Beijing imposed controls on exports of gallium to the United States.",
                    "2021-06-01"));
  EXPECT_EQ("", CodesOf("The ministry tightened controls on exports of medicines.", "2021-06-01"));
}

TEST(ShippedVocab18Test, ClearedArmsSalesAndSubmittedApplications) {
  EXPECT_EQ("USAGOV 062 POLGOV",
            CodesOf("Washington cleared a possible sale of missiles to Warsaw.", "2021-06-01"));
  EXPECT_EQ("", CodesOf("Police cleared the square.", "2021-06-01"));
  EXPECT_EQ("UKRGOV 022 IGOEUREEC",
            CodesOf("Kyiv submitted its application for membership of the European Union.",
                    "2021-06-01"));
  EXPECT_EQ("", CodesOf("The minister submitted his resignation.", "2021-06-01"));
}

TEST(ShippedVocab18Test, ExpulsionsByTheHundredsAreMassExpulsions) {
  EXPECT_EQ("DZAGOV 201 NERREF",
            CodesOf("Algeria expelled some 2,000 migrants from Niger.", "2021-06-01"));
  EXPECT_EQ("TURGOV 201 SYRREF",
            CodesOf("Turkey sent back as many as 800 Syrian refugees.", "2021-06-01"));
  EXPECT_EQ("DEUGOV 174 AFG", CodesOf("Germany deported 28 Afghan offenders to Kabul.", "2021-06-01"));
}

TEST(ShippedVocab18Test, EndingAMilitaryPactRejectsMilitaryCooperation) {
  EXPECT_EQ("MLIGOV 1212 FRAGOV",
            CodesOf("Mali tore up its defence treaty with France.", "2021-06-01"));
  EXPECT_EQ("TCDGOV 1212 FRAGOV",
            CodesOf("Chad ended its defence cooperation pact with Paris.", "2021-06-01"));
  // Other agreements ended stay rejected agreements (127).
  EXPECT_EQ("MARGOV 127 IGOEUREEC",
            CodesOf("Rabat ended its fisheries agreement with the European Union.", "2021-06-01"));
}

TEST(ShippedVocab18Test, ForcesGivingUpATownOrTheirBasesRetreat) {
  EXPECT_EQ("RUSMIL 0874 UKR",
            CodesOf("Russian forces evacuated the city of Kherson.", "2022-11-11"));
  EXPECT_EQ("RUSMIL 0874 UKR",
            CodesOf("Russian soldiers abandoned the town of Izium.", "2022-10-01"));
  EXPECT_EQ("AFGMIL 0874 AFGREB",
            CodesOf("Afghan soldiers handed over their bases to the Taliban.", "2021-08-15"));
  EXPECT_EQ("ARMGOV 0874 AZE",
            CodesOf("Armenia ceded seven districts to Azerbaijan.", "2020-11-20"));
  EXPECT_EQ("", CodesOf("The party ceded ground to its rivals.", "2020-11-20"));
  // Residents leaving a town flee; a town left inside one's own country
  // names no other party.
  EXPECT_EQ("", CodesOf("Ukrainian residents abandoned the city of Mariupol.", "2022-03-01"));
  EXPECT_EQ("", CodesOf("Iraqi soldiers abandoned the city of Mosul.", "2016-12-01"));
}

TEST(ShippedVocab18Test, RescueTeamsAndFieldHospitalsAreRelief) {
  // Relief workers sent, not troops (154).
  EXPECT_EQ("INDGOV 073 TUR",
            CodesOf("India dispatched disaster-response teams to Turkey.", "2023-02-06"));
  EXPECT_EQ("JORGOV 073 PSE", CodesOf("Jordan dispatched a field hospital to Gaza.", "2023-10-20"));
}

}  // namespace
}  // namespace khaldun
