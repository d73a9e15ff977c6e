// Event nouns ("the attack on", "its demand that"): their owners,
// places and moods.
// On a sentence written for each rule, with the small dictionary of
// coder_test_fixture.h.
#include <gtest/gtest.h>

#include <string>

#include "coder/coder_test_fixture.h"

namespace khaldun {
namespace {

using testing::CoderTest;
using testing::TaggedCoderTest;

TEST_F(CoderTest, AnEventNounInADuringPhraseIsTheSetting) {
  EXPECT_EQ("RUS 040 CHN",
            Code("Russia met China during the US assassination of an Iraqi commander."));
}

TEST_F(CoderTest, ARoleWordInsideAnEventNounIsNoParty) {
  ExplainTrace trace;
  Code("Iran denounced the police assassination of an Iraqi commander.", &trace);
  std::string all;
  for (const auto& line : trace.sentences[0].lines) all += line + "\n";
  EXPECT_EQ(std::string::npos, all.find("mention 'the police'")) << all;
  EXPECT_NE(std::string::npos, all.find("mention 'an Iraqi commander'")) << all;
}

TEST_F(CoderTest, PassiveAgentFromAnEventNoun) {
  // "was assassinated in a US attack": the actor of the attack did it.
  EXPECT_EQ("USA 186 IRNMIL",
            Code("Rouhani said the Iranian commander was assassinated in a US terrorist attack."));
}

TEST_F(CoderTest, NominalEventWithModifierSource) {
  EXPECT_EQ("USA 186 IRNMIL",
            Code("Syria expressed sympathy over the US assassination of an Iranian commander."));
}

TEST_F(CoderTest, NominalEventWithPossessiveSourceAndLocation) {
  EXPECT_EQ("IRN 195 USAMIL @Iraq",
            Code("The premier said Iran's retaliatory missile attack on a US military base in Iraq "
                 "sent a message."));
}

TEST_F(CoderTest, EventNounInFrontedPhraseBelongsToTheMainSubject) {
  // (Talks with someone are held by both.)
  EXPECT_EQ("IRNGOV 040 SYRGOV @Tehran; SYRGOV 040 IRNGOV",
            Code("In a meeting with Syria's Prime Minister Imad Khamis in Tehran, the Iranian "
                 "president spoke."));
}

TEST_F(CoderTest, EventNounWithSourcePatternDoesNotBorrowTheSubject) {
  // Russia spoke of the strike; it did not carry it out.
  EXPECT_EQ("USA 195 IRQ", Code("Russia said the US air strike on Iraq was a mistake."));
  EXPECT_EQ("USA 195 IRQMIL", Code("Russia said the US air strike on Iraqi troops was a mistake."));
  EXPECT_EQ("RUS 111 USA", Code("Russia condemned the air strike on Iraq by the US."));
}

TEST_F(CoderTest, AnEventNounAsTheObjectOfACodedVerbIsNoSecondEvent) {
  EXPECT_EQ("RUS 111 CHN", Code("Russia condemned the meeting with China."));
  EXPECT_EQ("RUS 040 CHN; CHN 040 RUS", Code("In a meeting with China, Russia spoke."));
}

TEST_F(CoderTest, AnEventNounAsTheKillingVerbsSubjectBlocksTheSubjectSearch) {
  EXPECT_EQ("IRN 111 IRQ", Code("Iran condemned Iraq after an attack killed Chinese troops."));
  EXPECT_EQ("IRN 111 IRQ; RUS 190 CHNMIL",
            Code("Iran condemned Iraq after a Russian attack killed Chinese troops."));
}

TEST_F(TaggedCoderTest, AStatementOfAnEventNounIsThatEventAlone) {
  // The noun's '$' is the owner "its" names, the verb's subject; the
  // statement verb (010) adds no event of its own.
  EXPECT_EQ("IRN 100 IRQ", CodeTagged("Iran reiterated its demand that Iraq withdraw."));
  // After a preposition the pronoun may name the object before it: no
  // owner is read ("its" is Iraq's here).
  EXPECT_EQ("IRN 111 IRQ", CodeTagged("Iran condemned Iraq over its demand that Syria withdraw."));
}

TEST_F(TaggedCoderTest, ACityBeforeAnEventNounIsItsPlace) {
  EXPECT_EQ("IRN 040 CHN", CodeTagged("Iran attended the Baghdad meeting with China."));
}

TEST_F(TaggedCoderTest, AnEventNounDeniedOrOnlyEnvisagedIsNoEvent) {
  EXPECT_EQ("RUS 190 IRQ", CodeTagged("Officials described Russia's attack on Iraq."));
  EXPECT_EQ("", CodeTagged("Officials described Russia's planned attack on Iraq."));
  EXPECT_EQ("", CodeTagged("Officials said there was no Russian attack on Iraq."));
}

TEST_F(TaggedCoderTest, APossessivePronounBeforeAnEventNounIsTheSubjects) {
  EXPECT_EQ("RUS 190 IRQ", CodeTagged("Russia said its attack on Iraq was a success."));
}

TEST_F(TaggedCoderTest, AKillingInARelativeClauseOnAnEventNounIsThatEvents) {
  // "that" has an event noun for antecedent: the air strike's actor killed,
  // and the noun says how (195).
  EXPECT_EQ("RUS 195 IRQCVL",
            CodeTagged("Russia launched an air strike that killed Iraqi civilians."));
}

TEST_F(TaggedCoderTest, AnEventNounOrderedIsDoneByWhoeverOrderedIt) {
  EXPECT_EQ("IRN 186 IRQMIL", CodeTagged("Iran ordered the assassination of the Iraqi commander."));
  // Not ordered: no act.
  EXPECT_EQ("", CodeTagged("Iran did not order the assassination of the Iraqi commander."));
  // The noun is the object of another word: no order of it.
  EXPECT_EQ("",
            CodeTagged("Iran ordered an inquiry into the assassination of the Iraqi commander."));
  // Scare quotes around the noun are no words between it and the verb.
  EXPECT_EQ("IRN 186 IRQMIL",
            CodeTagged("Iran ordered the 'assassination' of the Iraqi commander."));
}

TEST_F(TaggedCoderTest, TheNounADemandFramesMayStandPastADate) {
  EXPECT_EQ("IRN 100 USAMIL",
            CodeTagged("Iran called on the American military to stop the new attack on Syria."));
  // The date does not count towards how far the framed noun may stand.
  EXPECT_EQ("IRN 100 USAMIL",
            CodeTagged("Iran called on the American military on Friday to stop the new attack "
                       "on Syria."));
}

TEST_F(TaggedCoderTest, AVerbOfCarryingOutDoesTheEventNounItsRelativeClauseIsOn) {
  EXPECT_EQ("IRN 111 RUS; RUS 195 IRQ",
            CodeTagged("Iran condemned the missile attack that Russia launched on Iraq."));
  // Not on an event noun: nothing is carried out.
  EXPECT_EQ("IRN 111 RUS",
            CodeTagged("Iran condemned the satellite that Russia launched on Monday."));
}

TEST_F(TaggedCoderTest, AnEventNounRightAfterAnIntentIsWhatIsIntended) {
  // Not also "IRQ 040 RUS": the meeting has not happened.
  EXPECT_EQ("IRN 030 IRQ", CodeTagged("Iran agreed to an Iraqi meeting with Russia."));
}

TEST_F(TaggedCoderTest, AnEventNounObjectOfAnAnnouncedVerbIsAnnouncedToo) {
  EXPECT_EQ("IRN 1384 IRQ", CodeTagged("Iran would launch an attack on Iraq."));
  EXPECT_EQ("IRN 190 IRQ", CodeTagged("Iran launched an attack on Iraq."));
}

TEST_F(TaggedCoderTest, AnEventNounOfForceAsSubjectSaysHowTheKillingWasDone) {
  EXPECT_EQ("IRQ 195 IRNCVL",
            CodeTagged("An Iraqi missile attack killed Iranian civilians on Sunday."));
  EXPECT_EQ("IRQ 1823 IRNCVL", CodeTagged("Iraqi gunmen killed Iranian civilians on Sunday."));
}

TEST_F(CoderTest, APossessiveRoleOwnsTheEventNounAfterIt) {
  // A bloc denouncing an army's grab for power in a member state:
  // GABMIL, where "joint military exercises" names no party.
  EXPECT_EQ("RUS 111 IRQMIL @Baghdad",
            Code("Russia condemned the military's attack in Baghdad."));
}

}  // namespace
}  // namespace khaldun
