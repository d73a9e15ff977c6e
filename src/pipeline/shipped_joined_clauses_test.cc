// Two clauses joined by "and", the second with a subject of its own, with
// the shipped dictionaries: the first clause's object and the second's
// subject form no list, so they share neither a role nor a verb. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedJoinedClausesTest, AnObjectAfterAPrepositionDoesNotJoinTheNextSubject) {
  // "Syria" is where the troops went, not a member of "Syria and the
  // Turkish jets": it takes no MIL role and bombs nothing.
  EXPECT_EQ("TURMIL 192 SYR; TURMIL 195 SYR",
            CodesOf("Turkish troops pushed into Syria and Turkish jets bombed Afrin.",
                    "2015-03-01"));
  EXPECT_EQ("SAUMIL 190 BHR; SAUMIL 195 YEM",
            CodesOf("Saudi troops poured into Bahrain and Saudi warplanes bombed Yemen.",
                    "2015-03-01"));
}

TEST(ShippedJoinedClausesTest, AnObjectPastTheVerbsOwnObjectDoesNotJoinTheNextSubject) {
  EXPECT_EQ("IGOBUSIMF 1621 ZMB; IGOUNODEVWBK 1621 ZMBGOV",
            CodesOf("The IMF froze loans to Zambia and the World Bank suspended its grants to "
                    "Lusaka.",
                    "2015-03-01"));
  EXPECT_EQ("GRCGOV 154 CYP; TURGOV 161 GRCGOV",
            CodesOf("Greece sent two frigates to Cyprus and Turkey recalled its ambassador from "
                    "Athens.",
                    "2015-03-01"));
}

TEST(ShippedJoinedClausesTest, AListAfterBetweenStaysTheSubject) {
  EXPECT_EQ("GRCGOV 040 TURGOV; TURGOV 040 GRCGOV",
            CodesOf("Talks between Athens and Ankara collapsed.", "2015-03-01"));
}

TEST(ShippedJoinedClausesTest, AnEventNounFindsNoPartyInTheNextClause) {
  // After ", and" Vilnius opens a clause of its own: the release told in
  // the first clause is not one of Lithuania's state.
  EXPECT_EQ("BLRGOV 0841 LTUOPP; LTUGOV 051 BLRGOV",
            CodesOf("Belarus freed a jailed Lithuanian activist at the border on Sunday. "
                    "Lukashenko had described his release as an act of mercy, and Vilnius "
                    "welcomed his return.",
                    "2015-03-01"));
}

}  // namespace
}  // namespace khaldun
