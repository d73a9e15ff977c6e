// Material placed before a main verb: object relative clauses, phrases set
// off by commas or dashes, and subordinate clauses fronted before the
// subject. Each sentence is written for the test.
#include <gtest/gtest.h>

#include "coder/fronted_phrase.h"
#include "coder/relative_clauses.h"
#include "coder/tagged_tokens_test_util.h"

namespace khaldun::internal {
namespace {

TEST(BeforeVerbTest, AnObjectRelativeClauseHasASubjectOfItsOwn) {
  // Oman|,|whom|the|Yemeni|envoy|praised|,|hosted|talks
  const Tagged whom(
      "Oman/NNP ,/, whom/WP the/DT Yemeni/JJ envoy/NN praised/VBN ,/, hosted/VBD talks/NNS");
  EXPECT_EQ(6u, ObjectRelativeVerb(whom, 2));
  // The clause closes before the main verb even though its own verb was
  // read as a participle.
  EXPECT_EQ(7u, RelativeClauseClose(whom, 2, 10));
  // Cuba|,|which|Western|governments|have|accused|of|abuses|,|freed|...
  const Tagged which(
      "Cuba/NNP ,/, which/WDT Western/JJ governments/NNS have/VBP accused/VBN of/IN "
      "abuses/NNS ,/, freed/VBD prisoners/NNS");
  EXPECT_EQ(6u, ObjectRelativeVerb(which, 2));
  EXPECT_EQ(9u, RelativeClauseClose(which, 2, 12));
  // Nepal|,|which|India|and|China|have|courted|,|...
  const Tagged pair(
      "Nepal/NNP ,/, which/WDT India/NNP and/CC China/NNP have/VBP courted/VBN ,/, "
      "signed/VBD deals/NNS");
  EXPECT_EQ(7u, ObjectRelativeVerb(pair, 2));
}

TEST(BeforeVerbTest, NotASubjectRelativeATimePhraseOrASpeaker) {
  // The pronoun is the subject: "which hosted".
  const Tagged subject("Oman/NNP ,/, which/WDT hosted/VBD talks/NNS ,/, urged/VBD calm/NN");
  EXPECT_EQ(0u, ObjectRelativeVerb(subject, 2));
  // "which last week expelled": a time phrase, not a subject.
  const Tagged time(
      "Mali/NNP ,/, which/WDT last/JJ week/NN expelled/VBD envoys/NNS ,/, "
      "accused/VBD Paris/NNP");
  EXPECT_EQ(0u, ObjectRelativeVerb(time, 2));
  // "which officials say is arming": the antecedent is the subject of what
  // is said.
  const Tagged say(
      "Laos/NNP ,/, which/WDT officials/NNS say/VBP is/VBZ arming/VBG rebels/NNS ,/, "
      "denied/VBD it/PRP");
  EXPECT_EQ(0u, ObjectRelativeVerb(say, 2));
  // No comma before the pronoun: a restrictive clause, left alone.
  const Tagged restrictive(
      "the/DT deal/NN which/WDT Chile/NNP signed/VBD collapsed/VBD");
  EXPECT_EQ(0u, ObjectRelativeVerb(restrictive, 2));
}

TEST(BeforeVerbTest, ARelativeClauseInDashesOrJoinedByAndOrAfterADateCloses) {
  // Lula|--|who|took|office|in|2023|--|urged|talks
  const Tagged dashes(
      "Lula/NNP --/: who/WP took/VBD office/NN in/IN 2023/CD --/: urged/VBD talks/NNS");
  EXPECT_EQ(7u, RelativeClauseClose(dashes, 2, 10));
  // Oman|,|which|hosts|talks|and|which|faces|a|vote|,|urged|calm
  const Tagged joined(
      "Oman/NNP ,/, which/WDT hosts/VBZ talks/NNS and/CC which/WDT faces/VBZ a/DT vote/NN ,/, "
      "urged/VBD calm/NN");
  EXPECT_EQ(10u, RelativeClauseClose(joined, 6, 13));
  EXPECT_EQ(10u, RelativeClauseClose(joined, 2, 13));
  // Peru|,|which|on|Monday|recalled|its|envoy|,|protested
  const Tagged date(
      "Peru/NNP ,/, which/WDT on/IN Monday/NNP recalled/VBD its/PRP$ envoy/NN ,/, "
      "protested/VBD");
  EXPECT_EQ(8u, RelativeClauseClose(date, 2, 10));
  // A dash does not close a clause a comma opened.
  const Tagged mixed(
      "Lula/NNP ,/, who/WP took/VBD office/NN --/: and/CC power/NN --/: urged/VBD talks/NNS");
  EXPECT_EQ(0u, RelativeClauseClose(mixed, 2, 11));
}

TEST(BeforeVerbTest, APatternReadsPastAPhraseSetOffBeforeTheVerb) {
  // Lula|,|a|veteran|of|union|politics|,|attacked|the|plan: read from the
  // comma after "Lula".
  const Tagged appositive(
      "Lula/NNP ,/, a/DT veteran/NN of/IN union/NN politics/NNS ,/, attacked/VBD the/DT "
      "plan/NN");
  EXPECT_EQ(1u, SetOffPhraseOpening(appositive, ClauseWindow{0, 11}, 8));
  // Police|--|under|pressure|from|allies|--|raided|a|camp
  const Tagged dashes(
      "Police/NNS --/: under/IN pressure/NN from/IN allies/NNS --/: raided/VBD a/DT camp/NN");
  EXPECT_EQ(1u, SetOffPhraseOpening(dashes, ClauseWindow{0, 10}, 7));
  // A phrase with a finite verb of its own is a clause, left to
  // PastClosedRelative; so is a verb with no comma before it.
  const Tagged clause(
      "Lula/NNP ,/, as/IN he/PRP said/VBD ,/, attacked/VBD the/DT plan/NN");
  EXPECT_EQ(6u, SetOffPhraseOpening(clause, ClauseWindow{0, 9}, 6));
  const Tagged plain("Lula/NNP of/IN Brazil/NNP attacked/VBD the/DT plan/NN");
  EXPECT_EQ(3u, SetOffPhraseOpening(plain, ClauseWindow{0, 6}, 3));
}

TEST(BeforeVerbTest, AFrontedSubordinateClauseEndsAtItsComma) {
  // After|rebels|shelled|the|town|,|the|army|closed|the|road
  const Tagged after(
      "After/IN rebels/NNS shelled/VBD the/DT town/NN ,/, the/DT army/NN closed/VBD the/DT "
      "road/NN");
  EXPECT_EQ(5u, FrontedClauseClose(after, 2));
  // The main clause's own verb is not in it.
  EXPECT_EQ(0u, FrontedClauseClose(after, 8));
  // Hours|after|gunmen|stormed|a|hotel|,|police|arrested|two|men
  const Tagged hours(
      "Hours/NNS after/IN gunmen/NNS stormed/VBD a/DT hotel/NN ,/, police/NNS "
      "arrested/VBD two/CD men/NNS");
  EXPECT_EQ(6u, FrontedClauseClose(hours, 3));
  // The tagger may read the fronted clause's verb as a participle.
  const Tagged participle(
      "Days/NNS after/IN troops/NNS crossed/VBN the/DT border/NN ,/, Chile/NNP "
      "protested/VBD");
  EXPECT_EQ(6u, FrontedClauseClose(participle, 3));
  // Not a participle with an agent: no clause.
  const Tagged agent(
      "After/IN talks/NNS brokered/VBN by/IN Qatar/NNP ,/, Chad/NNP signed/VBD");
  EXPECT_EQ(0u, FrontedClauseClose(agent, 2));
  // A list after the comma: the clause goes on.
  const Tagged list(
      "When/WRB Peru/NNP ,/, Chile/NNP and/CC Bolivia/NNP met/VBD ,/, trade/NN rose/VBD");
  EXPECT_EQ(0u, FrontedClauseClose(list, 6));
  // A phrase with no verb of its own is no clause.
  const Tagged phrase(
      "After/IN two/CD days/NNS of/IN talks/NNS ,/, Chile/NNP signed/VBD a/DT deal/NN");
  EXPECT_EQ(0u, FrontedClauseClose(phrase, 4));
}

}  // namespace
}  // namespace khaldun::internal
