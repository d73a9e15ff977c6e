// Which words open a phrase of cause, charge or topic after a verb.
#include "coder/object_phrases.h"

#include <gtest/gtest.h>

#include "coder/tagged_tokens_test_util.h"

namespace khaldun::internal {
namespace {

TEST(ObjectPhrasesTest, OverAMatterOpensATopic) {
  const Tagged t("The/DT envoy/NN quit/VBD over/IN the/DT Gulf/NNP war/NN ./.");
  EXPECT_TRUE(OpensCauseOrChargePhrase(t, 3, 3, 5, 6));
  // "over Iraq policy": a bare actor that modifies a noun names a matter.
  const Tagged u("The/DT envoy/NN quit/VBD over/IN Iraq/NNP policy/NN ./.");
  EXPECT_TRUE(OpensCauseOrChargePhrase(u, 3, 3, 4, 5));
}

TEST(ObjectPhrasesTest, OverAsParticleOrPlaceDoesNot) {
  const Tagged a("Police/NNS handed/VBD over/RP Chile/NNP suspects/NNS ./.");
  EXPECT_FALSE(OpensCauseOrChargePhrase(a, 2, 2, 3, 4));
  const Tagged b("Jets/NNS flew/VBD over/IN Syria/NNP ./.");
  EXPECT_FALSE(OpensCauseOrChargePhrase(b, 2, 2, 3, 4));
  const Tagged c("Jets/NNS flew/VBD them/PRP over/RP to/TO Syria/NNP ./.");
  EXPECT_FALSE(OpensCauseOrChargePhrase(c, 2, 3, 5, 6));
  const Tagged e("Paris/NNP withdrew/VBD over/IN 2,000/CD French/JJ troops/NNS");
  EXPECT_FALSE(OpensCauseOrChargePhrase(e, 2, 2, 4, 5));
  const Tagged d("Jets/NNS flew/VBD over/IN northern/JJ Syria/NNP ./.");
  EXPECT_FALSE(OpensCauseOrChargePhrase(d, 2, 2, 4, 5));
}

TEST(ObjectPhrasesTest, APatternsPhraseSearchCanLeaveOverOut) {
  const Tagged t("The/DT envoy/NN quit/VBD over/IN the/DT Gulf/NNP war/NN ./.");
  EXPECT_TRUE(InCauseOrChargePhrase(t, 3, 5, 6, true));
  EXPECT_FALSE(InCauseOrChargePhrase(t, 3, 5, 6, false));
  const Tagged u("Police/NNS held/VBD two/CD clerics/NNS with/IN links/NNS to/TO Hezbollah/NNP");
  EXPECT_TRUE(InCauseOrChargePhrase(u, 2, 7, 8, false));
}

TEST(ObjectPhrasesTest, TheOwnerOrAuthorOfTheMatterStaysTheObject) {
  Tagged a("Seoul/NNP protested/VBD over/IN Japan/NNP 's/POS textbooks/NNS ./.");
  a.tokens[4].flags |= kTokenPossessive;
  EXPECT_FALSE(OpensCauseOrChargePhrase(a, 2, 2, 3, 4));
  const Tagged b("Tories/NNS hit/VBD out/RP over/IN remarks/NNS Blair/NNP had/VBD made/VBN ./.");
  EXPECT_FALSE(OpensCauseOrChargePhrase(b, 3, 3, 5, 6));
  // Past a comma the actor is in a phrase of its own.
  const Tagged c(
      "a/DT truce/NN over/IN Easter/NNP ,/, a/DT move/NN Kyiv/NNP derided/VBD ./.");
  EXPECT_TRUE(OpensCauseOrChargePhrase(c, 2, 2, 7, 8));
}

TEST(ObjectPhrasesTest, ForAGerundAfterTheObjectAndChargesOpenACause) {
  const Tagged a("Brussels/NNP fined/VBD the/DT bank/NN for/IN breaching/VBG Swiss/JJ law/NN ./.");
  EXPECT_TRUE(OpensCauseOrChargePhrase(a, 2, 4, 6, 7));
  // Right after the verb the gerund is what the act was about.
  const Tagged b("Kenya/NNP apologised/VBD for/IN insulting/VBG Uganda/NNP ./.");
  EXPECT_FALSE(OpensCauseOrChargePhrase(b, 2, 2, 4, 5));
  const Tagged c(
      "ISIS/NNP claimed/VBD responsibility/NN on/IN Sunday/NNP for/IN shelling/VBG Kirkuk/NNP");
  EXPECT_FALSE(OpensCauseOrChargePhrase(c, 3, 5, 7, 8));
  const Tagged d(
      "Ankara/NNP jailed/VBD five/CD men/NNS on/IN charges/NNS of/IN spying/VBG for/IN "
      "Athens/NNP");
  EXPECT_TRUE(OpensCauseOrChargePhrase(d, 2, 5, 9, 10));
  // "suspected of being members of": who they are, not a charge.
  const Tagged e(
      "held/VBD two/CD men/NNS suspected/VBN of/IN being/VBG members/NNS of/IN ETA/NNP");
  EXPECT_FALSE(OpensCauseOrChargePhrase(e, 1, 3, 8, 9));
}

TEST(ObjectPhrasesTest, AllegedTiesButNotTiesCut) {
  const Tagged a("Police/NNS held/VBD two/CD clerics/NNS with/IN links/NNS to/TO Hezbollah/NNP");
  EXPECT_TRUE(OpensCauseOrChargePhrase(a, 2, 5, 7, 8));
  const Tagged b("Qatar/NNP cut/VBD diplomatic/JJ ties/NNS with/IN Iran/NNP");
  EXPECT_FALSE(OpensCauseOrChargePhrase(b, 2, 3, 5, 6));
}

}  // namespace
}  // namespace khaldun::internal
