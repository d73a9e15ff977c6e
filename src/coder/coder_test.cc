// The coder's core: a verb's pattern picks the code and binds the parties,
// one event per pair, null codes, explanations.
// On a sentence written for each rule, with the small dictionary of
// coder_test_fixture.h.
#include <gtest/gtest.h>

#include <string>

#include "coder/coder_test_fixture.h"

namespace khaldun::testing {

Coder* CoderTest::coder_ = nullptr;

}  // namespace khaldun::testing

namespace khaldun {
namespace {

using testing::CoderTest;
using testing::TaggedCoderTest;

TEST_F(CoderTest, SubjectVerbObject) {
  EXPECT_EQ("IRN 111 USA", Code("Iran condemned the United States on Monday."));
}

TEST_F(CoderTest, PatternPicksTheCodeAndThePrepositionalTarget) {
  // CALL's own code is null; "called for" is a demand, and "met with" binds
  // the target after WITH.
  EXPECT_EQ("IRNGOV 100 USAMIL",
            Code("The Iranian president called for efforts to drive the American military out."));
  // (Talks with someone are held by both: TalksWithSomeoneAreHeldByBoth.)
  EXPECT_EQ("RUS 040 CHN; CHN 040 RUS", Code("Russia met with China."));
}

TEST_F(CoderTest, ADateAfterTheVerbDoesNotPushTheObjectOutOfReach) {
  EXPECT_EQ("IRN 016 IRQMIL",
            Code("Iran denied that its agents had used a new kind of mobile tracking software on "
                 "the Iraqi commander."));
  EXPECT_EQ("IRN 016 IRQMIL",
            Code("Iran denied on Friday that its agents had used a new kind of mobile tracking "
                 "software on the Iraqi commander."));
}

TEST_F(CoderTest, NullCodeVerbProducesNothing) {
  EXPECT_EQ("", Code("Iran called the United States yesterday."));
}

TEST_F(CoderTest, APartyInsideAMultiwordVerbIsItsObject) {
  // "court" is a word of the verb and a party.
  EXPECT_EQ("IRQOPP 145 IRQJUD @Baghdad", Code("Iraqi protesters stormed the court in Baghdad."));
}

TEST_F(CoderTest, CoordinatedTargetsGiveOneEventEach) {
  EXPECT_EQ("USA 111 IRN; USA 111 SYR", Code("The United States condemned Iran and Syria."));
  // Three or more joined by commas alone are a list too, whatever follows.
  EXPECT_EQ("USA 111 IRN; USA 111 SYR; USA 111 CHN",
            Code("The United States condemned Iran, Syria, China, and later Russia."));
  // Two are not: "In Tehran, Rouhani" is no list.
  EXPECT_EQ("USA 111 IRN", Code("The United States condemned Iran, Russia said."));
}

TEST_F(CoderTest, PairedCodeGivesTheReverseEvent) {
  EXPECT_EQ("RUS 042 CHN; CHN 043 RUS", Code("Russia visited China."));
}

TEST_F(CoderTest, APatternContinuesAfterTheWholeCoordinationItBinds) {
  // "and its" joins a list too; "withdraw" is six words after "Iraq".
  EXPECT_EQ("IRN 1056 IRQMIL",
            Code("Iran demanded that Iraq and its commanders quickly and fully withdraw."));
}

TEST_F(CoderTest, WithoutRequireDyadAOneSidedEventKeepsAnEmptyTarget) {
  Document doc;
  doc.id = "t";
  doc.text = "Iran condemned the decision and Russia attacked.";
  doc.date = *Date::Parse("2020-01-14");
  Coder one_sided(coder_->resources(), CoderOptions{.require_dyad = false});
  std::string out;
  ExplainTrace trace;
  auto analyzed = AnalyzeText(doc);
  for (const Event& e : one_sided.Code(analyzed, &trace))
    out +=
        (out.empty() ? "" : "; ") + e.source.code + " " + e.cameo_code + " [" + e.target.code + "]";
  std::string lines;
  for (const auto& l : trace.sentences[0].lines) lines += l + "\n";
  EXPECT_EQ("IRN 111 []; RUS 190 []", out) << lines;
}

TEST_F(CoderTest, AParticleOnlyPatternHoldsOnlyRightAfterTheVerb) {
  // "- * (UP)" names a phrasal verb: neither an "up" further on nor "up to
  // 20" is its particle.
  const std::string killed = Code("Iraq killed 20 people in Tehran.");
  EXPECT_EQ("IRQ 1823 IRN @Tehran", killed);
  EXPECT_EQ(killed, Code("Iraq killed 20 people in Tehran up north."));
  EXPECT_EQ(killed, Code("Iraq killed up to 20 people in Tehran."));
}

TEST_F(CoderTest, QuantitiesBeforeAnObjectDoNotCountTowardsThePatternGap) {
  EXPECT_EQ("IRN 073 IRQ",
            Code("Iran delivered nearly 25,000 metric tons of wheat and food to Iraq."));
}

TEST_F(CoderTest, EngagedInIsNoPassive) {
  EXPECT_EQ("IRQMIL 190 IRN", Code("Iraqi troops were engaged in fighting with Iran."));
}

TEST_F(CoderTest, ACommaAloneDoesNotCoordinate) {
  // "in Baghdad, Russia ...": a place and then the subject, not a list.
  EXPECT_EQ("RUS 111 CHN", Code("At talks in Baghdad, Russia condemned China."));
  EXPECT_EQ("USA 111 RUS; USA 111 CHN; USA 111 IRQ",
            Code("The United States condemned Russia, China and Iraq."));
}

TEST_F(CoderTest, SameActorOnBothSidesIsNoEvent) {
  EXPECT_EQ("", Code("Iran condemned Tehran."));
  EXPECT_EQ("", Code("The Iranian government condemned Iran."));
}

TEST_F(CoderTest, ExplainSaysWhyNothingWasCoded) {
  ExplainTrace trace;
  Code("Iran did not condemn the United States.", &trace);
  ASSERT_EQ(1u, trace.sentences.size());
  std::string all;
  for (const auto& line : trace.sentences[0].lines) all += line + "\n";
  EXPECT_NE(std::string::npos, all.find("negated")) << all;
  EXPECT_NE(std::string::npos, all.find("mention 'Iran' = IRN")) << all;
}

// A country inside a place name after a locative preposition is a place
// without gazetteer coordinates; the explanation must still render it.
TEST_F(CoderTest, ExplainRendersAPlaceMention) {
  ExplainTrace trace;
  Code("Russia attacked China in Iraq.", &trace);
  ASSERT_EQ(1u, trace.sentences.size());
  std::string all;
  for (const auto& line : trace.sentences[0].lines) all += line + "\n";
  EXPECT_NE(std::string::npos, all.find("mention 'Iraq' = IRQ")) << all;
  EXPECT_NE(std::string::npos, all.find(" place")) << all;
}

TEST_F(TaggedCoderTest, AConjunctionBetweenNounPhrasesOfTheObjectIsNoClauseBreak) {
  EXPECT_EQ("USAGOV 111 IRQ",
            CodeTagged("The White House condemned the sanctions and the threats against Iraq."));
  EXPECT_EQ("USAGOV 111 IRQ",
            CodeTagged("The White House condemned the sanctions and the harsh new threats of the "
                       "last month against Iraq."));
  // A conjunction followed by a verb starts a new clause.
  EXPECT_EQ("", CodeTagged("The White House condemned the sanctions and said Iraq was wrong."));
}

TEST_F(TaggedCoderTest, APatternThatActsOnAPlaceMakesTheSentenceCodable) {
  // FIRE is [---]; only its pattern gives 195, whose target may be the
  // place where the missiles land.
  EXPECT_EQ("IRNMIL 195 IRQ", CodeTagged("Iranian troops fired missiles at a camp in Iraq."));
}

TEST_F(TaggedCoderTest, AThirdPersonVerbAfterAPartyLeadingToAPartyIsTheVerb) {
  EXPECT_EQ("IRN 070 IRQ", CodeTagged("Iran supplies weapons to Iraq."));
  // No object between the word and "to": a plural noun.
  EXPECT_EQ("", CodeTagged("Iranian supplies to Iraq rose."));
}

TEST_F(TaggedCoderTest, APatternReadsNoObjectWordsInThePassivesAgent) {
  // "troops" is the agent's word, not what was committed.
  EXPECT_EQ("IRN 111 IRQMIL", CodeTagged("Iran condemned abuses committed by Iraqi troops."));
  EXPECT_EQ("IRQ 154 IRN", CodeTagged("Iraq committed troops to Iran."));
}

TEST_F(TaggedCoderTest, AVerbWordBetweenTwoPartiesIsTheVerb) {
  // The tagger reads "police beat" as a compound noun.
  EXPECT_EQ("IRQCOP 175 IRQOPP",
            CodeTagged("Iraqi police beat protesters with batons in Baghdad."));
}

TEST_F(TaggedCoderTest, APhrasalVerbRightAfterANounIsAVerb) {
  EXPECT_EQ("RUSCOP 195 IRN",
            CodeTagged("An off-duty Russian police officer shot down an Iranian drone."));
}

TEST_F(TaggedCoderTest, AnAdjectivalParticipleIsNoVerb) {
  // "allied" describes the troops; Iraq allies with no one here.
  EXPECT_EQ("IRQ 111 IRNMIL", CodeTagged("Iraq condemned allied Iranian troops."));
}

TEST_F(CoderTest, AVerbInATitleCaseHeadlineIsNoName) {
  EXPECT_EQ("IRQ 111 IRN", Code("Iraq Condemns Iran Over Border Shelling"));
  // In running text a capitalised unknown word after a name is part of it.
  EXPECT_EQ("", Code("Iraq Condemns signed the book on Iran."));
}

TEST_F(CoderTest, TooManyPairsOfPartiesCodeNothing) {
  EXPECT_EQ("",
            Code("Iraq, Iran, Russia, China and New Zealand attacked Iraq, Iran, Russia, China and "
                 "New Zealand."));
}

TEST_F(TaggedCoderTest, AVerbsPastFormAfterANounIsTheVerb) {
  // The tagger reads "froze" after "IMF" as a noun.
  EXPECT_EQ("IGOBUSIMF 1621 IRQ", CodeTagged("The IMF froze Iraq's access to its reserves."));
}

TEST_F(CoderTest, AnObjectThatStartsInsideTheVerbPhraseIsTheObject) {
  // "ambassador" is also the verb phrase's last word. Iran's ambassador
  // ("its") is recalled from Russia: "from" names a place, not whose he is.
  EXPECT_EQ("IRN 161 RUS", Code("Iran recalled its ambassador from Russia."));
}

TEST_F(CoderTest, APrepositionEndingAVerbPhraseIntroducesItsObject) {
  // "China hit back at the United States over its tariffs": not a place.
  EXPECT_EQ("IRN 111 IRQ", Code("Iran hit back at Iraq."));
  // "US Secretary of State Colin Powell arrives in Seoul today ..., after
  // rejecting a North Korean overture": the place arrived in is the visit's
  // target and its location.
  EXPECT_EQ("IRNGOV 042 IRQ @Baghdad", Code("Hassan Rouhani arrived in Baghdad from Russia."));
}

}  // namespace
}  // namespace khaldun
