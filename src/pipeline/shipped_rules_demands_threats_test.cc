// Demands, defiance, rejections and threats (CAMEO 10, 12, 13).
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

TEST(ShippedRulesTest, DefianceInAPhraseOfCircumstance) {
  // "in defiance of" after a clause: its subject defies whoever issued the
  // order named.
  EXPECT_EQ("MNGGOV 051 RUSGOV; MNGGOV 128 IGOICC",
            CodesOf("Mongolia welcomed Vladimir Putin in defiance of the ICC's warrant.",
                    "2024-09-03"));
  // An accord named by a place has no issuer.
  EXPECT_EQ(std::string::npos,
            CodesOf("The rebels seized the town in defiance of the Minsk ceasefire.",
                    "2015-02-18")
                .find(" 128 "));
}

TEST(ShippedRulesTest, AResignationAnswersTheCallForIt) {
  // The call in the sentence before; the resignation is announced.
  EXPECT_EQ("PERMIL 0241 PERGOV; PERGOV 0831 PERMIL",
            CodesOf("Peru's army chief urged Pedro Castillo to resign on Wednesday. Hours later "
                    "Castillo announced his resignation.",
                    "2022-12-07"));
  // The call told after it in the same sentence (the document pass).
  EXPECT_EQ("PERGOV 0831 PERMIL; PERMIL 0241 PERGOV",
            CodesOf("Peru's President Pedro Castillo resigned on Wednesday, hours after Peru's "
                    "army chief urged Castillo to step down.",
                    "2022-12-07"));
  // A leader alone in the sentence refusing to go answers the opposition.
  EXPECT_EQ("EGYGOV 1231 EGYOPP",
            CodesOf("Egyptian President Hosni Mubarak refused to step down on Thursday.",
                    "2011-02-10"));
}

TEST(ShippedRulesTest, CoercionOfNoNamedKindAnnouncedIsAThreatOfNoNamedKind) {
  // TAKE's "- * MEASURES (AGAINST +)" is coercion of no named kind (170);
  // announced ("would take"), it is a threat of no named kind (130), not a
  // threat of repression (137).
  EXPECT_EQ("CHNGOV 130 LTUGOV",
            CodesOf("Beijing said it would take measures against Vilnius.", "2021-08-12"));
}

TEST(ShippedRulesTest, AThreatOfRetaliationAnswersWhoActedOnItsSpeaker) {
  // "vowed to retaliate" names no one: it answers the party that acted on the
  // speaker's country just before; a state's armed forces are answered as
  // their state.
  EXPECT_EQ("TURMIL 195 IRQ; IRQGOV 138 TURGOV",
            CodesOf("Turkish drones struck a convoy in northern Iraq on Monday, and Baghdad vowed "
                    "to retaliate.",
                    "2022-07-18"));
  // In the sentence before.
  EXPECT_EQ("RUSMIL 195 UKR; UKRGOV 138 RUSGOV",
            CodesOf("Russian jets bombed a Ukrainian power plant. Kyiv vowed to hit back.",
                    "2022-10-10"));
  // "it" after "warned" is the speaker, not whom the threat is aimed at.
  EXPECT_EQ("AZEMIL 194 ARM; ARMGOV 138 AZEGOV",
            CodesOf("Azerbaijani troops shelled Armenian positions on Tuesday, and Armenia warned "
                    "it would respond.",
                    "2022-09-13"));
  // With no act on it, the party the speaker itself accused.
  EXPECT_EQ("ARMGOV 1123 AZEGOV; ARMGOV 130 AZEGOV",
            CodesOf("Armenia accused Azerbaijan of shelling a border village, and Prime Minister "
                    "Nikol Pashinyan promised a firm response.",
                    "2022-09-13"));
  // "those responsible" are whoever did the act of force before.
  EXPECT_EQ("SOMREB 1831 KENCOP; KENGOV 138 SOMREB",
            CodesOf("A suicide bomber from al-Shabaab killed twelve Kenyan police officers in "
                    "Mandera, and Nairobi vowed to hunt down those responsible.",
                    "2019-02-01"));
  // A negated response is none, and a response to any act that may come
  // answers nothing yet.
  EXPECT_EQ("RUSMIL 195 UKR",
            CodesOf("Russian jets bombed a Ukrainian power plant. Kyiv vowed not to respond.",
                    "2022-10-10"));
  EXPECT_EQ("RUSMIL 195 UKR",
            CodesOf("Russian jets bombed a Ukrainian power plant. Kyiv promised a strong response "
                    "to any new attack.",
                    "2022-10-10"));
}

TEST(ShippedRulesTest, AThreatIsAimedAtWhoeverMustMeetItsCondition) {
  // "Kazakh" says whose the oil is; Warsaw must meet the condition.
  EXPECT_EQ("BLRGOV 130 POLGOV",
            CodesOf("Minsk threatened on Friday to halt the transit of Kazakh oil to Poland if "
                    "Warsaw closed the border.",
                    "2023-03-01"));
}

TEST(ShippedRulesTest, AWarningWithAConditionThreatensWhoMustMeetIt) {
  // What the speaker's side would do if another party acts is a threat to
  // that party, not a statement about the speaker's own state.
  EXPECT_EQ("KORGOV 130 PRKGOV",
            CodesOf("Seoul warned that it would respond sternly if Pyongyang launched another "
                    "missile.",
                    "2020-01-01"));
  EXPECT_EQ("RUSGOV 1385 UKRGOV",
            CodesOf("The Kremlin warned that Russia would use nuclear weapons if Kyiv kept "
                    "attacking Crimea.",
                    "2024-01-01"));
  // A fear of what the speaker's side would suffer threatens no one.
  EXPECT_EQ(std::string::npos,
            CodesOf("The French minister warned that France would suffer if Britain left the "
                    "European Union.",
                    "2019-01-01")
                .find(" 130 "));
}

TEST(ShippedRulesTest, AThreatToSendTroopsNamedWithTheirCountry) {
  EXPECT_EQ("TURGOV 138 SYRGOV",
            CodesOf("Ankara threatened to send Turkish troops into Syria.", "2019-01-01"));
}

TEST(ShippedRulesTest, RefusingAWordingYieldsNothing) {
  EXPECT_EQ("", CodesOf("India refused to call the Russian attack an invasion.", "2022-03-03"));
  // Refusing to release people still is a refusal.
  EXPECT_EQ("IRNGOV 1243 GBRMIL",
            CodesOf("Iran refused to release the British sailors.", "2007-03-30"));
}

TEST(ShippedRulesTest, AThreatenedPenaltyWithNoPartyAnswersTheActBefore) {
  // Sanctions threatened over an act on the speaker's own people punish its doer.
  EXPECT_EQ("SDNMIL 173 CANGOV; CANGOV 1312 SDNGOV",
            CodesOf("Sudan's army detained Canadian diplomats, and Canada threatened sanctions.",
                    "2022-01-01"));
  // Over an act on someone else, whoever did that act of coercion or force.
  EXPECT_EQ("MLIMIL 175 MLIOPP; FRAGOV 1311 MLIMIL",
            CodesOf("Malian troops fired on protesters in Bamako, and France threatened to "
                    "suspend aid.",
                    "2022-01-01"));
  // No act of force or coercion before: no party to threaten.
  EXPECT_EQ("", CodesOf("Hungary vetoed the budget, and Brussels threatened sanctions.",
                        "2022-01-01"));
}

TEST(ShippedRulesTest, ForceNotRuledOutIsAThreat) {
  EXPECT_EQ("USAGOV 138 CUBGOV",
            CodesOf("Joe Biden did not rule out military action against Cuba.", "2022-01-01"));
  EXPECT_EQ("GBRGOV 1312 BLRGOV",
            CodesOf("Boris Johnson refused to rule out new sanctions on Belarus.", "2021-06-01"));
  // Talks not ruled out threaten nothing.
  EXPECT_EQ("", CodesOf("Joe Biden did not rule out talks with Cuba.", "2022-01-01"));
}

TEST(ShippedRulesTest, ForceAWarnerCouldUseIsThreatened) {
  EXPECT_EQ("IGOAFRAFU 138 SDNMIL",
            CodesOf("The African Union warned Sudan's generals that it could use force.",
                    "2022-01-01"));
}

TEST(ShippedRulesTest, VengeanceVowedAnswersWhoActedOnTheSpeaker) {
  EXPECT_EQ("PAKMIL 195 AFG; AFGGOV 138 PAKGOV",
            CodesOf("Pakistani jets bombed an Afghan village, and the Taliban vowed vengeance.",
                    "2024-01-01"));
}

}  // namespace
}  // namespace khaldun
