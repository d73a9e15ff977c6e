// Arrests of an attacker named only by a pronoun or as a doer, with the
// shipped dictionaries: "police arrested him", "detained four of them",
// "detained the suspects" are aimed at the doer of the act of force told
// before in the sentence, and police with no country are of the place of
// that act, not of the attacker's nationality. Each passage is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedArrestedAttackersTest, PronounOrDoerNounIsTheAttacker) {
  EXPECT_EQ("PRTUAF 186 PRT; PRTCOP 173 PRTUAF",
            CodesOf("A gunman shot dead the mayor of Porto outside the town hall on Monday, and "
                    "police arrested him hours later.",
                    "2024-05-16"));
  EXPECT_EQ("CODUAF 181 CODHLH; CODMIL 173 CODUAF",
            CodesOf("Armed men kidnapped three nurses near Goma before soldiers detained four of "
                    "them.",
                    "2024-05-16"));
  EXPECT_EQ("SVKUAF 180 SVKBUS; SVKCOP 173 SVKUAF",
            CodesOf("Masked men attacked a shop in Handlova on Friday, and police detained the "
                    "suspects.",
                    "2024-05-16"));
}

TEST(ShippedArrestedAttackersTest, DoerNounWithNoCountryOfItsOwn) {
  // "police overpowered and detained": the police are the subject of both
  // verbs, and "the gunman" is the Polish man.
  EXPECT_EQ("POL 193 POLGOV; POLCOP 173 POL",
            CodesOf("A Polish man fired several shots at President Andrzej Duda in Krakow, "
                    "before police overpowered and detained the gunman.",
                    "2020-05-16"));
}

TEST(ShippedArrestedAttackersTest, PoliceAreOfThePlaceNotOfTheAttacker) {
  EXPECT_EQ("CHLCVL 190 PER; PERCOP 173 CHLCVL",
            CodesOf("A Chilean tourist attacked a guard in Lima, and police arrested him.",
                    "2024-05-16"));
  EXPECT_EQ("JPNCOP 173 JPNUAF", CodesOf("Police arrested the gunman in Nara.", "2024-05-16"));
}

TEST(ShippedArrestedAttackersTest, TheVictimsOfTheArrestersOwnActStayTheVictims) {
  // The soldiers fired and detained: "them" are the protesters.
  EXPECT_EQ("NGAMIL 175 NGAOPP; NGAMIL 173 NGAOPP",
            CodesOf("Soldiers fired on protesters in Lagos and detained them.", "2024-05-16"));
}

}  // namespace
}  // namespace khaldun
