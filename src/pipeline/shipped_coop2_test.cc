// Cooperation and yielding through the shipped vocabulary: signed truces,
// penalties put on hold or shelved, levies (CAMEO 057, 085, 163).
//
// Coded through the whole pipeline as `khaldun code` codes them, with the
// verb patterns of dictionaries/verbs.txt. Each sentence is written for the
// test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCoop2Test, SignedCeasefireIsAnAgreementBothWays) {
  // A ceasefire, truce or cessation of hostilities that two parties sign is
  // a formal agreement between them (057 both ways), as a signed deal is.
  EXPECT_EQ("RUSGOV 057 UKRGOV; UKRGOV 057 RUSGOV",
            CodesOf("Russia and Ukraine signed a truce in Minsk on Friday.", "2015-02-12"));
  EXPECT_EQ("ARMGOV 057 AZEGOV; AZEGOV 057 ARMGOV",
            CodesOf("Armenia and Azerbaijan signed a ceasefire after six weeks of war.",
                    "2020-11-10"));
  EXPECT_EQ("COLGOV 057 COLREB; COLREB 057 COLGOV",
            CodesOf("Colombia's government and FARC rebels signed a cessation of hostilities in "
                    "Havana.",
                    "2016-06-23"));
  // With the other party after "with".
  EXPECT_EQ("SDNGOV 057 SDNREB; SDNREB 057 SDNGOV",
            CodesOf("Khartoum signed a cessation of hostilities with the rebels.", "2020-01-01"));
  // A mediator named with "brokered by" now finds the agreement it brokered.
  EXPECT_EQ("ARMGOV 057 AZEGOV; AZEGOV 057 ARMGOV; RUSGOV 045 ARMGOV; RUSGOV 045 AZEGOV",
            CodesOf("Armenia and Azerbaijan signed a truce brokered by Moscow.", "2020-11-10"));
}

TEST(ShippedCoop2Test, PenaltiesPutOnHoldAreEased) {
  // "on hold" turns the penalty put "on" a party into its suspension (085),
  // not its imposition (163).
  // (Tariffs and their pause target the bare country: tests/gold/README.md.)
  EXPECT_EQ("USAGOV 085 CAN",
            CodesOf("Trump put the tariffs on Canada on hold for a month.", "2025-02-03"));
  EXPECT_EQ("IGOEUREEC 085 RUSGOV",
            CodesOf("The European Union put its sanctions against Russia on hold.", "2020-01-01"));
  // Without "on hold" the penalty is still imposed.
  EXPECT_EQ("USAGOV 163 CAN",
            CodesOf("Trump put tariffs on Canada on Monday.", "2025-02-03"));
}

TEST(ShippedCoop2Test, LeviesAreSanctions) {
  // The plural "levies" is a penalty word like "tariffs".
  EXPECT_EQ("USAGOV 085 MEX",
            CodesOf("Trump suspended the levies on Mexico.", "2025-02-03"));
  EXPECT_EQ("USAGOV 085 MEX",
            CodesOf("The White House put its levies on Mexico on hold for thirty days.",
                    "2025-02-03"));
  EXPECT_EQ("CANGOV 163 USA",
            CodesOf("Ottawa imposed a levy on American steel.", "2020-01-01"));
}

TEST(ShippedCoop2Test, ShelvedPenaltiesAreEasedButShelvedPlansAreNot) {
  EXPECT_EQ("USAGOV 085 CAN",
            CodesOf("The White House shelved the levies on Canadian lumber.", "2020-01-01"));
  EXPECT_EQ("CHNGOV 085 AUS",
            CodesOf("Beijing shelved its tariffs on Australian barley.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("The French cabinet shelved the pension bill.", "2020-01-01"));
}

TEST(ShippedCoop2Test, WrittenRepliesHandedOverAreNotExtraditions) {
  // "handed over" codes 063 for people handed to justice, not for texts.
  EXPECT_EQ("", CodesOf("Washington handed over its written reply to Moscow.", "2020-01-01"));
  EXPECT_EQ("",
            CodesOf("Tehran handed over its response to the European draft to Brussels.",
                    "2020-01-01"));
  EXPECT_EQ("JORGOV 063 DEUGOV", CodesOf("Jordan handed over the suspect to Germany.", "2020-01-01"));
}

TEST(ShippedCoop2Test, AsylumSeekersAreNotAidPromised) {
  // "asylum" alone is aid (0333); "asylum seekers" are the people an
  // agreement is about, so agreeing to act on them is 030.
  EXPECT_EQ("ESPGOV 030 MARGOV; MARGOV 030 ESPGOV",
            CodesOf("Spain and Morocco agreed to turn back asylum seekers.", "2020-01-01"));
  EXPECT_EQ("ITAGOV 030 TUNGOV; TUNGOV 030 ITAGOV",
            CodesOf("Rome and Tunis agreed to send back asylum seekers.", "2020-01-01"));
  EXPECT_EQ("ESPGOV 0333 MAR",
            CodesOf("Spain agreed to humanitarian aid for Morocco.", "2020-01-01"));
}

TEST(ShippedCoop2Test, TellingByTelephoneIsACallBothWays) {
  // A telephone call has two sides (041 both ways), whether it is "held
  // with" a party or a party is "told" something in it.
  EXPECT_EQ("TURGOV 041 RUSGOV; RUSGOV 041 TURGOV",
            CodesOf("Erdogan told Putin in a telephone call that the strikes must stop.",
                    "2023-01-01"));
  EXPECT_EQ("DEUGOV 041 USAGOV; USAGOV 041 DEUGOV",
            CodesOf("Scholz told Biden by phone that Berlin would send tanks.", "2023-01-01"));
}

TEST(ShippedCoop2Test, RecognisedAsInterimLeaderOrRepresentative) {
  // Recognising a person or body as a state's leader or its people's
  // representative is recognition (054), as "as interim president" is.
  EXPECT_EQ("ESPGOV 054 VENOPP; FRAGOV 054 VENOPP",
            CodesOf("Spain and France recognised Juan Guaido as Venezuela's interim leader.",
                    "2019-02-04"));
  EXPECT_EQ("USAGOV 054 SYROPP",
            CodesOf("Washington recognised the Syrian opposition coalition as the legitimate "
                    "representative of the Syrian people.",
                    "2013-01-01"));
}

TEST(ShippedCoop2Test, PersonHandedToAStateToFaceTrialIsExtradited) {
  // "hand X to Y to face charges" is a handover for prosecution (063), as
  // "sent X to Y to face charges" and "handed X over to Y" are.
  EXPECT_EQ("KENGOV 063 TZAGOV",
            CodesOf("Kenya hands the banker to Tanzania to face fraud charges.", "2020-01-01"));
  EXPECT_EQ("MEXGOV 063 USAGOV",
            CodesOf("Mexico handed the cartel boss to the United States to stand trial.",
                    "2020-01-01"));
}

TEST(ShippedCoop2Test, CandidateStatusGrantedIsCooperation) {
  // Candidacy for membership granted to a state is diplomatic cooperation
  // with it (050).
  EXPECT_EQ("IGOEUREEC 050 ALBGOV",
            CodesOf("EU leaders granted candidate status to Albania.", "2022-06-23"));
  EXPECT_EQ("IGOEUREEC 050 UKRGOV",
            CodesOf("The European Union gave Kyiv the status of a candidate country.",
                    "2022-06-23"));
}

TEST(ShippedCoop2Test, ShelterOrHumanitarianVisaGrantedIsAsylum) {
  // "granted" shelter or a humanitarian visa to a person is asylum (075),
  // as "gave" already coded it; shelter for a crowd with no country codes
  // nothing.
  EXPECT_EQ("POLGOV 075 BLROPP",
            CodesOf("Poland granted a humanitarian visa to the Belarusian opposition leader.",
                    "2021-08-02"));
  EXPECT_EQ("LTUGOV 075 BLROPP",
            CodesOf("Vilnius granted shelter to the Belarusian opposition leader.", "2021-08-02"));
  EXPECT_EQ("", CodesOf("The government granted shelter to flood victims.", "2021-08-02"));
}

}  // namespace
}  // namespace khaldun
