// Verbal conflict answering an act told just before (CAMEO 10, 11, 13): a
// sentence with one party that calls the act reported before it by a
// condemning name, warns of consequences, demands redress (an apology, an
// explanation, a release) or says its side will respond is aimed at whoever
// did that act. Also: a blocked extradition (1213), a verb right after a
// modal that the tagger took for a noun, revenge in sport, striking workers.
//
// Coder rules whose test needs the shipped vocabulary (the verb patterns and
// event nouns of dictionaries/), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedVerbal16Test, AnActCalledCondemnableInTheNextSentenceIsCriticised) {
  EXPECT_EQ("PRKGOV 150 JPN; JPNGOV 111 PRKGOV",
            CodesOf("North Korea fired a missile over Japan. Tokyo called the launch deeply "
                    "regrettable.",
                    "2019-05-06"));
  EXPECT_EQ("TURMIL 195 IRQ; IRQGOV 111 TURGOV",
            CodesOf("Turkish jets struck Kurdish positions in Iraq. Baghdad called the raids a "
                    "cowardly act.",
                    "2019-05-06"));
  EXPECT_EQ("AZEMIL 194 ARM; ARMGOV 111 AZEGOV",
            CodesOf("Azerbaijani troops shelled an Armenian village. Yerevan called the attack an "
                    "affront to its sovereignty.",
                    "2019-05-06"));
  // A name that condemns nothing judges no one.
  EXPECT_EQ("ISRMIL 195 SYRMIL",
            CodesOf("Israeli jets bombed a Syrian army depot. Damascus called the raid long "
                    "expected.",
                    "2019-05-06"));
}

TEST(ShippedVerbal16Test, ConsequencesPromisedAnswerTheActOnTheSpeaker) {
  EXPECT_EQ("ISRMIL 195 SYRMIL; SYRGOV 138 ISRGOV",
            CodesOf("Israeli jets bombed a Syrian army depot. Damascus warned of serious "
                    "consequences.",
                    "2019-05-06"));
  EXPECT_EQ("PRKGOV 130 KORGOV; KORGOV 150 PRK",
            CodesOf("Pyongyang warned of dire consequences after Seoul staged drills.",
                    "2019-05-06"));
  // The consequences of something else are a forecast, no threat.
  EXPECT_EQ("ISRMIL 195 SYRMIL",
            CodesOf("Israeli jets bombed a Syrian army depot. Damascus warned of the "
                    "consequences of the heat wave.",
                    "2019-05-06"));
}

TEST(ShippedVerbal16Test, ADemandForRedressIsMadeOfWhoeverWrongedTheSpeaker) {
  EXPECT_EQ("CHNMIL 171 PHLGOV; PHLGOV 100 CHNGOV",
            CodesOf("Chinese coast guard ships rammed a Philippine supply boat. Manila demanded an "
                    "explanation.",
                    "2019-05-06"));
  EXPECT_EQ("RUSMIL 190 EST; ESTGOV 100 RUSGOV",
            CodesOf("Russian jets violated Estonian airspace, and Tallinn demanded an apology.",
                    "2019-05-06"));
  // A foreign state's police answer as that state.
  EXPECT_EQ("CANCOP 173 CHN; CHNGOV 1053 CANGOV",
            CodesOf("Canadian police arrested a Chinese executive. Beijing demanded her immediate "
                    "release.",
                    "2019-05-06"));
  // Nothing demanded, nothing coded.
  EXPECT_EQ("RUSMIL 190 EST",
            CodesOf("Russian jets violated Estonian airspace. Tallinn demanded no apology.",
                    "2019-05-06"));
}

TEST(ShippedVerbal16Test, AnAnswerTheSpeakersSideAnnouncesThreatensWhomItAnswers) {
  EXPECT_EQ("TURMIL 195 IRQ; IRQGOV 138 TURGOV",
            CodesOf("Turkish jets bombed Kurdish villages in Iraq, and Baghdad said it would "
                    "respond firmly.",
                    "2019-05-06"));
  EXPECT_EQ("ARGGOV 1711 ESPBUS; ESPGOV 130 ARGGOV",
            CodesOf("Argentina seized a Spanish company's oil fields, and Madrid said it would "
                    "retaliate.",
                    "2019-05-06"));
  EXPECT_EQ("USAGOV 1125 PRKGOV; USAELI 130 PRKGOV",
            CodesOf("Washington blamed Pyongyang for the hack. Hours later, Obama said Washington "
                    "would respond proportionally.",
                    "2019-05-06"));
  // Answering a letter is no threat; another party's answer is a forecast.
  EXPECT_EQ("ISRMIL 195 SYR",
            CodesOf("Israeli jets struck a depot in Syria. Damascus said it would respond to the "
                    "letter.",
                    "2019-05-06"));
  EXPECT_EQ("ISRMIL 195 SYR",
            CodesOf("Israeli jets struck a depot in Syria. Obama said Iran would retaliate.",
                    "2019-05-06"));
}

TEST(ShippedVerbal16Test, BlockingAnExtraditionRejectsTheRequestingState) {
  EXPECT_EQ("SWEJUD 1213 RUSGOV",
            CodesOf("A Swedish judge blocked the banker's extradition to Russia.", "2019-05-06"));
  EXPECT_EQ("GBRJUD 1213 INDGOV",
            CodesOf("A London court blocked the extradition of the businessman to India, citing "
                    "the risk of ill-treatment.",
                    "2019-05-06"));
}

TEST(ShippedVerbal16Test, AWordAfterAModalIsTheVerb) {
  EXPECT_EQ("CANGOV 032 MEXGOV",
            CodesOf("Trudeau said Ottawa would back Mexico's bid to join the group.",
                    "2019-05-06"));
  EXPECT_EQ("JPNGOV 0313 KORGOV",
            CodesOf("Tokyo said it would hand the suspect over to Seoul.", "2019-05-06"));
}

TEST(ShippedVerbal16Test, RevengeInASentenceAboutAGameIsSport) {
  EXPECT_EQ("", CodesOf("Brazil vowed revenge against Argentina after the World Cup qualifier "
                        "defeat.",
                        "2019-05-06"));
  EXPECT_EQ("PSEREB 138 ISRGOV",
            CodesOf("Hamas vowed revenge against Israel after the strike that killed its "
                    "commander.",
                    "2019-05-06"));
}

TEST(ShippedVerbal16Test, StrikingWorkersAreOnStrikeNotAttacked) {
  EXPECT_EQ("KENCOP 175 KENEDU",
            CodesOf("Police fired tear gas at striking teachers in Nairobi.", "2019-05-06"));
  EXPECT_EQ("RUSMIL 195 UKR",
            CodesOf("Russian missiles kept striking Ukrainian cities.", "2019-05-06"));
}

}  // namespace
}  // namespace khaldun
