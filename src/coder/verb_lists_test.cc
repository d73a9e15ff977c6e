// Which verbs continue, after a comma, a list of acts of one subject.
#include "coder/verb_lists.h"

#include <gtest/gtest.h>

#include <deque>
#include <initializer_list>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/tagged_tokens_test_util.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

TEST(VerbListsTest, AVerbAfterTheCommaOfAnObject) {
  // Rebels/0 seized/1 the/2 mayor/3 in/4 Goma/5 ,/6 burned/7 the/8 town/9 hall/10
  const Tagged t(
      "Rebels/NNS seized/VBD the/DT mayor/NN in/IN Goma/NNP ,/, burned/VBD the/DT "
      "town/NN hall/NN ./.");
  EXPECT_TRUE(ContinuesVerbList(t, 7, 2));
  // Past an adverb: ", then burned".
  const Tagged then(
      "Rebels/NNS seized/VBD the/DT mayor/NN ,/, then/RB burned/VBD the/DT "
      "hall/NN ./.");
  EXPECT_TRUE(ContinuesVerbList(then, 6, 2));
}

TEST(VerbListsTest, NotAVerbWithASubjectOfItsOwn) {
  // "officials said": a subject stands between the comma and the verb.
  const Tagged said("Rebels/NNS seized/VBD the/DT mayor/NN ,/, officials/NNS said/VBD ./.");
  EXPECT_FALSE(ContinuesVerbList(said, 6, 2));
  // A participle after the comma describes, it is no listed act.
  const Tagged backed(
      "Rebels/NNS seized/VBD the/DT town/NN ,/, backed/VBN by/IN "
      "Rwanda/NNP ./.");
  EXPECT_FALSE(ContinuesVerbList(backed, 5, 2));
}

TEST(VerbListsTest, NotAcrossAClauseOrAnAppositive) {
  // "after the army shelled the town, ...": the comma closes the clause.
  const Tagged after(
      "Rebels/NNS fled/VBD after/IN the/DT army/NN shelled/VBD the/DT "
      "town/NN ,/, residents/NNS said/VBD ./.");
  EXPECT_FALSE(ContinuesVerbList(after, 10, 2));
  // "and the army chief, General Dogo, declared": commas of an appositive.
  const Tagged appositive(
      "Troops/NNS seized/VBD power/NN ,/, and/CC the/DT chief/NN ,/, Dogo/NNP ,/, "
      "declared/VBD a/DT curfew/NN ./.");
  EXPECT_FALSE(ContinuesVerbList(appositive, 10, 2));
  // A relative clause between: "the envoy who fled, ...".
  const Tagged relative(
      "Police/NNS arrested/VBD the/DT man/NN who/WP attacked/VBD the/DT "
      "envoy/NN ,/, closed/VBD the/DT road/NN ./.");
  EXPECT_FALSE(ContinuesVerbList(relative, 9, 2));
}

// Verb matches at the given [begin, end) spans.
std::vector<PhraseMatch> Verbs(std::initializer_list<std::pair<uint32_t, uint32_t>> spans) {
  std::vector<PhraseMatch> matches;
  for (const auto& [begin, end] : spans) {
    PhraseMatch pm;
    pm.kind = PhraseMatch::Kind::kVerb;
    pm.span = {begin, end};
    matches.push_back(pm);
  }
  return matches;
}

TEST(VerbListsTest, VerbsJoinedRightAwayShareTheLastOnesObject) {
  // Police/0 beat/1 and/2 arrested/3 dozens/4 of/5 students/6
  const Tagged t("Police/NNS beat/VBD and/CC arrested/VBN dozens/NNS of/IN students/NNS ./.");
  EXPECT_EQ(4u, SharedObjectVerbEnd(t, Verbs({{1, 2}, {3, 4}}), 2));
  // Ships/0 rammed/1 ,/2 fired/3 on/4 and/5 seized/6 two/7 boats/8
  const Tagged list(
      "Ships/NNS rammed/VBD ,/, fired/VBD on/IN and/CC seized/VBD two/CD boats/NNS ./.");
  EXPECT_EQ(7u, SharedObjectVerbEnd(list, Verbs({{1, 2}, {3, 5}, {6, 7}}), 2));
}

TEST(VerbListsTest, NoSharedObjectWithoutAVerbJoinedRightAway) {
  // An object of its own first: "beat them and arrested ...".
  const Tagged own("Police/NNS beat/VBD them/PRP and/CC arrested/VBD students/NNS ./.");
  EXPECT_EQ(0u, SharedObjectVerbEnd(own, Verbs({{1, 2}, {4, 5}}), 2));
  // A participle after a comma adds an act.
  const Tagged participle("Rebels/NNS attacked/VBD ,/, killing/VBG ten/CD soldiers/NNS ./.");
  EXPECT_EQ(0u, SharedObjectVerbEnd(participle, Verbs({{1, 2}, {3, 4}}), 2));
  // A passive's agent follows: "trained and equipped by the US".
  const Tagged passive("forces/NNS trained/VBN and/CC equipped/VBN by/IN the/DT US/NNP ./.");
  EXPECT_EQ(0u, SharedObjectVerbEnd(passive, Verbs({{1, 2}, {3, 4}}), 2));
  // A new clause with a subject of its own: "and Iran arrested ...".
  const Tagged clause("Iraq/NNP protested/VBD and/CC Iran/NNP arrested/VBD students/NNS ./.");
  EXPECT_EQ(0u, SharedObjectVerbEnd(clause, Verbs({{1, 2}, {4, 5}}), 2));
}

// A mention over [begin, end), a person or not.
Mention Over(uint32_t begin, uint32_t end, bool person = false) {
  Mention m;
  m.span = {begin, end};
  m.code = "XXXGOV";
  m.person = person;
  return m;
}

TEST(VerbListsTest, AParticiplesPronounStandsForThePreviousObject) {
  // Chad/0 expelled/1 two/2 Sudanese/3 diplomats/4 ,/5 accusing/6 them/7 of/8 spying/9
  const Tagged t(
      "Chad/NNP expelled/VBD two/CD Sudanese/JJ diplomats/NNS ,/, accusing/VBG them/PRP "
      "of/IN spying/VBG ./.");
  EXPECT_TRUE(ParticipleOnThePreviousObject(t, {6, 7}, Over(3, 5)));
  // Chad/0 expelled/1 envoy/2 Ali/3 Musa/4 ,/5 accusing/6 him/7 of/8 spying/9
  const Tagged him(
      "Chad/NNP expelled/VBD envoy/NN Ali/NNP Musa/NNP ,/, accusing/VBG him/PRP "
      "of/IN spying/VBG ./.");
  EXPECT_TRUE(ParticipleOnThePreviousObject(him, {6, 7}, Over(2, 5)));
}

TEST(VerbListsTest, NoPronounOfTheParticipleForAnotherObject) {
  // "them" is not a singular party: "froze Sudan's assets, forcing them".
  const Tagged t(
      "Chad/NNP froze/VBD Sudan/NNP 's/POS assets/NNS ,/, forcing/VBG them/PRP to/TO "
      "pay/VB ./.");
  EXPECT_FALSE(ParticipleOnThePreviousObject(t, {6, 7}, Over(2, 3)));
  // A party named as the object is no pronoun.
  const Tagged named("Chad/NNP expelled/VBD two/CD diplomats/NNS ,/, accusing/VBG Sudan/NNP ./.");
  EXPECT_FALSE(ParticipleOnThePreviousObject(named, {5, 6}, Over(2, 4)));
}

TEST(VerbListsTest, TheVerbARelativeClauseHangsOn) {
  // EU/0 condemned/1 the/2 raids/3 that/4 followed/5 the/6 vote/7 ,/8 and/9 imposed/10
  const Tagged t(
      "EU/NNP condemned/VBD the/DT raids/NNS that/WDT followed/VBD the/DT vote/NN ,/, "
      "and/CC imposed/VBD sanctions/NNS ./.");
  EXPECT_EQ(1, MainVerbBeforeRelative(t, 5));
  // A clause opened by another word: no relative clause to pass.
  EXPECT_EQ(-1, MainVerbBeforeRelative(t, 3));
  // Not past a semicolon.
  const Tagged semi("EU/NNP met/VBD ;/: the/DT raids/NNS that/WDT followed/VBD ./.");
  EXPECT_EQ(-1, MainVerbBeforeRelative(semi, 6));
}

TEST(VerbListsTest, AParticipleOnPeopleToldByTheirNumber) {
  // Rebels/0 took/1 Goma/2 ,/3 abducting/4 at/5 least/6 40/7 villagers/8
  const Tagged t(
      "Rebels/NNS took/VBD Goma/NNP ,/, abducting/VBG at/IN least/JJS 40/CD "
      "villagers/NNS ./.");
  EXPECT_TRUE(ParticipleOnANumberOfPeople(t, {4, 5}));
  // Rebels/0 took/1 Goma/2 ,/3 seizing/4 hundreds/5 of/6 women/7
  const Tagged dozens(
      "Rebels/NNS took/VBD Goma/NNP ,/, seizing/VBG hundreds/NNS of/IN "
      "women/NNS ./.");
  EXPECT_TRUE(ParticipleOnANumberOfPeople(dozens, {4, 5}));
}

TEST(VerbListsTest, NoNumberOfPeople) {
  // A quantity of goods.
  const Tagged goods(
      "Rebels/NNS took/VBD Goma/NNP ,/, seizing/VBG 20/CD tonnes/NNS of/IN "
      "grain/NN ./.");
  EXPECT_FALSE(ParticipleOnANumberOfPeople(goods, {4, 5}));
  // People named otherwise, or no participle.
  const Tagged named("Rebels/NNS took/VBD Goma/NNP ,/, abducting/VBG the/DT mayor/NN ./.");
  EXPECT_FALSE(ParticipleOnANumberOfPeople(named, {4, 5}));
  const Tagged finite("Rebels/NNS took/VBD Goma/NNP and/CC abducted/VBD 40/CD villagers/NNS ./.");
  EXPECT_FALSE(ParticipleOnANumberOfPeople(finite, {4, 5}));
}

}  // namespace
}  // namespace khaldun::internal
