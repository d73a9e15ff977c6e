// News idioms and phrasal verbs of dictionaries/verbs.txt that name common
// events in other words than the codebook's: attacks in words (took a swipe
// at, tore into, dressed down), summonses (hauled in, called in the envoy),
// concluded texts (sealed a pact, signed a pledge), dismissals (waved away,
// turned a deaf ear to, stonewalled), short visits and welcomes, warnings (put
// on notice), attacks fought off (repelled, beat back, fended off), prodding,
// intelligence swapped, fire rained down, olive branches held out, climbdowns,
// support idioms, people hauled off, onslaughts, agreements penned, torn up,
// scuppered or torpedoed, relations or talks put on hold, heckling and
// booing, pepper spray, misgivings voiced and economic reprisals threatened.
//
// Each sentence is written for the test and coded through the whole pipeline
// with the shipped dictionaries, as `khaldun code` codes it.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

constexpr char kDate[] = "2021-06-01";

TEST(ShippedVocabBreadthTest, IdiomsOfCriticismAre111) {
  EXPECT_EQ("AUSGOV 111 CHNGOV", CodesOf("Canberra took a swipe at Beijing over its coal ban.", kDate));
  EXPECT_EQ("BRALEG 111 VENGOV",
            CodesOf("The Brazilian senator tore into the Venezuelan government.", kDate));
  EXPECT_EQ("TURGOV 111 IGOEUREEC",
            CodesOf("Turkey's president laid into the European Union over migrants.", kDate));
  EXPECT_EQ("TURGOV 111 NLDGOV", CodesOf("Ankara dressed down the Dutch envoy.", kDate));
  EXPECT_EQ("RUSMIL 111 IGOWSTNAT", CodesOf("The Russian general belittled the Nato exercise.", kDate));
}

TEST(ShippedVocabBreadthTest, EnvoysHauledOrCalledInAreSummoned) {
  EXPECT_EQ("DEUGOV 114 RUSGOV", CodesOf("Berlin hauled in the Russian ambassador.", kDate));
  EXPECT_EQ("NORGOV 114 CHNGOV", CodesOf("Norway called in the Chinese envoy over the hacking.", kDate));
  // Any other object is no summons.
  EXPECT_EQ("", CodesOf("The Nigerian president called in the army.", kDate));
}

TEST(ShippedVocabBreadthTest, PactsSealedAndPledgesSignedAreConcluded) {
  EXPECT_EQ("PERGOV 057 ECUGOV; ECUGOV 057 PERGOV",
            CodesOf("Peru sealed a pact with Ecuador on fishing rights.", kDate));
  EXPECT_EQ("EGYGOV 057 SDNGOV; SDNGOV 057 EGYGOV",
            CodesOf("Egypt and Sudan sealed an accord on river water.", kDate));
  EXPECT_EQ("VNMGOV 057 PHLGOV; PHLGOV 057 VNMGOV",
            CodesOf("Vietnam and the Philippines signed a pledge to settle their maritime disputes "
                    "peacefully.",
                    kDate));
  EXPECT_EQ("GHAGOV 057 TGOGOV; TGOGOV 057 GHAGOV",
            CodesOf("Ghana signed a pledge with Togo on border security.", kDate));
}

TEST(ShippedVocabBreadthTest, OffersAndWarningsDismissedAreRejected) {
  EXPECT_EQ("IRNGOV 120 FRAGOV", CodesOf("Iran waved away the French offer.", kDate));
  EXPECT_EQ("VENGOV 120 USAGOV", CodesOf("Venezuela turned a deaf ear to American warnings.", kDate));
  EXPECT_EQ("MLIMIL 120 IGOWAFWAS", CodesOf("The Malian junta stonewalled ECOWAS.", kDate));
  EXPECT_EQ("PRKGOV 120 IGOUNO",
            CodesOf("North Korea thumbed its nose at the United Nations.", kDate));
}

TEST(ShippedVocabBreadthTest, ShortVisitsWelcomesAndWarnings) {
  EXPECT_EQ("JPNGOV 042 AFG", CodesOf("The Japanese envoy stopped off in Kabul.", kDate));
  EXPECT_EQ("USAGOV 042 JOR", CodesOf("Blinken dropped in on Jordan.", kDate));
  EXPECT_EQ("VNMGOV 043 JPNGOV",
            CodesOf("Vietnam rolled out the welcome mat for the Japanese premier.", kDate));
  EXPECT_EQ("USAGOV 130 IRNGOV",
            CodesOf("Washington put Tehran on notice over its drone shipments.", kDate));
}

TEST(ShippedVocabBreadthTest, AttacksFoughtOffAreFightingWithTheAttacker) {
  EXPECT_EQ("AFGMIL 190 AFGREB", CodesOf("The Afghan garrison beat back a Taliban offensive.", kDate));
  EXPECT_EQ("ARMMIL 190 AZEGOV",
            CodesOf("Armenian troops fended off an Azerbaijani incursion.", kDate));
  EXPECT_EQ("UKRMIL 190 RUSGOV",
            CodesOf("Ukrainian troops fought off a Russian attack near Kharkiv.", kDate));
  // Fending off a bid is no fighting.
  EXPECT_EQ("", CodesOf("The British firm fended off a takeover bid from an American rival.", kDate));
}

TEST(ShippedVocabBreadthTest, ProddingSwappedIntelligenceAndFireRainedDown) {
  EXPECT_EQ("PHLGOV 020 CHNGOV",
            CodesOf("Manila prodded Beijing to respect the arbitration award.", kDate));
  EXPECT_EQ("KORGOV 064 JPNGOV; JPNGOV 064 KORGOV",
            CodesOf("Seoul and Tokyo swapped intelligence on the missile launches.", kDate));
  EXPECT_EQ("GBRGOV 064 FRAGOV", CodesOf("Britain pooled intelligence with France on the plot.", kDate));
  EXPECT_EQ("PSEREB 194 ISR", CodesOf("Hamas rained down rockets on Israel.", kDate));
  EXPECT_EQ("SYRMIL 194 SYRREB",
            CodesOf("The Syrian army rained artillery on rebel villages in the north.", kDate));
}

TEST(ShippedVocabBreadthTest, OliveBranchesClimbdownsAndSupportIdioms) {
  EXPECT_EQ("AZEGOV 030 ARMGOV", CodesOf("Baku held out an olive branch to Yerevan.", kDate));
  EXPECT_EQ("ETHGOV 030 ERIGOV", CodesOf("Ethiopia offered an olive branch to Eritrea.", kDate));
  EXPECT_EQ("TURGOV 080 RUSGOV", CodesOf("Turkey gave ground to Russia on the corridor.", kDate));
  EXPECT_EQ("POLGOV 080 IGOEUREEC",
            CodesOf("The Polish government climbed down in its dispute with the European Commission.",
                    kDate));
  EXPECT_EQ("POLGOV 051 LTUGOV", CodesOf("Poland stood shoulder to shoulder with Lithuania.", kDate));
  EXPECT_EQ("KENGOV 051 ETHGOV", CodesOf("Kenya came out in support of Ethiopia's bid.", kDate));
  // A door slammed on a proposal refuses it; SLAM alone would be criticism.
  EXPECT_EQ("ETHGOV 120 EGYGOV", CodesOf("Ethiopia slammed the door on Egypt's proposal.", kDate));
}

TEST(ShippedVocabBreadthTest, PeopleHauledOffAreArrestedAndOnslaughtsAreAttacks) {
  EXPECT_EQ("BLRCOP 173 POLMED",
            CodesOf("Belarusian police hauled off the Polish journalist.", kDate));
  EXPECT_EQ("IRNCOP 173 AFGREF",
            CodesOf("Iranian police hauled away dozens of Afghan migrants.", kDate));
  EXPECT_EQ("AZEGOV 190 ARM", CodesOf("Azerbaijan launched an onslaught on Armenian positions.", kDate));
  EXPECT_EQ("RUSGOV 190 UKR", CodesOf("Russia's onslaught on Ukraine entered its second week.", kDate));
}

TEST(ShippedVocabBreadthTest, AgreementsPennedAreConcludedAndTornUpOnesAbandoned) {
  EXPECT_EQ("EGYGOV 057 SDNGOV; SDNGOV 057 EGYGOV",
            CodesOf("Egypt and Sudan penned a water-sharing pact.", kDate));
  EXPECT_EQ("", CodesOf("The Egyptian president penned a letter to the Sudanese leader.", kDate));
  EXPECT_EQ("RUSGOV 127 UKRGOV", CodesOf("Russia torpedoed the grain deal with Ukraine.", kDate));
  EXPECT_EQ("HUNGOV 127 UKRGOV",
            CodesOf("Hungary scuppered the European Union's deal with Ukraine.", kDate));
  EXPECT_EQ("TURGOV 127 GRCGOV", CodesOf("Turkey scuttled the deal with Greece.", kDate));
  EXPECT_EQ("PRKGOV 127 KORGOV",
            CodesOf("North Korea tore up the military agreement with South Korea.", kDate));
  EXPECT_EQ("BGRGOV 127 RUSGOV",
            CodesOf("The new Bulgarian government ripped up the gas contract with Russia.", kDate));
  EXPECT_EQ("JPNGOV 127 KORGOV",
            CodesOf("Japan walked away from the fisheries accord with South Korea.", kDate));
  // Leaving without an agreement abandons none; a ship scuttled is no agreement.
  EXPECT_EQ("", CodesOf("The American president walked away without a deal with North Korea.", kDate));
  EXPECT_EQ("", CodesOf("The Ukrainian navy scuttled its flagship.", kDate));
}

// A defence partnership or visiting forces agreement ended is military
// cooperation turned down (1212), as a defence pact.
TEST(ShippedVocabBreadthTest, DefencePartnershipsEndedRejectMilitaryCooperation) {
  EXPECT_EQ("MLIGOV 1212 DEUGOV",
            CodesOf("Mali's government said it was ending its defence partnerships with Germany.",
                    kDate));
  EXPECT_EQ("PHLGOV 1212 USAGOV",
            CodesOf("Manila said it was ending its visiting forces agreement with Washington.",
                    kDate));
}

TEST(ShippedVocabBreadthTest, RelationsAndTalksPutOnHoldRailingAndBackingOff) {
  EXPECT_EQ("MARGOV 160 DEUGOV", CodesOf("Morocco put its relations with Germany on hold.", kDate));
  EXPECT_EQ("COLPTY 164 COLGOV",
            CodesOf("The Colombian rebels put the talks with the government on hold.", kDate));
  EXPECT_EQ("FRAGOV 111 GBRGOV", CodesOf("The French president railed at Britain over fishing.", kDate));
  EXPECT_EQ("CHNGOV 080 TWNGOV", CodesOf("China backed off from its threats against Taiwan.", kDate));
}

TEST(ShippedVocabBreadthTest, HecklingIsProtestAndMisgivingsAreDisapproval) {
  EXPECT_EQ("KENOPP 140 UGAGOV", CodesOf("Kenyan protesters heckled the Ugandan president.", kDate));
  EXPECT_EQ("JOROPP 140 ISRGOV",
            CodesOf("Crowds in Amman booed the visiting Israeli minister.", kDate));
  EXPECT_EQ("ARGOPP 140 GBRGOV", CodesOf("Argentine demonstrators jeered the British ambassador.", kDate));
  EXPECT_EQ("ESPOPP 140 ESPGOV",
            CodesOf("The Spanish prime minister was heckled by opposition lawmakers.", kDate));
  EXPECT_EQ("", CodesOf("Fans booed the referee after the match.", kDate));
  EXPECT_EQ("CHLCOP 175 CHLOPP", CodesOf("Chilean police pepper-sprayed the protesters.", kDate));
  EXPECT_EQ("DEUGOV 110 FRAGOV", CodesOf("Germany voiced misgivings about the French plan.", kDate));
  EXPECT_EQ("POLGOV 110 DEUGOV",
            CodesOf("Poland expressed reservations about the German proposal.", kDate));
}

TEST(ShippedVocabBreadthTest, EconomicReprisalsThreatenNoForce) {
  EXPECT_EQ("CHNGOV 131 LTUGOV", CodesOf("China threatened Lithuania with economic reprisals.", kDate));
  EXPECT_EQ("USAGOV 131 CHNGOV", CodesOf("Washington threatened Beijing with trade retaliation.", kDate));
  // Bare reprisals stay a threat of force.
  EXPECT_EQ("ISRGOV 1384 LBNREB", CodesOf("Israel threatened Hezbollah with reprisals.", kDate));
}

}  // namespace
}  // namespace khaldun
