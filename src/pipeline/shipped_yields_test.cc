// Yielding (CAMEO 08): resignations and measures given up under protest,
// sanctions lists a state is taken off, sanctions eased, objections dropped.
//
// Coder rules whose test needs the shipped vocabulary (the roles, places and
// verb patterns of dictionaries/), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedYieldsTest, ALeaderNamedAloneResigningAfterProtestsYieldsToThem) {
  // A leader named by name alone (the dictionary makes him the government)
  // gives in to the protests the sentence tells of after his resignation.
  EXPECT_EQ("LKAGOV 0831 LKAOPP",
            CodesOf("Gotabaya Rajapaksa resigned on Thursday after months of street protests "
                    "over fuel shortages.",
                    "2022-07-14"));
  // With no protest told, he yields to no one named.
  EXPECT_EQ("", CodesOf("Gotabaya Rajapaksa resigned on Thursday.", "2022-07-14"));
  // A call for the resignation told later, past the protests, does not
  // take the yield from the protesters.
  EXPECT_EQ("BOLGOV 0831 BOLOPP; BOLMIL 0241 BOLGOV",
            CodesOf("Evo Morales resigned on Sunday after a month of protests, hours after the "
                    "army chief urged him to step down.",
                    "2019-11-10"));
}

TEST(ShippedYieldsTest, ABillSuspendedAfterProtestsYieldsToTheProtesters) {
  EXPECT_EQ("HKGGOV 0832 HKGOPP",
            CodesOf("Hong Kong leader Carrie Lam froze the security bill after a fortnight of "
                    "street protests.",
                    "2019-07-10"));
  // A crowd that marches to halt a bill gives nothing up.
  EXPECT_EQ("HKGOPP 141 HKGLEG",
            CodesOf("Thousands of Hong Kong protesters marched to the legislature to halt the "
                    "security bill.",
                    "2019-07-10"));
}

TEST(ShippedYieldsTest, AStateTakenOffATerrorismListHasSanctionsEased) {
  EXPECT_EQ("USAGOV 085 PRKGOV",
            CodesOf("The White House took North Korea off its terrorism blacklist in exchange "
                    "for nuclear inspections.",
                    "2008-07-14"));
  EXPECT_EQ("USAGOV 085 LBYGOV",
            CodesOf("The United States removed Libya from its list of state sponsors of "
                    "terrorism.",
                    "2008-07-14"));
  // A group taken off a list of terrorist organisations has a ban lifted.
  EXPECT_EQ("ETHLEG 0812 ETHREB",
            CodesOf("Ethiopia's parliament removed the TPLF from its list of terrorist "
                    "organisations.",
                    "2022-07-14"));
}

TEST(ShippedYieldsTest, SanctionsEasedWithNoPartyNamedAnswerTheJoinedClause) {
  // Sanctions eased with no one named are eased on the state of the clause
  // joined to them; tariffs on the bare country.
  EXPECT_EQ("BLRGOV 0841 BLROPP; USAGOV 085 BLRGOV",
            CodesOf("Minsk freed fifty jailed activists, and Washington lifted the potash "
                    "sanctions a day later.",
                    "2019-06-10"));
  EXPECT_EQ("USAGOV 085 CAN",
            CodesOf("Canada agreed to tighten its border checks, and Washington shelved the "
                    "planned tariffs.",
                    "2019-06-10"));
  // With no other party named, no one.
  EXPECT_EQ("", CodesOf("Washington lifted the sanctions on Monday.", "2019-06-10"));
}

TEST(ShippedYieldsTest, ObjectionsDroppedYieldToThePartyTheyBlocked) {
  EXPECT_EQ("MLTGOV 080 IGOEUREEC",
            CodesOf("The EU endorsed the migration pact after Malta dropped its objections.",
                    "2019-11-10"));
}

}  // namespace
}  // namespace khaldun
