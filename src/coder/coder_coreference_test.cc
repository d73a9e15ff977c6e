// Pronouns and other words that refer back to a party named earlier.
// On a sentence written for each rule, with the small dictionary of
// coder_test_fixture.h.
#include <gtest/gtest.h>

#include <string>

#include "coder/coder_test_fixture.h"

namespace khaldun {
namespace {

using testing::CoderTest;
using testing::TaggedCoderTest;

TEST_F(CoderTest, ItRefersToTheLastStateNamed) {
  // In the sentence ...
  EXPECT_EQ("USA 040 IRQ; USA 111 IRQ",
            Code("The United States met Iraq and denounced it on Sunday."));
  // ... and in the sentence before.
  EXPECT_EQ("RUS 040 CHN; RUS 111 IRQ",
            Code("Russia met China on Monday. It also condemned Iraq."));
}

TEST_F(CoderTest, ItAfterAVerbOfSayingIsTheSpeaker) {
  // The White House is no person, however many capitals it has.
  EXPECT_EQ("RUS 111 IRQ; USAGOV 111 IRQ",
            Code("Russia condemned Iraq. The White House said on Monday it condemned Iraq."));
  // A speaker no dictionary knows is no one to code, not the last state.
  EXPECT_EQ("RUS 111 IRQ", Code("Russia condemned Iraq. The oil firm said it condemned Iraq."));
}

TEST_F(CoderTest, APronounForTheSubjectOpensTheReportedClause) {
  // (The attack it announces is a threat too: 1384.)
  EXPECT_EQ("IRN 130 USA; IRN 1384 USA",
            Code("Iran threatened that it would attack the United States."));
}

TEST_F(CoderTest, TheyRefersToTheLastCompoundSubject) {
  EXPECT_EQ("RUS 040 CHN; CHN 040 RUS; RUS 111 IRQ; CHN 111 IRQ",
            Code("Russia and China met in Beijing. They condemned Iraq on Monday."));
  EXPECT_EQ("RUS 111 IRQ; CHN 111 IRQ", Code("Russia and China said they condemned Iraq."));
}

TEST_F(CoderTest, SurnameAndPronounRefersBack) {
  EXPECT_EQ("IRNGOV 111 USA; IRNGOV 111 USA",
            Code("Iranian President Hassan Rouhani spoke on Tuesday. Rouhani condemned the United "
                 "States. He also denounced the US."));
}

TEST_F(CoderTest, HeAfterAnUnknownSpeakerIsThatSpeaker) {
  // "he" is Smith, whom the dictionary does not know, not Rouhani.
  EXPECT_EQ("IRNGOV 040 RUS", Code("Hassan Rouhani met Russia. Smith said he condemned China."));
  EXPECT_EQ("IRNGOV 040 RUS; IRNGOV 111 CHN",
            Code("Hassan Rouhani met Russia. He said he condemned China."));
}

TEST_F(CoderTest, ObjectPronounRefersToThePreviousSentencesPerson) {
  EXPECT_EQ("IRNGOV 042 RUS; RUS 111 IRNGOV",
            Code("Hassan Rouhani arrived in Moscow. Russia condemned him the next day."));
}

TEST_F(CoderTest, TheTwoMenAreTheLastTwoPartiesOfDifferentCountries) {
  EXPECT_EQ("IRNGOV 111 RUS; IRNGOV 040 RUS; RUS 040 IRNGOV",
            Code("Hassan Rouhani condemned Russia. The two men met on Sunday."));
  EXPECT_EQ("IRNGOV 111 RUS; IRNGOV 040 RUS; RUS 040 IRNGOV",
            Code("Hassan Rouhani condemned Russia. Both sides met on Sunday."));
  // Leaders and countries are not the firms or people named last.
  EXPECT_EQ("IRNGOV 111 RUS; IRNGOV 040 RUS; RUS 040 IRNGOV",
            Code("Hassan Rouhani condemned Russia. Iraqi civilians fled. The two countries met."));
}

TEST_F(CoderTest, TheDecisionIsTheActOfTheStateNamedFirstBefore) {
  EXPECT_EQ("IRN 190 IRQ; RUS 111 IRN", Code("Iran attacked Iraq. Russia condemned the decision."));
  // "the decision of ..." names its own maker.
  EXPECT_EQ("IRN 190 IRQ", Code("Iran attacked Iraq. Russia condemned the decision of its court."));
}

TEST_F(TaggedCoderTest, AdjectivesBetweenAPossessivePronounAndARoleKeepItTheOwners) {
  // "its elite troops" are Russia's own, not a target placed by "in Baghdad".
  EXPECT_EQ("", CodeTagged("Russia condemned its elite troops in Baghdad."));
}

TEST_F(TaggedCoderTest, HisAfterAJudgingVerbIsAnotherPersons) {
  // A visiting leader applauded by a parliament whose host president then
  // hailed his courage: the visitor's courage.
  EXPECT_EQ("IRQGOV 051 IRNGOV",
            CodeTagged("Hassan Rouhani spoke in Baghdad. The Iraqi president praised his courage."));
}

TEST_F(TaggedCoderTest, ItsNeighbourIsTheOtherPartysState) {
  // A state severing ties with the country next door and blaming its
  // neighbour for hostility.
  EXPECT_EQ("IRQ 111 RUS; IRQ 112 RUS",
            CodeTagged("Iraq condemned Russia, accusing its neighbour of attacks."));
}

TEST_F(CoderTest, ItAfterACoordinatedVerbOfSayingIsTheFirstSubject) {
  // One capital blaming another for hostility and then saying it was ending
  // relations with its neighbour.
  EXPECT_EQ("IRQ 111 IRN; IRQ 190 RUS", Code("Iraq condemned Iran and said it attacked Russia."));
}

TEST_F(CoderTest, HimInARelativeClauseAboutAnotherIsTheSubject) {
  // A leader flying north for a summit and greeted on landing by his host,
  // who met him there.
  EXPECT_EQ("IRQREB 040 IRNGOV",
            Code("Hassan Rouhani flew to Basra for talks with Abu Bakr al Baghdadi, who met him."));
}

TEST_F(CoderTest, AnObjectHimIsThePersonNamedEarlierInItsSentence) {
  // Mercenaries breaking into a president's residence and shooting him
  // there: an assassination.
  EXPECT_EQ("IRQMIL 186 IRNGOV",
            Code("Iraqi troops stormed the home of Hassan Rouhani and killed him."));
}

TEST_F(TaggedCoderTest, AnObjectPronounInAnotherSubjectsClauseIsTheSentencesOpener) {
  // "Opposition leader Ana Ruiz declared victory, and within hours Brazil
  // congratulated him": not the subject of its own clause.
  EXPECT_EQ("IRNGOV 042 IRQ; SYR 111 IRNGOV",
            CodeTagged("Hassan Rouhani arrived in Baghdad, and Syria condemned him."));
  // Its own state is no other party: "Imran Khan spoke, and Pakistan
  // handed him over" is about someone else.
  EXPECT_EQ("IRNGOV 042 IRQ",
            CodeTagged("Hassan Rouhani arrived in Baghdad, and Iran condemned him."));
}

TEST_F(TaggedCoderTest, AnObjectHerIsARoleNamedWithoutAName) {
  // "Spain summoned Morocco's ambassador, and Portugal expelled her":
  // "her" before a preposition is no possessive.
  EXPECT_EQ("IRQ 111 IRNGOV; SYR 111 IRNGOV",
            CodeTagged("Iraq condemned Iran's ambassador, and Syria condemned her on Monday."));
}

TEST_F(CoderTest, AGroupIsNoPersonForALaterHim) {
  // "Kenya's president arrived in Kampala. Uganda condemned the rebels.
  // Rwanda praised him": "him" is the president, not the rebels.
  EXPECT_EQ("IRNGOV 042 IRQ @Baghdad; SYR 111 IRQOPP; RUS 111 IRNGOV",
            Code("Hassan Rouhani arrived in Baghdad. Syria condemned Iraqi protesters. "
                 "Russia condemned him."));
}

TEST_F(TaggedCoderTest, TheRoleIsTheLastPersonNamedWithIt) {
  // "General Ana Ruiz seized power. Washington condemned the general."
  EXPECT_EQ("SYR 111 IRNGOV",
            CodeTagged("President Hassan Rouhani spoke in Tehran. Syria condemned the president."));
  // A role that is not the one named before stays unresolved.
  EXPECT_EQ("", CodeTagged("President Hassan Rouhani spoke in Tehran. Syria condemned the general."));
}

TEST_F(CoderTest, AStatementsTheyIsItsOwnSpeakers) {
  // Two neighbours declaring together that they planned a prisoner swap: no
  // 010 of each to the other.
  EXPECT_EQ("IRQ 190 RUS; IRN 190 RUS",
            Code("Iraq and Iran reiterated that they attacked Russia."));
}

TEST_F(TaggedCoderTest, TheyAndThemStandForThePluralGroupOfTheSentenceBefore) {
  // "Thousands of protesters marched in Algiers. Police fired tear gas to
  // disperse them": "them" is the protesters of the sentence before, and the
  // police, named without a country, act where that sentence's event
  // happened.
  EXPECT_EQ("IRQOPP 145 RUSMIL; IRQCOP 175 IRQOPP",
            CodeTagged("Protesters attacked Russian troops in Basra. Police beat them near the "
                       "ministry."));
  // "Boko Haram fighters seized Baga. They went on to ...": an opening
  // "They" is the group that was the subject.
  EXPECT_EQ("IRQOPP 145 RUSMIL; IRQOPP 175 IRQCVL",
            CodeTagged("Iraqi protesters attacked Russian troops in Basra. They beat civilians in "
                       "Baghdad."));
  // A list after the verb is no compound subject: the group that was the
  // subject stays "They".
  EXPECT_EQ("IRQOPP 111 RUS; IRQOPP 111 CHN; IRQOPP 175 IRQCVL",
            CodeTagged("Iraqi protesters denounced Russia and China in Basra. They beat civilians "
                       "in Baghdad."));
  // Another group before "them" may be meant: no guess.
  EXPECT_EQ("IRQOPP 145 RUSMIL",
            CodeTagged("Iraqi protesters attacked Russian troops in Basra. Russian troops mistook "
                       "Iraqi police for Chinese protesters and beat them."));
}

TEST_F(TaggedCoderTest, AnExpletiveItRefersToNoOne) {
  // "a High Court decision that it was not unlawful for police to turn
  // protestors away": "it" stands for the clause after the adjective.
  EXPECT_EQ("RUS 040 CHN", CodeTagged("Russia met China. It was not unlawful to attack Iraq."));
}

TEST_F(TaggedCoderTest, TheyStandsForAWholeListOfParties) {
  // "Mali, Burkina Faso and Niger said they were leaving the bloc": "they"
  // is every member of the list, not only the two joined by "and".
  EXPECT_EQ("IRN 111 RUS; IRQ 111 RUS; SYR 111 RUS",
            CodeTagged("Iran, Iraq and Syria said they condemned Russia."));
}

TEST_F(TaggedCoderTest, ACountOfPartiesStandsForTheLastListOfThatMany) {
  // "Poland, Hungary and Slovakia imposed bans ..., and Kyiv filed
  // complaints against all three": one event for each member of the list.
  EXPECT_EQ("IRN 111 CHN; IRQ 111 CHN; SYR 111 CHN; RUS 112 IRN; RUS 112 IRQ; RUS 112 SYR",
            CodeTagged("Iran, Iraq and Syria condemned China, and Russia accused all three of "
                       "lying."));
  // A count that does not match the list, or that counts something else,
  // refers to no one.
  EXPECT_EQ("IRN 111 CHN; IRQ 111 CHN; SYR 111 CHN",
            CodeTagged("Iran, Iraq and Syria condemned China, and Russia accused all four of "
                       "lying."));
}

}  // namespace
}  // namespace khaldun
