// News idioms and phrasal verbs of dictionaries/verbs.txt that name common
// events in other words than the codebook's: attacks in words (took a swipe
// at, tore into, dressed down), summonses (hauled in, called in the envoy),
// concluded texts (sealed a pact, signed a pledge), dismissals (waved away,
// turned a deaf ear to, stonewalled), short visits and welcomes, warnings (put
// on notice), attacks fought off (repelled, beat back, fended off), prodding,
// intelligence swapped and fire rained down.
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

}  // namespace
}  // namespace khaldun
