// Repression and alerts (CAMEO 15 and 17): fire on people who are marching
// or protesting is repression of their protest (175), and the protest is
// still coded; a superlative alert ("the highest alert") is a raised alert;
// a retaliation whose means is a non-military act ("hit back by expelling
// diplomats") is that act, not force; a crowd driven back with tear gas is
// repressed; who comments on an act in an appositive (", a move the US
// condemned") is no party to the act; troops deployed at home against
// unrest are aimed at the crowd (154 to OPP); forces sent to support a war
// or to help survivors are military cooperation (062) or relief (073); a
// raised alert naming no one is against the foreign party named (152).
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

TEST(ShippedForce2Test, FireOnPeopleMarchingOrProtestingIsRepression) {
  EXPECT_EQ("BGDMIL 175 BGDAGR; BGDAGR 141 BGDGOV",
            CodesOf("Security forces opened fire on farmers marching in Dhaka, killing four.",
                    "2020-01-01"));
  EXPECT_EQ("KENCOP 175 KENEDU; KENEDU 141 KENGOV",
            CodesOf("Police fired on teachers protesting outside the education ministry in Nairobi.",
                    "2020-01-01"));
  EXPECT_EQ("MMRMIL 175 MMREDU; MMREDU 141 MMRGOV",
            CodesOf("Soldiers opened fire on students protesting in Yangon.", "2021-03-01"));
  // Fire on people who are not protesting stays an attack.
  EXPECT_EQ("NGAUAF 190 NGA",
            CodesOf("Gunmen opened fire on worshippers at a mosque in Kano.", "2020-01-01"));
}

TEST(ShippedForce2Test, TheProtestFiredOnIsStillCoded) {
  EXPECT_EQ("CODMIL 175 CODOPP; CODOPP 1411 CODGOV",
            CodesOf("Congolese troops fired on opposition supporters protesting in Kinshasa "
                    "against the president.",
                    "2016-09-19"));
}

TEST(ShippedForce2Test, TheHighestAlertIsARaisedAlert) {
  EXPECT_EQ("ARMGOV 152 AZE; AZEGOV 154 ARM",
            CodesOf("The Armenian defence minister placed the army on its highest state of alert "
                    "as Azerbaijan massed troops.",
                    "2020-09-27"));
  EXPECT_EQ("IRNGOV 152 USA",
            CodesOf("Tehran ordered its navy to full combat readiness in the Gulf, citing the "
                    "American build-up.",
                    "2019-06-01"));
}

TEST(ShippedForce2Test, RetaliationByANonMilitaryActIsThatAct) {
  EXPECT_EQ("CHNGOV 161 CANGOV",
            CodesOf("Beijing hit back by ordering ten Canadian diplomats out of the country.",
                    "2020-01-01"));
  EXPECT_EQ("TURGOV 163 USA",
            CodesOf("Ankara hit back by imposing tariffs on American cars.", "2018-08-15"));
  EXPECT_EQ("CANGOV 161 INDGOV",
            CodesOf("Ottawa hit back by expelling two Indian diplomats.", "2023-09-19"));
  // Retaliation by force is that force, coded once from its own verb.
  EXPECT_EQ("RUSMIL 194 UKR",
            CodesOf("Russian troops struck back by shelling Ukrainian positions near Kharkiv.",
                    "2022-09-10"));
}

TEST(ShippedForce2Test, ACrowdDrivenBackIsRepressed) {
  EXPECT_EQ("GEOCOP 175 GEOOPP",
            CodesOf("Riot police drove back the protesters with tear gas in Tbilisi.", "2024-05-01"));
  EXPECT_EQ("KENCOP 175 KENOPP",
            CodesOf("Kenyan police drove the demonstrators back from parliament.", "2024-06-25"));
  EXPECT_EQ("GEOCOP 175 GEOOPP",
            CodesOf("Protesters in Tbilisi were driven back with tear gas by riot police.",
                    "2024-05-01"));
  // Driving armed men out of a place stays fighting.
  EXPECT_EQ("NGAMIL 190 NGAREB",
            CodesOf("Nigerian troops drove Boko Haram fighters out of the town of Damasak.",
                    "2015-03-09"));
}

TEST(ShippedForce2Test, WhoCommentsOnTheActInAnAppositiveIsNoPartyToIt) {
  EXPECT_EQ("RUSGOV 192 UKR; USAGOV 111 RUSGOV",
            CodesOf("Russia annexed Crimea, a move the United States condemned as illegal.",
                    "2014-03-21"));
  EXPECT_EQ("DZAGOV 120 MARGOV",
            CodesOf("Morocco annexed the territory, a step Algeria rejected.", "1979-08-14"));
  EXPECT_EQ("IGOEUREEC 111 TURGOV",
            CodesOf("Turkey closed its border crossings, a step the European Union criticised.",
                    "2016-02-10"));
}

// Troops a state deploys at home against unrest are aimed at the crowd
// (OPP), named or not; with no unrest told, the deployment keeps its target.
TEST(ShippedForce2Test, TroopsDeployedAtHomeAgainstUnrestAimAtTheCrowd) {
  EXPECT_EQ("NGAGOV 154 NGAOPP",
            CodesOf("The Nigerian government deployed the army in Lagos on Friday as fuel price "
                    "protests spread.",
                    "2020-01-01"));
  EXPECT_EQ("GHAGOV 154 GHAOPP",
            CodesOf("Ghana's president ordered troops onto the streets of Accra after a night of "
                    "looting.",
                    "2020-01-01"));
  EXPECT_EQ("PERGOV 154 PEROPP",
            CodesOf("Peru sent 1,000 soldiers to help the police contain the riots in Arequipa.",
                    "2020-01-01"));
  EXPECT_EQ("INDGOV 154 BTN",
            CodesOf("India deployed troops to Bhutan as protests grew in Delhi.", "2020-01-01"));
  // With no unrest told, the troops a state deploys at home are no target.
  EXPECT_EQ("", CodesOf("London sent British troops into the streets of Belfast to protect "
                        "Catholic families.",
                        "1970-01-01"));
}

// Forces sent abroad to support the host's war fight beside it (062);
// sent to help survivors of a disaster, they bring relief (073).
TEST(ShippedForce2Test, ForcesSentToSupportAWarOrHelpSurvivors) {
  EXPECT_EQ("BLRGOV 062 RUSGOV",
            CodesOf("Belarus sent 2,000 troops to Russia to support its offensive in Ukraine.",
                    "2020-01-01"));
  EXPECT_EQ("USAMIL 073 HTI",
            CodesOf("The Pentagon ordered two warships to Haiti to help survivors of the "
                    "hurricane.",
                    "2020-01-01"));
}

// A raised alert that names no one is against the foreign party the
// sentence names, after it or else before it; the bare country.
TEST(ShippedForce2Test, AnAlertIsAgainstTheForeignPartyNamed) {
  EXPECT_EQ("PHLGOV 152 CHN",
            CodesOf("Manila put its navy on high alert, saying Chinese ships had entered its "
                    "waters.",
                    "2020-01-01"));
  EXPECT_EQ("LTUGOV 152 RUS; LTUGOV 1123 RUSGOV",
            CodesOf("Lithuania put its army on special alert, accusing Moscow of provocations.",
                    "2020-01-01"));
  // Force shown to a foreign people or region, not its state: the country.
  EXPECT_EQ("RUSGOV 154 MDA",
            CodesOf("Moscow sent more troops to Moldova's breakaway region of Transnistria.",
                    "2020-01-01"));
  EXPECT_EQ("KORGOV 152 PRK",
            CodesOf("Seoul put its troops on the highest alert after the shelling by North Korean "
                    "artillery.",
                    "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
