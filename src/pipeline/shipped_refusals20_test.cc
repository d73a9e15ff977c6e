// Rejections (CAMEO 12) through the shipped vocabulary and the coder
// (tests/gold/README.md conventions):
// - a state's military planes or ships turned away are refused to the
//   government that sent them, not to its armed forces;
// - a bare "declined" right after a party, and a refusal stated with a
//   negated modal ("would not intervene"), answer whoever asked;
// - a ruling or award rejected answers whoever judged the party;
// - recognition refused for good ("would never recognise") or denied
//   ("did not recognise the court") is 120;
// - cooperation refused ("would not cooperate") answers an inquiry opened
//   on the party too;
// - measures vowed against a party threaten it (130);
// - a partner removed from a joint programme, a contract scrapped with a
//   foreign party: material cooperation rejected (121x).
//
// Coded through the whole pipeline as `khaldun code` codes them. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedRefusals20Test, CraftTurnedAwayAreRefusedToTheirGovernment) {
  EXPECT_EQ("VENGOV 120 ESPGOV",
            CodesOf("Caracas turned back three Spanish military planes bringing home deportees "
                    "on Monday.",
                    "2020-05-01"));
  EXPECT_EQ("PERGOV 120 CHLGOV",
            CodesOf("Lima refused to let two Chilean military planes land.", "2020-05-01"));
  // Force used on the planes stays aimed at the armed forces.
  EXPECT_EQ("IRNGOV 195 USAMIL",
            CodesOf("Iran shot down two US military planes.", "2020-05-01"));
}

TEST(ShippedRefusals20Test, BareDeclineAnswersWhoAsked) {
  EXPECT_EQ("LTUGOV 0234 POLGOV; POLGOV 124 LTUGOV",
            CodesOf("Lithuania asked Poland to send troops to guard the border, but Warsaw "
                    "politely declined.",
                    "2020-05-01"));
  // A decline not right after its party may have the subject of another
  // clause: nothing is coded rather than a wrong source.
  EXPECT_EQ("ARMGOV 0234 RUSGOV",
            CodesOf("Armenia asked Russia to send troops, but the Kremlin hesitated and declined.",
                    "2020-05-01"));
  // Amounts that decline are no refusal.
  EXPECT_EQ("", CodesOf("Exports from Chile declined.", "2020-05-01"));
}

TEST(ShippedRefusals20Test, StatedRefusalToInterveneAnswersWhoAsked) {
  EXPECT_EQ("KGZGOV 0234 RUSGOV; RUSGOV 1224 KGZGOV",
            CodesOf("Bishkek asked Moscow to send troops to quell the riots, but the Kremlin said "
                    "it would not intervene in a domestic dispute.",
                    "2020-05-01"));
  EXPECT_EQ("ARMGOV 023 RUSGOV; RUSGOV 1224 ARMGOV",
            CodesOf("Armenia asked Russia for help, but Moscow declined to intervene.",
                    "2020-05-01"));
}

TEST(ShippedRefusals20Test, RejectedRulingAnswersTheCourt) {
  EXPECT_EQ("IGOUNO 116 SRBGOV; SRBGOV 120 IGOUNO",
            CodesOf("The World Court ruled that Serbia's wall was illegal, and Belgrade rejected "
                    "the opinion.",
                    "2020-05-01"));
  // With no judgement before it, no one is rejected.
  EXPECT_EQ("", CodesOf("Lima rejected the award.", "2020-05-01"));
}

TEST(ShippedRefusals20Test, RecognitionRefusedForGood) {
  EXPECT_EQ("AZEGOV 120 AZESEP",
            CodesOf("Baku said it would never recognise the breakaway republic of Artsakh.",
                    "2020-05-01"));
}

TEST(ShippedRefusals20Test, RecognitionDeniedInThePastOrPresent) {
  EXPECT_EQ("IGOICC 173 UGAGOV; UGAGOV 120 IGOICC",
            CodesOf("The International Criminal Court charged the Ugandan defence minister with "
                    "war crimes, and Kampala said it did not recognise the court.",
                    "2020-05-01"));
}

TEST(ShippedRefusals20Test, CooperationRefusedAnswersAnInquiry) {
  EXPECT_EQ("IGOUNO 093 BLR; BLRGOV 121 IGOUNO",
            CodesOf("A UN panel opened an investigation into the shelling of Gomel, and Minsk "
                    "said it would not cooperate.",
                    "2020-05-01"));
  // With nothing asked of it or opened on it, the refusal answers no one.
  EXPECT_EQ("", CodesOf("Belgrade said it would not cooperate.", "2020-05-01"));
}

TEST(ShippedRefusals20Test, MeasuresVowedAgainstAParty) {
  EXPECT_EQ("JPNGOV 130 PRKGOV",
            CodesOf("Tokyo vowed tough measures against Pyongyang after the launch.", "2020-05-01"));
  EXPECT_EQ("", CodesOf("Tokyo vowed to take measures against the drought.", "2020-05-01"));
}

TEST(ShippedRefusals20Test, CooperationRemovedOrScrapped) {
  EXPECT_EQ("USAGOV 1212 TURGOV",
            CodesOf("The Pentagon said Washington had removed Ankara from its stealth fighter "
                    "programme.",
                    "2020-05-01"));
  EXPECT_EQ("AUSGOV 1211 ESPBUS",
            CodesOf("Canberra scrapped a frigate contract with the Spanish shipbuilder Navantia.",
                    "2020-05-01"));
  // A player removed from a youth programme is no party.
  EXPECT_EQ("", CodesOf("The club removed the striker from the youth programme.", "2020-05-01"));
}

}  // namespace
}  // namespace khaldun
