// Intents and appeals (03x, 02x) with the shipped dictionaries: money to be
// lent or pledged, peacekeepers agreed to, talks resumed with a qualifier,
// and the captor as the addressee of a call for a release. Each sentence is
// written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedStatementsAppealsTest, MoneyAgreedOrOfferedToBeLentIsEconomicAid) {
  // The borrower is the target, not the other lender of the compound.
  EXPECT_EQ("IGOEUREEC 0331 GRC; IGOBUSIMF 0331 GRC",
            CodesOf("The European Union and the IMF agreed on Sunday to lend Greece a total of "
                    "110 billion euros.",
                    "2015-03-01"));
  EXPECT_EQ("CHNGOV 0331 LKA",
            CodesOf("China offered to lend Sri Lanka one billion dollars.", "2015-03-01"));
}

TEST(ShippedStatementsAppealsTest, ASumPledgedInAnyCurrencyIsEconomicAid) {
  EXPECT_EQ("NORGOV 0331 KEN",
            CodesOf("Norway pledged 200 million crowns to Kenya.", "2015-03-01"));
}

TEST(ShippedStatementsAppealsTest, PeacekeepersAgreedToAreReceived) {
  EXPECT_EQ("SDNGOV 0861 IGOAFRAFU",
            CodesOf("Khartoum agreed to the deployment of an African Union peacekeeping force.",
                    "2015-03-01"));
  // Other foreign forces stay an intent to let them in.
  EXPECT_EQ("MLIGOV 0355 TCDMIL",
            CodesOf("Mali agreed to the deployment of Chadian troops.", "2015-03-01"));
}

TEST(ShippedStatementsAppealsTest, TalksResumedWithAQualifierBeforeTheNoun) {
  EXPECT_EQ("EGYGOV 036 ETHGOV",
            CodesOf("Egypt said it would resume technical talks with Ethiopia.", "2015-03-01"));
}

TEST(ShippedStatementsAppealsTest, ACallForAReleaseAddressesTheCaptor) {
  EXPECT_EQ("SDNMIL 173 SDNGOV; USAGOV 0253 SDNMIL",
            CodesOf("Troops detained Sudan's prime minister, Abdalla Hamdok, on Monday, and "
                    "Washington called for Hamdok's release.",
                    "2021-03-01"));
  // The seizure may be told in the sentence before.
  EXPECT_EQ("SDNMIL 173 SDNGOV; USAGOV 0253 SDNMIL",
            CodesOf("Soldiers detained Sudan's prime minister, Abdalla Hamdok, on Monday. The "
                    "United States called for Hamdok's release.",
                    "2021-03-01"));
  // Only a seizure of that very party: Israel is asked to free prisoners,
  // not Hamas, which seized Israeli soldiers.
  EXPECT_EQ("PSEREB 171 ISRMIL; EGYGOV 0253 ISRGOV",
            CodesOf("Hamas seized Israeli soldiers. Egypt urged Israel to free Palestinian "
                    "prisoners.",
                    "2015-03-01"));
}

TEST(ShippedStatementsAppealsTest, AReportOrFindingsWavedAwayAreDenied) {
  EXPECT_EQ("UGAGOV 016 IGOUNO",
            CodesOf("Uganda dismissed as baseless a UN panel's report released on Monday.",
                    "2015-03-01"));
  EXPECT_EQ("RWAGOV 016 IGOUNO",
            CodesOf("Kigali called the UN panel's findings a fabrication.", "2015-03-01"));
  EXPECT_EQ("BLRGOV 016 IGOUNO",
            CodesOf("Belarus rejected as biased a UN inquiry's findings.", "2015-03-01"));
}

TEST(ShippedStatementsAppealsTest, AnOwnedAppealTurnedDownWasMadeToWhoeverTurnedItDown) {
  EXPECT_EQ("TURLEG 120 USAGOV; USAGOV 020 TURLEG",
            CodesOf("Turkey's parliament rebuffed Washington's request for air bases.",
                    "2015-03-01"));
  EXPECT_EQ("IGOWSTNAT 120 UKRGOV; UKRGOV 020 IGOWSTNAT",
            CodesOf("NATO rejected Kyiv's appeal for fighter jets.", "2015-03-01"));
  // A court's: a legal appeal, no plea to a party.
  EXPECT_EQ("RUSJUD 120 USAMED",
            CodesOf("A Moscow court rejected the American reporter's appeal against his "
                    "detention.",
                    "2015-03-01"));
}

TEST(ShippedStatementsAppealsTest, SteppingAsideIsSteppingDown) {
  EXPECT_EQ("USAGOV 0241 VENGOV", CodesOf("Washington urged Maduro to step aside.", "2015-03-01"));
  EXPECT_EQ("VENOPP 1041 VENGOV",
            CodesOf("The protesters demanded that Maduro step aside.", "2015-03-01"));
}

}  // namespace
}  // namespace khaldun
