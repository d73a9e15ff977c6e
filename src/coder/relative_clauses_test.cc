// Relative clauses set off by commas between a subject and its verb.
#include "coder/relative_clauses.h"

#include <gtest/gtest.h>

#include "coder/tagged_tokens_test_util.h"

namespace khaldun::internal {
namespace {

TEST(RelativeClausesTest, TheVerbOfAClosedRelativeClauseIsNotTheClausesOwn) {
  // Chile|,|whose|envoy|left|on|Friday|,|agreed|to|talks (comma at 7)
  const Tagged closed(
      "Chile/NNP ,/, whose/WP$ envoy/NN left/VBD on/IN Friday/NNP ,/, agreed/VBN to/TO "
      "talks/NNS");
  EXPECT_FALSE(FiniteVerbBeforeComma(closed, 7));
  // The main clause has its verb before the antecedent: "expelled".
  const Tagged main_verb(
      "Chile/NNP expelled/VBD the/DT envoy/NN ,/, who/WP arrived/VBD in/IN May/NNP ,/, "
      "accused/VBN of/IN spying/VBG");
  EXPECT_TRUE(FiniteVerbBeforeComma(main_verb, 9));
  // A verb of a clause that a comma closes before the antecedent does not
  // count: "..., and Oman's envoy, who ...".
  const Tagged joined(
      "Peru/NNP protested/VBD ,/, and/CC Oman/NNP ,/, who/WP met/VBD them/PRP ,/, "
      "agreed/VBN to/TO talks/NNS");
  EXPECT_FALSE(FiniteVerbBeforeComma(joined, 9));
  // Without a relative pronoun the verb before the comma is the clause's.
  const Tagged plain(
      "Chile/NNP recalled/VBD its/PRP$ envoy/NN ,/, angered/VBN by/IN the/DT remarks/NNS");
  EXPECT_TRUE(FiniteVerbBeforeComma(plain, 4));
}

TEST(RelativeClausesTest, ARelativeClauseClosesWhereTheMainVerbResumes) {
  // Oman|'s|navy|,|which|has|seized|two|ships|,|detained|a|tanker
  const Tagged navy(
      "Oman/NNP 's/POS navy/NN ,/, which/WDT has/VBZ seized/VBN two/CD ships/NNS ,/, "
      "detained/VBD a/DT tanker/NN");
  EXPECT_EQ(9u, RelativeClauseClose(navy, 4, 13));
  // A list inside the clause does not close it; the comma before the verb
  // does.
  const Tagged list(
      "Lula/NNP ,/, who/WP met/VBD Li/NNP ,/, Ruto/NNP and/CC Ramaphosa/NNP ,/, "
      "agreed/VBN to/TO talks/NNS");
  EXPECT_EQ(9u, RelativeClauseClose(list, 2, 13));
  // A gerund after the comma is no main verb; nor is a clause without one.
  const Tagged gerund(
      "Lula/NNP ,/, who/WP met/VBD Ruto/NNP ,/, praising/VBG his/PRP$ plan/NN");
  EXPECT_EQ(0u, RelativeClauseClose(gerund, 2, 9));
  // No comma before the pronoun: a restrictive clause, left alone.
  const Tagged restrictive(
      "troops/NNS who/WP fled/VBD the/DT town/NN ,/, returned/VBD home/NN");
  EXPECT_EQ(0u, RelativeClauseClose(restrictive, 1, 8));
}

TEST(RelativeClausesTest, AVerbAfterAClosedRelativeClauseReadsNoWordOfIt) {
  // Rebels|,|who|hold|much|of|Chad|,|attacked|a|convoy (window after "who")
  const Tagged rebels(
      "Rebels/NNS ,/, who/WP hold/VBP much/JJ of/IN Chad/NNP ,/, attacked/VBD a/DT "
      "convoy/NN");
  const ClauseWindow after = PastClosedRelative(rebels, ClauseWindow{3, 11}, 8);
  EXPECT_EQ(8u, after.begin);
  EXPECT_EQ(11u, after.end);
  // The relative clause's own verb keeps its window.
  EXPECT_EQ(3u, PastClosedRelative(rebels, ClauseWindow{3, 7}, 3).begin);
}

TEST(RelativeClausesTest, AThatClauseInAnAppositiveClosesAtItsComma) {
  // Fatah|,|the|secular|party|that|runs|Ramallah|,|accused|Hamas
  const Tagged fatah(
      "Fatah/NNP ,/, the/DT secular/JJ party/NN that/WDT runs/VBZ Ramallah/NNP ,/, "
      "accused/VBD Hamas/NNP");
  EXPECT_EQ(8u, RelativeClauseClose(fatah, 5, 11));
  // "accused" comes after the clause: its subject ends at the comma at 1.
  EXPECT_EQ(1u, ClosedRelativeOpening(fatah, 5, 9));
  // "runs" is inside it.
  EXPECT_EQ(0u, ClosedRelativeOpening(fatah, 5, 6));
  // Without the appositive's comma and article, "that" opens no such clause.
  const Tagged plain(
      "the/DT party/NN that/WDT runs/VBZ Ramallah/NNP ,/, accused/VBD Hamas/NNP");
  EXPECT_EQ(0u, RelativeClauseClose(plain, 2, 8));
}

TEST(RelativeClausesTest, AParticiplePhraseClosesWhereTheMainVerbResumes) {
  // Chile|'s|envoy|,|asked|about|the|vote|,|criticised|Peru
  const Tagged asked(
      "Chile/NNP 's/POS envoy/NN ,/, asked/VBD about/IN the/DT vote/NN ,/, "
      "criticised/VBD Peru/NNP");
  EXPECT_EQ(8u, ParticiplePhraseClose(asked, 4, 11));
  const Tagged speaking(
      "Chile/NNP 's/POS envoy/NN ,/, speaking/VBG in/IN Lima/NNP ,/, criticised/VBD Peru/NNP");
  EXPECT_EQ(7u, ParticiplePhraseClose(speaking, 4, 10));
  // A finite verb inside makes it a clause of its own; a comma after a
  // pronoun opens no phrase describing a noun.
  const Tagged clause(
      "Chile/NNP 's/POS envoy/NN ,/, speaking/VBG as/IN talks/NNS began/VBD ,/, "
      "criticised/VBD Peru/NNP");
  EXPECT_EQ(0u, ParticiplePhraseClose(clause, 4, 11));
  const Tagged pronoun("They/PRP met/VBD him/PRP ,/, praised/VBD Lima/NNP ,/, left/VBD");
  EXPECT_EQ(0u, ParticiplePhraseClose(pronoun, 4, 8));
}

TEST(RelativeClausesTest, TheInterruptionBeforeAVerbOpensAfterItsSubject) {
  // Her|envoy|,|speaking|from|Tartus|,|north|of|Latakia|,|accused|Oman
  const Tagged speaking(
      "Her/PRP$ envoy/NN ,/, speaking/VBG from/IN Tartus/NNP ,/, north/RB of/IN Latakia/NNP "
      ",/, accused/VBD Oman/NNP");
  EXPECT_EQ(2u, InterruptionBefore(speaking, 0, 11));
  // Oman|,|which|hosts|the|talks|,|urged|Iran (window after "which")
  const Tagged oman(
      "Oman/NNP ,/, which/WDT hosts/VBZ the/DT talks/NNS ,/, urged/VBD Iran/NNP");
  EXPECT_EQ(1u, InterruptionBefore(oman, 3, 7));
  // Not when another verb stands between: "..., erupted after X agreed".
  const Tagged erupted(
      "Clashes/NNS ,/, which/WDT killed/VBD two/CD ,/, erupted/VBD after/IN Oman/NNP "
      "agreed/VBD");
  EXPECT_EQ(0u, InterruptionBefore(erupted, 3, 9));
  // Nor for members named after "including", who act with the subject.
  const Tagged including(
      "Ten/CD states/NNS ,/, including/VBG Oman/NNP and/CC Chad/NNP ,/, agreed/VBD");
  EXPECT_EQ(0u, InterruptionBefore(including, 0, 8));
  // Nor for a clause with a subject of its own after "which".
  const Tagged object(
      "the/DT rate/NN ,/, which/WDT donors/NNS ,/, notably/RB Oman/NNP ,/, have/VBP "
      "blamed/VBN");
  EXPECT_EQ(0u, InterruptionBefore(object, 4, 11));
}

}  // namespace
}  // namespace khaldun::internal
