// Short names with the shipped dictionaries: a Chinese or Korean leader
// named in full and then by the family name alone, which comes first
// ("Wen Jiabao" ... "Wen"), and Armenian separatists, who are Karabakh's
// (AZESEP). Each passage is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedNames16Test, AnEastAsianLeaderIsLaterNamedByTheFamilyNameFirst) {
  EXPECT_EQ("CHNGOV 042 IND; CHNGOV 111 JPNGOV",
            CodesOf("Chinese Premier Wen Jiabao arrived in New Delhi on Monday. Wen criticised "
                    "Japan over its textbooks.",
                    "2010-12-15"));
  EXPECT_EQ("KORGOV 042 USA; KORGOV 111 PRKGOV",
            CodesOf("South Korean President Park Geun-hye arrived in Washington on Monday. Park "
                    "condemned North Korea's nuclear test.",
                    "2016-01-10"));
  EXPECT_EQ("PRKGOV 042 CHN; PRKGOV 111 USAGOV",
            CodesOf("North Korean leader Kim Jong Un travelled to Beijing by train. Kim denounced "
                    "the United States the next day.",
                    "2019-01-10"));
  EXPECT_EQ("TWNGOV 1123 CHNGOV",
            CodesOf("Taiwan's President Tsai Ing-wen spoke to reporters on Saturday. Tsai "
                    "accused Beijing of intimidation.",
                    "2020-05-10"));
  // Named first in a possessive.
  EXPECT_EQ("JPNGOV 120 CHNGOV; CHNGOV 1312 JPNGOV",
            CodesOf("Japan rejected Chinese leader Xi Jinping's proposal on Monday, hours after "
                    "Xi threatened Tokyo with sanctions.",
                    "2019-01-10"));
}

TEST(ShippedNames16Test, AFamilyNameTwoPartiesShareNamesNeither) {
  // Kim Dae-jung is South Korea's, Kim Jong Il the North's: "Kim" alone is
  // neither of them.
  EXPECT_EQ("KORGOV 040 PRKGOV; PRKGOV 040 KORGOV",
            CodesOf("Kim Dae-jung and Kim Jong Il met in Pyongyang. Kim criticised Japan.",
                    "2000-06-14"));
}

TEST(ShippedNames16Test, AGivenNameFirstLeaderKeepsTheLastNameAsSurname) {
  // Japanese names are written given name first in English.
  EXPECT_EQ("JPNGOV 042 USA; JPNGOV 111 PRKGOV",
            CodesOf("Japanese Prime Minister Yoshihiko Noda arrived in Washington on Monday. Noda "
                    "condemned North Korea's missile launch.",
                    "2012-04-30"));
}

TEST(ShippedNames16Test, ArmenianSeparatistsAreKarabakhs) {
  EXPECT_EQ("AZEMIL 194 AZESEP",
            CodesOf("Azerbaijani artillery shelled Armenian separatist positions near Stepanakert.",
                    "2023-09-20"));
  EXPECT_EQ("AZESEP 112 AZEGOV",
            CodesOf("Armenian separatists in Karabakh accused Baku of blocking the only road to "
                    "Armenia.",
                    "2023-07-20"));
  EXPECT_EQ("AZEMIL 190 AZESEP",
            CodesOf("Azerbaijan's army attacked ethnic Armenian separatist fighters on Tuesday.",
                    "2023-09-20"));
}

}  // namespace
}  // namespace khaldun
