// Which words of a headline are its verb although the tagger read a noun.
#include "coder/headline_verbs.h"

#include <gtest/gtest.h>

#include <deque>
#include <span>
#include <string>
#include <vector>

#include "coder/tagged_tokens_test_util.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

TEST(HeadlineVerbsTest, AHeadlineHasNoFullStop) {
  EXPECT_TRUE(IsHeadlineSentence(Tagged("Senate/NNP blocks/NNS budget/NN bill/NN")));
  EXPECT_FALSE(IsHeadlineSentence(Tagged("The/DT Senate/NNP blocks/NNS the/DT bill/NN ./.")));
  EXPECT_FALSE(IsHeadlineSentence(Tagged("Senate/NNP blocks/NNS bill/NN ?/.")));
}

TEST(HeadlineVerbsTest, AThirdPersonVerbAfterItsSubjectWithAnObject) {
  // Junta/0 bans/1 two/2 newspapers/3
  const Tagged bans("Junta/NN bans/NNS two/CD newspapers/NNS");
  EXPECT_TRUE(ReadsAsHeadlineVerb(bans, {1, 2}, HeadlineForm::kThirdPerson, true));
  // No party before it: "Export bans ..." is a noun compound.
  EXPECT_FALSE(ReadsAsHeadlineVerb(bans, {1, 2}, HeadlineForm::kThirdPerson, false));
  // Lima/0 expels/1 Bolivian/2 envoy/3 as/4 row/5 deepens/6
  const Tagged expels("Lima/NNP expels/NNS Bolivian/JJ envoy/NN as/IN row/NN deepens/VBZ");
  EXPECT_TRUE(ReadsAsHeadlineVerb(expels, {1, 2}, HeadlineForm::kThirdPerson, true));
}

TEST(HeadlineVerbsTest, NotInRunningTextOrBeforeAPreposition) {
  const Tagged text("Junta/NN bans/NNS two/CD newspapers/NNS ./.");
  EXPECT_FALSE(ReadsAsHeadlineVerb(text, {1, 2}, HeadlineForm::kThirdPerson, true));
  // Iran/0 talks/1 in/2 Geneva/3 stall/4
  const Tagged talks("Iran/NNP talks/NNS in/IN Geneva/NNP stall/VBP");
  EXPECT_FALSE(ReadsAsHeadlineVerb(talks, {1, 2}, HeadlineForm::kThirdPerson, true));
}

TEST(HeadlineVerbsTest, NotWhenTheClauseHasAFiniteVerbOfItsOwn) {
  // Army/0 raids/1 near/2 border/3 kill/4 five/5: "raids" is the subject.
  const Tagged raids("Army/NN raids/NNS village/NN ,/, kill/VBP five/CD");
  EXPECT_TRUE(ReadsAsHeadlineVerb(raids, {1, 2}, HeadlineForm::kThirdPerson, true));
  const Tagged kill("Army/NN raids/NNS village/NN homes/NNS kill/VBP five/CD");
  EXPECT_FALSE(ReadsAsHeadlineVerb(kill, {1, 2}, HeadlineForm::kThirdPerson, true));
  // Premier/0 resigns/1 as/2 unions/3 block/4 roads/5: the second clause has
  // its own verb; before "as" one already stands.
  const Tagged block("Premier/NNP resigns/VBZ as/IN unions/NNS block/NN roads/NNS");
  EXPECT_TRUE(ReadsAsHeadlineVerb(block, {4, 5}, HeadlineForm::kBase, true));
  const Tagged after_verb("Premier/NNP resigns/VBZ unions/NNS block/NN roads/NNS");
  EXPECT_FALSE(ReadsAsHeadlineVerb(after_verb, {3, 4}, HeadlineForm::kBase, true));
}

TEST(HeadlineVerbsTest, NotAfterThePartyOfAPrepositionalPhrase) {
  // Israeli/0 raid/1 on/2 Gaza/3 camp/4 kills/5 nine/6: the camp is no
  // subject (here the tagger's "kills" is a noun too).
  const Tagged raid("Israeli/JJ raid/NN on/IN Gaza/NNP camp/NN kills/NNS nine/CD");
  EXPECT_FALSE(ReadsAsHeadlineVerb(raid, {5, 6}, HeadlineForm::kThirdPerson, true));
  // After "as" a new clause starts: "as rebels free ...".
  const Tagged as("Truce/NN holds/VBZ as/IN rebels/NNS free/JJ hostages/NNS");
  EXPECT_TRUE(ReadsAsHeadlineVerb(as, {4, 5}, HeadlineForm::kBase, true));
}

TEST(HeadlineVerbsTest, ABaseFormNeedsAPluralSubject) {
  // Rebels/0 free/1 two/2 aid/3 workers/4
  const Tagged rebels("Rebels/NNS free/JJ two/CD aid/NN workers/NNS");
  EXPECT_TRUE(ReadsAsHeadlineVerb(rebels, {1, 2}, HeadlineForm::kBase, true));
  // Chile/0 and/1 Peru/2 sign/3 border/4 pact/5
  const Tagged pair("Chile/NNP and/CC Peru/NNP sign/NN border/NN pact/NN");
  EXPECT_TRUE(ReadsAsHeadlineVerb(pair, {3, 4}, HeadlineForm::kBase, true));
  // "US strike ..." is a noun after one singular name.
  const Tagged strike("US/NNP strike/NN hits/NNS convoy/NN");
  EXPECT_FALSE(ReadsAsHeadlineVerb(strike, {1, 2}, HeadlineForm::kBase, true));
}

}  // namespace
}  // namespace khaldun::internal
