// Disapproval, rejection and reduced relations (CAMEO 11, 12, 16): who
// vetoes, defies or convicts whom.
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

TEST(ShippedDisapproveTest, AVetoAtTheCouncilBlocksTheCouncil) {
  // The drafter's name modifies the draft; the body the draft was put to
  // is the party whose decision the veto blocks.
  EXPECT_EQ("FRAGOV 129 IGOUNO",
            CodesOf("Paris vetoed a Chadian draft resolution at the Security Council on Monday.",
                    "2019-05-06"));
  EXPECT_EQ("CHNGOV 129 IGOUNO",
            CodesOf("Beijing vetoed a Peruvian draft in the Security Council.", "2019-05-06"));
}

TEST(ShippedDisapproveTest, DefianceGradedByAnAdjective) {
  // "in open defiance of": the adjective does not detach the defiance
  // from the clause's subject; the court is named alone.
  EXPECT_EQ("SRBGOV 043 SDNGOV; SRBGOV 128 IGOICC; SDNGOV 042 SRBGOV",
            CodesOf("Serbia hosted Sudan's president in open defiance of the International "
                    "Criminal Court.",
                    "2019-05-06"));
  // An accord named after a place has no issuer.
  EXPECT_EQ("ZMBREB 194 ZMBGOV",
            CodesOf("The rebels kept shelling the town in open defiance of the Lusaka truce.",
                    "2019-05-06"));
}

TEST(ShippedDisapproveTest, APanelOfACourtActsForTheCourt) {
  EXPECT_EQ(
      "KENJUD 116 UGAELI",
      CodesOf("A panel of Kenya's Supreme Court convicted a former Ugandan minister of fraud.",
              "2019-05-06"));
}

TEST(ShippedDisapproveTest, ADecisionInATimeClauseIsNoPartOfTheThreat) {
  // The infinitive after "two days after ... voted" is the vote's decision,
  // not the content of the threat before it.
  EXPECT_EQ("IGOEUREEC 164 SRBGOV",
            CodesOf("Serbia threatened on Tuesday to recall its envoy, two days after the European "
                    "Parliament voted to suspend accession talks with Belgrade.",
                    "2019-05-06"));
}

TEST(ShippedDisapproveTest, PeacekeepersWithdrawnLeaveTheCountry) {
  // The mission is the council's own, not a party; the place the pattern
  // binds is the target, as a country, not its government.
  EXPECT_EQ("IGOUNO 1661 LBR",
            CodesOf("The Security Council voted on Friday to end the UN peacekeeping mission in "
                    "Liberia.",
                    "2019-05-06"));
  // An embassy besieged in a capital is still the embassy's state.
  EXPECT_EQ("CHNEDU 144 JPNGOV",
            CodesOf("Chinese students besieged the Japanese embassy in Beijing on Sunday.",
                    "2019-05-06"));
}

TEST(ShippedDisapproveTest, RetaliationAtTariffsIsNoForce) {
  // Striking back at a party's duties answers an economic act; force only
  // where the object is a party or a target of force.
  // (The tariffs themselves are the United States' act on Canada.)
  EXPECT_EQ("USAGOV 163 CAN",
            CodesOf("Ottawa struck back at the new US tariffs on Canadian steel.", "2019-05-06"));
  EXPECT_EQ("SYRREB 190 SYRMIL",
            CodesOf("Syrian rebels struck back at government troops.", "2019-05-06"));
}

TEST(ShippedDisapproveTest, APartySaidResponsibleForAnAttackIsAccused) {
  EXPECT_EQ("KENGOV 112 SOMGOV",
            CodesOf("Kenya said Somalia was responsible for the bombing.", "2019-05-06"));
  EXPECT_EQ("GBRGOV 112 RUSGOV",
            CodesOf("Britain said it was highly likely that Russia was responsible for the attack.",
                    "2019-05-06"));
  // Responsibility for a duty accuses no one.
  EXPECT_EQ("", CodesOf("Kenya said Somalia was responsible for its own security.", "2019-05-06"));
}

TEST(ShippedDisapproveTest, TheBoardOfABodyActsForIt) {
  EXPECT_EQ(
      "IGOUNOIAE 111 SYRGOV",
      CodesOf("The board of the IAEA passed a resolution on Monday rebuking Syria.", "2019-05-06"));
}

TEST(ShippedDisapproveTest, HittingBackByAnActIsThatAct) {
  // "hit back at" with an expulsion after it names the expulsion's motive.
  EXPECT_EQ("IRNGOV 161 CANGOV",
            CodesOf("Tehran hit back at Ottawa on Monday, expelling four Canadian diplomats.",
                    "2019-05-06"));
  // Alone, it is criticism.
  EXPECT_EQ("IRNGOV 111 CANGOV",
            CodesOf("Tehran hit back at Ottawa over the minister's remarks.", "2019-05-06"));
}

TEST(ShippedDisapproveTest, WordsOfMoralOutrageOnAnActCriticiseItsDoer) {
  // "cruel", "selfish", "a coup": a verb of naming that puts such a word
  // on an act referred to criticises whoever did it.
  EXPECT_EQ("GHAGOV 174 TGOBUS; TGOGOV 111 GHAGOV",
            CodesOf("Ghana expelled hundreds of Togolese traders on Monday, and Lome called the "
                    "expulsions cruel.",
                    "2019-05-06"));
  EXPECT_EQ("KENOPP 111 KENGOV",
            CodesOf("The Kenyan government dissolved the electoral board, and the opposition "
                    "called it a coup against the voters.",
                    "2019-05-06"));
  // A word that condemns nothing judges no one.
  EXPECT_EQ("GHAGOV 174 TGOBUS",
            CodesOf("Ghana expelled hundreds of Togolese traders on Monday, and Lome called the "
                    "expulsions necessary.",
                    "2019-05-06"));
}

TEST(ShippedDisapproveTest, TheAccusedStandsBeforeTheCharge) {
  // The people harmed, named in the charge after "of", are not the
  // accused; the forces owned by the sanctioned commander are.
  EXPECT_EQ("GBRGOV 163 ETHMIL; GBRGOV 112 ETHMIL",
            CodesOf("London imposed sanctions on Ethiopia's army chief on Tuesday, accusing his "
                    "forces of bombing schools.",
                    "2025-01-06"));
}

TEST(ShippedDisapproveTest, ThemIsAGroupTheDictionariesNameWhole) {
  // "Pro-Russian separatists" is one actor entry, not a role word, yet a
  // plural group: the "them" of a later clause with its own subject.
  EXPECT_EQ("UKRGOV 112 UKRSEP",
            CodesOf("Pro-Russian separatists shelled the town on Tuesday, and Kyiv accused them "
                    "of flouting the truce.",
                    "2015-02-17"));
}

TEST(ShippedDisapproveTest, ARepliedOfferIsItsMakers) {
  // "the offer", "the proposal", "the invitation" stand for the act of
  // offering just told: its maker is what the reply is aimed at, whether
  // the offer was coded (a sentence before) or named no one.
  EXPECT_EQ("KORGOV 036 PRKGOV; PRKGOV 125 KORGOV",
            CodesOf("Seoul invited Pyongyang to talks at the border. The North declined "
                    "the invitation on Friday.",
                    "2019-05-06"));
  EXPECT_EQ("PSEREB 120 ISRGOV",
            CodesOf("Israel proposed a truce on Monday, and Hamas rejected the proposal.",
                    "2019-05-06"));
  // No offer told before: the subject of the clause before made none.
  EXPECT_EQ("", CodesOf("The creditors accepted the offer, and Athens rejected the offer.",
                        "2019-05-06"));
}

}  // namespace
}  // namespace khaldun
