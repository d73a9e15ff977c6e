// Coreference across sentences with the shipped dictionaries: a second
// sentence with one party that judges the act of the first through an
// event noun ("Beirut condemned the attack") or calls it "regrettable";
// and "the court", "the agency" standing for the international court or
// agency named before. Each passage is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCoref16Test, OnePartyJudgesTheActOfTheSentenceBeforeThroughAnEventNoun) {
  EXPECT_EQ("ISRMIL 195 LBNREB; LBNGOV 111 ISRGOV",
            CodesOf("Israeli jets struck a Hezbollah position in southern Lebanon. Beirut "
                    "condemned the attack.",
                    "2024-03-02"));
  // One modifier between the article and the noun.
  EXPECT_EQ("TURMIL 195 IRQREB; IRQGOV 111 TURGOV",
            CodesOf("Turkish drones bombed Kurdish fighters in northern Iraq. Baghdad denounced "
                    "the deadly strikes.",
                    "2024-03-02"));
  EXPECT_EQ("PAKMIL 194 AFG; AFGGOV 111 PAKGOV",
            CodesOf("Pakistani troops shelled villages across the Afghan border. Kabul condemned "
                    "the shelling.",
                    "2024-03-02"));
  EXPECT_EQ("RUSMIL 195 SYR; TURGOV 111 RUSGOV",
            CodesOf("Russian warplanes bombed a market in Idlib. Ankara condemned the raid.",
                    "2024-03-02"));
  EXPECT_EQ("ETHMIL 190 ERI; ERIGOV 111 ETHGOV",
            CodesOf("Ethiopian troops attacked Eritrean positions along the border. Asmara "
                    "condemned the offensive.",
                    "2024-03-02"));
}

TEST(ShippedCoref16Test, AnEventNounNamesNoActOfAnotherKind) {
  // "the attack" is no trade deal: the judgement has no one to aim at.
  EXPECT_EQ("ISRGOV 057 EGYGOV; EGYGOV 057 ISRGOV",
            CodesOf("Israel signed a trade deal with Egypt. Ankara condemned the attack.",
                    "2024-03-02"));
}

TEST(ShippedCoref16Test, AnActCalledRegrettableIsCondemned) {
  EXPECT_EQ("PRKGOV 150 JPN; JPNGOV 111 PRKGOV",
            CodesOf("North Korea fired two ballistic missiles over Japan on Monday. Tokyo called "
                    "the launch deeply regrettable.",
                    "2024-03-02"));
  EXPECT_EQ("JPNGOV 111 CHNMIL",
            CodesOf("Chinese warships sailed near the Senkaku islands. Tokyo called the move "
                    "regrettable.",
                    "2024-03-02"));
  EXPECT_EQ("RUSGOV 161 JPNGOV; JPNGOV 111 RUSGOV",
            CodesOf("Moscow expelled two Japanese diplomats. Tokyo called the decision deeply "
                    "regrettable.",
                    "2024-03-02"));
}

TEST(ShippedCoref16Test, TheCourtAndTheAgencyAreTheInternationalOnesNamedBefore) {
  EXPECT_EQ("MMRGOV 128 IGOICC",
            CodesOf("The International Criminal Court issued a warrant for the Myanmar general. "
                    "Naypyitaw said it would ignore the court.",
                    "2024-03-02"));
  EXPECT_EQ("IGOICC 091 PHL; PHLGOV 1313 IGOICC",
            CodesOf("The International Criminal Court opened an inquiry into killings in the "
                    "Philippines. Manila said it would withdraw from the court.",
                    "2024-03-02"));
  EXPECT_EQ("IGOUNOIAE 111 IRNGOV; IRNGOV 136 IGOUNOIAE",
            CodesOf("The International Atomic Energy Agency criticised Iran on Monday. Tehran "
                    "threatened to expel the agency's inspectors.",
                    "2024-03-02"));
  EXPECT_EQ("IGOUNOIAE 111 IRNGOV; IRNGOV 111 IGOUNOIAE",
            CodesOf("The International Atomic Energy Agency rebuked Iran on Monday. Tehran "
                    "condemned the watchdog's resolution.",
                    "2024-03-02"));
}

TEST(ShippedCoref16Test, TheAgencyBeforeANounIsStillTheAgency) {
  // "the agency inspectors", "the agency chief": the agency's people.
  EXPECT_EQ("IGOUNOIAE 111 IRNGOV; IRNGOV 1662 IGOUNOIAE",
            CodesOf("The International Atomic Energy Agency criticised Iran. Tehran expelled the "
                    "agency inspectors.",
                    "2024-03-02"));
  EXPECT_EQ("IGOUNOIAE 111 IRNGOV; IRNGOV 112 IGOUNOIAE",
            CodesOf("The International Atomic Energy Agency criticised Iran. Tehran blamed the "
                    "agency chief.",
                    "2024-03-02"));
}

}  // namespace
}  // namespace khaldun
