// Acts not done: negated, demanded, threatened, promised, alleged, denied,
// announced or background.
// On a sentence written for each rule, with the small dictionary of
// coder_test_fixture.h.
#include <gtest/gtest.h>

#include <string>

#include "coder/coder_test_fixture.h"

namespace khaldun {
namespace {

using testing::CoderTest;
using testing::TaggedCoderTest;

TEST_F(CoderTest, NegatedClauseProducesNoEvent) {
  EXPECT_EQ("", Code("Iran did not condemn the United States."));
  EXPECT_EQ("", Code("Russia never attacked China."));
}

TEST_F(CoderTest, AThreatIsAimedAtWhoeverMustMeetItsCondition) {
  EXPECT_EQ("IRN 130 IRQ", Code("Iran threatened to strike unless Iraq withdrew its forces."));
  EXPECT_EQ("IRN 130 IRQ",
            Code("Iran threatened retaliation if the Iraqi army crossed the border."));
  EXPECT_EQ("", Code("Iran threatened to strike on Monday."));
}

TEST_F(CoderTest, TheSubjunctiveAfterDemandedThatIsInsideTheDemand) {
  EXPECT_EQ("IRN 100 IRQ", Code("Iran demanded that Iraq expel Russia."));
}

TEST_F(CoderTest, InfinitiveInsideADemandIsNotAnEvent) {
  EXPECT_EQ("IRN 100 USAMIL", Code("Iran called on the American military to expel Syria."));
}

TEST_F(CoderTest, TheBareInfinitiveAfterHelpIsInsideTheDemandToo) {
  // "help" takes an infinitive without "to", with or without a pronoun between.
  EXPECT_EQ("IRN 100 USAMIL", Code("Iran called on the American military to help expel Syria."));
  EXPECT_EQ("IRN 100 USAMIL",
            Code("Iran called on the American military to help them expel Syria."));
}

TEST_F(CoderTest, WhatAnAccusationAllegesIsNotAnEvent) {
  EXPECT_EQ("RUS 111 USA", Code("Russia denounced the US for attacking Iraq."));
}

TEST_F(CoderTest, WhatIsAgreedOrPromisedHasNotHappened) {
  EXPECT_EQ("RUS 030 CHN", Code("Russia agreed with China to attack Iraq."));
}

TEST_F(CoderTest, WhatADenialDeniesIsNoEvent) {
  const std::string coded = Code("Iran denied that Iraq had attacked China.");
  EXPECT_EQ(std::string::npos, coded.find("190")) << coded;
  EXPECT_EQ("IRQ 190 CHN", Code("Iran said that Iraq had attacked China."));
}

TEST_F(CoderTest, AnActSomeoneHadARoleInIsBackground) {
  EXPECT_EQ("RUS 043 IRQGOV; IRQGOV 042 RUS",
            Code("Russia welcomed the Iraqi ambassador despite his role in the attack on China."));
}

TEST_F(CoderTest, WhatMightHappenIsNotDoneUnlessItIsAThreat) {
  EXPECT_EQ("", Code("Iraq may attack Russia."));
  // With a condition it is announced: a threat.
  EXPECT_EQ("IRQ 1384 RUS", Code("Iraq may attack Russia if talks fail."));
  // A capitalised "May" is a name, no modal.
  EXPECT_EQ("IRQ 190 RUS", Code("Iraq and May attacked Russia."));
}

TEST_F(CoderTest, WhatAPartyMustOrShouldDoIsNotDone) {
  EXPECT_EQ("", Code("Iran said Iraq must attack Russia."));
  EXPECT_EQ("", Code("Iran said Iraq should condemn Russia."));
  EXPECT_EQ("IRQ 111 RUS", Code("Iran said Iraq condemned Russia."));
  // With no party of its own in its clause the verb falls to the speaker
  // (the seed article's "we believe that all nations and governments must
  // stand against their presence", SYRGOV 113 USA: SeedArticleTest).
}

TEST_F(CoderTest, ANegatedInfinitiveIsNoActAndNoPatternSkipsTheNegation) {
  EXPECT_EQ("IRN 1384 IRQ", Code("Iran vowed to attack Iraq."));
  // Not a threat (the pattern's gap does not pass over "not"), and no attack
  // (the infinitive is negated).
  EXPECT_EQ("", Code("Iran vowed not to attack Iraq."));
}

TEST_F(TaggedCoderTest, AVerbInASinceClauseIsBackground) {
  EXPECT_EQ("IRN 040 IRQ",
            CodeTagged("Iran met Iraq for the first time since Russia attacked China."));
  // "since" as an adverb opens no clause.
  EXPECT_EQ("IRN 111 IRQ", CodeTagged("Iran has since condemned Iraq."));
}

TEST_F(CoderTest, AReportingClauseAtTheEndNamesNoParty) {
  // Not "RUS 030 USAGOV": the White House reports the agreement.
  EXPECT_EQ("RUS 030 CHN; CHN 030 RUS",
            Code("Russia and China agreed to cooperate, the White House said on Monday."));
}

TEST_F(TaggedCoderTest, ADateBeforeAnInfinitiveKeepsItsMood) {
  EXPECT_EQ("", CodeTagged("Iran refused to condemn the United States."));
  // The date between "refused" and "to" changes nothing.
  EXPECT_EQ("", CodeTagged("Iran refused on Friday to condemn the United States."));
  EXPECT_EQ("", CodeTagged("Iran failed in March to condemn the United States."));
}

TEST_F(CoderTest, AnActPlottedIsNotDone) {
  EXPECT_EQ("", Code("Iraq plotted to kill the Iranian commander."));
  // Nor is one warned against or weighed.
  EXPECT_EQ("", Code("Iraq warned Russia against killing the Iranian commander."));
  EXPECT_EQ("", Code("Iraq is considering killing the Iranian commander."));
  // Nor is a purpose, or what would have happened.
  EXPECT_EQ("", Code("Iraq met Russia in a bid to kill the Iranian commander.").find("1823") ==
                        std::string::npos
                    ? ""
                    : "killed");
  EXPECT_EQ("", Code("Iraq would have killed the Iranian commander."));
  EXPECT_EQ("IRQ 1823 IRNMIL", Code("Iraq tried to kill the Iranian commander."));
}

TEST_F(CoderTest, ATrailingFindingNamesNoParty) {
  EXPECT_EQ("IRQ 111 RUS", Code("Iraq condemned Russia, the Chinese inquiry found."));
}

TEST_F(CoderTest, AnAnnouncedActIsAnIntentOrAThreat) {
  // Cooperation announced is an intent (0353: release persons), force
  // announced a threat (1384: conventional attack).
  EXPECT_EQ("IRN 0353 IRQ", Code("Iran will free Iraq on Sunday."));
  EXPECT_EQ("IRN 1384 IRQ", Code("Iran is ready to attack Iraq."));
  // Not announced at all.
  EXPECT_EQ("", Code("Iran does not plan to attack Iraq."));
  EXPECT_EQ("", Code("Iran is not ready to attack Iraq."));
  // Done, not announced.
  EXPECT_EQ("IRN 190 IRQ", Code("Iran attacked Iraq on Sunday."));
  // A speech act keeps its code.
  EXPECT_EQ("IRN 111 IRQ", Code("Iran would condemn Iraq."));
}

TEST_F(TaggedCoderTest, ACutInRelationsAnnouncedAsWillBeIsTheDecision) {
  // A president declaring that his country was going to sever ties with
  // another government: 161, not the threat 1313.
  EXPECT_EQ("IRQ 161 IRN", CodeTagged("Iraq announced that it would recall its ambassador from Iran."));
  // Said it would: a threat.
  EXPECT_EQ("IRQ 1313 IRN", CodeTagged("Iraq said that it would recall its ambassador from Iran."));
}

}  // namespace
}  // namespace khaldun
