// Passives with the shipped dictionaries: a passive's "by" agent that is a
// private person named by no party ("by a 71-year-old man", "by Jonas
// Weber, a local man") attacked for the country of whom they attacked,
// coded with its bare code (people, not the state; coder/private_agents.h);
// an armed group (REB, UAF, SEP) that hands people over, in the active or
// the passive, releases its captives (0841), and the release targets the
// people freed, not whom they were handed to; a passive's "by" a role with no
// country "of" a named group is that group ("freed by fighters of the
// Islamic State"); the "by" of the sentence's own verb is not that of a
// participle describing its subject ("the engineer abducted in Syria was
// freed by ...").
//
// Each sentence is written for the test and coded through the whole pipeline
// with the shipped dictionaries, as `khaldun code` codes it.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedPassive16Test, APrivatePersonAttackerIsTheVictimsCountry) {
  EXPECT_EQ("BRA 182 BRAGOV",
            CodesOf("Brazilian President Jair Bolsonaro was stabbed by a man during a campaign "
                    "rally in Juiz de Fora.",
                    "2020-03-01"));
  EXPECT_EQ("DNK 182 DNKGOV",
            CodesOf("Danish Prime Minister Mette Frederiksen was assaulted by a man in a square "
                    "in Copenhagen.",
                    "2020-03-01"));
  EXPECT_EQ("COL 185 COLLEG",
            CodesOf("Colombian senator Miguel Uribe was shot in the head by a 15-year-old boy "
                    "at a rally in Bogota.",
                    "2020-03-01"));
  EXPECT_EQ("SVK 185 SVKGOV",
            CodesOf("Slovak Prime Minister Robert Fico was shot and badly wounded by a "
                    "pensioner outside a cultural centre.",
                    "2024-06-01"));
}

TEST(ShippedPassive16Test, APrivatePersonNamedThenDescribedIsTheVictimsCountry) {
  EXPECT_EQ("DEU 190 DEUGOV",
            CodesOf("German Chancellor Olaf Scholz was attacked by Jonas Weber, a 45-year-old "
                    "unemployed man, outside a school in Berlin.",
                    "2022-03-01"));
}

TEST(ShippedPassive16Test, NoPrivatePersonAgentForOtherActsOrOtherPhrases) {
  // (A greeting is no attack; a man with a nationality is coded by the
  // dictionaries as before.)
  EXPECT_EQ("", CodesOf("The French president was greeted by a man in the crowd in Lyon.",
                        "2020-03-01"));
  EXPECT_EQ("", CodesOf("A man was stabbed by another man outside a bar in Leeds.",
                        "2020-03-01"));
}

TEST(ShippedPassive16Test, AnArmedGroupHandingPeopleOverReleasesThem) {
  EXPECT_EQ("NGAREB 0841 NGAEDU",
            CodesOf("Boko Haram handed over twelve abducted Nigerian schoolboys to local "
                    "officials in Borno.",
                    "2020-03-01"));
  EXPECT_EQ("SOMREB 0841 UGALAB",
            CodesOf("Al-Shabaab militants handed over two Ugandan truck drivers to tribal "
                    "elders in Gedo.",
                    "2020-03-01"));
  EXPECT_EQ("MEXUAF 0841 USACVL",
            CodesOf("The Sinaloa cartel handed over the kidnapped American tourists to Mexican "
                    "police.",
                    "2020-03-01"));
}

TEST(ShippedPassive16Test, CaptivesHandedOverByAnArmedGroupInThePassiveAreReleased) {
  EXPECT_EQ("PSEREB 0841 THAAGR",
            CodesOf("Two Thai farm workers held in Gaza were handed over by Hamas in Rafah on "
                    "Friday.",
                    "2020-03-01"));
}

TEST(ShippedPassive16Test, AStateHandingOverASuspectStillExtradites) {
  EXPECT_EQ("PAKGOV 063 USAGOV",
            CodesOf("Pakistan handed over the suspect to the United States.", "2020-03-01"));
}

TEST(ShippedPassive16Test, ARoleOfANamedGroupInAPassiveAgentIsThatGroup) {
  EXPECT_EQ("IRQREB 0841 CAN",
            CodesOf("The Canadian engineer was released by fighters of the Islamic State after "
                    "six months in captivity.",
                    "2020-03-01"));
  EXPECT_EQ("NGAREB 0841 ITAREL",
            CodesOf("Two Italian nuns were freed by militants of the Boko Haram group in "
                    "northern Cameroon.",
                    "2020-03-01"));
}

TEST(ShippedPassive16Test, TheMainVerbsAgentIsNotTheParticiplesBeforeIt) {
  // (Who kidnapped or abducted them is not said.)
  EXPECT_EQ("MLIREB 0841 FRANGO",
            CodesOf("A French aid worker, kidnapped in Mali last year, was released by the "
                    "JNIM group on Sunday.",
                    "2020-03-01"));
  EXPECT_EQ("SYRREB 0841 GBRMED",
            CodesOf("The British journalist abducted in Syria in 2012 was freed by militants "
                    "of the al-Nusra Front.",
                    "2020-03-01"));
  EXPECT_EQ("TURJUD 0841 USAREL",
            CodesOf("An American pastor detained in Turkey for two years was freed by a "
                    "Turkish court on Friday.",
                    "2020-03-01"));
}

}  // namespace
}  // namespace khaldun
