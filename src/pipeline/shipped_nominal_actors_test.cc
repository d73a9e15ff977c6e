// Event nouns and who did them: street protests told as a noun, whose
// holders the sentence names only as a crowd or not at all; acts a verb of
// judging frames, even when that verb's own act is not done; talks a verb
// of meeting already codes; and acts an infinitive only aims at. Coded
// through the whole pipeline with the shipped dictionaries; each sentence is
// written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedNominalActorsTest, ProtestsOverAnOccasionThatSpread) {
  // The verb of spreading reports the protests; their occasion ("over")
  // stands where an aim would.
  EXPECT_EQ("DZAOPP 141 DZAGOV",
            CodesOf("Police fired tear gas in Algiers as protests over the price of bread spread "
                    "to five cities.",
                    "2020-01-01"));
  EXPECT_EQ("KENOPP 141 KENGOV",
            CodesOf("Demonstrations over the death of a student in police custody spread across "
                    "Kenya on Tuesday.",
                    "2020-01-01"));
  // Bare "as protests spread" only sets the scene of another act.
  EXPECT_EQ("IRNGOV 1721 IRN",
            CodesOf("The Iranian government cut off mobile internet in Tehran as protests spread.",
                    "2020-01-01"));
  // Occasion alone, with no verb of spreading: background.
  EXPECT_EQ("", CodesOf("The Lebanese premier quit after weeks of protests over the tax.",
                        "2020-01-01"));
}

TEST(ShippedNominalActorsTest, ProtestsAParticipleOfResultReports) {
  EXPECT_EQ("KENOPP 141 KENGOV",
            CodesOf("The Kenyan parliament passed a tax bill, sparking mass protests against the "
                    "government.",
                    "2020-01-01"));
  EXPECT_EQ("SRBCOP 173 SRBEDU; SRBOPP 141 SRBGOV",
            CodesOf("Serbian police arrested the student leader, setting off nightly protests "
                    "against the government.",
                    "2020-01-01"));
  EXPECT_EQ("ECUMIL 175 ECUOPP; ECUOPP 141 ECUGOV",
            CodesOf("The Ecuadorean army killed two rioters, triggering protests across the "
                    "country.",
                    "2020-01-01"));
  EXPECT_EQ("BOLCOP 173 BOLLAB; BOLOPP 141 BOLGOV",
            CodesOf("Bolivian police detained the union leader, touching off protests across La "
                    "Paz.",
                    "2020-01-01"));
  // A relative clause tells the background: the protests the decree had
  // set off are not news of their own (no 141); the decree withdrawn
  // yields to those protesters (0832, coder/yielded_measures.h).
  EXPECT_EQ("CHLGOV 0832 CHLOPP",
            CodesOf("Chile's president withdrew the decree that had sparked protests against "
                    "the Chilean government.",
                    "2020-01-01"));
}

TEST(ShippedNominalActorsTest, AProtestInAPhraseOfCircumstanceIsTheCrowdSubjects) {
  EXPECT_EQ("ALBOPP 141 ALBGOV",
            CodesOf("Tens of thousands of people packed the main square of Tirana in the biggest "
                    "protest in years against the Albanian government.",
                    "2020-01-01"));
  EXPECT_EQ("ROUOPP 141 ROUGOV",
            CodesOf("More than 100,000 people filled the streets of Bucharest on Sunday in the "
                    "largest demonstration since 1989.",
                    "2020-01-01"));
  EXPECT_EQ("SVKOPP 141 SVKGOV",
            CodesOf("About 50,000 people gathered in Bratislava in a rally against the Slovak "
                    "prime minister.",
                    "2020-01-01"));
  // (Past a participle phrase between commas.)
  EXPECT_EQ("BGROPP 141 BGRGOV",
            CodesOf("Hundreds of thousands of people, waving flags, packed central Sofia in the "
                    "largest protest in years against the Bulgarian government.",
                    "2021-06-01"));
  // Not a protest hoped for, one whose crowd suffered something (a
  // passive), nor a crowd gathered to celebrate.
  EXPECT_EQ("", CodesOf("Many people will join us in a march through Edinburgh.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("Dozens of people were injured in a protest in Lima.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("Thousands of people gathered in Prague in a rally to celebrate the "
                        "anniversary.",
                        "2020-01-01"));
}

TEST(ShippedNominalActorsTest, WhatAJudgementNotPassedWouldJudgeIsNotAsserted) {
  // The object of "did not condemn", "declined to criticise", "would have
  // condemned" is framed by the judgement as much as that of "condemned".
  EXPECT_EQ("", CodesOf("India did not condemn Moscow's annexation of Crimea.", "2022-06-01"));
  EXPECT_EQ("", CodesOf("Turkey declined to criticise Azerbaijan's offensive against Armenia.",
                        "2022-06-01"));
  EXPECT_EQ("", CodesOf("China vetoed a resolution that would have condemned Russia's invasion "
                        "of Ukraine.",
                        "2022-06-01"));
  // The judgement passed codes the judgement; an act told past it, in a
  // clause of its own, is asserted.
  EXPECT_EQ("BRAGOV 111 RUSGOV",
            CodesOf("Brazil condemned Russia's invasion of Ukraine.", "2022-06-01"));
  EXPECT_EQ("RUSGOV 192 UKR", CodesOf("India did not condemn the vote, and Russia's invasion of "
                                      "Ukraine went on.",
                                      "2022-06-01"));
}

TEST(ShippedNominalActorsTest, TalksHeldAreTheVerbsMeeting) {
  // "held indirect talks": one meeting, the verb's (044 in a third
  // country), not a second one from the noun (046).
  EXPECT_EQ("ARMGOV 044 AZEGOV; AZEGOV 044 ARMGOV",
            CodesOf("Armenian and Azerbaijani diplomats held indirect talks in Geneva.",
                    "2021-06-01"));
  EXPECT_EQ("ETHGOV 040 ERIGOV; ERIGOV 040 ETHGOV",
            CodesOf("Ethiopian and Eritrean ministers held their first direct negotiations in "
                    "two decades in Asmara.",
                    "2021-06-01"));
  // Talks a third party mediates are the parties' own meeting.
  EXPECT_EQ(
      "QATGOV 0871 ISRGOV; QATGOV 0871 PSEREB; QATGOV 045 ISRGOV; QATGOV 045 PSEREB; "
      "ISRGOV 040 PSEREB; PSEREB 040 ISRGOV",
      CodesOf("Qatar announced the truce after mediating talks between Israel and Hamas.",
              "2021-06-01"));
}

TEST(ShippedNominalActorsTest, WhatAnInfinitiveAimsAtIsNotDone) {
  EXPECT_EQ("", CodesOf("The Kremlin is working to organise a summit with Turkey and Iran.",
                        "2021-06-01"));
  EXPECT_EQ("", CodesOf("The EU is set to approve a decision to open membership talks with "
                        "Moldova.",
                        "2021-06-01"));
  // Begun, or cut short, the act is under way.
  EXPECT_EQ("SRBGOV 044 KSVGOV; KSVGOV 044 SRBGOV",
            CodesOf("Serbian and Kosovar negotiators began to hold talks in Brussels.",
                    "2021-06-01"));
  EXPECT_EQ("NGAGOV 160 GHAGOV; NGAGOV 042 GHA; GHAGOV 042 NGAGOV",
            CodesOf("The crisis forced the Nigerian president to cut short his visit to Ghana.",
                    "2021-06-01"));
}

}  // namespace
}  // namespace khaldun
