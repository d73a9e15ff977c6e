// Diplomatic steps and denials through the shipped vocabulary and the
// coder (tests/gold/README.md conventions):
// - recognition switched "from X to Y" is 054 to the new state and 161 to
//   the old one;
// - an expulsion of diplomats announced or declared is the announcer's 161;
// - a denial of the speaker's own act, after force used on it in the
//   sentence before, answers whoever used the force (016);
// - a denial answering an act of several parties answers each of them.
//
// Coded through the whole pipeline as `khaldun code` codes them. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedDenials16Test, RecognitionSwitchedBreaksWithTheOldState) {
  EXPECT_EQ("GMBGOV 161 TWNGOV; GMBGOV 054 CHNGOV",
            CodesOf("The Gambia switched its ties from Taiwan to China.", "2020-01-01"));
  EXPECT_EQ("CRIGOV 161 TWNGOV; CRIGOV 054 CHNGOV",
            CodesOf("Costa Rica switched diplomatic relations from Taipei to Beijing in 2007.",
                    "2007-06-01"));
  // The old state may come last.
  EXPECT_EQ("MWIGOV 161 TWNGOV; MWIGOV 054 CHNGOV",
            CodesOf("Malawi switched recognition to Beijing from Taipei in 2008.", "2008-01-15"));
  // With no "from", only the new recognition.
  EXPECT_EQ("PANGOV 054 CHNGOV",
            CodesOf("Panama switched its recognition to China.", "2020-01-01"));
}

TEST(ShippedDenials16Test, AnnouncedExpulsionOfDiplomatsCutsTies) {
  EXPECT_EQ("CANGOV 161 CHNGOV",
            CodesOf("Ottawa announced the expulsion of four Chinese envoys.", "2020-01-01"));
  EXPECT_EQ("CZEGOV 161 RUSGOV",
            CodesOf("The Czech government announced the expulsion of 18 Russian embassy staff.",
                    "2020-01-01"));
  EXPECT_EQ("POLGOV 161 BLRGOV",
            CodesOf("Warsaw announced the expulsion of the Belarusian ambassador.", "2020-01-01"));
  EXPECT_EQ("LTUGOV 161 RUSGOV",
            CodesOf("Lithuania declared the expulsion of two Russian diplomats.", "2020-01-01"));
}

TEST(ShippedDenials16Test, DenialOfOwnActAnswersForceUsedOnTheSpeaker) {
  EXPECT_EQ("USAGOV 190 SYRMIL; SYRGOV 016 USAGOV",
            CodesOf("Washington struck Syrian airbases over the gas attack. Damascus denied using "
                    "chemical weapons.",
                    "2020-01-01"));
  EXPECT_EQ("ISRMIL 195 PSEREB; PSEREB 016 ISRMIL",
            CodesOf("Israeli jets bombed Hamas positions in Gaza after rockets were fired at "
                    "Ashkelon. Hamas denied firing the rockets.",
                    "2020-01-01"));
  EXPECT_EQ("TURMIL 195 SYR; SYRREB 016 TURMIL",
            CodesOf("Turkish drones struck Kurdish militia bases in northern Syria. The YPG "
                    "denied any role in the Ankara bombing.",
                    "2020-01-01"));
}

TEST(ShippedDenials16Test, DenialAnswersEveryPartyOfACompoundAccuserOrAttacker) {
  EXPECT_EQ("GBRGOV 112 RUSGOV; USAGOV 112 RUSGOV; RUSGOV 016 USAGOV; RUSGOV 016 GBRGOV",
            CodesOf("Britain and the United States accused Russia of the cyberattack. Moscow "
                    "denied any involvement.",
                    "2020-01-01"));
  EXPECT_EQ("KENGOV 112 SOMGOV; UGAGOV 112 SOMGOV; SOMGOV 016 UGAGOV; SOMGOV 016 KENGOV",
            CodesOf("Kenya and Uganda accused Somalia of harbouring the gunmen. Mogadishu denied "
                    "the charge.",
                    "2020-01-01"));
  EXPECT_EQ("USAMIL 195 SYRMIL; FRAMIL 195 SYRMIL; SYRGOV 016 FRAMIL; SYRGOV 016 USAMIL",
            CodesOf("American and French jets bombed Syrian airbases over the gas attack. "
                    "Damascus denied using chemical weapons.",
                    "2020-01-01"));
  // One accuser: one denial.
  EXPECT_EQ("IRQGOV 112 TURGOV; TURGOV 016 IRQGOV",
            CodesOf("Baghdad accused Ankara of the strike. Turkey denied any involvement.",
                    "2020-01-01"));
}

TEST(ShippedDenials16Test, DenialOfWhatTheForceDidAnswersNoOne) {
  // Disputing the damage done is no denial of responsibility.
  EXPECT_EQ("INDMIL 195 PAK",
            CodesOf("Indian warplanes struck a camp in northern Pakistan. Islamabad denied that "
                    "the raid had killed anyone.",
                    "2020-01-01"));
  // Force on another party of the speaker's country is not on the speaker.
  EXPECT_EQ("IRQUAF 190 IRQMIL",
            CodesOf("Gunmen ambushed an Iraqi army convoy near Kirkuk. The Islamic State "
                    "denied any role.",
                    "2020-01-01"));
  // Nor does the party that used the force answer itself.
  EXPECT_EQ("RUSMIL 194 UKR",
            CodesOf("Russian troops shelled Kharkiv on Monday. Moscow denied targeting civilians.",
                    "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
